// After a sale, its seller and its buyer see each other's name and e-mail
// (GET /api/auctions/:id/contact), to arrange payment and delivery — the
// winner's e-mail says to expect the seller's contact, and without a mail
// relay this panel is the only way it comes. Nobody else is shown anything.
import { useEffect, useState } from 'react';
import type { Auction, SaleContact } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { useI18n } from '../i18n/i18n.ts';

export function SaleContactPanel({ auction, viewerId }: { auction: Auction; viewerId: string }) {
  const { t } = useI18n();
  const [contact, setContact] = useState<SaleContact | null>(null);
  /** The other party deleted their account: their role and the name they had. */
  const [gone, setGone] = useState<{ role: SaleContact['role']; name: string } | null>(null);
  useEffect(() => {
    let current = true;
    api.saleContact(auction.id).then(
      (found) => current && setContact(found),
      (error: unknown) => {
        if (current && error instanceof ApiError && error.code === 'ACCOUNT_DELETED')
          setGone({
            role: error.details.role === 'seller' ? 'seller' : 'buyer',
            name: String(error.details.name ?? ''),
          });
        // Otherwise not a party, or not sold after all: nothing to show.
      },
    );
    return () => {
      current = false;
    };
  }, [auction.id, viewerId]);
  const shown = contact ?? gone;
  if (!shown) return null;
  return (
    <section className="panel" aria-labelledby="contact-title" data-testid="sale-contact">
      <h2 id="contact-title">{shown.role === 'buyer' ? t.contact.buyer : t.contact.seller}</h2>
      {contact ? (
        <>
          <p>
            {contact.name} — <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </p>
          <p className="note">{t.contact.explain}</p>
        </>
      ) : (
        <p>{t.contact.deleted(shown.name)}</p>
      )}
    </section>
  );
}
