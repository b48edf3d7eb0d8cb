// "Trocar o e-mail" on the account page: the new address and the password
// typed again (a device left signed in must not be enough). The signed-in user
// follows at once, so the page shows the new address as not confirmed yet (the
// API e-mails it a link, in the page's language, and tells the old address,
// which gets a link to undo the change: `/email-revert`). Sessions stay.
import { type FormEvent } from 'react';
import type { User } from '../../../core/schemas.ts';
import { changeEmail } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { EMAIL_PATTERN } from '../forms/email.ts';
import { useAction } from '../forms/use-action.ts';
import { useFields } from '../forms/use-fields.ts';
import { useI18n } from '../i18n/i18n.ts';
import { updateSignedInUser } from '../session/session-store.ts';
import { OutcomeLine } from './outcome-line.tsx';
import { TextField } from './text-field.tsx';

type Field = 'newEmail' | 'emailPassword';

/** As the API compares addresses. */
const sameAddress = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function ChangeEmail({ user }: { user: User }) {
  const { t, locale } = useI18n();
  const { values, setValues, setErrors, bind } = useFields<Field>({
    newEmail: '',
    emailPassword: '',
  });
  const { outcome, setOutcome, busy, run } = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const newEmail = values.newEmail.trim();
    const found: Partial<Record<Field, string>> = {};
    if (!EMAIL_PATTERN.test(newEmail)) found.newEmail = t.field.emailInvalid;
    else if (sameAddress(newEmail, user.email)) found.newEmail = t.account.emailSame;
    if (!values.emailPassword) found.emailPassword = t.field.required;
    setErrors(found);
    setOutcome(null);
    if (Object.keys(found).length > 0) return;
    await run(
      async () => {
        const { user: moved, emailsSent } = await changeEmail({
          newEmail,
          password: values.emailPassword,
          language: locale,
        });
        updateSignedInUser(moved);
        setValues({ newEmail: '', emailPassword: '' });
        return emailsSent
          ? t.account.emailChanged(moved.email)
          : t.account.emailChangedQuietly(moved.email);
      },
      (error) => {
        if (!(error instanceof ApiError)) return false;
        if (error.code === 'WRONG_PASSWORD') setErrors({ emailPassword: t.errors.WRONG_PASSWORD });
        else if (error.code === 'EMAIL_TAKEN') setErrors({ newEmail: t.errors.EMAIL_TAKEN });
        else if (error.code === 'VALIDATION_FAILED')
          setErrors({
            newEmail:
              error.details.field === 'newEmail' ? t.account.emailSame : t.field.emailInvalid,
          });
        else return false;
        return true;
      },
    );
  };

  return (
    <form
      className="form account__section"
      onSubmit={submit}
      noValidate
      aria-labelledby="email-change-title"
    >
      <h2 id="email-change-title">{t.account.emailTitle}</h2>
      <p className="note">{t.account.emailExplain}</p>
      <TextField
        id="newEmail"
        type="email"
        label={t.account.newEmail}
        autoComplete="email"
        maxLength={254}
        {...bind('newEmail')}
      />
      <TextField
        id="emailPassword"
        type="password"
        label={t.account.emailPassword}
        autoComplete="current-password"
        maxLength={128}
        {...bind('emailPassword')}
      />
      <OutcomeLine outcome={outcome} testId="email-change-outcome" />
      <button type="submit" className="button button--primary" disabled={busy}>
        {t.account.emailSubmit}
      </button>
    </form>
  );
}
