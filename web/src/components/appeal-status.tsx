// Where an appeal stands, as its appellant reads it (on the removed auction's
// page, on the sign-in page of a suspended account, under a kept report in
// *Minhas denúncias*): waiting for review since the day it was sent, or the
// decision — upheld or reversed — with the day, what it means for them and
// the moderators' reply; then the appellant's own words. The state takes the
// focus when asked (just sent, or just found), so it is read first.
import { useEffect, useRef } from 'react';
import type { Appeal } from '../../../core/schemas.ts';
import { formatDateTime } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';

const TONES = { open: 'warning', upheld: 'error', reversed: 'success' } as const;

export function AppealStatus({ appeal, focus = false }: { appeal: Appeal; focus?: boolean }) {
  const { t, locale } = useI18n();
  const state = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focus) state.current?.focus();
  }, [focus]);
  const { kind, status, review } = appeal;

  return (
    <div className="appeal-status" data-testid="appeal-status" data-status={status}>
      <p
        ref={state}
        tabIndex={-1}
        className={`feedback feedback--${TONES[status]}`}
        data-testid="appeal-state"
      >
        <strong>{status === 'open' ? t.appeals.state.open : t.appeals.state[kind][status]}</strong>{' '}
        {review === null ? (
          t.appeals.waitingSince(formatDateTime(appeal.createdAt, locale))
        ) : (
          <>
            {t.appeals.decidedOn(formatDateTime(review.reviewedAt, locale))}
            {status !== 'open' && t.appeals.means[kind][status]
              ? ` ${t.appeals.means[kind][status]}`
              : null}
          </>
        )}
      </p>
      <dl className="appeal-status__texts">
        {review ? (
          <div>
            <dt>{t.appeals.reply}</dt>
            <dd className="appeal-text" data-testid="appeal-reply">
              {review.reply}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t.appeals.text}</dt>
          <dd className="appeal-text" data-testid="appeal-text">
            {appeal.text}
          </dd>
        </div>
      </dl>
    </div>
  );
}
