// fromReddit: the JSON of a Reddit comments page (`…/comments/<id>.json`,
// `[link Listing, comments Listing]`) → an article with its comments.
// Iterative walk: any depth, linear in the comments.
import { _checkOptions, _oneOf } from "../_args.js";
import type { MarkdownMessage } from "../markdown/types.js";
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
import { _markdownBlocks } from "./_common-markdown.js";

/** The rule ids of {@link fromReddit}'s messages. */
export type RedditRuleId =
  | "comments-collapsed"
  | "count-gap"
  | "duplicate-id"
  | "entities-decoded"
  | "id-missing"
  | "markdown"
  | "parent-mismatch"
  | "text-repaired"
  | "thing-skipped"
  | "url-invalid";

/** The closed list of {@link RedditRuleId}s. */
export const REDDIT_RULE_IDS: readonly RedditRuleId[] = [
  "comments-collapsed",
  "count-gap",
  "duplicate-id",
  "entities-decoded",
  "id-missing",
  "markdown",
  "parent-mismatch",
  "text-repaired",
  "thing-skipped",
  "url-invalid",
];

/** A message of {@link fromReddit}. */
export type RedditMessage = Message<RedditRuleId>;

/** Options of {@link fromReddit}. */
export interface FromRedditOptions {
  /**
   * HTML entities in texts: Reddit writes `&amp;`, `&lt;` and `&gt;` for
   * `&`, `<` and `>` unless the JSON was fetched with `raw_json=1`.
   * `"auto"` decodes them when the texts hold one of these and no bare `<`
   * or `>` (default: `"auto"`).
   */
  entities?: "auto" | "decode" | "keep" | undefined;
}

/** What {@link fromReddit} returns. */
export interface FromRedditResult {
  /** The link post as the article, with its comments (canonical). */
  article: Article;
  /** What was repaired, recorded or left out, and why. */
  messages: RedditMessage[];
}

const FN = "fromReddit";
const SITE = "https://www.reddit.com";

// Fields kept, under the unknown key `reddit`, when present and not null.
const POST_KEEP = [
  "name",
  "subreddit",
  "score",
  "upvote_ratio",
  "domain",
  "is_self",
  "over_18",
  "locked",
  "stickied",
  "distinguished",
  "gilded",
  "link_flair_text",
] as const;
const COMMENT_KEEP = [
  "name",
  "distinguished",
  "stickied",
  "gilded",
  "controversiality",
  "score_hidden",
  "author_flair_text",
] as const;

// The texts Reddit escapes without raw_json=1.
const ENTITY = /&(?:amp|lt|gt);/;
const BARE = /[<>]/;

/** A thing of a Listing, with the comment it hangs from. */
interface Pending {
  thing: unknown;
  parentId: string | undefined;
}

/**
 * Read the JSON of a Reddit comments page: the link post becomes the
 * article (self text through the Markdown reader, a link as an embed), `t1`
 * comments keep their thread, `[deleted]` and `[removed]` bodies their
 * status, `edited` its date; `more` stubs are recorded in
 * `article.missingComments` so that `commentCount` (`num_comments`) minus
 * the comments read has a reason. Any depth, linear time.
 *
 * @param json
 *   The page's JSON: the parsed value or its text.
 * @param options
 *   Options.
 * @returns
 *   The article and the messages.
 * @throws {ArticleError}
 *   `invalid_json` (with line and column) when the text is not JSON,
 *   `invalid_type` when it is not a comments page.
 * @throws {TypeError}
 *   When an option is not one of its values.
 */
