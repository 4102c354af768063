import { _mix } from "../_hash.js";
import { _banding, _bandKeys } from "./_bands.js";
import { _buffer, _jaccardHashes, _shingleHashes } from "./_hash.js";
import { _oph, _ophText, type _Signing } from "./minhash.js";
import { normalizeText } from "./normalize.js";

/**
 * A growing LSH index of kept texts ("representatives"), with a cheap
 * signature filter and exact verification of candidates. Shared by
 * `findNearDuplicates` and `dedupeComments`.
 *
 * Representatives get consecutive slots. The low byte of each of their first
 * bins sits in one pooled array (one cache line each). Each band has its own bucket table (open addressing: band key →
 * latest slot, side by side so that a probe touches one cache line) and a
 * chain array (slot → previous slot with the same band key). No `Map`, no
 * array per bucket: a few typed arrays per band whatever the corpus size.
 *
 * Two ways to fill it:
 * - one query at a time (`_sign`, `_best`, `_add`), when what is kept
 *   depends on what was found (`dedupeComments`);
 * - in blocks (`_sign`, `_stage`, then `_flush`), when every text with a new
 *   key is kept whatever it matches (`findNearDuplicates`). A block links
 *   its texts band after band, so that thousands of keys go through one
 *   band's table (a megabyte per 100 000 texts, mostly in cache) before the
 *   next; one query at a time, each of its 32 bands lands in another table
 *   and nearly every probe misses the cache (measured: the biggest cost of
 *   the search after signing, more than halved).
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
  /** Scratch: the current query's shingle hashes and how many there are (-1: not made yet). */
  queryHashes: Uint32Array;
  queryCount: number;
  /** Scratch: the key of the representative being searched (null: not rebuilt yet). */
  queryKey: string | undefined | null;
  /** Bins kept per representative for the filter: the first 64 (or fewer, a multiple of 4). */
  sketch: number;
  /**
   * Representatives' first `sketch` bins, by slot, one byte each (b-bit
   * minwise hashing, Li and König 2010), four to a word: two different bins
   * agree by chance once in 256, which only lets a few more candidates
   * through the filter, while a candidate's check reads one cache line
   * instead of four and compares four bins at a time.
   */
  pool: Int32Array;
  /** Scratch: the current query's sketch, and the same as bytes. */
  querySketch: Int32Array;
  querySketchBytes: Uint8Array;
  /** Full signatures of representatives known by signature only (rare), by slot. */
  full: Map<number, Uint32Array>;
  /** Per band: pairs (band key, latest slot + 1; 0: empty), and how many are used. */
  tables: Int32Array[];
  tableUsed: Int32Array;
  /** Per band: the previous slot with the same band key (-1: none), by slot. */
  chains: Int32Array[];
  /** The query that last looked at a slot (skips repeats across bands). */
  seen: Int32Array;
  queries: number;
  /** Scratch: the current query's signature and band keys. */
  signature: Uint32Array;
  bandKeys: Uint32Array;
  /**
   * Scratch, filled by {@link _sign} in the one-at-a-time way: per band, the
   * latest slot of its bucket (-1: none) and the table position of the
   * bucket (or of the empty pair where it would go), so that `_best` and
   * `_add` do not probe again.
   */
  heads: Int32Array;
  positions: Int32Array;
  /**
   * How many representatives are staged (the last ones): until their block
   * is linked, their chain entries hold their band keys.
   */
  blockSize: number;
  /** Result of the last search: similarity, and whether it was estimated. */
  similarity: number;
  estimated: boolean;
  /**
   * Candidates verified exactly, candidates the signature filter dropped,
   * and candidates that passed it but were not verified (over
   * {@link VERIFY_CAP}).
   */
  verified: number;
  filtered: number;
  unverified: number;
  /** Searches that met a cap (a bucket walk cut, or candidates left unverified). */
  capped: number;
  /** Scratch of `_search`: the candidates past the filter and their disagreeing bins. */
  candidates: Int32Array;
  differs: Uint8Array;
  /** Scratch of `_search`: candidates by disagreeing bins. */
  histogram: Int32Array;
  /** Scratch of `_search`: the slots of each band's walk (-1: end), band after band. */
  walk: Int32Array;
}

