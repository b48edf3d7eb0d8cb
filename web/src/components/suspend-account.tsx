// A moderator's *Suspender*, for a reported seller in the queue or on an
// account's profile: asked first, since every session of the account ends at
// once, with the reason (said to no one yet, kept with the suspension),
// whether the account's open auctions go too, and whether its bids on open
// auctions are cancelled — both checked to begin with (forms/suspension.ts
// says why); the question says what becomes of its bids as the box says. The
// focus goes to the reason when asked. On success the caller shows the
// account suspended instead of this.
import { useState } from 'react';
import type { FlagReason } from '../../../core/schemas.ts';
import { isFlagReason } from '../flag-reasons.ts';
import { INITIAL_SUSPEND_CHOICES, type SuspendChoices } from '../forms/suspension.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { useI18n } from '../i18n/i18n.ts';
import { ConfirmAction } from './confirm-action.tsx';
import { FlagReasonOptions } from './flag-reason-options.tsx';
import { SelectField } from './text-field.tsx';

interface SuspendAccountProps {
  /** Unique on the page: the test id, and the start of the fields' ids. */
  id: string;
  /** The account's name, said in the question. */
  name: string;
  trigger: string;
  /** The trigger's name for screen readers where its words repeat on the page. */
  triggerLabel?: string;
  /** The reason chosen to begin with. */
  initialReason: FlagReason;
  /** Resolves once suspended; rejects with the API's error, which is said in place. */
  suspend(reason: FlagReason, choices: SuspendChoices): Promise<unknown>;
}

export function SuspendAccount(props: SuspendAccountProps) {
  const { t, locale } = useI18n();
  const [reason, setReason] = useState(props.initialReason);
  const [choices, setChoices] = useState(INITIAL_SUSPEND_CHOICES);
  const choose = (change: Partial<SuspendChoices>) => setChoices((now) => ({ ...now, ...change }));
  const cancelBidsHint = `${props.id}-cancel-bids-hint`;
  const fields = (
    <>
      <SelectField
        id={`${props.id}-reason`}
        label={t.suspension.reason}
        value={reason}
        onChange={(event) => {
          if (isFlagReason(event.target.value)) setReason(event.target.value);
        }}
      >
        <FlagReasonOptions />
      </SelectField>
      <label className="choice__option suspend-account__remove">
        <input
          type="checkbox"
          checked={choices.removeOpenAuctions}
          onChange={(event) => choose({ removeOpenAuctions: event.target.checked })}
        />
        {t.suspension.removeOpenAuctions}
      </label>
      <div className="suspend-account__cancel-bids">
        <label className="choice__option">
          <input
            type="checkbox"
            checked={choices.cancelBids}
            aria-describedby={cancelBidsHint}
            onChange={(event) => choose({ cancelBids: event.target.checked })}
          />
          {t.suspension.cancelBids}
        </label>
        <p id={cancelBidsHint} className="field__hint">
          {t.suspension.cancelBidsHint}
        </p>
      </div>
    </>
  );
  return (
    <ConfirmAction
      id={props.id}
      variant="danger"
      trigger={props.trigger}
      triggerLabel={props.triggerLabel}
      question={t.suspension.question(props.name, choices.cancelBids)}
      choices={fields}
      confirm={t.suspension.confirm}
      onConfirm={() =>
        props.suspend(reason, choices).then(
          () => null,
          (error: unknown) => errorMessage(error, t, locale),
        )
      }
    />
  );
}
