// On an account's profile, for moderators only (the profile page asks the
// session's copy of the viewer's account, so no one else even sends the
// request): what moderation knows of it — its e-mail, whether it moderates,
// whether it is suspended (why, since when) — with *Suspender conta* or
// *Reativar conta*. Neither for a moderator's account: the API refuses
// (MODERATOR_ACCOUNT), their moderation is revoked first. A viewer whose
// moderation was revoked since their account was read sees nothing. After
// either action the button that replaces the pressed one takes the focus and
// a polite status says what changed, as blocking does. Below the facts,
// *Histórico de moderação*: the decision log about the account (and, for a
// moderator's, the decisions they took), on /moderation.
import { useEffect, useRef, useState } from 'react';
import type { FlagReason, ModeratedUser } from '../../../core/schemas.ts';
import { isFlagReason } from '../flag-reasons.ts';
import { formatDateTime } from '../format.ts';
import { suspensionCounts, type SuspendChoices } from '../forms/suspension.ts';
import { useI18n } from '../i18n/i18n.ts';
import { useModeratedUser } from '../live/use-moderated-user.ts';
import { ModerationHistoryLink } from './moderation-history-link.tsx';
import { OutcomeLine, type Outcome } from './outcome-line.tsx';
import { ReinstateAccount } from './reinstate-account.tsx';
import { SuspendAccount } from './suspend-account.tsx';

export function AccountModeration({ userId }: { userId: string }) {
  const { t } = useI18n();
  const { state, suspend, reinstate } = useModeratedUser(userId);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const actions = useRef<HTMLDivElement>(null);
  /** Set before an action, so the render that swaps the buttons moves the focus. */
  const moveFocus = useRef(false);
  const user = state.status === 'ready' ? state.user : null;
  const suspended = user?.suspension != null;

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    actions.current?.querySelector('button')?.focus();
  }, [suspended]);

  /**
   * Runs `action`, which resolves with the sentence for its success; a refusal
   * goes back as it came (said beside the button pressed), the focus left there.
   */
  const act = async (action: () => Promise<string>) => {
    setOutcome(null);
    moveFocus.current = true;
    try {
      setOutcome({ ok: true, text: await action() });
    } catch (error) {
      moveFocus.current = false;
      throw error;
    }
  };

  if (state.status === 'refused') return null;
  return (
    <section
      className="panel"
      aria-labelledby="account-moderation-title"
      aria-busy={state.status === 'loading'}
      data-testid="account-moderation"
    >
      <h2 id="account-moderation-title">{t.suspension.panelTitle}</h2>
      {state.status === 'failed' ? <p role="alert">{t.suspension.loadFailed}</p> : null}
      {user ? <ModeratedUserFacts user={user} /> : null}
      {user ? <ModerationHistoryLink filter="userId" id={userId} /> : null}
      {user?.moderator ? (
        <ModerationHistoryLink filter="moderatorId" id={userId} moderator={user.name} />
      ) : null}
      {user?.moderator ? <p className="note">{t.suspension.moderatorAccount}</p> : null}
      {user && !user.moderator ? (
        <div ref={actions}>
          {suspended ? (
            <ReinstateAccount
              reinstate={() =>
                act(async () => {
                  await reinstate();
                  return t.suspension.reinstatedDone(user.name);
                })
              }
            />
          ) : (
            <SuspendAccount
              id="suspend-account"
              name={user.name}
              trigger={t.suspension.suspendAccount}
              initialReason="other"
              suspend={(reason: FlagReason, choices: SuspendChoices) =>
                act(async () => {
                  const counts = suspensionCounts(choices, await suspend(reason, choices));
                  return t.suspension.suspendedDone(
                    user.name,
                    counts.removed,
                    counts.bidsCancelledOn,
                  );
                })
              }
            />
          )}
        </div>
      ) : null}
      <OutcomeLine outcome={outcome} testId="account-moderation-outcome" />
    </section>
  );
}

function ModeratedUserFacts({ user }: { user: ModeratedUser }) {
  const { t, locale } = useI18n();
  const { suspension } = user;
  // A reason this build does not know yet (a newer replica's) reads as "other".
  const reason = suspension && (isFlagReason(suspension.reason) ? suspension.reason : 'other');
  return (
    <dl className="moderation-facts">
      <div>
        <dt>{t.suspension.email}</dt>
        <dd>
          <a href={`mailto:${user.email}`}>{user.email}</a>
        </dd>
      </div>
      <div>
        <dt>{t.suspension.moderator}</dt>
        <dd data-testid="account-moderator">
          {user.moderator ? t.suspension.yes : t.suspension.no}
        </dd>
      </div>
      <div>
        <dt>{t.suspension.standing}</dt>
        <dd data-testid="account-standing">
          {suspension && reason
            ? t.suspension.suspendedSince(
                formatDateTime(suspension.suspendedAt, locale),
                t.flagReasons[reason],
              )
            : t.suspension.active}
        </dd>
      </div>
    </dl>
  );
}
