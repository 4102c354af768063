// Page metadata, by agreement of the sources the page offers: Open Graph and
// other <meta>, JSON-LD, <link rel>, <html lang>, <title> and the h1.
import type { Element } from "hast";
import { isArticleError } from "../error.js";
import { _message } from "../message.js";
import { _isIsoDate } from "../schema/_checks.js";
import type { Article } from "../schema/article.js";
import type { Person } from "../schema/person.js";
import { fromJsonLd } from "../web/from-json-ld.js";
import { _absolute, _attr, _collapse, _elements, _text } from "./_dom.js";
import type { HtmlMessage } from "./types.js";

/** What the page declares about itself. */
export interface PageMeta {
  titles: {
    h1: string[];
    home: string[];
    og?: string | undefined;
    ld?: string | undefined;
    title?: string | undefined;
    site?: string;
  };
  description?: string | undefined;
  authors: Person[];
  publishedAt?: string | undefined;
  updatedAt?: string | undefined;
  lang?: string | undefined;
  siteName?: string | undefined;
  image?: string | undefined;
  url?: string | undefined;
  base?: string | undefined;
  tags: { name: string; kind: "topic" | "category" | "keyword" }[];
  commentCount?: number | undefined;
  articleBody?: string | undefined;
  /** The comments of the JSON-LD article (`comment`), read by `fromJsonLd`. */
  comments?: Article["comments"] | undefined;
}

const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|AnalysisNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|SocialMediaPosting|DiscussionForumPosting|LiveBlogPosting|WebPage|QAPage|Question)$/;

function _types(node: Record<string, unknown>): string[] {
  const type = node["@type"];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === "string");
}

function _string(value: unknown): string | undefined {
  // A loop, not recursion: JSON-LD may nest `name` thousands deep.
  let current = value;
  for (let depth = 0; depth < 64; depth++) {
    if (typeof current === "string") return _collapse(current) || undefined;
    if (Array.isArray(current)) current = current[0];
    else if (current !== null && typeof current === "object") {
      const record = current as Record<string, unknown>;
      current = record.name ?? record["@value"] ?? record.url;
    } else return undefined;
  }
  return undefined;
}

function _people(value: unknown, base: string | undefined): Person[] {
  const out: Person[] = [];
  for (const item of Array.isArray(value) ? value : [value]) {
    if (typeof item === "string") {
      const name = _collapse(item);
      if (name !== "" && !/^https?:/.test(name)) out.push({ name });
    } else if (item !== null && typeof item === "object") {
      const record = item as Record<string, unknown>;
      const name = _string(record.name);
      if (name === undefined) continue;
      const person: Person = { name };
      const url = _absolute(typeof record.url === "string" ? record.url : undefined, base);
      if (url !== undefined) person.url = url;
      out.push(person);
    }
  }
  return out;
}

/**
 * Normalise a machine-readable date to ISO 8601, if it is one.
 *
 * @param value
 *   `2012-01-20T10:15:00+0100`, `2012-01-20 10:15`, …
 * @returns
 *   The ISO string, or `undefined`.
 */
export function _isoDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let iso = value.trim();
  if (iso.length < 10) return undefined;
  if (iso[10] === " ") iso = `${iso.slice(0, 10)}T${iso.slice(11)}`;
  iso = iso.replace(/([+-]\d\d)(\d\d)$/, "$1:$2").replace(/\+00:00$/, "Z");
  iso = iso.replace(/^(\d{4}-\d\d-\d\dT\d\d)(\d\d)$/, "$1:$2");
  iso = iso.replace(/(\.\d+)(?=Z|[+-]\d\d:\d\d|$)/, (fraction) => fraction.slice(0, 4));
  if (_isIsoDate(iso)) return iso;
  const date = iso.slice(0, 10);
  return _isIsoDate(date) && !/\d/.test(iso.slice(10, 11)) && iso.length === 10 ? date : undefined;
}

