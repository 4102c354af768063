import { _checkOptions, _expectString, _kind } from "../_args.js";
import { _hashString } from "../_hash.js";
import { _addExact, _createExact, _findExact } from "./_exact.js";
import { _createMatcher, _flush, _key, type _Query, _sign, _stage, BLOCK } from "./_matcher.js";
import {
  _expectSignature,
  _sameParameters,
  _signing,
  type MinHashOptions,
  type MinHashSignature,
  SIGNING_KEYS,
} from "./minhash.js";
import { normalizeText } from "./normalize.js";

/** A document for {@link findNearDuplicates}: its text, its signature, or both. */
export type NearDuplicateDocument =
  | string
  | {
      /** The text; when present, similarity is exact Jaccard on its shingles. */
      text?: string;
      /** A signature made beforehand (elsewhere, say) with the same options. */
      signature?: MinHashSignature;
    };

/** Options of {@link findNearDuplicates}. */
export interface NearDuplicateOptions extends MinHashOptions {
  /**
   * Jaccard similarity of shingle sets from which two documents are near
   * duplicates, above 0 and at most 1 (default: `0.8`).
   */
  threshold?: number;
}

/** A document found to be a near duplicate of an earlier one. */
export interface NearDuplicate {
  /** Position of the document in the input. */
  index: number;
  /** Position of an earlier document it was matched with (itself possibly a duplicate). */
  of: number;
  /** Position of the first document of its group: follow `of` to the start. */
  group: number;
  /** Jaccard similarity of `index` and `of`, at least the threshold. */
  similarity: number;
  /**
   * `true` when one of the two came without its text, so the similarity is
   * estimated from signatures (the share of agreeing bins) (absent otherwise).
   */
  estimated?: true;
}

/** The result of {@link findNearDuplicates}. */
export interface NearDuplicateResult {
  /** One entry per duplicate document, in input order. */
  duplicates: NearDuplicate[];
  /** Documents read. */
  documents: number;
  /** Candidate pairs found by the LSH bands. */
  candidates: number;
  /**
   * Candidates verified by exact Jaccard (the others were dropped by their
   * signatures' agreement, or were past the 8 verified per document).
   */
  verified: number;
  /** LSH bands and rows used (chosen from the threshold). */
  bands: number;
  rows: number;
}

/**
 * Find near duplicates in a corpus (comments across many articles, or whole
 * articles), sub-quadratically. Each document is signed with MinHash
 * (one-permutation hashing of character shingles, see `minhashSignature`),
 * its LSH band keys pick candidates among the earlier documents, and
 * candidates are verified by exact Jaccard on the shingle sets. A document
 * at or above the threshold with an earlier one is reported with the first
 * such document found (the most recent candidate first) and with its
 * group, the first document of the chain; groups are therefore transitive
 * (single linkage), so a copy of a copy joins the original's group even
 * when it is further from the original than the threshold. Identical keys
 * short-cut through a hash map. Deterministic for a seed; reads the
 * iterable once.
 *
 * The work per document is bounded, so the whole search is linear whatever
 * the corpus: a document looks at the 8 most recent documents of each of
 * its LSH buckets, and verifies at most 8 candidates (those whose
 * signatures agree best). A near duplicate can be missed for it only when
 * the corpus crowds its buckets: when every bucket it shares with its
 * match holds more than 8 more recent documents, or when more than 8
 * candidates agree with it at least as well. Identical keys are never
 * missed.
 *
 * @param docs
 *   Any iterable of texts, or of `{ text?, signature? }` (signatures made
 *   beforehand with the same `bins`, `normalize`, `seed` and `shingle`).
 * @param options
 *   Configuration (optional).
 * @returns
 *   The duplicates, and what the search did.
 */
