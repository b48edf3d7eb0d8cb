// A transparency report as the moderators read it (and may publish it): its
// period as the heading, *Baixar JSON* beside it, the sentences that frame
// the numbers (no decision is automated; a period counted only in part),
// then one table of reports, removals and suspensions by reason, and a list
// of facts for each kind of decision.
import type { RefObject } from 'react';
import type { TransparencyReport } from '../../../core/schemas.ts';
import { FLAG_REASONS } from '../flag-reasons.ts';
import { formatCount, formatDateTime } from '../format.ts';
import { medianText } from '../i18n/duration-text.ts';
import { useI18n } from '../i18n/i18n.ts';
import type { TransparencyMessages } from '../i18n/transparency-messages.ts';
import { countedFromNotes, periodText, unsourcedRemovalsText } from '../i18n/transparency-text.ts';
import { saveTransparencyReport } from '../transparency-report-file.ts';
import { TransparencyFacts as Facts } from './transparency-facts.tsx';

interface ViewProps {
  report: TransparencyReport;
  words: TransparencyMessages;
  /** The heading, focused once the report arrives. */
  headingRef: RefObject<HTMLHeadingElement | null>;
}

export function TransparencyReportView({ report, words, headingRef }: ViewProps) {
  const { t, locale } = useI18n();
  const n = (count: number) => formatCount(count, locale);
  const median = (seconds: number | null) => medianText(seconds, words, locale);
  const { notices, removals, suspensions, appeals } = report;
  const unsourced = unsourcedRemovalsText(removals, words, locale);

  return (
    <div className="transparency__report" data-testid="transparency-result">
      <div className="transparency__head">
        <h3 id="transparency-period" ref={headingRef} tabIndex={-1}>
          {periodText(report, words, locale)}
        </h3>
        <button type="button" className="button" onClick={() => saveTransparencyReport(report)}>
          {words.download}
        </button>
      </div>
      <p className="note" data-testid="transparency-notes">
        {[
          words.humanOnly,
          ...countedFromNotes(report, words, locale),
          words.generatedAt(formatDateTime(report.generatedAt, locale)),
        ].join(' ')}
      </p>
      {/* Scrolls by itself, not the page, on a screen narrower than its columns (a
          phone at 320 px, or zoomed in); focusable so the keyboard can scroll it. */}
      <div
        className="transparency__scroll"
        role="region"
        aria-labelledby="transparency-by-reason-caption"
        tabIndex={0}
      >
        <table className="transparency__table" data-testid="transparency-by-reason">
          <caption id="transparency-by-reason-caption">{words.byReason.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{words.byReason.reason}</th>
              <th scope="col">{words.byReason.notices}</th>
              <th scope="col">{words.byReason.removals}</th>
              <th scope="col">{words.byReason.suspensions}</th>
            </tr>
          </thead>
          <tbody>
            {FLAG_REASONS.map((reason) => (
              <tr key={reason}>
                <th scope="row">{t.flagReasons[reason]}</th>
                <td>{n(notices.byReason[reason])}</td>
                <td>{n(removals.byReason[reason])}</td>
                <td>{n(suspensions.byReason[reason])}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{words.byReason.total}</th>
              <td>{n(notices.received)}</td>
              <td>{n(removals.total)}</td>
              <td>{n(suspensions.suspended)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="transparency__groups">
        <Facts
          id="notices"
          title={words.notices.title}
          facts={[
            [words.notices.received, n(notices.received)],
            [words.notices.removed, n(notices.removed)],
            [words.notices.kept, n(notices.kept)],
            [words.notices.median, median(notices.medianSecondsToDecision)],
          ]}
        />
        <Facts
          id="removals"
          title={words.removals.title}
          facts={[
            [words.removals.total, n(removals.total)],
            [words.removals.onNotice, n(removals.onNotice)],
            [words.removals.onAppeal, n(removals.onAppeal)],
            [words.removals.ownInitiative, n(removals.ownInitiative)],
          ]}
          after={unsourced}
        />
        <Facts
          id="suspensions"
          title={words.suspensions.title}
          facts={[
            [words.suspensions.suspended, n(suspensions.suspended)],
            [words.suspensions.reinstated, n(suspensions.reinstated)],
            [words.suspensions.bidsCancelledOn, n(suspensions.bidsCancelledOn)],
          ]}
        />
        <Facts
          id="appeals"
          title={words.appeals.title}
          facts={[
            [words.appeals.removal, n(appeals.received.removal)],
            [words.appeals.suspension, n(appeals.received.suspension)],
            [words.appeals.keep, n(appeals.received.keep)],
            [words.appeals.upheld, n(appeals.upheld)],
            [words.appeals.reversed, n(appeals.reversed)],
            [words.appeals.median, median(appeals.medianSecondsToDecision)],
          ]}
        />
      </div>
    </div>
  );
}
