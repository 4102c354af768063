// Atom 1.0 out, with the threading extension (RFC 4685): an entry per
// article with its `thr:total`, and with `comments: true` an entry per
// comment with `thr:in-reply-to` (the article's entry or the parent
// comment's). Well-formed XML 1.0: every text and attribute escaped, the
// characters XML 1.0 forbids removed, each removal reported.
import { _kind } from "../_args.js";
import { ArticleError, type Path } from "../error.js";
import { _message } from "../message.js";
import type { Article } from "../schema/article.js";
import type { Person } from "../schema/person.js";
import { _commentIri, _statuses, _written } from "./_comments.js";
import { _checkFeed, _feedString, _parseAt } from "./_feed.js";
import { _escape, _html } from "./_html.js";
import type { AtomFeedInfo, AtomMessage, ToAtomResult } from "./types.js";

// Characters XML 1.0 does not allow (C0 controls but tab, LF, CR; U+FFFE,
// U+FFFF; lone surrogates).
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const FEED_KEYS = [
  "author",
  "comments",
  "id",
  "link",
  "self",
  "statuses",
  "subtitle",
  "title",
  "updated",
];

/** Writes text, reporting removed characters. */
class _Writer {
  messages: AtomMessage[] = [];
  seen = new Set<string>();
  report(message: AtomMessage): void {
    const key = JSON.stringify([message.ruleId, message.path, message.actual]);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.messages.push(message);
  }
  /** Escape a text for content or a quoted attribute, without forbidden characters. */
  text(value: string, path: Path): string {
    const clean = value.replace(FORBIDDEN, (char) => {
      const code = char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
      this.report(
        _message("character-removed", `Removed U+${code}, which XML 1.0 does not allow`, {
          path,
          actual: `U+${code}`,
        }),
      );
      return "";
    });
    return _escape(clean).replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
  }
  /** An RFC 3339 date-time: a date or a local time is completed (UTC), with a message. */
  date(value: string, path: Path): string {
    let result = value;
    if (/^\d{4}-\d\d-\d\d$/.test(value)) result = `${value}T00:00:00Z`;
    else if (/^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(value)) result = `${value}:00Z`;
    else if (/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?$/.test(value)) result = `${value}Z`;
    else if (/^\d{4}-\d\d-\d\dT\d\d:\d\d(Z|[+-]\d\d:\d\d)$/i.test(value))
      result = value.replace(/(Z|[+-]\d\d:\d\d)$/i, ":00$1");
    if (result !== value && !/^\d{4}-\d\d-\d\dT\d\d:\d\d(Z|[+-]\d\d:\d\d)$/i.test(value)) {
      this.report(
        _message(
          "date-completed",
          "Wrote a date without a time or a zone as UTC, as Atom needs a date-time with an offset",
          {
            path,
            actual: value,
          },
        ),
      );
    }
    return this.text(result, path);
  }
  person(tag: string, person: Person, path: Path): string {
    let out = `<${tag}><name>${this.text(person.name, [...path, "name"])}</name>`;
    if (person.url !== undefined) out += `<uri>${this.text(person.url, [...path, "url"])}</uri>`;
    if (person.email !== undefined)
      out += `<email>${this.text(person.email, [...path, "email"])}</email>`;
    return `${out}</${tag}>`;
  }
}

/**
 * Write articles as an Atom 1.0 feed; with `comments: true`, each comment
 * as an entry threaded with RFC 4685 (`thr:in-reply-to`, `thr:total`).
 *
 * @param articles
 *   Articles, one entry each (each checked first; each needs a `url` or an `id`).
 * @param feed
 *   The feed's fields and options: `id` and `title` (required), `updated`
 *   (default: the latest entry's), `subtitle`, `link`, `self`, `author`,
 *   `comments` (default: `false`), `statuses` of the comments written
 *   (default: `["published"]`).
 * @returns
 *   `{ xml, messages }`: the document, and what was changed to write it.
 * @throws {ArticleError}
 *   When an article is not valid or has neither `url` nor `id`.
 */
