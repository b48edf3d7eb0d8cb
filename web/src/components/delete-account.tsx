// "Excluir conta" on the account page: asked for in place, with the password
// typed again (a device left signed in must not be enough); then the page
// says it is done and the person is signed out here. The API refuses while they sell
// an open auction or lead one, and the reason is said beside the button.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { deleteAccount } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { useAction } from '../forms/use-action.ts';
import { useI18n } from '../i18n/i18n.ts';
import { Link } from '../routing/link.tsx';
import { saveSession } from '../session/session-store.ts';
import { OutcomeLine } from './outcome-line.tsx';
import { TextField } from './text-field.tsx';

/** `onDeleted` runs before the session is forgotten, so the page can say it is done. */
export function DeleteAccount({ onDeleted }: { onDeleted(): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState('');
  /** The open auction the API named when it refused: linked beside the reason. */
  const [blocking, setBlocking] = useState<string | null>(null);
  const { outcome, setOutcome, busy, run } = useAction();
  const trigger = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  // Focus goes to the password when the form opens, back to the button when it closes.
  useEffect(() => {
    if (open) document.getElementById('deletePassword')?.focus();
    else if (wasOpen.current) trigger.current?.focus();
    wasOpen.current = open;
  }, [open]);

  /** Kept after all: the form closes and forgets what it said. */
  const close = () => {
    setOpen(false);
    setOutcome(null);
    setBlocking(null);
    setPassword('');
    setPasswordError('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    setBlocking(null);
    setPasswordError(password ? '' : t.field.required);
    if (!password) return;
    await run(
      async () => {
        await deleteAccount(password);
        onDeleted();
        saveSession(null);
        return t.account.deleted;
      },
      (error) => {
        if (error instanceof ApiError && typeof error.details.auctionId === 'string')
          setBlocking(error.details.auctionId);
        const wrong = error instanceof ApiError && error.code === 'WRONG_PASSWORD';
        if (wrong) setPasswordError(t.errors.WRONG_PASSWORD);
        return wrong;
      },
    );
  };

  return (
    <section aria-labelledby="delete-title" className="account__delete">
      <h2 id="delete-title">{t.account.deleteTitle}</h2>
      <p className="note">{t.account.deleteExplain}</p>
      {open ? (
        <form className="form" onSubmit={submit} noValidate aria-labelledby="delete-title">
          <TextField
            id="deletePassword"
            label={t.account.deletePassword}
            type="password"
            autoComplete="current-password"
            value={password}
            error={passwordError}
            onChange={(event) => setPassword(event.target.value)}
          />
          <OutcomeLine outcome={outcome} testId="delete-outcome" />
          {blocking ? (
            <p>
              <Link href={`/auctions/${blocking}`}>{t.account.deleteBlocking}</Link>
            </p>
          ) : null}
          <div className="actions">
            <button type="submit" className="button button--danger" disabled={busy}>
              {t.account.deleteConfirm}
            </button>
            <button type="button" className="button" onClick={close}>
              {t.account.deleteKeep}
            </button>
          </div>
        </form>
      ) : (
        <button
          ref={trigger}
          type="button"
          className="button button--danger"
          data-testid="delete-account"
          onClick={() => setOpen(true)}
        >
          {t.account.deleteOpen}
        </button>
      )}
    </section>
  );
}
