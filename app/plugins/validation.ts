// Request validation. Bodies are validated strictly: no type coercion (the
// string "100" is not an amount) and no silent removal of unknown fields
// (schemas say additionalProperties: false, so a typo is a 400). Query
// strings and path params arrive as text, so there numbers are coerced.
import { Ajv, type Options, type ValidateFunction } from 'ajv';
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
  httpPart === 'body' ? strict.compile(schema) : finiteOnly(coercing.compile(schema));

/**
 * Ajv coerces the text "1e400" to Infinity after its type check and then
 * skips minimum/maximum for non-finite numbers, so `?limit=1e400` would pass
 * as Infinity and fail later in Redis (a 500). Query strings, params and
 * headers are flat, so one look at their values suffices.
 */
function finiteOnly(validate: ValidateFunction): ValidateFunction {
  const checked = ((data: unknown, context?: Parameters<ValidateFunction>[1]) => {
    const valid = validate(data, context);
    checked.errors = validate.errors;
    const values = data && typeof data === 'object' ? Object.values(data) : [];
    if (valid && values.some((v) => typeof v === 'number' && !Number.isFinite(v))) {
      checked.errors = [
        {
          instancePath: '',
          schemaPath: '#',
          keyword: 'type',
          params: {},
          message: 'numbers must be finite',
        },
      ];
      return false;
    }
    return valid;
  }) as ValidateFunction;
  checked.schemaEnv = validate.schemaEnv;
  return checked;
}
