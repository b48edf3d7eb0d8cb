// Parts of the create-auction form: the prices (starting, increment, secret
// reserve, Buy It Now), when it starts, and the anti-sniping window with its
// optional hard deadline. Times are typed in the viewer's time zone.
import { RadioChoice } from '../components/radio-choice.tsx';
import { TextField } from '../components/text-field.tsx';
import {
  SOFT_CLOSE_CHOICES,
  type NewAuctionErrors,
  type NewAuctionValues,
} from '../forms/new-auction-form.ts';
import { formatWindow } from '../i18n/format-window.ts';
import { useI18n } from '../i18n/i18n.ts';

export interface SectionProps {
  values: NewAuctionValues;
  errors: NewAuctionErrors;
  set<K extends keyof NewAuctionValues>(key: K, value: NewAuctionValues[K]): void;
}

type TextKey = {
  [K in keyof NewAuctionValues]: NewAuctionValues[K] extends string ? K : never;
}[keyof NewAuctionValues];

/** id, value, error and onChange of a text field. */
export function bind({ values, errors, set }: SectionProps, key: TextKey) {
  return {
    id: key,
    value: values[key],
    error: errors[key],
    autoComplete: 'off',
    onChange: (event: { target: { value: string } }) => set(key, event.target.value as never),
  };
}

export function PriceFields(props: SectionProps) {
  const { t } = useI18n();
  const money = { inputMode: 'decimal' as const };
  return (
    <fieldset className="fieldset">
      <legend>{t.newAuction.prices}</legend>
      <TextField
        label={t.newAuction.startingPrice}
        hint={t.newAuction.priceHint}
        required
        {...money}
        {...bind(props, 'startingPrice')}
      />
      <TextField
        label={t.newAuction.minIncrement}
        hint={t.newAuction.minIncrementHint}
        {...money}
        {...bind(props, 'minIncrement')}
      />
      <TextField
        label={t.newAuction.reservePrice}
        hint={t.newAuction.reservePriceHint}
        {...money}
        {...bind(props, 'reservePrice')}
      />
      <TextField
        label={t.newAuction.buyNowPrice}
        hint={t.newAuction.buyNowPriceHint}
        {...money}
        {...bind(props, 'buyNowPrice')}
      />
    </fieldset>
  );
}

export function StartChoice(props: SectionProps) {
  const { t } = useI18n();
  const { values, set } = props;
  return (
    <fieldset className="fieldset">
      <legend>{t.newAuction.startMode}</legend>
      <RadioChoice
        name="startMode"
        value={values.startMode}
        options={[
          ['now', t.newAuction.startNow],
          ['later', t.newAuction.startLater],
        ]}
        onChange={(mode) => set('startMode', mode)}
      />
      {values.startMode === 'later' ? (
        <TextField
          type="datetime-local"
          label={t.newAuction.startsAt}
          hint={t.newAuction.startsAtHint}
          {...bind(props, 'startsAt')}
        />
      ) : null}
    </fieldset>
  );
}

export function SoftCloseChoice(props: SectionProps) {
  const { t } = useI18n();
  const { values, errors, set } = props;
  return (
    <fieldset className="fieldset">
      <legend>{t.newAuction.softCloseLegend}</legend>
      <div className={`field${errors.softCloseSeconds ? ' field--invalid' : ''}`}>
        <label htmlFor="softCloseSeconds">{t.newAuction.softClose}</label>
        <select
          id="softCloseSeconds"
          value={values.softCloseSeconds}
          aria-describedby="softCloseSeconds-hint"
          onChange={(event) => set('softCloseSeconds', event.target.value)}
        >
          {SOFT_CLOSE_CHOICES.map((seconds) => (
            <option key={seconds} value={seconds}>
              {seconds === '0' ? t.newAuction.softCloseNone : formatWindow(Number(seconds), t)}
            </option>
          ))}
        </select>
        <p id="softCloseSeconds-hint" className="field__hint">
          {t.newAuction.softCloseHint}
        </p>
        {errors.softCloseSeconds ? <p className="field__error">{errors.softCloseSeconds}</p> : null}
      </div>
      {values.softCloseSeconds !== '0' ? (
        <TextField
          type="datetime-local"
          label={t.newAuction.maxEndsAt}
          hint={t.newAuction.maxEndsAtHint}
          {...bind(props, 'maxEndsAt')}
        />
      ) : null}
    </fieldset>
  );
}
