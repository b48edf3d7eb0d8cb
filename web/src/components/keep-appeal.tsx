// Under a report in *Minhas denúncias* that a moderator reviewed and kept:
// its author's appeal against the keep (the DSA's art. 20). While they may
// appeal (none made, the window open on the server's clock; from the moment
// the keep is heard, live — use-my-reports.ts), a sentence
// saying until when and a quiet *Recorrer da decisão* that opens the appeal's
// form in place (appeal-form.tsx; *Voltar* closes it, the focus back on the
// button). Once made — here, on another device (ALREADY_APPEALED), or found
// on the list — *Seu recurso* shows its state, read with
// `GET /api/auctions/:id/flags/appeal`, and read again when the list says it
// moved (a decision heard live): reversed, the auction was taken down. Just
// sent, the state takes the focus.
import { useEffect, useRef, useState } from 'react';
import type { Appeal, GivenFlag } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { formatDate } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';
import { keepAppealDeadline, mayAppealKeep } from '../live/my-reports-state.ts';
import { useServerNow } from '../live/ticker.ts';
import { useAppeal } from '../live/use-appeal.ts';
import { AppealForm } from './appeal-form.tsx';
import { AppealStatus } from './appeal-status.tsx';

interface KeepAppealProps {
  report: GivenFlag;
  /** The appeal was made (here or, as a refusal said, elsewhere). */
  onAppealed(appeal: Appeal): void;
}

export function KeepAppeal({ report, onAppealed }: KeepAppealProps) {
  const { t, locale } = useI18n();
  const now = useServerNow();
  const { auctionId } = report;
  const [open, setOpen] = useState(false);
  // The appeal made or found here: shown at once, before any reading.
  const [made, setMade] = useState<Appeal | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const fieldId = `keep-appeal-${auctionId}`;

  useEffect(() => {
    if (open) document.getElementById(fieldId)?.focus();
    else if (wasOpen.current) trigger.current?.focus();
    wasOpen.current = open;
  }, [open, fieldId]);

  const show = (appeal: Appeal) => {
    setMade(appeal);
    onAppealed(appeal);
  };

  const summary = report.appeal ?? made;
  if (summary)
    return (
      <div className="my-report__appeal" data-testid="keep-appeal">
        <h4>{t.appeals.yourAppeal}</h4>
        <KeepAppealState auctionId={auctionId} status={summary.status} made={made} />
      </div>
    );
  const deadline = keepAppealDeadline(report);
  if (deadline === null || !mayAppealKeep(report, now)) return null;
  const title = report.auctionTitle ?? t.activity.auctionGone;
  return (
    <div className="my-report__appeal" data-testid="keep-appeal">
      {open ? (
        <>
          <AppealForm
            id={fieldId}
            label={t.appeals.keepLabel}
            hint={t.appeals.keepExplain}
            send={async (text) => show((await api.appealKeep(auctionId, text)).appeal)}
            onAlreadyAppealed={(found) => {
              if (found) return show(found);
              api.keepAppeal(auctionId).then(
                ({ appeal }) => appeal && show(appeal),
                () => undefined, // the refusal is said beside the form, which stays
              );
            }}
          />
          <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
            {t.appeals.keepBack}
          </button>
        </>
      ) : (
        <>
          <p className="note" data-testid="keep-appeal-offer">
            {t.appeals.keepOffer(formatDate(deadline, locale))}
          </p>
          <button
            ref={trigger}
            type="button"
            className="button button--quiet"
            aria-label={t.appeals.keepOpenName(title)}
            onClick={() => setOpen(true)}
          >
            {t.appeals.keepOpen}
          </button>
        </>
      )}
    </div>
  );
}

interface KeepAppealStateProps {
  auctionId: string;
  /** Where the list says the appeal stands: a change reads it again. */
  status: Appeal['status'];
  /** Made or found here: shown until the reading comes, and focused. */
  made: Appeal | null;
}

function KeepAppealState({ auctionId, status, made }: KeepAppealStateProps) {
  const { t } = useI18n();
  const [reading] = useAppeal(() => api.keepAppeal(auctionId), `${auctionId} ${status}`);
  const read = reading.status === 'ready' ? reading.appeal : null;
  const appeal = read ?? made;
  if (appeal) return <AppealStatus appeal={appeal} focus={made !== null} />;
  return reading.status === 'failed' ? <p role="alert">{t.appeals.loadFailed}</p> : null;
}
