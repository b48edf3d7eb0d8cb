// *Mais deste vendedor* at the foot of an auction's page: a few of the
// seller's other auctions still open (live/seller-items.ts), as the lobby's
// cards, and a link to their profile with all of them. One reading of the
// seller's listings (their first page), not live: the cards' countdowns
// tick, and each card leads to a page that is. Nothing at all when there are
// none or the reading fails — it is a suggestion, not part of the lot.
import { useEffect, useState } from 'react';
import type { CompactAuction, PublicUser } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { useI18n } from '../i18n/i18n.ts';
import { otherOpenAuctions } from '../live/seller-items.ts';
import { Link } from '../routing/link.tsx';
import { OpenAuctionCard } from './auction-card.tsx';

interface SellerOtherItemsProps {
  seller: PublicUser;
  /** The auction shown on the page, left out. */
  auctionId: string;
}

export function SellerOtherItems({ seller, auctionId }: SellerOtherItemsProps) {
  const { t } = useI18n();
  const [items, setItems] = useState<CompactAuction[]>([]);
  useEffect(() => {
    let current = true;
    setItems([]);
    api.userAuctions(seller.id).then(
      (page) => current && setItems(otherOpenAuctions(page.items, auctionId)),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [seller.id, auctionId]);

  if (items.length === 0) return null;
  return (
    <section
      aria-labelledby="seller-items-title"
      className="lobby-section seller-items"
      data-testid="seller-items"
    >
      <h2 id="seller-items-title">{t.auction.sellerItemsTitle}</h2>
      <ul className="card-grid">
        {items.map((auction) => (
          <OpenAuctionCard key={auction.id} auction={auction} />
        ))}
      </ul>
      <p className="seller-items__all">
        <Link href={`/users/${seller.id}`} data-testid="seller-items-profile">
          {t.auction.sellerItemsAll}
        </Link>
      </p>
    </section>
  );
}
