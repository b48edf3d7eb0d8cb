// Under the banner of an auction a moderator removed, for its seller: the
// appeal against the removal (the DSA's art. 20). While there is none, a
// small form — why the removal should be reviewed, at most 2000 characters,
// a blank text refused in place, a sentence saying who reads it and how the
// answer comes. Sent (or found: GET /api/auctions/:id/appeal), it gives way
// to the appeal's state, which takes the focus when just sent. Read again
// when a moderator decides it (`appeal:decided` reaches the seller's
// devices, upheld or reversed) and when the auction says the removal was
// reversed, so the moderators' reply shows at once.
import { useEffect, useState } from 'react';
import type { Appeal, Auction } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { APPEAL_MAX_LENGTH } from '../forms/appeal.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { getSocket } from '../live/socket.ts';
import { useI18n } from '../i18n/i18n.ts';
import { AppealStatus } from './appeal-status.tsx';
import { QuestionTextForm } from './question-text-form.tsx';

type Reading =
  { status: 'loading' } | { status: 'ready'; appeal: Appeal | null } | { status: 'failed' };

export function RemovalAppeal({ auction }: { auction: Auction }) {
  const { t } = useI18n();
  const [reading, setReading] = useState<Reading>({ status: 'loading' });
  const [justSent, setJustSent] = useState(false);
  // Bumped to read the appeal again (made on another device meanwhile).
  const [readings, setReadings] = useState(0);
  const reversed = auction.removalReversed === true;

  useEffect(() => {
    let current = true;
    api.removalAppeal(auction.id).then(
      ({ appeal }) => current && setReading({ status: 'ready', appeal }),
      () =>
        current && setReading((shown) => (shown.status === 'ready' ? shown : { status: 'failed' })),
    );
    return () => {
      current = false;
    };
  }, [auction.id, reversed, readings]);

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
        <QuestionTextForm
          id="removal-appeal-text"
          label={t.appeals.removalLabel}
          hint={t.appeals.explain}
          maxLength={APPEAL_MAX_LENGTH}
          rows={5}
          submitLabel={t.appeals.send}
          blank={t.appeals.blank}
          describeError={errorMessage}
          send={async (text) => {
            const { appeal: sent } = await api.appealRemoval(auction.id, text);
            setReading({ status: 'ready', appeal: sent });
            setJustSent(true);
          }}
          onRefused={(error) => {
            // Appealed from another device: show that one instead of the form.
            if (error instanceof ApiError && error.code === 'ALREADY_APPEALED') {
              setJustSent(true);
              setReadings((n) => n + 1);
            }
          }}
        />
      )}
    </section>
  );
}
