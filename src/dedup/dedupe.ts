import {
  _boolean,
  _checkOptions,
  _expectArray,
  _expectArrayOfObjects,
  _kind,
  _oneOf,
} from "../_args.js";
import { _hashString, _mix } from "../_hash.js";
import { _isoInstant } from "../schema/_time.js";
import type { Article, Comment } from "../schema/index.js";
import { _checkComments } from "../thread/_check.js";
import type { Repair } from "../thread/build.js";
import { _addExact, _createExact, _findExact } from "./_exact.js";
import { _add, _best, _createMatcher, type _Matcher, type _Query, _sign } from "./_matcher.js";
import { _reparent } from "./_reparent.js";
import { _articleParagraphs, _blocksShape, _blocksText } from "./_text.js";
import { _signing } from "./minhash.js";
import { _threshold } from "./near.js";
import { normalizeText } from "./normalize.js";

/** Options of {@link dedupeComments}. */
export interface DedupeOptions {
  /**
   * The article the comments belong to, or its paragraph texts: comments
   * that only repeat one of its paragraphs are reported as
   * `"copies-article"` (default: none, no such check).
   */
  article?: Pick<Article, "lead" | "sections"> | readonly string[];
  /** Bins of the MinHash signatures used to find near duplicates (default: `256`). */
  bins?: number;
  /**
   * Which comment of a group is kept: the `"first"` in document order, or
   * the `"earliest"` by `publishedAt` (ISO 8601; a date or local date-time
   * without offset is compared as if it were UTC; undated comments count as
   * latest; ties go to document order) (default: `"first"`).
   */
  keep?: "first" | "earliest";
  /**
   * What must match: `"author-and-body"` (the same author, by `author.id`
   * or else the normalised `author.name`, and the same body) or `"body"`
   * only (default: `"author-and-body"`).
   */
  match?: "author-and-body" | "body";
  /** Whether to look for near duplicates as well as exact ones (default: `true`). */
  near?: boolean;
  /** Whether to remove the comments that copy the article, not only report them (default: `false`). */
  removeArticleCopies?: boolean;
  /** Seed of the MinHash hash functions (default: `0`). */
  seed?: number;
  /** Shingle length in UTF-16 code units (default: `5`). */
  shingle?: number;
  /**
   * Jaccard similarity of the bodies' shingle sets from which two comments
   * are near duplicates, and a comment a copy of a paragraph (default: `0.8`).
   */
  threshold?: number;
}

/** A comment removed as a duplicate of a kept one. */
export interface CommentDuplicate {
  /** `"exact"`: same comparison key; `"near"`: similarity at or above the threshold. */
  kind: "exact" | "near";
  /** The comment kept (the input object). */
  kept: Comment;
  /** Its position in the input. */
  keptIndex: number;
  /** The comment removed (the input object). */
  removed: Comment;
  /** Its position in the input. */
  removedIndex: number;
  /** Jaccard similarity of the two bodies (1 for exact duplicates). */
  similarity: number;
}

/** A comment that only repeats a paragraph of the article. */
export interface ArticleCopy {
  kind: "copies-article";
  /** The comment (the input object). */
  comment: Comment;
  /** Its position in the input. */
  commentIndex: number;
  /** Position of the paragraph among the article's paragraphs (lead, then sections). */
  paragraph: number;
  /** Jaccard similarity of the comment and the paragraph. */
  similarity: number;
  /** Whether it was removed (`removeArticleCopies`). */
  removed: boolean;
}

/** The result of {@link dedupeComments}. */
export interface DedupeResult {
  /** The comments left, in document order. */
  comments: Comment[];
  /** What was found, in document order of the comment concerned. */
  duplicates: (CommentDuplicate | ArticleCopy)[];
  /**
   * Comments whose replies could not move as the rules say, in document
   * order: only on parent ids that already formed a cycle, where the kept
   * comment is among the replies of its own duplicate; it keeps its
   * `parentId` (`code: "parent_cycle"`, `action: "kept"`) rather than become
   * its own parent. Usually empty.
   */
  repairs: Repair[];
}

