// The unified plugins: `remarkArticle` compiles mdast to an article (the
// way rehype-react compiles hast to React nodes), `remarkArticleParse`
// parses an article's JSON into mdast (the way remark-parse parses
// Markdown). Both are thin: the mapping is `mdastToArticle` and
// `articleToMdast`.

import type { Root } from "mdast";
import type { Plugin } from "unified";
import { fromJson } from "../json/json.js";
import type { Article } from "../schema/article.js";
import { _readLimits } from "./_options.js";
import { STRINGIFY_OPTIONS } from "./_processors.js";
import type { Context } from "./_read-blocks.js";
import { _cleanAndCheck } from "./from/index.js";
import { _mdastToArticle } from "./from/tree.js";
import { articleToMdast } from "./to/tree.js";
import type { MarkdownMessage, RemarkArticleOptions } from "./types.js";

declare module "unified" {
  interface CompileResultMap {
    /** What `remarkArticle` compiles to. */
    Article: Article;
  }
}

/**
 * Add a compiler that turns the mdast tree into an article, on `file.result`;
 * what `fromMarkdown` would report becomes vfile messages (`source`
 * `"marginalia"`, the Markdown `ruleId`, `place`).
 *
 * Use it after remark-parse and remark-frontmatter (`yaml`), and any syntax
 * plugin (remark-gfm: GFM tables, footnotes, task lists and strikethrough
 * become `raw` blocks). When a parser is set before it (remark-parse), it
 * wraps that parser: the text is cleaned as `fromMarkdown` cleans it (BOM,
 * CRLF, NUL) and checked against the limits first, so a slow input is
 * refused with an `ArticleError` (`input_too_complex`) instead of hanging.
 * The limits are measured for CommonMark (remark-gfm's tables cost more than
 * they count: lower `maxSize` for untrusted input); with a parser added
 * after it, or none (`processor.runSync(tree)`), they do not apply.
 *
 * @param options
 *   The limits of `fromMarkdown` (optional; default `MARKDOWN_LIMITS`).
 * @returns
 *   Nothing.
 */
export const remarkArticle: Plugin<[(RemarkArticleOptions | null | undefined)?], Root, Article> =
  function (options) {
    const { limits } = _readLimits(options ?? undefined, "remarkArticle");
    // What the wrapped parser read, for the compiler of the same file.
    const read = new WeakMap<object, Context>();
    const parser = this.parser;
    if (parser !== undefined) {
      this.parser = (document, file) => {
        const context: Context = { source: undefined, messages: [] };
        const text = _cleanAndCheck(document, limits, context);
        read.set(file, context);
        return parser(text, file);
      };
    }
    this.compiler = (tree, file) => {
      let context = read.get(file);
      read.delete(file);
      if (context === undefined) {
        const value = file.value;
        const source = value === undefined || value === "" ? undefined : String(file);
        context = { source, messages: [] };
      }
      const { article, messages } = _mdastToArticle(tree as Root, context);
      for (const message of messages) _toVfile(file, message);
      return article;
    };
  };

/** Add one message to a vfile. */
function _toVfile(
  file: { message: (reason: string, options: object) => { actual?: string | undefined } },
  message: MarkdownMessage,
): void {
  const vfileMessage = file.message(message.reason, {
    place: message.place,
    ruleId: message.ruleId,
    source: message.source,
  });
  if (message.actual !== undefined) vfileMessage.actual = message.actual;
}

/**
 * Add a parser that reads an article's JSON (as `fromJson` does) and turns
 * it into mdast (`articleToMdast`), and make remark-stringify's settings
 * those of `toMarkdown` (settings given to remark-stringify still win).
 *
 * `unified().use(remarkArticleParse).use(remarkFrontmatter).use(remarkStringify)`
 * writes what `toMarkdown` writes for an article within the limits;
 * `toMarkdown` also rewrites heavy blocks so that `fromMarkdown` can read
 * the result under its limits, which this pipeline does not.
 *
 * @returns
 *   Nothing.
 */
export const remarkArticleParse: Plugin<[], string, Root> = function () {
  const data = this.data();
  const settings = data.settings ?? {};
  data.settings = {
    ...STRINGIFY_OPTIONS,
    ...settings,
    unsafe: [...(STRINGIFY_OPTIONS.unsafe ?? []), ...(settings.unsafe ?? [])],
  };
  this.parser = (document) => articleToMdast(fromJson(document));
};
