// Every string the UI shows, in Portuguese (Brazil), the default language.
// messages-en.ts must provide the same keys: its type is derived from this one.
import { CATEGORY_NAMES } from '../../../core/category-names.ts';
import type { Appeal, FlagReason, GivenFlag } from '../../../core/schemas.ts';
import type { AppealOutcome } from '../api/endpoints.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
/** After a suspension's sentence: the open auctions removed with it (null: not asked). */
const removedWith = (removed: number | null) =>
  removed === null
    ? ''
    : removed === 0
      ? '; não havia anúncios abertos para remover'
      : `; ${removed} ${plural(removed, 'anúncio aberto removido', 'anúncios abertos removidos')}`;
/** A sentence after a suspension's: the open auctions its bids were cancelled on (null: not asked). */
const bidsCancelledOnText = (auctions: number | null) =>
  auctions === null
    ? ''
    : auctions === 0
      ? ' A conta não tinha lances em leilões abertos.'
      : ` Lances da conta cancelados em ${auctions} ${plural(auctions, 'leilão aberto', 'leilões abertos')}.`;
/** A saved search's words and category, after "busca": “relogio”, em Livros, “relogio” em Livros. */
const searchWords = (query: string, category: string | null) =>
  [query && `“${query}”`, category && `em ${category}`].filter(Boolean).join(' ');
/** Titles in quotes, as a list: “Vitrola”, “Relógio” e “Câmera”. */
const titleList = (titles: readonly string[]) =>
  new Intl.ListFormat('pt-BR').format(titles.map((title) => `“${title}”`));

