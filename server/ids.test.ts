import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ID_ALPHABET } from '../contract/constants.ts';
import { encodeShortUuid, randomId, stableId } from './ids.ts';

describe('ids', () => {
  it.each([
    ['00000000-0000-0000-0000-000000000000', '2222222222222222222222'],
    ['00000000-0000-0000-0000-000000000039', '2222222222222222222232'], // 57 = "10" in base 57
    ['ffffffff-ffff-ffff-ffff-ffffffffffff', 'oZEq7ovRbLq6UnGMPwc8B5'],
  ])('encodes %s as shortuuid does', (uuid, expected) => {
    expect(encodeShortUuid(uuid)).toBe(expected);
  });

  it('makes prefix + 22 base-57 characters', () => {
    const pattern = new RegExp(`^asset_[${ID_ALPHABET}]{22}$`);
    expect(randomId('asset')).toMatch(pattern);
    expect(stableId('asset', 'k')).toMatch(pattern);
  });

  it('derives the same stable id from the same key, and different ids otherwise', () => {
    expect(stableId('album', 'x')).toBe(stableId('album', 'x'));
    expect(stableId('album', 'x')).not.toBe(stableId('album', 'y'));
    expect(stableId('album', 'x').slice(6)).not.toBe(stableId('person', 'x').slice(7));
  });

  it('encodes like the plain BigInt conversion for any 128 bits', () => {
    const reference = (hex: string) => {
      let n = BigInt('0x' + hex);
      let out = '';
      while (n > 0n) {
        out = ID_ALPHABET[Number(n % 57n)] + out;
        n /= 57n;
      }
      return out.padStart(22, ID_ALPHABET[0]);
    };
    for (let i = 0; i < 500; i++) {
      const hex = randomUUID().replace(/-/g, '');
      expect(encodeShortUuid(hex)).toBe(reference(hex));
    }
    expect(encodeShortUuid('80000000000000000000000000000001')).toBe(
      reference('80000000000000000000000000000001'),
    );
  });
});
