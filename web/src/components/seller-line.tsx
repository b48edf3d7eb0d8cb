// The seller's name on an auction's page, a link to their public profile,
// with their feedback at a glance. Quiet when the profile cannot be read
// (a deleted account, the network): the name alone is shown then. A seller
// a moderator suspended is said to be, so bidders know before they bid.
import type { PublicUser } from '../../../core/schemas.ts';
import { useI18n } from '../i18n/i18n.ts';
import { useProfile } from '../live/use-profile.ts';
import { Link } from '../routing/link.tsx';
import { FeedbackSummaryLine } from './feedback-summary.tsx';

/** `version`: read the counts again when it changes (the viewer just rated the seller). */
export function SellerLine({ seller, version }: { seller: PublicUser; version: number }) {
  const { t } = useI18n();
  const profile = useProfile(seller.id, version);
  return (
    <p className="auction__seller" data-testid="auction-seller">
      {t.auction.seller}:{' '}
      <Link href={`/users/${seller.id}`} data-testid="seller-link">
        {seller.name}
      </Link>
      {profile.status === 'ready' ? (
        <>
          <span aria-hidden="true"> · </span>
          <FeedbackSummaryLine counts={profile.profile.feedback} testId="seller-summary" />
          {profile.profile.suspended ? (
            <>
              <span aria-hidden="true"> · </span>
              <strong className="suspended-mark" data-testid="seller-line-suspended">
                {t.profile.suspended}
              </strong>
            </>
          ) : null}
        </>
      ) : null}
    </p>
  );
}