/** Texts staged before a block is linked and searched (see `_Matcher`). */
export const BLOCK = 65536;

/**
 * Slots of one bucket (one band key) a query looks at: the most recent
 * ones. Without a cap, a corpus of similar texts (a small vocabulary, one
 * template) fills a few buckets with a sizeable share of the corpus, and
 * each query walks them all: quadratic (16 words, 160 000 comments:
 * 16.5 s, 1 000 000 did not end in 14 minutes). A near duplicate can only be
 * missed when every band it shares with its match holds more than this
 * many more recent texts (exact duplicates are found by key, never missed).
 */
export const BUCKET_CAP = 8;

/**
 * Candidates that pass the signature filter and are verified exactly, per
 * query: those whose sketches agree best. A near duplicate can only be
 * missed when more than this many candidates agree with the query at least
 * as well as its match (on the first 64 bins).
 */
export const VERIFY_CAP = 8;

/**
 * Create an empty matcher.
 *
 * @param expected
 *   How many representatives to make room for (the index grows anyway).
 * @param bound
 *   Whether `expected` is a bound on the representatives (the caller knows
 *   it): then all the room is made at once, in one buffer (see below).
 */
export function _createMatcher(
  signing: _Signing,
  threshold: number,
  expected = 0,
  bound = false,
): _Matcher {
  const { bands, rows } = _banding(signing.bins, threshold);
  // Before a candidate is verified, its first `sketch` bins must mostly
  // agree. Estimating similarity from `sketch` bins has a standard deviation
  // of sqrt(s(1 - s)/sketch); a pair at the threshold falls 4.5 of them
  // below it with probability under 1e-5, while unrelated texts that merely
  // share a band are dropped after a few comparisons. Comparing one byte
  // of each bin only raises agreement (by (1 - s)/256), so no pair at the
  // threshold is dropped for it.
  const sketch = Math.min(signing.bins, 64) & ~3;
  const floor = threshold - 4.5 * Math.sqrt((threshold * (1 - threshold)) / sketch);
  const allowed = Math.floor((1 - floor) * sketch);
  // Room for up to 2^17 representatives at first (the arrays grow): sizing
  // for a million expected documents up front took 700 MB of buffers. With
  // a known bound, all the room at once, in one buffer: V8 runs a full
  // garbage collection for every 64 MB of buffers allocated, so growing 32
  // bands' arrays by doubling set off a number of collections proportional
  // to the corpus, each marking the whole input (1 000 000 comments: 16
  // collections, 12 s), which made the search super-linear (issue 11, item
  // 9). One allocation sets off one, and the pages it never writes are
  // never touched (the system hands out zeroed pages as they are written).
  const slots = Math.max(64, bound ? expected : Math.min(expected, 2 ** 17));
  const querySketch = new Int32Array(sketch >> 2);
  // Pairs per band table: a power of two, at most three quarters full
  // (measured faster than half full: linear probing stays within a cache
  // line of 8 pairs, and half the memory is half the pages to fault in).
  let pairs = 1024;
  while (pairs * 3 < slots * 4) pairs *= 2;
  const words = sketch >> 2;
  const room = bound
    ? new ArrayBuffer(4 * (bands * (pairs * 2 + slots) + slots + slots * words))
    : undefined;
  let offset = 0;
  const view = (length: number): Int32Array => {
    if (room === undefined) return new Int32Array(length);
    const array = new Int32Array(room, offset, length);
    offset += 4 * length;
    return array;
  };
  const tables: Int32Array[] = [];
  const chains: Int32Array[] = [];
  for (let band = 0; band < bands; band++) {
    tables.push(view(pairs * 2));
    chains.push(view(slots));
  }
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
    queryKey: null,
    sketch,
    pool: view(slots * words),
    querySketch,
    querySketchBytes: new Uint8Array(querySketch.buffer),
    full: new Map(),
    tables,
    tableUsed: new Int32Array(bands),
    chains,
    seen: view(slots),
    queries: 0,
    signature: new Uint32Array(signing.bins),
    bandKeys: new Uint32Array(bands),
    heads: new Int32Array(bands),
    positions: new Int32Array(bands),
    blockSize: 0,
    similarity: -1,
    estimated: false,
    verified: 0,
    filtered: 0,
    unverified: 0,
    capped: 0,
    candidates: new Int32Array(bands * BUCKET_CAP),
    differs: new Uint8Array(bands * BUCKET_CAP),
    histogram: new Int32Array(sketch + 1),
    walk: new Int32Array(bands * BUCKET_CAP),
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
  /**
   * Mixed into its band keys (default: none), so that only texts with the
   * same salt share buckets: a hash of the author when only comments by the
   * same author can match, so that other authors' texts neither cost time
   * nor take the places of a bucket (see {@link BUCKET_CAP}).
   */
  salt?: number;
}

