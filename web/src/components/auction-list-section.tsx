// A page's section listing auctions, live: open ones as cards, soonest-ending
// first, then the finished ones as rows, latest first, and *Mostrar mais*
// while pages remain — *Minha atividade*'s lists and a profile's listings.
import type { ReactNode } from 'react';
import type { CompactAuction } from '../../../core/schemas.ts';
import { useI18n } from '../i18n/i18n.ts';
import { splitByStatus } from '../live/auction-list-state.ts';
import type { AuctionList } from '../live/use-auction-list.ts';
import { ClosedAuctionRow, OpenAuctionCard } from './auction-card.tsx';
import { LoadMore } from './load-more.tsx';

interface AuctionListSectionProps {
  /** The section's test id, and its heading's id with `-title`. */
  id: string;
  title: string;
  empty: string;
  list: AuctionList;
  /** Said when reading (a further page) failed. */
  failedText: string;
  /** The button's label; default *Mostrar mais*. */
  moreLabel?: string;
  /** What the page adds about the viewer on each auction, e.g. "you are winning". */
  note?: (auction: CompactAuction) => ReactNode;
}

export function AuctionListSection(props: AuctionListSectionProps) {
  const { t } = useI18n();
  const { id, list, note } = props;
  const { open, finished } = splitByStatus(list.items);
  return (
    <section aria-labelledby={`${id}-title`} className="lobby-section" data-testid={id}>
      <h2 id={`${id}-title`}>{props.title}</h2>
      {list.status === 'failed' ? <p role="alert">{props.failedText}</p> : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <p className="empty">{props.empty}</p>
      ) : null}
      <ul className="card-grid" aria-busy={list.status === 'loading'}>
        {open.map((auction) => (
          <OpenAuctionCard key={auction.id} auction={auction} note={note?.(auction)} />
        ))}
      </ul>
      {finished.length > 0 ? (
        <>
          <h3 className="activity__finished">{t.activity.finishedTitle}</h3>
          <ul className="closed-list">
            {finished.map((auction) => (
              <ClosedAuctionRow key={auction.id} auction={auction} note={note?.(auction)} />
            ))}
          </ul>
        </>
      ) : null}
      <LoadMore
        pager={list}
        label={props.moreLabel ?? t.activity.showMore}
        failedText={props.failedText}
      />
    </section>
  );
}
