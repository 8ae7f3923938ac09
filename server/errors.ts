/**
 * Domain errors: what went wrong, in the index's or the media's words. Repos, media and the
 * indexer throw these and never know HTTP; `server/http/errors.ts` maps each to its FastAPI-style
 * answer (404, 422) in one place.
 */

/** The thing asked for doesn't exist (an unknown id, a file that is gone). Becomes a 404. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/**
 * A request parameter names something that doesn't exist or can't be used, e.g. a cursor id
 * that is no row of the list. Becomes a 422 with `loc: ["query", param]`.
 */
export class InvalidParameterError extends Error {
  override readonly name = 'InvalidParameterError';
  constructor(
    readonly param: string,
    message: string,
    readonly input: unknown,
    /** Pydantic's error type name. */
    readonly type = 'value_error',
  ) {
    super(message);
  }
}

/**
 * The original exists but can't be turned into the image asked for (undecodable pixels, no
 * known size). Asking again won't help, so it is a 422 rather than a 5xx that clients retry.
 */
export class UnrenderableError extends Error {
  override readonly name = 'UnrenderableError';
}
