// The metrics of the real-page benchmark (bench/pages.bench.ts). They are
// the ones `../shared/corpus/score.mjs` defines (its "Metrics" section in
// ../shared/corpus/README.md), written again here so that the bench needs
// nothing from ../shared but the pages and their truth; the summary line
// must agree with score.mjs's, and the bench prints both to compare.
//
// Not in score.mjs: the article body token recall and precision against the
// truth's `contentText` (bags of the same tokens, counted with repeats).
import type { Article } from "../src/index.js";

/** One truth comment (`truth/<id>.json`, made by `build_truth.py`). */
export interface TruthComment {
  id: string;
  parent: string | null;
  author: string;
  date: string | null;
  body: string;
}

/** One page's truth. */
export interface Truth {
  id: string;
  lang: string;
  title: string;
  ogTitle: string | null;
  declaredCount: number | null;
  contentText: string;
  comments: TruthComment[];
}

/** Per-page figures of one reader. */
export interface PageScore {
  /** Truth comments, found comments. */
  truth: number;
  found: number;
  authorHits: number;
  bodyHits: number;
  /** Matched truth replies, and those whose found parent is the matched truth parent. */
  replies: number;
  parentOk: number;
  truthReplies: number;
  declared: number | null;
  commentCount: number | null;
  declaredOk: boolean | null;
  titleOk: boolean;
  /** Article body tokens against `contentText`. */
  bodyR: number;
  bodyP: number;
  threw?: string;
}

// score.mjs `ws`: NFC, no-break and zero-width spaces as spaces, one space.
export const _ws = (text: string | null | undefined): string =>
  (text ?? "")
    .normalize("NFC")
    .replace(/[\u00a0\u200b\u202f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

// score.mjs `canon`: `ws`, lower case, quotes and dashes folded.
export const _canon = (text: string | null | undefined): string =>
  _ws(text)
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[–—]/g, "-");

// score.mjs `tokens` (as a list here: the body metric counts repeats).
export const _tokenList = (text: string | null | undefined): string[] =>
  (text ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** Token Jaccard over token sets (score.mjs `jaccard`). */
export function _jaccard(a: string, b: string): number {
  const left = new Set(_tokenList(a));
  const right = new Set(_tokenList(b));
  if (left.size === 0 && right.size === 0) return 1;
  let common = 0;
  for (const token of left) if (right.has(token)) common++;
  return common / (left.size + right.size - common);
}

// score.mjs `strings`: every string under a value but these keys' values.
const NOT_TEXT = new Set(["type", "url", "provider", "kind", "slug", "marks", "level", "ordered"]);

/** Text of raw HTML: the markup is not body text (tags and attributes out, entities as characters). */
const _rawText = (html: string): string =>
  html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (all, dec, hex, name) =>
      dec
        ? String.fromCodePoint(Number(dec))
        : hex
          ? String.fromCodePoint(Number.parseInt(hex, 16))
          : name === "nbsp"
            ? " "
            : name === "amp"
              ? "&"
              : all,
    );

/**
 * Every text string under a value (block texts, headings, captions…).
 *
 * @param value
 *   Any JSON value.
 * @param out
 *   Where to add them.
 * @param rawAsText
 *   Read a `raw` HTML block as its text (default: `false`, as score.mjs).
 * @returns
 *   `out`.
 */
export function _strings(value: unknown, out: string[] = [], rawAsText = false): string[] {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === "string") out.push(item);
    else if (Array.isArray(item)) for (let i = item.length - 1; i >= 0; i--) stack.push(item[i]);
    else if (rawAsText && item !== null && (item as { type?: unknown }).type === "raw") {
      out.push(_rawText(String((item as { value?: unknown }).value ?? "")));
    } else if (item !== null && typeof item === "object") {
      const entries = Object.entries(item).filter(([key]) => !NOT_TEXT.has(key));
      for (let i = entries.length - 1; i >= 0; i--)
        stack.push((entries[i] as [string, unknown])[1]);
    }
  }
  return out;
}

/**
 * Token recall and precision of a found body against the truth body, over
 * bags of tokens (each token counts as often as it occurs).
 *
 * @param found
 *   The reader's article text.
 * @param truth
 *   The truth's `contentText`.
 * @returns
 *   `{ recall, precision }`; 1 when both sides are empty.
 */
export function _bodyTokens(found: string, truth: string): { recall: number; precision: number } {
  const want = new Map<string, number>();
  const truthTokens = _tokenList(truth);
  for (const token of truthTokens) want.set(token, (want.get(token) ?? 0) + 1);
  const foundTokens = _tokenList(found);
  let common = 0;
  for (const token of foundTokens) {
    const left = want.get(token) ?? 0;
    if (left > 0) {
      want.set(token, left - 1);
      common++;
    }
  }
  const recall = truthTokens.length === 0 ? 1 : common / truthTokens.length;
  const precision =
    foundTokens.length === 0 ? (truthTokens.length === 0 ? 1 : 0) : common / foundTokens.length;
  return { recall, precision };
}

/**
 * The article's body text: lead and sections (headings, blocks, captions),
 * as score.mjs's `strings` reads them, but a `raw` block counts by its text,
 * not by its markup.
 *
 * @param article
 *   Article.
 * @returns
 *   The text.
 */
export const _articleText = (article: Article): string =>
  _strings({ lead: article.lead, sections: article.sections }, [], true).join(" ");

