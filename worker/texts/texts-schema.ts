// The three texts, as the model must return them (the JSON schema sent to
// Gemini) and as the templates produce them. Lengths keep a runaway answer
// out of Redis and inside Discord's limits once escaped and truncated.
import { Type, type Static } from 'typebox';

export const GeneratedTexts = Type.Object(
  {
    report: Type.String({
      minLength: 1,
      maxLength: 6000,
      description: 'Complete summary, plain text.',
    }),
    email: Type.Union([Type.String({ minLength: 1, maxLength: 6000 }), Type.Null()], {
      description: 'Email to the winner, plain text; null when nobody bid.',
    }),
    post: Type.String({
      minLength: 1,
      maxLength: 1000,
      description: 'Short announcement, plain text.',
    }),
  },
  { additionalProperties: false },
);
export type GeneratedTexts = Static<typeof GeneratedTexts>;

/**
 * The same schema for Gemini's `responseJsonSchema`, keeping only keywords its
 * structured output documents (type, properties, required, anyOf,
 * description...). String lengths are not among them, so they are dropped
 * here and checked on our side with GeneratedTexts.
 */
export const modelResponseSchema: unknown = JSON.parse(
  JSON.stringify(GeneratedTexts, (key, value: unknown) =>
    key === 'minLength' || key === 'maxLength' ? undefined : value,
  ),
);
