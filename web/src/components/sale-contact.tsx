// After a sale, its seller and its buyer see each other's name and e-mail
// (GET /api/auctions/:id/contact), to arrange payment and delivery — the
// winner's e-mail says to expect the seller's contact, and without a mail
// relay this panel is the only way it comes. Nobody else is shown anything.
import { useEffect, useState } from 'react';
import type { Auction, SaleContact } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { useI18n } from '../i18n/i18n.ts';

export function SaleContactPanel({ auction, viewerId }: { auction: Auction; viewerId: string }) {
  const { t } = useI18n();
  const [contact, setContact] = useState<SaleContact | null>(null);
  useEffect(() => {
    let current = true;
    api.saleContact(auction.id).then(
      (found) => current && setContact(found),
      () => undefined, // not a party, or not sold after all: nothing to show
    );
    return () => {
      current = false;
    };
  }, [auction.id, viewerId]);
  if (!contact) return null;
  return (
    <section className="panel" aria-labelledby="contact-title" data-testid="sale-contact">
      <h2 id="contact-title">{contact.role === 'buyer' ? t.contact.buyer : t.contact.seller}</h2>
      <p>
        {contact.name} — <a href={`mailto:${contact.email}`}>{contact.email}</a>
      </p>
      <p className="note">{t.contact.explain}</p>
    </section>
  );
}
