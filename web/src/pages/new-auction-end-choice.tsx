// How a new auction ends: after a duration, or at a date and time (typed in
// the viewer's time zone and sent as UTC).
import { TextField } from '../components/text-field.tsx';
import type { NewAuctionErrors, NewAuctionValues } from '../forms/new-auction-form.ts';
import { useI18n } from '../i18n/i18n.ts';

interface EndChoiceProps {
  values: NewAuctionValues;
  errors: NewAuctionErrors;
  set<K extends keyof NewAuctionValues>(key: K, value: NewAuctionValues[K]): void;
  units: string[];
}

export function EndChoice({ values, errors, set, units }: EndChoiceProps) {
  const { t } = useI18n();
  const unitLabel = (unit: string) =>
    t.newAuction[unit as 'seconds' | 'minutes' | 'hours' | 'days'];
  return (
    <fieldset className="fieldset">
      <legend>{t.newAuction.endMode}</legend>
      <div className="choice">
        {(['duration', 'endTime'] as const).map((mode) => (
          <label key={mode} className="choice__option">
            <input
              type="radio"
              name="endMode"
              value={mode}
              checked={values.endMode === mode}
              onChange={() => set('endMode', mode)}
            />
            {mode === 'duration' ? t.newAuction.byDuration : t.newAuction.byEndTime}
          </label>
        ))}
      </div>
      {values.endMode === 'duration' ? (
        <div className="field-row">
          <TextField
            id="duration"
            label={t.newAuction.duration}
            inputMode="numeric"
            autoComplete="off"
            value={values.duration}
            error={errors.duration}
            onChange={(event) => set('duration', event.target.value)}
          />
          <div className="field">
            <label htmlFor="durationUnit">{t.newAuction.durationUnit}</label>
            <select
              id="durationUnit"
              value={values.durationUnit}
              onChange={(event) =>
                set('durationUnit', event.target.value as NewAuctionValues['durationUnit'])
              }
            >
              {units.map((unit) => (
                <option key={unit} value={unit}>
                  {unitLabel(unit)}
                </option>
              ))}
            </select>
          </div>
        </div>
      ) : (
        <TextField
          id="endsAt"
          type="datetime-local"
          label={t.newAuction.endsAt}
          value={values.endsAt}
          error={errors.endsAt}
          onChange={(event) => set('endsAt', event.target.value)}
        />
      )}
    </fieldset>
  );
}
