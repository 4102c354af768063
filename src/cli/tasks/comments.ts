// `dedupe`'s first pass: the comments of each article, as texts.
import type { Article } from "../../schema/index.js";
import { _formatError } from "../_report.js";
import type { _Item } from "../inputs.js";
import type { _Result, _TaskFn } from "../tasks.js";
import { _readItem } from "./_articles.js";
import { _commentTexts } from "./_comments.js";

/** What `dedupe` keeps of an article. */
export interface _ArticleComments {
  id: string | undefined;
  ids: string[];
  texts: string[];
}

/** Make the task: options `debug`. */
export function _create(options: Record<string, unknown>): _TaskFn {
  const debug = options.debug === true;
  return async (item: _Item): Promise<_Result> => {
    let articles: Article[];
    try {
      articles = (await _readItem(item, {})).articles;
    } catch (error) {
      return { bad: true, diag: _formatError(item, error, false, debug) };
    }
    const data: _ArticleComments[] = articles.map((article) => ({
      id: article.id,
      ..._commentTexts(article),
    }));
    return { data };
  };
}
