// English catalogue. Typed as Messages, so a missing or extra key fails typecheck.
import { CATEGORY_NAMES } from '../../../core/category-names.ts';
import type { Messages } from './messages-pt-br.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
/** After a suspension's sentence: the open auctions removed with it (null: not asked). */
const removedWith = (removed: number | null) =>
  removed === null
    ? ''
    : removed === 0
      ? '; there were no open listings to remove'
      : `; ${removed} open ${plural(removed, 'listing', 'listings')} removed`;
/** A sentence after a suspension's: the open auctions its bids were cancelled on (null: not asked). */
const bidsCancelledOnText = (auctions: number | null) =>
  auctions === null
    ? ''
    : auctions === 0
      ? ' It had no bids on open auctions.'
      : ` Its bids were cancelled on ${auctions} open ${plural(auctions, 'auction', 'auctions')}.`;
/** A saved search's words and category, after "search": “watch”, in Books, “watch” in Books. */
const searchWords = (query: string, category: string | null) =>
  [query && `“${query}”`, category && `in ${category}`].filter(Boolean).join(' ');
/** Titles in quotes, as a list: “Record player”, “Watch”, and “Camera”. */
const titleList = (titles: readonly string[]) =>
  new Intl.ListFormat('en').format(titles.map((title) => `“${title}”`));

