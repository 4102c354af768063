// Read an item into articles: a corpus line as an article's JSON, a
// document with its format's reader, then `--url` and `--lang` filled in
// where the reader did not take them and the article has none.
import { basename } from "node:path";
import { ArticleError } from "../../error.js";
import { fromJson } from "../../json/json.js";
import { parseArticle } from "../../json/parse.js";
import type { Article } from "../../schema/index.js";
import { slugify } from "../../tags/slugify.js";
import { _format, type _Read, type _ReadOptions } from "../formats.js";
import type { _Item } from "../inputs.js";

/** The articles and messages of an item (throws the reader's `ArticleError`). */
export async function _readItem(item: _Item, options: _ReadOptions): Promise<_Read> {
  if (item.format === "ndjson") return { articles: [fromJson(item.text)], messages: [] };
  if (item.format === "article") {
    if (item.issues !== undefined) throw new ArticleError(item.issues);
    return {
      articles: item.text === "" ? [] : [fromJson(item.text)],
      messages: item.messages ?? [],
    };
  }
  const format = _format(item.format);
  if (format === undefined) throw new Error(`Unknown format ${item.format}`);
  const read = await format.read(item.text, options);
  if (read.articles.length === 1 && (options.url !== undefined || options.lang !== undefined)) {
    const article = read.articles[0] as Article;
    const patch: Record<string, string> = {};
    if (options.url !== undefined && article.url === undefined) patch.url = options.url;
    if (options.lang !== undefined && article.lang === undefined) patch.lang = options.lang;
    if (Object.keys(patch).length > 0) read.articles[0] = parseArticle({ ...article, ...patch });
  }
  return read;
}

/**
 * A name for an article's file: its slug (`slug`, or WordPress's
 * `wxr.post_name`), else the last segment of its URL's path when the URL
 * has no query (a permalink), else its id, else its title slugified.
 */
export function _baseName(article: Article): string {
  const extra = article as { slug?: unknown; wxr?: { post_name?: unknown } };
  for (const slug of [extra.slug, extra.wxr?.post_name]) {
    if (typeof slug === "string" && slug.trim() !== "") return slug;
  }
  if (article.url !== undefined) {
    try {
      const url = new URL(article.url);
      const parts = url.pathname.split("/").filter((part) => part !== "");
      const last = parts[parts.length - 1];
      if (url.search === "" && last !== undefined) {
        return decodeURIComponent(last).replace(/\.[a-z0-9]{1,5}$/i, "");
      }
    } catch {
      // A URL the model accepted parses; keep going anyway.
    }
  }
  if (article.id !== undefined && article.id.trim() !== "") return article.id;
  try {
    return slugify(article.title);
  } catch {
    return "";
  }
}

/** A fallback name for an item's article: the input's base name and line. */
export function _fallbackName(item: _Item, index: number): string {
  const base = item.file === "<stdin>" ? "stdin" : basename(item.file).replace(/\.[^.]*$/, "");
  const line = item.line > 0 ? `-${item.line}` : "";
  return index > 0 ? `${base}${line}-${index + 1}` : `${base}${line}`;
}

/** Where an item is, for people: `file`, `file:line`, or `file#n` (the n-th article of an export). */
export function _where(item: _Item): string {
  if (item.index !== undefined) return `${item.file}#${item.index + 1}`;
  return item.line > 0 ? `${item.file}:${item.line}` : item.file;
}
