// JSON Feed 1.1 out and in. An item per article: the standard fields, the
// body as `content_html` and `content_text`, and in `_marginalia` (a JSON
// Feed extension) the comments in the model's own form, the declared count
// and the values a standard field cannot hold (a date without a time zone,
// a relative image URL, the subtitle). Mapping: docs/formats/web.md.
import { _expectArray, _kind } from "../_args.js";
import { ArticleError, type Path } from "../error.js";
import { _message } from "../message.js";
import type { Article } from "../schema/article.js";
import type { Person } from "../schema/person.js";
import { slugify } from "../tags/slugify.js";
import { _statuses, _written } from "./_comments.js";
import { _checkFeed, _feedString, _parseAt } from "./_feed.js";
import { _finish } from "./_finish.js";
import { _escape, _html } from "./_html.js";
import { _bodyText, _paragraphs } from "./_text.js";
import type { FromJsonFeedResult, JsonFeedInfo, JsonFeedMessage } from "./types.js";

/** The version URL written. */
const VERSION = "https://jsonfeed.org/version/1.1";
/** What the `_marginalia` extension's `about` points to. */
const _ABOUT = "https://www.npmjs.com/package/marginalia";

const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i;

type Node = Record<string, unknown>;

function _absolute(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url) && URL.canParse(url) && /^[\x21-\x7e]+$/.test(url);
}

function _author(person: Person): Node {
  const node: Node = { name: person.name };
  if (person.url !== undefined && _absolute(person.url)) node.url = person.url;
  return node;
}

const FEED_KEYS = [
  "authors",
  "description",
  "feed_url",
  "home_page_url",
  "language",
  "statuses",
  "title",
];

/**
 * Write articles as a JSON Feed 1.1, their comments in the `_marginalia`
 * extension of each item.
 *
 * @param articles
 *   Articles, one item each (each checked first; each needs an `id` or a `url`).
 * @param feed
 *   The feed's fields: `title` (required), `home_page_url`, `feed_url`,
 *   `description`, `language`, `authors`, and `statuses`, the statuses of
 *   the comments written (default: `["published"]`).
 * @returns
 *   The feed, plain JSON.
 * @throws {ArticleError}
 *   When an article is not valid or has neither `id` nor `url`.
 */
export function toJsonFeed(
  articles: readonly Article[],
  feed: JsonFeedInfo,
): Record<string, unknown> {
  _checkFeed(articles, feed, FEED_KEYS, "toJsonFeed");
  const statuses = _statuses(feed.statuses, "toJsonFeed");
  const out: Node = {
    version: VERSION,
    title: _feedString(feed, "title", true, "toJsonFeed", false),
  };
  for (const key of ["home_page_url", "feed_url", "description", "language"]) {
    const value = _feedString(feed, key, false, "toJsonFeed", false);
    if (value !== undefined) out[key] = value;
  }
  if (feed.authors !== undefined) {
    _expectArray(feed.authors, "feed.authors", "toJsonFeed");
    out.authors = feed.authors.map((person, index) => {
      if (typeof person?.name !== "string") {
        throw new TypeError(
          `Expected \`feed.authors[${index}].name\` of \`toJsonFeed\` to be a string, found ${_kind(person?.name)}`,
        );
      }
      return _author(person);
    });
  }
  out.items = articles.map((input, index) => _item(input, index, statuses));
  return out;
}