export const en: Messages = {
  appName: 'Arremate',
  skipToContent: 'Skip to content',
  nav: {
    main: 'Main navigation',
    lobby: 'Auctions',
    newAuction: 'New auction',
    signIn: 'Sign in',
    signUp: 'Sign up',
    signOut: 'Sign out',
    watchlist: 'My watchlist',
    activity: 'My activity',
    moderation: 'Moderation',
    signedInAs: (name) => `Signed in as ${name}`,
    switchLanguage: 'Português',
    switchLanguageLabel: 'Mudar para português',
  },
  connection: {
    connected: 'Live',
    connecting: 'Connecting…',
    disconnected: 'Offline — reconnecting…',
  },
  lobby: {
    title: 'Open auctions',
    empty: 'No open auctions right now. Why not create the first one?',
    closedTitle: 'Recently closed',
    closedEmpty: 'No closed auctions yet.',
    showMore: 'Show more auctions',
    orderLabel: 'Sort',
    orderEnding: 'Ending soonest',
    orderNewest: 'Newly listed',
    listedAt: (when: string) => `Listed ${when}`,
    loadFailed: 'Could not load the auctions.',
    newAuctionAnnounced: (title) => `New auction: ${title}`,
    searchLabel: 'Search open auctions',
    searchPlaceholder: 'E.g. pocket watch',
    resultsTitle: (query) => `Open auctions matching “${query}”`,
    categoryTitle: (category) => `Open auctions in ${category}`,
    categoryResultsTitle: (category, query) => `Open auctions in ${category} matching “${query}”`,
    noResults: 'No open auction has all those words in its title.',
    noCategoryResults: (category) => `No open auctions in ${category} right now.`,
    searchFailed: 'Could not search right now. Please try again.',
    categoryLabel: 'Category',
    allCategories: 'All categories',
    clearFilters: 'Clear search and category',
    statusLabel: 'Show',
    statusOpen: 'Open',
    statusClosed: 'Ended (last 90 days)',
    endedSearchLabel: 'Search ended auctions',
    endedTitle: 'Auctions ended in the last 90 days',
    endedHint: 'Type words of the title or choose a category to see what such items sold for.',
    endedResultsTitle: (query) => `Ended in the last 90 days matching “${query}”`,
    endedCategoryTitle: (category) => `Ended in the last 90 days in ${category}`,
    endedCategoryResultsTitle: (category, query) =>
      `Ended in the last 90 days in ${category} matching “${query}”`,
    endedNoResults: 'No auction ended in the last 90 days has all those words in its title.',
    endedNoCategoryResults: (category) => `No auctions in ${category} ended in the last 90 days.`,
  },
  categories: CATEGORY_NAMES['en'],
  flagReasons: {
    prohibited: 'Prohibited item',
    counterfeit: 'Counterfeit',
    fraud: 'Fraud or scam',
    offensive: 'Offensive content',
    misleading: 'Misleading description',
    other: 'Other reason',
  },
  auction: {
    currentPrice: 'Current bid',
    startingPrice: 'Starting price',
    minimumBid: 'Minimum bid',
    leader: 'Leading',
    noLeader: 'Nobody yet',
    noWinnerShort: 'None',
    startsIn: 'Starts in',
    seller: 'Seller',
    sellerItemsTitle: 'More from this seller',
    sellerItemsAll: 'See the profile and all listings',
    bidCount: (n) => `${n} ${plural(n, 'bid', 'bids')}`,
    bidsLabel: 'Bids',
    you: 'you',
    endsIn: 'Ends in',
    endsAt: 'Ends',
    closing: 'Closing…',
    closed: 'Closed',
    closedAt: 'Closed at',
    cancelledAt: 'Cancelled at',
    winner: 'Winner',
    finalPrice: 'Final price',
    youWon: (amount) => `You won this lot for ${amount}!`,
    wonBy: (name, amount) => `Won by ${name} for ${amount}.`,
    closedNoBids: 'The auction ended without bids.',
    youBoughtNow: (amount) => `You bought this lot with Buy It Now for ${amount}!`,
    boughtNowBy: (name, amount) => `Bought by ${name} with Buy It Now for ${amount}.`,
    reserveNotMet: 'Ended unsold: the reserve price was not met.',
    cancelled: 'Cancelled',
    open: 'Open',
    cancelledBySeller: 'The seller cancelled this auction.',
    removed: 'Removed by the moderators',
    removedFor: (reason) => `Removed by the moderators: ${reason}.`,
    removedAt: 'Removed on',
    removedNoSale: 'The auction ended without a sale.',
    removedAfterSale:
      'The auction had already ended: the listing left the searches, and the sale still stands between the seller and the buyer.',
    removedAfterEnd: 'The auction had already ended: the listing left the searches.',
    youLead: 'You are in the lead.',
    outbid: (name, amount) => `You have been outbid: ${name} offered ${amount}.`,
    softClose: (window) => `Bids in the last ${window} extend the auction.`,
    hardDeadline: (when) => `Extensions never go past ${when}.`,
    corrected:
      'The seller corrected the title, description or category of this auction while you were looking.',
    category: 'Category',
    extended: (time) => `Auction extended: a last-minute bid moved the end to ${time}.`,
    reserveMet: 'Reserve price met',
    reserveNotMetYet: 'Reserve price not met',
    automaticBid: 'automatic',
    buyNowBid: 'buy it now',
    cancelledBid: 'Cancelled by the moderators',
    retractedBid: 'Bid retracted',
    sellerCancelledBid: 'Cancelled by the seller',
    minIncrement: (amount) => `Minimum increment: ${amount}`,
    description: 'Description',
    noDescription: 'No description.',
    history: 'Bid history',
    historyEmpty: 'No bids yet. Be the first!',
    historyEmptyFinished: 'No bids.',
    historyShowing: (shown, total, cancelled, notModeration) =>
      `Showing ${shown} of ${total} bids${cancelled === 0 ? '' : notModeration ? ` (${cancelled} retracted or cancelled)` : ` (${cancelled} cancelled by the moderators)`}.`,
    loadOlder: 'Load earlier bids',
    notFound: 'Auction not found.',
    loadFailed: 'Could not load the auction.',
    backToLobby: 'Back to the auctions',
    announceBid: (name, amount) => `New bid from ${name}: ${amount}`,
    announceClosed: 'The auction has closed.',
    announceBidsCancelled: (leader, amount) =>
      leader === null
        ? `The moderators cancelled bids on this auction. No bid stands now: starting price ${amount}.`
        : `The moderators cancelled bids on this auction. ${leader} leads at ${amount}.`,
    announceBidRetracted: (leader, amount) =>
      leader === null
        ? `A bid on this auction was retracted. No bid stands now: starting price ${amount}.`
        : `A bid on this auction was retracted. ${leader} leads at ${amount}.`,
    announceSellerCancelled: (leader, amount) =>
      leader === null
        ? `The seller cancelled a bidder’s bids on this auction. No bid stands now: starting price ${amount}.`
        : `The seller cancelled a bidder’s bids on this auction. ${leader} leads at ${amount}.`,
    announceRemoved: 'This auction was removed by the moderators.',
    announceRemovedAfterEnd: 'This ended auction was removed by the moderators; its result stands.',
  },
  bidForm: {
    legend: 'Place a bid',
    amount: 'Your bid (R$)',
    amountHint: (minimum) => `Minimum ${minimum}. E.g. 1,234.56`,
    submit: 'Place bid',
    submitting: 'Sending…',
    accepted: (amount) => `Bid of ${amount} accepted. You are in the lead!`,
    toppedByAutomatic: (amount) =>
      `Bid of ${amount} accepted, but it was topped by someone else’s automatic bid.`,
    leadingWithMax: (amount, max) =>
      `Bid of ${amount} accepted. You lead with automatic bidding up to your maximum of ${max}.`,
    ownBidRetracted: (amount) => `Your bid of ${amount} was retracted.`,
    ownBidCancelled: (amount) => `The moderators cancelled your bid of ${amount}.`,
    ownBidCancelledBySeller: (amount) => `The seller cancelled your bid of ${amount}.`,
    maxAmount: 'Maximum bid (automatic, R$)',
    maxAmountHint:
      'Optional and secret: the system answers other bids for you, one increment higher, up to this amount.',
    maxBelowAmount: 'The maximum cannot be lower than your bid.',
    ownMax: (max) =>
      `Your maximum bid: ${max}. Only you see it (kept on this device); the system bids for you up to it.`,
    ownMaxPassed: (max) => `Your maximum of ${max} has been passed.`,
    notStarted: (time) => `The auction has not started yet: bidding opens at ${time}.`,
    signInToBid: 'Sign in to place bids.',
    ownAuction: 'This is your auction: you can watch it but not bid.',
    largeAmount: (amount, times, minimum) =>
      `You are about to bid ${amount} — ${times} times the minimum bid (${minimum}).`,
    largeMax: (max, times, minimum) =>
      `Your maximum (automatic) bid will be ${max} — ${times} times the minimum bid (${minimum}).`,
    largeConfirmQuestion: 'Confirm?',
    largeConfirm: 'Confirm bid',
  },
  raiseMax: {
    legend: 'Raise my maximum bid',
    explain:
      'You are leading: the price does not move. Your new secret maximum answers anyone who bids more.',
    amount: 'New maximum bid (R$)',
    submit: 'Save maximum',
    saved: (max) => `Done: your maximum bid is now ${max}.`,
    savedAtReserve: (max, price) =>
      `Done: your maximum bid is now ${max}. It reached the reserve, and your bid rose to ${price}.`,
  },
  buyNow: {
    title: 'Buy It Now',
    explain: 'Buy now at a fixed price: the auction ends at once and the lot is yours.',
    chip: (price) => `Buy It Now: ${price}`,
    button: (price) => `Buy It Now for ${price}`,
    question: (price) => `Buy this lot for ${price}? The auction ends now and you commit to pay.`,
    confirm: (price) => `Confirm purchase for ${price}`,
    signIn: (price) => `Sign in to buy it now for ${price}.`,
  },
  retraction: {
    button: 'Retract my bid',
    questionAll: (hours) =>
      `Retract your bids? More than ${hours} hours remain before the auction ends: all your bids on it will be withdrawn. The retraction shows on your public profile for six months.`,
    questionLatest: (hours, within) =>
      `Retract your latest bid? In an auction’s last ${hours} hours only your latest bid can be retracted, and only within ${within} ${plural(within, 'hour', 'hours')} of placing it. The retraction shows on your public profile for six months.`,
    confirm: 'Yes, retract',
    doneOne: (amount) => `Done: your bid of ${amount} was retracted.`,
    doneLatest: 'Done: your latest bid was retracted.',
    doneAll: (count) =>
      count === 0
        ? 'Done: your bids on this auction were retracted.'
        : `Done: your ${count} bids on this auction were retracted.`,
    nowLeader: (name, amount) => `${name} leads, at ${amount}.`,
    nowYou: (amount) => `You are still in the lead, at ${amount}.`,
    nowNobody: (amount) => `No bid stands now: starting price ${amount}.`,
    noBid: 'You have no standing bid on this auction to retract.',
    windowClosed: (hours, within) =>
      `This bid can no longer be retracted: in an auction’s last ${hours} hours only the latest bid can be retracted, and only within ${within} ${plural(within, 'hour', 'hours')} of placing it.`,
    auctionClosed: 'This auction has ended: bids can no longer be retracted.',
  },
  sellerPanel: {
    title: 'Your auction',
    canCancel: 'Until someone bids, you can correct the listing or cancel it.',
    cancelAfterBids:
      'While bids stand, the auction can be cancelled only once you have cancelled each bidder’s bids, below the bid history.',
    cancelHasBids:
      'Bids stand on this auction: to cancel it, first cancel each bidder’s bids, under “Cancel a bidder’s bids” below the bid history.',
    cancel: 'Cancel auction',
    question: 'Cancel this auction? Everyone watching is told, and it cannot be undone.',
    confirm: 'Yes, cancel the auction',
    edit: 'Correct the title, description or category',
    editTitle: 'Title',
    editDescription: 'Description',
    editCategory: 'Category',
    save: 'Save the correction',
    back: 'Go back',
    saved: 'Listing corrected. Everyone watching sees the new version now.',
  },
  photos: {
    galleryLabel: 'Photos',
    alt: (n, total, title) => `Photo ${n} of ${total}: ${title}`,
    managerTitle: 'Photos of the listing',
    count: (n, max) => `${n} of ${max} photos.`,
    cover: 'cover',
    nth: (n) => `Photo ${n}`,
    add: 'Add photos',
    addHint: (room, mebibytes) =>
      `JPEG, PNG, WebP or AVIF, up to ${mebibytes} MB each. Room for ${room} more.`,
    full: (max) => `The auction has ${max} photos, the most it can have.`,
    sending: (n, total) => `Uploading ${n} of ${total}…`,
    added: (n) => `${n} ${plural(n, 'photo', 'photos')} added.`,
    notAdded: 'Could not add:',
    failure: (fileName, reason) => `${fileName}: ${reason}`,
    remove: (n) => `Remove photo ${n}`,
    removeQuestion: 'Remove this photo? People following the auction will no longer see it.',
    removeConfirm: 'Yes, remove it',
    removed: 'Photo removed.',
    makeCover: (n) => `Make photo ${n} the cover`,
    coverChosen: (n) => `Photo ${n} is now the cover, first in the gallery and on the cards.`,
    keptAfterBids:
      'After the first bid, photos can no longer be removed (bidders saw them), but you can still add more.',
    hasBids: 'This auction already has bids: its photos can no longer be removed.',
    pick: 'Photos (optional)',
    pickHint: (max, mebibytes) =>
      `Up to ${max} photos, JPEG, PNG, WebP or AVIF, up to ${mebibytes} MB each, in the order you pick them: the first is the cover. You can add or remove photos later, on the auction page.`,
    chosen: 'Chosen photos',
    pickedMax: (max) => `${max} photos chosen, the most an auction can have.`,
    unpick: 'Remove',
    sendingAfterCreate: (n, total) => `Uploading photo ${n} of ${total}…`,
    handedOver: 'The auction is listed, but these photos were not added. Try again here:',
    handedOverMixed: 'The auction is listed, but its photos are not quite as you chose. Check:',
    previewAlt: (fileName) => `Preview of ${fileName}`,
    earlierTitle: 'Photos of the earlier listing',
    earlierHint:
      'They are copied to the new auction, in this order, before the photos you pick below. Untick the ones you do not want.',
    keep: (n) => `Keep photo ${n}`,
    earlierFull: (max) =>
      `With the photos picked below, the auction has ${max}, the most it can have: to keep another, remove one of them.`,
    pickAfter: (kept, room) =>
      `They come after the ${plural(kept, 'photo', `${kept} photos`)} of the earlier listing: room for ${room} more.`,
    copying: 'Copying the photos of the earlier listing…',
    notCopied: (reason) => `Photos of the earlier listing: ${reason}`,
    notRemoved: (n, reason) =>
      `Photo ${n}, from the earlier listing, which you left out, is still in the auction: ${reason}`,
  },
  confirm: {
    back: 'Go back',
  },
  watchlist: {
    title: 'My watchlist',
    explain:
      'Auctions you follow. You are told on any page when one of them is ending or when your bid is topped.',
    watch: 'Watch',
    watching: 'On my watchlist',
    watcherCount: (n: number) => `${n} ${plural(n, 'person is', 'people are')} watching`,
    failed: 'Could not update your watchlist.',
    empty: 'Your watchlist is empty. Use “Watch” on the auctions you care about.',
    finishedTitle: 'Finished',
    loadFailed: 'Could not load your watchlist.',
    signInFirst: 'Sign in to see your watchlist.',
  },
  activity: {
    title: 'My activity',
    buyingTitle: 'My bids',
    buyingEmpty: 'You have not bid yet. Auctions you bid on show up here.',
    sellingTitle: 'My sales',
    sellingEmpty: 'You have not put anything up for sale yet.',
    pendingTitle: 'Feedback to leave',
    pendingRate: {
      seller: (name) => `Rate the buyer: ${name}`,
      buyer: (name) => `Rate the seller: ${name}`,
    },
    pendingUntil: (date) => `until ${date}`,
    questionsTitle: 'My questions',
    questionsEmpty:
      'You have not asked any questions yet. The ones you ask sellers show up here, with their answers.',
    auctionGone: 'An auction that no longer exists',
    reportsTitle: 'My reports',
    reportReason: (reason) => `Reason: ${reason}`,
    reportedOn: (date) => `Reported on ${date}`,
    reportStatus: {
      pending: 'Awaiting review',
      kept: 'Reviewed: the listing was kept',
      removed: 'The listing was removed by the moderators',
    },
    showMore: 'Show more',
    finishedTitle: 'Finished',
    loadFailed: 'Could not load your activity.',
    signInFirst: 'Sign in to see your bids and your sales.',
    standing: {
      leading: 'You are winning',
      outbid: 'You have been outbid',
      won: 'You won',
      lost: 'Not this time',
    },
  },
  alerts: {
    outbid: (title) => `You have been outbid on “${title}”.`,
    bidsCancelled: (title, price) =>
      `The moderators cancelled bids by a suspended account on “${title}”. You are in the lead, at ${price}.`,
    bidRetracted: (title, price) =>
      `A bid was retracted on “${title}”. You are in the lead, at ${price}.`,
    bidsCancelledBySeller: (title, price) =>
      `The seller cancelled a bidder’s bids on “${title}”. You are in the lead, at ${price}.`,
    ownBidsCancelled: (title) =>
      `The seller cancelled your bids on “${title}”. You may bid again while it is open.`,
    endingSoon: (title, time) => `“${title}” ends soon, at ${time}.`,
    endingSoonUntitled: (time) => `An auction on your watchlist ends soon, at ${time}.`,
    won: (title, amount) => `You won “${title}” for ${amount}!`,
    sold: (title, amount) => `Your auction “${title}” sold for ${amount}.`,
    unsold: (title) => `Your auction “${title}” ended without a sale.`,
    reserveNotMet: (title) => `“${title}” ended below its reserve price: there was no sale.`,
    questionAsked: (title) => `New question on “${title}”.`,
    questionAnswered: (title) => `The seller answered your question on “${title}”.`,
    feedbackLeft: (name, rating, title) =>
      title ? `${name} rated you: ${rating} — “${title}”.` : `${name} rated you: ${rating}.`,
    seeFeedback: 'See the feedback',
    feedbackReplied: (name, title) =>
      title
        ? `${name} replied to your feedback on “${title}”.`
        : `${name} replied to your feedback.`,
    removed: (title, reason) =>
      reason
        ? `Your listing “${title}” was removed by the moderators: ${reason}.`
        : `Your listing “${title}” was removed by the moderators.`,
    removedEnded: (title, reason, sold) => {
      const why = reason ? `: ${reason}` : '';
      return sold
        ? `Your listing “${title}”, already sold, was removed by the moderators${why}. The sale stands.`
        : `Your ended listing “${title}” was removed by the moderators${why}.`;
    },
    reportDecided: (title, kept) => {
      const report = title ? `Your report about “${title}”` : 'Your report';
      return kept
        ? `${report} was reviewed: the listing was kept. If you disagree, you can appeal in My activity.`
        : `${report} was reviewed: the listing was removed.`;
    },
    seeReports: 'See my reports',
    searchMatched: (query, category, title) =>
      query || category
        ? `New listing for your search ${searchWords(query, category)}: ${title}`
        : `New listing for one of your searches: ${title}`,
    bidAgain: 'Bid again',
    answer: 'Answer',
    seeAnswer: 'See the answer',
    open: 'View auction',
    dismiss: 'Dismiss alert',
  },
  time: {
    seconds: (n) => `${n} ${plural(n, 'second', 'seconds')}`,
    minutes: (n) => `${n} ${plural(n, 'minute', 'minutes')}`,
  },
  report: {
    title: 'Auction report',
    pending: 'The report is being written…',
    failed: 'Could not load the report.',
    report: 'Report',
    email: 'E-mail to the winner',
    noEmail: 'No winner, no e-mail.',
    post: 'Announcement',
    byMock: 'Automatic text, assembled from the auction’s data (not AI).',
    byModel: (model) => `Written by AI (${model}).`,
  },
  questions: {
    title: 'Questions to the seller',
    loading: 'Loading the questions…',
    loadFailed: 'The questions could not be loaded.',
    retry: 'Try again',
    empty: 'Nobody has asked anything yet.',
    number: (n) => `Question ${n}`,
    answerTitle: 'The seller’s answer',
    pending: 'Waiting for the seller’s answer',
    ask: 'Your question',
    askHint: 'It is public, with your name, and the seller answers here.',
    count: (n, max) => `${n} of ${max} characters`,
    send: 'Ask',
    sending: 'Sending…',
    sent: 'Question sent. The seller has been told.',
    blank: 'Write your question before sending it.',
    signInTitle: 'A question about this item?',
    signIn: 'Sign in to ask the seller.',
    closed: 'This auction has ended: it takes no more questions.',
    sellerNote: 'Answer each question once: the answer is public and cannot be changed.',
    answerLabel: (n) => `Your answer to question ${n}`,
    answerSend: 'Answer',
    answerBlank: 'Write the answer before sending it.',
    announceAsked: (name, text) => `New question from ${name}: ${text}`,
    announceAnswered: (n, text) => `The seller answered question ${n}: ${text}`,
    ownAuction: 'This auction is yours: you answer questions, you do not ask them.',
    auctionClosed: 'This auction has already ended: it takes no more questions.',
    notSeller: 'Only the seller of this auction can answer its questions.',
    remove: (n) => `Remove question ${n}`,
    removeQuestion:
      'Remove this question from the page? It goes for everyone, with its answer; this cannot be undone.',
    removeConfirm: 'Yes, remove it',
  },
  contact: {
    buyer: 'The buyer’s contact',
    seller: 'The seller’s contact',
    explain: 'Arrange payment and delivery by e-mail. Only the two of you see these contacts.',
    deleted: (name: string) => `${name} deleted their account: there is no contact to show.`,
  },
  feedback: {
    rating: { positive: 'Positive', neutral: 'Neutral', negative: 'Negative' },
    asRole: { buyer: 'as the buyer', seller: 'as the seller' },
    from: 'From',
    percent: (n) => `${n}% positive`,
    total: (n) => `${n} ${plural(n, 'rating', 'ratings')}`,
    none: 'No feedback yet',
    countsLabel: 'Ratings by kind',
    counts: { positive: 'Positive', neutral: 'Neutral', negative: 'Negative' },
    saleTitle: 'Feedback on this sale',
    saleExplain:
      'The buyer and the seller rate each other, once each. Feedback is public and cannot be changed.',
    saleEmpty: 'Nobody has rated this sale yet.',
    loading: 'Loading the feedback…',
    loadFailed: 'The feedback could not be loaded.',
    retry: 'Try again',
    rateSeller: (name) => `Rate the seller, ${name}`,
    rateBuyer: (name) => `Rate the buyer, ${name}`,
    deadline: (date) => `You can rate until ${date}.`,
    comment: 'Comment (optional)',
    send: 'Post feedback',
    sending: 'Posting…',
    chooseRating: 'Choose Positive, Neutral or Negative.',
    sent: 'Your feedback has been posted.',
    announce: (name, rating) => `${name} rated this sale: ${rating}.`,
    windowClosed: (date) => `The time to rate this sale ended on ${date}.`,
    notAParty: 'Only the seller and the buyer of this item can rate this sale.',
    notSold: 'This auction did not end in a sale: there is nothing to rate.',
    alreadyLeft: 'You have already rated this sale, and feedback cannot be changed.',
    closed: 'The time to rate this sale has already ended.',
    accountDeleted: (name) => `${name} deleted their account: this sale can no longer be rated.`,
    replyFrom: (name) => `Reply from ${name}:`,
    replyLabel: 'Your reply to this feedback',
    replyHint: 'It is public, beneath the feedback, and cannot be changed.',
    replySend: 'Reply',
    replyBlank: 'Write the reply before sending it.',
    replySent: 'Your reply has been posted.',
    announceReply: (name) => `${name} replied to feedback on this sale.`,
    notRated: 'Only the person this feedback is about can reply to it.',
    feedbackNotFound: 'This feedback no longer exists.',
    alreadyReplied: 'You have already replied to this feedback, and the reply cannot be changed.',
  },
  profile: {
    memberSince: (when) => `Member since ${when}`,
    suspended: 'Account suspended',
    suspendedExplain:
      'The moderators suspended this account: it cannot sign in until reinstated. Think twice before dealing with it.',
    notFound: 'Profile not found',
    notFoundExplain: 'There is no account at this address: it never existed or was deleted.',
    loadFailed: 'The profile could not be loaded.',
    backToLobby: 'Back to the auctions',
    receivedTitle: 'Feedback received',
    receivedEmpty: 'No feedback received yet.',
    moreFeedback: 'Load more feedback',
    auctionsTitle: (name) => `${name}’s listings`,
    auctionsEmpty: 'No listings yet.',
    moreAuctions: 'Load more listings',
    auctionsFailed: 'The listings could not be loaded.',
    own: 'My public profile',
    ownExplain:
      'What everyone sees: your name, your feedback and your listings (never your e-mail).',
    bidRetractions: 'Bids retracted (6 months)',
  },
  flag: {
    open: 'Report this listing',
    title: 'Report this listing',
    explain:
      'Tell the moderators what is wrong with this listing. The seller is not told who reported it.',
    reason: 'Reason',
    details: 'Details (optional)',
    send: 'Send report',
    sending: 'Sending…',
    back: 'Back',
    chooseReason: 'Choose a reason.',
    sent: 'Report sent. The moderators will review the listing.',
    alreadyFlagged: 'You already reported this listing. The moderators will review it.',
    ownAuction: 'This listing is yours: you cannot report it.',
  },
  moderation: {
    title: 'Moderation',
    reportsTitle: 'Reports',
    explain:
      'Reported listings, the longest waiting first. Removing ends an open auction at once, without a sale; an ended one keeps its result and leaves the searches. The seller is told why. Keeping takes the listing off the queue until it is reported again. Suspending the seller signs them out everywhere until their account is reinstated.',
    signInFirst: 'Sign in to see the reported listings.',
    notModerator: 'Only moderators can see this page.',
    loadFailed: 'The reported listings could not be loaded.',
    empty: 'No listing is waiting for review.',
    more: 'Load more',
    state: 'State',
    waitingSince: 'First reported',
    reports: (n) => `${n} ${plural(n, 'report', 'reports')}`,
    by: 'By',
    removalReason: 'Reason for removal',
    remove: 'Remove listing',
    removeQuestion: (title, reason) =>
      `Remove “${title}”? The auction ends now, without a sale, and the seller is told the reason: ${reason}. This cannot be undone.`,
    removeEndedQuestion: (title, reason) =>
      `Remove “${title}”? The auction has already ended and its result stands; the listing leaves the searches and shows the reason: ${reason}. The seller is told and may appeal.`,
    removeConfirm: 'Yes, remove',
    keep: 'Keep listing',
    removedDone: (title, reason) => `“${title}” was removed (${reason}) and left the queue.`,
    keptDone: (title) => `“${title}” was kept and left the queue.`,
    closingNow:
      'This auction is closing at this very moment. Try removing it again in a few seconds.',
    live: 'This queue updates live.',
    news: 'New reports — refresh the queue',
    refreshed: 'Queue refreshed with the new reports.',
    decidedElsewhere: (titles) =>
      `Another moderation session already decided on ${titleList(titles)}: ${plural(titles.length, 'it has', 'they have')} left the queue.`,
    reportedAgain: (titles) => `New reports arrived for ${titleList(titles)}.`,
  },
  suspension: {
    suspendSeller: 'Suspend seller',
    suspendAccount: 'Suspend account',
    question: (name, cancelBids) =>
      `Suspend ${name}’s account? They are signed out of every device at once and cannot sign in again until the account is reinstated. ${
        cancelBids
          ? 'Their bids on open auctions are cancelled; those on auctions that have ended stand.'
          : 'Bids they already placed stand.'
      }`,
    reason: 'Reason for suspension',
    removeOpenAuctions: 'Also remove this seller’s open listings',
    cancelBids: 'Cancel this account’s bids on open auctions',
    cancelBidsHint:
      'Each auction’s leader and price are worked out again without those bids, as if the account had never bid.',
    confirm: 'Yes, suspend',
    suspendedDone: (name, removed, bidsCancelledOn) =>
      `${name}’s account was suspended${removedWith(removed)}.${bidsCancelledOnText(bidsCancelledOn)}`,
    suspendedNote: (removed) =>
      `The seller’s account is suspended by the moderators${removedWith(removed)}.`,
    reinstate: 'Reinstate account',
    reinstatedDone: (name) => `${name}’s account was reinstated: they can sign in again.`,
    panelTitle: 'Moderation of this account',
    email: 'E-mail',
    moderator: 'Moderator',
    yes: 'Yes',
    no: 'No',
    standing: 'Standing',
    active: 'Active',
    suspendedSince: (when, reason) => `Suspended since ${when}: ${reason}`,
    moderatorAccount:
      'Moderators’ accounts cannot be suspended: revoke their moderation first (npm run moderator -- revoke).',
    loadFailed: 'The moderation details of this account could not be loaded.',
  },
  appeals: {
    removalTitle: 'Appeal the removal',
    suspensionTitle: 'Appeal the suspension',
    yourAppeal: 'Your appeal',
    removalLabel: 'Why should the removal be reviewed?',
    suspensionLabel: 'Why should the suspension be reviewed?',
    explain:
      'A moderator reviews the appeal and replies by e-mail. Each decision can be appealed once, within six months of it.',
    blank: 'Write why the decision should be reviewed.',
    send: 'Send appeal',
    loadFailed: 'Your appeal could not be loaded.',
    sent: 'Appeal sent. A moderator will review it, and the reply comes by e-mail.',
    alreadyAppealed: 'You already appealed this suspension. See below where the appeal stands.',
    keepOffer: (until) => `Disagree with the decision? You may appeal until ${until}.`,
    keepOpen: 'Appeal the decision',
    keepOpenName: (title) => `Appeal the decision to keep “${title}”`,
    keepLabel: 'Why should the decision to keep the listing be reviewed?',
    keepExplain:
      'A moderator reviews the appeal and replies by e-mail. If they accept it, the listing is taken down for the reason you reported. You may appeal once, within six months of the decision.',
    keepBack: 'Back',
    suspendedExportExplain:
      'Even while the account is suspended, you can download everything we keep about it, as a JSON file, with the e-mail and password typed above.',
    state: {
      open: 'Waiting for review.',
      removal: { upheld: 'Removal upheld.', reversed: 'Removal reversed.' },
      suspension: { upheld: 'Suspension upheld.', reversed: 'Suspension reversed.' },
      keep: { upheld: 'Decision upheld.', reversed: 'Decision reversed.' },
    },
    waitingSince: (when) => `Appeal sent on ${when}. A moderator replies by e-mail.`,
    decidedOn: (when) => `Decided on ${when}.`,
    means: {
      removal: { upheld: '', reversed: 'You may list the item again.' },
      suspension: { upheld: '', reversed: 'The account was reinstated: you can sign in now.' },
      keep: {
        upheld: 'The listing stays up.',
        reversed: 'The listing was taken down for the reason you reported.',
      },
    },
    text: 'Your text',
    reply: 'The moderators’ reply',
    reversedNote: 'The removal was reversed after the seller’s appeal.',
    queueTitle: 'Appeals',
    queueExplain:
      'Whoever had a listing removed or their account suspended may appeal once, and so may whoever reported a listing that was kept. The appeals waiting longest come first; the reply, required, is e-mailed to the appellant.',
    queueLoadFailed: 'The appeals could not be loaded.',
    queueEmpty: 'No appeal is waiting for review.',
    deletedAuction: 'a listing that no longer exists',
    decisionReason: 'Reason for the decision',
    decidedAt: 'Decided on',
    decidedBy: 'Decided by',
    decidedByGone: 'deleted account',
    ownDecision: 'You took this decision: another moderator decides the appeal.',
    appellant: 'Appeal by',
    appealedAt: 'Sent on',
    appealText: 'The appeal’s text',
    replyLabel: 'Reply to the appellant',
    replyHint: 'The reasons for the decision; e-mailed to the appellant.',
    replyBlank: 'Write the reply: it explains the decision to the appellant.',
    uphold: 'Uphold the decision',
    reverse: 'Reverse the decision',
    decidedElsewhere: (n) =>
      `Another moderation session decided ${plural(n, '1 appeal', `${n} appeals`)}: ${plural(n, 'it has', 'they have')} left the list.`,
    arrived: (n) => `${plural(n, '1 appeal', `${n} appeals`)} joined the list, at its end.`,
  },
  moderationLog: {
    title: 'Decision log',
    explain:
      'Every moderation decision, the latest first: who decided, what and why. The log does not update by itself: use “Refresh” to see new decisions.',
    loadFailed: 'The decision log could not be loaded.',
    empty: 'No decision logged yet.',
    refresh: 'Refresh',
    refreshName: 'Refresh the decision log',
    refreshed: 'Decision log refreshed.',
    refreshFailed: 'The decision log could not be refreshed. Try again.',
    moderatorGone: 'A deleted account',
    auctionGone: 'a listing that no longer exists',
    accountGone: 'an account that no longer exists',
    reason: (reason: string) => `Reason: ${reason}`,
    decisions: {
      removed: { verb: 'removed', after: '' },
      kept: { verb: 'kept', after: ' after reviewing its reports' },
      suspended: { verb: 'suspended', after: '' },
      reinstated: { verb: 'reinstated', after: '' },
      appeal_upheld: {
        removal: { verb: 'upheld the removal of', after: ' on appeal' },
        suspension: { verb: 'upheld the suspension of', after: ' on appeal' },
        keep: { verb: 'upheld the decision to keep', after: ' on appeal' },
      },
      appeal_reversed: {
        removal: { verb: 'reversed the removal of', after: ' on appeal' },
        suspension: { verb: 'reversed the suspension of', after: ' on appeal' },
        keep: { verb: 'reversed the decision to keep', after: ' on appeal' },
      },
      bids_cancelled: { verb: 'cancelled the bids of', on: ' on ', after: '' },
      unknown: { verb: 'took a decision this version of the page cannot describe', after: '' },
    },
  },
  blocking: {
    block: (name) => `Block ${name}`,
    question: (name) =>
      `Block ${name}? They will no longer be able to bid on, buy or ask about your auctions. Bids they already placed stand. You can unblock them whenever you like.`,
    confirm: 'Yes, block',
    blocked: (name) => `Done: you blocked ${name}.`,
    isBlocked: (name) =>
      `${name} is among the users you blocked: they cannot bid on, buy or ask about your auctions.`,
    unblock: (name) => `Unblock ${name}`,
    unblocked: (name) =>
      `You unblocked ${name}: they can bid on, buy and ask about your auctions again.`,
    loadFailed: 'Your list of blocked users could not be read. Reload the page.',
    title: 'Blocked users',
    explain:
      'People you block cannot bid on, buy or ask about your auctions; bids they already placed stand. They are not told: they only see the refusal if they try.',
    where:
      'To block someone, open their public profile (through their name on an auction or a rating) and choose “Block”.',
    empty: 'You have not blocked anyone.',
    unblockShort: 'Unblock',
  },
  savedSearches: {
    create: 'Alert me about new listings',
    created: 'Alert created: we will tell you of new auctions for this search.',
    manage: 'See my alerts on My account',
    signIn: 'Sign in to be alerted about new listings for this search.',
    title: 'Search alerts',
    explain: (max) =>
      `We tell you of each new auction that matches an alert, on open pages and by e-mail (if you like). Create up to ${max} on the auctions page, when searching.`,
    empty: 'You have no search alerts yet.',
    loadFailed: 'Your search alerts could not be read.',
    describe: (query, category) =>
      query && category ? `“${query}” in ${category}` : query ? `“${query}”` : (category ?? ''),
    createdAt: (date) => `Created ${date}`,
    remove: 'Delete',
    removeLabel: (search) => `Delete the alert ${search}`,
    removed: (search) => `Alert ${search} deleted.`,
  },
  newAuction: {
    title: 'New auction',
    copiedFrom: (title) =>
      `Filled in from “${title}”: check everything before publishing; the auction starts now.`,
    reserveAgain:
      'That auction had a reserve price, which is secret: enter it again if you want one.',
    offerAgain: 'Offer it again',
    sellSimilar: 'Sell a similar item',
    itemTitle: 'Title',
    description: 'Description',
    descriptionHint: 'Optional, up to 5000 characters.',
    category: 'Category',
    categoryHint: 'People browsing that category find your item. If unsure, Other.',
    prices: 'Prices',
    startingPrice: 'Starting price (R$)',
    priceHint: 'E.g. 1.234,56 or 1234.56',
    reservePrice: 'Reserve price (R$)',
    reservePriceHint:
      'Optional and secret: below it the lot is not sold. Bidders only see whether it was met.',
    buyNowPrice: 'Buy It Now (R$)',
    buyNowPriceHint:
      'Optional: whoever pays this price takes it at once. Offered until the first bid (or until the reserve is met).',
    startMode: 'When it starts',
    startNow: 'Now',
    startLater: 'Schedule the start',
    startsAt: 'Starts at',
    startsAtHint: 'The auction is listed at once but accepts bids only from then on.',
    endMode: 'How it ends',
    byDuration: 'After a while',
    byEndTime: 'At a date and time',
    duration: 'Duration',
    durationUnit: 'Unit',
    seconds: 'seconds',
    minutes: 'minutes',
    hours: 'hours',
    days: 'days',
    endsAt: 'Ends at',
    minIncrement: 'Minimum increment (R$)',
    minIncrementHint:
      'Optional. Empty: the default table, from R$ 0.05 (below R$ 1) to R$ 100.00 (above R$ 5,000).',
    softCloseLegend: 'Anti-sniping',
    softClose: 'Extension window',
    softCloseNone: 'None',
    softCloseHint:
      'A bid inside this final window moves the end: the auction then ends that long after the bid.',
    maxEndsAt: 'Hard deadline (optional)',
    maxEndsAtHint: 'Extensions never go past this moment.',
    submit: 'Publish auction',
    submitting: 'Publishing…',
    signInFirst: 'Sign in to create an auction.',
    fixErrors: 'Please fix the marked fields.',
  },
  auth: {
    signInTitle: 'Sign in',
    signUpTitle: 'Create an account',
    name: 'Name',
    email: 'E-mail',
    password: 'Password',
    passwordHint: 'At least 8 characters.',
    signInSubmit: 'Sign in',
    signUpSubmit: 'Create account',
    forgot: 'I forgot my password',
    noAccount: 'No account yet?',
    haveAccount: 'Already have an account?',
  },
  reset: {
    askTitle: 'Reset your password',
    askExplain:
      'Enter the e-mail of your account. We will send you a link to choose a new password.',
    askSubmit: 'Send the link',
    asked: (email: string) =>
      `If there is an account with ${email}, we sent it a link. Check your inbox (and spam).`,
    setTitle: 'Choose a new password',
    setExplain: 'Every device signed in to your account will be signed out.',
    setSubmit: 'Save the new password',
    done: 'Password reset. Sign in with the new password.',
    missingToken:
      'This link is incomplete. Open the link in the e-mail again or ask for another one.',
    askAgain: 'Ask for another link',
  },
  verify: {
    title: 'E-mail confirmation',
    checking: 'Confirming your e-mail…',
    done: (email) =>
      `E-mail confirmed. The e-mail notices you choose on My account will go to ${email}.`,
    missingToken:
      'This link is incomplete. Open the link in the e-mail again or ask for a new one on My account.',
    retry: 'Try again',
    toAccount: 'Go to My account',
    toLobby: 'Back to the auctions',
  },
  revert: {
    title: 'Restoring your e-mail address',
    checking: 'Putting the address back on your account…',
    done: 'Your e-mail address is back on the account and every device was signed out. Now choose a new password.',
    missingToken: 'This link is incomplete. Open the link in the e-mail again.',
    taken:
      'Someone created an account with this address after the change, so it cannot go back to yours.',
    unavailable: 'This server does not send e-mails, so this link cannot be used here.',
    retry: 'Try again',
    toLobby: 'Back to the auctions',
  },
  account: {
    title: 'My account',
    signInFirst: 'Sign in to see your account.',
    emailUnverified: 'E-mail not confirmed: e-mail notices are only sent once it is confirmed.',
    emailVerified: 'E-mail confirmed',
    sendVerification: 'Send confirmation link',
    verificationSent: (email) => `We sent a link to ${email}. Check your inbox (and spam).`,
    emailTitle: 'Change e-mail',
    emailExplain:
      'We send a confirmation link to the new address and tell the current one, which stops getting the account’s e-mails. Your devices stay signed in.',
    newEmail: 'New e-mail',
    emailPassword: 'Your account password',
    emailSubmit: 'Change e-mail',
    emailChanged: (email) =>
      `Done: we sent a confirmation link to ${email}. Your previous address was told.`,
    emailChangedQuietly: (email) => `Done: your account now uses ${email}.`,
    emailSame: 'This is already your account’s address.',
    passwordTitle: 'Change password',
    passwordExplain:
      'Changing your password signs out all your other devices; this one stays signed in.',
    currentPassword: 'Current password',
    newPassword: 'New password',
    submit: 'Change password',
    changed: 'Password changed. Your other devices have been signed out.',
    devicesTitle: 'Other devices',
    devicesExplain: 'Left your account open on another computer or phone? Sign it out from here.',
    signOutOthers: 'Sign out other devices',
    othersSignedOut: (n) =>
      n === 0
        ? 'No other device was signed in.'
        : `${n} ${plural(n, 'device', 'devices')} signed out.`,
    exportTitle: 'Your data',
    exportExplain:
      'Everything we keep about your account, as one JSON file: your details, the auctions you sell, those you bid on (with your bids and your maximum where you lead), your watchlist and whom you blocked.',
    emailsTitle: 'E-mail notices',
    emailsExplain:
      'When someone overtakes you on an open auction, we tell you by e-mail, with the current bid and the least to lead again: one notice each time you are outbid. And shortly before an auction you watch or bid on ends, we tell you once, so you do not miss the end. When someone asks about an auction of yours, or the seller answers your question, we send you both texts.',
    outbidEmails: 'Tell me when I am outbid',
    outbidOn: 'Done: you will be told when you are outbid.',
    outbidOff: 'Done: you will get no more of these notices.',
    endingSoonEmails: 'Tell me when an auction I watch or bid on is about to end',
    endingSoonOn: 'Done: you will be told when an auction you watch or bid on is about to end.',
    endingSoonOff: 'Done: you will get no more notices of auctions about to end.',
    questionEmails: 'Tell me of questions about my auctions, and of answers to mine',
    questionsOn: 'Done: you will be told of questions about your auctions and of answers to yours.',
    questionsOff: 'Done: you will get no more e-mails about questions.',
    feedbackEmails: 'Tell me of ratings I receive, and of answers to mine',
    feedbackOn:
      'Done: you will get an e-mail for each rating you receive and each answer to yours.',
    feedbackOff: 'Done: you will get no more e-mails about ratings.',
    searchEmails: 'New listings for my saved searches',
    searchesOn: 'Done: you will get e-mails from your search alerts.',
    searchesOff: 'Done: you will get no more e-mails from search alerts.',
    emailsUnreadable: 'Your choice could not be read just now. Reload the page.',
    exportButton: 'Download my data',
    exported: 'File downloaded.',
    deleteTitle: 'Delete the account',
    deleteExplain:
      'Erases your name, e-mail and password, your watchlist and your activity, and signs out all your devices. Past bids and auctions keep the name everyone saw. Not possible while you sell an open auction or lead one, nor for a while after you sell or win one (the other party may need to reach you). It cannot be undone.',
    deleteOpen: 'Delete my account',
    deletePassword: 'Your password, to confirm',
    deleteConfirm: 'Delete the account for good',
    deleteKeep: 'Keep the account',
    deleteBlocking: 'See the auction',
    deletedTitle: 'Account deleted',
    deleted: 'Your account was deleted and all your devices were signed out.',
    backToLobby: 'Back to the auctions',
  },
  field: {
    required: 'Please fill in this field.',
    tooLong: (max) => `Use at most ${max} characters.`,
    emailInvalid: 'Enter a valid e-mail address.',
    passwordShort: 'The password needs at least 8 characters.',
    moneyEmpty: 'Enter an amount.',
    moneyInvalid: 'Invalid amount. Use, for example, 1234.56.',
    moneyAmbiguous: (text) =>
      `“${text}” is ambiguous: write 12,345.00 for thousands or 12.35 for cents.`,
    moneyDecimals: 'Use at most two decimal places.',
    moneyRange: 'Amount out of range (R$ 0.01 to R$ 1,000,000,000.00).',
    durationRange: 'The duration must be between 1 second and 30 days.',
    endsAtPast: 'Pick a moment in the future.',
    endsAtTooFar: 'An auction can last at most 30 days.',
    softCloseRange: 'Use a whole number from 0 to 3600.',
    reserveBelowStart: 'The reserve cannot be below the starting price.',
    buyNowTooLow: 'Buy It Now must be above the starting price and the reserve.',
    startsAtPast: 'Pick a start in the future.',
    startsAtTooFar: 'The start can be at most 30 days away.',
    endsBeforeStart: 'The end must come after the start.',
    deadlineBeforeEnd: 'The hard deadline cannot be before the auction’s end.',
    categoryInvalid: 'Choose one of the categories in the list.',
  },
  errors: {
    BID_TOO_LOW: (minimum) => `Bid too low. The minimum is now ${minimum}.`,
    AUCTION_CLOSED: 'This auction has closed. It no longer accepts bids.',
    AUCTION_NOT_STARTED: 'This auction has not started yet. Wait for its start time.',
    UNAUTHORIZED: 'You are not signed in or your session expired. Sign in to continue.',
    OWN_AUCTION: 'You cannot bid on your own auction.',
    RATE_LIMITED: 'Too many attempts in a short time. Wait a moment and try again.',
    VALIDATION_FAILED: 'Some data was not accepted. Check the fields.',
    INVALID_CREDENTIALS: 'Wrong e-mail or password.',
    WRONG_PASSWORD: 'The current password is not right.',
    INVALID_RESET_TOKEN:
      'This link is no longer valid (it was used or it expired). Ask for another one.',
    PASSWORD_RESET_UNAVAILABLE: 'Password reset by e-mail is not available on this server.',
    INVALID_VERIFICATION_TOKEN:
      'This confirmation link is no longer valid (it was used or it expired). Ask for a new one on My account.',
    EMAIL_VERIFICATION_UNAVAILABLE: 'E-mail confirmation is not available on this server.',
    EMAIL_ALREADY_VERIFIED: 'Your e-mail is already confirmed.',
    INVALID_REVERT_TOKEN:
      'This link to put the address back on the account is no longer valid (it was used or it expired).',
    EMAIL_TAKEN: 'An account with this e-mail already exists.',
    AUCTION_NOT_FOUND: 'Auction not found.',
    BUY_NOW_UNAVAILABLE: 'Buy It Now is no longer offered for this auction.',
    NOT_SELLER: 'Only the seller can do this.',
    AUCTION_HAS_BIDS:
      'This auction has bids standing: while it does, it cannot be corrected or cancelled.',
    SELLING_OPEN_AUCTION:
      'You have an open auction. It must end, or be cancelled, before you delete your account.',
    LEADING_OPEN_AUCTION:
      'You lead an open auction and may win it. Wait until it ends to delete your account.',
    SALE_IN_PROGRESS: (date: string) =>
      `You sold or won an auction recently, and the other party may still need to reach you. You can delete your account from ${date}.`,
    IDEMPOTENCY_KEY_REUSED: 'This request was already used for another bid. Try again.',
    NOT_LEADING: 'You are no longer leading this auction. Place a bid to get back in front.',
    MAX_TOO_LOW: (minimum) => `A maximum can only go up: enter at least ${minimum}.`,
    INVALID_IMAGE: 'This file is not an image we can read. Upload a JPEG, PNG, WebP or AVIF photo.',
    UNSUPPORTED_MEDIA_TYPE: 'File type not accepted. Upload a JPEG, PNG, WebP or AVIF photo.',
    PAYLOAD_TOO_LARGE: (mebibytes) =>
      `The file is larger than ${mebibytes} MB. Upload a smaller photo.`,
    TOO_MANY_PHOTOS: (max) => `The auction has ${max} photos, the most it can have.`,
    PHOTO_NOT_FOUND: 'This photo had already been removed.',
    TOO_MANY_QUESTIONS: (max) => `This auction has had ${max} questions, the most it can take.`,
    QUESTION_NOT_FOUND: 'This auction has no such question.',
    ALREADY_ANSWERED: 'This question has already been answered.',
    BLOCKED_BY_SELLER:
      'This seller does not accept bids, purchases or questions from you on their auctions.',
    ALREADY_FLAGGED: 'You already reported this listing.',
    AUCTION_CANCELLED: 'This auction was cancelled or removed.',
    ALREADY_REMOVED: 'This listing had already been removed by the moderators.',
    NOT_A_MODERATOR: 'Only moderators can do this.',
    MODERATOR_ACCOUNT:
      'This is a moderator’s account: revoke their moderation before suspending it.',
    ACCOUNT_SUSPENDED:
      'This account is suspended by the moderators: it cannot sign in until it is reinstated.',
    TOO_MANY_BLOCKED: (max) =>
      `You have blocked ${max} people, the most you can. Unblock someone on My account first.`,
    USER_NOT_FOUND: 'This account no longer exists.',
    SEARCH_ALREADY_SAVED: 'You already have this alert.',
    TOO_MANY_SEARCHES: (max) =>
      `You already have ${max} search alerts, the most you can. Delete one on My account.`,
    SEARCH_NOT_FOUND: 'This alert no longer exists.',
    SERVER_BUSY: 'The server is handling many photos right now. Try again in a moment.',
    NOT_REMOVED: 'This listing was not removed by the moderators: there is no removal to appeal.',
    NOT_SUSPENDED: 'This account is not suspended: sign in as usual.',
    ALREADY_APPEALED: 'You already appealed this decision; each decision can be appealed once.',
    APPEAL_WINDOW_CLOSED: 'The six months to appeal this decision are over.',
    APPEAL_NOT_FOUND: 'This appeal no longer exists.',
    APPEAL_DECIDED: 'This appeal was already decided in another moderation session.',
    OWN_DECISION: 'You took this decision: another moderator decides its appeal.',
    REPORT_NOT_FOUND:
      'You made no report of this listing: only those who reported it may appeal the decision to keep it.',
    REPORT_PENDING:
      'The moderators have not reviewed your report yet: you may appeal if they decide to keep the listing.',
    NETWORK: 'Cannot reach the server. Check your connection and try again.',
    UNKNOWN: 'Something went wrong. Try again in a moment.',
  },
  lazyPage: {
    loading: 'Loading the page…',
    failed: 'This page could not be loaded. Check your connection and try again.',
    reload: 'Reload',
  },
  notFound: {
    title: 'Page not found',
    body: 'This address does not exist.',
  },
};
