// `/account` ("minha conta"): who is signed in (and whether the address is
// confirmed, with a new link on request), changing the password and signing
// out the account's other devices (both keep this one signed in), moving to
// another address, the searches one is alerted about, e-mail choices, the
// users one blocked from one's auctions, downloading one's data and deleting
// the account; and a link to the public profile, as others see it.
import { useState, type FormEvent } from 'react';
import { changePassword, logoutOthers } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { AccountAction } from '../components/account-action.tsx';
import { BlockedUsersSection } from '../components/blocked-users-section.tsx';
import { ChangeEmail } from '../components/change-email.tsx';
import { DataExport } from '../components/data-export.tsx';
import { DeleteAccount } from '../components/delete-account.tsx';
import { EmailChoices } from '../components/email-choices.tsx';
import { EmailVerification } from '../components/email-verification.tsx';
import { OutcomeLine } from '../components/outcome-line.tsx';
import { SavedSearchesSection } from '../components/saved-searches-section.tsx';
import { SignInFirst } from '../components/sign-in-first.tsx';
import { TextField } from '../components/text-field.tsx';
import { useAction } from '../forms/use-action.ts';
import { useFields } from '../forms/use-fields.ts';
import { useI18n } from '../i18n/i18n.ts';
import { Link } from '../routing/link.tsx';
import { sessionStore } from '../session/session-store.ts';
import { useStore } from '../store.ts';

type Field = 'currentPassword' | 'newPassword';

export function AccountPage() {
  const { t } = useI18n();
  const session = useStore(sessionStore);
  const [deleted, setDeleted] = useState(false);
  if (deleted)
    return (
      <div className="panel narrow">
        <h1>{t.account.deletedTitle}</h1>
        <p role="status">{t.account.deleted}</p>
        <Link href="/">{t.account.backToLobby}</Link>
      </div>
    );
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
          <EmailVerification user={session.user} />
        </div>
      </dl>
      <p className="account__profile">
        <Link href={`/users/${session.user.id}`} data-testid="own-profile">
          {t.profile.own}
        </Link>
        <span className="note"> — {t.profile.ownExplain}</span>
      </p>
      <PasswordForm />
      <ChangeEmail user={session.user} />
      <OtherDevices />
      <SavedSearchesSection viewerId={session.user.id} />
      <EmailChoices />
      <BlockedUsersSection viewerId={session.user.id} />
      <DataExport />
      <DeleteAccount onDeleted={() => setDeleted(true)} />
    </div>
  );
}

function OtherDevices() {
  const { t } = useI18n();
  return (
    <AccountAction
      id="devices"
      title={t.account.devicesTitle}
      explain={t.account.devicesExplain}
      label={t.account.signOutOthers}
      action={async () => t.account.othersSignedOut((await logoutOthers()).ended)}
    />
  );
}

function PasswordForm() {
  const { t } = useI18n();
  const { values, setValues, setErrors, bind } = useFields<Field>({
    currentPassword: '',
    newPassword: '',
  });
  const { outcome, setOutcome, busy: submitting, run } = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!values.currentPassword) found.currentPassword = t.field.required;
    if (values.newPassword.length < 8) found.newPassword = t.field.passwordShort;
    setErrors(found);
    setOutcome(null);
    if (Object.keys(found).length > 0) return;
    await run(
      async () => {
        await changePassword(values);
        setValues({ currentPassword: '', newPassword: '' });
        return t.account.changed;
      },
      (error) => {
        const wrong = error instanceof ApiError && error.code === 'WRONG_PASSWORD';
        if (wrong) setErrors({ currentPassword: t.errors.WRONG_PASSWORD });
        return wrong;
      },
    );
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
