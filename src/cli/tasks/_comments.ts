// The comments of an article as texts to compare: the same text
// `dedupeComments` compares (paragraphs, quotes, lists, image and embed
// texts, one block a line). Empty bodies are never duplicates: left out.
import { _blocksText } from "../../dedup/_text.js";
import type { Article } from "../../schema/index.js";

/** Ids and texts of the comments with a text. */
export function _commentTexts(article: Article): { ids: string[]; texts: string[] } {
  const ids: string[] = [];
  const texts: string[] = [];
  for (const comment of article.comments) {
    const text = _blocksText(comment.body);
    if (text.trim() === "") continue;
    ids.push(comment.id);
    texts.push(text);
  }
  return { ids, texts };
}
