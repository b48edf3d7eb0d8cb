// On each item of the moderators' queue, beside the decisions on the auction:
// *Suspender vendedor* (their account, their open auctions and their bids on
// open auctions when asked),
// or *Reativar conta* once the seller is suspended — here, on another item of
// theirs, or before the page was read. The buttons' names add the seller's
// name: the page lists several items.
import type { FlagReason, PublicUser } from '../../../core/schemas.ts';
import type { SuspendChoices } from '../forms/suspension.ts';
import { useI18n } from '../i18n/i18n.ts';
import { ReinstateAccount } from './reinstate-account.tsx';
import { SuspendAccount } from './suspend-account.tsx';

/** The id of the box whose button takes the focus after a suspension or a reinstatement. */
export const sellerActionsId = (auctionId: string) => `flagged-${auctionId}-seller`;

interface SuspendSellerProps {
  auctionId: string;
  seller: PublicUser;
  suspended: boolean;
  /** The reason offered first (the removal's). */
  initialReason: FlagReason;
  suspend(reason: FlagReason, choices: SuspendChoices): Promise<unknown>;
  reinstate(): Promise<unknown>;
}

export function SuspendSeller(props: SuspendSellerProps) {
  const { t } = useI18n();
  const { auctionId, seller } = props;
  return (
    <div id={sellerActionsId(auctionId)} className="flagged__seller">
      {props.suspended ? (
        <ReinstateAccount
          label={`${t.suspension.reinstate}: ${seller.name}`}
          reinstate={props.reinstate}
        />
      ) : (
        <SuspendAccount
          id={`suspend-seller-${auctionId}`}
          name={seller.name}
          trigger={t.suspension.suspendSeller}
          triggerLabel={`${t.suspension.suspendSeller}: ${seller.name}`}
          initialReason={props.initialReason}
          suspend={props.suspend}
        />
      )}
    </div>
  );
}
