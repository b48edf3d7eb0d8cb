// The reasons for a report as a select's options, in the API's order (the
// catch-all last): a moderator's removal and suspension say one of them.
import { FLAG_REASONS } from '../flag-reasons.ts';
import { useI18n } from '../i18n/i18n.ts';

export function FlagReasonOptions() {
  const { t } = useI18n();
  return (
    <>
      {FLAG_REASONS.map((reason) => (
        <option key={reason} value={reason}>
          {t.flagReasons[reason]}
        </option>
      ))}
    </>
  );
}