/**
 * Sign a query into the matcher's scratch signature and band keys (and, with
 * `locate`, find its buckets for `_best` and `_add`).
 *
 * @returns
 *   `false` when the text has no shingles (nothing to compare).
 */
export function _sign(matcher: _Matcher, query: _Query, locate = true): boolean {
  const { signing } = matcher;
  if (query.signature !== undefined) {
    if (query.signature.length === 0) return false;
    matcher.signature.set(query.signature);
  } else {
    const key = query.key as string;
    if (key.length === 0) return false;
    _ophText(key, signing.shingle, signing.bins, signing.seedMix, matcher.signature);
  }
  // The shingle hashes, needed only to verify a candidate, come later.
  matcher.queryCount = -1;
  _bandKeys(matcher.signature, matcher.bands, matcher.rows, matcher.bandKeys);
  const salt = query.salt;
  if (salt !== undefined) {
    const { bandKeys } = matcher;
    for (let band = 0; band < matcher.bands; band++) {
      bandKeys[band] = _mix(((bandKeys[band] as number) ^ salt) + band);
    }
  }
  const { querySketchBytes, signature, sketch } = matcher;
  for (let bin = 0; bin < sketch; bin++) querySketchBytes[bin] = signature[bin] as number;
  if (locate) _locate(matcher);
  return true;
}

/** Find each band's bucket for the signed query: its latest slot and its position. */
function _locate(matcher: _Matcher): void {
  const { tables, bands, bandKeys, heads, positions } = matcher;
  for (let band = 0; band < bands; band++) {
    const table = tables[band] as Int32Array;
    const mask = (table.length >> 1) - 1;
    const key = (bandKeys[band] as number) | 0;
    let at = key & mask;
    let head = table[2 * at + 1] as number;
    while (head !== 0 && table[2 * at] !== key) {
      at = (at + 1) & mask;
      head = table[2 * at + 1] as number;
    }
    heads[band] = head - 1;
    positions[band] = at;
  }
}

/**
 * Find the most similar representative at or above the threshold among the
 * candidates of the query signed and located last (or, with `first`, the
 * first one found, latest added first). `accept` filters representatives by
 * id (same author, say) before any comparison.
 *
 * @returns
 *   The representative's slot (its id is `ids[slot]`), or -1; its
 *   similarity and whether it was estimated are left in `similarity` and
 *   `estimated`.
 */
export function _best(
  matcher: _Matcher,
  query: _Query,
  accept: ((id: number) => boolean) | undefined,
  first = false,
): number {
  return _search(matcher, matcher.heads, -1, query.key, accept, first);
}

/**
 * Walk the candidates from the given first slot of each band's chain.
 * `self` is the query's own slot when it is already in the index (its
 * sketch is then read from the pool), -1 when it is the signed query.
 *
 * Bounded work per query, whatever the corpus (see {@link BUCKET_CAP} and
 * {@link VERIFY_CAP}): at most `BUCKET_CAP` slots of each band's chain, the
 * most recent first; of the candidates that pass the sketch filter, at
 * most `VERIFY_CAP` are verified exactly, those whose sketches agree best
 * (ties in walk order). Below both caps, every candidate is verified in
 * walk order, as without them.
 */
