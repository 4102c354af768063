// fromHackerNews: a Hacker News story with its comments → an article. Two
// shapes: the Algolia items API tree (`children`, nested) and Firebase
// items (`{ item, items }` or an array of items, linked by `kids`).
// Iterative: any depth, linear in the comments.
import { _checkOptions } from "../_args.js";
import type { HtmlMessage } from "../html/types.js";
import { _message, type Message } from "../message.js";
import type { Article } from "../schema/article.js";
import type { Block } from "../schema/block.js";
import {
  _finish,
  _Ids,
  _isObject,
  _isoFromSeconds,
  _parseJson,
  _text,
  _url,
  _wrongShape,
  type TextRepairs,
} from "./_common.js";
import { _htmlBlocks } from "./_html-blocks.js";

/** The rule ids of {@link fromHackerNews}'s messages. */
export type HackerNewsRuleId =
  | "count-gap"
  | "duplicate-id"
  | "item-skipped"
  | "item-unreached"
  | "kids-missing"
  | "text-repaired"
  | "unsafe-url"
  | "url-invalid";

/** The closed list of {@link HackerNewsRuleId}s. */
export const HACKER_NEWS_RULE_IDS: readonly HackerNewsRuleId[] = [
  "count-gap",
  "duplicate-id",
  "item-skipped",
  "item-unreached",
  "kids-missing",
  "text-repaired",
  "unsafe-url",
  "url-invalid",
];

/** A message of {@link fromHackerNews}. */
export type HackerNewsMessage = Message<HackerNewsRuleId>;

/** Options of {@link fromHackerNews} (none yet). */
export type FromHackerNewsOptions = Record<string, never>;

/** What {@link fromHackerNews} returns. */
export interface FromHackerNewsResult {
  /** The story as the article, with its comments (canonical). */
  article: Article;
  /** What was repaired, recorded or left out, and why. */
  messages: HackerNewsMessage[];
}

const FN = "fromHackerNews";
const SITE = "https://news.ycombinator.com/";

/** A comment waiting to be read, with the comment it replies to. */
interface Pending {
  item: Record<string, unknown>;
  parentId: string | undefined;
}

/** What both shapes share while reading. */
interface Reader {
  messages: HackerNewsMessage[];
  repairs: TextRepairs;
  html: HtmlMessage[];
  ids: _Ids;
  comments: Record<string, unknown>[];
}

/**
 * Read a Hacker News story with its comments: the Algolia items API tree
 * (`hn.algolia.com/api/v1/items/<id>`, nested `children`) or Firebase items
 * (`{ item, items }`, or an array of items whose first story is the root,
 * linked by `kids`). HTML text becomes blocks, `deleted` comments get the
 * status `deleted` and `dead` ones `removed`, the ranked order of `kids` is
 * kept, and `descendants` is the declared `commentCount`; kids not among
 * the items are recorded in `article.missingComments`. Any depth, linear
 * time.
 *
 * @param item
 *   The story: a parsed value or its JSON text.
 * @param options
 *   Options (none yet).
 * @returns
 *   The article and the messages.
 * @throws {ArticleError}
 *   `invalid_json` (with line and column) when the text is not JSON,
 *   `invalid_type` when it is not a story in one of the two shapes.
 */
