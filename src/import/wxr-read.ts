// The WXR handler: the events of the one XML path (`_xml.ts`) → articles.
// The channel's authors come before the items in every export WordPress
// writes, so each item is read as soon as it closes, joined to them, and
// handed on (streamed or gathered by `fromWxr`).
import { ArticleError, type Place } from "../error.js";
import { _message } from "../message.js";
import { _isLangTag } from "../schema/_checks.js";
import type { Article } from "../schema/article.js";
import type { Block } from "../schema/block.js";
import type { Comment } from "../schema/comment.js";
import type { Person } from "../schema/person.js";
import type { Section } from "../schema/section.js";
import type { Tag } from "../schema/tag.js";
import { slugify } from "../tags/slugify.js";
import {
  _place,
  _xmlAttribute,
  _xmlElements,
  _xmlText,
  type XmlHandler,
  type XmlNode,
} from "./_xml.js";
import { _linkComments, type RawComment } from "./_xml-comments.js";
import { _htmlBlocks, type HtmlNote } from "./_xml-html.js";
import { _bag, _blocksOnly, _plainText } from "./_xml-shared.js";
import { _clean, _email, _url, _wpDate } from "./_xml-values.js";
import { _autop, _prepareContent } from "./wxr-content.js";
import type { WxrMessage, WxrRuleId } from "./wxr-types.js";

const WXR = /^https?:\/\/wordpress\.org\/export\/1\.[0-2]\/$/;
const EXCERPT = /^https?:\/\/wordpress\.org\/export\/1\.[0-2]\/excerpt\/$/;
const CONTENT = /^https?:\/\/purl\.org\/rss\/1\.0\/modules\/content\/$/;
const DC = /^https?:\/\/purl\.org\/dc\/elements\/1\.1\/$/;
const DISQUS = /^https?:\/\/disqus\.com\/?$/;

/** Checked options of the WXR reader. */
export interface WxrSettings {
  notes: boolean;
  postTypes: readonly string[];
}

/** The WXR reader's state and handler. */
export interface WxrReader {
  handler: XmlHandler;
  /** End of the input: check it was an export. */
  finish: () => void;
}

interface Channel {
  title: string | undefined;
  link: string | undefined;
  lang: string | undefined;
  authors: Map<string, Person>;
  /** Whether an element of a WXR namespace was seen. */
  wxr: boolean;
}

function _wrongFormat(found: string, place: Place): ArticleError {
  return new ArticleError([
    {
      code: "invalid_value",
      message: `Expected a WordPress export (WXR: <rss> with a wordpress.org/export namespace), found ${found}`,
      path: [],
      place,
    },
  ]);
}

/**
 * Make the WXR reader.
 *
 * @param settings
 *   Checked options.
 * @param emit
 *   Called with each article (or `undefined`) and the messages since the last call.
 * @returns
 *   The handler and `finish`.
 */
