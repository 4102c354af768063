import { _banding, _bandKeys } from "./_bands.js";
import { _buffer, _jaccardHashes, _shingleHashes } from "./_hash.js";
import { _oph, type _Signing } from "./minhash.js";
import { normalizeText } from "./normalize.js";

/**
 * A growing LSH index of kept texts ("representatives"), with a cheap
 * signature filter and exact verification of candidates. Shared by
 * `findNearDuplicates` and `dedupeComments`.
 *
 * Representatives get consecutive slots. Their signatures sit in one pooled
 * array; the band buckets are one open-addressing hash table (band key →
 * latest entry, side by side so that a probe touches one cache line) with a
 * chain array (entry → previous entry of the same bucket), where an entry is
 * `slot << shift | band`. No `Map`, no array per bucket: a few typed arrays
 * whatever the corpus size.
 */
export interface _Matcher {
  signing: _Signing;
  threshold: number;
  /** Above this many disagreeing bins, a candidate is not verified. */
  allowed: number;
  bands: number;
  rows: number;
  /** Representatives' ids, by slot. */
  ids: number[];
  /**
   * Representatives' texts as given (undefined: known by signature only), by
   * slot. Raw texts, not keys: the caller holds them anyway, while keys would
   * be new strings kept alive (and copied by the garbage collector) for the
   * few that are ever verified; a key is rebuilt when needed.
   */
  texts: (string | undefined)[];
  /** Scratch: the current query's shingle hashes and how many there are. */
  queryHashes: Uint32Array;
  queryCount: number;
  /** Bins kept per representative for the filter: the first 64 (or all when fewer). */
  sketch: number;
  /** Representatives' first `sketch` bins, by slot. */
  pool: Uint32Array;
  /** Full signatures of representatives known by signature only, by slot. */
  full: (Uint32Array | undefined)[];
  /** Bucket table: pairs (band key, latest entry + 1; 0: empty), and the chain of entries. */
  table: Int32Array;
  tableUsed: number;
  chain: Int32Array;
  /** Entries are `slot << shift | band`. */
  shift: number;
  /** The query that last looked at a slot (skips repeats across bands). */
  seen: Int32Array;
  queries: number;
  /** Scratch: the current query's signature and band keys. */
  signature: Uint32Array;
  bandKeys: Uint32Array;
  /** Candidates verified exactly, and candidates the signature filter dropped. */
  verified: number;
  filtered: number;
}

/**
 * Create an empty matcher.
 *
 * @param expected
 *   How many representatives to make room for (the index grows anyway).
 */
export function _createMatcher(signing: _Signing, threshold: number, expected = 0): _Matcher {
  const { bands, rows } = _banding(signing.bins, threshold);
  // Before a candidate is verified, its first `sketch` bins must mostly
  // agree. Estimating similarity from `sketch` bins has a standard deviation
  // of sqrt(s(1 - s)/sketch); a pair at the threshold falls 4.5 of them
  // below it with probability under 1e-5, while unrelated texts that merely
  // share a band are dropped after a few comparisons.
  const sketch = Math.min(signing.bins, 64);
  const floor = threshold - 4.5 * Math.sqrt((threshold * (1 - threshold)) / sketch);
  const allowed = Math.floor((1 - floor) * sketch);
  let capacity = 1024;
  while (capacity < expected * bands * 2 && capacity < 2 ** 26) capacity *= 2;
  let shift = 0;
  while (1 << shift < bands) shift++;
  const slots = Math.max(64, Math.min(expected, 2 ** 22));
  return {
    signing,
    threshold,
    allowed,
    bands,
    rows,
    ids: [],
    texts: [],
    queryHashes: new Uint32Array(1024),
    queryCount: 0,
    sketch,
    pool: new Uint32Array(slots * sketch),
    full: [],
    table: new Int32Array(capacity * 2),
    tableUsed: 0,
    chain: new Int32Array(slots << shift),
    shift,
    seen: new Int32Array(slots),
    queries: 0,
    signature: new Uint32Array(signing.bins),
    bandKeys: new Uint32Array(bands),
    verified: 0,
    filtered: 0,
  };
}

/** A query: a text and its comparison key, a signature, or both. */
export interface _Query {
  /** The text as given. */
  text: string | undefined;
  /** Its comparison key (`text` itself when not normalising). */
  key: string | undefined;
  /** Set when the query came with its own signature. */
  signature: Uint32Array | undefined;
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
    // The shingle hashes, needed only to verify a candidate, come later.
    matcher.queryCount = -1;
  } else {
    const key = query.key as string;
    if (key.length === 0) return false;
    if (matcher.queryHashes.length < key.length + 1) {
      matcher.queryHashes = new Uint32Array(key.length + 1);
    }
    const count = _shingleHashes(key, signing.shingle, signing.seedMix, matcher.queryHashes);
    matcher.queryCount = count;
    _oph(matcher.queryHashes, count, signing.bins, signing.seedMix, matcher.signature, 0);
  }
  _bandKeys(matcher.signature, matcher.bands, matcher.rows, matcher.bandKeys);
  return true;
}

/** Find the latest entry of a bucket (-1 when there is none). */
function _head(matcher: _Matcher, key: number): number {
  const table = matcher.table;
  const mask = (table.length >> 1) - 1;
  let at = key & mask;
  for (;;) {
    const head = table[2 * at + 1] as number;
    if (head === 0) return -1;
    if (table[2 * at] === key) return head - 1;
    at = (at + 1) & mask;
  }
}