/**
 * Remove duplicate comments without losing a reply. Bodies are compared by
 * their {@link normalizeText} key: the same key and the same shape (block
 * kinds and URLs, so that another link is not the same comment) is an exact
 * duplicate; a Jaccard similarity of character shingles at or above
 * `threshold` (found with MinHash and LSH, then computed exactly) is a near
 * duplicate. Each
 * comment is compared with the comments kept before it (in the `keep`
 * order), and is removed in favour of the most similar one. The replies of
 * a removed comment move to the kept one (when the kept one is itself among
 * those replies, it takes the removed one's place). Empty bodies are never
 * duplicates. Nothing else changes: comments that stay and keep their parent
 * are the input objects. Deduplicating the result again changes nothing.
 * Linear: the near search does bounded work per comment (it looks at the 8
 * most recent comments of each LSH bucket and verifies at most 8
 * candidates, those whose signatures agree best), so a near duplicate can
 * be missed only on a crowded corpus, when every bucket it shares with its
 * match holds more than 8 more recent comments (with `"author-and-body"`,
 * by the same author: buckets are per author), or when more than 8
 * candidates agree with it at least as well. Exact duplicates are never
 * missed.
 *
 * @param comments
 *   Comments, flat, in document order (not mutated).
 * @param options
 *   Configuration (optional).
 * @returns
 *   The comments left and the duplicates found.
 */
