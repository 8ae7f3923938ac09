import type { ValidationIssue } from '../../contract/errors.ts';
import { InvalidParameterError, NotFoundError, UnrenderableError } from '../errors.ts';

/** An error that becomes a FastAPI-style JSON response: `{"detail": …}` with its status. */
export class HttpError extends Error {
  readonly status: 400 | 401 | 403 | 404 | 405 | 422 | 429 | 500 | 502 | 503 | 504;
  readonly detail: string | ValidationIssue[];

  constructor(status: HttpError['status'], detail: string | ValidationIssue[]) {
    super(typeof detail === 'string' ? detail : detail.map((d) => d.msg).join('; '));
    this.status = status;
    this.detail = detail;
  }
}

export const notFound = (what = 'Not found') => new HttpError(404, what);

/** A single-issue 422, as FastAPI words one. */
export function invalidQuery(param: string, msg: string, type: string, input: unknown): HttpError {
  return new HttpError(422, [{ loc: ['query', param], msg, type, input }]);
}

/** The HTTP answer of a domain error (server/errors.ts), or null for an unexpected one. */
export function httpErrorOf(error: unknown): HttpError | null {
  if (error instanceof HttpError) return error;
  if (error instanceof NotFoundError) return notFound(error.message);
  if (error instanceof InvalidParameterError)
    return invalidQuery(error.param, error.message, error.type, error.input);
  if (error instanceof UnrenderableError) return new HttpError(422, error.message);
  return null;
}
