// *Usuários bloqueados* on *Minha conta*: whom the viewer blocked, by name,
// each name linking to the profile, with *Desbloquear* beside it; what
// blocking does, and where it is done (on a profile: this list only takes
// people off). Unblocking takes the row away, so the focus goes to the
// section's heading and a polite status names whom.
import { useRef } from 'react';
import type { PublicUser } from '../../../core/schemas.ts';
import { useAction } from '../forms/use-action.ts';
import { useI18n } from '../i18n/i18n.ts';
import { useBlockedUsers } from '../live/use-blocked-users.ts';
import { Link } from '../routing/link.tsx';
import { OutcomeLine } from './outcome-line.tsx';

export function BlockedUsersSection({ viewerId }: { viewerId: string }) {
  const { t } = useI18n();
  const blocked = useBlockedUsers(viewerId);
  const { outcome, busy, run } = useAction();
  const heading = useRef<HTMLHeadingElement>(null);

  const unblock = (user: PublicUser) =>
    run(async () => {
      await blocked.unblock(user);
      heading.current?.focus();
      return t.blocking.unblocked(user.name);
    });

  return (
    <section aria-labelledby="blocked-title" className="account__section" data-testid="blocked">
      <h2 id="blocked-title" ref={heading} tabIndex={-1}>
        {t.blocking.title}
      </h2>
      <p className="note">{t.blocking.explain}</p>
      <p className="note">{t.blocking.where}</p>
      {blocked.status === 'failed' ? <p role="alert">{t.blocking.loadFailed}</p> : null}
      {blocked.status === 'ready' && blocked.items.length === 0 ? (
        <p className="empty" data-testid="blocked-empty">
          {t.blocking.empty}
        </p>
      ) : null}
      <ul className="closed-list" aria-busy={blocked.status === 'loading'}>
        {blocked.items.map((user) => (
          <li key={user.id} className="closed-row" data-testid="blocked-user">
            <Link className="closed-row__title" href={`/users/${user.id}`}>
              {user.name}
            </Link>
            <button
              type="button"
              className="button"
              disabled={busy}
              // The visible word first (WCAG 2.5.3), then whom, for a list of them.
              aria-label={t.blocking.unblock(user.name)}
              onClick={() => void unblock(user)}
            >
              {t.blocking.unblockShort}
            </button>
          </li>
        ))}
      </ul>
      <OutcomeLine outcome={outcome} testId="blocked-outcome" />
    </section>
  );
}
