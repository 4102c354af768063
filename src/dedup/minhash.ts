import { _checkOptions, _expectArray, _expectObject, _expectString, _integer } from "../_args.js";
import { _mix } from "../_hash.js";
import { _buffer, _seedMix, _shingleHashes, BASE } from "./_hash.js";
import { normalizeText } from "./normalize.js";

/** Options of {@link minhashSignature} (and the signing part of `findNearDuplicates`). */
export interface MinHashOptions {
  /** Number of bins, the signature's length, from 16 to 1024 (default: `256`). */
  bins?: number;
  /** Whether to compare {@link normalizeText} keys rather than raw texts (default: `true`). */
  normalize?: boolean;
  /** Seed of the hash functions: signatures compare only with the same seed (default: `0`). */
  seed?: number;
  /** Shingle length in UTF-16 code units, from 1 to 64 (default: `5`). */
  shingle?: number;
}

/**
 * A MinHash signature: plain JSON, so that it can be computed on one
 * machine (or worker) and merged into an index on another. Two signatures
 * compare only when `algorithm`, `bins`, `normalize`, `seed` and `shingle`
 * are equal.
 */
export interface MinHashSignature {
  /** One-permutation hashing with optimal densification, format 1. */
  algorithm: "oph-1";
  bins: number;
  normalize: boolean;
  seed: number;
  shingle: number;
  /** One unsigned 32-bit value per bin; empty for a text without shingles. */
  values: number[];
}

/** Signing parameters, checked. */
export interface _Signing {
  bins: number;
  normalize: boolean;
  seed: number;
  shingle: number;
  seedMix: number;
}

/** Read and check the signing options. */
export function _signing(settings: Record<string, unknown>, fn: string): _Signing {
  const bins = _integer(settings, "bins", 256, 16, 1024, fn);
  const shingle = _integer(settings, "shingle", 5, 1, 64, fn);
  const seed = _integer(settings, "seed", 0, -(2 ** 31), 2 ** 32 - 1, fn);
  const normalize = settings.normalize ?? true;
  if (typeof normalize !== "boolean") {
    throw new TypeError(
      `Cannot use ${JSON.stringify(normalize)} for \`options.normalize\` of \`${fn}\`, expected a boolean`,
    );
  }
  return { bins, normalize, seed, shingle, seedMix: _seedMix(seed) };
}

/** Bins with no hash: the value every bin starts from. */
const EMPTY = 0xffffffff;

/**
 * Length of each bin's precomputed donor list (see {@link _donors}); `_oph`
 * checks the first 8 unrolled (four at a time), then the others in a loop.
 */
const DONORS = 32;

/** Below this many filled bins, `_oph` scans them rather than the donor lists. */
const SPARSE = 8;

interface _Donors {
  bins: number;
  seedMix: number;
  /** Per bin, the seed of its priorities (see {@link _priority}). */
  rowSeeds: Int32Array;
  /** Per bin, its `DONORS` highest-priority other bins, best first. */
  first: Uint16Array;
}

/** Donor tables by size and seed, the few most recently used. */
const donorTables: _Donors[] = [];

/**
 * Priority of bin `from` as a donor to the empty bin whose row seed is
 * given: a pseudo-random order of all bins, one per bin and seed, the same
 * for every text. Smaller comes first; ties go to the smaller bin.
 */
function _priority(rowSeed: number, from: number): number {
  return _mix(rowSeed ^ Math.imul(from + 1, 0x85ebca6b));
}

/**
 * Each bin's donor order, for one size and seed: its row seed and its
 * `DONORS` first donors (built on first use, O(bins²) hashes once, and
 * kept for the four sizes and seeds used last).
 */
function _donors(bins: number, seedMix: number): _Donors {
  for (const table of donorTables) {
    if (table.bins === bins && table.seedMix === seedMix) return table;
  }
  const rowSeeds = new Int32Array(bins);
  const first = new Uint16Array(bins * DONORS);
  const best = new Float64Array(DONORS);
  for (let bin = 0; bin < bins; bin++) {
    const rowSeed = _mix(seedMix ^ Math.imul(bin + 1, 0x9e3779b1)) | 0;
    rowSeeds[bin] = rowSeed;
    // Keep the DONORS smallest priorities, sorted, by insertion.
    let kept = 0;
    const at = bin * DONORS;
    for (let from = 0; from < bins; from++) {
      if (from === bin) continue;
      const priority = _priority(rowSeed, from);
      if (kept === DONORS && priority >= (best[DONORS - 1] as number)) continue;
      let slot = kept < DONORS ? kept++ : DONORS - 1;
      while (slot > 0 && (best[slot - 1] as number) > priority) {
        best[slot] = best[slot - 1] as number;
        first[at + slot] = first[at + slot - 1] as number;
        slot--;
      }
      best[slot] = priority;
      first[at + slot] = from;
    }
  }
  const donors = { bins, seedMix, rowSeeds, first };
  // A few sizes and seeds at once (shards signed with other seeds, say)
  // without rebuilding a table each call.
  donorTables.unshift(donors);
  if (donorTables.length > 4) donorTables.pop();
  return donors;
}

