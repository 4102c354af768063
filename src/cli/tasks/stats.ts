// `stats`: per article, words, reading time, paragraphs, quotes, images,
// comments found and declared, the thread's depth; a table row or a JSON line.
import type { Article } from "../../schema/index.js";
import { buildThread } from "../../thread/build.js";
import { commentCounts } from "../../thread/counts.js";
import { threadStats } from "../../thread/stats.js";
import { articleStats } from "../../words/stats.js";
import { _formatError } from "../_report.js";
import type { _Item } from "../inputs.js";
import type { _Result, _TaskFn } from "../tasks.js";
import { _readItem, _where } from "./_articles.js";

/** The numbers of one row of the table (summed into the total row). */
export interface _StatsRow {
  words: number;
  seconds: number;
  paragraphs: number;
  quotes: number;
  images: number;
  comments: number;
  declared: number | undefined;
  depth: number;
}

/** Columns of the table: header and width (the source comes last, unpadded). */
export const COLUMNS: readonly [keyof _StatsRow, string, number][] = [
  ["words", "words", 9],
  ["seconds", "time", 8],
  ["paragraphs", "paras", 6],
  ["quotes", "quotes", 6],
  ["images", "images", 6],
  ["comments", "comments", 8],
  ["declared", "declared", 8],
  ["depth", "depth", 5],
];

/** Reading time as `m:ss`. */
function _clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** One line of the table. */
export function _tableLine(row: _StatsRow, source: string): string {
  const cells = COLUMNS.map(([key, , width]) => {
    const value = row[key];
    const text = value === undefined ? "-" : key === "seconds" ? _clock(value) : String(value);
    return text.padStart(width);
  });
  return `${cells.join(" ")}  ${source}\n`;
}

/** The table's header line. */
export function _tableHeader(): string {
  return `${COLUMNS.map(([, header, width]) => header.padStart(width)).join(" ")}  source\n`;
}

function _stats(article: Article) {
  const stats = articleStats(article);
  const counts = commentCounts(article);
  const thread = threadStats(buildThread(article.comments).roots);
  return { stats, counts, thread };
}

/** Make the `stats` task: options `json`, `debug`. */
export function _create(options: Record<string, unknown>): _TaskFn {
  const json = options.json === true;
  const debug = options.debug === true;
  return async (item: _Item): Promise<_Result> => {
    let articles: Article[];
    try {
      articles = (await _readItem(item, {})).articles;
    } catch (error) {
      return { bad: true, diag: _formatError(item, error, false, debug) };
    }
    let out = "";
    const rows: _StatsRow[] = [];
    for (let index = 0; index < articles.length; index++) {
      const article = articles[index] as Article;
      const { stats, counts, thread } = _stats(article);
      const source = articles.length > 1 ? `${_where(item)}#${index + 1}` : _where(item);
      const row: _StatsRow = {
        words: stats.wordCount,
        seconds: stats.readingTime.seconds,
        paragraphs: stats.paragraphs,
        quotes: stats.quotes,
        images: stats.images,
        comments: counts.found,
        declared: counts.declared,
        depth: thread.maxDepth,
      };
      rows.push(row);
      if (json) {
        const record: Record<string, unknown> = { file: item.file };
        if (item.line > 0) record.line = item.line;
        if (articles.length > 1) record.article = index;
        if (article.id !== undefined) record.id = article.id;
        record.title = article.title;
        record.words = {
          title: stats.words.title,
          lead: stats.words.lead,
          body: stats.words.body,
          quotes: stats.words.quotes,
          comments: stats.words.allComments,
        };
        record.readingTime = {
          minutes: stats.readingTime.minutes,
          seconds: stats.readingTime.seconds,
        };
        record.paragraphs = stats.paragraphs;
        record.quotes = stats.quotes;
        record.images = stats.images;
        record.embeds = stats.embeds;
        record.links = stats.links;
        record.comments = counts;
        record.thread = {
          topLevel: thread.topLevel,
          replies: thread.replies,
          maxDepth: thread.maxDepth,
          authors: thread.authors,
        };
        out += `${JSON.stringify(record)}\n`;
      } else out += _tableLine(row, source);
    }
    return { out, data: rows };
  };
}