export function fromReddit(json: unknown, options?: FromRedditOptions): FromRedditResult {
  const settings = _checkOptions(options, FN, ["entities"]);
  const entities = _oneOf(settings, "entities", ["auto", "decode", "keep"], "auto", FN);
  const value = typeof json === "string" ? _parseJson(json, FN) : json;
  const [post, listing] = _page(value);
  const messages: RedditMessage[] = [];
  const repairs: TextRepairs = { count: 0 };
  const decode = entities === "decode" || (entities === "auto" && _escaped(post, listing));
  let decoded = 0;
  const text = (raw: string): string => {
    let result = _text(raw, repairs);
    if (decode && result.includes("&")) {
      const before = result;
      result = result.replace(/&(amp|lt|gt);/g, (_, name: string) =>
        name === "amp" ? "&" : name === "lt" ? "<" : ">",
      );
      if (result !== before) decoded++;
    }
    return result;
  };
  const markdown: MarkdownMessage[] = [];
  const blocks = (raw: string, path: (string | number)[]): Block[] => {
    const from = markdown.length;
    const read = _markdownBlocks(text(raw), markdown);
    for (let index = from; index < markdown.length; index++) {
      const note = markdown[index] as MarkdownMessage;
      messages.push(
        _message("markdown", note.reason, {
          path,
          ...(note.place ? { actual: `line ${note.place.line}, column ${note.place.column}` } : {}),
        }),
      );
    }
    return read;
  };

  const article = _article(post, text, blocks, messages);
  const comments: Record<string, unknown>[] = [];
  const ids = new _Ids();
  let collapsed = 0;
  const collapsedIds: string[] = [];
  const continueUnder: string[] = [];

  // Depth-first, in the page's order: a reply right after its parent.
  const stack: Pending[] = [];
  const children = (listing as { data: { children: unknown[] } }).data.children;
  for (let index = children.length - 1; index >= 0; index--) {
    stack.push({ thing: children[index], parentId: undefined });
  }
  while (stack.length > 0) {
    const { thing, parentId } = stack.pop() as Pending;
    const kind = _isObject(thing) ? thing.kind : undefined;
    const data = _isObject(thing) && _isObject(thing.data) ? thing.data : undefined;
    if (kind === "more" && data !== undefined) {
      const count = data.count;
      if (typeof count === "number" && Number.isInteger(count) && count > 0) collapsed += count;
      if (Array.isArray(data.children)) {
        for (const id of data.children) {
          const kept = typeof id === "string" ? text(id) : "";
          if (kept.trim() !== "") collapsedIds.push(kept);
        }
      }
      if (data.id === "_" && parentId !== undefined) continueUnder.push(parentId);
      continue;
    }
    if (kind !== "t1" || data === undefined) {
      messages.push(
        _message(
          "thing-skipped",
          `Left out a thing of kind ${JSON.stringify(kind) ?? "none"}${parentId === undefined ? " at the top level" : ` under comment ${parentId}`}: only t1 comments and more stubs are read`,
        ),
      );
      continue;
    }
    const index = comments.length;
    let wanted = typeof data.id === "string" ? text(data.id) : "";
    if (wanted.trim() === "") {
      wanted = `comment-${index + 1}`;
      messages.push(
        _message("id-missing", `A comment without an id was given the id ${wanted}`, {
          path: ["comments", index, "id"],
        }),
      );
    }
    const id = ids.claim(wanted);
    if (id !== wanted) {
      messages.push(
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
    // The nesting places a comment; its parent_id should agree.
    const declared = typeof data.parent_id === "string" ? data.parent_id : undefined;
    const expected = parentId === undefined ? undefined : `t1_${parentId}`;
    if (declared?.startsWith("t1_") && declared !== expected) {
      if (parentId === undefined || declared !== `t1_${wanted}`) {
        messages.push(
          _message(
            "parent-mismatch",
            `The comment's parent_id ${declared} is not the comment it is nested in: the nesting is kept`,
            {
              path: ["comments", index, "parentId"],
              actual: declared,
            },
          ),
        );
      }
    }
    comments.push(_comment(data, id, parentId, index, text, blocks));
    const replies = data.replies;
    if (_isObject(replies) && _isObject(replies.data) && Array.isArray(replies.data.children)) {
      const list = replies.data.children;
      for (let at = list.length - 1; at >= 0; at--) {
        stack.push({ thing: list[at], parentId: id });
      }
    }
  }
  article.comments = comments;

  const missing: Record<string, unknown>[] = [];
  if (collapsed > 0 || collapsedIds.length > 0 || continueUnder.length > 0) {
    const record: Record<string, unknown> = { reason: "collapsed", count: collapsed };
    if (collapsedIds.length > 0) record.ids = collapsedIds;
    if (continueUnder.length > 0) record.continueThreadUnder = continueUnder;
    missing.push(record);
    messages.push(
      _message(
        "comments-collapsed",
        `${collapsed} comment(s) behind ${collapsedIds.length} listed id(s) of "load more" stubs, and threads continued under ${continueUnder.length} comment(s), are not in the page: recorded in missingComments`,
        { path: ["missingComments", 0] },
      ),
    );
  }
  const declared = article.commentCount;
  if (typeof declared === "number") {
    const gap = declared - comments.length - collapsed;
    if (gap !== 0) {
      if (gap > 0) missing.push({ reason: "unknown", count: gap });
      messages.push(
        _message(
          "count-gap",
          gap > 0
            ? `num_comments is ${declared}, ${gap} more than the ${comments.length} comment(s) read and ${collapsed} collapsed: recorded as unknown in missingComments`
            : `num_comments is ${declared}, ${-gap} fewer than the ${comments.length} comment(s) read and ${collapsed} collapsed (Reddit's count is approximate)`,
          { path: ["commentCount"] },
        ),
      );
    }
  }
  if (missing.length > 0) article.missingComments = missing;
  if (decoded > 0) {
    messages.push(
      _message(
        "entities-decoded",
        `Decoded &amp;, &lt; and &gt; in ${decoded} text(s): the JSON was fetched without raw_json=1`,
      ),
    );
  }
  return { article: _finish(article, messages, repairs, "text-repaired"), messages };
}

/** Check the page's shape: the link post's data and the comments Listing. */
function _page(value: unknown): [Record<string, unknown>, Record<string, unknown>] {
  if (!Array.isArray(value)) {
    _wrongShape(
      `Expected the JSON of a Reddit comments page (an array of two Listings), found ${value === null ? "null" : typeof value}`,
    );
  }
  if (value.length !== 2) {
    _wrongShape(
      `Expected an array of two Listings (the post, the comments), found ${value.length} item(s)`,
    );
  }
  const listing = (item: unknown, at: number): Record<string, unknown> => {
    if (
      !_isObject(item) ||
      item.kind !== "Listing" ||
      !_isObject(item.data) ||
      !Array.isArray(item.data.children)
    ) {
      _wrongShape('Expected a Listing: `{ kind: "Listing", data: { children: […] } }`', [at]);
    }
    return item;
  };
  const first = listing(value[0], 0);
  const second = listing(value[1], 1);
  const things = (first.data as { children: unknown[] }).children;
  const post = things[0];
  if (things.length !== 1 || !_isObject(post) || post.kind !== "t3" || !_isObject(post.data)) {
    _wrongShape("Expected the first Listing to hold one link (kind t3)", [0, "data", "children"]);
  }
  const title = post.data.title;
  if (typeof title !== "string" || title.trim() === "") {
    _wrongShape("Expected the link to have a title", [0, "data", "children", 0, "data", "title"]);
  }
  return [post.data, second];
}

/**
 * Whether the page's texts were escaped by Reddit (no raw_json=1): some
 * text holds `&amp;`, `&lt;` or `&gt;` and none holds a bare `<` or `>`.
 * Iterative over the comment tree.
 */
function _escaped(post: Record<string, unknown>, listing: Record<string, unknown>): boolean {
  let entity = false;
  const check = (value: unknown): boolean => {
    if (typeof value !== "string") return true;
    if (BARE.test(value)) return false;
    if (!entity && ENTITY.test(value)) entity = true;
    return true;
  };
  if (!check(post.title) || !check(post.selftext)) return false;
  const stack: unknown[] = [...(listing as { data: { children: unknown[] } }).data.children];
  while (stack.length > 0) {
    const thing = stack.pop();
    if (!_isObject(thing) || !_isObject(thing.data)) continue;
    const data = thing.data;
    if (!check(data.body) || !check(data.author)) return false;
    const replies = data.replies;
    if (_isObject(replies) && _isObject(replies.data) && Array.isArray(replies.data.children)) {
      for (const child of replies.data.children) stack.push(child);
    }
  }
  return entity;
}

/** The link post as an article (comments come after). */
function _article(
  post: Record<string, unknown>,
  text: (raw: string) => string,
  blocks: (raw: string, path: (string | number)[]) => Block[],
  messages: RedditMessage[],
): Record<string, unknown> {
  const article: Record<string, unknown> = {};
  if (typeof post.name === "string" && post.name !== "") article.id = text(post.name);
  const permalink =
    typeof post.permalink === "string" ? _url(`${SITE}${post.permalink}`) : undefined;
  if (permalink !== undefined) article.url = permalink;
  article.title = text(post.title as string);
  const author = _person(post, text);
  if (author !== undefined) article.authors = [author];
  const published = _isoFromSeconds(post.created_utc);
  if (published !== undefined) article.publishedAt = published;
  const edited = _isoFromSeconds(post.edited);
  if (edited !== undefined) article.updatedAt = edited;
  if (typeof post.subreddit === "string" && post.subreddit !== "") {
    const site: Record<string, unknown> = { name: `r/${text(post.subreddit)}` };
    const url = _url(`${SITE}/r/${encodeURIComponent(post.subreddit)}/`);
    if (url !== undefined) site.url = url;
    article.site = site;
  }
  const lead: Block[] = [];
  if (typeof post.selftext === "string" && post.selftext !== "") {
    lead.push(...blocks(post.selftext, ["lead"]));
  }
  if (post.is_self !== true && post.url !== undefined) {
    const url = _url(post.url);
    if (url === undefined) {
      messages.push(
        _message(
          "url-invalid",
          "The link's url is not an absolute http(s) URL: kept under `reddit.url`",
          {
            path: ["reddit", "url"],
            actual: String(post.url),
          },
        ),
      );
    } else {
      const embed: Block = { type: "embed", url };
      if (typeof post.domain === "string" && post.domain !== "") embed.provider = text(post.domain);
      lead.push(embed);
    }
  }
  if (lead.length > 0) article.lead = lead;
  if (
    typeof post.num_comments === "number" &&
    Number.isInteger(post.num_comments) &&
    post.num_comments >= 0
  ) {
    article.commentCount = post.num_comments;
  }
  const kept = _keep(post, POST_KEEP, text);
  if (post.edited === true) kept.edited = true;
  if (
    post.is_self !== true &&
    post.url !== undefined &&
    _url(post.url) === undefined &&
    typeof post.url === "string"
  ) {
    kept.url = text(post.url);
  }
  if (Object.keys(kept).length > 0) article.reddit = kept;
  return article;
}

/** One t1 comment. */
function _comment(
  data: Record<string, unknown>,
  id: string,
  parentId: string | undefined,
  index: number,
  text: (raw: string) => string,
  blocks: (raw: string, path: (string | number)[]) => Block[],
): Record<string, unknown> {
  const comment: Record<string, unknown> = { id };
  if (parentId !== undefined) comment.parentId = parentId;
  comment.author = _person(data, text) ?? { name: "[unknown]" };
  const published = _isoFromSeconds(data.created_utc);
  if (published !== undefined) comment.publishedAt = published;
  const edited = _isoFromSeconds(data.edited);
  if (edited !== undefined) comment.updatedAt = edited;
  const body = typeof data.body === "string" ? data.body : "";
  if (body === "[deleted]") comment.status = "deleted";
  else if (body === "[removed]") comment.status = "removed";
  else comment.body = blocks(body, ["comments", index, "body"]);
  if (typeof data.score === "number" && Number.isFinite(data.score)) comment.score = data.score;
  const kept = _keep(data, COMMENT_KEEP, text);
  if (data.edited === true) kept.edited = true;
  if (Object.keys(kept).length > 0) comment.reddit = kept;
  return comment;
}

/** The author of a post or comment: `[deleted]` stays a name, without a URL. */
function _person(
  data: Record<string, unknown>,
  text: (raw: string) => string,
): Record<string, unknown> | undefined {
  const name = typeof data.author === "string" ? text(data.author) : "";
  if (name.trim() === "") return undefined;
  const person: Record<string, unknown> = { name };
  if (name !== "[deleted]" && name !== "[removed]") {
    const url = _url(`${SITE}/user/${encodeURIComponent(name)}/`);
    if (url !== undefined) person.url = url;
  }
  if (typeof data.author_fullname === "string" && data.author_fullname !== "") {
    person.id = text(data.author_fullname);
  }
  return person;
}

/** The fields of `keys` that are present, not null and not `false`. */
function _keep(
  data: Record<string, unknown>,
  keys: readonly string[],
  text: (raw: string) => string,
): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const key of keys) {
    const value = data[key];
    if (value === null || value === undefined || value === false || value === "") continue;
    if (typeof value === "string") kept[key] = text(value);
    else if (typeof value === "number" && Number.isFinite(value)) kept[key] = value;
    else if (value === true) kept[key] = true;
  }
  return kept;
}
