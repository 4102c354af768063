// Bylines of comments that hold a name and a date on one line, in every
// language of the vocabularies: "par Ann, le 5 mars 2012", "Ann - Le 5 mars
// 2012 à 14h05", "Le 5 mars 2012 à 14h05, par Ann", "Ann schrieb am 5. März
// 2012 um 14:05 Uhr:", "Ann dijo el 5 de marzo de 2012:", "Ann on March 5,
// 2012 at 2:05 pm said:", "On March 5, 2012, Ann said:". Bounded: a line of
// at most 200 characters is split at most at each of its spaces.

import { _parseDate, type DateFound, type Now } from "../_dates.js";
import { _lexicon } from "../_fold.js";
import type { Vocabulary } from "../vocabulary.js";

/** A name and a date read from one line. */
export interface Byline {
  /** The name, as written (trimmed). */
  name: string;
  /** The date: `{ iso }`, or a relative date that could not be placed. */
  date: NonNullable<DateFound>;
}

const MAX_LINE = 200;
const MAX_NAME = 60;

// Verbs that may follow or precede a name ("said", "dijo", "schrieb").
function _verbs(): string[] {
  const lexicon = _lexicon();
  const verbs = new Set<string>();
  for (const suffix of lexicon.authorSuffixes) verbs.add(suffix.slice(0, -1).trim());
  return [...verbs].sort((a, b) => b.length - a.length);
}

let verbCache: string[] | undefined;
let notNames: Set<string> | undefined;

// Byline words alone are no name ("Le 5 mars 2012" has none).
function _notNames(verbs: readonly string[]): Set<string> {
  const lexicon = _lexicon();
  notNames ??= new Set([
    ...lexicon.dateLead.map((phrase) => phrase.join(" ")),
    ...lexicon.authorDate,
    ...lexicon.by,
    ...verbs,
  ]);
  return notNames;
}

function _stripPrefix(low: string, raw: string, prefixes: readonly string[]): string {
  for (const prefix of prefixes) {
    if (low.startsWith(`${prefix} `)) return raw.slice(prefix.length + 1).trim();
  }
  return raw;
}

function _stripSuffix(low: string, raw: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) {
    if (low.endsWith(` ${suffix}`)) return raw.slice(0, raw.length - suffix.length - 1).trim();
  }
  return raw;
}

// Trim the punctuation that separates a name from a date.
function _trimSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  const isSeparator = (char: string | undefined) =>
    char === " " || char === "," || char === "-" || char === "–" || char === "|" || char === ":";
  while (start < end && isSeparator(text[start])) start++;
  while (end > start && isSeparator(text[end - 1])) end--;
  return text.slice(start, end);
}

function _isDigitChar(char: string | undefined): boolean {
  return char !== undefined && char >= "0" && char <= "9";
}

function _isLetterChar(char: string | undefined): boolean {
  return char !== undefined && char.toLowerCase() !== char.toUpperCase();
}

function _isName(name: string, verbs: readonly string[]): boolean {
  if (name.length === 0 || name.length > MAX_NAME) return false;
  if (_notNames(verbs).has(name.toLowerCase())) return false;
  for (const char of name) if (char.toLowerCase() !== char.toUpperCase()) return true;
  return false;
}

function _date(text: string, vocabulary: Vocabulary, now: Now | undefined): DateFound {
  const trimmed = _trimSeparators(text);
  return trimmed === "" ? undefined : _parseDate(trimmed, vocabulary, now);
}

/**
 * Read a line that holds a commenter's name and a date, in either order,
 * with the byline words of every language around them.
 *
 * @param content
 *   Line content, trimmed.
 * @param vocabulary
 *   Vocabulary of the page's language (for the numeric date order).
 * @param now
 *   Reference for relative dates (optional).
 * @returns
 *   The name and the date, or `undefined` when the line is not such a byline.
 */
export function _bylineOf(content: string, vocabulary: Vocabulary, now?: Now): Byline | undefined {
  if (content.length === 0 || content.length > MAX_LINE) return undefined;
  const raw = content.split(/\s+/).join(" ").trim();
  const low = raw.toLowerCase().replaceAll("’", "'").replaceAll("ʼ", "'");
  if (low.length !== raw.length) return undefined;
  const lexicon = _lexicon();
  verbCache ??= _verbs();
  const verbs = verbCache;
  // Name first: split at each space or comma, or where a date is glued to
  // the name ("Ana6. Juni 2015"), leftmost first.
  for (let index = 1; index < raw.length; index++) {
    const glued = _isDigitChar(raw[index]) && _isLetterChar(raw[index - 1]);
    if (raw[index] !== " " && raw[index] !== "," && !glued) continue;
    let rest = _trimSeparators(low.slice(index));
    let restRaw = _trimSeparators(raw.slice(index));
    for (const phrase of lexicon.authorDate) {
      if (rest.startsWith(`${phrase} `)) {
        rest = _trimSeparators(rest.slice(phrase.length));
        restRaw = _trimSeparators(restRaw.slice(phrase.length));
        break;
      }
    }
    restRaw = _stripSuffix(rest, restRaw, verbs);
    const date = _date(restRaw, vocabulary, now);
    if (date === undefined) continue;
    const nameLow = _trimSeparators(low.slice(0, index));
    const name = _stripPrefix(nameLow, _trimSeparators(raw.slice(0, index)), lexicon.by);
    if (_isName(name, verbs) && _date(name, vocabulary, now) === undefined) return { name, date };
  }
  // Date first: "Le 5 mars 2012, par Ann", "Am 5. März 2012 schrieb Ann:".
  for (let index = raw.length - 1; index > 0; index--) {
    if (raw[index] !== " " && raw[index] !== ",") continue;
    const date = _date(raw.slice(0, index), vocabulary, now);
    if (date === undefined) continue;
    const restLow = _trimSeparators(low.slice(index));
    let name = _trimSeparators(raw.slice(index));
    name = _stripPrefix(restLow, name, [...lexicon.by, ...verbs]);
    name = _trimSeparators(_stripSuffix(name.toLowerCase(), name, verbs));
    if (_isName(name, verbs)) return { name, date };
    return undefined;
  }
  return undefined;
}
