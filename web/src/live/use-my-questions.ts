// Keeps *Minhas perguntas* live (use-live-list.ts): one reading of
// `GET /api/me/questions`, then `question:answered` (sent to every device of
// the asker) fills in the answer; an answer to a question not on the list
// (asked elsewhere after the reading) reads the list again.
import type { AskedQuestion, QuestionEvent } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { isListed, mergeRead, withAnswer } from './my-questions-state.ts';
import { useLiveList, type LiveList } from './use-live-list.ts';

export type MyQuestions = LiveList<AskedQuestion>;

/** `token`: whose list (null reads nothing); `userId`: the asker whose answers count. */
export function useMyQuestions(token: string | null, userId: string): MyQuestions {
  const [questions] = useLiveList<AskedQuestion>(
    token,
    {
      read: api.myQuestions,
      merge: mergeRead,
      listen: ({ socket, listed, update, reread }) => {
        const onAnswered = (event: QuestionEvent) => {
          if (event.question.asker.id !== userId) return;
          if (!isListed(listed(), event)) return reread();
          update((items) => withAnswer(items, event));
        };
        socket.on('question:answered', onAnswered);
        return () => void socket.off('question:answered', onAnswered);
      },
    },
    [userId],
  );
  return questions;
}
