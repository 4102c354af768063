import { _checkOptions, _oneOf } from "../_args.js";
import { ArticleError, type SafeResult } from "../error.js";
import type { Article } from "../schema/article.js";
import { _readNow } from "./_dates.js";
import { _detectLang } from "./_lang.js";
import { _lineReader } from "./_lines.js";
import { _normalize, type RawNote } from "./_normalize.js";
import { _readPage } from "./_reader.js";
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

/** A line, or part of one, that the reader did not put in a field, or something it changed. */
export interface TextMessage {
  /** 1-based line of the input. */
  line: number;
  /** 1-based column (UTF-16 code units) in that line. */
  column: number;
  /** Stable id of the rule that produced the message (README, "Message rule ids"). */
  ruleId: string;
  /** A sentence for people. */
  reason: string;
  /** The line's content (trimmed), or the quoted character; empty when there is none. */
  text: string;
}

/** Result of {@link fromText}. */
export interface FromTextResult {
  /** The article (valid: `parseArticle` accepts it unchanged). */
  article: Article;
  /** What was left over or changed, in input order. */
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
  if (typeof text !== "string") {
    throw new TypeError(
      `Expected \`text\` of \`fromText\` to be a string, found ${text === null ? "null" : typeof text}`,
    );
  }
  const record = _checkOptions(options, "fromText", KNOWN);
  const forcedLang =
    record.lang === undefined
      ? undefined
      : _oneOf(record, "lang", TEXT_LANGUAGES, "en", "fromText");
  const now = _readNow(record.now);
  const notes: RawNote[] = [];
  const source = _normalize(text, notes);
  const lang = forcedLang ?? _detectLang(source);
  const vocabulary = VOCABULARIES[lang] as Vocabulary;
  const article = _readPage(_lineReader(source), { lang, vocabulary, now, notes });
  // Notes come mostly in order: sort only when they are not.
  let sorted = true;
  for (let index = 1; index < notes.length && sorted; index++) {
    const left = notes[index - 1] as RawNote;
    const right = notes[index] as RawNote;
    sorted = left.line < right.line || (left.line === right.line && left.column <= right.column);
  }
  if (!sorted) notes.sort((left, right) => left.line - right.line || left.column - right.column);
  const messages: TextMessage[] = notes;
  return { article, messages };
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