export function _wxrReader(
  settings: WxrSettings,
  emit: (article: Article | undefined, messages: WxrMessage[]) => void,
): WxrReader {
  const channel: Channel = {
    title: undefined,
    link: undefined,
    lang: undefined,
    authors: new Map(),
    wxr: false,
  };
  let messages: WxrMessage[] = [];
  let count = 0;
  let rootPlace: Place = { line: 1, column: 1 };
  const report = (
    ruleId: WxrRuleId,
    reason: string,
    place: Place | undefined,
    path?: (string | number)[],
    actual?: string,
  ): void => {
    messages.push(_message(ruleId, reason, { place, path, actual }));
  };
  const flush = (article: Article | undefined): void => {
    const out = messages;
    messages = [];
    emit(article, out);
  };
  const handler: XmlHandler = {
    depth: 2,
    open(node, depth) {
      if (WXR.test(node.uri) || node.declared.some((uri) => WXR.test(uri))) channel.wxr = true;
      if (depth === 0) {
        rootPlace = _place(node);
        if (node.local === "disqus" || DISQUS.test(node.uri)) {
          throw _wrongFormat("a Disqus export (<disqus>): read it with fromDisqus", _place(node));
        }
        if (node.local !== "rss") throw _wrongFormat(`<${node.name}>`, _place(node));
      }
    },
    node(node) {
      if (WXR.test(node.uri)) channel.wxr = true;
      if (node.uri === "") {
        if (node.local === "item") {
          _item(node);
          return;
        }
        if (node.local === "title") channel.title = _clean(_xmlText(node)).trim() || undefined;
        else if (node.local === "link") channel.link = _url(_xmlText(node)) ?? undefined;
        else if (node.local === "language") {
          const lang = _xmlText(node).trim();
          if (_isLangTag(lang)) channel.lang = lang;
        }
        return;
      }
      if (!WXR.test(node.uri)) return;
      if (node.local === "author") _author(node);
      else if (node.local === "wxr_version") {
        const version = _xmlText(node).trim();
        if (!/^1\.[0-2]$/.test(version)) {
          report(
            "version-unknown",
            `WXR version ${JSON.stringify(version)} is not one this reader knows (1.0, 1.1, 1.2): read as 1.2`,
            _place(node),
            undefined,
            version,
          );
        }
      }
    },
    notice(ruleId, reason, place, actual) {
      report(ruleId, reason, place, undefined, actual);
    },
  };

  function _author(node: XmlNode): void {
    const fields = new Map<string, string>();
    for (const child of _xmlElements(node)) {
      if (WXR.test(child.uri) && !fields.has(child.local)) {
        fields.set(child.local, _clean(_xmlText(child)).trim());
      }
    }
    const login = fields.get("author_login") ?? "";
    if (login === "") return;
    const name = fields.get("author_display_name") || login;
    const person: Person = { name };
    const email = _email(fields.get("author_email") ?? "");
    if (typeof email === "string") person.email = email;
    const id = fields.get("author_id");
    if (id !== undefined && id !== "") person.id = id;
    channel.authors.set(login, person);
  }

  function _item(node: XmlNode): void {
    const index = count;
    const path = (...rest: (string | number)[]): (string | number)[] => [
      "articles",
      index,
      ...rest,
    ];
    const fields = new Map<string, string>();
    const bag: Record<string, unknown> = {};
    const other: { name: string; namespace: string; value: string }[] = [];
    const postmeta: { key: string; value: string }[] = [];
    const terms: { domain: string; slug: string; name: string }[] = [];
    const categories: XmlNode[] = [];
    const comments: XmlNode[] = [];
    let title = "";
    let link = "";
    let creator: string | undefined;
    let content = "";
    let excerpt = "";
    let itemWxr = false;
    for (const child of _xmlElements(node)) {
      const uri = child.uri;
      if (uri === "") {
        if (child.local === "title") title = _xmlText(child);
        else if (child.local === "link") link = _xmlText(child);
        else if (child.local === "category") categories.push(child);
        else if (!fields.has(child.local)) fields.set(child.local, _xmlText(child));
        else other.push({ name: child.name, namespace: uri, value: _xmlText(child) });
      } else if (WXR.test(uri)) {
        itemWxr = true;
        if (child.local === "comment") comments.push(child);
        else if (child.local === "postmeta") postmeta.push(_meta(child));
        else if (!fields.has(child.local)) fields.set(child.local, _xmlText(child));
        else other.push({ name: child.name, namespace: uri, value: _xmlText(child) });
      } else if (CONTENT.test(uri) && child.local === "encoded") content = _xmlText(child);
      else if (EXCERPT.test(uri) && child.local === "encoded") excerpt = _xmlText(child);
      else if (DC.test(uri) && child.local === "creator" && creator === undefined) {
        creator = _clean(_xmlText(child)).trim();
      } else other.push({ name: child.name, namespace: uri, value: _xmlText(child) });
    }
    if (!channel.wxr && !itemWxr) {
      throw _wrongFormat("an RSS feed without a WordPress export namespace", rootPlace);
    }
    const type = (fields.get("post_type") ?? "").trim() || "post";
    if (!settings.postTypes.includes(type)) {
      report(
        "item-skipped",
        `An item of type ${JSON.stringify(type)} was left out (not one of the post types read)`,
        _place(node),
        undefined,
        type,
      );
      flush(undefined);
      return;
    }
    count++;
    const url = _url(link);
    const base = typeof url === "string" ? url : channel.link;
    // Title.
    let articleTitle = _clean(title).trim();
    if (articleTitle === "") {
      articleTitle = (fields.get("post_name") ?? "").trim() || "(no title)";
      report(
        "title-missing",
        `The item has no title: ${JSON.stringify(articleTitle)} stands in`,
        _place(node),
        path("title"),
      );
    }
    // Body.
    const prepared = _prepareContent(_clean(content));
    for (const name of prepared.notes.dynamic) {
      report(
        "block-dynamic",
        `The block ${JSON.stringify(name)} has no HTML in the export (WordPress renders it on each view): left out`,
        _place(node),
        path(),
        name,
      );
    }
    for (const name of prepared.notes.shortcodes) {
      report(
        "shortcode-kept",
        `The shortcode [${name}] has no static text: kept as written`,
        _place(node),
        path(),
        name,
      );
    }
    const body = _htmlBlocks(prepared.html, { base, headings: true });
    _htmlMessages(body.messages, _place(node), path());
    const lead: Block[] = [];
    const sections: Section[] = [];
    for (const item of body.items) {
      if (item.type === "heading") {
        const heading = _clean(item.text).trim();
        if (heading === "") continue;
        sections.push({
          heading,
          level: Math.max(2, item.level) as Section["level"],
          blocks: [],
        });
      } else (sections.at(-1)?.blocks ?? lead).push(item);
    }
    const article: Article = {
      title: articleTitle,
      authors: [],
      lead,
      sections,
      tags: [],
      comments: [],
    };
    const id = (fields.get("post_id") ?? "").trim();
    if (id !== "") {
      article.id = id;
      fields.delete("post_id");
    }
    if (typeof url === "string") article.url = url;
    else if (url === undefined) {
      bag.link = link;
      report(
        "url-invalid",
        "The item's link is not an absolute http(s) URL: kept under `wxr.link`",
        _place(node),
        path("url"),
        link.slice(0, 200),
      );
    }
    const summary = _plainText(_clean(excerpt), base);
    if (summary !== "") article.summary = summary;
    if (channel.lang !== undefined) article.lang = channel.lang;
    // Authors.
    if (creator !== undefined && creator !== "") {
      const known = channel.authors.get(creator);
      if (known === undefined && channel.authors.size > 0) {
        report(
          "author-unknown",
          `The author ${JSON.stringify(creator)} is not among the export's authors: the login stands as the name`,
          _place(node),
          path("authors", 0),
          creator,
        );
      }
      article.authors = [known === undefined ? { name: creator } : { ...known }];
    }
    // Dates.
    const published = _date(fields, "post_date", _place(node), path("publishedAt"), bag);
    if (published !== undefined) article.publishedAt = published;
    const updated = _date(fields, "post_modified", _place(node), path("updatedAt"), bag);
    if (updated !== undefined) article.updatedAt = updated;
    const site: { name?: string; url?: string } = {};
    if (channel.title !== undefined) site.name = channel.title;
    if (channel.link !== undefined) site.url = channel.link;
    if (site.name !== undefined || site.url !== undefined) article.site = site;
    // Tags.
    article.tags = _tags(categories, terms);
    // Comments.
    const raws: RawComment[] = [];
    const notes: string[] = [];
    for (const element of comments) {
      const raw = _comment(element, raws.length, base, path, notes);
      if (raw !== undefined) raws.push(raw);
    }
    if (notes.length > 0) {
      article.missingComments = [{ reason: "filtered", count: notes.length, ids: notes }];
    }
    const linked = _linkComments(raws);
    article.comments = linked.comments;
    for (const repair of linked.repairs) {
      report(
        repair.ruleId,
        repair.reason,
        repair.place,
        path("comments", repair.index),
        repair.actual,
      );
    }
    for (const raw of raws) if (Object.keys(raw.bag).length > 0) _bag(raw.comment, "wxr", raw.bag);
    // Everything else, as WordPress wrote it.
    for (const [key, value] of fields) _setField(bag, key, value, other);
    if (postmeta.length > 0) bag.postmeta = postmeta;
    if (terms.length > 0) bag.terms = terms;
    if (other.length > 0) bag.other = other;
    if (Object.keys(bag).length > 0) _bag(article, "wxr", bag);
    flush(article);
  }

  function _date(
    fields: Map<string, string>,
    key: string,
    place: Place,
    at: (string | number)[],
    bag: Record<string, unknown>,
  ): string | undefined {
    const gmt = fields.get(`${key}_gmt`);
    const local = fields.get(key);
    for (const [value, utc] of [
      [gmt, true],
      [local, false],
    ] as const) {
      if (value === undefined) continue;
      const date = _wpDate(value, utc);
      if (typeof date === "string") {
        // The UTC field said it all; a local date stays (it keeps the zone's offset).
        if (utc) fields.delete(`${key}_gmt`);
        return date;
      }
      if (date === undefined) {
        bag[utc ? `${key}_gmt` : key] = value;
        report(
          "date-invalid",
          `The date ${JSON.stringify(value)} cannot be read: kept under \`wxr\``,
          place,
          at,
          value,
        );
      }
    }
    return undefined;
  }

  function _comment(
    node: XmlNode,
    position: number,
    base: string | undefined,
    path: (...rest: (string | number)[]) => (string | number)[],
    notes: string[],
  ): RawComment | undefined {
    const fields = new Map<string, string>();
    const bag: Record<string, unknown> = {};
    const meta: { key: string; value: string }[] = [];
    const other: { name: string; namespace: string; value: string }[] = [];
    for (const child of _xmlElements(node)) {
      if (WXR.test(child.uri) && child.local === "commentmeta") meta.push(_meta(child));
      else if (WXR.test(child.uri) && !fields.has(child.local)) {
        fields.set(child.local, _xmlText(child));
      } else other.push({ name: child.name, namespace: child.uri, value: _xmlText(child) });
    }
    const take = (key: string): string => {
      const value = fields.get(key) ?? "";
      fields.delete(key);
      return value;
    };
    const at = path("comments");
    const type = take("comment_type").trim();
    let id = take("comment_id").trim();
    if (type === "note" && !settings.notes) {
      if (id !== "") notes.push(id);
      report(
        "note-skipped",
        `Comment ${JSON.stringify(id)} is a block note (an editor's note on the draft, not a reader comment): left out`,
        _place(node),
        at,
        id,
      );
      return undefined;
    }
    if (id === "") {
      id = `comment-${position + 1}`;
      report(
        "id-missing",
        `A comment has no id: ${JSON.stringify(id)} stands in`,
        _place(node),
        at,
      );
    }
    const author: Person = { name: _clean(take("comment_author")).trim() || "Anonymous" };
    const emailText = take("comment_author_email");
    const email = _email(emailText);
    if (typeof email === "string") author.email = email;
    else if (email === undefined) {
      bag.comment_author_email = emailText;
      report(
        "email-invalid",
        `The e-mail address of comment ${JSON.stringify(id)} is not one: kept under \`wxr\``,
        _place(node),
        at,
        emailText.slice(0, 200),
      );
    }
    const urlText = take("comment_author_url");
    const url = _url(urlText);
    if (typeof url === "string") author.url = url;
    else if (url === undefined) {
      bag.comment_author_url = urlText;
      report(
        "url-invalid",
        `The author URL of comment ${JSON.stringify(id)} is not an absolute http(s) URL: kept under \`wxr\``,
        _place(node),
        at,
        urlText.slice(0, 200),
      );
    }
    const user = take("comment_user_id").trim();
    if (user !== "" && user !== "0") author.id = user;
    const body = _htmlBlocks(_autop(_clean(take("comment_content")).trim()), {
      base,
      headings: false,
    });
    _htmlMessages(body.messages, _place(node), at);
    const approved = take("comment_approved").trim();
    let status: Comment["status"];
    if (approved === "1" || approved === "approve") status = "published";
    else if (approved === "0" || approved === "hold") status = "pending";
    else if (approved === "spam") status = "spam";
    else if (approved === "trash" || approved === "post-trashed") {
      status = "removed";
      bag.comment_approved = approved;
    } else {
      status = "pending";
      bag.comment_approved = approved;
      report(
        "status-unknown",
        `Comment ${JSON.stringify(id)} has the status ${JSON.stringify(approved)}, which WordPress does not write: read as pending`,
        _place(node),
        at,
        approved,
      );
    }
    const comment: Comment = { id, author, status, body: _blocksOnly(body.items) };
    if (type === "pingback" || type === "trackback" || type === "note") comment.kind = type;
    else if (type !== "" && type !== "comment") bag.comment_type = type;
    const parent = take("comment_parent").trim();
    if (parent !== "" && parent !== "0") comment.parentId = parent;
    const published = _date(fields, "comment_date", _place(node), at, bag);
    fields.delete("comment_date");
    fields.delete("comment_date_gmt");
    if (published !== undefined) comment.publishedAt = published;
    const karma = take("comment_karma").trim();
    if (karma !== "" && karma !== "0") {
      const score = Number(karma);
      if (Number.isFinite(score)) comment.score = score;
      else bag.comment_karma = karma;
    }
    for (const [key, value] of fields) _setField(bag, key, value, other);
    if (meta.length > 0) bag.commentmeta = meta;
    if (other.length > 0) bag.other = other;
    return { comment, line: node.line, column: node.column, bag };
  }

  function _htmlMessages(list: HtmlNote[], place: Place, at: (string | number)[]): void {
    for (const item of list) report(item.ruleId, item.reason, place, at, item.actual);
  }

  return {
    handler,
    finish() {
      if (!channel.wxr) {
        throw _wrongFormat("an RSS feed without a WordPress export namespace", rootPlace);
      }
      if (messages.length > 0) flush(undefined);
    },
  };
}

