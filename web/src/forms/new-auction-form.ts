// The create-auction form's rules: turns what a person typed into the API's
// CreateAuctionBody, or into messages beside each field. Pure, so it is unit
// tested; the API validates again with the same limits (core/schemas.ts).
import type { CreateAuctionBody } from '../../../core/schemas.ts';
import type { Messages } from '../i18n/messages-pt-br.ts';
import { readMoney } from './money-field.ts';

// The same limits as CreateAuctionBody in core/schemas.ts. Copied rather than
// imported: importing a value from schemas.ts would pull TypeBox into the
// browser bundle. The API validates again, and its 400s map back to fields.
export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 5000;
export const MAX_DURATION_SECONDS = 30 * 24 * 3600;
export const MAX_SOFT_CLOSE_SECONDS = 3600;

export const DURATION_UNITS = { seconds: 1, minutes: 60, hours: 3600, days: 86_400 } as const;

export interface NewAuctionValues {
  title: string;
  description: string;
  startingPrice: string;
  endMode: 'duration' | 'endTime';
  duration: string;
  durationUnit: keyof typeof DURATION_UNITS;
  /** A datetime-local value ("2026-12-01T18:30"), in the viewer's time zone. */
  endsAt: string;
  minIncrement: string;
  softCloseSeconds: string;
}

export type NewAuctionField = keyof NewAuctionValues;
export type NewAuctionErrors = Partial<Record<NewAuctionField, string>>;

export const emptyNewAuction: NewAuctionValues = {
  title: '',
  description: '',
  startingPrice: '',
  endMode: 'duration',
  duration: '60',
  durationUnit: 'minutes',
  endsAt: '',
  minIncrement: '',
  softCloseSeconds: '',
};

const isWholeNumber = (text: string) => /^\d+$/.test(text.trim());

export function buildCreateAuctionBody(
  values: NewAuctionValues,
  t: Messages,
  serverNowMs: number,
): { body: CreateAuctionBody } | { errors: NewAuctionErrors } {
  const errors: NewAuctionErrors = {};
  const body: Partial<CreateAuctionBody> = {};

  const title = values.title.trim();
  if (!title) errors.title = t.field.required;
  else if (title.length > TITLE_MAX) errors.title = t.field.tooLong(TITLE_MAX);
  body.title = title;

  if (values.description.length > DESCRIPTION_MAX)
    errors.description = t.field.tooLong(DESCRIPTION_MAX);
  body.description = values.description;

  const price = readMoney(values.startingPrice, t);
  if (price.error !== undefined) errors.startingPrice = price.error;
  else body.startingPrice = price.cents;

  if (values.endMode === 'duration') {
    const seconds = Number(values.duration.trim()) * DURATION_UNITS[values.durationUnit];
    const valid = isWholeNumber(values.duration) && seconds >= 1 && seconds <= MAX_DURATION_SECONDS;
    if (!valid) errors.duration = t.field.durationRange;
    else body.durationSeconds = seconds;
  } else {
    const endsAtMs = values.endsAt ? new Date(values.endsAt).getTime() : Number.NaN;
    if (Number.isNaN(endsAtMs)) errors.endsAt = t.field.required;
    else if (endsAtMs <= serverNowMs) errors.endsAt = t.field.endsAtPast;
    else if (endsAtMs - serverNowMs > MAX_DURATION_SECONDS * 1000)
      errors.endsAt = t.field.endsAtTooFar;
    else body.endsAt = new Date(endsAtMs).toISOString();
  }

  if (values.minIncrement.trim()) {
    const increment = readMoney(values.minIncrement, t);
    if (increment.error !== undefined) errors.minIncrement = increment.error;
    else body.minIncrement = increment.cents;
  }

  if (values.softCloseSeconds.trim()) {
    const seconds = Number(values.softCloseSeconds.trim());
    if (!isWholeNumber(values.softCloseSeconds) || seconds > MAX_SOFT_CLOSE_SECONDS) {
      errors.softCloseSeconds = t.field.softCloseRange;
    } else body.softCloseSeconds = seconds;
  }

  if (Object.keys(errors).length > 0) return { errors };
  return { body: body as CreateAuctionBody };
}

/** API body field → form field, for 400s the API reports on a field. */
const API_FIELDS: Record<string, NewAuctionField> = {
  title: 'title',
  description: 'description',
  startingPrice: 'startingPrice',
  durationSeconds: 'duration',
  endsAt: 'endsAt',
  minIncrement: 'minIncrement',
  softCloseSeconds: 'softCloseSeconds',
};

/** Finds which field a VALIDATION_FAILED is about, from its details or message. */
export function fieldOfApiError(
  details: Record<string, unknown>,
  message: string,
): NewAuctionField | null {
  const candidates = [details.field, details.path, details.instancePath, message].map((value) =>
    typeof value === 'string' ? value : '',
  );
  for (const text of candidates) {
    for (const [apiField, formField] of Object.entries(API_FIELDS)) {
      if (new RegExp(`(^|[^A-Za-z])${apiField}([^A-Za-z]|$)`).test(text)) return formField;
    }
  }
  return null;
}

/** The message to show beside a field the API refused. */
export function apiFieldMessage(field: NewAuctionField, t: Messages): string {
  switch (field) {
    case 'title':
      return t.field.tooLong(TITLE_MAX);
    case 'description':
      return t.field.tooLong(DESCRIPTION_MAX);
    case 'startingPrice':
    case 'minIncrement':
      return t.field.moneyRange;
    case 'duration':
      return t.field.durationRange;
    case 'endsAt':
      return t.field.endsAtPast;
    case 'softCloseSeconds':
      return t.field.softCloseRange;
    default:
      return t.errors.VALIDATION_FAILED;
  }
}
