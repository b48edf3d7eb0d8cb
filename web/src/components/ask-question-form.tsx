// Asking the seller, for signed-in people other than the seller while the
// auction is open. The question appears in the list at once (the reply is
// applied; its event is then a repeat) and the field is ready for another.
import { QUESTION_MAX_LENGTH } from '../forms/question-text.ts';
import { useI18n } from '../i18n/i18n.ts';
import { QuestionTextForm } from './question-text-form.tsx';

export function AskQuestionForm({ ask }: { ask(text: string): Promise<unknown> }) {
  const { t } = useI18n();
  return (
    <QuestionTextForm
      id="ask-question"
      label={t.questions.ask}
      hint={t.questions.askHint}
      maxLength={QUESTION_MAX_LENGTH}
      rows={3}
      submitLabel={t.questions.send}
      blank={t.questions.blank}
      sent={t.questions.sent}
      send={ask}
    />
  );
}
