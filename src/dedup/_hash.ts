// Hashing of character shingles. A shingle is `k` consecutive UTF-16 code
// units of the comparison key (a text shorter than `k` is one shingle); its
// hash is a polynomial rolling hash modulo 2^32, so each step costs O(1)
// whatever `k`, then scrambled with the MurmurHash3 finaliser (Appleby) and
// the seed so that each seed gives another bin assignment.
import { _mix } from "../_hash.js";

/** Multiplier of the rolling hash (odd, so it is invertible modulo 2^32). */
export const BASE = 0x01000193;

/** Turn a user seed into the 32-bit value mixed into every hash. */
export function _seedMix(seed: number): number {
  return _mix(Math.imul(seed | 0, 0x9e3779b1) ^ 0x5bd1e995);
}

let scratch: Uint32Array | undefined;

/**
 * A buffer of at least `size` entries, reused between calls (allocated on
 * first use, never at load).
 */
export function _buffer(size: number): Uint32Array {
  if (scratch === undefined || scratch.length < size) {
    scratch = new Uint32Array(Math.max(size, 1024));
  }
  return scratch;
}

/**
 * Hash every shingle of a text into `out` (duplicates included, in text
 * order).
 *
 * @returns
 *   How many hashes were written (0 for an empty text).
 */
export function _shingleHashes(text: string, k: number, seedMix: number, out: Uint32Array): number {
  const length = text.length;
  if (length === 0) return 0;
  if (length <= k) {
    let h = 0;
    for (let index = 0; index < length; index++)
      h = (Math.imul(h, BASE) + text.charCodeAt(index)) | 0;
    out[0] = _mix(h ^ seedMix);
    return 1;
  }
  // BASE^k modulo 2^32: the weight of the code unit that leaves the window.
  let drop = 1;
  for (let index = 0; index < k; index++) drop = Math.imul(drop, BASE);
  let h = 0;
  for (let index = 0; index < k; index++) h = (Math.imul(h, BASE) + text.charCodeAt(index)) | 0;
  let count = 0;
  out[count++] = _mix(h ^ seedMix);
  for (let index = k; index < length; index++) {
    h =
      (Math.imul(h, BASE) + text.charCodeAt(index) - Math.imul(drop, text.charCodeAt(index - k))) |
      0;
    out[count++] = _mix(h ^ seedMix);
  }
  return count;
}

/**
 * The set of shingle hashes of a text: sorted, without repeats.
 */
export function _shingleSet(text: string, k: number, seedMix: number): Uint32Array {
  const buffer = _buffer(text.length + 1);
  const count = _shingleHashes(text, k, seedMix, buffer);
  return _sortedUnique(buffer, count);
}

/** Copy the first `count` values, sorted and without repeats. */
export function _sortedUnique(values: Uint32Array, count: number): Uint32Array {
  const sorted = values.slice(0, count).sort();
  let kept = 0;
  for (let index = 0; index < count; index++) {
    const value = sorted[index] as number;
    if (kept === 0 || sorted[kept - 1] !== value) sorted[kept++] = value;
  }
  return kept === count ? sorted : sorted.slice(0, kept);
}

/**
 * Jaccard similarity of two sorted sets without repeats: |A ∩ B| / |A ∪ B|
 * (0 when both are empty).
 */
export function _jaccard(a: Uint32Array, b: Uint32Array): number {
  const lengthA = a.length;
  const lengthB = b.length;
  if (lengthA === 0 || lengthB === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < lengthA && j < lengthB) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (lengthA + lengthB - shared);
}

let tableKeys: Uint32Array | undefined;
let tableStamps: Int32Array | undefined;
let tableTags: Uint8Array | undefined;
let stamp = 0;

/**
 * Jaccard similarity of two lists of shingle hashes taken as sets (repeats
 * ignored), through a scratch hash table: linear, no sorting, nothing
 * allocated once the table is big enough (0 when either list is empty).
 */
export function _jaccardHashes(
  a: Uint32Array,
  countA: number,
  b: Uint32Array,
  countB: number,
): number {
  if (countA === 0 || countB === 0) return 0;
  let capacity = 1024;
  while (capacity < (countA + countB) * 2) capacity *= 2;
  if (tableKeys === undefined || tableKeys.length < capacity) {
    tableKeys = new Uint32Array(capacity);
    tableStamps = new Int32Array(capacity);
    tableTags = new Uint8Array(capacity);
    stamp = 0;
  }
  const keys = tableKeys;
  const stamps = tableStamps as Int32Array;
  const tags = tableTags as Uint8Array;
  // A new stamp empties the table without clearing it.
  stamp++;
  if (stamp === 0x7fffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  const mask = capacity - 1;
  let uniqueA = 0;
  for (let index = 0; index < countA; index++) {
    const h = a[index] as number;
    let at = h & mask;
    for (;;) {
      if (stamps[at] !== stamp) {
        stamps[at] = stamp;
        keys[at] = h;
        tags[at] = 1;
        uniqueA++;
        break;
      }
      if (keys[at] === h) break;
      at = (at + 1) & mask;
    }
  }
  let uniqueB = 0;
  let shared = 0;
  for (let index = 0; index < countB; index++) {
    const h = b[index] as number;
    let at = h & mask;
    for (;;) {
      if (stamps[at] !== stamp) {
        stamps[at] = stamp;
        keys[at] = h;
        tags[at] = 2;
        uniqueB++;
        break;
      }
      if (keys[at] === h) {
        if (tags[at] === 1) {
          tags[at] = 3;
          shared++;
          uniqueB++;
        }
        break;
      }
      at = (at + 1) & mask;
    }
  }
  return shared / (uniqueA + uniqueB - shared);
}
