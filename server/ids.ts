/**
 * Gumnut ids: `prefix_` + a UUID written in base 57 (22 characters, most significant first,
 * left-padded with the alphabet's first character) as Python's `shortuuid` writes it.
 */
import { createHash, randomUUID } from 'node:crypto';
import { ID_ALPHABET, ID_LENGTH, type IdPrefix } from '../contract/constants.ts';

const BASE = ID_ALPHABET.length;
const LIMB = 2 ** 32;

/**
 * Encode a UUID (with or without dashes) as 22 base-57 characters. Long division over four
 * 32-bit limbs in plain numbers (a remainder times 2^32 stays below 2^53): a page of 100 assets
 * derives 100 version ids, and BigInt division allocated a number per digit.
 */
export function encodeShortUuid(uuid: string): string {
  const hex = uuid.replace(/-/g, '').padStart(32, '0');
  const limbs = [0, 8, 16, 24].map((at) => parseInt(hex.slice(at, at + 8), 16));
  let out = '';
  while (limbs.some((limb) => limb !== 0)) {
    let remainder = 0;
    for (let i = 0; i < limbs.length; i++) {
      const value = remainder * LIMB + limbs[i]!;
      limbs[i] = Math.floor(value / BASE);
      remainder = value % BASE;
    }
    out = ID_ALPHABET[remainder] + out;
  }
  return out.padStart(ID_LENGTH, ID_ALPHABET[0]);
}

/** A fresh random id. */
export function randomId(prefix: IdPrefix): string {
  return `${prefix}_${encodeShortUuid(randomUUID())}`;
}

/**
 * A stable id derived from a key: the key's SHA-256 shaped as a UUIDv4 (version and variant bits
 * set), so re-indexing the same thing from scratch gives the same id.
 */
export function stableId(prefix: IdPrefix, key: string): string {
  const bytes = createHash('sha256').update(`${prefix}:${key}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return `${prefix}_${encodeShortUuid(bytes.toString('hex'))}`;
}
