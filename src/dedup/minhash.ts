import { _checkOptions } from "../json/_options.js";
import { _buffer, _mix, _seedMix, _shingleHashes } from "./_hash.js";
import { normalizeText } from "./normalize.js";

/** Options of {@link minhashSignature} (and the signing part of `findNearDuplicates`). */
export interface MinHashOptions {
  /** Number of bins, the signature's length, from 16 to 1024 (default: `128`). */
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
  const bins = _integer(settings, "bins", 128, 16, 1024, fn);
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

/** Sentinel of an empty bin before densification. */
const EMPTY = 0xffffffff;

let emptyBins: Int32Array | undefined;
let resolvedBins: Uint32Array | undefined;

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
  const end = offset + bins;
  out.fill(EMPTY, offset, end);
  const scale = bins / 4294967296;
  for (let index = 0; index < count; index++) {
    const h = hashes[index] as number;
    const at = offset + ((h * scale) | 0);
    if (h < (out[at] as number)) out[at] = h;
  }
  if (emptyBins === undefined || emptyBins.length < bins) emptyBins = new Int32Array(1024);
  let empties = 0;
  for (let bin = 0; bin < bins; bin++) if (out[offset + bin] === EMPTY) emptyBins[empties++] = bin;
  if (empties === 0) return true;
  if (empties === bins) {
    // Only possible with the one hash 0xffffffff: a single value fills all.
    out.fill(EMPTY - 1, offset, end);
    return true;
  }
  // Empty bins keep EMPTY until all are resolved, so that a probe only ever
  // copies an original bin.
  if (resolvedBins === undefined || resolvedBins.length < bins)
    resolvedBins = new Uint32Array(1024);
  const resolved = resolvedBins;
  for (let e = 0; e < empties; e++) {
    const bin = emptyBins[e] as number;
    let attempt = 1;
    let source = 0;
    for (;;) {
      const probe = _mix(seedMix ^ Math.imul(bin + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca6b));
      source = probe % bins;
      if (out[offset + source] !== EMPTY) break;
      attempt++;
    }
    resolved[e] = out[offset + source] as number;
  }
  for (let e = 0; e < empties; e++) out[offset + (emptyBins[e] as number)] = resolved[e] as number;
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
      `Expected \`text\` of \`minhashSignature\` to be a string, found ${typeof text}`,
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
  _sameParameters(a, b, "estimateSimilarity");
  if (a.values.length === 0 || b.values.length === 0) return 0;
  let same = 0;
  for (let index = 0; index < a.bins; index++) if (a.values[index] === b.values[index]) same++;
  return same / a.bins;
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
