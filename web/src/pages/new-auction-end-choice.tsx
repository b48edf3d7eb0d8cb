// How a new auction ends: after a duration (counted from its start), or at a
// date and time (typed in the viewer's time zone and sent as UTC).
import { RadioChoice } from '../components/radio-choice.tsx';
import { TextField } from '../components/text-field.tsx';
import type { NewAuctionValues } from '../forms/new-auction-form.ts';
import { useI18n } from '../i18n/i18n.ts';
import type { SectionProps } from './new-auction-sections.tsx';

interface EndChoiceProps extends SectionProps {
  units: string[];
}

export function EndChoice({ values, errors, set, units }: EndChoiceProps) {
  const { t } = useI18n();
  const unitLabel = (unit: string) =>
    t.newAuction[unit as 'seconds' | 'minutes' | 'hours' | 'days'];
  return (
    <fieldset className="fieldset">
      <legend>{t.newAuction.endMode}</legend>
      <RadioChoice
        name="endMode"
        value={values.endMode}
        options={[
          ['duration', t.newAuction.byDuration],
          ['endTime', t.newAuction.byEndTime],
        ]}
        onChange={(mode) => set('endMode', mode)}
      />
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
