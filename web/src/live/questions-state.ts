// The questions of one auction page as a pure reducer. The list has a
// `version` that rises by one with every question and every answer, and each
// `question:*` event (or the reply to one's own question or answer) carries
// the version it made. So the page applies a change only on top of the one
// before it: repeats are ignored, one that arrives early (the REST reply
// before the event of the question just before it) waits, and one that keeps
// waiting means an event was lost: the page reads the list again.
import type { Question, QuestionList } from '../../../core/schemas.ts';

/** A question or an answer and the list's version once it was made. */
export interface QuestionChange {
  version: number;
  question: Question;
}

/** The seller removed question number `removed` (numbers are not used again). */
export interface QuestionRemoval {
  version: number;
  removed: number;
}

export interface QuestionsState {
  /** False until the first reading of the list. */
  loaded: boolean;
  /** In the order asked (by number). */
  items: Question[];
  /** Every change up to this version is in `items`. */
  version: number;
  /** Changes past `version + 1`, waiting for the ones before them. */
  early: (QuestionChange | QuestionRemoval)[];
}

export type QuestionsAction =
  | { type: 'loaded'; list: QuestionList }
  | { type: 'changed'; change: QuestionChange | QuestionRemoval };

export const initialQuestionsState: QuestionsState = {
  loaded: false,
  items: [],
  version: 0,
  early: [],
};

/** The question put in its place by number: new at the end, an answered one replacing itself. */
function withQuestion(items: Question[], question: Question): Question[] {
  const others = items.filter((item) => item.number !== question.number);
  return [...others, question].sort((a, b) => a.number - b.number);
}

/** Applies the waiting changes that now follow on, and forgets those already covered. */
function settle(state: QuestionsState): QuestionsState {
  let { items, version } = state;
  const waiting = [...state.early].sort((a, b) => a.version - b.version);
  for (const change of waiting) {
    if (change.version !== version + 1) continue;
    items =
      'removed' in change
        ? items.filter((item) => item.number !== change.removed)
        : withQuestion(items, change.question);
    version = change.version;
  }
  const early = waiting.filter((change) => change.version > version);
  return { ...state, items, version, early };
}

export function questionsReducer(state: QuestionsState, action: QuestionsAction): QuestionsState {
  switch (action.type) {
    case 'loaded':
      // A reading that started before changes we already applied is older than what we hold.
      if (state.loaded && action.list.version < state.version) return state;
      return settle({
        ...state,
        loaded: true,
        items: action.list.items,
        version: action.list.version,
      });
    case 'changed': {
      const { change } = action;
      if (state.loaded && change.version <= state.version) return state;
      if (state.early.some((waiting) => waiting.version === change.version)) return state;
      const early = [...state.early, change];
      // Before the first reading there is nothing to apply a change to: it waits for the list.
      return state.loaded ? settle({ ...state, early }) : { ...state, early };
    }
  }
}

/** True when a change is waiting for one before it that has not come: read the list again. */
export function missesChanges(state: QuestionsState): boolean {
  return state.loaded && state.early.length > 0;
}
