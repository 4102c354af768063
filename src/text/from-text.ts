import { _checkOptions, _expectString, _oneOf } from "../_args.js";
import { ArticleError, type SafeResult } from "../error.js";
import type { Article } from "../schema/article.js";
import { _cleanInput } from "./_clean-input.js";
import { _readNow } from "./_dates.js";
import { _detectLang } from "./_lang.js";
import { _lineReader } from "./_lines.js";
import type { TextMessage } from "./messages.js";
import { _readPage } from "./read/index.js";
import { TEXT_LANGUAGES, VOCABULARIES, type Vocabulary } from "./vocabulary.js";

/** Options of {@link fromText}. */
export interface FromTextOptions {
  /**
   * Language of the page, one of `TEXT_LANGUAGES` (`"fr"`, `"en"`)
   * (default: detected from the text's frequent words, `"en"` on a tie).
   * It becomes `article.lang` and sets the numeric date order (20/01/2012
   * in French, 01/20/2012 in English).
   */
  lang?: string | undefined;
  /**
   * The instant relative dates ("il y a 3 heures", "yesterday") count back
   * from: an ISO 8601 string or a `Date` (default: none; relative dates are
   * then left out of the comments and reported as `relative-date`
   * messages). The wall clock is never read.
   */
  now?: string | Date | undefined;
}

/** Result of {@link fromText}. */
export interface FromTextResult {
  /** The article (valid: `parseArticle` accepts it unchanged). */
  article: Article;
  /** What was left over or changed, in input order (each with a `place`). */
  messages: TextMessage[];
}

const KNOWN = ["lang", "now"] as const;

/**
 * Read the text rendering of an article page (as browsers' text views,
 * w3m, lynx or html2text print it) into an article and a list of messages:
 * every input line lands in a field of the article or in a message.
 *
 * @param text
 *   Page text: any line endings, an optional byte order mark.
 * @param options
 *   Configuration (optional).
 * @returns
 *   `{ article, messages }`.
 * @throws {ArticleError}
 *   With code `empty_text` at path `title` when the text has no line with
 *   anything but white space (the model requires a title).
 */
export function fromText(text: string, options?: FromTextOptions): FromTextResult {
  _expectString(text, "text", "fromText");
  const record = _checkOptions(options, "fromText", KNOWN);
  const forcedLang =
    record.lang === undefined
      ? undefined
      : _oneOf(record, "lang", TEXT_LANGUAGES, "en", "fromText");
  const now = _readNow(record.now);
  const messages: TextMessage[] = [];
  const source = _cleanInput(text, messages);
  const lang = forcedLang ?? _detectLang(source);
  const vocabulary = VOCABULARIES[lang] as Vocabulary;
  const article = _readPage(_lineReader(source), { lang, vocabulary, now, messages });
  // Messages come mostly in order: sort only when they are not. Every text
  // message has a place, and offsets order them as lines and columns do.
  let sorted = true;
  for (let index = 1; index < messages.length && sorted; index++) {
    sorted = _offsetOf(messages[index - 1]) <= _offsetOf(messages[index]);
  }
  if (!sorted) messages.sort((left, right) => _offsetOf(left) - _offsetOf(right));
  return { article, messages };
}

function _offsetOf(message: TextMessage | undefined): number {
  return message?.place?.offset ?? 0;
}

/**
 * Like {@link fromText}, but return a content error instead of throwing it.
 *
 * @param text
 *   Page text.
 * @param options
 *   Configuration (optional).
 * @returns
 *   `{ success: true, data: { article, messages } }` or `{ success: false, error }`.
 */
export function safeFromText(text: string, options?: FromTextOptions): SafeResult<FromTextResult> {
  try {
    return { success: true, data: fromText(text, options) };
  } catch (error) {
    if (error instanceof ArticleError) return { success: false, error };
    throw error;
  }
}
