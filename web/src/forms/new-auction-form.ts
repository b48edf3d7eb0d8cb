// The create-auction form's rules: turns what a person typed into the API's
// CreateAuctionBody, or into messages beside each field. Pure, so it is unit
// tested; the API validates again with the same limits (core/schemas.ts).
import type { AuctionCategory, CreateAuctionBody } from '../../../core/schemas.ts';
import { DEFAULT_CATEGORY, isCategory } from '../categories.ts';
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
/** The anti-sniping windows offered, in seconds (0: none). Two minutes by default. */
export const SOFT_CLOSE_CHOICES = ['0', '30', '120', '300'] as const;

export interface NewAuctionValues {
  title: string;
  description: string;
  /** Always one: the select starts on `other`, the API's default. */
  category: AuctionCategory;
  startingPrice: string;
  endMode: 'duration' | 'endTime';
  duration: string;
  durationUnit: keyof typeof DURATION_UNITS;
  /** A datetime-local value ("2026-12-01T18:30"), in the viewer's time zone. */
  endsAt: string;
  startMode: 'now' | 'later';
  /** A datetime-local value, like `endsAt`. */
  startsAt: string;
  /** Empty: the default increment table. */
  minIncrement: string;
  softCloseSeconds: string;
  /** Optional hard deadline for soft-close extensions (datetime-local). */
  maxEndsAt: string;
  reservePrice: string;
  buyNowPrice: string;
}

export type NewAuctionField = keyof NewAuctionValues;
export type NewAuctionErrors = Partial<Record<NewAuctionField, string>>;

export const emptyNewAuction: NewAuctionValues = {
  title: '',
  description: '',
  category: DEFAULT_CATEGORY,
  startingPrice: '',
  endMode: 'duration',
  duration: '60',
  durationUnit: 'minutes',
  endsAt: '',
  startMode: 'now',
  startsAt: '',
  minIncrement: '',
  softCloseSeconds: '120',
  maxEndsAt: '',
  reservePrice: '',
  buyNowPrice: '',
};

const isWholeNumber = (text: string) => /^\d+$/.test(text.trim());

/** A datetime-local value (the viewer's time zone) in ms, or NaN. */
const localMs = (text: string) => (text ? new Date(text).getTime() : Number.NaN);

type Errors = NewAuctionErrors;
type Body = Partial<CreateAuctionBody>;

/** Optional amounts: empty is fine, anything else must read as reais. */
function optionalMoney(text: string, t: Messages): { cents?: number; error?: string } {
  if (!text.trim()) return {};
  const reading = readMoney(text, t);
  return reading.error !== undefined ? { error: reading.error } : { cents: reading.cents };
}

/** Starting, increment, reserve and Buy It Now prices, and how they relate. */
function readPrices(values: NewAuctionValues, t: Messages, errors: Errors, body: Body): void {
  const price = readMoney(values.startingPrice, t);
  if (price.error !== undefined) errors.startingPrice = price.error;
  else body.startingPrice = price.cents;

  const fields = ['minIncrement', 'reservePrice', 'buyNowPrice'] as const;
  for (const field of fields) {
    const { cents, error } = optionalMoney(values[field], t);
    if (error !== undefined) errors[field] = error;
    else if (cents !== undefined) body[field] = cents;
  }
  const start = body.startingPrice;
  if (start !== undefined && body.reservePrice !== undefined && body.reservePrice < start)
    errors.reservePrice = t.field.reserveBelowStart;
  const floor = Math.max(start ?? 0, body.reservePrice ?? 0);
  if (body.buyNowPrice !== undefined && body.buyNowPrice <= floor)
    errors.buyNowPrice = t.field.buyNowTooLow;
}

/**
 * Start, end, window and deadline, checked like the server does (a duration
 * counts from the start; at most 30 days to the start and from it to the end).
 */
