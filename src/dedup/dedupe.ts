import { _expectArray, _expectArrayOfObjects, _kind } from "../_args.js";
import { _checkOptions, _oneOf } from "../json/_options.js";
import { _cycles } from "../schema/_cycles.js";
import { _isoInstant } from "../schema/_time.js";
import type { Article, Comment } from "../schema/index.js";
import { _checkComments } from "../thread/_check.js";
import { _findId, _indexIds } from "../thread/_ids.js";
import type { Repair } from "../thread/build.js";
import { _addExact, _createExact, _findExact } from "./_exact.js";
import { _hashString, _mix } from "./_hash.js";
import { _add, _best, _createMatcher, type _Matcher, type _Query, _sign } from "./_matcher.js";
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
 * Linear for exact duplicates, sub-quadratic for near ones.
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
  const authors = match === "author-and-body" ? _authorKeys(comments) : undefined;

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
  let author: string | undefined;
  let shape = "";
  const same = (other: number, key: string) =>
    authors?.[other] === author &&
    _blocksShape((comments[other] as Comment).body) === shape &&
    keyOf(other) === key;
  const matcher = near ? _createMatcher(signing, threshold, count) : undefined;
  // A comment whose author wrote no other comment has no near duplicate by
  // that author: it is neither signed nor searched (see `_alone`).
  const alone = matcher !== undefined && authors !== undefined ? _alone(authors) : undefined;
  for (const index of _order(comments, keep)) {
    if (removedTo[index] !== -1) continue;
    const text = _blocksText((comments[index] as Comment).body);
    const key = normalizeText(text);
    if (key.length === 0) continue;
    author = authors?.[index];
    shape = _blocksShape((comments[index] as Comment).body);
    let hash = _hashString(key);
    if (author !== undefined) hash = _mix(hash ^ _hashString(author)) | 0;
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
      if (author !== undefined) query.salt = _hashString(author);
      _sign(matcher, query);
      const best = _best(
        matcher,
        query,
        authors === undefined ? undefined : (other) => authors[other] === author,
      );
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

/** Read a boolean option. */
function _boolean(
  settings: Record<string, unknown>,
  key: string,
  fallback: boolean,
  fn: string,
): boolean {
  const value = settings[key];
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") {
    throw new TypeError(
      `Cannot use ${JSON.stringify(value)} for \`options.${key}\` of \`${fn}\`, expected a boolean`,
    );
  }
  return value;
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
 * Author keys: `author.id`, else the normalised name (cached by name);
 * length-prefixed, so that a key followed by a text is unambiguous.
 */
function _authorKeys(comments: readonly Comment[]): string[] {
  const byName = new Map<string, string>();
  return comments.map((comment) => {
    const author = comment.author;
    if (author?.id !== undefined) {
      const id = String(author.id);
      return `id:${id.length}:${id}`;
    }
    const name = typeof author?.name === "string" ? author.name : "";
    let key = byName.get(name);
    if (key === undefined) {
      const normalized = normalizeText(name);
      key = `name:${normalized.length}:${normalized}`;
      byName.set(name, key);
    }
    return key;
  });
}

/**
 * Which comments are the only one by their author (1), by a table of
 * author hashes: two authors with the same hash count as one, which can
 * only leave a comment searched that need not be.
 */
function _alone(authors: readonly string[]): Uint8Array {
  const count = authors.length;
  const exact = _createExact(count);
  const result = new Uint8Array(count).fill(1);
  // The table compares hashes itself: any entry under the hash will do.
  const any = () => true;
  for (let index = 0; index < count; index++) {
    const hash = _hashString(authors[index] as string);
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

/**
 * Drop removed comments and move their replies: to the kept duplicate, or,
 * for an article copy, to its own parent. A kept comment that sat among the
 * replies of a comment removed in its favour takes that comment's place
 * (its parent), so that no cycle appears. Iterative and linear.
 */
function _reparent(
  comments: readonly Comment[],
  removedTo: Int32Array,
  repairs: Repair[],
): Comment[] {
  const count = comments.length;
  let any = false;
  for (let index = 0; index < count; index++) if (removedTo[index] !== -1) any = true;
  if (!any) return comments.slice();
  // Quick answer for the common case: when no `parentId` names a removed
  // comment's id, nothing moves and only the removed ones go.
  const removedIds: string[] = [];
  for (let index = 0; index < count; index++) {
    if (removedTo[index] !== -1) removedIds.push((comments[index] as Comment).id);
  }
  const removedIndex = _indexIds(removedIds);
  let named = false;
  for (let index = 0; index < count && !named; index++) {
    const parentId = (comments[index] as Comment).parentId;
    if (parentId !== undefined && _findId(removedIndex, parentId) !== -1) named = true;
  }
  if (!named) {
    const result: Comment[] = [];
    for (let index = 0; index < count; index++) {
      if (removedTo[index] === -1) result.push(comments[index] as Comment);
    }
    return result;
  }
  const ids: string[] = new Array(count);
  for (let index = 0; index < count; index++) ids[index] = (comments[index] as Comment).id;
  const first = _indexIds(ids);
  const parent = new Int32Array(count).fill(-1);
  let moves = false;
  for (let index = 0; index < count; index++) {
    const parentId = (comments[index] as Comment).parentId;
    const target = parentId === undefined ? -1 : _findId(first, parentId);
    if (target !== -1 && target !== index) {
      parent[index] = target;
      if (removedTo[target] !== -1) moves = true;
    }
  }
  if (!moves) {
    // No removed comment has a reply: nothing moves.
    const result: Comment[] = [];
    for (let index = 0; index < count; index++) {
      if (removedTo[index] === -1) result.push(comments[index] as Comment);
    }
    return result;
  }
  // Which kept comments sit below a comment removed in their favour: a walk
  // of the original tree counting, per kept comment, its removed duplicates
  // on the current path; `adopt` records the topmost of them. Children are
  // laid out flat (offsets and one list), not one array per comment.
  const adopt = new Int32Array(count).fill(-1);
  const offsets = new Int32Array(count + 1);
  const roots: number[] = [];
  for (let index = 0; index < count; index++) {
    const up = parent[index] as number;
    if (up === -1) roots.push(index);
    else offsets[up + 1] = (offsets[up + 1] as number) + 1;
  }
  for (let index = 0; index < count; index++) {
    offsets[index + 1] = (offsets[index + 1] as number) + (offsets[index] as number);
  }
  const list = new Int32Array(count);
  const cursor = offsets.slice(0, count);
  for (let index = 0; index < count; index++) {
    const up = parent[index] as number;
    if (up === -1) continue;
    const at = cursor[up] as number;
    list[at] = index;
    cursor[up] = at + 1;
  }
  const onPath = new Int32Array(count);
  const top = new Int32Array(count).fill(-1);
  const stack: number[] = [];
  for (let at = roots.length - 1; at >= 0; at--) stack.push(roots[at] as number);
  while (stack.length > 0) {
    const entry = stack.pop() as number;
    if (entry < 0) {
      // Leaving a removed duplicate: `~entry` is its index.
      const keeper = removedTo[~entry] as number;
      onPath[keeper] = (onPath[keeper] as number) - 1;
      continue;
    }
    const keeper = removedTo[entry] as number;
    if (keeper >= 0) {
      if (onPath[keeper] === 0) top[keeper] = entry;
      onPath[keeper] = (onPath[keeper] as number) + 1;
      stack.push(~entry);
    } else if (keeper === -1 && (onPath[entry] as number) > 0) {
      adopt[entry] = top[entry] as number;
    }
    for (let at = (offsets[entry + 1] as number) - 1; at >= (offsets[entry] as number); at--) {
      stack.push(list[at] as number);
    }
  }
  // New parents: a removed parent is replaced by its kept duplicate, or
  // for an article copy by its own parent, resolved once per removed
  // comment (memoised, so a long chain of removed comments above many
  // replies is climbed once, not once per reply).
  const resolved = new _Climb(parent, removedTo, true);
  const climbed = new _Climb(parent, removedTo, false);
  const next = new Int32Array(count).fill(-1);
  const jumped = new Uint8Array(count);
  for (let index = 0; index < count; index++) {
    if (removedTo[index] !== -1) continue;
    let up =
      adopt[index] === -1 ? (parent[index] as number) : (parent[adopt[index] as number] as number);
    if (up !== -1 && removedTo[up] !== -1) {
      const to = resolved.from(up);
      if (resolved.jumped(up)) jumped[index] = 1;
      up = to;
    }
    if (up === index) {
      // Only on a cycle the input already had (a comment below its own
      // removed duplicate is otherwise adopted above): never make a
      // comment its own parent; it keeps its own `parentId`.
      up = parent[index] as number;
      jumped[index] = 0;
      repairs.push(_keptParent(comments, index));
    }
    next[index] = up;
  }
  // Kept comments moved under one another across groups can still close a
  // loop (A's duplicate holds B's kept one, B's duplicate holds A's): cut
  // each such cycle at a moved comment, which climbs the original tree to
  // its nearest remaining ancestor instead. A climb can close another loop,
  // so this runs again, at most CUT_PASSES times (each pass is linear);
  // loops still left then are cut by making the moved comment top-level,
  // which cannot close one. Cycles the input already had are left as they
  // were.
  for (let pass = 0; pass <= CUT_PASSES; pass++) {
    const cycles = _cycles(next);
    let cut = false;
    for (const cycle of cycles) {
      let member = -1;
      for (const candidate of cycle) {
        if (jumped[candidate] === 1 && (member === -1 || candidate < member)) member = candidate;
      }
      if (member === -1) continue;
      jumped[member] = 0;
      cut = true;
      if (pass === CUT_PASSES) {
        next[member] = -1;
        continue;
      }
      let up = parent[member] as number;
      if (up !== -1 && removedTo[up] !== -1) up = climbed.from(up);
      if (up === member) {
        up = parent[member] as number;
        repairs.push(_keptParent(comments, member));
      }
      next[member] = up;
    }
    if (!cut) break;
  }
  const result: Comment[] = [];
  for (let index = 0; index < count; index++) {
    if (removedTo[index] !== -1) continue;
    const comment = comments[index] as Comment;
    const up = next[index] as number;
    if (up === (parent[index] as number)) {
      result.push(comment);
      continue;
    }
    if (up === -1) {
      const { parentId: _dropped, ...rest } = comment;
      result.push(rest as Comment);
    } else {
      result.push({ ...comment, parentId: (comments[up] as Comment).id });
    }
  }
  return result;
}

/** Passes of cycle cutting that climb before cutting to the top level. */
const CUT_PASSES = 4;

const UNKNOWN = -2;
const VISITING = -3;

/**
 * Where the replies of a removed comment go, memoised per removed comment:
 * up its original parents past removed comments to the nearest remaining
 * one (-1: none), or, with `jump`, to the kept duplicate of the first
 * removed duplicate met on the way. Iterative; a cycle of removed comments
 * leads nowhere (-1). Linear over all calls.
 */
class _Climb {
  readonly #parent: Int32Array;
  readonly #removedTo: Int32Array;
  readonly #jump: boolean;
  readonly #to: Int32Array;
  readonly #jumped: Uint8Array;
  readonly #stack: number[] = [];

  constructor(parent: Int32Array, removedTo: Int32Array, jump: boolean) {
    this.#parent = parent;
    this.#removedTo = removedTo;
    this.#jump = jump;
    this.#to = new Int32Array(parent.length).fill(UNKNOWN);
    this.#jumped = new Uint8Array(parent.length);
  }

  /** Where the replies of the removed comment `start` go. */
  from(start: number): number {
    const to = this.#to;
    const stack = this.#stack;
    let current = start;
    let result = -1;
    let jumped = 0;
    for (;;) {
      const known = to[current] as number;
      if (known === VISITING) break; // a cycle of removed comments: nowhere
      if (known !== UNKNOWN) {
        result = known;
        jumped = this.#jumped[current] as number;
        break;
      }
      const keeper = this.#removedTo[current] as number;
      if (this.#jump && keeper >= 0) {
        result = keeper;
        jumped = 1;
        to[current] = keeper;
        this.#jumped[current] = 1;
        break;
      }
      to[current] = VISITING;
      stack.push(current);
      const up = this.#parent[current] as number;
      if (up === -1 || this.#removedTo[up] === -1) {
        result = up;
        break;
      }
      current = up;
    }
    for (const member of stack) {
      to[member] = result;
      this.#jumped[member] = jumped;
    }
    stack.length = 0;
    return result;
  }

  /** Whether the last answer for `start` went through a kept duplicate. */
  jumped(start: number): boolean {
    return this.#jumped[start] === 1;
  }
}

/** The repair of a comment that keeps its `parentId` rather than become its own parent. */
function _keptParent(comments: readonly Comment[], index: number): Repair {
  const comment = comments[index] as Comment;
  return {
    code: "parent_cycle",
    message: `Expected the replies of a removed duplicate to move to the kept comment, found ${JSON.stringify(comment.id)} itself among them (its parent ids form a cycle); it keeps its \`parentId\` rather than become its own parent`,
    path: ["comments", index, "parentId"],
    index,
    id: comment.id,
    action: "kept",
  };
}
