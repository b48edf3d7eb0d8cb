// *Minhas denúncias* on *Minha atividade*: each auction the viewer reported,
// the latest first, under its title (a link; in words when the auction is
// gone), with the reason, the details typed (as text, line breaks kept), when,
// and what the moderators made of it, live — a keep with its appeal, or the
// offer to make one (keep-appeal.tsx). Nothing at all while there is none or the
// list could not be read, as for the sales to rate: most people never
// report, and an empty heading would only puzzle them.
import type { Appeal, GivenFlag } from '../../../core/schemas.ts';
import { formatDateMinute } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';
import { reportReasonText, reportStatusText } from '../i18n/report-text.ts';
import type { MyReports } from '../live/use-my-reports.ts';
import { Link } from '../routing/link.tsx';
import { KeepAppeal } from './keep-appeal.tsx';

interface MyReportProps {
  report: GivenFlag;
  onAppealed(appeal: Appeal): void;
}

function MyReport({ report, onAppealed }: MyReportProps) {
  const { t, locale } = useI18n();
  const { auctionId, auctionTitle, details, flaggedAt, status } = report;
  const reason = reportReasonText(report.reason, t);
  const outcome = reportStatusText(status, t);
  return (
    <li className="my-report" data-testid="my-report" data-auction-id={auctionId}>
      <h3 className="my-report__auction">
        {auctionTitle ? (
          <Link href={`/auctions/${auctionId}`}>{auctionTitle}</Link>
        ) : (
          <span className="empty">{t.activity.auctionGone}</span>
        )}
      </h3>
      <p className="my-report__meta">
        {reason ? (
          <>
            <span data-testid="report-reason">{reason}</span>
            <span aria-hidden="true"> · </span>
          </>
        ) : null}
        <time dateTime={flaggedAt}>
          {t.activity.reportedOn(formatDateMinute(flaggedAt, locale))}
        </time>
      </p>
      {details ? (
        <p className="my-report__details" data-testid="report-details">
          {details}
        </p>
      ) : null}
      {outcome ? (
        <p className={`my-report__status my-report__status--${status}`} data-testid="report-status">
          {outcome}
        </p>
      ) : null}
      <KeepAppeal report={report} onAppealed={onAppealed} />
    </li>
  );
}

export function MyReportsSection({ list }: { list: MyReports }) {
  const { t } = useI18n();
  if (list.items.length === 0) return null;
  return (
    <section aria-labelledby="my-reports-title" className="lobby-section" data-testid="my-reports">
      <h2 id="my-reports-title">{t.activity.reportsTitle}</h2>
      <ul className="my-reports">
        {list.items.map((report) => (
          <MyReport
            key={report.auctionId}
            report={report}
            onAppealed={(appeal) => list.appealed(report.auctionId, appeal)}
          />
        ))}
      </ul>
    </section>
  );
}