export const ptBR = {
  appName: 'Arremate',
  skipToContent: 'Pular para o conteúdo',
  nav: {
    main: 'Navegação principal',
    lobby: 'Leilões',
    newAuction: 'Criar leilão',
    signIn: 'Entrar',
    signUp: 'Criar conta',
    signOut: 'Sair',
    watchlist: 'Minha lista',
    activity: 'Minha atividade',
    moderation: 'Moderação',
    signedInAs: (name: string) => `Conectado como ${name}`,
    switchLanguage: 'English',
    switchLanguageLabel: 'Switch to English',
  },
  connection: {
    connected: 'Ao vivo',
    connecting: 'Conectando…',
    disconnected: 'Sem conexão — tentando reconectar…',
  },
  lobby: {
    title: 'Leilões abertos',
    empty: 'Nenhum leilão aberto agora. Que tal criar o primeiro?',
    closedTitle: 'Encerrados recentemente',
    closedEmpty: 'Nenhum leilão encerrado ainda.',
    showMore: 'Mostrar mais leilões',
    orderLabel: 'Ordenar',
    orderEnding: 'Terminam antes',
    orderNewest: 'Mais recentes',
    listedAt: (when: string) => `Anunciado em ${when}`,
    loadFailed: 'Não foi possível carregar os leilões.',
    newAuctionAnnounced: (title: string) => `Novo leilão: ${title}`,
    searchLabel: 'Buscar leilões abertos',
    searchPlaceholder: 'Ex.: relógio de bolso',
    resultsTitle: (query: string) => `Leilões abertos com “${query}”`,
    categoryTitle: (category: string) => `Leilões abertos em ${category}`,
    categoryResultsTitle: (category: string, query: string) =>
      `Leilões abertos em ${category} com “${query}”`,
    noResults: 'Nenhum leilão aberto tem todas essas palavras no título.',
    noCategoryResults: (category: string) => `Nenhum leilão aberto em ${category} agora.`,
    searchFailed: 'Não foi possível buscar agora. Tente de novo.',
    categoryLabel: 'Categoria',
    allCategories: 'Todas as categorias',
    clearFilters: 'Limpar busca e categoria',
    statusLabel: 'Mostrar',
    statusOpen: 'Abertos',
    statusClosed: 'Encerrados (últimos 90 dias)',
    endedSearchLabel: 'Buscar leilões encerrados',
    endedTitle: 'Leilões encerrados nos últimos 90 dias',
    endedHint:
      'Escreva palavras do título ou escolha uma categoria para ver por quanto itens assim foram vendidos.',
    endedResultsTitle: (query: string) => `Encerrados nos últimos 90 dias com “${query}”`,
    endedCategoryTitle: (category: string) => `Encerrados nos últimos 90 dias em ${category}`,
    endedCategoryResultsTitle: (category: string, query: string) =>
      `Encerrados nos últimos 90 dias em ${category} com “${query}”`,
    endedNoResults:
      'Nenhum leilão encerrado nos últimos 90 dias tem todas essas palavras no título.',
    endedNoCategoryResults: (category: string) =>
      `Nenhum leilão em ${category} encerrou nos últimos 90 dias.`,
  },
  /** The kinds of item, as a marketplace names them. */
  categories: CATEGORY_NAMES['pt-BR'],
  /** Why an auction is reported, and why a moderator removes one. */
  flagReasons: {
    prohibited: 'Item proibido',
    counterfeit: 'Falsificação',
    fraud: 'Fraude ou golpe',
    offensive: 'Conteúdo ofensivo',
    misleading: 'Descrição enganosa',
    other: 'Outro motivo',
  } satisfies Record<FlagReason, string>,
  auction: {
    currentPrice: 'Lance atual',
    startingPrice: 'Lance inicial',
    minimumBid: 'Lance mínimo',
    leader: 'Na frente',
    noLeader: 'Ninguém ainda',
    noWinnerShort: 'Nenhum',
    startsIn: 'Começa em',
    seller: 'Vendedor',
    sellerItemsTitle: 'Mais deste vendedor',
    sellerItemsAll: 'Ver perfil e todos os anúncios',
    bidCount: (n: number) => `${n} ${plural(n, 'lance', 'lances')}`,
    bidsLabel: 'Lances',
    you: 'você',
    endsIn: 'Termina em',
    endsAt: 'Termina',
    closing: 'Encerrando…',
    closed: 'Encerrado',
    closedAt: 'Encerrado em',
    cancelledAt: 'Cancelado em',
    winner: 'Vencedor',
    finalPrice: 'Preço final',
    youWon: (amount: string) => `Você arrematou este lote por ${amount}!`,
    wonBy: (name: string, amount: string) => `Arrematado por ${name} por ${amount}.`,
    closedNoBids: 'O leilão terminou sem lances.',
    youBoughtNow: (amount: string) => `Você comprou este lote no “Compre já” por ${amount}!`,
    boughtNowBy: (name: string, amount: string) =>
      `Comprado por ${name} no “Compre já” por ${amount}.`,
    reserveNotMet: 'Encerrado sem venda: o preço de reserva não foi atingido.',
    cancelled: 'Cancelado',
    open: 'Aberto',
    cancelledBySeller: 'O vendedor cancelou este leilão.',
    /** A moderator took it down, while open (`outcome: 'REMOVED'`) or after it ended. */
    removed: 'Removido pela moderação',
    removedFor: (reason: string) => `Removido pela moderação: ${reason}.`,
    removedAt: 'Removido em',
    removedNoSale: 'O leilão terminou sem venda.',
    /** Removed after it ended: its result stands, shown below this. */
    removedAfterSale:
      'O leilão já tinha terminado: o anúncio saiu das buscas, e a venda continua valendo entre quem vendeu e quem arrematou.',
    removedAfterEnd: 'O leilão já tinha terminado: o anúncio saiu das buscas.',
    youLead: 'Você está na frente.',
    outbid: (name: string, amount: string) => `Seu lance foi superado: ${name} ofereceu ${amount}.`,
    softClose: (window: string) => `Lances nos últimos ${window} prorrogam o leilão.`,
    hardDeadline: (when: string) => `Prorrogações nunca passam de ${when}.`,
    corrected:
      'O vendedor corrigiu o título, a descrição ou a categoria deste leilão enquanto você olhava.',
    category: 'Categoria',
    extended: (time: string) =>
      `Leilão prorrogado: um lance de última hora adiou o fim para ${time}.`,
    reserveMet: 'Preço de reserva atingido',
    reserveNotMetYet: 'Preço de reserva não atingido',
    automaticBid: 'automático',
    buyNowBid: 'compre já',
    /** On a bid the moderators cancelled (its bidder's account suspended): it no longer counts. */
    cancelledBid: 'Cancelado pela moderação',
    /** On a bid its bidder took back (bid retraction), or an automatic answer to it. */
    retractedBid: 'Lance retirado',
    /** On a bid the seller cancelled (eBay's bid cancellation), or an automatic answer to it. */
    sellerCancelledBid: 'Cancelado pelo vendedor',
    minIncrement: (amount: string) => `Incremento mínimo: ${amount}`,
    description: 'Descrição',
    noDescription: 'Sem descrição.',
    history: 'Histórico de lances',
    historyEmpty: 'Nenhum lance ainda. Seja o primeiro!',
    historyEmptyFinished: 'Nenhum lance.',
    /**
     * `total` counts the cancelled bids too, which stay listed: `cancelled` says
     * how many; `notModeration`: some of those shown were retracted or
     * cancelled by the seller, not by the moderators (the auction counts them
     * all together).
     */
    historyShowing: (shown: number, total: number, cancelled: number, notModeration: boolean) =>
      `Mostrando ${shown} de ${total} lances${cancelled === 0 ? '' : notModeration ? ` (${cancelled} ${plural(cancelled, 'retirado ou cancelado', 'retirados ou cancelados')})` : ` (${cancelled} ${plural(cancelled, 'cancelado', 'cancelados')} pela moderação)`}.`,
    loadOlder: 'Carregar lances anteriores',
    notFound: 'Leilão não encontrado.',
    loadFailed: 'Não foi possível carregar o leilão.',
    backToLobby: 'Voltar aos leilões',
    announceBid: (name: string, amount: string) => `Novo lance de ${name}: ${amount}`,
    announceClosed: 'O leilão foi encerrado.',
    /** `leader`: who leads once the cancelled bids no longer count; null when no bid stands. */
    announceBidsCancelled: (leader: string | null, amount: string) =>
      leader === null
        ? `A moderação cancelou lances deste leilão. Nenhum lance vale agora: lance inicial de ${amount}.`
        : `A moderação cancelou lances deste leilão. ${leader} está na frente com ${amount}.`,
    /** The same after a bidder retracted a bid. */
    announceBidRetracted: (leader: string | null, amount: string) =>
      leader === null
        ? `Um lance foi retirado deste leilão. Nenhum lance vale agora: lance inicial de ${amount}.`
        : `Um lance foi retirado deste leilão. ${leader} está na frente com ${amount}.`,
    /** The same after the seller cancelled one bidder's bids (the bidder is not named). */
    announceSellerCancelled: (leader: string | null, amount: string) =>
      leader === null
        ? `O vendedor cancelou os lances de um licitante deste leilão. Nenhum lance vale agora: lance inicial de ${amount}.`
        : `O vendedor cancelou os lances de um licitante deste leilão. ${leader} está na frente com ${amount}.`,
    announceRemoved: 'Este leilão foi removido pela moderação.',
    announceRemovedAfterEnd:
      'Este leilão encerrado foi removido pela moderação; o resultado continua valendo.',
  },
  bidForm: {
    legend: 'Dar um lance',
    amount: 'Seu lance (R$)',
    amountHint: (minimum: string) => `Mínimo ${minimum}. Ex.: 1.234,56`,
    submit: 'Dar lance',
    submitting: 'Enviando…',
    accepted: (amount: string) => `Lance de ${amount} aceito. Você está na frente!`,
    toppedByAutomatic: (amount: string) =>
      `Lance de ${amount} aceito, mas seu lance foi superado por um lance automático.`,
    leadingWithMax: (amount: string, max: string) =>
      `Lance de ${amount} aceito. Você lidera com lance automático até seu máximo de ${max}.`,
    /** Instead of that answer once its bid was taken back on another tab or device of the viewer's. */
    ownBidRetracted: (amount: string) => `Seu lance de ${amount} foi retirado.`,
    /** Instead of that answer once the moderators cancelled its bid. */
    ownBidCancelled: (amount: string) => `A moderação cancelou seu lance de ${amount}.`,
    /** Instead of that answer once the seller cancelled the viewer's bids. */
    ownBidCancelledBySeller: (amount: string) => `O vendedor cancelou seu lance de ${amount}.`,
    maxAmount: 'Lance máximo (automático, R$)',
    maxAmountHint:
      'Opcional e secreto: o sistema cobre outros lances por você, um incremento acima, até este valor.',
    maxBelowAmount: 'O lance máximo não pode ser menor que o seu lance.',
    ownMax: (max: string) =>
      `Seu lance máximo: ${max}. Só você vê (guardado neste aparelho); o sistema cobre lances até ele.`,
    ownMaxPassed: (max: string) => `Seu lance máximo de ${max} foi superado.`,
    notStarted: (time: string) => `O leilão ainda não começou: os lances abrem às ${time}.`,
    signInToBid: 'Entre na sua conta para dar lances.',
    ownAuction: 'Este leilão é seu: você acompanha, mas não pode dar lances.',
    /** The typo guard: a bid `times` the minimum bid or more (forms/large-bid.ts). */
    largeAmount: (amount: string, times: string, minimum: string) =>
      `Você vai dar um lance de ${amount} — ${times} vezes o lance mínimo (${minimum}).`,
    largeMax: (max: string, times: string, minimum: string) =>
      `Seu lance máximo (automático) será de ${max} — ${times} vezes o lance mínimo (${minimum}).`,
    largeConfirmQuestion: 'Confirmar?',
    largeConfirm: 'Confirmar lance',
  },
  raiseMax: {
    legend: 'Aumentar meu lance máximo',
    explain:
      'Você lidera: o preço não muda. Seu novo máximo, secreto, cobre por você quem der mais.',
    amount: 'Novo lance máximo (R$)',
    submit: 'Salvar máximo',
    saved: (max: string) => `Pronto: seu lance máximo agora é ${max}.`,
    savedAtReserve: (max: string, price: string) =>
      `Pronto: seu lance máximo agora é ${max}. Ele alcançou a reserva e seu lance subiu para ${price}.`,
  },
  buyNow: {
    title: 'Compre já',
    explain: 'Compre agora por um preço fixo: o leilão termina na hora e o lote é seu.',
    button: (price: string) => `Compre já por ${price}`,
    chip: (price: string) => `Compre já: ${price}`,
    question: (price: string) =>
      `Comprar este lote por ${price}? O leilão termina agora e você se compromete a pagar.`,
    confirm: (price: string) => `Confirmar compra por ${price}`,
    signIn: (price: string) => `Entre na sua conta para comprar já por ${price}.`,
  },
  /** Bid retraction (eBay's): a bidder takes back a bid typed wrong. */
  retraction: {
    button: 'Retirar meu lance',
    /** More than `hours` before the end: every bid of the viewer's goes. */
    questionAll: (hours: number) =>
      `Retirar seus lances? Faltam mais de ${hours} horas para o fim do leilão: todos os seus lances nele serão retirados. A retirada aparece no seu perfil público por seis meses.`,
    /** In the last `hours`: only the latest bid, within `within` hours of placing it. */
    questionLatest: (hours: number, within: number) =>
      `Retirar seu último lance? Nas últimas ${hours} horas do leilão, só o seu lance mais recente pode ser retirado, e só até ${within} ${plural(within, 'hora', 'horas')} depois de dado. A retirada aparece no seu perfil público por seis meses.`,
    confirm: 'Sim, retirar',
    doneOne: (amount: string) => `Pronto: seu lance de ${amount} foi retirado.`,
    doneLatest: 'Pronto: seu último lance foi retirado.',
    /** `count`: those the page holds; 0 when it holds none of them. */
    doneAll: (count: number) =>
      count === 0
        ? 'Pronto: seus lances neste leilão foram retirados.'
        : `Pronto: seus ${count} lances neste leilão foram retirados.`,
    nowLeader: (name: string, amount: string) => `${name} está na frente, com ${amount}.`,
    nowYou: (amount: string) => `Você continua na frente, com ${amount}.`,
    nowNobody: (amount: string) => `Nenhum lance vale agora: lance inicial de ${amount}.`,
    noBid: 'Você não tem lance valendo neste leilão para retirar.',
    windowClosed: (hours: number, within: number) =>
      `Não dá mais para retirar este lance: nas últimas ${hours} horas do leilão, só o lance mais recente pode ser retirado, e só até ${within} ${plural(within, 'hora', 'horas')} depois de dado.`,
    auctionClosed: 'Este leilão já terminou: não dá mais para retirar lances.',
  },
  sellerPanel: {
    title: 'Seu leilão',
    canCancel: 'Enquanto ninguém der lance, você pode corrigir o anúncio ou cancelá-lo.',
    /** Beside "Este leilão é seu" while bids stand (eBay's order: the bids first, then the auction). */
    cancelAfterBids:
      'Com lances valendo, o leilão só pode ser cancelado depois que você cancelar os lances de cada licitante, abaixo do histórico de lances.',
    /** Cancelling refused (AUCTION_HAS_BIDS): someone bid since the page last heard. */
    cancelHasBids:
      'Há lances valendo neste leilão: para cancelá-lo, cancele antes os lances de cada licitante, em “Cancelar lances de um licitante”, abaixo do histórico de lances.',
    cancel: 'Cancelar leilão',
    question: 'Cancelar este leilão? Quem acompanha é avisado, e isso não pode ser desfeito.',
    confirm: 'Sim, cancelar o leilão',
    edit: 'Corrigir título, descrição ou categoria',
    editTitle: 'Título',
    editDescription: 'Descrição',
    editCategory: 'Categoria',
    save: 'Salvar correção',
    back: 'Voltar',
    saved: 'Anúncio corrigido. Quem acompanha já vê a nova versão.',
  },
  photos: {
    galleryLabel: 'Fotos',
    alt: (n: number, total: number, title: string) => `Foto ${n} de ${total}: ${title}`,
    managerTitle: 'Fotos do anúncio',
    count: (n: number, max: number) => `${n} de ${max} fotos.`,
    cover: 'capa',
    nth: (n: number) => `Foto ${n}`,
    add: 'Adicionar fotos',
    addHint: (room: number, mebibytes: number) =>
      `JPEG, PNG, WebP ou AVIF, até ${mebibytes} MB cada. ${plural(room, 'Cabe mais 1', `Cabem mais ${room}`)}.`,
    full: (max: number) => `O leilão já tem ${max} fotos, o máximo.`,
    sending: (n: number, total: number) => `Enviando ${n} de ${total}…`,
    added: (n: number) => `${n} ${plural(n, 'foto adicionada', 'fotos adicionadas')}.`,
    notAdded: 'Não foi possível adicionar:',
    failure: (fileName: string, reason: string) => `${fileName}: ${reason}`,
    remove: (n: number) => `Remover a foto ${n}`,
    removeQuestion: 'Remover esta foto? Quem acompanha o leilão deixa de vê-la.',
    removeConfirm: 'Sim, remover',
    removed: 'Foto removida.',
    makeCover: (n: number) => `Usar a foto ${n} como capa`,
    coverChosen: (n: number) =>
      `A foto ${n} agora é a capa: a primeira da galeria e a dos cartões.`,
    keptAfterBids:
      'Depois do primeiro lance, as fotos não podem mais ser removidas (quem deu lance viu essas fotos), mas você ainda pode adicionar outras.',
    hasBids: 'Este leilão já recebeu lances: as fotos não podem mais ser removidas.',
    pick: 'Fotos (opcional)',
    pickHint: (max: number, mebibytes: number) =>
      `Até ${max} fotos, JPEG, PNG, WebP ou AVIF, até ${mebibytes} MB cada, na ordem em que você escolher: a primeira é a capa. Dá para adicionar ou remover fotos depois, na página do leilão.`,
    chosen: 'Fotos escolhidas',
    pickedMax: (max: number) => `${max} fotos escolhidas, o máximo.`,
    unpick: 'Tirar',
    sendingAfterCreate: (n: number, total: number) => `Enviando foto ${n} de ${total}…`,
    handedOver:
      'O leilão foi publicado, mas estas fotos não foram adicionadas. Tente de novo aqui:',
    handedOverMixed:
      'O leilão foi publicado, mas as fotos não ficaram como você escolheu. Confira:',
    previewAlt: (fileName: string) => `Prévia de ${fileName}`,
    earlierTitle: 'Fotos do anúncio anterior',
    earlierHint:
      'São copiadas para o novo leilão, nesta ordem, antes das fotos que você escolher abaixo. Desmarque as que não quiser.',
    keep: (n: number) => `Manter a foto ${n}`,
    earlierFull: (max: number) =>
      `Com as fotos escolhidas abaixo, o leilão fica com ${max}, o máximo: para manter outra, tire uma delas.`,
    pickAfter: (kept: number, room: number) =>
      `Elas vêm depois ${plural(kept, 'da foto', `das ${kept} fotos`)} do anúncio anterior: ${plural(room, 'cabe mais 1', `cabem mais ${room}`)}.`,
    copying: 'Copiando as fotos do anúncio anterior…',
    notCopied: (reason: string) => `Fotos do anúncio anterior: ${reason}`,
    notRemoved: (n: number, reason: string) =>
      `A foto ${n}, do anúncio anterior, que você tinha tirado, continua no leilão: ${reason}`,
  },
  confirm: {
    back: 'Voltar',
  },
  watchlist: {
    title: 'Minha lista',
    explain:
      'Leilões que você acompanha. Você é avisado, em qualquer página, quando um deles está terminando ou quando seu lance é superado.',
    watch: 'Acompanhar',
    watching: 'Na minha lista',
    watcherCount: (n: number) =>
      `${n} ${plural(n, 'pessoa acompanha', 'pessoas acompanham')} este leilão`,
    failed: 'Não foi possível atualizar sua lista.',
    empty: 'Sua lista está vazia. Use “Acompanhar” nos leilões que interessam.',
    finishedTitle: 'Encerrados',
    loadFailed: 'Não foi possível carregar sua lista.',
    signInFirst: 'Entre na sua conta para ver sua lista.',
  },
  activity: {
    title: 'Minha atividade',
    buyingTitle: 'Meus lances',
    buyingEmpty: 'Você ainda não deu lances. Os leilões em que você der lances aparecem aqui.',
    sellingTitle: 'Minhas vendas',
    sellingEmpty: 'Você ainda não pôs nada à venda.',
    pendingTitle: 'Avaliações pendentes',
    /** Whom the viewer rates, by the viewer's part in the sale; neutral wording, no gender assumed. */
    pendingRate: {
      seller: (name: string) => `Avalie quem comprou: ${name}`,
      buyer: (name: string) => `Avalie quem vendeu: ${name}`,
    },
    pendingUntil: (date: string) => `até ${date}`,
    questionsTitle: 'Minhas perguntas',
    questionsEmpty:
      'Você ainda não fez perguntas. As que você fizer aos vendedores aparecem aqui, com as respostas.',
    /** The auction asked about is no longer there (its title comes empty). */
    auctionGone: 'Leilão que não existe mais',
    reportsTitle: 'Minhas denúncias',
    reportReason: (reason: string) => `Motivo: ${reason}`,
    reportedOn: (date: string) => `Denúncia feita em ${date}`,
    /** What became of a report (GivenFlag's `status`); "Analisada" agrees with "denúncia". */
    reportStatus: {
      pending: 'Aguardando análise',
      kept: 'Analisada: o anúncio foi mantido',
      removed: 'O anúncio foi removido pela moderação',
    } satisfies Record<GivenFlag['status'], string>,
    showMore: 'Mostrar mais',
    finishedTitle: 'Encerrados',
    loadFailed: 'Não foi possível carregar sua atividade.',
    signInFirst: 'Entre na sua conta para ver seus lances e suas vendas.',
    standing: {
      leading: 'Você está vencendo',
      outbid: 'Seu lance foi superado',
      won: 'Você arrematou',
      lost: 'Não foi desta vez',
    },
  },
  alerts: {
    outbid: (title: string) => `Seu lance foi superado em “${title}”.`,
    /** Moderators cancelled a suspended account's bids: the viewer leads, at `price`. */
    bidsCancelled: (title: string, price: string) =>
      `A moderação cancelou lances de uma conta suspensa em “${title}”. Você está na frente, por ${price}.`,
    /** A bidder retracted a bid: the viewer leads, at `price`. */
    bidRetracted: (title: string, price: string) =>
      `Um lance foi retirado em “${title}”. Você está na frente, por ${price}.`,
    /** The seller cancelled another bidder's bids: the viewer leads, at `price`. */
    bidsCancelledBySeller: (title: string, price: string) =>
      `O vendedor cancelou os lances de um licitante em “${title}”. Você está na frente, por ${price}.`,
    /** The seller cancelled the viewer's own bids (why is e-mailed, not in the event). */
    ownBidsCancelled: (title: string) =>
      `O vendedor cancelou seus lances em “${title}”. Você pode dar lances de novo enquanto o leilão estiver aberto.`,
    endingSoon: (title: string, time: string) => `“${title}” termina em breve, às ${time}.`,
    endingSoonUntitled: (time: string) => `Um leilão da sua lista termina em breve, às ${time}.`,
    won: (title: string, amount: string) => `Você arrematou “${title}” por ${amount}!`,
    sold: (title: string, amount: string) => `Seu leilão “${title}” foi vendido por ${amount}.`,
    unsold: (title: string) => `Seu leilão “${title}” terminou sem venda.`,
    reserveNotMet: (title: string) =>
      `“${title}” terminou sem atingir o preço de reserva: não houve venda.`,
    questionAsked: (title: string) => `Nova pergunta em “${title}”.`,
    questionAnswered: (title: string) => `O vendedor respondeu sua pergunta em “${title}”.`,
    /** `rating` in lower case: "positiva". */
    feedbackLeft: (name: string, rating: string, title: string) =>
      title ? `${name} avaliou você: ${rating} — “${title}”.` : `${name} avaliou você: ${rating}.`,
    seeFeedback: 'Ver avaliação',
    /** The rated person answered the viewer's rating; `title` is empty when the auction is gone. */
    feedbackReplied: (name: string, title: string) =>
      title
        ? `${name} respondeu à sua avaliação de “${title}”.`
        : `${name} respondeu à sua avaliação.`,
    /** A moderator removed the viewer's auction; `reason` is empty when this build does not know it. */
    removed: (title: string, reason: string) =>
      reason
        ? `Seu anúncio “${title}” foi removido pela moderação: ${reason}.`
        : `Seu anúncio “${title}” foi removido pela moderação.`,
    /** The same, of an auction that had ended: a sale it made stands. */
    removedEnded: (title: string, reason: string, sold: boolean) => {
      const why = reason ? `: ${reason}` : '';
      return sold
        ? `Seu anúncio “${title}”, já vendido, foi removido pela moderação${why}. A venda continua valendo.`
        : `Seu anúncio encerrado “${title}” foi removido pela moderação${why}.`;
    },
    /** A moderator's review decided the viewer's report; `title` is empty when unknown. */
    reportDecided: (title: string, kept: boolean) => {
      const report = title ? `Sua denúncia sobre “${title}”` : 'Sua denúncia';
      return kept
        ? `${report} foi analisada: o anúncio foi mantido. Se discordar, você pode recorrer em Minha atividade.`
        : `${report} foi analisada: o anúncio foi removido.`;
    },
    seeReports: 'Ver minhas denúncias',
    /** A new listing matches a saved search; `category` null for any (or one this build does not know). */
    searchMatched: (query: string, category: string | null, title: string) =>
      query || category
        ? `Novo anúncio para sua busca ${searchWords(query, category)}: ${title}`
        : `Novo anúncio para uma das suas buscas: ${title}`,
    bidAgain: 'Dar novo lance',
    answer: 'Responder',
    seeAnswer: 'Ver resposta',
    open: 'Ver leilão',
    dismiss: 'Fechar aviso',
  },
  time: {
    seconds: (n: number) => `${n} ${plural(n, 'segundo', 'segundos')}`,
    minutes: (n: number) => `${n} ${plural(n, 'minuto', 'minutos')}`,
  },
  report: {
    title: 'Relatório do leilão',
    pending: 'O relatório está sendo gerado…',
    failed: 'Não foi possível carregar o relatório.',
    report: 'Relatório',
    email: 'E-mail ao vencedor',
    noEmail: 'Sem vencedor, sem e-mail.',
    post: 'Anúncio',
    byMock: 'Texto automático, montado com os dados do leilão (sem IA).',
    byModel: (model: string) => `Escrito por IA (${model}).`,
  },
  questions: {
    title: 'Perguntas ao vendedor',
    loading: 'Carregando as perguntas…',
    loadFailed: 'Não foi possível carregar as perguntas.',
    retry: 'Tentar de novo',
    empty: 'Ninguém fez perguntas ainda.',
    number: (n: number) => `Pergunta ${n}`,
    answerTitle: 'Resposta do vendedor',
    pending: 'Aguardando resposta do vendedor',
    ask: 'Sua pergunta',
    askHint: 'Ela fica pública, com seu nome, e o vendedor responde aqui.',
    count: (n: number, max: number) => `${n} de ${max} caracteres`,
    send: 'Perguntar',
    sending: 'Enviando…',
    sent: 'Pergunta enviada. O vendedor foi avisado.',
    blank: 'Escreva sua pergunta antes de enviar.',
    signInTitle: 'Tem uma dúvida sobre o lote?',
    signIn: 'Entre na sua conta para perguntar ao vendedor.',
    closed: 'Este leilão terminou: não recebe mais perguntas.',
    sellerNote: 'Responda cada pergunta uma vez: a resposta fica pública e não pode ser mudada.',
    answerLabel: (n: number) => `Sua resposta à pergunta ${n}`,
    answerSend: 'Responder',
    answerBlank: 'Escreva a resposta antes de enviar.',
    announceAsked: (name: string, text: string) => `Nova pergunta de ${name}: ${text}`,
    announceAnswered: (n: number, text: string) => `O vendedor respondeu à pergunta ${n}: ${text}`,
    /** Codes whose general sentence speaks of bids. */
    ownAuction: 'Este leilão é seu: você responde às perguntas, não pergunta.',
    auctionClosed: 'Este leilão já terminou: não recebe mais perguntas.',
    notSeller: 'Só quem vende este leilão pode responder às perguntas.',
    remove: (n: number) => `Remover a pergunta ${n}`,
    removeQuestion:
      'Remover esta pergunta da página? Ela some para todos, com a resposta; não dá para desfazer.',
    removeConfirm: 'Sim, remover',
  },
  contact: {
    buyer: 'Contato de quem comprou',
    seller: 'Contato de quem vendeu',
    explain: 'Combinem o pagamento e a entrega por e-mail. Só vocês dois veem estes contatos.',
    deleted: (name: string) => `${name} excluiu a conta: não há mais um contato para mostrar.`,
  },
  feedback: {
    rating: { positive: 'Positiva', neutral: 'Neutra', negative: 'Negativa' },
    /** The author's part in the sale. */
    asRole: { buyer: 'como comprador', seller: 'como vendedor' },
    from: 'De',
    /** "98% positivas · 50 avaliações" beside a name. */
    percent: (n: number) => `${n}% positivas`,
    total: (n: number) => `${n} ${plural(n, 'avaliação', 'avaliações')}`,
    none: 'Ainda sem avaliações',
    countsLabel: 'Avaliações por tipo',
    counts: { positive: 'Positivas', neutral: 'Neutras', negative: 'Negativas' },
    saleTitle: 'Avaliações desta venda',
    saleExplain:
      'Quem comprou e quem vendeu avaliam um ao outro, uma vez cada. As avaliações são públicas e não podem ser mudadas.',
    saleEmpty: 'Ninguém avaliou esta venda ainda.',
    loading: 'Carregando as avaliações…',
    loadFailed: 'Não foi possível carregar as avaliações.',
    retry: 'Tentar de novo',
    rateSeller: (name: string) => `Avalie o vendedor ${name}`,
    rateBuyer: (name: string) => `Avalie o comprador ${name}`,
    deadline: (date: string) => `Você pode avaliar até ${date}.`,
    comment: 'Comentário (opcional)',
    send: 'Publicar avaliação',
    sending: 'Publicando…',
    chooseRating: 'Escolha Positiva, Neutra ou Negativa.',
    sent: 'Sua avaliação foi publicada.',
    announce: (name: string, rating: string) => `${name} avaliou esta venda: ${rating}.`,
    windowClosed: (date: string) => `O prazo para avaliar esta venda terminou em ${date}.`,
    /** Refusals by code, in the terms of a sale's feedback. */
    notAParty: 'Só quem vendeu ou arrematou este lote pode avaliar esta venda.',
    notSold: 'Este leilão não terminou em venda: não há o que avaliar.',
    alreadyLeft: 'Você já avaliou esta venda, e a avaliação não pode ser mudada.',
    closed: 'O prazo para avaliar esta venda já terminou.',
    accountDeleted: (name: string) =>
      `${name} excluiu a conta: esta venda não pode mais ser avaliada.`,
    /** The rated person's answer, beneath the rating. */
    replyFrom: (name: string) => `Resposta de ${name}:`,
    replyLabel: 'Sua resposta a esta avaliação',
    replyHint: 'Ela fica pública, abaixo da avaliação, e não pode ser mudada.',
    replySend: 'Responder',
    replyBlank: 'Escreva a resposta antes de enviar.',
    replySent: 'Sua resposta foi publicada.',
    announceReply: (name: string) => `${name} respondeu a uma avaliação desta venda.`,
    notRated: 'Só quem recebeu esta avaliação pode respondê-la.',
    feedbackNotFound: 'Esta avaliação não existe mais.',
    alreadyReplied: 'Você já respondeu a esta avaliação, e a resposta não pode ser mudada.',
  },
  profile: {
    memberSince: (when: string) => `Membro desde ${when}`,
    suspended: 'Conta suspensa',
    suspendedExplain:
      'A moderação suspendeu esta conta: ela não pode entrar até ser reativada. Pense bem antes de negociar com ela.',
    notFound: 'Perfil não encontrado',
    notFoundExplain: 'Não há uma conta com este endereço: ela não existe ou foi excluída.',
    loadFailed: 'Não foi possível carregar o perfil.',
    backToLobby: 'Voltar aos leilões',
    receivedTitle: 'Avaliações recebidas',
    receivedEmpty: 'Nenhuma avaliação recebida ainda.',
    moreFeedback: 'Carregar mais avaliações',
    auctionsTitle: (name: string) => `Anúncios de ${name}`,
    auctionsEmpty: 'Nenhum anúncio ainda.',
    moreAuctions: 'Carregar mais anúncios',
    auctionsFailed: 'Não foi possível carregar os anúncios.',
    /** Minha conta and Minha atividade link to one's own. */
    own: 'Meu perfil público',
    ownExplain: 'O que todos veem: seu nome, suas avaliações e seus anúncios (nunca seu e-mail).',
    /** How many times the account took back a bid; shown when any. */
    bidRetractions: 'Lances retirados (6 meses)',
  },
  /** Reporting an auction to the moderators, on its page. */
  flag: {
    open: 'Denunciar anúncio',
    title: 'Denunciar anúncio',
    explain:
      'Conte à moderação o que há de errado com este anúncio. Quem vende não fica sabendo quem denunciou.',
    reason: 'Motivo',
    details: 'Detalhes (opcional)',
    send: 'Enviar denúncia',
    sending: 'Enviando…',
    back: 'Voltar',
    chooseReason: 'Escolha um motivo.',
    sent: 'Denúncia enviada. A moderação vai analisar o anúncio.',
    alreadyFlagged: 'Você já denunciou este anúncio. A moderação vai analisá-lo.',
    /** OWN_AUCTION's general sentence speaks of bids. */
    ownAuction: 'Este anúncio é seu: você não pode denunciá-lo.',
  },
  /** `/moderation`: the reported auctions, for moderators. */
  moderation: {
    title: 'Moderação',
    /** The page's first section: the reported auctions (the appeals come after). */
    reportsTitle: 'Denúncias',
    explain:
      'Anúncios denunciados, os que esperam há mais tempo primeiro. Remover encerra um leilão aberto na hora, sem venda; um já encerrado mantém o resultado e sai das buscas. Quem vende é avisado do motivo. Manter tira o anúncio da fila até uma nova denúncia. Suspender o vendedor encerra as sessões dele e o impede de entrar até a conta ser reativada.',
    signInFirst: 'Entre na sua conta para ver os anúncios denunciados.',
    notModerator: 'Só moderadores podem ver esta página.',
    loadFailed: 'Não foi possível carregar os anúncios denunciados.',
    empty: 'Nenhum anúncio esperando revisão.',
    more: 'Carregar mais',
    state: 'Estado',
    waitingSince: 'Primeira denúncia',
    reports: (n: number) => `${n} ${plural(n, 'denúncia', 'denúncias')}`,
    by: 'Por',
    removalReason: 'Motivo da remoção',
    /** The visible word of each item's buttons; their names add the title. */
    remove: 'Remover anúncio',
    removeQuestion: (title: string, reason: string) =>
      `Remover “${title}”? O leilão termina agora, sem venda, e quem vende é avisado do motivo: ${reason}. Não dá para desfazer.`,
    /** Of an auction that had ended: its result is not undone. */
    removeEndedQuestion: (title: string, reason: string) =>
      `Remover “${title}”? O leilão já terminou e o resultado continua valendo; o anúncio sai das buscas e passa a mostrar o motivo: ${reason}. Quem vende é avisado e pode recorrer.`,
    removeConfirm: 'Sim, remover',
    keep: 'Manter anúncio',
    removedDone: (title: string, reason: string) =>
      `“${title}” foi removido (${reason}) e saiu da fila.`,
    keptDone: (title: string) => `“${title}” foi mantido e saiu da fila.`,
    /** AUCTION_CLOSED on removing: its end came, and the close is under way (its general sentence speaks of bids). */
    closingNow:
      'Este leilão está sendo encerrado neste instante. Tente remover de novo em alguns segundos.',
    /** Where the notice of auctions not listed appears; said while there is none. */
    live: 'A fila se atualiza ao vivo.',
    news: 'Novas denúncias — atualizar a fila',
    refreshed: 'Fila atualizada com as novas denúncias.',
    decidedElsewhere: (titles: readonly string[]) =>
      `Outra sessão de moderação já decidiu sobre ${titleList(titles)}: ${plural(titles.length, 'o anúncio saiu', 'os anúncios saíram')} da fila.`,
    reportedAgain: (titles: readonly string[]) =>
      `Chegaram denúncias novas para ${titleList(titles)}.`,
  },
  /** Moderators suspending an account: its seller's, from the queue, or on a profile. */
  suspension: {
    /** The visible word of each queue item's button; its name adds the seller's. */
    suspendSeller: 'Suspender vendedor',
    suspendAccount: 'Suspender conta',
    /** `cancelBids`: whether its bids on open auctions are cancelled with it (the form's box). */
    question: (name: string, cancelBids: boolean) =>
      `Suspender a conta de ${name}? A pessoa sai na hora de todos os dispositivos e não consegue entrar de novo até a conta ser reativada. ${
        cancelBids
          ? 'Os lances dela nos leilões abertos são cancelados; os dos leilões já encerrados continuam valendo.'
          : 'Os lances que ela já deu continuam valendo.'
      }`,
    reason: 'Motivo da suspensão',
    removeOpenAuctions: 'Remover também os anúncios abertos deste vendedor',
    cancelBids: 'Cancelar os lances desta conta nos leilões abertos',
    cancelBidsHint:
      'O líder e o preço de cada leilão são recalculados sem esses lances, como se ela nunca tivesse dado lance.',
    confirm: 'Sim, suspender',
    /**
     * `removed`: the open auctions removed with it; `bidsCancelledOn`: those
     * its bids were cancelled on; each null when it was not asked.
     */
    suspendedDone: (name: string, removed: number | null, bidsCancelledOn: number | null) =>
      `Conta de ${name} suspensa${removedWith(removed)}.${bidsCancelledOnText(bidsCancelledOn)}`,
    suspendedNote: (removed: number | null) =>
      `Conta do vendedor suspensa pela moderação${removedWith(removed)}.`,
    reinstate: 'Reativar conta',
    reinstatedDone: (name: string) => `Conta de ${name} reativada: a pessoa pode entrar de novo.`,
    /** The panel on a profile, for moderators. */
    panelTitle: 'Moderação desta conta',
    email: 'E-mail',
    moderator: 'Moderador',
    yes: 'Sim',
    no: 'Não',
    standing: 'Situação',
    active: 'Ativa',
    suspendedSince: (when: string, reason: string) => `Suspensa desde ${when}: ${reason}`,
    moderatorAccount:
      'Contas de moderadores não podem ser suspensas: revogue a moderação antes (npm run moderator -- revoke).',
    loadFailed: 'Não foi possível carregar os dados de moderação desta conta.',
  },
  /**
   * Appeals against a moderator's decision (the DSA's art. 20): the seller's
   * on a removed auction's page, a suspended account's on the sign-in page, a
   * reporter's against keeping the auction in *Minhas denúncias*, and the
   * moderators' list of them on /moderation.
   */
  appeals: {
    removalTitle: 'Recorrer da remoção',
    suspensionTitle: 'Recorrer da suspensão',
    yourAppeal: 'Seu recurso',
    removalLabel: 'Por que a remoção deve ser revista?',
    suspensionLabel: 'Por que a suspensão deve ser revista?',
    explain:
      'Uma pessoa da moderação analisa o recurso e responde por e-mail. Cada decisão aceita um recurso, até seis meses depois dela.',
    blank: 'Escreva por que a decisão deve ser revista.',
    send: 'Enviar recurso',
    loadFailed: 'Não foi possível carregar o seu recurso.',
    sent: 'Recurso enviado. A moderação vai analisá-lo, e a resposta chega por e-mail.',
    alreadyAppealed: 'Você já recorreu desta suspensão. Veja abaixo como está o recurso.',
    /** Under a kept report in *Minhas denúncias*: its author may appeal the keep. */
    keepOffer: (until: string) => `Discorda da decisão? Você pode recorrer até ${until}.`,
    /** The visible words of the button; its name adds the auction's title. */
    keepOpen: 'Recorrer da decisão',
    keepOpenName: (title: string) => `Recorrer da decisão de manter “${title}”`,
    keepLabel: 'Por que a decisão de manter o anúncio deve ser revista?',
    keepExplain:
      'Uma pessoa da moderação analisa o recurso e responde por e-mail. Se ela o aceitar, o anúncio é removido pelo motivo que você denunciou. Você pode recorrer uma vez, até seis meses depois da decisão.',
    keepBack: 'Voltar',
    /** Under the sign-in refused: a suspended account's *Baixar meus dados*. */
    suspendedExportExplain:
      'Mesmo com a conta suspensa, você pode baixar tudo o que guardamos sobre ela, num arquivo JSON, com o e-mail e a senha digitados acima.',
    /** The state of an appeal in a few words, by what it contests and what became of it. */
    state: {
      open: 'Aguardando análise.',
      removal: { upheld: 'Remoção mantida.', reversed: 'Remoção revista.' },
      suspension: { upheld: 'Suspensão mantida.', reversed: 'Suspensão revista.' },
      keep: { upheld: 'Decisão mantida.', reversed: 'Decisão revista.' },
    } satisfies { open: string } & Record<Appeal['kind'], Record<AppealOutcome, string>>,
    waitingSince: (when: string) => `Recurso enviado em ${when}. A moderação responde por e-mail.`,
    decidedOn: (when: string) => `Decidido em ${when}.`,
    /** After a decision, what it means for the appellant ('': nothing more to say). */
    means: {
      removal: { upheld: '', reversed: 'Você pode anunciar o item de novo.' },
      suspension: { upheld: '', reversed: 'A conta foi reativada: você já pode entrar.' },
      keep: {
        upheld: 'O anúncio continua no ar.',
        reversed: 'O anúncio foi removido pelo motivo que você denunciou.',
      },
    } satisfies Record<Appeal['kind'], Record<AppealOutcome, string>>,
    text: 'Seu texto',
    reply: 'Resposta da moderação',
    /** On the banner of a removed auction whose removal an appeal reversed. */
    reversedNote: 'A remoção foi revista após recurso de quem vende.',
    /** `/moderation`'s second section. */
    queueTitle: 'Recursos',
    queueExplain:
      'Quem teve um anúncio removido ou a conta suspensa pode recorrer uma vez, e quem denunciou um anúncio que foi mantido também. Os recursos que esperam há mais tempo vêm primeiro; a resposta, obrigatória, vai por e-mail a quem recorreu.',
    queueLoadFailed: 'Não foi possível carregar os recursos.',
    queueEmpty: 'Nenhum recurso esperando análise.',
    deletedAuction: 'um anúncio que não existe mais',
    decisionReason: 'Motivo da decisão',
    decidedAt: 'Decidida em',
    decidedBy: 'Decidida por',
    decidedByGone: 'conta excluída',
    ownDecision: 'Você tomou esta decisão: outra pessoa da moderação decide o recurso.',
    appellant: 'Recurso de',
    appealedAt: 'Enviado em',
    appealText: 'Texto do recurso',
    replyLabel: 'Resposta a quem recorreu',
    replyHint: 'Os motivos da decisão; vão por e-mail a quem recorreu.',
    replyBlank: 'Escreva a resposta: ela explica a decisão a quem recorreu.',
    /** The visible words of each item's buttons; their names add the item's subject. */
    uphold: 'Manter a decisão',
    reverse: 'Reverter a decisão',
    decidedElsewhere: (n: number) =>
      `Outra sessão de moderação decidiu ${plural(n, '1 recurso', `${n} recursos`)}: ${plural(n, 'saiu', 'saíram')} da lista.`,
    arrived: (n: number) =>
      `${plural(n, '1 recurso entrou', `${n} recursos entraram`)} na lista, no fim dela.`,
  },
  /**
   * `/moderation`'s third section, *Registro de decisões*: each decision as a
   * sentence — who, the verb, what it was about, the words after
   * (i18n/moderation-log-text.ts).
   */
  moderationLog: {
    title: 'Registro de decisões',
    explain:
      'Cada decisão da moderação, a mais recente primeiro: quem decidiu, o quê e por quê. O registro não se atualiza sozinho: use “Atualizar” para ver as decisões novas.',
    loadFailed: 'Não foi possível carregar o registro de decisões.',
    empty: 'Nenhuma decisão registrada ainda.',
    refresh: 'Atualizar',
    /** The visible word is enough beside the heading; the name says what is read again. */
    refreshName: 'Atualizar o registro de decisões',
    refreshed: 'Registro de decisões atualizado.',
    refreshFailed: 'Não foi possível atualizar o registro de decisões. Tente de novo.',
    moderatorGone: 'Conta excluída',
    auctionGone: 'um anúncio que não existe mais',
    accountGone: 'uma conta que não existe mais',
    reason: (reason: string) => `Motivo: ${reason}`,
    /** Before and after what the decision was about. */
    decisions: {
      removed: { verb: 'removeu', after: '' },
      kept: { verb: 'manteve', after: ' após analisar as denúncias' },
      suspended: { verb: 'suspendeu', after: '' },
      reinstated: { verb: 'reativou', after: '' },
      appeal_upheld: {
        removal: { verb: 'manteve a remoção de', after: ' após recurso' },
        suspension: { verb: 'manteve a suspensão de', after: ' após recurso' },
        keep: { verb: 'confirmou a decisão de manter', after: ' após recurso' },
      },
      appeal_reversed: {
        removal: { verb: 'reverteu a remoção de', after: ' após recurso' },
        suspension: { verb: 'reverteu a suspensão de', after: ' após recurso' },
        keep: { verb: 'reverteu a decisão de manter', after: ' após recurso' },
      },
      /** The suspended account, `on`, then the auction: “… cancelou os lances de Sérgio em “Relógio””. */
      bids_cancelled: { verb: 'cancelou os lances de', on: ' em ', after: '' },
      unknown: {
        verb: 'tomou uma decisão que esta versão da página não sabe descrever',
        after: '',
      },
    },
  },
  /** A seller's blocked users: the button on a profile, the list on Minha conta. */
  blocking: {
    block: (name: string) => `Bloquear ${name}`,
    question: (name: string) =>
      `Bloquear ${name}? Essa pessoa não poderá mais dar lances, comprar nem fazer perguntas nos seus leilões. Os lances que ela já deu continuam valendo. Você pode desbloquear quando quiser.`,
    confirm: 'Sim, bloquear',
    blocked: (name: string) => `Pronto: você bloqueou ${name}.`,
    isBlocked: (name: string) =>
      `${name} está entre os usuários que você bloqueou: não pode dar lances, comprar nem fazer perguntas nos seus leilões.`,
    unblock: (name: string) => `Desbloquear ${name}`,
    unblocked: (name: string) =>
      `Você desbloqueou ${name}: essa pessoa pode voltar a dar lances, comprar e fazer perguntas nos seus leilões.`,
    loadFailed: 'Não foi possível ler sua lista de usuários bloqueados. Recarregue a página.',
    title: 'Usuários bloqueados',
    explain:
      'Quem você bloqueia não pode dar lances, comprar nem fazer perguntas nos seus leilões; os lances que já tinha dado continuam valendo. A pessoa não é avisada: só vê a recusa se tentar.',
    where:
      'Para bloquear alguém, abra o perfil público da pessoa (pelo nome dela num leilão ou numa avaliação) e escolha “Bloquear”.',
    empty: 'Você não bloqueou ninguém.',
    /** The visible word of each row's button; its name adds whom. */
    unblockShort: 'Desbloquear',
  },
  /** *Alertas de busca*: the lobby's button and the list on Minha conta. */
  savedSearches: {
    create: 'Criar alerta desta busca',
    created: 'Alerta criado: avisaremos dos leilões novos desta busca.',
    manage: 'Ver meus alertas em Minha conta',
    signIn: 'Entre na sua conta para criar um alerta desta busca.',
    title: 'Alertas de busca',
    explain: (max: number) =>
      `Avisamos de cada leilão novo que combina com um alerta, nas páginas abertas e por e-mail (se você quiser). Crie até ${max} na página de leilões, ao buscar.`,
    empty: 'Você ainda não tem alertas de busca.',
    loadFailed: 'Não foi possível ler seus alertas de busca.',
    /** A saved search in a list: “relogio”, Livros, or “relogio” em Livros. */
    describe: (query: string, category: string | null) =>
      query && category ? `“${query}” em ${category}` : query ? `“${query}”` : (category ?? ''),
    createdAt: (date: string) => `Criado em ${date}`,
    /** The visible word of each row's button; its name adds which search. */
    remove: 'Excluir',
    removeLabel: (search: string) => `Excluir o alerta ${search}`,
    removed: (search: string) => `Alerta ${search} excluído.`,
  },
  newAuction: {
    title: 'Criar leilão',
    copiedFrom: (title: string) =>
      `Preenchido a partir de “${title}”: confira tudo antes de publicar; o leilão começa agora.`,
    reserveAgain:
      'Aquele leilão tinha preço de reserva, que é sigiloso: informe-o de novo, se quiser.',
    offerAgain: 'Anunciar de novo',
    sellSimilar: 'Anunciar um item parecido',
    itemTitle: 'Título',
    description: 'Descrição',
    descriptionHint: 'Opcional, até 5000 caracteres.',
    category: 'Categoria',
    categoryHint: 'Quem navega pela categoria encontra seu item. Na dúvida, Outros.',
    prices: 'Preços',
    startingPrice: 'Lance inicial (R$)',
    priceHint: 'Ex.: 1.234,56 ou 1234.56',
    reservePrice: 'Preço de reserva (R$)',
    reservePriceHint:
      'Opcional e secreto: abaixo dele o lote não é vendido. Quem participa só vê se foi atingido.',
    buyNowPrice: '“Compre já” (R$)',
    buyNowPriceHint:
      'Opcional: quem pagar este preço leva na hora. Oferecido até o primeiro lance (ou até atingir a reserva).',
    startMode: 'Quando começa',
    startNow: 'Agora',
    startLater: 'Agendar o início',
    startsAt: 'Começa em',
    startsAtHint: 'O leilão aparece já, mas só aceita lances a partir daí.',
    endMode: 'Como termina',
    byDuration: 'Depois de um tempo',
    byEndTime: 'Em uma data e hora',
    duration: 'Duração',
    durationUnit: 'Unidade',
    seconds: 'segundos',
    minutes: 'minutos',
    hours: 'horas',
    days: 'dias',
    endsAt: 'Termina em',
    minIncrement: 'Incremento mínimo (R$)',
    minIncrementHint:
      'Opcional. Vazio: tabela padrão, de R$ 0,05 (abaixo de R$ 1) a R$ 100,00 (acima de R$ 5.000).',
    softCloseLegend: 'Anti-sniping',
    softClose: 'Janela de prorrogação',
    softCloseNone: 'Nenhuma',
    softCloseHint:
      'Um lance dentro dessa janela final adia o fim: o leilão passa a terminar essa mesma duração depois do lance.',
    maxEndsAt: 'Prazo final (opcional)',
    maxEndsAtHint: 'As prorrogações nunca passam deste momento.',
    submit: 'Publicar leilão',
    submitting: 'Publicando…',
    signInFirst: 'Entre na sua conta para criar um leilão.',
    fixErrors: 'Corrija os campos indicados.',
  },
  auth: {
    signInTitle: 'Entrar',
    signUpTitle: 'Criar conta',
    name: 'Nome',
    email: 'E-mail',
    password: 'Senha',
    passwordHint: 'Pelo menos 8 caracteres.',
    signInSubmit: 'Entrar',
    signUpSubmit: 'Criar conta',
    forgot: 'Esqueci minha senha',
    noAccount: 'Não tem conta?',
    haveAccount: 'Já tem conta?',
  },
  reset: {
    askTitle: 'Redefinir a senha',
    askExplain:
      'Informe o e-mail da sua conta. Enviaremos um link para você escolher uma nova senha.',
    askSubmit: 'Enviar o link',
    asked: (email: string) =>
      `Se houver uma conta com ${email}, enviamos um link para ela. Confira sua caixa de entrada (e o spam).`,
    setTitle: 'Escolha uma nova senha',
    setExplain: 'Todos os dispositivos conectados à sua conta serão desconectados.',
    setSubmit: 'Salvar a nova senha',
    done: 'Senha redefinida. Entre com a nova senha.',
    missingToken: 'Este link está incompleto. Abra o link do e-mail de novo ou peça outro.',
    askAgain: 'Pedir outro link',
  },
  verify: {
    title: 'Confirmação de e-mail',
    checking: 'Confirmando seu e-mail…',
    done: (email: string) =>
      `E-mail confirmado. Os avisos por e-mail que você escolher em Minha conta serão enviados para ${email}.`,
    missingToken:
      'Este link está incompleto. Abra de novo o link do e-mail ou peça outro em Minha conta.',
    retry: 'Tentar de novo',
    toAccount: 'Ir para Minha conta',
    toLobby: 'Voltar aos leilões',
  },
  revert: {
    title: 'Devolução do endereço de e-mail',
    checking: 'Devolvendo o endereço à sua conta…',
    done: 'Seu endereço de e-mail voltou para a conta e todos os dispositivos foram desconectados. Agora escolha uma nova senha.',
    missingToken: 'Este link está incompleto. Abra de novo o link do e-mail.',
    taken:
      'Alguém já criou uma conta com este endereço depois da troca, então ele não pode voltar para a sua.',
    unavailable: 'Este servidor não envia e-mails, então este link não pode ser usado aqui.',
    retry: 'Tentar de novo',
    toLobby: 'Voltar aos leilões',
  },
  account: {
    title: 'Minha conta',
    signInFirst: 'Entre na sua conta para ver seus dados.',
    emailUnverified:
      'E-mail não confirmado: os avisos por e-mail só são enviados depois da confirmação.',
    emailVerified: 'E-mail confirmado',
    sendVerification: 'Enviar link de confirmação',
    verificationSent: (email: string) =>
      `Enviamos um link para ${email}. Confira sua caixa de entrada (e o spam).`,
    emailTitle: 'Trocar o e-mail',
    emailExplain:
      'Enviamos um link de confirmação para o novo endereço e avisamos o atual, que deixa de receber os e-mails da conta. Seus dispositivos continuam conectados.',
    newEmail: 'Novo e-mail',
    emailPassword: 'Senha da sua conta',
    emailSubmit: 'Trocar o e-mail',
    emailChanged: (email: string) =>
      `Pronto: enviamos um link de confirmação para ${email}. Seu endereço anterior foi avisado.`,
    /** Where the server sends no e-mail. */
    emailChangedQuietly: (email: string) => `Pronto: sua conta agora usa ${email}.`,
    emailSame: 'Este já é o endereço da sua conta.',
    passwordTitle: 'Trocar a senha',
    passwordExplain:
      'Ao trocar a senha, todos os seus outros dispositivos são desconectados; este continua conectado.',
    currentPassword: 'Senha atual',
    newPassword: 'Nova senha',
    submit: 'Trocar a senha',
    changed: 'Senha trocada. Seus outros dispositivos foram desconectados.',
    devicesTitle: 'Outros dispositivos',
    devicesExplain: 'Deixou sua conta aberta em outro computador ou celular? Desconecte-a daqui.',
    signOutOthers: 'Sair dos outros dispositivos',
    othersSignedOut: (n: number) =>
      n === 0
        ? 'Nenhum outro dispositivo estava conectado.'
        : `${n} ${plural(n, 'dispositivo desconectado', 'dispositivos desconectados')}.`,
    exportTitle: 'Seus dados',
    exportExplain:
      'Tudo o que guardamos sobre a sua conta, num arquivo JSON: seus dados, os leilões que você vende, aqueles em que deu lances (com os seus lances e o seu lance máximo onde está na frente), a sua lista de acompanhamento e quem você bloqueou.',
    emailsTitle: 'Avisos por e-mail',
    emailsExplain:
      'Quando alguém passa à sua frente num leilão aberto, avisamos por e-mail, com o lance atual e o mínimo para voltar à frente: um aviso cada vez que você for superado. E, pouco antes de terminar um leilão que você acompanha ou em que deu lance, avisamos uma vez, para você não perder o fim. Quando alguém pergunta sobre um leilão seu, ou quem vende responde à sua pergunta, mandamos os dois textos.',
    outbidEmails: 'Avisar quando meu lance for superado',
    outbidOn: 'Pronto: você será avisado quando seu lance for superado.',
    outbidOff: 'Pronto: você não receberá mais esses avisos.',
    endingSoonEmails:
      'Avisar quando um leilão que acompanho ou em que dei lance estiver para terminar',
    endingSoonOn:
      'Pronto: você será avisado quando um leilão que acompanha ou em que deu lance estiver para terminar.',
    endingSoonOff: 'Pronto: você não receberá mais avisos de leilões para terminar.',
    questionEmails: 'Avisar de perguntas sobre meus leilões e de respostas às minhas perguntas',
    questionsOn:
      'Pronto: você será avisado de perguntas sobre seus leilões e de respostas às suas perguntas.',
    questionsOff: 'Pronto: você não receberá mais e-mails sobre perguntas.',
    feedbackEmails: 'Avisar de avaliações que eu receber e de respostas às minhas',
    feedbackOn:
      'Pronto: você receberá um e-mail a cada avaliação que receber e a cada resposta às suas.',
    feedbackOff: 'Pronto: você não receberá mais e-mails sobre avaliações.',
    searchEmails: 'Novos anúncios das minhas buscas salvas',
    searchesOn:
      'Pronto: você receberá um e-mail quando um anúncio novo combinar com um alerta de busca.',
    searchesOff: 'Pronto: os alertas de busca só aparecerão nas páginas abertas do Arremate.',
    emailsUnreadable: 'Não foi possível ler sua escolha agora. Recarregue a página.',
    exportButton: 'Baixar meus dados',
    exported: 'Arquivo baixado.',
    deleteTitle: 'Excluir a conta',
    deleteExplain:
      'Apaga seu nome, e-mail e senha, sua lista de acompanhamento e sua atividade, e desconecta todos os seus dispositivos. Lances e leilões passados continuam com o nome que todos viram. Não é possível enquanto você vende um leilão aberto ou está na frente em um, nem por um tempo depois de vender ou arrematar um (a outra parte pode precisar falar com você). Não dá para desfazer.',
    deleteOpen: 'Excluir minha conta',
    deletePassword: 'Sua senha, para confirmar',
    deleteConfirm: 'Excluir a conta para sempre',
    deleteKeep: 'Manter a conta',
    deleteBlocking: 'Ver o leilão',
    deletedTitle: 'Conta excluída',
    deleted: 'Sua conta foi excluída e todos os seus dispositivos foram desconectados.',
    backToLobby: 'Voltar aos leilões',
  },
  field: {
    required: 'Preencha este campo.',
    tooLong: (max: number) => `Use no máximo ${max} caracteres.`,
    emailInvalid: 'Informe um e-mail válido.',
    passwordShort: 'A senha precisa de pelo menos 8 caracteres.',
    moneyEmpty: 'Informe um valor.',
    moneyInvalid: 'Valor inválido. Use, por exemplo, 1.234,56.',
    moneyAmbiguous: (text: string) =>
      `“${text}” é ambíguo: use 12.345,00 para milhares ou 12,35 para centavos.`,
    moneyDecimals: 'Use no máximo duas casas decimais.',
    moneyRange: 'Valor fora do intervalo permitido (R$ 0,01 a R$ 1.000.000.000,00).',
    durationRange: 'A duração deve ficar entre 1 segundo e 30 dias.',
    endsAtPast: 'Escolha um momento no futuro.',
    endsAtTooFar: 'O leilão pode durar no máximo 30 dias.',
    softCloseRange: 'Use um número inteiro de 0 a 3600.',
    reserveBelowStart: 'A reserva não pode ser menor que o lance inicial.',
    buyNowTooLow: 'O “Compre já” precisa ser maior que o lance inicial e que a reserva.',
    startsAtPast: 'Escolha um início no futuro.',
    startsAtTooFar: 'O início pode ser no máximo daqui a 30 dias.',
    endsBeforeStart: 'O fim precisa ser depois do início.',
    deadlineBeforeEnd: 'O prazo final não pode ser antes do fim do leilão.',
    categoryInvalid: 'Escolha uma das categorias da lista.',
  },
  errors: {
    BID_TOO_LOW: (minimum: string) => `Lance abaixo do mínimo. O mínimo agora é ${minimum}.`,
    AUCTION_CLOSED: 'Este leilão já foi encerrado. Não aceita mais lances.',
    AUCTION_NOT_STARTED: 'Este leilão ainda não começou. Aguarde o horário de início.',
    UNAUTHORIZED: 'Sua sessão expirou ou você não entrou. Entre para continuar.',
    OWN_AUCTION: 'Você não pode dar lances no seu próprio leilão.',
    RATE_LIMITED: 'Muitas tentativas em pouco tempo. Aguarde um instante e tente de novo.',
    VALIDATION_FAILED: 'Alguns dados não foram aceitos. Confira os campos.',
    INVALID_CREDENTIALS: 'E-mail ou senha incorretos.',
    WRONG_PASSWORD: 'A senha atual não confere.',
    INVALID_RESET_TOKEN: 'Este link não vale mais (já foi usado ou expirou). Peça outro.',
    PASSWORD_RESET_UNAVAILABLE:
      'A redefinição de senha por e-mail não está disponível neste servidor.',
    INVALID_VERIFICATION_TOKEN:
      'Este link de confirmação não vale mais (já foi usado ou expirou). Peça um novo em Minha conta.',
    EMAIL_VERIFICATION_UNAVAILABLE: 'A confirmação de e-mail não está disponível neste servidor.',
    EMAIL_ALREADY_VERIFIED: 'Seu e-mail já está confirmado.',
    INVALID_REVERT_TOKEN:
      'Este link para devolver o endereço à conta não vale mais (já foi usado ou expirou).',
    EMAIL_TAKEN: 'Já existe uma conta com este e-mail.',
    AUCTION_NOT_FOUND: 'Leilão não encontrado.',
    BUY_NOW_UNAVAILABLE: 'O “Compre já” não está mais disponível para este leilão.',
    NOT_SELLER: 'Só quem vende pode fazer isso.',
    AUCTION_HAS_BIDS:
      'Este leilão tem lances valendo: enquanto tiver, não pode ser corrigido nem cancelado.',
    SELLING_OPEN_AUCTION:
      'Você tem um leilão aberto. Ele precisa terminar, ou ser cancelado, antes de excluir a conta.',
    LEADING_OPEN_AUCTION:
      'Você está na frente em um leilão aberto e pode arrematá-lo. Espere ele terminar para excluir a conta.',
    SALE_IN_PROGRESS: (date: string) =>
      `Você vendeu ou arrematou um leilão há pouco, e a outra parte ainda pode precisar falar com você. Poderá excluir a conta a partir de ${date}.`,
    IDEMPOTENCY_KEY_REUSED: 'Este pedido já foi usado para outro lance. Tente de novo.',
    NOT_LEADING: 'Você não lidera mais este leilão. Para voltar à frente, dê um lance.',
    MAX_TOO_LOW: (minimum: string) =>
      `Um lance máximo só pode subir: informe pelo menos ${minimum}.`,
    INVALID_IMAGE:
      'Este arquivo não é uma imagem que conseguimos ler. Envie uma foto JPEG, PNG, WebP ou AVIF.',
    UNSUPPORTED_MEDIA_TYPE: 'Tipo de arquivo não aceito. Envie uma foto JPEG, PNG, WebP ou AVIF.',
    PAYLOAD_TOO_LARGE: (mebibytes: number) =>
      `O arquivo passa de ${mebibytes} MB. Envie uma foto menor.`,
    TOO_MANY_PHOTOS: (max: number) => `O leilão já tem ${max} fotos, o máximo.`,
    PHOTO_NOT_FOUND: 'Esta foto já tinha sido removida.',
    TOO_MANY_QUESTIONS: (max: number) => `Este leilão já recebeu ${max} perguntas, o máximo.`,
    QUESTION_NOT_FOUND: 'Esta pergunta não existe neste leilão.',
    ALREADY_ANSWERED: 'Esta pergunta já foi respondida.',
    BLOCKED_BY_SELLER:
      'Quem vende não aceita lances, compras nem perguntas suas nos leilões que anuncia.',
    ALREADY_FLAGGED: 'Você já denunciou este anúncio.',
    AUCTION_CANCELLED: 'Este leilão foi cancelado ou removido.',
    ALREADY_REMOVED: 'Este anúncio já tinha sido removido pela moderação.',
    NOT_A_MODERATOR: 'Só moderadores podem fazer isso.',
    MODERATOR_ACCOUNT: 'Esta conta é de um moderador: revogue a moderação antes de suspendê-la.',
    ACCOUNT_SUSPENDED:
      'Esta conta está suspensa pela moderação: não é possível entrar até que ela seja reativada.',
    TOO_MANY_BLOCKED: (max: string) =>
      `Você já bloqueou ${max} pessoas, o máximo. Desbloqueie alguém em Minha conta antes.`,
    USER_NOT_FOUND: 'Esta conta não existe mais.',
    SEARCH_ALREADY_SAVED: 'Você já tem este alerta.',
    TOO_MANY_SEARCHES: (max: string) =>
      `Você já tem ${max} alertas de busca, o máximo. Exclua algum em Minha conta.`,
    SEARCH_NOT_FOUND: 'Este alerta não existe mais.',
    SERVER_BUSY: 'O servidor está tratando muitas fotos agora. Tente de novo em instantes.',
    NOT_REMOVED: 'Este anúncio não foi removido pela moderação: não há remoção para contestar.',
    NOT_SUSPENDED: 'Esta conta não está suspensa: entre normalmente.',
    ALREADY_APPEALED: 'Você já recorreu desta decisão; cada decisão aceita um recurso.',
    APPEAL_WINDOW_CLOSED: 'O prazo para recorrer desta decisão, de seis meses, já terminou.',
    APPEAL_NOT_FOUND: 'Este recurso não existe mais.',
    APPEAL_DECIDED: 'Este recurso já foi decidido em outra sessão de moderação.',
    OWN_DECISION: 'Você tomou esta decisão: outra pessoa da moderação decide o recurso.',
    REPORT_NOT_FOUND:
      'Não há denúncia sua deste anúncio: só quem o denunciou pode recorrer da decisão de mantê-lo.',
    REPORT_PENDING:
      'A moderação ainda não analisou sua denúncia: você poderá recorrer se ela decidir manter o anúncio.',
    NETWORK: 'Sem conexão com o servidor. Verifique sua internet e tente de novo.',
    UNKNOWN: 'Algo deu errado. Tente de novo em instantes.',
  },
  /** While a page's own chunk arrives (routing/lazy-page.tsx). */
  lazyPage: {
    loading: 'Carregando a página…',
    failed: 'Não foi possível carregar esta página. Verifique a conexão e tente de novo.',
    reload: 'Recarregar',
  },
  notFound: {
    title: 'Página não encontrada',
    body: 'O endereço não existe.',
  },
};

export type Messages = typeof ptBR;
