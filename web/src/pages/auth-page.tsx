// `/login` and `/signup`: one form, two modes. On success the session is saved
// (localStorage), the socket reconnects with the token, and we go to `?next=`.
// A sign-in refused because a moderator suspended the account says so and
// offers, under the form, the appeal against the suspension and the download
// of the account's data, both with the e-mail and password typed.
import { useState, type FormEvent } from 'react';
import type { Appeal } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { SuspendedExport } from '../components/suspended-export.tsx';
import { SuspensionAppeal } from '../components/suspension-appeal.tsx';
import { TextField } from '../components/text-field.tsx';
import { appealIn } from '../forms/appeal.ts';
import { EMAIL_PATTERN } from '../forms/email.ts';
import { useFields } from '../forms/use-fields.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { useI18n } from '../i18n/i18n.ts';
import { Link } from '../routing/link.tsx';
import { navigate, nextPathFrom } from '../routing/router.ts';
import { saveSession } from '../session/session-store.ts';

type Field = 'name' | 'email' | 'password';

/** A sign-in refused for a suspended account: what was typed, for its appeal. */
interface SuspendedSignIn {
  email: string;
  password: string;
  /** Its appeal, should the refusal carry one. */
  known: Appeal | null;
}

export function AuthPage({ mode }: { mode: 'signIn' | 'signUp' }) {
  const { t, locale } = useI18n();
  const {
    values,
    setErrors,
    bind: input,
  } = useFields<Field>({
    name: '',
    email: '',
    password: '',
  });
  const [formError, setFormError] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [suspended, setSuspended] = useState<SuspendedSignIn | null>(null);
  const signUp = mode === 'signUp';
  const search = window.location.search;

  const validate = (): Partial<Record<Field, string>> => {
    const found: Partial<Record<Field, string>> = {};
    if (signUp && !values.name.trim()) found.name = t.field.required;
    if (!EMAIL_PATTERN.test(values.email.trim())) found.email = t.field.emailInvalid;
    if (signUp && values.password.length < 8) found.password = t.field.passwordShort;
    if (!signUp && !values.password) found.password = t.field.required;
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setFormError('');
    setSuspended(null);
    if (Object.keys(found).length > 0) return;
    setSubmitting(true);
    try {
      const email = values.email.trim();
      const session = signUp
        ? await api.register({
            name: values.name.trim(),
            email,
            password: values.password,
            // The language of the e-mail with the link that confirms the address.
            language: locale,
          })
        : await api.login({ email, password: values.password });
      saveSession(session);
      navigate(nextPathFrom(search), { replace: true });
    } catch (error) {
      const code = error instanceof ApiError ? error.code : '';
      if (code === 'EMAIL_TAKEN') setErrors({ email: t.errors.EMAIL_TAKEN });
      else setFormError(errorMessage(error, t, locale));
      if (code === 'ACCOUNT_SUSPENDED' && error instanceof ApiError)
        setSuspended({
          email: values.email.trim(),
          password: values.password,
          known: appealIn(error.details),
        });
      setSubmitting(false);
    }
  };

  return (
    <>
      <form className="panel narrow form" onSubmit={submit} noValidate>
        <h1>{signUp ? t.auth.signUpTitle : t.auth.signInTitle}</h1>
        {signUp ? (
          <TextField
            id="name"
            label={t.auth.name}
            autoComplete="name"
            maxLength={60}
            {...input('name')}
          />
        ) : null}
        <TextField
          id="email"
          type="email"
          label={t.auth.email}
          autoComplete="email"
          {...input('email')}
        />
        <TextField
          id="password"
          type="password"
          label={t.auth.password}
          hint={signUp ? t.auth.passwordHint : undefined}
          autoComplete={signUp ? 'new-password' : 'current-password'}
          {...input('password')}
        />
        <div role="alert" data-testid="form-error">
          {formError ? <p className="feedback feedback--error">{formError}</p> : null}
        </div>
        <button type="submit" className="button button--primary" disabled={submitting}>
          {signUp ? t.auth.signUpSubmit : t.auth.signInSubmit}
        </button>
        {signUp ? null : (
          <p className="form__switch">
            <Link href="/forgot">{t.auth.forgot}</Link>
          </p>
        )}
        <p className="form__switch">
          {signUp ? t.auth.haveAccount : t.auth.noAccount}{' '}
          <Link href={`${signUp ? '/login' : '/signup'}${search}`}>
            {signUp ? t.auth.signInTitle : t.auth.signUpTitle}
          </Link>
        </p>
      </form>
      {suspended ? (
        <>
          <SuspensionAppeal key={suspended.email} {...suspended} />
          <SuspendedExport {...suspended} />
        </>
      ) : null}
    </>
  );
}
