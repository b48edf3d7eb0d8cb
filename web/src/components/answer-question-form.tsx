// The seller's answer to one question, given once, also after the auction
// ended. On success the question shows its answer in place of this form
// (QuestionItem moves focus there); if it was answered meanwhile from another
// device, the list is read again and shows that answer.
import { ApiError } from '../api/http.ts';
import { ANSWER_MAX_LENGTH } from '../forms/question-text.ts';
import { useI18n } from '../i18n/i18n.ts';
import { QuestionTextForm } from './question-text-form.tsx';

interface AnswerQuestionFormProps {
  number: number;
  answer(number: number, text: string): Promise<unknown>;
  /** Reads the list again. */
  reload(): Promise<void>;
  onAnswered(number: number): void;
}

export function AnswerQuestionForm({
  number,
  answer,
  reload,
  onAnswered,
}: AnswerQuestionFormProps) {
  const { t } = useI18n();
  return (
    <QuestionTextForm
      id={`answer-${number}`}
      label={t.questions.answerLabel(number)}
      maxLength={ANSWER_MAX_LENGTH}
      rows={2}
      submitLabel={t.questions.answerSend}
      blank={t.questions.answerBlank}
      send={async (text) => {
        await answer(number, text);
        onAnswered(number);
      }}
      onRefused={(error) => {
        if (error instanceof ApiError && error.code === 'ALREADY_ANSWERED') void reload();
      }}
    />
  );
}
