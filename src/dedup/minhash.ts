import { _expectArray, _expectObject, _kind } from "../_args.js";
import { _checkOptions } from "../json/_options.js";
import { _buffer, _mix, _seedMix, _shingleHashes } from "./_hash.js";
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

/** Read an integer option within bounds. */
export function _integer(
  settings: Record<string, unknown>,
  key: string,
  fallback: number,
  min: number,
  max: number,
  fn: string,
): number {
  const value = settings[key];
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new TypeError(
      `Cannot use ${JSON.stringify(value)} for \`options.${key}\` of \`${fn}\`, expected an integer from ${min} to ${max}`,
    );
  }
  return value;
}

let original: Uint8Array | undefined;

/** Probes of each bin kept in a table; later ones are computed. */
const PROBES = 8;

let probeTable: { bins: number; seedMix: number; table: Uint16Array } | undefined;

/** The `attempt`-th probe of an empty bin (attempts count from 1). */
function _probe(seedMix: number, bin: number, attempt: number): number {
  return _mix(seedMix ^ Math.imul(bin + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca6b));
}

/** The first probes of every bin, for one seed and size (built on first use). */
function _probes(bins: number, seedMix: number): Uint16Array {
  if (probeTable === undefined || probeTable.bins !== bins || probeTable.seedMix !== seedMix) {
    const table = new Uint16Array(bins * PROBES);
    for (let bin = 0; bin < bins; bin++) {
      for (let attempt = 1; attempt <= PROBES; attempt++) {
        table[bin * PROBES + attempt - 1] = _probe(seedMix, bin, attempt) % bins;
      }
    }
    probeTable = { bins, seedMix, table };
  }
  return probeTable.table;
}

/**
 * One-permutation hashing (Li, Owen and Zhang, 2012): one hash per shingle;
 * its position in [0, 2^32) picks a bin and the bin keeps its smallest hash.
 * Empty bins are then filled by optimal densification (Shrivastava, 2017):
 * an empty bin copies the first non-empty bin of its own pseudo-random
 * probe sequence, which is the same for every text, so that two texts agree
 * on a densified bin with the probability of their Jaccard similarity.
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
  if (original === undefined || original.length < bins) original = new Uint8Array(1024);
  const filled = original;
  filled.fill(0, 0, bins);
  let used = 0;
  if ((bins & (bins - 1)) === 0) {
    // A power of two: the top bits of the hash pick the bin.
    const shift = 32 - Math.log2(bins);
    for (let index = 0; index < count; index++) {
      const h = hashes[index] as number;
      const bin = h >>> shift;
      const at = offset + bin;
      if (filled[bin] === 0) {
        filled[bin] = 1;
        used++;
        out[at] = h;
      } else if (h < (out[at] as number)) out[at] = h;
    }
  } else {
    const scale = bins / 4294967296;
    for (let index = 0; index < count; index++) {
      const h = hashes[index] as number;
      const bin = (h * scale) | 0;
      const at = offset + bin;
      if (filled[bin] === 0) {
        filled[bin] = 1;
        used++;
        out[at] = h;
      } else if (h < (out[at] as number)) out[at] = h;
    }
  }
  if (used === bins) return true;
  // An empty bin copies the first bin of its probe sequence that was filled
  // by a hash (never one filled by this loop), so the order does not matter.
  const probes = _probes(bins, seedMix);
  for (let bin = 0; bin < bins; bin++) {
    if (filled[bin] === 1) continue;
    let source = -1;
    const first = bin * PROBES;
    for (let attempt = 0; attempt < PROBES; attempt++) {
      const probe = probes[first + attempt] as number;
      if (filled[probe] === 1) {
        source = probe;
        break;
      }
    }
    for (let attempt = PROBES + 1; source === -1; attempt++) {
      const probe = _probe(seedMix, bin, attempt) % bins;
      if (filled[probe] === 1) source = probe;
    }
    out[offset + bin] = out[offset + source] as number;
  }
  return true;
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
  if (typeof text !== "string") {
    throw new TypeError(
      `Expected \`text\` of \`minhashSignature\` to be a string, found ${_kind(text)}`,
    );
  }
  const key = signing.normalize ? normalizeText(text) : text;
  const hashes = _buffer(key.length + 1);
  const count = _shingleHashes(key, signing.shingle, signing.seedMix, hashes);
  const out = new Uint32Array(signing.bins);
  const values = _oph(hashes, count, signing.bins, signing.seedMix, out, 0) ? Array.from(out) : [];
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
