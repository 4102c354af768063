// String hashing shared by every module that needs it (comment ids in
// `thread`, comparison keys and band keys in `dedup`). A utility below both:
// it imports nothing.

/**
 * Scramble 32 bits (the MurmurHash3 `fmix32` finaliser): a bijection with
 * full avalanche.
 *
 * @param value
 *   Any 32-bit value.
 * @returns
 *   The scrambled value, unsigned.
 */
export function _mix(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Hash a string to 32 bits (FNV-1a over its UTF-16 code units, then
 * {@link _mix}).
 *
 * @param value
 *   Any string.
 * @returns
 *   The hash, signed.
 */
export function _hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    h = Math.imul(h ^ value.charCodeAt(index), 0x01000193);
  }
  return _mix(h) | 0;
}
