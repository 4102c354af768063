import { _banding, _bandKeys } from "./_bands.js";
import { _buffer, _jaccard, _shingleHashes, _shingleSet } from "./_hash.js";
import { _oph, type _Signing } from "./minhash.js";

/**
 * A growing LSH index of kept texts ("representatives"), each known by a
 * number, with exact verification of candidates. Shared by
 * `findNearDuplicates` and `dedupeComments`.
 */
export interface _Matcher {
  signing: _Signing;
  threshold: number;
  bands: number;
  rows: number;
  /** One bucket map per band: band key → representatives. */
  buckets: Map<number, number[]>[];
  /** Comparison key of each representative that has one. */
  keys: Map<number, string>;
  /** Signature of each representative known only by its signature. */
  signatures: Map<number, Uint32Array>;
  /** Shingle sets of representatives, computed when first compared. */
  sets: Map<number, Uint32Array>;
  /** Which query last looked at a representative (skips repeats across bands). */
  seen: Map<number, number>;
  queries: number;
  /** Scratch: the current query's signature and band keys. */
  signature: Uint32Array;
  bandKeys: Uint32Array;
  /** Candidates verified so far (for reports). */
  verified: number;
}

/** Create an empty matcher. */
export function _createMatcher(signing: _Signing, threshold: number): _Matcher {
  const { bands, rows } = _banding(signing.bins, threshold);
  const buckets: Map<number, number[]>[] = [];
  for (let band = 0; band < bands; band++) buckets.push(new Map());
  return {
    signing,
    threshold,
    bands,
    rows,
    buckets,
    keys: new Map(),
    signatures: new Map(),
    sets: new Map(),
    seen: new Map(),
    queries: 0,
    signature: new Uint32Array(signing.bins),
    bandKeys: new Uint32Array(bands),
    verified: 0,
  };
}

/** A query: a comparison key, or a signature alone. */
export interface _Query {
  key: string | undefined;
  /** Set when the query came with its own signature. */
  signature: Uint32Array | undefined;
  /** The query's shingle set, once computed. */
  set: Uint32Array | undefined;
}

/**
 * Sign a query into the matcher's scratch signature and band keys.
 *
 * @returns
 *   `false` when the text has no shingles (nothing to compare).
 */
export function _sign(matcher: _Matcher, query: _Query): boolean {
  const { signing } = matcher;
  if (query.signature !== undefined) {
    if (query.signature.length === 0) return false;
    matcher.signature.set(query.signature);
  } else {
    const key = query.key as string;
    if (key.length === 0) return false;
    const hashes = _buffer(key.length + 1);
    const count = _shingleHashes(key, signing.shingle, signing.seedMix, hashes);
    _oph(hashes, count, signing.bins, signing.seedMix, matcher.signature, 0);
    // The set is needed only when a candidate turns up; keep it cheap to
    // build now that the hashes are at hand.
    query.set = undefined;
  }
  _bandKeys(matcher.signature, matcher.bands, matcher.rows, matcher.bandKeys);
  return true;
}

/**
 * Find the most similar representative at or above the threshold among the
 * candidates of the signed query. `accept` filters representatives (same
 * author, say) before any verification.
 *
 * @returns
 *   The representative (or -1), its similarity, and whether it was estimated
 *   from signatures rather than computed from the texts.
 */
export function _best(
  matcher: _Matcher,
  query: _Query,
  accept: ((representative: number) => boolean) | undefined,
): { representative: number; similarity: number; estimated: boolean } {
  const stamp = ++matcher.queries;
  let best = -1;
  let bestSimilarity = -1;
  let bestEstimated = false;
  for (let band = 0; band < matcher.bands; band++) {
    const bucket = matcher.buckets[band]?.get(matcher.bandKeys[band] as number);
    if (bucket === undefined) continue;
    for (const representative of bucket) {
      if (matcher.seen.get(representative) === stamp) continue;
      matcher.seen.set(representative, stamp);
      if (accept !== undefined && !accept(representative)) continue;
      matcher.verified++;
      const repKey = matcher.keys.get(representative);
      let similarity: number;
      let estimated = false;
      if (query.key !== undefined && repKey !== undefined) {
        if (query.set === undefined)
          query.set = _shingleSet(query.key, matcher.signing.shingle, matcher.signing.seedMix);
        let repSet = matcher.sets.get(representative);
        if (repSet === undefined) {
          repSet = _shingleSet(repKey, matcher.signing.shingle, matcher.signing.seedMix);
          matcher.sets.set(representative, repSet);
        }
        const small = Math.min(query.set.length, repSet.length);
        const large = Math.max(query.set.length, repSet.length);
        // |A ∩ B| / |A ∪ B| <= min / max: skip the merge when that is too low.
        similarity = small < matcher.threshold * large ? 0 : _jaccard(query.set, repSet);
      } else {
        estimated = true;
        const other =
          matcher.signatures.get(representative) ?? _signatureOf(matcher, repKey as string);
        let same = 0;
        for (let bin = 0; bin < matcher.signing.bins; bin++) {
          if (other[bin] === matcher.signature[bin]) same++;
        }
        similarity = same / matcher.signing.bins;
      }
      if (
        similarity >= matcher.threshold &&
        (similarity > bestSimilarity || (similarity === bestSimilarity && representative < best))
      ) {
        best = representative;
        bestSimilarity = similarity;
        bestEstimated = estimated;
      }
    }
  }
  return { representative: best, similarity: bestSimilarity, estimated: bestEstimated };
}

/** Compute a representative's signature from its key (without touching the scratch one). */
function _signatureOf(matcher: _Matcher, key: string): Uint32Array {
  const { signing } = matcher;
  const hashes = _buffer(key.length + 1);
  const count = _shingleHashes(key, signing.shingle, signing.seedMix, hashes);
  const out = new Uint32Array(signing.bins);
  _oph(hashes, count, signing.bins, signing.seedMix, out, 0);
  return out;
}

/** Add the signed query to the index as representative `id`. */
export function _add(matcher: _Matcher, id: number, query: _Query): void {
  if (query.key !== undefined) matcher.keys.set(id, query.key);
  else matcher.signatures.set(id, matcher.signature.slice());
  if (query.set !== undefined) matcher.sets.set(id, query.set);
  for (let band = 0; band < matcher.bands; band++) {
    const buckets = matcher.buckets[band] as Map<number, number[]>;
    const key = matcher.bandKeys[band] as number;
    const bucket = buckets.get(key);
    if (bucket === undefined) buckets.set(key, [id]);
    else bucket.push(id);
  }
}