function _meta(node: XmlNode): { key: string; value: string } {
  let key = "";
  let value = "";
  for (const child of _xmlElements(node)) {
    if (child.local === "meta_key") key = _clean(_xmlText(child));
    else if (child.local === "meta_value") value = _clean(_xmlText(child));
  }
  return { key, value };
}

/** Keys safe to use as own keys of a plain object (and a zod object). */
const SAFE_KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

function _setField(
  bag: Record<string, unknown>,
  key: string,
  value: string,
  other: { name: string; namespace: string; value: string }[],
): void {
  if (value.trim() === "") return;
  if (SAFE_KEY.test(key) && !(key in bag)) bag[key] = _clean(value);
  else other.push({ name: key, namespace: "", value: _clean(value) });
}

function _tags(
  categories: XmlNode[],
  terms: { domain: string; slug: string; name: string }[],
): Tag[] {
  const tags: Tag[] = [];
  const seen = new Set<string>();
  for (const node of categories) {
    const name = _clean(_xmlText(node)).trim();
    const domain = _xmlAttribute(node, "", "domain") ?? "category";
    const nicename = (_xmlAttribute(node, "", "nicename") ?? "").trim();
    const slug = nicename || slugify(name);
    if (domain !== "category" && domain !== "post_tag") {
      terms.push({ domain, slug, name });
      continue;
    }
    if (name === "" || slug === "") continue;
    const kind = domain === "category" ? "category" : "topic";
    const key = `${kind} ${slug}`;
    if (seen.has(key)) continue;
    seen.add(key);
    tags.push({ name, slug, kind });
  }
  return tags;
}
