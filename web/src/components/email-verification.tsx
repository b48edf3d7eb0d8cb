// Under the address on Minha conta: whether it is confirmed. Until it is, the
// e-mail notices (EmailChoices) are not sent, so the page says so and offers a
// new link (POST /api/auth/verify-email/resend, in the UI's language). A <dd>
// of the account's facts.
import { useEffect } from 'react';
import type { User } from '../../../core/schemas.ts';
import { api, resendVerification } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { useAction } from '../forms/use-action.ts';
import { useI18n } from '../i18n/i18n.ts';
import { updateSignedInUser } from '../session/session-store.ts';
import { OutcomeLine } from './outcome-line.tsx';

export function EmailVerification({ user }: { user: User }) {
  const { t, locale } = useI18n();
  const { outcome, setOutcome, busy, run } = useAction();
  // A session stored before addresses were verified has no answer: nothing
  // is said until the API's copy (read at start) replaces it.
  const unverified = user.emailVerified === false;

  // Confirmed on another device since this one signed in? Ask again.
  useEffect(() => {
    if (unverified)
      api.me().then(
        ({ user: fresh }) => updateSignedInUser(fresh),
        () => undefined, // the stored copy stays; the button still answers
      );
  }, [unverified]);

  const send = () =>
    run(
      async () => {
        await resendVerification(locale);
        return t.account.verificationSent(user.email);
      },
      (error) => {
        if (!(error instanceof ApiError && error.code === 'EMAIL_ALREADY_VERIFIED')) return false;
        updateSignedInUser({ ...user, emailVerified: true });
        setOutcome({ ok: true, text: t.errors.EMAIL_ALREADY_VERIFIED });
        return true;
      },
    );

  return (
    <dd className="account__verification">
      {unverified ? (
        <>
          <p className="feedback feedback--warning" data-testid="email-unverified">
            {t.account.emailUnverified}
          </p>
          <button type="button" className="button" disabled={busy} onClick={() => void send()}>
            {t.account.sendVerification}
          </button>
        </>
      ) : user.emailVerified ? (
        <p className="note" data-testid="email-verified">
          {t.account.emailVerified}
        </p>
      ) : null}
      <OutcomeLine outcome={outcome} testId="verification-outcome" />
    </dd>
  );
}