export function toAtom(articles: readonly Article[], feed: AtomFeedInfo): ToAtomResult {
  _checkFeed(articles, feed, FEED_KEYS, "toAtom");
  const _string = (key: string, required: boolean) =>
    _feedString(feed, key, required, "toAtom", true);
  const feedId = _string("id", true) as string;
  const title = _string("title", true) as string;
  const subtitle = _string("subtitle", false);
  const link = _string("link", false);
  const self = _string("self", false);
  let updated = _string("updated", false);
  if (
    updated !== undefined &&
    !/^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?$/i.test(updated)
  ) {
    throw new TypeError(
      `Cannot use ${JSON.stringify(updated)} for \`feed.updated\` of \`toAtom\`, expected an ISO 8601 date-time`,
    );
  }
  if (feed.comments !== undefined && typeof feed.comments !== "boolean") {
    throw new TypeError(
      `Expected \`feed.comments\` of \`toAtom\` to be a boolean, found ${_kind(feed.comments)}`,
    );
  }
  if (
    feed.author !== undefined &&
    (typeof feed.author !== "object" || typeof feed.author?.name !== "string")
  ) {
    throw new TypeError(
      `Expected \`feed.author\` of \`toAtom\` to be a person with a \`name\`, found ${_kind(feed.author)}`,
    );
  }
  const statuses = _statuses(feed.statuses, "toAtom");
  const w = new _Writer();
  const entries: { xml: string; updated: string }[] = [];
  const parsed = articles.map((input, index) => _parseAt(input, index));
  for (let index = 0; index < parsed.length; index++) {
    _entries(
      parsed[index] as Article,
      index,
      feed.comments === true,
      statuses,
      updated,
      w,
      entries,
    );
  }
  if (updated === undefined) {
    for (const entry of entries)
      if (updated === undefined || Date.parse(entry.updated) > Date.parse(updated))
        updated = entry.updated;
  }
  if (updated === undefined) {
    throw new TypeError("Expected `feed.updated` of `toAtom`: no entry has a date to take it from");
  }
  let xml = '<?xml version="1.0" encoding="utf-8"?>\n';
  xml +=
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0">\n';
  xml += `  <id>${w.text(feedId, ["feed", "id"])}</id>\n  <title>${w.text(title, ["feed", "title"])}</title>\n`;
  if (subtitle !== undefined)
    xml += `  <subtitle>${w.text(subtitle, ["feed", "subtitle"])}</subtitle>\n`;
  xml += `  <updated>${w.date(updated, ["feed", "updated"])}</updated>\n`;
  if (link !== undefined)
    xml += `  <link rel="alternate" type="text/html" href="${w.text(link, ["feed", "link"])}"/>\n`;
  if (self !== undefined)
    xml += `  <link rel="self" type="application/atom+xml" href="${w.text(self, ["feed", "self"])}"/>\n`;
  if (feed.author !== undefined)
    xml += `  ${w.person("author", feed.author, ["feed", "author"])}\n`;
  xml += "  <generator>marginalia</generator>\n";
  for (const entry of entries) xml += entry.xml;
  xml += "</feed>\n";
  return { xml, messages: w.messages };
}

