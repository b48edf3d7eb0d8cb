// The words of *Histórico de moderação*, the moderators' link from an
// auction's page and from an account's moderation panel to the decisions
// about it (components/moderation-history-link.tsx). A catalogue of its own,
// as the moderation page's are, though these pages are everyone's: the main
// catalogues are another change's, and these few words are all it needs.
import type { Locale } from '../format.ts';

const ptBR = {
  history: 'Histórico de moderação',
  /** On a moderator's account: the decisions they took. */
  decisionsBy: (name: string) => `Decisões tomadas por ${name}`,
};

export type ModerationHistoryMessages = typeof ptBR;

const en: ModerationHistoryMessages = {
  history: 'Moderation history',
  decisionsBy: (name) => `Decisions taken by ${name}`,
};

export const moderationHistoryMessages: Record<Locale, ModerationHistoryMessages> = {
  'pt-BR': ptBR,
  en,
};
