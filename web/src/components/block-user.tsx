// On a public profile, for someone signed in who is not that person: *Bloquear
// Ana* (eBay's blocked bidder list), asked first like the other actions that
// take something away, since Ana then can no longer bid on, buy or ask about
// the viewer's auctions; *Desbloquear Ana* once she is blocked. Shown only
// once the viewer's list is read (use-blocked-users.ts), so it never offers
// the wrong one. The button pressed goes, so the focus moves to the one that
// replaces it, and a polite status says what changed.
import { useEffect, useRef, useState } from 'react';
import type { PublicUser } from '../../../core/schemas.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { useI18n } from '../i18n/i18n.ts';
import { isBlocked } from '../live/blocked-users.ts';
import { useBlockedUsers } from '../live/use-blocked-users.ts';
import { ConfirmAction } from './confirm-action.tsx';
import { OutcomeLine, type Outcome } from './outcome-line.tsx';

export function BlockUser({ user, viewerId }: { user: PublicUser; viewerId: string }) {
  const { t, locale } = useI18n();
  const blocked = useBlockedUsers(viewerId);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  /** Set before a block or unblock, so the render that swaps the buttons moves the focus. */
  const moveFocus = useRef(false);
  const on = isBlocked(blocked.items, user.id);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    box.current?.querySelector('button')?.focus();
  }, [on]);

  const block = async (): Promise<string | null> => {
    setOutcome(null);
    moveFocus.current = true;
    try {
      await blocked.block(user);
      setOutcome({ ok: true, text: t.blocking.blocked(user.name) });
      return null;
    } catch (error) {
      moveFocus.current = false;
      return errorMessage(error, t, locale);
    }
  };

  const unblock = async () => {
    setBusy(true);
    setOutcome(null);
    moveFocus.current = true;
    try {
      await blocked.unblock(user);
      setOutcome({ ok: true, text: t.blocking.unblocked(user.name) });
    } catch (error) {
      moveFocus.current = false;
      setOutcome({ ok: false, text: errorMessage(error, t, locale) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="profile__block" ref={box} aria-busy={blocked.status === 'loading'}>
      {blocked.status === 'failed' ? <p className="note">{t.blocking.loadFailed}</p> : null}
      {blocked.status === 'ready' && on ? (
        <>
          <p className="note" data-testid="blocked-note">
            {t.blocking.isBlocked(user.name)}
          </p>
          <button type="button" className="button" disabled={busy} onClick={() => void unblock()}>
            {t.blocking.unblock(user.name)}
          </button>
        </>
      ) : null}
      {blocked.status === 'ready' && !on ? (
        <ConfirmAction
          id="block-user"
          variant="danger"
          trigger={t.blocking.block(user.name)}
          question={t.blocking.question(user.name)}
          confirm={t.blocking.confirm}
          onConfirm={block}
        />
      ) : null}
      <OutcomeLine outcome={outcome} testId="block-outcome" />
    </div>
  );
}