function _item(input: Article, index: number, statuses: ReadonlySet<string>): Node {
  const a = _parseAt(input, index);
  const id = a.id ?? a.url;
  if (id === undefined) {
    throw new ArticleError([
      {
        code: "missing_field",
        message: "Expected an `id` or a `url`: a JSON Feed item needs an id",
        path: [index, "id"],
      },
    ]);
  }
  const item: Node = { id };
  const extension: Node = {};
  if (a.url !== undefined) {
    if (_absolute(a.url)) item.url = a.url;
    else extension.url = a.url;
  }
  item.title = a.title;
  if (a.summary !== undefined) item.summary = a.summary;
  let html = _html(a.lead);
  for (const section of a.sections) {
    html += `<h${section.level}>${_escape(section.heading)}</h${section.level}>${_html(section.blocks)}`;
  }
  item.content_html = html;
  item.content_text = _bodyText(a);
  if (a.image !== undefined) {
    if (_absolute(a.image.url) && Object.keys(a.image).length === 2) item.image = a.image.url;
    else extension.image = a.image;
  }
  for (const [key, field] of [
    ["publishedAt", "date_published"],
    ["updatedAt", "date_modified"],
  ] as const) {
    const value = a[key];
    if (value === undefined) continue;
    if (RFC3339.test(value)) item[field] = value;
    else extension[key] = value;
  }
  if (a.authors.length > 0) {
    item.authors = a.authors.map(_author);
    if (
      a.authors.some(
        (person) =>
          Object.keys(person).some((key) => key !== "name" && key !== "url") ||
          (person.url !== undefined && !_absolute(person.url)),
      )
    ) {
      extension.authors = a.authors;
    }
  }
  if (a.tags.length > 0) {
    item.tags = a.tags.map((tag) => tag.name);
    // Kinds, slugs other than `slugify`'s and unknown keys need the extension.
    const plain = (tag: (typeof a.tags)[number]) =>
      Object.keys(tag).length === 2 && tag.slug === _slug(tag.name);
    if (!a.tags.every(plain)) extension.tags = a.tags;
  }
  if (a.lang !== undefined) item.language = a.lang;
  if (a.subtitle !== undefined) extension.subtitle = a.subtitle;
  if (a.site !== undefined) extension.site = a.site;
  if (a.commentCount !== undefined) extension.commentCount = a.commentCount;
  const written = _written(a.comments, statuses);
  if (written.length > 0) {
    extension.comments = written.map(({ comment, parentId }) => {
      const copy: Node = { ...comment };
      delete copy.parentId;
      if (parentId !== undefined) copy.parentId = parentId;
      return copy;
    });
  }
  if (Object.keys(extension).length > 0) item._marginalia = { about: _ABOUT, ...extension };
  return item;
}

function _slug(name: string): string {
  return slugify(name) || name;
}

const ITEM_KEYS = new Set([
  "id",
  "url",
  "title",
  "summary",
  "content_html",
  "content_text",
  "image",
  "date_published",
  "date_modified",
  "authors",
  "author",
  "tags",
  "language",
  "_marginalia",
]);

/**
 * Read articles from a JSON Feed (1.0 or 1.1), with the comments and the
 * values of the `_marginalia` extension that `toJsonFeed` writes.
 *
 * @param value
 *   The feed: a parsed value or its JSON text.
 * @returns
 *   `{ articles, messages }`.
 * @throws {ArticleError}
 *   When the text is not JSON, the feed has no `items` array, or an item
 *   cannot make an article.
 */
export function fromJsonFeed(value: unknown): FromJsonFeedResult {
  let feed = value;
  if (typeof value === "string") {
    try {
      feed = JSON.parse(value);
    } catch (error) {
      throw new ArticleError([
        {
          code: "invalid_json",
          message: `Expected JSON Feed text: ${(error as Error).message}`,
          path: [],
        },
      ]);
    }
  }
  if (
    typeof feed !== "object" ||
    feed === null ||
    Array.isArray(feed) ||
    !Array.isArray((feed as Node).items)
  ) {
    throw new ArticleError([
      {
        code: "missing_field",
        message: "Expected a JSON Feed: an object with an `items` array",
        path: ["items"],
      },
    ]);
  }
  const messages: JsonFeedMessage[] = [];
  const version = (feed as Node).version;
  if (
    typeof version !== "string" ||
    !/^https?:\/\/jsonfeed\.org\/version\/1(\.1)?$/.test(version)
  ) {
    messages.push(
      _message("not-json-feed", "Read a feed whose `version` is not JSON Feed 1 or 1.1", {
        path: ["version"],
        actual: String(version),
      }),
    );
  }
  const items = (feed as Node).items as unknown[];
  const articles: Article[] = [];
  for (let index = 0; index < items.length; index++) {
    articles.push(_readItem(items[index], index, messages));
  }
  return { articles, messages };
}

