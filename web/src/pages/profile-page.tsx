// `/users/:id`: what anyone may see of an account — its name, since when it
// is a member, the feedback it received (at a glance, by kind, then each one,
// the latest first, a page at a time) and the auctions it listed, open ones
// live; on one's own, a rating without an answer may be answered; how many
// times it took back a bid, when it did (eBay shows it, so retracting to find
// out a rival's maximum shows). Never its e-mail. An unknown or deleted account: *Perfil não encontrado*.
// Someone signed in, on another's profile, may block them from their auctions.
// Moderators also see what moderation knows of the account, and may suspend
// or reinstate it (account-moderation.tsx); nobody else is sent any of it.
import { useEffect } from 'react';
import { api } from '../api/endpoints.ts';
import { AccountModeration } from '../components/account-moderation.tsx';
import { AuctionListSection } from '../components/auction-list-section.tsx';
import { BlockUser } from '../components/block-user.tsx';
import { FeedbackReceived } from '../components/feedback-received.tsx';
import { FeedbackCountsList, FeedbackSummaryLine } from '../components/feedback-summary.tsx';
import { formatCount, formatMonthYear } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';
import { mayBlock } from '../live/blocked-users.ts';
import { useAuctionList } from '../live/use-auction-list.ts';
import { usePages } from '../live/use-pages.ts';
import { useProfile } from '../live/use-profile.ts';
import { Link } from '../routing/link.tsx';
import { sessionStore } from '../session/session-store.ts';
import { useStore } from '../store.ts';

export function ProfilePage({ userId }: { userId: string }) {
  const { t, locale } = useI18n();
  const profile = useProfile(userId);
  const session = useStore(sessionStore);
  const viewerId = session?.user.id ?? null;
  const received = usePages((cursor) => api.userFeedback(userId, cursor), userId);
  // New listings of theirs join while the page is open, like *Minhas vendas*.
  const listed = useAuctionList(
    (cursor) => api.userAuctions(userId, cursor),
    userId,
    (auction) => auction.seller.id === userId,
  );
  const name = profile.status === 'ready' ? profile.profile.name : null;
  useEffect(() => {
    if (name !== null) document.title = `${name} — ${t.appName}`;
  }, [name, t]);

  if (profile.status === 'notFound' || profile.status === 'failed')
    return (
      <div className="panel narrow" data-testid="profile-missing">
        <h1>{profile.status === 'notFound' ? t.profile.notFound : t.profile.loadFailed}</h1>
        {profile.status === 'notFound' ? <p>{t.profile.notFoundExplain}</p> : null}
        <Link href="/">{t.profile.backToLobby}</Link>
      </div>
    );
  if (profile.status === 'loading')
    return (
      <p aria-busy="true" className="empty">
        …
      </p>
    );

  const { memberSince, feedback } = profile.profile;
  // A server from before retractions sends no count: none to show.
  const retractions = profile.profile.bidRetractions ?? 0;
  return (
    <>
      <section className="panel profile" aria-labelledby="profile-name" data-testid="profile">
        <h1 id="profile-name">{profile.profile.name}</h1>
        <p className="profile__since" data-testid="member-since">
          {t.profile.memberSince(formatMonthYear(memberSince, locale))}
        </p>
        {/* Moderators read the standing, live, in their panel below. */}
        {profile.profile.suspended && !session?.user.moderator ? (
          <p className="profile__suspended" data-testid="profile-suspended">
            <strong className="suspended-mark">{t.profile.suspended}</strong>{' '}
            {t.profile.suspendedExplain}
          </p>
        ) : null}
        <p className="profile__summary">
          <FeedbackSummaryLine counts={feedback} testId="profile-summary" />
        </p>
        {feedback.positive + feedback.neutral + feedback.negative > 0 ? (
          <FeedbackCountsList counts={feedback} />
        ) : null}
        {retractions > 0 ? (
          <p className="profile__retractions" data-testid="profile-retractions">
            {t.profile.bidRetractions}: <strong>{formatCount(retractions, locale)}</strong>
          </p>
        ) : null}
        {viewerId !== null && mayBlock(viewerId, userId) ? (
          <BlockUser user={{ id: userId, name: profile.profile.name }} viewerId={viewerId} />
        ) : null}
      </section>
      {session?.user.moderator ? <AccountModeration userId={userId} /> : null}
      <FeedbackReceived received={received} viewerId={viewerId} />
      <AuctionListSection
        id="listings"
        title={t.profile.auctionsTitle(profile.profile.name)}
        empty={t.profile.auctionsEmpty}
        list={listed}
        failedText={t.profile.auctionsFailed}
        moreLabel={t.profile.moreAuctions}
      />
    </>
  );
}
