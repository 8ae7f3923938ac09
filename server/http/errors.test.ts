import { describe, expect, it } from 'vitest';
import { InvalidParameterError, NotFoundError, UnrenderableError } from '../errors.ts';
import { HttpError, httpErrorOf } from './errors.ts';

describe('httpErrorOf: the one mapping of domain errors to FastAPI answers', () => {
  it('answers an invalid parameter as a one-issue 422 on the query', () => {
    const error = httpErrorOf(
      new InvalidParameterError('starting_after_id', 'Unknown starting_after_id', 'x_1'),
    );
    expect(error).toMatchObject({
      status: 422,
      detail: [
        {
          loc: ['query', 'starting_after_id'],
          msg: 'Unknown starting_after_id',
          type: 'value_error',
          input: 'x_1',
        },
      ],
    });
  });

  it('answers a missing thing as a 404 and an unrenderable photo as a 422, in their own words', () => {
    expect(httpErrorOf(new NotFoundError('Asset not found'))).toMatchObject({
      status: 404,
      detail: 'Asset not found',
    });
    expect(httpErrorOf(new UnrenderableError('This photo cannot be rendered'))).toMatchObject({
      status: 422,
      detail: 'This photo cannot be rendered',
    });
  });

  it('passes an HttpError through and knows nothing of any other error', () => {
    const http = new HttpError(502, 'upstream');
    expect(httpErrorOf(http)).toBe(http);
    expect(httpErrorOf(new Error('boom'))).toBeNull();
    expect(httpErrorOf('not even an error')).toBeNull();
  });
});
