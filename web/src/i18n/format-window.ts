// A soft-close window in words: "2 minutos", "30 segundos", "90 segundos".
import type { Messages } from './messages-pt-br.ts';

export function formatWindow(seconds: number, t: Messages): string {
  return seconds % 60 === 0 ? t.time.minutes(seconds / 60) : t.time.seconds(seconds);
}