/**
 * Find the most similar representative at or above the threshold among the
 * candidates of the signed query (or, with `first`, the first one found,
 * latest added first). `accept` filters representatives by id (same author,
 * say) before any comparison.
 *
 * @returns
 *   The representative's id (or -1), its similarity, and whether it was
 *   estimated from signatures rather than computed from the texts.
 */
export function _best(
  matcher: _Matcher,
  query: _Query,
  accept: ((id: number) => boolean) | undefined,
  first = false,
): { id: number; similarity: number; estimated: boolean } {
  const stamp = ++matcher.queries;
  const { bands, pool, chain, seen, signature, sketch, shift } = matcher;
  const bins = matcher.signing.bins;
  let best = -1;
  let bestSimilarity = -1;
  let bestEstimated = false;
  for (let band = 0; band < bands; band++) {
    let entry = _head(matcher, (matcher.bandKeys[band] as number) | 0);
    while (entry !== -1) {
      const slot = entry >>> shift;
      entry = chain[entry] as number;
      if (seen[slot] === stamp) continue;
      seen[slot] = stamp;
      const id = matcher.ids[slot] as number;
      if (accept !== undefined && !accept(id)) continue;
      // Count disagreeing bins of the sketch, and stop once there are too many.
      let differ = 0;
      const offset = slot * sketch;
      const allowed = matcher.allowed;
      for (let bin = 0; bin < sketch && differ <= allowed; bin++) {
        if (pool[offset + bin] !== signature[bin]) differ++;
      }
      if (differ > allowed) {
        matcher.filtered++;
        continue;
      }
      const repText = matcher.texts[slot];
      const repKey =
        repText === undefined || !matcher.signing.normalize ? repText : normalizeText(repText);
      let similarity: number;
      let estimated = true;
      if (query.key === undefined || repKey === undefined) {
        // One side is known by its signature only: estimate from all bins.
        const other = matcher.full[slot] ?? _signatureOf(matcher, repKey as string);
        let same = 0;
        for (let bin = 0; bin < bins; bin++) if (other[bin] === signature[bin]) same++;
        similarity = same / bins;
      } else {
        matcher.verified++;
        estimated = false;
        const { shingle, seedMix } = matcher.signing;
        if (matcher.queryCount === -1) {
          if (matcher.queryHashes.length < query.key.length + 1) {
            matcher.queryHashes = new Uint32Array(query.key.length + 1);
          }
          matcher.queryCount = _shingleHashes(query.key, shingle, seedMix, matcher.queryHashes);
        }
        const repHashes = _buffer(repKey.length + 1);
        const repCount = _shingleHashes(repKey, shingle, seedMix, repHashes);
        similarity = _jaccardHashes(matcher.queryHashes, matcher.queryCount, repHashes, repCount);
      }
      if (
        similarity >= matcher.threshold &&
        (similarity > bestSimilarity || (similarity === bestSimilarity && id < best))
      ) {
        best = id;
        bestSimilarity = similarity;
        bestEstimated = estimated;
        if (first) return { id: best, similarity: bestSimilarity, estimated: bestEstimated };
      }
    }
  }
  return { id: best, similarity: bestSimilarity, estimated: bestEstimated };
}

/** Compute a representative's signature from its key (the scratch one is left alone). */
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
  const slot = matcher.ids.length;
  const { bands } = matcher;
  const { sketch } = matcher;
  matcher.ids.push(id);
  matcher.texts.push(query.text);
  matcher.full.push(query.text === undefined ? matcher.signature.slice() : undefined);
  if ((slot + 1) * sketch > matcher.pool.length) {
    const pool = new Uint32Array(matcher.pool.length * 2);
    pool.set(matcher.pool);
    matcher.pool = pool;
    const chain = new Int32Array(matcher.chain.length * 2);
    chain.set(matcher.chain);
    matcher.chain = chain;
    const seen = new Int32Array(matcher.seen.length * 2);
    seen.set(matcher.seen);
    matcher.seen = seen;
  }
  matcher.pool.set(matcher.signature.subarray(0, sketch), slot * sketch);
  for (let band = 0; band < bands; band++) {
    if ((matcher.tableUsed + 1) * 4 > matcher.table.length) _grow(matcher);
    const key = (matcher.bandKeys[band] as number) | 0;
    const entry = (slot << matcher.shift) | band;
    const table = matcher.table;
    const mask = (table.length >> 1) - 1;
    let at = key & mask;
    for (;;) {
      const head = table[2 * at + 1] as number;
      if (head === 0) {
        table[2 * at] = key;
        table[2 * at + 1] = entry + 1;
        matcher.chain[entry] = -1;
        matcher.tableUsed++;
        break;
      }
      if (table[2 * at] === key) {
        matcher.chain[entry] = head - 1;
        table[2 * at + 1] = entry + 1;
        break;
      }
      at = (at + 1) & mask;
    }
  }
}

/** Double the bucket table. */
function _grow(matcher: _Matcher): void {
  const old = matcher.table;
  const table = new Int32Array(old.length * 2);
  const mask = (table.length >> 1) - 1;
  for (let index = 0; index < old.length; index += 2) {
    const head = old[index + 1] as number;
    if (head === 0) continue;
    const key = old[index] as number;
    let at = key & mask;
    while (table[2 * at + 1] !== 0) at = (at + 1) & mask;
    table[2 * at] = key;
    table[2 * at + 1] = head;
  }
  matcher.table = table;
}
