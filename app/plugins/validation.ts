// Request validation. Bodies are validated strictly: no type coercion (the
// string "100" is not an amount) and no silent removal of unknown fields
// (schemas say additionalProperties: false, so a typo is a 400). Query
// strings and path params arrive as text, so there numbers are coerced.
import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function makeAjv(options: Options): Ajv {
  // TypeBox's `~kind` markers are non-enumerable symbols-like keys ajv never
  // sees; OpenAPI annotations (tags, description) are not rules either.
  const ajv = new Ajv({ allErrors: false, removeAdditional: false, useDefaults: true, ...options });
  return addFormats(ajv);
}

const strict = makeAjv({ coerceTypes: false });
const coercing = makeAjv({ coerceTypes: 'array' });

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? strict : coercing).compile(schema);
