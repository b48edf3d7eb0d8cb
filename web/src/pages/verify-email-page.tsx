// `/verify-email#token=…`: where the link e-mailed at sign-up (or asked for
// again on Minha conta) lands. The token leaves the address bar at once and is
// posted once; the page says how it went, and when this device is signed in
// as that account, the stored user learns its address is verified.
import { useEffect, useState } from 'react';
import type { User } from '../../../core/schemas.ts';
import { verifyEmail } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { OutcomeLine, type Outcome } from '../components/outcome-line.tsx';
import { errorMessage } from '../i18n/error-message.ts';
import { useI18n } from '../i18n/i18n.ts';
import { Link } from '../routing/link.tsx';
import { useLinkToken } from '../routing/link-token.ts';
import { updateSignedInUser } from '../session/session-store.ts';

type Result =
  | { state: 'checking' }
  | { state: 'verified'; email: string }
  | { state: 'failed'; error: unknown };

/** One post per token, however often the page mounts (StrictMode mounts twice). */
const posted = new Map<string, Promise<User>>();

function verifyOnce(token: string): Promise<User> {
  let answer = posted.get(token);
  if (!answer) {
    answer = verifyEmail(token).then(({ user }) => {
      updateSignedInUser(user);
      return user;
    });
    posted.set(token, answer);
  }
  return answer;
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
  const [result, setResult] = useState<Result>({ state: 'checking' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!token) return;
    let current = true;
    verifyOnce(token).then(
      (user) => current && setResult({ state: 'verified', email: user.email }),
      (error: unknown) => current && setResult({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [token, attempt]);

  if (!token)
    return (
      <div className="panel narrow">
        <h1>{t.verify.title}</h1>
        <p role="alert">{t.verify.missingToken}</p>
        <Link href="/account">{t.verify.toAccount}</Link>
      </div>
    );

  const code =
    result.state === 'failed' && result.error instanceof ApiError ? result.error.code : '';
  let outcome: Outcome = null;
  if (result.state === 'verified') outcome = { ok: true, text: t.verify.done(result.email) };
  else if (result.state === 'failed')
    outcome = {
      ok: false,
      text:
        code === 'VALIDATION_FAILED'
          ? t.errors.INVALID_VERIFICATION_TOKEN
          : errorMessage(result.error, t, locale),
    };
  const retry = () => {
    posted.delete(token);
    setResult({ state: 'checking' });
    setAttempt((n) => n + 1);
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