export function dedupeComments(
  comments: readonly Comment[],
  options?: DedupeOptions,
): DedupeResult {
  const fn = "dedupeComments";
  const settings = _checkOptions(options, fn, [
    "article",
    "bins",
    "keep",
    "match",
    "near",
    "removeArticleCopies",
    "seed",
    "shingle",
    "threshold",
  ]);
  const keep = _oneOf(settings, "keep", ["first", "earliest"], "first", "dedupeComments");
  const match = _oneOf(
    settings,
    "match",
    ["author-and-body", "body"],
    "author-and-body",
    "dedupeComments",
  );
  const near = _boolean(settings, "near", true, fn);
  const removeCopies = _boolean(settings, "removeArticleCopies", false, fn);
  const threshold = _threshold(settings, fn);
  const signing = _signing(
    { bins: settings.bins, seed: settings.seed, shingle: settings.shingle },
    fn,
  );
  const paragraphs = _paragraphs(settings.article, fn);
  _checkComments(comments, fn);

  const count = comments.length;
  // Keys are made when needed rather than all held: strings that survive
  // are what the garbage collector copies (see `_exact.ts`).
  const keyOf = (index: number) => normalizeText(_blocksText((comments[index] as Comment).body));
  const authors = match === "author-and-body" ? _authorHashes(comments) : undefined;

  // -1: kept; otherwise the index of the kept comment; -2: an article copy removed.
  const removedTo = new Int32Array(count).fill(-1);
  const found: (CommentDuplicate | ArticleCopy)[] = [];
  const copies = paragraphs === undefined ? undefined : _copyFinder(paragraphs, signing, threshold);
  if (copies !== undefined && removeCopies) {
    for (let index = 0; index < count; index++) {
      const copy = copies(keyOf(index));
      if (copy === undefined) continue;
      removedTo[index] = -2;
      found.push(_articleCopy(comments, index, copy, true));
    }
  }

  // Kept comments by the hash of what an exact duplicate shares: the key,
  // the author (see `_authorKeys`) and, unless the body is one paragraph
  // without links, its shape (block kinds and URLs); a hash match is
  // confirmed by comparing all three.
  const exact = _createExact(count);
  // The current comment's author (hash, and key once made: see `_authorKey`).
  let authorHash = 0;
  let author: string | undefined;
  const sameAuthor = (other: number): boolean => {
    if (authors === undefined) return true;
    if (authors[other] !== authorHash) return false;
    if (author === undefined) author = _authorKey(comments[index] as Comment);
    return _authorKey(comments[other] as Comment) === author;
  };
  let index = 0;
  let shape = "";
  const same = (other: number, key: string) =>
    sameAuthor(other) &&
    _blocksShape((comments[other] as Comment).body) === shape &&
    keyOf(other) === key;
  // A comment whose author wrote no other comment has no near duplicate by
  // that author: it is neither signed nor searched (see `_alone`).
  const alone = near && authors !== undefined ? _alone(authors) : undefined;
  // The index is sized for the comments that can be searched, not for all:
  // with distinct authors, tables for every comment were tens of megabytes
  // allocated and zeroed for nothing, and the major GC they set off was the
  // step that broke linear time (issue 11, item 9).
  let searched = count;
  if (alone !== undefined) for (const one of alone) searched -= one;
  const matcher =
    near && searched > 0 ? _createMatcher(signing, threshold, searched, true) : undefined;
  const order = _order(comments, keep);
  for (let at = 0; at < count; at++) {
    index = order[at] as number;
    if (removedTo[index] !== -1) continue;
    const text = _blocksText((comments[index] as Comment).body);
    const key = normalizeText(text);
    if (key.length === 0) continue;
    author = undefined;
    shape = _blocksShape((comments[index] as Comment).body);
    let hash = _hashString(key);
    if (authors !== undefined) {
      authorHash = authors[index] as number;
      hash = _mix(hash ^ authorHash) | 0;
    }
    if (shape !== "") hash = _mix(hash + _hashString(shape)) | 0;
    const kept = _findExact(exact, hash, same, key);
    if (kept !== -1) {
      removedTo[index] = kept;
      found.push(_duplicate(comments, "exact", kept, index, 1));
      continue;
    }
    if (matcher !== undefined && alone?.[index] !== 1) {
      // The text as given (rather than the key) is what the matcher holds.
      const query: _Query = { text, key, signature: undefined };
      // Only the same author's comments can match: give them buckets of
      // their own (see `_Query.salt`).
      if (authors !== undefined) query.salt = authorHash;
      _sign(matcher, query);
      const best = _best(matcher, query, authors === undefined ? undefined : sameAuthor);
      if (best !== -1) {
        const kept = matcher.ids[best] as number;
        removedTo[index] = kept;
        found.push(_duplicate(comments, "near", kept, index, matcher.similarity));
        continue;
      }
      _add(matcher, index, query);
    }
    _addExact(exact, hash, index);
  }
  if (copies !== undefined && !removeCopies) {
    for (let index = 0; index < count; index++) {
      if (removedTo[index] !== -1) continue;
      const copy = copies(keyOf(index));
      if (copy !== undefined) found.push(_articleCopy(comments, index, copy, false));
    }
  }
  found.sort((a, b) => _position(a) - _position(b));
  const repairs: Repair[] = [];
  const left = _reparent(comments, removedTo, repairs);
  repairs.sort((a, b) => a.index - b.index);
  return { comments: left, duplicates: found, repairs };
}

/** Read the `article` option into paragraph texts. */
function _paragraphs(value: unknown, fn: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) {
    if (!value.every((item) => typeof item === "string")) {
      throw new TypeError(
        `Expected \`options.article\` of \`${fn}\` to be an article or a list of strings`,
      );
    }
    return value as string[];
  }
  if (typeof value !== "object" || value === null) {
    throw new TypeError(
      `Expected \`options.article\` of \`${fn}\` to be an article or a list of strings, found ${_kind(value)}`,
    );
  }
  const { lead, sections } = value as { lead?: unknown; sections?: unknown };
  if (lead !== undefined) _expectArray(lead, "options.article.lead", fn);
  if (sections !== undefined) _expectArrayOfObjects(sections, "options.article.sections", fn);
  return _articleParagraphs(value as Pick<Article, "lead" | "sections">);
}

/**
 * An author's key: `author.id`, else the normalised name; length-prefixed,
 * so that a key followed by a text is unambiguous. Made only to confirm
 * that two authors with the same hash are the same: a million keys held
 * for the whole search were what the garbage collector copied most
 * (issue 11, item 9).
 */
