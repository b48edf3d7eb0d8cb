// The building blocks every other schema file shares, so that an amount, an id or
// an error answer is validated and documented the same way in every payload.
import { Type, type Static } from 'typebox';
import { MAX_AMOUNT } from '../money.ts';

export const Amount = Type.Integer({
  minimum: 1,
  maximum: MAX_AMOUNT,
  description: 'Minor units (centavos).',
});
export const Timestamp = Type.String({ format: 'date-time', description: 'ISO-8601, UTC.' });
/** Ids become parts of Redis keys, so only a safe alphabet is accepted. */
export const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });
export const Seq = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });

export const PublicUser = Type.Object({ id: Id, name: Type.String() });
export type PublicUser = Static<typeof PublicUser>;

export const User = Type.Object({
  id: Id,
  name: Type.String(),
  email: Type.String(),
  /**
   * The owner followed the link sent to the address (accounts made before
   * addresses were verified count as verified). Notices (outbid, ending
   * soon) go only to verified addresses.
   */
  emailVerified: Type.Boolean(),
  /** Present and true for the platform's moderators (`npm run moderator -- grant <email>`). */
  moderator: Type.Optional(Type.Literal(true)),
});
export type User = Static<typeof User>;

export const ErrorBody = Type.Object({
  error: Type.Object(
    { code: Type.String(), message: Type.String() },
    { additionalProperties: true },
  ),
});

/** A route's error answers: `ErrorBody` for each of these statuses. */
export const failures = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [status, ErrorBody]));

/** `?limit=&cursor=` of a paged list: at most `max` a page, resumed after the cursor given. */
export const pageQuery = (max: number) =>
  Type.Object(
    {
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: max })),
      cursor: Type.Optional(Type.String({ maxLength: 200 })),
    },
    { additionalProperties: false },
  );
