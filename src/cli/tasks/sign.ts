// `sign`: a MinHash signature per comment, one JSON line each (the line of
// the corpus, the article's id, the comment's id, the signature, and the
// text with `--text`), for `near` to merge.
import { minhashSignature } from "../../dedup/minhash.js";
import type { Article } from "../../schema/index.js";
import { _formatError } from "../_report.js";
import type { _Item } from "../inputs.js";
import type { _Result, _TaskFn } from "../tasks.js";
import { _readItem } from "./_articles.js";
import { _commentTexts } from "./_comments.js";

/** Make the task: options `bins`, `seed`, `shingle`, `text`, `debug`. */
export function _create(options: Record<string, unknown>): _TaskFn {
  const debug = options.debug === true;
  const withText = options.text === true;
  const signing = {
    bins: options.bins as number,
    seed: options.seed as number,
    shingle: options.shingle as number,
  };
  return async (item: _Item): Promise<_Result> => {
    let articles: Article[];
    try {
      articles = (await _readItem(item, {})).articles;
    } catch (error) {
      return { bad: true, diag: _formatError(item, error, false, debug) };
    }
    let out = "";
    for (let index = 0; index < articles.length; index++) {
      const article = articles[index] as Article;
      const { ids, texts } = _commentTexts(article);
      for (let i = 0; i < ids.length; i++) {
        const record: Record<string, unknown> = {};
        if (item.line === 0) record.file = item.file;
        record.line = item.line;
        if (item.index !== undefined) record.index = item.index;
        else if (articles.length > 1) record.index = index;
        if (article.id !== undefined) record.article = article.id;
        record.comment = ids[i];
        record.signature = minhashSignature(texts[i] as string, signing);
        if (withText) record.text = texts[i];
        out += `${JSON.stringify(record)}\n`;
      }
    }
    return { out };
  };
}
