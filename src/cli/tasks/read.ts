// `read`: an item into articles, each written in the `--to` format.
import { toJson } from "../../json/json.js";
import type { Article } from "../../schema/index.js";
import { toText } from "../../text/to-text.js";
import { _formatError, _formatMessage } from "../_report.js";
import type { _Item } from "../inputs.js";
import { _safeBase } from "../output.js";
import type { _OutFile, _Result, _TaskFn } from "../tasks.js";
import { _baseName, _fallbackName, _readItem } from "./_articles.js";

/** Output formats: how to write an article (pretty or on one line) and the extension of its file. */
const WRITERS: Record<
  string,
  { extension: string; write: (article: Article, oneLine: boolean) => Promise<string> }
> = {
  json: {
    extension: ".json",
    write: async (article, oneLine) => `${toJson(article, { indent: oneLine ? 0 : 2 })}\n`,
  },
  md: {
    extension: ".md",
    write: async (article) => (await import("../../markdown.js")).toMarkdown(article),
  },
  text: { extension: ".txt", write: async (article) => toText(article) },
  jsonld: {
    extension: ".jsonld",
    write: async (article, oneLine) =>
      `${JSON.stringify((await import("../../web.js")).toJsonLd(article), null, oneLine ? 0 : 2)}\n`,
  },
  as2: {
    extension: ".json",
    write: async (article, oneLine) =>
      `${JSON.stringify((await import("../../web.js")).toActivityStreams(article), null, oneLine ? 0 : 2)}\n`,
  },
};

/** The output formats' names. */
export const OUTPUTS = Object.keys(WRITERS);

/** Make the `read` task: options `to`, `oneLine` (NDJSON out), `files` (one file per article), `lang`, `url`, `now`, `json`, `debug`. */
export function _create(options: Record<string, unknown>): _TaskFn {
  const to = String(options.to);
  const writer = WRITERS[to] ?? (WRITERS.json as (typeof WRITERS)[string]);
  const json = options.json === true;
  const debug = options.debug === true;
  const files = options.files === true;
  const read = {
    lang: options.lang as string | undefined,
    url: options.url as string | undefined,
    now: options.now as string | undefined,
  };
  return async (item: _Item): Promise<_Result> => {
    let articles: Article[];
    let diag = "";
    try {
      const result = await _readItem(item, item.line > 0 ? {} : read);
      articles = result.articles;
      for (const message of result.messages) diag += _formatMessage(item, message, json);
    } catch (error) {
      return { bad: true, diag: _formatError(item, error, json, debug) };
    }
    const result: _Result = { diag };
    // Several articles from one document go on one line each, like a corpus.
    const oneLine =
      options.oneLine === true || item.line > 0 || item.index !== undefined || articles.length > 1;
    const out: string[] = [];
    const written: _OutFile[] = [];
    for (let index = 0; index < articles.length; index++) {
      const article = articles[index] as Article;
      try {
        const content = await writer.write(article, files ? false : oneLine);
        if (files) {
          const base = _safeBase(_baseName(article)) || _fallbackName(item, item.index ?? index);
          written.push({ base, extension: writer.extension, content });
        } else {
          // Texts or Markdown documents in a row (a corpus): a blank line after each.
          out.push(oneLine && (to === "md" || to === "text") ? `${content}\n` : content);
        }
      } catch (error) {
        result.bad = true;
        result.diag += _formatError(item, error, json, debug);
      }
    }
    if (files) result.files = written;
    else result.out = out.join("");
    return result;
  };
}