/** Whether a title is the truth's headline or og:title (score.mjs: case, quotes, dashes folded). */
export function _titleOk(title: string | null | undefined, truth: Truth): boolean {
  const want = [truth.title, truth.ogTitle].filter((t): t is string => Boolean(t)).map(_canon);
  return want.includes(_canon(title));
}

type FoundComment = Article["comments"][number];
const bodyOf = (comment: FoundComment): string => _ws(_strings(comment.body).join(" "));
const authorOf = (comment: FoundComment): string => _ws(comment.author?.name);

// score.mjs `pairUp`: one-to-one pairs with token Jaccard ≥ 0.8 among the
// pairs `ok` accepts, the best Jaccard first (ties: truth, then found order).
function _pairUp(truth: TruthComment[], found: FoundComment[]): Map<number, number> {
  const pairs: [number, number, number][] = [];
  const bodies = found.map(bodyOf);
  const authors = found.map(authorOf);
  truth.forEach((t, ti) => {
    const author = _ws(t.author);
    found.forEach((_f, fi) => {
      if (authors[fi] !== author) return;
      const j = _jaccard(bodies[fi] as string, t.body);
      if (j >= 0.8) pairs.push([j, ti, fi]);
    });
  });
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const t2f = new Map<number, number>();
  const taken = new Set<number>();
  for (const [, ti, fi] of pairs) {
    if (t2f.has(ti) || taken.has(fi)) continue;
    t2f.set(ti, fi);
    taken.add(fi);
  }
  return t2f;
}

/**
 * Score one reader's article on one page, as score.mjs does (authors,
 * body match, parents, declared count, title) plus the body tokens.
 *
 * @param truth
 *   The page's truth.
 * @param article
 *   What the reader gave.
 * @returns
 *   The page's figures.
 */
export function _scoreArticle(truth: Truth, article: Article): PageScore {
  const tc = truth.comments;
  const found = article.comments;
  // Authors: a multiset match, exact after white-space normalisation.
  const pool = new Map<string, number>();
  for (const t of tc) pool.set(_ws(t.author), (pool.get(_ws(t.author)) ?? 0) + 1);
  let authorHits = 0;
  for (const f of found) {
    const name = authorOf(f);
    const left = pool.get(name) ?? 0;
    if (left > 0) {
      pool.set(name, left - 1);
      authorHits++;
    }
  }
  const t2f = _pairUp(tc, found);
  // Parents: over matched truth replies, the found parent is the one matched to the truth parent.
  const truthIndex = new Map(tc.map((t, i) => [t.id, i]));
  const foundIndex = new Map(found.map((f, i) => [f.id, i]));
  let replies = 0;
  let parentOk = 0;
  for (const [ti, fi] of t2f) {
    const t = tc[ti] as TruthComment;
    if (!t.parent) continue;
    replies++;
    const parentId = (found[fi] as FoundComment).parentId;
    const fp = parentId == null ? undefined : foundIndex.get(parentId);
    const tp = truthIndex.get(t.parent);
    if (fp !== undefined && tp !== undefined && t2f.get(tp) === fp) parentOk++;
  }
  const commentCount = article.commentCount ?? null;
  const body = _bodyTokens(_articleText(article), truth.contentText);
  return {
    truth: tc.length,
    found: found.length,
    authorHits,
    bodyHits: t2f.size,
    replies,
    parentOk,
    truthReplies: tc.filter((t) => t.parent).length,
    declared: truth.declaredCount,
    commentCount,
    declaredOk: truth.declaredCount == null ? null : commentCount === truth.declaredCount,
    titleOk: _titleOk(article.title, truth),
    bodyR: body.recall,
    bodyP: body.precision,
  };
}

/**
 * A page the reader threw on: nothing found, nothing right.
 *
 * @param truth
 *   The page's truth.
 * @param error
 *   What was thrown.
 * @returns
 *   The page's figures.
 */
export function _scoreThrown(truth: Truth, error: unknown): PageScore {
  return {
    truth: truth.comments.length,
    found: 0,
    authorHits: 0,
    bodyHits: 0,
    replies: 0,
    parentOk: 0,
    truthReplies: truth.comments.filter((t) => t.parent).length,
    declared: truth.declaredCount,
    commentCount: null,
    declaredOk: truth.declaredCount == null ? null : false,
    titleOk: false,
    bodyR: 0,
    bodyP: 0,
    threw: String((error as Error)?.message ?? error).slice(0, 80),
  };
}

const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : "n/a");

/**
 * The summary line, worded as score.mjs's last line.
 *
 * @param rows
 *   Per-page figures.
 * @returns
 *   `pages N, comments T, author P/R x/y, body-match R z, parent acc w, declared-count found k/m, title t/N`.
 */
export function _summary(rows: PageScore[]): string {
  const sum = (pick: (row: PageScore) => number): number =>
    rows.reduce((total, row) => total + pick(row), 0);
  const t = sum((r) => r.truth);
  const f = sum((r) => r.found);
  const a = sum((r) => r.authorHits);
  const b = sum((r) => r.bodyHits);
  const rep = sum((r) => r.replies);
  const pok = sum((r) => r.parentOk);
  const declared = rows.filter((r) => r.declared != null);
  const declaredOk = declared.filter((r) => r.declaredOk).length;
  const titles = rows.filter((r) => r.titleOk).length;
  return `pages ${rows.length}, comments ${t}, author P/R ${f3(a / f)}/${f3(a / t)}, body-match R ${f3(b / t)}, parent acc ${f3(rep ? pok / rep : Number.NaN)}, declared-count found ${declaredOk}/${declared.length}, title ${titles}/${rows.length}`;
}
