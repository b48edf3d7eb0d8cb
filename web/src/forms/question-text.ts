// What the UI checks of a question or an answer before sending it: the API's
// limits (core/schemas.ts AskQuestionBody, AnswerQuestionBody, MAX_QUESTIONS;
// copied rather than imported, which would pull TypeBox into the browser
// bundle; a unit test keeps them equal) and the API's rule that the text,
// trimmed, is not blank.
export const QUESTION_MAX_LENGTH = 500;
export const ANSWER_MAX_LENGTH = 1000;
export const MAX_QUESTIONS = 300;

/** The text as the API keeps it (trimmed), or null when there is nothing to send. */
export function textToSend(typed: string): string | null {
  const text = typed.trim();
  return text === '' ? null : text;
}
