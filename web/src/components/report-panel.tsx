// The report, e-mail and announcement the worker wrote for a closed auction.
// Model output is user-facing text: rendered as text, line breaks preserved.
import { formatDateTime } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';
import type { ReportState } from '../live/use-auction-report.ts';

export function ReportPanel({ state }: { state: ReportState }) {
  const { t, locale } = useI18n();
  if (state.status === 'idle') return null;
  return (
    <section aria-labelledby="report-title" className="panel report" data-testid="report-panel">
      <h2 id="report-title">{t.report.title}</h2>
      {state.status === 'pending' ? (
        <p className="empty" role="status">
          {t.report.pending}
        </p>
      ) : null}
      {state.status === 'failed' ? <p role="alert">{t.report.failed}</p> : null}
      {state.status === 'ready' ? (
        <>
          <p className="report__origin">
            {state.report.generatedBy === 'mock'
              ? t.report.byMock
              : t.report.byModel(state.report.generatedBy)}{' '}
            <time dateTime={state.report.createdAt}>
              {formatDateTime(state.report.createdAt, locale)}
            </time>
          </p>
          <h3>{t.report.report}</h3>
          <p className="report__text" data-testid="report-text">
            {state.report.report}
          </p>
          <h3>{t.report.email}</h3>
          <p className="report__text" data-testid="report-email">
            {state.report.email ?? t.report.noEmail}
          </p>
          <h3>{t.report.post}</h3>
          <p className="report__text" data-testid="report-post">
            {state.report.post}
          </p>
        </>
      ) : null}
    </section>
  );
}
