// The seller's *Remover a pergunta N*: for spam, abuse, or a phone number
// posted in public. Asked first, since it cannot be undone; the question goes
// for everyone, and focus goes to the section's heading, as the item is gone.
import { useI18n } from '../i18n/i18n.ts';
import { questionErrorMessage } from '../i18n/question-error-message.ts';
import { ConfirmAction } from './confirm-action.tsx';

interface RemoveQuestionProps {
  number: number;
  remove(number: number): Promise<void>;
  onRemoved(): void;
}

export function RemoveQuestion({ number, remove, onRemoved }: RemoveQuestionProps) {
  const { t, locale } = useI18n();
  return (
    <ConfirmAction
      id={`remove-question-${number}`}
      trigger={t.questions.remove(number)}
      question={t.questions.removeQuestion}
      confirm={t.questions.removeConfirm}
      variant="danger"
      onConfirm={async () => {
        try {
          await remove(number);
          onRemoved();
          return null;
        } catch (error) {
          return questionErrorMessage(error, t, locale);
        }
      }}
    />
  );
}