/**
 * Read the page's metadata.
 *
 * @param elements
 *   The page's elements in document order (template contents left out;
 *   only `html`, `base`, `title`, `meta`, `link`, `script`, `a` and
 *   headings are read).
 * @param url
 *   The page's address (option).
 * @param messages
 *   Messages (invalid JSON-LD).
 * @returns
 *   The metadata found.
 */
export function _readMeta(
  elements: readonly Element[],
  url: string | undefined,
  messages: HtmlMessage[],
): PageMeta {
  const meta: PageMeta = { titles: { h1: [], home: [] }, authors: [], tags: [] };
  const named = new Map<string, string>();
  const lds: Record<string, unknown>[] = [];
  let base = url;
  for (const element of elements) {
    const name = element.tagName;
    if (name === "html") {
      const lang = _attr(element, "lang") ?? _attr(element, "xmlLang");
      if (lang !== undefined && lang.trim() !== "") meta.lang = lang.trim();
    } else if (name === "base") {
      const href = _absolute(_attr(element, "href"), url);
      if (href !== undefined) base = href;
    } else if (name === "title" && meta.titles.title === undefined) {
      meta.titles.title = _text(element);
    } else if (name === "meta") {
      const key = (
        _attr(element, "property") ??
        _attr(element, "name") ??
        _attr(element, "itemProp") ??
        _attr(element, "httpEquiv")
      )?.toLowerCase();
      const content = _attr(element, "content");
      if (key === undefined || content === undefined) continue;
      if (key === "article:tag") meta.tags.push({ name: _collapse(content), kind: "keyword" });
      else if (key === "article:section")
        meta.tags.push({ name: _collapse(content), kind: "category" });
      else if (!named.has(key)) named.set(key, content);
    } else if (name === "link") {
      const rel = (_attr(element, "rel") ?? "").toLowerCase().split(/\s+/);
      if (rel.includes("canonical")) meta.url ??= _absolute(_attr(element, "href"), base);
    } else if (
      name === "script" &&
      (_attr(element, "type") ?? "").toLowerCase() === "application/ld+json"
    ) {
      // The script's own text as written; its collapsed text only when it has no text child first.
      const first = element.children[0];
      const raw = first?.type === "text" ? first.value : _text(first ?? element);
      try {
        const value: unknown = JSON.parse(raw.trim().replace(/^<!--|-->$/g, ""));
        const stack: unknown[] = [value];
        while (stack.length > 0 && lds.length < 200) {
          const item = stack.pop();
          if (Array.isArray(item)) stack.push(...item);
          else if (item !== null && typeof item === "object") {
            const record = item as Record<string, unknown>;
            lds.push(record);
            if (Array.isArray(record["@graph"])) stack.push(...record["@graph"]);
          }
        }
      } catch {
        messages.push(
          _message("json-ld-invalid", "A JSON-LD script is not valid JSON; it was not read"),
        );
      }
    } else if (
      name === "h1" ||
      (/^h[1-6]$/.test(name) &&
        /(?:^|\s)(?:entry-title|post-title|article-title|headline)(?:\s|$)/.test(
          _attr(element, "className") ?? "",
        )) ||
      (/^h[1-6]$/.test(name) && _attr(element, "itemProp") === "headline")
    ) {
      const text = _text(element);
      if (text !== "") meta.titles.h1.push(text);
      // An h1 that links to the site's home page is the site's name.
      const home = _elements(element).some((child) => {
        if (child.tagName !== "a") return false;
        const href = _attr(child, "href")?.trim();
        if (href === "/" || href === "./") return true;
        const absolute = _absolute(href, base);
        return (
          absolute !== undefined &&
          new URL(absolute).pathname === "/" &&
          (base === undefined || new URL(absolute).host === new URL(base).host)
        );
      });
      if (home && text !== "") meta.titles.home.push(text);
    } else if (name === "a") {
      // Most links have no `rel`: nothing to split.
      const relValue = _attr(element, "rel");
      if (relValue === undefined) continue;
      const rel = relValue.toLowerCase().split(/\s+/);
      if (rel.includes("tag") || rel.includes("category")) {
        const text = _text(element);
        if (text !== "" && text.length < 80) {
          meta.tags.push({ name: text, kind: rel.includes("category") ? "category" : "topic" });
        }
      }
    }
  }
  if (base !== undefined) meta.base = base;
  // JSON-LD: the first article-like node.
  const article =
    lds.find((node) =>
      _types(node).some((type) => ARTICLE_TYPES.test(type) && type !== "WebPage"),
    ) ?? lds.find((node) => _types(node).some((type) => type === "WebPage"));
  // The page's JSON-LD is read by `fromJsonLd` (marginalia/web), the one
  // JSON-LD reader of the library; a page whose JSON-LD describes no article
  // (a bare `WebPage`, say) falls back to the node found above.
  const ld = lds.length > 0 ? _fromJsonLd(lds) : undefined;
  if (article !== undefined && typeof article.articleBody === "string") {
    meta.articleBody = article.articleBody;
  }
  if (ld !== undefined) {
    meta.titles.ld = ld.title;
    meta.authors.push(...ld.authors.map((person) => _person(person)));
    if (ld.publishedAt !== undefined) meta.publishedAt = _isoDate(ld.publishedAt);
    if (ld.updatedAt !== undefined) meta.updatedAt = _isoDate(ld.updatedAt);
    if (ld.site?.name !== undefined) meta.siteName = ld.site.name;
    if (ld.commentCount !== undefined) meta.commentCount = ld.commentCount;
    if (ld.comments.length > 0) meta.comments = ld.comments;
    for (const tag of ld.tags) meta.tags.push({ name: tag.name, kind: "keyword" });
    if (ld.image !== undefined) meta.image ??= _absolute(ld.image.url, base);
  } else if (article !== undefined) {
    const headline = _string(article.headline) ?? _string(article.name);
    if (headline !== undefined) meta.titles.ld = headline;
    meta.authors.push(..._people(article.author, base));
    meta.publishedAt = _isoDate(_string(article.datePublished));
    meta.updatedAt = _isoDate(_string(article.dateModified));
    const publisher = _string(article.publisher);
    if (publisher !== undefined) meta.siteName = publisher;
    const count = Number(article.commentCount);
    if (article.commentCount !== undefined && Number.isInteger(count) && count >= 0)
      meta.commentCount = count;
    const keywords = article.keywords;
    const words =
      typeof keywords === "string" ? keywords.split(",") : Array.isArray(keywords) ? keywords : [];
    for (const word of words)
      if (typeof word === "string" && word.trim() !== "")
        meta.tags.push({ name: _collapse(word), kind: "keyword" });
    const image = _string(article.image);
    if (image !== undefined) meta.image ??= _absolute(image, base);
  }
  const og = named.get("og:title") ?? named.get("twitter:title");
  if (og !== undefined && _collapse(og) !== "") meta.titles.og = _collapse(og);
  const site = named.get("og:site_name") ?? named.get("application-name");
  if (site !== undefined && _collapse(site) !== "") meta.siteName = _collapse(site);
  if (meta.siteName !== undefined) meta.titles.site = meta.siteName;
  const description =
    named.get("og:description") ?? named.get("description") ?? named.get("twitter:description");
  if (description !== undefined && _collapse(description) !== "")
    meta.description = _collapse(description);
  if (meta.authors.length === 0) {
    const author =
      named.get("author") ??
      named.get("article:author") ??
      named.get("dc.creator") ??
      named.get("sailthru.author");
    if (author !== undefined && !/^https?:/.test(author.trim()) && _collapse(author) !== "") {
      meta.authors.push({ name: _collapse(author) });
    }
  }
  meta.publishedAt ??= _isoDate(
    named.get("article:published_time") ??
      named.get("date") ??
      named.get("dc.date") ??
      named.get("datepublished"),
  );
  meta.updatedAt ??= _isoDate(named.get("article:modified_time") ?? named.get("og:updated_time"));
  const image = _absolute(named.get("og:image") ?? named.get("twitter:image"), base);
  if (image !== undefined) meta.image = image;
  meta.url ??= _absolute(named.get("og:url"), base);
  if (meta.lang === undefined) {
    const lang = named.get("content-language") ?? named.get("og:locale");
    if (lang !== undefined) meta.lang = lang.replace("_", "-").split(",")[0]?.trim();
  }
  for (const key of Object.keys(meta) as (keyof PageMeta)[])
    if (meta[key] === undefined) delete meta[key];
  return meta;
}

