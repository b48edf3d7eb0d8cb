// The global alerts (outbid, leading again once moderators cancelled a
// suspended account's bids, a bidder retracted theirs or the seller cancelled
// a bidder's, the seller cancelling yours, ending soon, how an auction of yours ended, a
// question to you as a seller or the answer to yours, the other party of a
// sale rating you or answering your rating, a moderator removing your
// auction — open, or ended, when a sale it made stands —, a new listing for
// a search you saved, a moderator's decision on your report) as toasts in a
// corner of every page.
// One polite live region announces each new one; each links to its auction
// (a report's decision, to *Minha atividade*, where a keep may be appealed)
// and stays until dismissed, so nobody misses what concerns their money.
import { formatMoney, formatTime } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';
import type { Messages } from '../i18n/messages-pt-br.ts';
import { leadsAgainText } from '../i18n/retraction-text.ts';
import type { Alert } from '../live/alert-list.ts';
import { alertsStore, dismissAlert } from '../live/alerts.ts';
import { Link } from '../routing/link.tsx';
import { useLocation } from '../routing/router.ts';
import { useStore } from '../store.ts';

function AlertText({ alert }: { alert: Alert }) {
  const { t, locale } = useI18n();
  if (alert.kind === 'outbid') return <>{t.alerts.outbid(alert.title)}</>;
  if (alert.kind === 'bidsCancelled')
    return <>{leadsAgainText(alert.reason, alert.title, formatMoney(alert.amount, locale), t)}</>;
  if (alert.kind === 'ownBidsCancelled') return <>{t.alerts.ownBidsCancelled(alert.title)}</>;
  if (alert.kind === 'questionAsked') return <>{t.alerts.questionAsked(alert.title)}</>;
  if (alert.kind === 'questionAnswered') return <>{t.alerts.questionAnswered(alert.title)}</>;
  if (alert.kind === 'feedbackLeft') {
    const rating = t.feedback.rating[alert.rating].toLocaleLowerCase(locale);
    return <>{t.alerts.feedbackLeft(alert.from, rating, alert.title)}</>;
  }
  if (alert.kind === 'feedbackReplied')
    return <>{t.alerts.feedbackReplied(alert.from, alert.title)}</>;
  if (alert.kind === 'removed') {
    const reason = alert.reason ? t.flagReasons[alert.reason] : '';
    if (alert.endedAs)
      return <>{t.alerts.removedEnded(alert.title, reason, alert.endedAs === 'sold')}</>;
    return <>{t.alerts.removed(alert.title, reason)}</>;
  }
  if (alert.kind === 'reportDecided')
    return <>{t.alerts.reportDecided(alert.title, alert.decision === 'kept')}</>;
  if (alert.kind === 'searchMatched') {
    const category = alert.category ? t.categories[alert.category] : null;
    return <>{t.alerts.searchMatched(alert.query, category, alert.title)}</>;
  }
  if (alert.kind === 'result') {
    const amount = formatMoney(alert.amount ?? 0, locale);
    if (alert.result === 'won') return <>{t.alerts.won(alert.title, amount)}</>;
    if (alert.result === 'sold') return <>{t.alerts.sold(alert.title, amount)}</>;
    if (alert.result === 'reserveNotMet') return <>{t.alerts.reserveNotMet(alert.title)}</>;
    return <>{t.alerts.unsold(alert.title)}</>;
  }
  const time = formatTime(alert.endsAt, locale);
  return (
    <>{alert.title ? t.alerts.endingSoon(alert.title, time) : t.alerts.endingSoonUntitled(time)}</>
  );
}

/** What following the alert lets one do there. */
function linkText(alert: Alert, t: Messages): string {
  if (alert.kind === 'outbid' || alert.kind === 'ownBidsCancelled') return t.alerts.bidAgain;
  if (alert.kind === 'questionAsked') return t.alerts.answer;
  if (alert.kind === 'questionAnswered') return t.alerts.seeAnswer;
  if (alert.kind === 'feedbackLeft') return t.alerts.seeFeedback;
  if (alert.kind === 'feedbackReplied') return t.alerts.seeAnswer;
  if (alert.kind === 'reportDecided') return t.alerts.seeReports;
  return t.alerts.open;
}

/** Where the alert leads: the page of its auction, or the list of one's reports. */
const hrefOf = (alert: Alert) =>
  alert.kind === 'reportDecided' ? '/activity' : `/auctions/${alert.auctionId}`;

export function AlertToasts() {
  const { t } = useI18n();
  const alerts = useStore(alertsStore);
  const path = useLocation().split('?')[0];
  return (
    <div className="toasts" aria-live="polite" aria-relevant="additions" data-testid="alerts">
      {alerts.map((alert) => {
        const href = hrefOf(alert);
        return (
          <div
            key={alert.id}
            className={`toast toast--${alert.kind}`}
            data-testid="alert"
            data-kind={alert.kind}
          >
            <div className="toast__body">
              <p className="toast__text">
                <AlertText alert={alert} />
              </p>
              {path === href ? null : (
                <Link href={href} onClick={() => dismissAlert(alert.id)}>
                  {linkText(alert, t)}
                </Link>
              )}
            </div>
            <button
              type="button"
              className="button button--quiet"
              aria-label={t.alerts.dismiss}
              onClick={() => dismissAlert(alert.id)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
        );
      })}
    </div>
  );
}
