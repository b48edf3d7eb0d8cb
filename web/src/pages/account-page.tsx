// `/account` ("minha conta"): who is signed in, changing the password, and
// signing out the account's other devices (both keep this one signed in).
import { useState, type FormEvent } from 'react';
import { changePassword, logoutOthers } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { OutcomeLine, type Outcome } from '../components/outcome-line.tsx';
import { SignInFirst } from '../components/sign-in-first.tsx';
import { TextField } from '../components/text-field.tsx';
import { useFields } from '../forms/use-fields.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { useI18n } from '../i18n/i18n.ts';
import { sessionStore } from '../session/session-store.ts';
import { useStore } from '../store.ts';

type Field = 'currentPassword' | 'newPassword';

export function AccountPage() {
  const { t } = useI18n();
  const session = useStore(sessionStore);
  if (!session)
    return <SignInFirst title={t.account.title} text={t.account.signInFirst} path="/account" />;
  return (
    <div className="panel narrow">
      <h1>{t.account.title}</h1>
      <dl className="account__facts">
        <div>
          <dt>{t.auth.name}</dt>
          <dd>{session.user.name}</dd>
        </div>
        <div>
          <dt>{t.auth.email}</dt>
          <dd>{session.user.email}</dd>
        </div>
      </dl>
      <PasswordForm />
      <OtherDevices />
    </div>
  );
}

function OtherDevices() {
  const { t, locale } = useI18n();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const signOutOthers = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const { ended } = await logoutOthers();
      setOutcome({ ok: true, text: t.account.othersSignedOut(ended) });
    } catch (error) {
      setOutcome({ ok: false, text: errorMessage(error, t, locale) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="devices-title" className="account__devices">
      <h2 id="devices-title">{t.account.devicesTitle}</h2>
      <p className="note">{t.account.devicesExplain}</p>
      <OutcomeLine outcome={outcome} testId="devices-outcome" />
      <button type="button" className="button" disabled={busy} onClick={() => void signOutOthers()}>
        {t.account.signOutOthers}
      </button>
    </section>
  );
}

function PasswordForm() {
  const { t, locale } = useI18n();
  const { values, setValues, setErrors, bind } = useFields<Field>({
    currentPassword: '',
    newPassword: '',
  });
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!values.currentPassword) found.currentPassword = t.field.required;
    if (values.newPassword.length < 8) found.newPassword = t.field.passwordShort;
    setErrors(found);
    setOutcome(null);
    if (Object.keys(found).length > 0) return;
    setSubmitting(true);
    try {
      await changePassword(values);
      setValues({ currentPassword: '', newPassword: '' });
      setOutcome({ ok: true, text: t.account.changed });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'WRONG_PASSWORD')
        setErrors({ currentPassword: t.errors.WRONG_PASSWORD });
      else setOutcome({ ok: false, text: errorMessage(error, t, locale) });
    } finally {
      setSubmitting(false);
    }
  };

  const input = (field: Field) => ({ type: 'password', ...bind(field) });

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="password-title">
      <h2 id="password-title">{t.account.passwordTitle}</h2>
      <p className="note">{t.account.passwordExplain}</p>
      <TextField
        id="currentPassword"
        label={t.account.currentPassword}
        autoComplete="current-password"
        {...input('currentPassword')}
      />
      <TextField
        id="newPassword"
        label={t.account.newPassword}
        hint={t.auth.passwordHint}
        autoComplete="new-password"
        maxLength={128}
        {...input('newPassword')}
      />
      <OutcomeLine outcome={outcome} testId="password-outcome" />
      <button type="submit" className="button button--primary" disabled={submitting}>
        {t.account.submit}
      </button>
    </form>
  );
}
