// Builds the webhook payload: user text escaped so it cannot format or
// mention, every part cut to Discord's limits, the embed total kept under
// 6000. https://discord.com/developers/docs/resources/message#embed-object-embed-limits
export const DISCORD_LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
} as const;

export interface DiscordMessageInput {
  /** Short announcement, shown above the embed. */
  content: string;
  title: string;
  description: string;
  fields: { name: string; value: string }[];
  footer: string;
  /** ISO-8601, shown by Discord in the reader's time zone. */
  timestamp: string;
  /** The auction's page (with PUBLIC_URL): the embed's title links to it. */
  url?: string;
  /** The item's first photo (with PUBLIC_URL): Discord fetches and shows it. */
  imageUrl?: string;
}

export interface DiscordPayload {
  content: string;
  embeds: {
    title: string;
    description: string;
    fields: { name: string; value: string; inline: boolean }[];
    footer: { text: string };
    timestamp: string;
    url?: string;
    image?: { url: string };
  }[];
  /** Nobody is ever pinged, whatever the texts say. */
  allowed_mentions: { parse: [] };
}

/**
 * Backslash-escapes what Discord would format: emphasis, code, spoilers,
 * masked links ("[" "]"), mentions and timestamps ("<"), and headings, lists
 * and quotes at a line start. Discord hides the backslash when it renders.
 * @everyone/@here also get a zero-width space, in case a client ignores
 * allowed_mentions when showing them.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_~`|[\]<]/g, '\\$&')
    .replace(/^([ \t]*)([#>-])/gm, '$1\\$2')
    .replace(/@(everyone|here)/gi, '@\u200b$1');
}

/** Cuts to `max` UTF-16 units with "…", never splitting an escape or a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const trailingBackslashes = /\\*$/.exec(cut)?.[0].length ?? 0;
  if (trailingBackslashes % 2 === 1) cut = cut.slice(0, -1);
  return `${cut}…`;
}

const FIELD_VALUE_BUDGET = 256; // ours are short; this leaves the description room
/** Outcome, price, winner, bids. Discord allows 25; with the budget above, 4 leave ≥ 3400 of 6000. */
const MAX_FIELDS = 4;

export function buildDiscordPayload(input: DiscordMessageInput): DiscordPayload {
  const part = (text: string, max: number) => truncate(escapeMarkdown(text), max) || '—';
  const title = part(input.title, DISCORD_LIMITS.title);
  const footer = part(input.footer, FIELD_VALUE_BUDGET);
  const fields = input.fields.slice(0, MAX_FIELDS).map((field) => ({
    name: part(field.name, FIELD_VALUE_BUDGET),
    value: part(field.value, FIELD_VALUE_BUDGET),
    inline: true,
  }));
  const used =
    title.length + footer.length + fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  const descriptionMax = Math.min(DISCORD_LIMITS.description, DISCORD_LIMITS.embedTotal - used);
  return {
    content: part(input.content, DISCORD_LIMITS.content),
    embeds: [
      {
        title,
        description: part(input.description, descriptionMax),
        fields,
        footer: { text: footer },
        timestamp: input.timestamp,
        ...(input.url ? { url: input.url } : {}),
        ...(input.imageUrl ? { image: { url: input.imageUrl } } : {}),
      },
    ],
    allowed_mentions: { parse: [] },
  };
}

/** Characters Discord counts against the 6000 limit. */
export function embedLength(embed: DiscordPayload['embeds'][number]): number {
  return (
    embed.title.length +
    embed.description.length +
    embed.footer.text.length +
    embed.fields.reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}
