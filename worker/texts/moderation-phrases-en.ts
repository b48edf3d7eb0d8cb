// The e-mails about moderators' decisions, in English: a listing removed, an
// account suspended, a report decided, an appeal decided.
import type { FlagReason } from '../../core/schemas.ts';
import type { AppealNotice, Phrasebook, RemovalNotice } from './phrasebook.ts';

/** Why a moderator removed an auction or suspended an account, as the web UI says it. */
const MODERATION_REASONS: Record<FlagReason, string> = {
  prohibited: 'a prohibited item',
  counterfeit: 'a counterfeit',
  fraud: 'fraud or a scam',
  offensive: 'offensive content',
  misleading: 'a misleading description',
  other: 'a breach of the platform’s rules',
};

/** What an appeal's decision means for the appellant (a reversed removal's auction stays ended). */
const appealOutcome = (n: AppealNotice) => {
  if (n.outcome === 'upheld') return 'They upheld the decision: it stands.';
  if (n.kind === 'keep') return 'They reversed the decision and took the listing down.';
  if (n.kind === 'removal')
    return (
      'They reversed the decision. The auction stays ended, without a sale, but you may list the ' +
      'item again with "Offer it again" on its page.'
    );
  return n.suspendedNow
    ? 'They reversed that suspension, but a later one, a decision of its own, is in force: you ' +
        'still cannot sign in.'
    : 'They reversed the decision: your account was reinstated and you can sign in again. ' +
        'Bids of yours cancelled with the suspension do not count again.';
};

/** What the removal changes for the person written to, by how the auction stood. */
const removalConsequence = (n: RemovalNotice) => {
  if (n.endedAs === 'cancelled')
    return 'You had already cancelled this auction: nothing changes in it, but its page shows why it was removed.';
  if (n.endedAs === 'closed')
    return n.role === 'seller'
      ? 'The auction had already ended: its result stands, but the listing left the searches ' +
          'and its page shows why it was removed.'
      : 'The auction had already ended and its result stands, but weigh the reason before you ' +
          'pay or take the item. Arremate does not handle payments.';
  return n.role === 'seller'
    ? 'The auction ended without a sale: the bids it had no longer count.'
    : 'The auction ended without a sale: your bids no longer count and there is nothing to pay.';
};

type ModerationEmails = Pick<
  Phrasebook,
  'removalEmail' | 'suspensionEmail' | 'reviewEmail' | 'appealEmail'
>;

/** `auctionLink`: the phrasebook's own line with the auction's page. */
export function moderationEmails({
  auctionLink,
}: {
  auctionLink: (url: string) => string;
}): ModerationEmails {
  return {
    removalEmail: (n) => ({
      subject: `"${n.title}" was removed by the moderators`,
      text: [
        `Hello ${n.name},`,
        '',
        {
          seller: `Arremate’s moderators removed your listing "${n.title}".`,
          bidder: `Arremate’s moderators removed the auction "${n.title}", which you bid on.`,
          buyer: `Arremate’s moderators removed the listing "${n.title}", which you won.`,
        }[n.role] + ` Reason: ${MODERATION_REASONS[n.reason]}.`,
        '',
        removalConsequence(n),
        ...(n.auctionUrl ? ['', auctionLink(n.auctionUrl)] : []),
        '',
        'The Arremate team',
      ].join('\n'),
    }),
    suspensionEmail: (n) => ({
      subject: 'Your Arremate account was suspended',
      text: [
        `Hello ${n.name},`,
        '',
        `Arremate’s moderators suspended your account. Reason: ${MODERATION_REASONS[n.reason]}.`,
        '',
        'You were signed out on every device and cannot sign in until the account is reinstated. ' +
          (n.bidsCancelled
            ? 'Your bids on open auctions were cancelled; those on auctions that have ended still count.'
            : 'Bids already placed still count.'),
        '',
        'The Arremate team',
      ].join('\n'),
    }),
    reviewEmail: (n) => ({
      subject: `Your report about "${n.title}"`,
      text: [
        `Hello ${n.name},`,
        '',
        n.decision === 'removed'
          ? `Arremate’s moderators reviewed your report about "${n.title}" and removed the ` +
            `listing. Reason: ${MODERATION_REASONS[n.reason ?? 'other']}.`
          : `Arremate’s moderators reviewed your report about "${n.title}" and kept the ` +
            'listing: they found no breach of the platform’s rules in it.',
        '',
        'Thank you for telling us. Your reports, and what was decided on each, are in My activity.',
        // The DSA's art. 16(5) and 20: the notice's author may contest a keep.
        ...(n.decision === 'kept'
          ? [
              '',
              'If you disagree, you may appeal this decision within six months, in My activity: ' +
                'another moderator will review it.',
            ]
          : []),
        ...(n.auctionUrl ? ['', auctionLink(n.auctionUrl)] : []),
        '',
        'The Arremate team',
      ].join('\n'),
    }),
    appealEmail: (n) => {
      const decision =
        n.kind === 'removal'
          ? `the removal of your listing "${n.title}"`
          : n.kind === 'keep'
            ? `the decision to keep up the listing "${n.title}"`
            : 'the suspension of your account';
      const upheld = n.outcome === 'upheld';
      return {
        subject: `Your appeal: ${decision} ${upheld ? 'stands' : 'was reversed'}`,
        text: [
          `Hello ${n.name},`,
          '',
          `Arremate’s moderators reviewed your appeal against ${decision} ` +
            `(${n.kind === 'keep' ? 'the reason you reported' : 'reason'}: ${MODERATION_REASONS[n.reason]}).`,
          '',
          appealOutcome(n),
          '',
          'Their reasons:',
          `"${n.reply}"`,
          // The DSA's art. 21: where else a decision the appeal left standing may be contested.
          ...(upheld
            ? [
                '',
                'You may also turn to a certified out-of-court dispute settlement body, or to the courts.',
              ]
            : []),
          ...(n.kind !== 'suspension' && n.auctionUrl ? ['', auctionLink(n.auctionUrl)] : []),
          '',
          'The Arremate team',
        ].join('\n'),
      };
    },
  };
}
