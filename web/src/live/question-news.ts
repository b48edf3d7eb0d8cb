// What changed in the questions while the page was open, for the page's
// polite live region: questions asked by others and answers given by the
// seller. The viewer's own question or answer is said by its form instead.
import type { Question } from '../../../core/schemas.ts';

export type QuestionNews =
  | { kind: 'asked'; number: number; name: string; text: string }
  | { kind: 'answered'; number: number; text: string };

export function questionNews(
  before: readonly Question[],
  after: readonly Question[],
  viewer: { id: string | null; isSeller: boolean },
): QuestionNews[] {
  const known = new Map(before.map((question) => [question.number, question]));
  return after.flatMap((question): QuestionNews[] => {
    const earlier = known.get(question.number);
    if (!earlier)
      return question.asker.id === viewer.id
        ? []
        : [
            {
              kind: 'asked',
              number: question.number,
              name: question.asker.name,
              text: question.text,
            },
          ];
    if (!earlier.answer && question.answer && !viewer.isSeller)
      return [{ kind: 'answered', number: question.number, text: question.answer.text }];
    return [];
  });
}