function _authorKey(comment: Comment): string {
  const author = comment.author;
  if (author?.id !== undefined) {
    const id = String(author.id);
    return `id:${id.length}:${id}`;
  }
  const name = normalizeText(typeof author?.name === "string" ? author.name : "");
  return `name:${name.length}:${name}`;
}

/** Each comment's author, as the 32-bit hash of its key (see `_authorKey`). */
function _authorHashes(comments: readonly Comment[]): Int32Array {
  const hashes = new Int32Array(comments.length);
  for (let index = 0; index < comments.length; index++) {
    hashes[index] = _hashString(_authorKey(comments[index] as Comment));
  }
  return hashes;
}

/**
 * Which comments are the only one by their author (1), by a table of
 * author hashes: two authors with the same hash count as one, which can
 * only leave a comment searched that need not be.
 */
function _alone(authors: Int32Array): Uint8Array {
  const count = authors.length;
  const exact = _createExact(count);
  const result = new Uint8Array(count).fill(1);
  // The table compares hashes itself: any entry under the hash will do.
  const any = () => true;
  for (let index = 0; index < count; index++) {
    const hash = authors[index] as number;
    const seen = _findExact(exact, hash, any, "");
    if (seen === -1) _addExact(exact, hash, index);
    else {
      result[index] = 0;
      result[seen] = 0;
    }
  }
  return result;
}

/** Indexes in the order comments claim to be kept. */
function _order(comments: readonly Comment[], keep: "first" | "earliest"): number[] {
  const order: number[] = new Array(comments.length);
  for (let index = 0; index < comments.length; index++) order[index] = index;
  if (keep === "first") return order;
  const times = comments.map((comment) => {
    const time = comment.publishedAt === undefined ? Number.NaN : _isoInstant(comment.publishedAt);
    return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
  });
  return order.sort((a, b) => {
    const left = times[a] as number;
    const right = times[b] as number;
    return left === right ? a - b : left < right ? -1 : 1;
  });
}

/** A matcher over the article's paragraphs: a key → the paragraph it copies. */
function _copyFinder(
  paragraphs: readonly string[],
  signing: ReturnType<typeof _signing>,
  threshold: number,
): (key: string) => { paragraph: number; similarity: number } | undefined {
  const exact = new Map<string, number>();
  const matcher: _Matcher = _createMatcher(signing, threshold);
  paragraphs.forEach((text, paragraph) => {
    const key = normalizeText(text);
    if (key.length === 0 || exact.has(key)) return;
    exact.set(key, paragraph);
    const query: _Query = { text: key, key, signature: undefined };
    _sign(matcher, query);
    _add(matcher, paragraph, query);
  });
  return (key) => {
    if (key.length === 0) return undefined;
    const same = exact.get(key);
    if (same !== undefined) return { paragraph: same, similarity: 1 };
    if (exact.size === 0) return undefined;
    const query: _Query = { text: key, key, signature: undefined };
    _sign(matcher, query);
    const best = _best(matcher, query, undefined);
    if (best === -1) return undefined;
    return { paragraph: matcher.ids[best] as number, similarity: matcher.similarity };
  };
}

/** Describe a comment removed in favour of a kept one. */
function _duplicate(
  comments: readonly Comment[],
  kind: "exact" | "near",
  kept: number,
  removed: number,
  similarity: number,
): CommentDuplicate {
  return {
    kind,
    kept: comments[kept] as Comment,
    keptIndex: kept,
    removed: comments[removed] as Comment,
    removedIndex: removed,
    similarity,
  };
}

/** Describe a comment that repeats a paragraph of the article. */
function _articleCopy(
  comments: readonly Comment[],
  index: number,
  copy: { paragraph: number; similarity: number },
  removed: boolean,
): ArticleCopy {
  return {
    kind: "copies-article",
    comment: comments[index] as Comment,
    commentIndex: index,
    paragraph: copy.paragraph,
    similarity: copy.similarity,
    removed,
  };
}

/** Position, in the input, of the comment an entry is about. */
function _position(entry: CommentDuplicate | ArticleCopy): number {
  return entry.kind === "copies-article" ? entry.commentIndex : entry.removedIndex;
}