export function fromHackerNews(
  item: unknown,
  options?: FromHackerNewsOptions,
): FromHackerNewsResult {
  _checkOptions(options, FN, []);
  const value = typeof item === "string" ? _parseJson(item, FN) : item;
  const reader: Reader = {
    messages: [],
    repairs: { count: 0 },
    html: [],
    ids: new _Ids(),
    comments: [],
  };
  let root: Record<string, unknown>;
  let missing: Record<string, unknown>[] = [];
  if (_isObject(value) && Array.isArray(value.children)) {
    root = _story(value);
    _readTree(root, reader);
  } else {
    const [story, items] = _firebase(value);
    root = story;
    missing = _readItems(story, items, reader);
  }
  const article = _article(root, reader);
  article.comments = reader.comments;
  const declared = article.commentCount;
  if (typeof declared === "number") {
    const recorded = missing.reduce((sum, record) => sum + (record.count as number), 0);
    const gap = declared - reader.comments.length - recorded;
    if (gap !== 0) {
      if (gap > 0) missing.push({ reason: "unknown", count: gap });
      reader.messages.push(
        _message(
          "count-gap",
          gap > 0
            ? `descendants is ${declared}, ${gap} more than the ${reader.comments.length} comment(s) read: recorded as unknown in missingComments`
            : `descendants is ${declared}, ${-gap} fewer than the ${reader.comments.length} comment(s) read (deleted comments may not count)`,
          { path: ["commentCount"] },
        ),
      );
    }
  }
  if (missing.length > 0) article.missingComments = missing;
  for (const note of reader.html) {
    reader.messages.push(_message("unsafe-url", note.reason, { actual: note.actual }));
  }
  return {
    article: _finish(article, reader.messages, reader.repairs, "text-repaired"),
    messages: reader.messages,
  };
}

/** Check the root of an Algolia tree. */
function _story(value: Record<string, unknown>): Record<string, unknown> {
  if (value.type === "comment") {
    _wrongShape("Expected a story (or job, poll) at the root, found a comment", ["type"]);
  }
  return value;
}

/** The story and its items, from `{ item, items }` or an array of items. */
function _firebase(value: unknown): [Record<string, unknown>, unknown[]] {
  if (_isObject(value) && _isObject(value.item)) {
    if (value.items !== undefined && !Array.isArray(value.items)) {
      _wrongShape("Expected `items` to be an array of Hacker News items", ["items"]);
    }
    return [_story(value.item), (value.items as unknown[] | undefined) ?? []];
  }
  if (Array.isArray(value)) {
    const at = value.findIndex((entry) => _isObject(entry) && entry.type !== "comment");
    if (at === -1) {
      _wrongShape("Expected an array of Hacker News items holding a story (or job, poll)");
    }
    return [value[at] as Record<string, unknown>, value.filter((_, index) => index !== at)];
  }
  if (_isObject(value) && (value.id !== undefined || value.type !== undefined)) {
    // A lone Firebase item: the story without its comments.
    return [_story(value), []];
  }
  return _wrongShape(
    `Expected a Hacker News item: an Algolia tree (with \`children\`), \`{ item, items }\` or an array of items; found ${value === null ? "null" : Array.isArray(value) ? "an array" : typeof value}`,
  );
}

/** An item's id as a string, or `undefined`. */
function _id(item: Record<string, unknown>): string | undefined {
  const id = item.id;
  if (typeof id === "number" && Number.isFinite(id)) return String(id);
  if (typeof id === "string" && id.trim() !== "") return id;
  return undefined;
}

/** Read the nested `children` of an Algolia tree, depth first. */
function _readTree(root: Record<string, unknown>, reader: Reader): void {
  const stack: Pending[] = [];
  const push = (children: unknown, parentId: string | undefined): void => {
    if (!Array.isArray(children)) return;
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (_isObject(child)) stack.push({ item: child, parentId });
      else {
        reader.messages.push(
          _message(
            "item-skipped",
            `Left out a child that is not an item (${child === null ? "null" : typeof child})`,
          ),
        );
      }
    }
  };
  push(root.children, undefined);
  while (stack.length > 0) {
    const { item, parentId } = stack.pop() as Pending;
    const id = _comment(item, parentId, reader);
    if (id !== undefined) push(item.children, id);
  }
}

/**
 * Read Firebase items from the story's `kids`, depth first in ranked order;
 * then the items no kid list reached. Returns the missing-comments records.
 */
