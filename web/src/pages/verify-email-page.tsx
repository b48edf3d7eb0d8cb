// `/verify-email#token=…`: where the link e-mailed at sign-up (or asked for
// again on Minha conta) lands. The token leaves the address bar at once and is
// posted once; the page says how it went, and when this device is signed in
// as that account, the stored user learns its address is verified.
import type { User } from '../../../core/schemas.ts';
import { verifyEmail } from '../api/endpoints.ts';
import { OutcomeLine, type Outcome } from '../components/outcome-line.tsx';
import { errorMessage } from '../i18n/error-message.ts';
import { useI18n } from '../i18n/i18n.ts';
import { Link } from '../routing/link.tsx';
import { useLinkPost } from '../routing/link-post.ts';
import { useLinkToken } from '../routing/link-token.ts';
import { updateSignedInUser } from '../session/session-store.ts';

/** Verifies, and tells this device's signed-in user when it is that account. */
async function verify(token: string): Promise<User> {
  const { user } = await verifyEmail(token);
  updateSignedInUser(user);
  return user;
}

/** Errors that say the link itself will never work; the others may pass. */
const FINAL = new Set([
  'INVALID_VERIFICATION_TOKEN',
  'VALIDATION_FAILED', // a token cut short or mangled on its way
  'EMAIL_VERIFICATION_UNAVAILABLE',
]);

export function VerifyEmailPage() {
  const { t, locale } = useI18n();
  const token = useLinkToken();
  const { result, retry } = useLinkPost(token, verify);

  if (!token)
    return (
      <div className="panel narrow">
        <h1>{t.verify.title}</h1>
        <p role="alert">{t.verify.missingToken}</p>
        <Link href="/account">{t.verify.toAccount}</Link>
      </div>
    );

  const code = result.state === 'failed' ? result.code : '';
  let outcome: Outcome = null;
  if (result.state === 'done') outcome = { ok: true, text: t.verify.done(result.value.email) };
  else if (result.state === 'failed')
    outcome = {
      ok: false,
      text:
        code === 'VALIDATION_FAILED'
          ? t.errors.INVALID_VERIFICATION_TOKEN
          : errorMessage(result.error, t, locale),
    };
  return (
    <div className="panel narrow">
      <h1>{t.verify.title}</h1>
      {result.state === 'checking' ? <p className="note">{t.verify.checking}</p> : null}
      <OutcomeLine outcome={outcome} testId="verify-outcome" />
      {result.state === 'checking' ? null : (
        <p className="actions verify__actions">
          {result.state === 'failed' && !FINAL.has(code) ? (
            <button type="button" className="button button--primary" onClick={retry}>
              {t.verify.retry}
            </button>
          ) : null}
          <Link href="/account" className="button">
            {t.verify.toAccount}
          </Link>
          <Link href="/" className="button">
            {t.verify.toLobby}
          </Link>
        </p>
      )}
    </div>
  );
}
