import { _expectArticle } from "../json/_expect-article.js";
import type { Article } from "../schema/article.js";
import type { Block } from "../schema/block.js";
import { _blockTexts } from "./_blocks.js";
import { _articleLang, _checkOptions, _describe, _locale, _number } from "./_check.js";
import { _charactersPerMinute, _wordsPerMinute } from "./_speeds.js";
import { _countWords } from "./count.js";

/** Options of {@link readingTime}. */
export interface ReadingTimeOptions {
  /**
   * Reading speed of Han, Hiragana and Katakana, in characters per minute
   * (default: from the language, IReST scaled to silent reading: 373 for
   * Japanese, 266 otherwise).
   */
  charactersPerMinute?: number;
  /** Seconds spent on the first image (default: `12`, Medium's rule). */
  imageSeconds?: number;
  /** Seconds spent on any image, at least (default: `3`). */
  imageSecondsMin?: number;
  /** Seconds less for each next image (default: `1`). */
  imageSecondsStep?: number;
  /**
   * Number of images, for a text (default: `0`; for an article, its images
   * in the lead and sections).
   */
  images?: number;
  /**
   * Language of the text, a BCP 47 tag: picks the default speeds and is the
   * segmenter's locale (default: the article's `lang`, else `"en"`).
   */
  lang?: string;
  /**
   * Reading speed of other scripts, in words per minute (default: from the
   * language: 238 for English (Brysbaert 2019), IReST's ratio to English
   * for 9 other languages, 238 for the rest).
   */
  wordsPerMinute?: number;
}

/** How long a text takes to read. */
export interface ReadingTime {
  /** Whole minutes, rounded up (what a "4 min read" label shows; 0 for nothing to read). */
  minutes: number;
  /** Whole seconds, rounded up. */
  seconds: number;
  /** Words counted (as `countWords` counts them). */
  words: number;
}

const OPTIONS = [
  "charactersPerMinute",
  "imageSeconds",
  "imageSecondsMin",
  "imageSecondsStep",
  "images",
  "lang",
  "wordsPerMinute",
];

/**
 * Estimate how long a text or an article's body takes to read silently:
 * words at a reading speed for the language, Han, Hiragana and Katakana at
 * a speed in characters, and time for images (12 s for the first, one less
 * for each next one, never under 3 s).
 *
 * @param textOrArticle
 *   Text, or an article (its lead and sections, headings included: the
 *   body that `articleStats` counts).
 * @param options
 *   Configuration (optional).
 * @returns
 *   Minutes, seconds and words.
 */
export function readingTime(
  textOrArticle: string | Article,
  options?: ReadingTimeOptions,
): ReadingTime {
  const checked = _checkOptions(options, "readingTime", OPTIONS);
  const wordsPerMinute = _number(checked, "wordsPerMinute", "readingTime", 0, true);
  const charactersPerMinute = _number(checked, "charactersPerMinute", "readingTime", 0, true);
  const first = _number(checked, "imageSeconds", "readingTime", 0, false) ?? 12;
  const min = _number(checked, "imageSecondsMin", "readingTime", 0, false) ?? 3;
  const step = _number(checked, "imageSecondsStep", "readingTime", 0, false) ?? 1;
  let images = _number(checked, "images", "readingTime", 0, false);
  if (images !== undefined && !Number.isInteger(images)) {
    throw new TypeError(
      `Cannot use ${images} for \`options.images\` of \`readingTime\`, expected a whole number`,
    );
  }
  let lang = checked.lang === undefined ? "" : _locale({ locale: checked.lang }, "readingTime");
  let words = 0;
  let cj = 0;
  if (typeof textOrArticle === "string") {
    const count = lang === "" ? undefined : { locale: lang };
    words = _countWords(textOrArticle, count, "readingTime", false);
    cj = _hasHigh(textOrArticle) ? _countWords(textOrArticle, count, "readingTime", true) : 0;
  } else if (
    typeof textOrArticle === "object" &&
    textOrArticle !== null &&
    !Array.isArray(textOrArticle)
  ) {
    const article = _expectArticle(textOrArticle, "readingTime");
    if (lang === "") lang = _articleLang(article.lang);
    const counted = _bodyCounts(article, lang);
    words = counted.words;
    cj = counted.cj;
    images ??= counted.images;
  } else {
    throw new TypeError(
      `Expected \`textOrArticle\` of \`readingTime\` to be a string or an article, found ${_describe(textOrArticle)}`,
    );
  }
  if (lang === "") lang = "en";
  const seconds =
    ((words - cj) * 60) / (wordsPerMinute ?? _wordsPerMinute(lang)) +
    (cj * 60) / (charactersPerMinute ?? _charactersPerMinute(lang)) +
    _imageSeconds(images ?? 0, first, step, min);
  // The epsilon keeps 60.000000001 (floating point) at 60 s; max() turns -0 into 0.
  const whole = Math.max(0, Math.ceil(seconds - 1e-9));
  return { minutes: Math.ceil(whole / 60), seconds: whole, words };
}

/**
 * Seconds spent on images: `first` for the first, `step` less for each
 * next one, never under `min`.
 *
 * @param count
 *   Number of images.
 * @param first
 *   Seconds for the first image.
 * @param step
 *   Seconds less for each next one.
 * @param min
 *   Seconds for any image, at least.
 * @returns
 *   Seconds.
 */
export function _imageSeconds(count: number, first: number, step: number, min: number): number {
  if (count === 0) return 0;
  if (first <= min) return count * min;
  // Images timed above the floor: first, first - step, ... while > min.
  const above = step > 0 ? Math.min(count, Math.ceil((first - min) / step)) : count;
  return above * first - (step * above * (above - 1)) / 2 + (count - above) * min;
}

/**
 * Whether a text has a code unit at or above U+2E80, where CJ letters are.
 *
 * @param text
 *   Text.
 * @returns
 *   `true` when it may hold CJ letters.
 */
export function _hasHigh(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) >= 0x2e80) return true;
  }
  return false;
}

/** Words, CJ letters and images of an article's body. */
interface _BodyCounts {
  words: number;
  cj: number;
  images: number;
}

/**
 * Count the words, CJ letters and images of an article's body: the lead,
 * then each section's heading and blocks.
 *
 * @param article
 *   Article.
 * @param lang
 *   Locale for the segmenter (`""`: the runtime's default).
 * @returns
 *   The counts.
 */
export function _bodyCounts(article: Article, lang: string): _BodyCounts {
  const result: _BodyCounts = { words: 0, cj: 0, images: 0 };
  const options = lang === "" ? undefined : { locale: lang };
  const add = (text: string) => {
    result.words += _countWords(text, options, "readingTime", false);
    if (_hasHigh(text)) result.cj += _countWords(text, options, "readingTime", true);
  };
  const blocks = (list: readonly Block[] | undefined) => {
    for (const block of list ?? []) {
      if (block.type === "image") result.images++;
      _blockTexts(block, add);
    }
  };
  blocks(article.lead);
  for (const section of article.sections ?? []) {
    add(section.heading);
    blocks(section.blocks);
  }
  return result;
}
