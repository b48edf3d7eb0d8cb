// The words of the transparency report on /moderation, in both languages. A
// catalogue of its own rather than a part of messages-pt-br.ts and
// messages-en.ts: only moderators read it, and here it ships in the
// moderation page's chunk instead of everyone's first load. The reasons'
// names, the field and error sentences are the main catalogues' (t.flagReasons…).
import type { Locale } from '../format.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const ptBR = {
  title: 'Relatório de transparência',
  explain:
    'O que a moderação recebeu e decidiu num período: denúncias por motivo, remoções de anúncios, suspensões de contas e recursos, com o tempo mediano até cada decisão. Os dias são contados em UTC, o primeiro e o último incluídos.',
  from: 'De',
  to: 'Até',
  generate: 'Gerar relatório',
  generating: 'Gerando o relatório…',
  generated: 'Relatório gerado.',
  toBeforeFrom: 'A data “Até” não pode ser anterior à data “De”.',
  /** VALIDATION_FAILED: a date the form let through and the API did not accept. */
  badDates: 'As datas não foram aceitas. Confira o período e tente de novo.',
  /** The result's heading: "De 1 de janeiro a 30 de novembro de 2026". */
  period: (from: string, to: string) => `De ${from} a ${to}`,
  generatedAt: (when: string) => `Gerado em ${when}.`,
  humanOnly: 'Nenhuma decisão é tomada por meios automatizados.',
  /** When the period starts before what the platform still counts. */
  countedFrom: {
    decisions: (day: string) => `Decisões contadas a partir de ${day}.`,
    received: (day: string) => `Denúncias e recursos recebidos contados a partir de ${day}.`,
    both: (day: string) => `Decisões, denúncias e recursos contados a partir de ${day}.`,
  },
  byReason: {
    caption: 'Denúncias, remoções e suspensões por motivo',
    reason: 'Motivo',
    notices: 'Denúncias',
    removals: 'Remoções',
    suspensions: 'Suspensões',
    total: 'Total',
  },
  notices: {
    title: 'Denúncias',
    received: 'Recebidas',
    removed: 'Anúncios removidos após análise',
    kept: 'Anúncios mantidos após análise',
    median: 'Tempo mediano da primeira denúncia à decisão',
  },
  removals: {
    title: 'Remoções de anúncios',
    total: 'Total',
    onNotice: 'Após denúncias',
    /** A keep reversed on the appeal of one who reported the auction. */
    onAppeal: 'Após recurso de quem denunciou um anúncio mantido',
    ownInitiative: 'Por iniciativa da moderação',
    /** Removals logged before the count of notices began say neither. */
    unsourced: (n: string, count: number) =>
      `${n} ${plural(count, 'remoção registrada', 'remoções registradas')} antes desta contagem não ${plural(count, 'diz se veio', 'dizem se vieram')} de denúncia.`,
  },
  suspensions: {
    title: 'Suspensões de contas',
    suspended: 'Contas suspensas',
    reinstated: 'Contas reativadas pela moderação',
    bidsCancelledOn: 'Leilões com lances de contas suspensas cancelados',
  },
  appeals: {
    title: 'Recursos',
    removal: 'Recebidos contra remoções',
    suspension: 'Recebidos contra suspensões',
    keep: 'Recebidos contra anúncios mantidos após denúncia',
    upheld: 'Decisões mantidas',
    reversed: 'Decisões revertidas',
    median: 'Tempo mediano até a decisão',
  },
  /** A median of no decisions. */
  noDecisions: 'sem decisões no período',
  duration: {
    underAMinute: 'menos de 1 min',
    days: (n: string, count: number) => `${n} ${plural(count, 'dia', 'dias')}`,
    hours: (n: string) => `${n} h`,
    minutes: (n: string) => `${n} min`,
  },
  download: 'Baixar JSON',
};

export type TransparencyMessages = typeof ptBR;

const en: TransparencyMessages = {
  title: 'Transparency report',
  explain:
    'What moderation received and decided in a period: reports by reason, listings removed, accounts suspended and appeals, with the median time to each decision. Days are counted in UTC, the first and the last included.',
  from: 'From',
  to: 'To',
  generate: 'Generate report',
  generating: 'Generating the report…',
  generated: 'Report generated.',
  toBeforeFrom: 'The “To” date cannot be before the “From” date.',
  badDates: 'The dates were not accepted. Check the period and try again.',
  period: (from: string, to: string) => `From ${from} to ${to}`,
  generatedAt: (when: string) => `Generated on ${when}.`,
  humanOnly: 'No decision is taken by automated means.',
  countedFrom: {
    decisions: (day: string) => `Decisions counted from ${day}.`,
    received: (day: string) => `Reports and appeals received counted from ${day}.`,
    both: (day: string) => `Decisions, reports and appeals counted from ${day}.`,
  },
  byReason: {
    caption: 'Reports, removals and suspensions by reason',
    reason: 'Reason',
    notices: 'Reports',
    removals: 'Removals',
    suspensions: 'Suspensions',
    total: 'Total',
  },
  notices: {
    title: 'Reports',
    received: 'Received',
    removed: 'Listings removed after review',
    kept: 'Listings kept after review',
    median: 'Median time from the first report to the decision',
  },
  removals: {
    title: 'Listings removed',
    total: 'Total',
    onNotice: 'After reports',
    onAppeal: 'On the appeal of one who reported a listing that was kept',
    ownInitiative: 'On moderation’s own initiative',
    unsourced: (n: string, count: number) =>
      `${n} ${plural(count, 'removal', 'removals')} logged before this count began ${plural(count, 'does', 'do')} not say whether a report led to it.`,
  },
  suspensions: {
    title: 'Account suspensions',
    suspended: 'Accounts suspended',
    reinstated: 'Accounts reinstated by moderation',
    bidsCancelledOn: 'Auctions whose bids by suspended accounts were cancelled',
  },
  appeals: {
    title: 'Appeals',
    removal: 'Received against removals',
    suspension: 'Received against suspensions',
    keep: 'Received against listings kept after reports',
    upheld: 'Decisions upheld',
    reversed: 'Decisions reversed',
    median: 'Median time to the decision',
  },
  noDecisions: 'no decisions in the period',
  duration: {
    underAMinute: 'less than 1 min',
    days: (n: string, count: number) => `${n} ${plural(count, 'day', 'days')}`,
    hours: (n: string) => `${n} h`,
    minutes: (n: string) => `${n} min`,
  },
  download: 'Download JSON',
};

export const transparencyMessages: Record<Locale, TransparencyMessages> = { 'pt-BR': ptBR, en };
