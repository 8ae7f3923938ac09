/**
 * Gumnut ids: `prefix_` + a UUID written in base 57 (22 characters, most significant first,
 * left-padded with the alphabet's first character) as Python's `shortuuid` writes it.
 */
import { createHash, randomUUID } from 'node:crypto';
import { ID_ALPHABET, ID_LENGTH, type IdPrefix } from '../contract/constants.ts';

const BASE = BigInt(ID_ALPHABET.length);

/** Encode a UUID (with or without dashes) as 22 base-57 characters. */
export function encodeShortUuid(uuid: string): string {
  let n = BigInt('0x' + uuid.replace(/-/g, ''));
  let out = '';
  while (n > 0n) {
    out = ID_ALPHABET[Number(n % BASE)] + out;
    n /= BASE;
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
