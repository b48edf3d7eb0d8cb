// One reported auction in the moderators' queue: the auction (its title
// leading to it, the seller to their profile, where it stands, its price,
// since when it waits), each report since the last review (the reason in
// words, the reporter's details as text, who — a link to their profile — and
// when), and the two decisions. *Remover anúncio* asks first, naming the
// reason chosen (the most reported one to begin with), since it ends an open
// auction for good (an ended one keeps its result, and leaves the searches);
// *Manter anúncio* only takes it off the queue, so it goes at once. The
// buttons' names add the title (as *Anunciar de novo* does on *Minha
// atividade*): the page lists several. Beside them, the seller's account may
// be suspended (suspend-seller.tsx); once it is, the item says so under the
// facts.
import { useState } from 'react';
import type { AuctionFlag, FlaggedAuction, FlagReason } from '../../../core/schemas.ts';
import { isFlagReason } from '../flag-reasons.ts';
import type { SuspendChoices } from '../forms/suspension.ts';
import { formatDateTime, formatMoney } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';
import { moderationErrorMessage } from '../i18n/moderation-error-message.ts';
import { removalQuestion, stateText } from '../i18n/removal-text.ts';
import { mostReportedReason } from '../live/moderation-queue.ts';
import type { SellerStanding } from '../live/seller-suspension.ts';
import { Link } from '../routing/link.tsx';
import { ConfirmAction } from './confirm-action.tsx';
import { FlagReasonOptions } from './flag-reason-options.tsx';
import { SuspendSeller } from './suspend-seller.tsx';
import { SelectField } from './text-field.tsx';

/** The id of an item's heading, which takes the focus when the item before it leaves. */
export const flaggedTitleId = (auctionId: string) => `flagged-${auctionId}-title`;

interface FlaggedAuctionItemProps {
  item: FlaggedAuction;
  /** The seller's account as this page knows it (seller-suspension.ts). */
  seller: SellerStanding;
  /** Resolve once the decision is taken (the item then leaves); reject with the API's error. */
  remove(reason: FlagReason): Promise<unknown>;
  keep(): Promise<unknown>;
  suspendSeller(reason: FlagReason, choices: SuspendChoices): Promise<unknown>;
  reinstateSeller(): Promise<unknown>;
}

export function FlaggedAuctionItem(props: FlaggedAuctionItemProps) {
  const { item, seller, remove, keep } = props;
  const { t, locale } = useI18n();
  const { auction, flags, firstFlaggedAt } = item;
  const [reason, setReason] = useState(() => mostReportedReason(flags));
  const [keeping, setKeeping] = useState(false);
  const [keepError, setKeepError] = useState('');
  const titleId = flaggedTitleId(auction.id);
  const named = (action: string) => `${action}: ${auction.title}`;

  const keepIt = async () => {
    setKeeping(true);
    setKeepError('');
    try {
      await keep();
    } catch (error) {
      setKeepError(moderationErrorMessage(error, t, locale));
      setKeeping(false);
    }
  };

  return (
    <li className="panel flagged" data-testid="flagged-auction" data-auction-id={auction.id}>
      <h3 id={titleId} tabIndex={-1} className="flagged__title">
        <Link href={`/auctions/${auction.id}`}>{auction.title}</Link>
      </h3>
      <dl className="flagged__facts">
        <div>
          <dt>{t.auction.seller}</dt>
          <dd>
            <Link href={`/users/${auction.seller.id}`}>{auction.seller.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{t.moderation.state}</dt>
          <dd data-testid="flagged-state">{stateText(auction, t)}</dd>
        </div>
        <div>
          <dt>{auction.bidCount > 0 ? t.auction.currentPrice : t.auction.startingPrice}</dt>
          <dd className="price">{formatMoney(auction.currentPrice, locale)}</dd>
        </div>
        <div>
          <dt>{t.moderation.waitingSince}</dt>
          <dd>
            <time dateTime={firstFlaggedAt}>{formatDateTime(firstFlaggedAt, locale)}</time>
          </dd>
        </div>
      </dl>
      {seller.suspended ? (
        <p className="flagged__suspended" data-testid="seller-suspended">
          {t.suspension.suspendedNote(seller.removed)}
        </p>
      ) : null}
      <h4>{t.moderation.reports(flags.length)}</h4>
      <ul className="flagged__reports">
        {flags.map((flag) => (
          <FlagReport key={`${flag.reporter.id}/${flag.flaggedAt}`} flag={flag} />
        ))}
      </ul>
      <div className="flagged__decision">
        <SelectField
          id={`removal-reason-${auction.id}`}
          label={t.moderation.removalReason}
          value={reason}
          onChange={(event) => {
            if (isFlagReason(event.target.value)) setReason(event.target.value);
          }}
        >
          <FlagReasonOptions />
        </SelectField>
        <div className="actions">
          <ConfirmAction
            id={`remove-${auction.id}`}
            variant="danger"
            trigger={t.moderation.remove}
            triggerLabel={named(t.moderation.remove)}
            question={removalQuestion(auction, reason, t)}
            confirm={t.moderation.removeConfirm}
            onConfirm={() =>
              remove(reason).then(
                () => null,
                (error: unknown) => moderationErrorMessage(error, t, locale),
              )
            }
          />
          <button
            type="button"
            className="button"
            disabled={keeping}
            aria-label={named(t.moderation.keep)}
            onClick={() => void keepIt()}
            data-testid="keep-auction"
          >
            {t.moderation.keep}
          </button>
          <SuspendSeller
            auctionId={auction.id}
            seller={auction.seller}
            suspended={seller.suspended}
            initialReason={reason}
            suspend={props.suspendSeller}
            reinstate={props.reinstateSeller}
          />
        </div>
        <div role="alert">
          {keepError ? <p className="feedback feedback--error">{keepError}</p> : null}
        </div>
      </div>
    </li>
  );
}

function FlagReport({ flag }: { flag: AuctionFlag }) {
  const { t, locale } = useI18n();
  // A reason this build does not know yet (a newer replica's) reads as "other".
  const reason = isFlagReason(flag.reason) ? flag.reason : 'other';
  return (
    <li className="flagged__report" data-testid="flag-report" data-reason={reason}>
      <strong>{t.flagReasons[reason]}</strong>
      {flag.details ? <p className="flagged__details">{flag.details}</p> : null}
      <p className="flagged__meta">
        {t.moderation.by}{' '}
        <Link href={`/users/${flag.reporter.id}`} data-testid="flag-reporter">
          {flag.reporter.name}
        </Link>
        <span aria-hidden="true"> · </span>
        <time dateTime={flag.flaggedAt}>{formatDateTime(flag.flaggedAt, locale)}</time>
      </p>
    </li>
  );
}
