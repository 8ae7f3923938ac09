import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './content-disposition.ts';

describe('attachmentDisposition', () => {
  it.each([
    ['IMG_0001.jpg', `attachment; filename="IMG_0001.jpg"; filename*=UTF-8''IMG_0001.jpg`],
    ['Café Lisboa.jpg', `attachment; filename="Caf_ Lisboa.jpg"; filename*=UTF-8''Caf%C3%A9%20Lisboa.jpg`],
    ['a"b\\c.jpg', `attachment; filename="a_b_c.jpg"; filename*=UTF-8''a%22b%5Cc.jpg`],
    [
      'x\r\nSet-Cookie: y.jpg',
      `attachment; filename="x__Set-Cookie: y.jpg"; filename*=UTF-8''x%0D%0ASet-Cookie%3A%20y.jpg`,
    ],
    ["it's (1).jpg", `attachment; filename="it's (1).jpg"; filename*=UTF-8''it%27s%20%281%29.jpg`],
  ])('%j', (name, expected) => {
    expect(attachmentDisposition(name)).toBe(expected);
  });
});