function _fold(value: string): string {
  return value
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Choose the title by agreement: an h1 that another source confirms, else
 * `og:title`, JSON-LD `headline`, `<title>` without the site name, the h1.
 *
 * @param titles
 *   The candidates.
 * @returns
 *   The title, or `""` when the page has none.
 */
export function _chooseTitle(titles: PageMeta["titles"]): string {
  const parts: string[] = [];
  if (titles.title !== undefined) {
    parts.push(titles.title);
    for (const piece of titles.title.split(/\s+[|–—·»:-]{1,2}\s+/)) parts.push(piece.trim());
  }
  const site = titles.site === undefined ? "" : _fold(titles.site);
  const homes = new Set(titles.home.map(_fold));
  if (site !== "") homes.add(site);
  const h1s = titles.h1.filter((h1) => !homes.has(_fold(h1)));
  const strong = new Set(
    [titles.og, titles.ld, titles.title]
      .filter((value): value is string => value !== undefined && value !== "")
      .map(_fold),
  );
  const pieces = new Set(parts.slice(1).map(_fold));
  // An h1 that og:title, the JSON-LD headline or the whole <title> confirms.
  for (const h1 of h1s) if (strong.has(_fold(h1)) && !homes.has(_fold(h1))) return h1;
  // An h1 that is one piece of "<title>Site: Post</title>" while og:title or
  // the headline is the other piece is the site's name.
  const other = [titles.og, titles.ld].find(
    (value) => value !== undefined && pieces.has(_fold(value)),
  );
  for (const h1 of h1s) {
    const key = _fold(h1);
    if (homes.has(key) || !pieces.has(key)) continue;
    if (other !== undefined && _fold(other) !== key) return other;
    return h1;
  }
  // An h1 that one source contains (a title with the site name appended).
  const others = [titles.og, titles.ld, ...parts].filter(
    (value): value is string => value !== undefined && value !== "",
  );
  for (const h1 of h1s) {
    const key = _fold(h1);
    if (key.length >= 8 && !homes.has(key) && others.some((value) => _fold(value).includes(key)))
      return h1;
  }
  if (titles.og !== undefined && _fold(titles.og) !== site) return titles.og;
  if (titles.ld !== undefined && _fold(titles.ld) !== site) return titles.ld;
  if (parts.length > 1) {
    const pieces = parts.slice(1).filter((piece) => !homes.has(_fold(piece)) && piece !== "");
    pieces.sort((left, right) => right.length - left.length);
    if (pieces[0] !== undefined) return pieces[0];
  }
  return h1s[0] ?? titles.h1[0] ?? titles.title ?? "";
}

/**
 * Whether an element is an h1/h2 of the page's title.
 *
 * @param node
 *   Element.
 * @param title
 *   Chosen title.
 * @returns
 *   Whether its text is the title.
 */
export function _isTitle(node: Element, title: string): boolean {
  return _fold(_text(node)) === _fold(title);
}

/** The article the page's JSON-LD describes, read by `fromJsonLd`, if any. */
function _fromJsonLd(nodes: Record<string, unknown>[]): Article | undefined {
  try {
    return fromJsonLd(nodes).article;
  } catch (error) {
    if (isArticleError(error)) return undefined;
    throw error;
  }
}

/** A person with only the fields the page's byline can hold. */
function _person(person: Person): Person {
  const copy: Person = { name: person.name };
  if (person.url !== undefined) copy.url = person.url;
  return copy;
}