function _readItems(
  story: Record<string, unknown>,
  items: unknown[],
  reader: Reader,
): Record<string, unknown>[] {
  const byId = new Map<string, Record<string, unknown>>();
  const storyId = _id(story);
  for (const entry of items) {
    if (!_isObject(entry)) {
      reader.messages.push(
        _message(
          "item-skipped",
          `Left out an entry of \`items\` that is not an item (${entry === null ? "null" : typeof entry})`,
        ),
      );
      continue;
    }
    const id = _id(entry);
    if (id === undefined || id === storyId) {
      reader.messages.push(
        _message(
          "item-skipped",
          id === undefined
            ? "Left out an item without an id"
            : `Left out item ${id}: it is the story again`,
        ),
      );
      continue;
    }
    if (byId.has(id)) {
      reader.messages.push(
        _message("duplicate-id", `Item ${id} is given twice: the first is kept`, { actual: id }),
      );
      continue;
    }
    byId.set(id, entry);
  }
  const placed = new Set<string>();
  const absent: string[] = [];
  const stack: Pending[] = [];
  const push = (kids: unknown, parentId: string | undefined): void => {
    if (!Array.isArray(kids)) return;
    const found: Record<string, unknown>[] = [];
    for (const kid of kids) {
      const key = typeof kid === "number" || typeof kid === "string" ? String(kid) : undefined;
      if (key === undefined || placed.has(key)) continue;
      const item = byId.get(key);
      if (item === undefined) absent.push(key);
      else found.push(item);
      placed.add(key);
    }
    for (let index = found.length - 1; index >= 0; index--) {
      stack.push({ item: found[index] as Record<string, unknown>, parentId });
    }
  };
  const walk = (): void => {
    while (stack.length > 0) {
      const { item, parentId } = stack.pop() as Pending;
      const id = _comment(item, parentId, reader);
      if (id !== undefined) push(item.kids, id);
    }
  };
  push(story.kids, undefined);
  walk();
  // Items no kid list reached: under their parent when it was read, else at
  // the top level; in the order given.
  let left = [...byId.entries()].filter(([id]) => !placed.has(id));
  while (left.length > 0) {
    const next: typeof left = [];
    let progress = false;
    for (const [id, item] of left) {
      const parent = item.parent;
      const parentKey =
        typeof parent === "number" || typeof parent === "string" ? String(parent) : undefined;
      const readParent =
        parentKey !== undefined && reader.ids.has(parentKey) && parentKey !== storyId;
      const waits =
        parentKey !== undefined &&
        parentKey !== storyId &&
        byId.has(parentKey) &&
        !placed.has(parentKey);
      if (waits) {
        next.push([id, item]);
        continue;
      }
      placed.add(id);
      progress = true;
      reader.messages.push(
        _message(
          "item-unreached",
          `Item ${id} is in no kids list: ${readParent ? `placed under its parent ${parentKey}` : "placed at the top level"}`,
          { actual: id },
        ),
      );
      stack.push({ item, parentId: readParent ? parentKey : undefined });
      walk();
    }
    if (!progress) {
      // Parents that wait on each other (a cycle): the first goes to the top level.
      const [id, item] = next.shift() as [string, Record<string, unknown>];
      placed.add(id);
      reader.messages.push(
        _message(
          "item-unreached",
          `Item ${id} is in no kids list and its parents form a cycle: placed at the top level`,
          { actual: id },
        ),
      );
      stack.push({ item, parentId: undefined });
      walk();
    }
    left = next;
  }
  if (absent.length === 0) return [];
  reader.messages.push(
    _message(
      "kids-missing",
      `${absent.length} kid(s) are not among the items (not fetched): recorded in missingComments`,
      { path: ["missingComments", 0] },
    ),
  );
  return [{ reason: "unknown", count: absent.length, ids: absent }];
}