export function findNearDuplicates(
  docs: Iterable<NearDuplicateDocument>,
  options?: NearDuplicateOptions,
): NearDuplicateResult {
  const fn = "findNearDuplicates";
  const settings = _checkOptions(options, fn, [...SIGNING_KEYS, "threshold"]);
  const signing = _signing(settings, fn);
  const threshold = _threshold(settings, fn);
  // A string is iterable too, but one character at a time: refuse it.
  if (
    typeof docs !== "object" ||
    docs === null ||
    typeof (docs as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function"
  ) {
    throw new TypeError(
      `Expected \`docs\` of \`${fn}\` to be an iterable of texts or documents, found ${_kind(docs)}`,
    );
  }
  const matcher = _createMatcher(signing, threshold, Array.isArray(docs) ? docs.length : 0);
  // Every document with a new key (or with a signature only) is kept, by
  // slot, whatever it matches: staged in blocks, searched when its block is
  // full (see `_Matcher`). Those with a text are also found by key hash.
  const exact = _createExact(Array.isArray(docs) ? docs.length : 0);
  const sameKey = (slot: number, key: string) => _key(matcher, slot) === key;
  // Group of each kept document, by slot (a duplicate's group is its match's).
  const groupOf: number[] = [];
  const duplicates: NearDuplicate[] = [];
  // Exact duplicates met since the last flush: pairs (index, slot).
  const pending: number[] = [];
  const flush = () => {
    const start = matcher.ids.length - matcher.blockSize;
    for (let slot = start; slot < matcher.ids.length; slot++)
      groupOf[slot] = matcher.ids[slot] as number;
    const near: NearDuplicate[] = [];
    // In slot order, so a match's group is final when it is read.
    _flush(matcher, (slot, of, similarity, estimated) => {
      const group = groupOf[of] as number;
      groupOf[slot] = group;
      const duplicate: NearDuplicate = {
        index: matcher.ids[slot] as number,
        of: matcher.ids[of] as number,
        group,
        similarity,
      };
      if (estimated) duplicate.estimated = true;
      near.push(duplicate);
    });
    // Both lists are in input order: merge them.
    let next = 0;
    for (let at = 0; at < pending.length; at += 2) {
      const index = pending[at] as number;
      while (next < near.length && (near[next] as NearDuplicate).index < index) {
        duplicates.push(near[next++] as NearDuplicate);
      }
      const slot = pending[at + 1] as number;
      const of = matcher.ids[slot] as number;
      duplicates.push({ index, of, group: groupOf[slot] as number, similarity: 1 });
    }
    while (next < near.length) duplicates.push(near[next++] as NearDuplicate);
    pending.length = 0;
  };
  // One query, reused.
  const query: _Query = { text: undefined, key: undefined, signature: undefined };
  const expected = {
    algorithm: "oph-1" as const,
    bins: signing.bins,
    normalize: signing.normalize,
    seed: signing.seed,
    shingle: signing.shingle,
  };
  let index = -1;
  // An array is read by index: its iterator's result objects were a few
  // megabytes of garbage per 100 000 documents.
  const list = Array.isArray(docs) ? (docs as readonly NearDuplicateDocument[]) : undefined;
  const iterator = list === undefined ? docs[Symbol.iterator]() : undefined;
  for (;;) {
    let doc: NearDuplicateDocument;
    if (list !== undefined) {
      if (index + 1 >= list.length) break;
      doc = list[index + 1] as NearDuplicateDocument;
    } else {
      const step = (iterator as Iterator<NearDuplicateDocument>).next();
      if (step.done === true) break;
      doc = step.value;
    }
    index++;
    let text: string | undefined;
    let signature: Uint32Array | undefined;
    if (typeof doc === "string") text = doc;
    else if (typeof doc === "object" && doc !== null) {
      if (doc.text !== undefined) {
        _expectString(doc.text, `docs[${index}].text`, fn);
        text = doc.text;
      }
      if (doc.signature !== undefined) signature = _readSignature(doc.signature, expected, index);
      if (text === undefined && signature === undefined) {
        throw new TypeError(
          `Expected \`docs[${index}]\` of \`${fn}\` to have a \`text\` or a \`signature\`, found neither`,
        );
      }
    } else {
      throw new TypeError(
        `Expected \`docs[${index}]\` of \`${fn}\` to be a string or an object, found ${_kind(doc)}`,
      );
    }
    const key = text === undefined ? undefined : signing.normalize ? normalizeText(text) : text;
    if (key !== undefined && key.length === 0) continue;
    // Identical keys, before signing: look them up by a hash of the key, and
    // confirm by comparing keys. (A hash of the first band key and the
    // length, tried before, put near duplicates of one length on one probe
    // run: quadratic, 308 s for 20 000 one-letter variants of a
    // 2 000-character text.)
    let hash = 0;
    if (key !== undefined) {
      hash = _hashString(key);
      const same = _findExact(exact, hash, sameKey, key);
      if (same !== -1) {
        pending.push(index, same);
        continue;
      }
    }
    query.text = text;
    query.key = key;
    query.signature = signature;
    if (!_sign(matcher, query, false)) continue;
    const slot = _stage(matcher, index, query);
    if (key !== undefined) _addExact(exact, hash, slot);
    if (matcher.blockSize === BLOCK) flush();
  }
  flush();
  return {
    duplicates,
    documents: index + 1,
    candidates: matcher.verified + matcher.filtered + matcher.unverified,
    verified: matcher.verified,
    bands: matcher.bands,
    rows: matcher.rows,
  };
}

/** Read the `threshold` option. */
export function _threshold(settings: Record<string, unknown>, fn: string): number {
  const value = settings.threshold;
  if (value === undefined) return 0.8;
  if (typeof value !== "number" || !(value > 0 && value <= 1)) {
    throw new TypeError(
      `Cannot use ${JSON.stringify(value)} for \`options.threshold\` of \`${fn}\`, expected a number above 0 and at most 1`,
    );
  }
  return value;
}

/** Check a signature given with a document and turn it into an array of bins. */
function _readSignature(
  signature: MinHashSignature,
  expected: Omit<MinHashSignature, "values">,
  index: number,
): Uint32Array {
  const fn = "findNearDuplicates";
  _expectSignature(signature, `docs[${index}].signature`, fn);
  _sameParameters(signature, expected, fn);
  const values = signature.values;
  if (values.length !== 0 && values.length !== expected.bins) {
    throw new TypeError(
      `Expected \`docs[${index}].signature.values\` of \`${fn}\` to hold ${expected.bins} values, found ${values.length}`,
    );
  }
  return Uint32Array.from(values);
}
