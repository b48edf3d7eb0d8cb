// `/forgot` asks for a reset link by e-mail; `/reset#token=…` is where the
// link lands: the token rides in the fragment, which the browser never sends
// to a server, and leaves the address bar as soon as the page has read it.
import { useState, type FormEvent } from 'react';
import { askPasswordReset, confirmPasswordReset } from '../api/endpoints.ts';
import { OutcomeLine } from '../components/outcome-line.tsx';
import { TextField } from '../components/text-field.tsx';
import { EMAIL_PATTERN } from '../forms/email.ts';
import { useAction } from '../forms/use-action.ts';
import { useFields } from '../forms/use-fields.ts';
import { useI18n } from '../i18n/i18n.ts';
import { Link } from '../routing/link.tsx';
import { useLinkToken } from '../routing/link-token.ts';

export function ForgotPasswordPage() {
  const { t, locale } = useI18n();
  const { values, setErrors, bind } = useFields<'email'>({ email: '' });
  const { outcome, setOutcome, busy: submitting, run } = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const email = values.email.trim();
    const invalid = !EMAIL_PATTERN.test(email);
    setErrors(invalid ? { email: t.field.emailInvalid } : {});
    setOutcome(null);
    if (invalid) return;
    await run(async () => {
      await askPasswordReset(email, locale);
      return t.reset.asked(email);
    });
  };

  return (
    <form className="panel narrow form" onSubmit={submit} noValidate>
      <h1>{t.reset.askTitle}</h1>
      <p className="note">{t.reset.askExplain}</p>
      <TextField
        id="email"
        type="email"
        label={t.auth.email}
        autoComplete="email"
        {...bind('email')}
      />
      <OutcomeLine outcome={outcome} testId="reset-asked" />
      <button type="submit" className="button button--primary" disabled={submitting}>
        {t.reset.askSubmit}
      </button>
      <p className="form__switch">
        <Link href="/login">{t.auth.signInTitle}</Link>
      </p>
    </form>
  );
}

export function ResetPasswordPage() {
  const { t } = useI18n();
  const token = useLinkToken();
  const { values, setErrors, bind } = useFields<'newPassword'>({ newPassword: '' });
  const { outcome, setOutcome, busy: submitting, run } = useAction();
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const short = values.newPassword.length < 8;
    setErrors(short ? { newPassword: t.field.passwordShort } : {});
    setOutcome(null);
    if (short) return;
    await run(async () => {
      await confirmPasswordReset(token, values.newPassword);
      setDone(true);
      return t.reset.done;
    });
  };

  if (!token)
    return (
      <div className="panel narrow">
        <h1>{t.reset.setTitle}</h1>
        <p role="alert">{t.reset.missingToken}</p>
        <Link href="/forgot">{t.reset.askAgain}</Link>
      </div>
    );
  return (
    <form className="panel narrow form" onSubmit={submit} noValidate>
      <h1>{t.reset.setTitle}</h1>
      <p className="note">{t.reset.setExplain}</p>
      {done ? null : (
        <>
          <TextField
            id="newPassword"
            type="password"
            label={t.account.newPassword}
            hint={t.auth.passwordHint}
            autoComplete="new-password"
            maxLength={128}
            {...bind('newPassword')}
          />
          <button type="submit" className="button button--primary" disabled={submitting}>
            {t.reset.setSubmit}
          </button>
        </>
      )}
      <OutcomeLine outcome={outcome} testId="reset-outcome" />
      <p className="form__switch">
        <Link href={done ? '/login' : '/forgot'}>
          {done ? t.auth.signInTitle : t.reset.askAgain}
        </Link>
      </p>
    </form>
  );
}
