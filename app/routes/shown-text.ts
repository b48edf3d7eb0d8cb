// Words people write that others will read (questions, answers, appeals, a
// moderator's reasons): trimmed, and never blank — the schemas' minLength
// counts spaces, so "   " passes them and is refused here.
import { AppError, ErrorCode } from '../../core/errors.ts';

/** `what` names it in the refusal; `field`, when given, says which body field it was. */
export function shownText(text: string, what: string, field?: string): string {
  const trimmed = text.trim();
  if (trimmed === '')
    throw new AppError(
      ErrorCode.VALIDATION_FAILED,
      `The ${what} cannot be blank.`,
      field === undefined ? {} : { field },
    );
  return trimmed;
}