function _search(
  matcher: _Matcher,
  heads: Int32Array,
  self: number,
  queryKey: string | undefined | null,
  accept: ((id: number) => boolean) | undefined,
  first: boolean,
): number {
  const stamp = ++matcher.queries;
  const { bands, pool, chains, seen, sketch, allowed, candidates, differs } = matcher;
  const words = sketch >> 2;
  const query = self === -1 ? matcher.querySketch : pool;
  const queryOffset = self === -1 ? 0 : self * words;
  // The bucket walks first, a step of every band at a time: each band's
  // next slot is a load that depends on the last, and the bands' loads are
  // independent, so the processor overlaps 32 cache misses instead of
  // waiting for each (results are read back band after band, as before).
  const walk = matcher.walk;
  let capped = false;
  for (let band = 0; band < bands; band++) walk[band * BUCKET_CAP] = heads[band] as number;
  for (let step = 1; step <= BUCKET_CAP; step++) {
    for (let band = 0; band < bands; band++) {
      const at = band * BUCKET_CAP + step;
      const slot = walk[at - 1] as number;
      const up = slot === -1 ? -1 : ((chains[band] as Int32Array)[slot] as number);
      if (step < BUCKET_CAP) walk[at] = up;
      else if (up !== -1) capped = true;
    }
  }
  let count = 0;
  for (let at = 0; at < walk.length; at++) {
    const slot = walk[at] as number;
    if (slot === -1) {
      // The rest of this band's walk is empty too.
      at = (Math.floor(at / BUCKET_CAP) + 1) * BUCKET_CAP - 1;
      continue;
    }
    if (seen[slot] === stamp) continue;
    seen[slot] = stamp;
    if (accept !== undefined && !accept(matcher.ids[slot] as number)) continue;
    // Count disagreeing bins of the sketch, four at a time, and stop once
    // there are too many. In `t` the top bit of each byte is set when the
    // byte of `x` is not zero; the multiplication adds those four bits.
    let differ = 0;
    const offset = slot * words;
    for (let word = 0; word < words && differ <= allowed; word++) {
      const x = (pool[offset + word] as number) ^ (query[queryOffset + word] as number);
      const t = (((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x) & 0x80808080;
      differ += Math.imul(t >>> 7, 0x01010101) >>> 24;
    }
    if (differ > allowed) {
      matcher.filtered++;
      continue;
    }
    candidates[count] = slot;
    differs[count] = differ;
    count++;
  }
  // Which candidates to verify: all of them, or the VERIFY_CAP that agree
  // best: every one with fewer than `cutoff` disagreeing bins, then those
  // with exactly `cutoff`, in walk order, up to the cap.
  let cutoff = allowed + 1;
  let atCutoff = 0;
  if (count > VERIFY_CAP) {
    capped = true;
    const histogram = matcher.histogram.fill(0);
    for (let at = 0; at < count; at++) {
      const differ = differs[at] as number;
      histogram[differ] = (histogram[differ] as number) + 1;
    }
    let below = 0;
    cutoff = 0;
    while (below + (histogram[cutoff] as number) < VERIFY_CAP) {
      below += histogram[cutoff] as number;
      cutoff++;
    }
    atCutoff = VERIFY_CAP - below;
    matcher.unverified += count - VERIFY_CAP;
  }
  if (capped) matcher.capped++;
  let best = -1;
  let bestId = -1;
  let bestSimilarity = -1;
  let bestEstimated = false;
  for (let at = 0; at < count; at++) {
    const differ = differs[at] as number;
    if (differ > cutoff) continue;
    if (differ === cutoff) {
      if (atCutoff === 0) continue;
      atCutoff--;
    }
    const slot = candidates[at] as number;
    const similarity = _similarity(matcher, slot, self, queryKey);
    const id = matcher.ids[slot] as number;
    if (
      similarity >= matcher.threshold &&
      (similarity > bestSimilarity || (similarity === bestSimilarity && id < bestId))
    ) {
      best = slot;
      bestId = id;
      bestSimilarity = similarity;
      bestEstimated = matcher.estimated;
      if (first) break;
    }
  }
  matcher.similarity = bestSimilarity;
  matcher.estimated = bestEstimated;
  return best;
}

/**
 * Similarity of a query and a representative that passed the filter: exact
 * Jaccard of their shingles, or, when either is known by its signature
 * only, the share of agreeing bins (then `estimated` is set).
 */
function _similarity(
  matcher: _Matcher,
  slot: number,
  self: number,
  given: string | undefined | null,
): number {
  const { signing } = matcher;
  // null: the query is representative `self`, its key rebuilt on first need.
  let queryKey = given;
  if (queryKey === null) {
    queryKey = matcher.queryKey === null ? _key(matcher, self) : matcher.queryKey;
    matcher.queryKey = queryKey;
  }
  const repKey = _key(matcher, slot);
  if (queryKey === undefined || repKey === undefined) {
    matcher.estimated = true;
    const bins = signing.bins;
    const query =
      self === -1
        ? matcher.signature
        : (matcher.full.get(self) ?? _signatureOf(matcher, queryKey as string));
    const other = matcher.full.get(slot) ?? _signatureOf(matcher, repKey as string);
    let same = 0;
    for (let bin = 0; bin < bins; bin++) if (other[bin] === query[bin]) same++;
    return same / bins;
  }
  matcher.verified++;
  matcher.estimated = false;
  const { shingle, seedMix } = signing;
  if (matcher.queryCount === -1) {
    if (matcher.queryHashes.length < queryKey.length + 1) {
      matcher.queryHashes = new Uint32Array(queryKey.length + 1);
    }
    matcher.queryCount = _shingleHashes(queryKey, shingle, seedMix, matcher.queryHashes);
  }
  const repHashes = _buffer(repKey.length + 1);
  const repCount = _shingleHashes(repKey, shingle, seedMix, repHashes);
  return _jaccardHashes(matcher.queryHashes, matcher.queryCount, repHashes, repCount);
}

/** A representative's comparison key (undefined: known by signature only). */
export function _key(matcher: _Matcher, slot: number): string | undefined {
  const text = matcher.texts[slot];
  return text === undefined || !matcher.signing.normalize ? text : normalizeText(text);
}

/** Compute a signature from a key (the scratch one is left alone). */
function _signatureOf(matcher: _Matcher, key: string): Uint32Array {
  const { signing } = matcher;
  const hashes = _buffer(key.length + 1);
  const count = _shingleHashes(key, signing.shingle, signing.seedMix, hashes);
  const out = new Uint32Array(signing.bins);
  _oph(hashes, count, signing.bins, signing.seedMix, out, 0);
  return out;
}

/** Give the signed query a slot: its id, text, full signature if needed and sketch. */
function _keep(matcher: _Matcher, id: number, query: _Query): number {
  const slot = matcher.ids.length;
  const { sketch } = matcher;
  matcher.ids.push(id);
  matcher.texts.push(query.text);
  if (query.text === undefined) matcher.full.set(slot, matcher.signature.slice());
  const words = sketch >> 2;
  if ((slot + 1) * words > matcher.pool.length) {
    const pool = new Int32Array(matcher.pool.length * 2);
    pool.set(matcher.pool);
    matcher.pool = pool;
  }
  if (slot >= matcher.seen.length) {
    const size = matcher.seen.length * 2;
    const seen = new Int32Array(size);
    seen.set(matcher.seen);
    matcher.seen = seen;
    for (let band = 0; band < matcher.bands; band++) {
      const chain = new Int32Array(size);
      chain.set(matcher.chains[band] as Int32Array);
      matcher.chains[band] = chain;
    }
  }
  matcher.pool.set(matcher.querySketch, slot * words);
  return slot;
}

/**
 * Add the signed and located query to the index as representative `id`
 * (nothing may have been added since it was signed).
 *
 * @returns
 *   Its slot.
 */
export function _add(matcher: _Matcher, id: number, query: _Query): number {
  const slot = _keep(matcher, id, query);
  const { bands, tableUsed, chains, positions, heads, bandKeys } = matcher;
  // Room first (tables at most three quarters full); a growth moves the buckets, so
  // find them again.
  let grown = false;
  for (let band = 0; band < bands; band++) {
    if (((tableUsed[band] as number) + 1) * 8 > (matcher.tables[band] as Int32Array).length * 3) {
      _grow(matcher, band);
      grown = true;
    }
  }
  if (grown) _locate(matcher);
  for (let band = 0; band < bands; band++) {
    const table = matcher.tables[band] as Int32Array;
    const at = positions[band] as number;
    (chains[band] as Int32Array)[slot] = heads[band] as number;
    if (table[2 * at + 1] === 0) {
      table[2 * at] = (bandKeys[band] as number) | 0;
      tableUsed[band] = (tableUsed[band] as number) + 1;
    }
    table[2 * at + 1] = slot + 1;
  }
  return slot;
}

/**
 * Stage the signed query as representative `id` of the current block; its
 * candidates are searched when the block is flushed.
 *
 * @returns
 *   Its slot.
 */
export function _stage(matcher: _Matcher, id: number, query: _Query): number {
  const slot = _keep(matcher, id, query);
  matcher.blockSize++;
  // The chain entries are free until the block is linked: they hold the
  // band keys meanwhile (no other array of 32 × 65 536 keys).
  const { bands, bandKeys, chains } = matcher;
  for (let band = 0; band < bands; band++) {
    (chains[band] as Int32Array)[slot] = bandKeys[band] as number;
  }
  return slot;
}

/**
 * Link the staged block into the index, band after band, then search each
 * staged representative's candidates among all earlier ones (first match,
 * latest first, as `_best` with `first`).
 *
 * @param found
 *   Called in slot order with each staged slot that matched, the slot it
 *   matched, and the similarity (and whether it was estimated).
 */
export function _flush(
  matcher: _Matcher,
  found: (slot: number, of: number, similarity: number, estimated: boolean) => void,
): void {
  const size = matcher.blockSize;
  if (size === 0) return;
  const start = matcher.ids.length - size;
  const { bands, tables, tableUsed, chains } = matcher;
  for (let band = 0; band < bands; band++) {
    while (((tableUsed[band] as number) + size) * 8 > (tables[band] as Int32Array).length * 3) {
      _grow(matcher, band);
    }
    const table = tables[band] as Int32Array;
    const chain = chains[band] as Int32Array;
    const mask = (table.length >> 1) - 1;
    let used = tableUsed[band] as number;
    for (let at = 0; at < size; at++) {
      const key = chain[start + at] as number;
      let position = key & mask;
      let head = table[2 * position + 1] as number;
      while (head !== 0 && table[2 * position] !== key) {
        position = (position + 1) & mask;
        head = table[2 * position + 1] as number;
      }
      if (head === 0) {
        table[2 * position] = key;
        used++;
      }
      chain[start + at] = head - 1;
      table[2 * position + 1] = start + at + 1;
    }
    tableUsed[band] = used;
  }
  const heads = matcher.heads;
  for (let at = 0; at < size; at++) {
    const slot = start + at;
    for (let band = 0; band < bands; band++) {
      heads[band] = (chains[band] as Int32Array)[slot] as number;
    }
    matcher.queryCount = -1;
    matcher.queryKey = null;
    // The query's key is rebuilt only if a candidate needs verifying.
    const match = _search(matcher, heads, slot, null, undefined, true);
    if (match !== -1) found(slot, match, matcher.similarity, matcher.estimated);
  }
  matcher.blockSize = 0;
}

/** Double one band's bucket table. */
function _grow(matcher: _Matcher, band: number): void {
  const old = matcher.tables[band] as Int32Array;
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
  matcher.tables[band] = table;
}