let filledScratch: Uint8Array | undefined;
let emptyScratch: Uint16Array | undefined;
let fullScratch: Uint16Array | undefined;

/**
 * One-permutation hashing (Li, Owen and Zhang, 2012): one hash per shingle;
 * its position in [0, 2^32) picks a bin and the bin keeps its smallest hash.
 * Empty bins are then filled by densification in the manner of Shrivastava's
 * optimal densification (2017): each bin has its own pseudo-random order of
 * the other bins, the same for every text, and an empty bin copies the
 * first bin of that order that a hash filled. Two texts then agree on a
 * densified bin with the probability of their Jaccard similarity.
 *
 * Shrivastava draws each bin's order as a sequence of hashed probes, which
 * costs about `bins / filled` probes per empty bin: thousands of probes per
 * bin for a text of a few characters. Here the order is a permutation given
 * by a priority per (bin, donor): each bin's first 32 donors are kept in a
 * table, and when none of them is filled (rare unless few bins are), or
 * when fewer than 8 bins are, the filled bins are scanned for the one of
 * highest priority, so an empty bin costs at most 32 + `filled` steps
 * whatever the text.
 *
 * @returns
 *   `false` when there were no hashes (the signature is left unfilled).
 */
export function _oph(
  hashes: Uint32Array,
  count: number,
  bins: number,
  seedMix: number,
  out: Uint32Array,
  offset: number,
): boolean {
  if (count === 0) return false;
  const filled = _filled(bins);
  out.fill(EMPTY, offset, offset + bins);
  // No branch on whether a bin is new: stores and a minimum.
  if ((bins & (bins - 1)) === 0) {
    // A power of two: the top bits of the hash pick the bin.
    const shift = 32 - Math.log2(bins);
    for (let index = 0; index < count; index++) {
      const h = hashes[index] as number;
      const bin = h >>> shift;
      filled[bin] = 1;
      const at = offset + bin;
      out[at] = Math.min(h, out[at] as number);
    }
  } else {
    const scale = bins / 4294967296;
    for (let index = 0; index < count; index++) {
      const h = hashes[index] as number;
      const bin = (h * scale) | 0;
      filled[bin] = 1;
      const at = offset + bin;
      out[at] = Math.min(h, out[at] as number);
    }
  }
  _densify(bins, seedMix, out, offset, filled);
  return true;
}

/** The scratch flags of filled bins, cleared for `bins` bins. */
function _filled(bins: number): Uint8Array {
  if (filledScratch === undefined || filledScratch.length < bins) {
    filledScratch = new Uint8Array(1024);
    emptyScratch = new Uint16Array(1024);
    fullScratch = new Uint16Array(1024);
  }
  filledScratch.fill(0, 0, bins);
  return filledScratch;
}

/**
 * {@link _oph} of a text's shingles, hashed on the fly rather than through a
 * buffer (the same hashes as `_shingleHashes`, a test checks): the signing
 * step of every document.
 *
 * @returns
 *   `false` for an empty text (the signature is left unfilled).
 */
export function _ophText(
  text: string,
  k: number,
  bins: number,
  seedMix: number,
  out: Uint32Array,
): boolean {
  const length = text.length;
  if (length <= k || (bins & (bins - 1)) !== 0) {
    const hashes = _buffer(length + 1);
    return _oph(hashes, _shingleHashes(text, k, seedMix, hashes), bins, seedMix, out, 0);
  }
  const filled = _filled(bins);
  out.fill(EMPTY, 0, bins);
  const shift = 32 - Math.log2(bins);
  let drop = 1;
  for (let index = 0; index < k; index++) drop = Math.imul(drop, BASE);
  let h = 0;
  for (let index = 0; index < k - 1; index++) {
    h = (Math.imul(h, BASE) + text.charCodeAt(index)) | 0;
  }
  for (let index = k - 1; index < length; index++) {
    h = (Math.imul(h, BASE) + text.charCodeAt(index)) | 0;
    if (index >= k) h = (h - Math.imul(drop, text.charCodeAt(index - k))) | 0;
    const hash = _mix(h ^ seedMix);
    const bin = hash >>> shift;
    filled[bin] = 1;
    out[bin] = Math.min(hash, out[bin] as number);
  }
  _densify(bins, seedMix, out, 0, filled);
  return true;
}

