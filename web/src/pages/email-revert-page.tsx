// `/email-revert#token=…`: where the link e-mailed to an address the account
// left lands ("if it was not you"). The token leaves the address bar at once
// and is posted once; the address is the account's again and every session of
// the account ends, so the page points to "Esqueci minha senha". This device
// forgets a stored session unless the API still answers for it (signed in to
// another account).
import { api, revertEmail } from '../api/endpoints.ts';
import { OutcomeLine, type Outcome } from '../components/outcome-line.tsx';
import { errorMessage } from '../i18n/error-message.ts';
import { useI18n } from '../i18n/i18n.ts';
import { Link } from '../routing/link.tsx';
import { useLinkPost } from '../routing/link-post.ts';
import { useLinkToken } from '../routing/link-token.ts';
import { saveSession, sessionStore } from '../session/session-store.ts';

/** The API ended every session of the account: this device's too, if it was signed in to it. */
async function forgetEndedSession(): Promise<void> {
  const stored = sessionStore.get();
  if (!stored) return;
  const alive = await api.me().then(
    () => true,
    () => false,
  );
  if (!alive && sessionStore.get()?.token === stored.token) saveSession(null);
}

const revert = (token: string) => revertEmail(token).then(forgetEndedSession);

/** Errors that say the link itself will never work; the others may pass. */
const FINAL = new Set([
  'INVALID_REVERT_TOKEN',
  'VALIDATION_FAILED', // a token cut short or mangled on its way
  'EMAIL_TAKEN',
  'EMAIL_VERIFICATION_UNAVAILABLE',
]);

export function EmailRevertPage() {
  const { t, locale } = useI18n();
  const token = useLinkToken();
  const { result, retry } = useLinkPost(token, revert);

  if (!token)
    return (
      <div className="panel narrow">
        <h1>{t.revert.title}</h1>
        <p role="alert">{t.revert.missingToken}</p>
        <Link href="/">{t.revert.toLobby}</Link>
      </div>
    );

  const code = result.state === 'failed' ? result.code : '';
  const failure = () => {
    if (code === 'INVALID_REVERT_TOKEN' || code === 'VALIDATION_FAILED')
      return t.errors.INVALID_REVERT_TOKEN;
    if (code === 'EMAIL_TAKEN') return t.revert.taken;
    if (code === 'EMAIL_VERIFICATION_UNAVAILABLE') return t.revert.unavailable;
    return errorMessage(result.state === 'failed' ? result.error : null, t, locale);
  };
  let outcome: Outcome = null;
  if (result.state === 'done') outcome = { ok: true, text: t.revert.done };
  else if (result.state === 'failed') outcome = { ok: false, text: failure() };
  return (
    <div className="panel narrow">
      <h1>{t.revert.title}</h1>
      {result.state === 'checking' ? <p className="note">{t.revert.checking}</p> : null}
      <OutcomeLine outcome={outcome} testId="revert-outcome" />
      {result.state === 'checking' ? null : (
        <p className="actions verify__actions">
          {result.state === 'done' ? (
            <Link href="/forgot" className="button button--primary">
              {t.auth.forgot}
            </Link>
          ) : null}
          {result.state === 'failed' && !FINAL.has(code) ? (
            <button type="button" className="button button--primary" onClick={retry}>
              {t.revert.retry}
            </button>
          ) : null}
          <Link href="/" className="button">
            {t.revert.toLobby}
          </Link>
        </p>
      )}
    </div>
  );
}
