import type { Context } from 'hono';
import type { z } from 'zod';
import type { ValidationIssue } from '../../contract/errors.ts';
import { HttpError } from './errors.ts';

/**
 * Validate a request's query string with a contract schema. Like FastAPI, a repeated scalar
 * parameter takes its last value and unknown parameters are ignored, while a list parameter
 * (named in `lists`) gets every value; a failure is a 422 whose `detail` lists each bad parameter
 * with `loc: ["query", name]`.
 */
export function validateQuery<S extends z.ZodType<unknown, Record<string, unknown>>>(
  c: Context,
  schema: S,
  lists: readonly string[] = [],
): z.infer<S> {
  const raw: Record<string, string | string[]> = {};
  for (const [key, values] of Object.entries(c.req.queries())) {
    const last = values[values.length - 1];
    if (lists.includes(key)) raw[key] = values;
    else if (last !== undefined) raw[key] = last;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const detail: ValidationIssue[] = result.error.issues.map((issue) => {
    const param = String(issue.path[0] ?? '');
    return { loc: ['query', param], msg: issue.message, type: issueType(issue), input: raw[param] };
  });
  throw new HttpError(422, detail);
}

/** FastAPI's (Pydantic's) error type names for the failures our queries can have. */
function issueType(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' ? 'string_too_short' : 'greater_than_equal';
    case 'too_big':
      return issue.origin === 'string' ? 'string_too_long' : 'less_than_equal';
    case 'invalid_format':
      return 'string_pattern_mismatch';
    case 'invalid_value':
      return 'enum';
    case 'invalid_type':
      // A coerced float field (`radius`, `cell_size`) reports NaN; an integer field, its string.
      if (issue.expected === 'number' && (issue as { received?: string }).received === 'NaN')
        return 'float_parsing';
      return issue.expected === 'number' || issue.expected === 'int' ? 'int_parsing' : 'type_error';
    default:
      return 'value_error';
  }
}
