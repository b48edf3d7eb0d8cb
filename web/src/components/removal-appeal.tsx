// Under the banner of an auction a moderator removed, for its seller: the
// appeal against the removal (the DSA's art. 20). While there is none, the
// appeal's form (appeal-form.tsx). Sent (or found: GET /api/auctions/:id/appeal),
// it gives way to the appeal's state, which takes the focus when just sent.
// Read again when a moderator decides it (`appeal:decided` reaches the
// seller's devices, upheld or reversed) and when the auction says the removal
// was reversed, so the moderators' reply shows at once.
import { useEffect, useState } from 'react';
import type { Auction } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { useI18n } from '../i18n/i18n.ts';
import { getSocket } from '../live/socket.ts';
import { useAppeal } from '../live/use-appeal.ts';
import { AppealForm } from './appeal-form.tsx';
import { AppealStatus } from './appeal-status.tsx';

export function RemovalAppeal({ auction }: { auction: Auction }) {
  const { t } = useI18n();
  const [justSent, setJustSent] = useState(false);
  // Bumped to read the appeal again (made on another device meanwhile).
  const [readings, setReadings] = useState(0);
  const reversed = auction.removalReversed === true;
  const [reading, shown] = useAppeal(
    () => api.removalAppeal(auction.id),
    `${auction.id} ${reversed} ${readings}`,
  );

  useEffect(() => {
    const socket = getSocket();
    const onDecided = ({ auctionId }: { auctionId: string | null }) => {
      if (auctionId === auction.id) setReadings((count) => count + 1);
    };
    socket.on('appeal:decided', onDecided);
    return () => {
      socket.off('appeal:decided', onDecided);
    };
  }, [auction.id]);

  if (reading.status === 'loading') return null;
  const appeal = reading.status === 'ready' ? reading.appeal : null;
  return (
    <section className="panel appeal" aria-labelledby="appeal-title" data-testid="removal-appeal">
      <h2 id="appeal-title">{appeal ? t.appeals.yourAppeal : t.appeals.removalTitle}</h2>
      {reading.status === 'failed' ? (
        <p role="alert">{t.appeals.loadFailed}</p>
      ) : appeal ? (
        <AppealStatus appeal={appeal} focus={justSent} />
      ) : (
        <AppealForm
          id="removal-appeal-text"
          label={t.appeals.removalLabel}
          send={async (text) => {
            const { appeal: sent } = await api.appealRemoval(auction.id, text);
            shown(sent);
            setJustSent(true);
          }}
          onAlreadyAppealed={() => {
            // Appealed from another device: read it and show it instead of the form.
            setJustSent(true);
            setReadings((n) => n + 1);
          }}
        />
      )}
    </section>
  );
}