/** Read one comment item; returns its id, or `undefined` when skipped. */
function _comment(
  item: Record<string, unknown>,
  parentId: string | undefined,
  reader: Reader,
): string | undefined {
  const index = reader.comments.length;
  const type = item.type;
  if (type !== undefined && type !== "comment") {
    reader.messages.push(
      _message(
        "item-skipped",
        `Left out an item of type ${JSON.stringify(type)} among the comments`,
        {
          actual: _id(item),
        },
      ),
    );
    return undefined;
  }
  const given = _id(item);
  const cleaned = given === undefined ? "" : _text(given, reader.repairs);
  const wanted = cleaned.trim() === "" ? `comment-${index + 1}` : cleaned;
  const id = reader.ids.claim(wanted);
  if (id !== wanted) {
    reader.messages.push(
      _message(
        "duplicate-id",
        `The comment id ${JSON.stringify(wanted)} is used again: this comment gets ${JSON.stringify(id)}`,
        {
          path: ["comments", index, "id"],
          actual: wanted,
        },
      ),
    );
  }
  const comment: Record<string, unknown> = { id };
  if (parentId !== undefined) comment.parentId = parentId;
  const deleted =
    item.deleted === true || (item.author === null && item.text === null && item.by === undefined);
  const by = item.by ?? item.author;
  const name = typeof by === "string" ? _text(by, reader.repairs) : "";
  if (name.trim() === "") comment.author = { name: deleted ? "[deleted]" : "[unknown]" };
  else comment.author = { name, url: `${SITE}user?id=${encodeURIComponent(name)}` };
  const published = _isoFromSeconds(item.time ?? item.created_at_i);
  if (published !== undefined) comment.publishedAt = published;
  if (deleted) comment.status = "deleted";
  else if (item.dead === true) comment.status = "removed";
  if (typeof item.text === "string" && item.text !== "") {
    comment.body = _htmlBlocks(_text(item.text, reader.repairs), SITE, reader.html);
  }
  if (typeof item.points === "number" && Number.isFinite(item.points)) comment.score = item.points;
  else if (typeof item.score === "number" && Number.isFinite(item.score))
    comment.score = item.score;
  reader.comments.push(comment);
  return id;
}

/** The story as an article (comments come after). */
function _article(story: Record<string, unknown>, reader: Reader): Record<string, unknown> {
  const article: Record<string, unknown> = {};
  const id = _id(story);
  if (id !== undefined) {
    article.id = _text(id, reader.repairs);
    const url = _url(`${SITE}item?id=${encodeURIComponent(id)}`);
    if (url !== undefined) article.url = url;
  }
  const title = typeof story.title === "string" ? _text(story.title, reader.repairs) : "";
  if (title.trim() === "") _wrongShape("Expected the story to have a title", ["title"]);
  article.title = title;
  const by = story.by ?? story.author;
  if (typeof by === "string" && by.trim() !== "") {
    const name = _text(by, reader.repairs);
    article.authors = [{ name, url: `${SITE}user?id=${encodeURIComponent(name)}` }];
  }
  const published = _isoFromSeconds(story.time ?? story.created_at_i);
  if (published !== undefined) article.publishedAt = published;
  article.site = { name: "Hacker News", url: SITE };
  const lead: Block[] = [];
  if (typeof story.text === "string" && story.text !== "") {
    lead.push(..._htmlBlocks(_text(story.text, reader.repairs), SITE, reader.html));
  }
  if (story.url !== undefined && story.url !== null && story.url !== "") {
    const url = _url(story.url);
    if (url === undefined) {
      reader.messages.push(
        _message("url-invalid", "The story's url is not an absolute http(s) URL: left out", {
          actual: String(story.url),
        }),
      );
    } else lead.push({ type: "embed", url });
  }
  if (lead.length > 0) article.lead = lead;
  const descendants = story.descendants;
  if (typeof descendants === "number" && Number.isInteger(descendants) && descendants >= 0) {
    article.commentCount = descendants;
  }
  const kept: Record<string, unknown> = {};
  if (typeof story.type === "string") kept.type = _text(story.type, reader.repairs);
  const score = story.score ?? story.points;
  if (typeof score === "number" && Number.isFinite(score)) kept.score = score;
  if (story.dead === true) kept.dead = true;
  if (story.deleted === true) kept.deleted = true;
  if (Object.keys(kept).length > 0) article.hackerNews = kept;
  return article;
}