function readTimes(
  values: NewAuctionValues,
  t: Messages,
  now: number,
  errors: Errors,
  body: Body,
): void {
  const limitMs = MAX_DURATION_SECONDS * 1000;
  let startMs = now;
  if (values.startMode === 'later') {
    startMs = localMs(values.startsAt);
    if (Number.isNaN(startMs)) errors.startsAt = t.field.required;
    else if (startMs <= now) errors.startsAt = t.field.startsAtPast;
    else if (startMs - now > limitMs) errors.startsAt = t.field.startsAtTooFar;
    else body.startsAt = new Date(startMs).toISOString();
  }

  let endMs = Number.NaN;
  if (values.endMode === 'duration') {
    const seconds = Number(values.duration.trim()) * DURATION_UNITS[values.durationUnit];
    const valid = isWholeNumber(values.duration) && seconds >= 1 && seconds <= MAX_DURATION_SECONDS;
    if (!valid) errors.duration = t.field.durationRange;
    else {
      body.durationSeconds = seconds;
      endMs = startMs + seconds * 1000;
    }
  } else {
    const endsAtMs = localMs(values.endsAt);
    if (Number.isNaN(endsAtMs)) errors.endsAt = t.field.required;
    else if (endsAtMs <= now) errors.endsAt = t.field.endsAtPast;
    else if (!errors.startsAt && endsAtMs <= startMs) errors.endsAt = t.field.endsBeforeStart;
    else if (endsAtMs - startMs > limitMs) errors.endsAt = t.field.endsAtTooFar;
    else {
      body.endsAt = new Date(endsAtMs).toISOString();
      endMs = endsAtMs;
    }
  }

  const window = values.softCloseSeconds.trim();
  if (!isWholeNumber(window) || Number(window) > MAX_SOFT_CLOSE_SECONDS) {
    errors.softCloseSeconds = t.field.softCloseRange;
  } else body.softCloseSeconds = Number(window);

  // A deadline only limits extensions, so it means nothing without a window.
  if (values.maxEndsAt && body.softCloseSeconds !== 0) {
    const deadlineMs = localMs(values.maxEndsAt);
    if (Number.isNaN(deadlineMs)) errors.maxEndsAt = t.field.required;
    else if (!Number.isNaN(endMs) && deadlineMs < endMs)
      errors.maxEndsAt = t.field.deadlineBeforeEnd;
    else body.maxEndsAt = new Date(deadlineMs).toISOString();
  }
}

export function buildCreateAuctionBody(
  values: NewAuctionValues,
  t: Messages,
  serverNowMs: number,
): { body: CreateAuctionBody } | { errors: NewAuctionErrors } {
  const errors: NewAuctionErrors = {};
  const body: Body = {};

  const title = values.title.trim();
  if (!title) errors.title = t.field.required;
  else if (title.length > TITLE_MAX) errors.title = t.field.tooLong(TITLE_MAX);
  body.title = title;

  if (values.description.length > DESCRIPTION_MAX)
    errors.description = t.field.tooLong(DESCRIPTION_MAX);
  body.description = values.description;

  if (isCategory(values.category)) body.category = values.category;
  else errors.category = t.field.categoryInvalid;

  readPrices(values, t, errors, body);
  readTimes(values, t, serverNowMs, errors, body);

  if (Object.keys(errors).length > 0) return { errors };
  return { body: body as CreateAuctionBody };
}

/** API body field → form field, for 400s the API reports on a field. */
const API_FIELDS: Record<string, NewAuctionField> = {
  title: 'title',
  description: 'description',
  category: 'category',
  startingPrice: 'startingPrice',
  durationSeconds: 'duration',
  endsAt: 'endsAt',
  minIncrement: 'minIncrement',
  softCloseSeconds: 'softCloseSeconds',
  startsAt: 'startsAt',
  maxEndsAt: 'maxEndsAt',
  reservePrice: 'reservePrice',
  buyNowPrice: 'buyNowPrice',
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
    case 'category':
      return t.field.categoryInvalid;
    case 'startingPrice':
    case 'minIncrement':
    case 'reservePrice':
    case 'buyNowPrice':
      return t.field.moneyRange;
    case 'duration':
      return t.field.durationRange;
    case 'endsAt':
      return t.field.endsAtPast;
    case 'startsAt':
      return t.field.startsAtPast;
    case 'maxEndsAt':
      return t.field.deadlineBeforeEnd;
    case 'softCloseSeconds':
      return t.field.softCloseRange;
    default:
      return t.errors.VALIDATION_FAILED;
  }
}