function _entries(
  a: Article,
  index: number,
  comments: boolean,
  statuses: ReadonlySet<string>,
  fallback: string | undefined,
  w: _Writer,
  entries: { xml: string; updated: string }[],
): void {
  const id = a.url ?? a.id;
  if (id === undefined) {
    throw new ArticleError([
      {
        code: "missing_field",
        message: "Expected a `url` or an `id`: an Atom entry needs an id",
        path: [index, "url"],
      },
    ]);
  }
  const written = _written(a.comments, statuses);
  const updatedRaw = a.updatedAt ?? a.publishedAt ?? fallback;
  if (updatedRaw === undefined) {
    throw new ArticleError([
      {
        code: "missing_field",
        message:
          "Expected `updatedAt` or `publishedAt` (or `feed.updated`): an Atom entry needs `updated`",
        path: [index, "updatedAt"],
      },
    ]);
  }
  const lang = a.lang === undefined ? "" : ` xml:lang="${w.text(a.lang, [index, "lang"])}"`;
  const updated = w.date(updatedRaw, [
    index,
    a.updatedAt !== undefined ? "updatedAt" : "publishedAt",
  ]);
  let xml = `  <entry${lang}>\n    <id>${w.text(id, [index, "url"])}</id>\n    <title>${w.text(a.title, [index, "title"])}</title>\n`;
  if (a.url !== undefined)
    xml += `    <link rel="alternate" type="text/html" href="${w.text(a.url, [index, "url"])}"/>\n`;
  if (a.publishedAt !== undefined)
    xml += `    <published>${w.date(a.publishedAt, [index, "publishedAt"])}</published>\n`;
  xml += `    <updated>${updated}</updated>\n`;
  for (let n = 0; n < a.authors.length; n++)
    xml += `    ${w.person("author", a.authors[n] as Person, [index, "authors", n])}\n`;
  for (let n = 0; n < a.tags.length; n++) {
    const tag = a.tags[n];
    if (tag === undefined) continue;
    xml += `    <category term="${w.text(tag.slug, [index, "tags", n, "slug"])}" label="${w.text(tag.name, [index, "tags", n, "name"])}"/>\n`;
  }
  if (a.summary !== undefined)
    xml += `    <summary type="text">${w.text(a.summary, [index, "summary"])}</summary>\n`;
  let html = _html(a.lead);
  for (const section of a.sections) {
    html += `<h${section.level}>${_escape(section.heading)}</h${section.level}>${_html(section.blocks)}`;
  }
  xml += `    <content type="html">${w.text(html, [index, "body"])}</content>\n`;
  xml += `    <thr:total>${written.length}</thr:total>\n  </entry>\n`;
  entries.push({ xml, updated });
  if (!comments) return;
  const positions = new Map(a.comments.map((comment, at) => [comment, at]));
  for (const { comment, parentId } of written) {
    const at = positions.get(comment) as number;
    const path: Path = [index, "comments", at];
    const iri = _commentIri(id, comment.id);
    const parent = parentId === undefined ? id : _commentIri(id, parentId);
    const own = comment.updatedAt ?? comment.publishedAt;
    const cUpdated =
      own === undefined
        ? updated
        : w.date(own, [...path, comment.updatedAt !== undefined ? "updatedAt" : "publishedAt"]);
    let entry = `  <entry${lang}>\n    <id>${w.text(iri, [...path, "id"])}</id>\n`;
    entry += `    <title>${w.text(`${comment.author.name} on ${a.title}`, [...path, "author", "name"])}</title>\n`;
    if (a.url !== undefined)
      entry += `    <link rel="alternate" type="text/html" href="${w.text(iri, [...path, "id"])}"/>\n`;
    if (comment.publishedAt !== undefined)
      entry += `    <published>${w.date(comment.publishedAt, [...path, "publishedAt"])}</published>\n`;
    entry += `    <updated>${cUpdated}</updated>\n`;
    entry += `    ${w.person("author", comment.author, [...path, "author"])}\n`;
    entry += `    <content type="html">${w.text(_html(comment.body), [...path, "body"])}</content>\n`;
    const href =
      a.url === undefined
        ? ""
        : ` href="${w.text(parentId === undefined ? a.url : parent, [...path, "parentId"])}" type="text/html"`;
    entry += `    <thr:in-reply-to ref="${w.text(parent, [...path, "parentId"])}"${href}/>\n  </entry>\n`;
    entries.push({ xml: entry, updated: cUpdated });
  }
}
