// The appeal's text, the same form wherever a decision is appealed (a removed
// auction's page, a refused sign-in, *Minhas denúncias*): at most 2000
// characters with a visible count, a blank text refused in place, a sentence
// saying who reads it and how the answer comes, the API's refusals said by
// their code beside it. ALREADY_APPEALED — appealed meanwhile on another
// device — hands over the appeal the refusal carries, so that one shows
// instead of the form.
import type { Appeal } from '../../../core/schemas.ts';
import { ApiError } from '../api/http.ts';
import { APPEAL_MAX_LENGTH, appealIn } from '../forms/appeal.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { useI18n } from '../i18n/i18n.ts';
import { QuestionTextForm } from './question-text-form.tsx';

interface AppealFormProps {
  /** The textarea's id; the count, errors and outcome hang off it. */
  id: string;
  label: string;
  /** Who reads the appeal and how the answer comes; default: the general sentence. */
  hint?: string;
  /** Sends the text; resolves once the appeal is made (the form then goes). */
  send(text: string): Promise<unknown>;
  /** The appeal made before, from the refusal's details (null when they hold none that reads as one). */
  onAlreadyAppealed(appeal: Appeal | null): void;
}

export function AppealForm({ id, label, hint, send, onAlreadyAppealed }: AppealFormProps) {
  const { t } = useI18n();
  return (
    <QuestionTextForm
      id={id}
      label={label}
      hint={hint ?? t.appeals.explain}
      maxLength={APPEAL_MAX_LENGTH}
      rows={5}
      submitLabel={t.appeals.send}
      blank={t.appeals.blank}
      describeError={errorMessage}
      send={send}
      onRefused={(error) => {
        if (error instanceof ApiError && error.code === 'ALREADY_APPEALED')
          onAlreadyAppealed(appealIn(error.details));
      }}
    />
  );
}
