// One photo that went wrong, in words: a file (its name and why), or the
// earlier auction's photos when an item is offered again.
import type { Locale } from '../format.ts';
import type { PhotoFailure } from '../forms/photo-files.ts';
import { codeMessage } from './error-message.ts';
import type { Messages } from './messages-pt-br.ts';

export function photoFailureText(failure: PhotoFailure, t: Messages, locale: Locale): string {
  const reason = codeMessage(failure.code, t, locale);
  if ('fileName' in failure) return t.photos.failure(failure.fileName, reason);
  return failure.earlier === 'notCopied'
    ? t.photos.notCopied(reason)
    : t.photos.notRemoved(failure.nth, reason);
}