/** Fill the empty bins of a signature (see {@link _oph}). */
function _densify(
  bins: number,
  seedMix: number,
  out: Uint32Array,
  offset: number,
  filled: Uint8Array,
): void {
  // The empty bins, listed without a branch.
  const empty = emptyScratch as Uint16Array;
  let emptyCount = 0;
  for (let bin = 0; bin < bins; bin++) {
    empty[emptyCount] = bin;
    emptyCount += 1 - (filled[bin] as number);
  }
  if (emptyCount === 0) return;
  const { rowSeeds, first } = _donors(bins, seedMix);
  const sparse = bins - emptyCount < SPARSE;
  let fullCount = -1;
  for (let index = 0; index < emptyCount; index++) {
    const bin = empty[index] as number;
    const at = bin * DONORS;
    // Which of the first donors are filled, as bits (the lowest set bit
    // wins): unrolled without branches, four at a time (the first four hold
    // one when half the bins are filled, 15 times in 16); measured a third
    // faster than a loop with an early exit, and 7 % faster than eight at
    // once.
    let mask = sparse
      ? 0
      : (filled[first[at] as number] as number) |
        ((filled[first[at + 1] as number] as number) << 1) |
        ((filled[first[at + 2] as number] as number) << 2) |
        ((filled[first[at + 3] as number] as number) << 3);
    if (mask === 0 && !sparse) {
      mask =
        ((filled[first[at + 4] as number] as number) << 4) |
        ((filled[first[at + 5] as number] as number) << 5) |
        ((filled[first[at + 6] as number] as number) << 6) |
        ((filled[first[at + 7] as number] as number) << 7);
    }
    let source = -1;
    if (mask !== 0) source = first[at + 31 - Math.clz32(mask & -mask)] as number;
    else if (!sparse) {
      for (let donor = 8; donor < DONORS; donor++) {
        const from = first[at + donor] as number;
        if (filled[from] === 1) {
          source = from;
          break;
        }
      }
    }
    if (source === -1) {
      // None of them: the filled bin of highest priority (filled bins are
      // listed in ascending order, so a tie keeps the smaller bin).
      const full = fullScratch as Uint16Array;
      if (fullCount === -1) {
        fullCount = 0;
        for (let other = 0; other < bins; other++) {
          full[fullCount] = other;
          fullCount += filled[other] as number;
        }
      }
      const rowSeed = rowSeeds[bin] as number;
      source = full[0] as number;
      let best = _priority(rowSeed, source);
      for (let other = 1; other < fullCount; other++) {
        const from = full[other] as number;
        const priority = _priority(rowSeed, from);
        if (priority < best) {
          best = priority;
          source = from;
        }
      }
    }
    out[offset + bin] = out[offset + source] as number;
  }
}

/**
 * Compute the MinHash signature of a text: one-permutation hashing of its
 * character shingles with optimal densification. Estimate the Jaccard
 * similarity of two texts as the share of bins where their signatures agree
 * (see `estimateSimilarity`).
 *
 * @param text
 *   Text to sign.
 * @param options
 *   Configuration (optional).
 * @returns
 *   The signature, plain JSON.
 */
export function minhashSignature(text: string, options?: MinHashOptions): MinHashSignature {
  const signing = _signing(
    _checkOptions(options, "minhashSignature", SIGNING_KEYS),
    "minhashSignature",
  );
  _expectString(text, "text", "minhashSignature");
  const key = signing.normalize ? normalizeText(text) : text;
  const out = new Uint32Array(signing.bins);
  const values = _ophText(key, signing.shingle, signing.bins, signing.seedMix, out)
    ? Array.from(out)
    : [];
  return {
    algorithm: "oph-1",
    bins: signing.bins,
    normalize: signing.normalize,
    seed: signing.seed,
    shingle: signing.shingle,
    values,
  };
}

/** Option keys of the signing part. */
export const SIGNING_KEYS = ["bins", "normalize", "seed", "shingle"] as const;

/**
 * Estimate the Jaccard similarity of two texts from their signatures: the
 * share of bins where they agree.
 *
 * @param a
 *   Signature of the first text.
 * @param b
 *   Signature of the second text, made with the same parameters.
 * @returns
 *   A number from 0 to 1 (0 when either text had no shingles).
 */
export function estimateSimilarity(a: MinHashSignature, b: MinHashSignature): number {
  _expectSignature(a, "a", "estimateSimilarity");
  _expectSignature(b, "b", "estimateSimilarity");
  _sameParameters(a, b, "estimateSimilarity");
  if (a.values.length === 0 || b.values.length === 0) return 0;
  let same = 0;
  for (let index = 0; index < a.bins; index++) if (a.values[index] === b.values[index]) same++;
  return same / a.bins;
}

/**
 * Throw a TypeError unless a value has the shape of a signature: an object
 * with a `values` array (its parameters are compared by `_sameParameters`).
 */
export function _expectSignature(
  value: unknown,
  name: string,
  fn: string,
): asserts value is MinHashSignature {
  _expectObject(value, name, fn);
  _expectArray(value.values, `${name}.values`, fn);
}

/** Throw when two signatures were not made with the same parameters. */
export function _sameParameters(
  a: Omit<MinHashSignature, "values">,
  b: Omit<MinHashSignature, "values">,
  fn: string,
): void {
  for (const key of ["algorithm", "bins", "normalize", "seed", "shingle"] as const) {
    if (a[key] !== b[key]) {
      throw new TypeError(
        `Cannot compare signatures made with different \`${key}\` in \`${fn}\`: ${JSON.stringify(a[key])} and ${JSON.stringify(b[key])}`,
      );
    }
  }
}