function _str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function _readItem(value: unknown, index: number, messages: JsonFeedMessage[]): Article {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ArticleError([
      {
        code: "invalid_type",
        message: `Expected an item object, found ${_kind(value)}`,
        path: [index],
      },
    ]);
  }
  const item = value as Node;
  const ext = (
    typeof item._marginalia === "object" && item._marginalia !== null ? item._marginalia : {}
  ) as Node;
  const prefix: Path = [index];
  let title = _str(item.title);
  if (title === undefined || title.trim() === "") {
    const source = _str(item.summary) ?? _str(item.content_text) ?? _str(item.id) ?? "untitled";
    title = source.trim() === "" ? "untitled" : source.split("\n")[0]?.slice(0, 80) || "untitled";
    messages.push(
      _message("title-generated", "Made a title for an item without one", {
        path: [index, "title"],
        actual: title,
      }),
    );
  }
  const article: Node = { title };
  const id = _str(item.id) ?? (typeof item.id === "number" ? String(item.id) : undefined);
  if (id !== undefined) article.id = id;
  const url = _str(ext.url) ?? _str(item.url);
  if (url !== undefined) article.url = url;
  if (_str(ext.subtitle) !== undefined) article.subtitle = ext.subtitle;
  if (_str(item.summary) !== undefined) article.summary = item.summary;
  if (_str(item.language) !== undefined) article.lang = item.language;
  const published = _str(ext.publishedAt) ?? _str(item.date_published);
  if (published !== undefined) article.publishedAt = published;
  const updated = _str(ext.updatedAt) ?? _str(item.date_modified);
  if (updated !== undefined) article.updatedAt = updated;
  if (Array.isArray(ext.authors)) article.authors = ext.authors;
  else {
    const authors = Array.isArray(item.authors)
      ? item.authors
      : item.author !== undefined
        ? [item.author]
        : [];
    article.authors = authors.flatMap((person) => {
      const name =
        typeof person === "object" && person !== null ? _str((person as Node).name) : undefined;
      if (name === undefined || name.trim() === "") return [];
      const result: Node = { name };
      const href = _str((person as Node).url);
      if (href !== undefined) result.url = href;
      return [result];
    });
  }
  if (typeof ext.image === "object" && ext.image !== null) article.image = ext.image;
  else if (_str(item.image) !== undefined && item.image !== "")
    article.image = { type: "image", url: item.image };
  if (Array.isArray(ext.tags)) article.tags = ext.tags;
  else if (Array.isArray(item.tags)) {
    article.tags = item.tags
      .filter((tag): tag is string => typeof tag === "string" && tag.trim() !== "")
      .map((name) => ({ name, slug: _slug(name) }));
  }
  if (typeof ext.site === "object" && ext.site !== null) article.site = ext.site;
  if (ext.commentCount !== undefined) article.commentCount = ext.commentCount;
  const text = _str(item.content_text);
  const html = _str(item.content_html);
  if (text !== undefined) article.lead = _paragraphs(text);
  else if (html !== undefined && html !== "")
    article.lead = [{ type: "raw", format: "html", value: html }];
  if (Array.isArray(ext.comments)) article.comments = ext.comments;
  for (const key of Object.keys(item)) {
    if (ITEM_KEYS.has(key)) continue;
    messages.push(
      _message("unused-property", `Left out \`${key}\`, which the model has no field for`, {
        path: [index, key],
      }),
    );
  }
  return _finish(article, messages, prefix);
}
