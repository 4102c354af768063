// Read an item into articles: a corpus line as an article's JSON, a
// document with its format's reader, then `--url` and `--lang` filled in
// where the reader did not take them and the article has none.
import { basename } from "node:path";
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

/** A name for an article's file: its `slug` (an export's), its id, the last part of its URL, its title. */
export function _baseName(article: Article): string {
  const slug = (article as { slug?: unknown }).slug;
  if (typeof slug === "string" && slug.trim() !== "") return slug;
  if (article.id !== undefined && article.id.trim() !== "") return article.id;
  if (article.url !== undefined) {
    try {
      const parts = new URL(article.url).pathname.split("/").filter((part) => part !== "");
      const last = parts[parts.length - 1];
      if (last !== undefined) return decodeURIComponent(last).replace(/\.[a-z0-9]{1,5}$/i, "");
    } catch {
      // A URL the model accepted parses; keep going anyway.
    }
  }
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

/** Where an item is, for people: `file` or `file:line`. */
export function _where(item: _Item): string {
  return item.line > 0 ? `${item.file}:${item.line}` : item.file;
}
