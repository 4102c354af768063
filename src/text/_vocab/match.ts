// Matching folded lines against the vocabulary's templates and lists:
// numbers with thousands separators, count lines, comment chrome with a
// number, pagination, and the kind of a chrome line. For the page-text
// reader (and the HTML reader): every function looks at one line, bounded
// by SHORT, with no regular expression.
import { _lexicon } from "../_fold.js";

/** Lines longer than this are never chrome or a count line. */
const SHORT = 200;

function _isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

// Thousands separators: space (no-break spaces fold to it), comma, dot,
// apostrophe (Swiss "1'234"; curly ones fold to it).
function _isGroupSeparator(char: string): boolean {
  return char === " " || char === "," || char === "." || char === "'";
}

/**
 * Read a whole number written with or without thousands separators: "1234",
 * "1 234", "1,234", "1.234", "1'234" (one kind of separator, groups of three
 * digits after the first).
 *
 * @param text
 *   Folded text (no-break spaces already spaces).
 * @returns
 *   The number, or `undefined` when the text is not one.
 */
export function _readNumber(text: string): number | undefined {
  if (text.length === 0 || text.length > 15) return undefined;
  let separator = "";
  let group = 0;
  let digits = "";
  for (const char of text) {
    if (_isDigit(char.charCodeAt(0))) {
      digits += char;
      group++;
      continue;
    }
    if (!_isGroupSeparator(char) || group === 0) return undefined;
    if (separator === "") {
      if (group > 3) return undefined;
      separator = char;
    } else if (char !== separator || group !== 3) return undefined;
    group = 0;
  }
  if (group === 0 || (separator !== "" && group !== 3) || digits.length > 12) return undefined;
  return Number(digits);
}

// The end of a number at `from` in `key`: digits, and separators followed by a digit.
function _numberEnd(key: string, from: number): number {
  let index = from;
  while (index < key.length) {
    const char = key[index] as string;
    if (_isDigit(key.charCodeAt(index))) index++;
    else if (
      _isGroupSeparator(char) &&
      index > from &&
      index + 1 < key.length &&
      _isDigit(key.charCodeAt(index + 1))
    ) {
      index++;
    } else break;
  }
  return index;
}

/**
 * Match a folded line against a template: `#` stands for a number
 * (thousands separators allowed), `…` (last) for any non-empty rest, the
 * other characters for themselves.
 *
 * @param key
 *   The folded line.
 * @param template
 *   The folded template ("liked by # people", "# comments on …").
 * @returns
 *   The numbers the `#` matched, in order, or `undefined`.
 */
export function _matchTemplate(key: string, template: string): number[] | undefined {
  if (key.length > SHORT) return undefined;
  const numbers: number[] = [];
  let at = 0;
  for (let index = 0; index < template.length; index++) {
    const want = template[index] as string;
    if (want === "…") return at < key.length && key.slice(at).trim() !== "" ? numbers : undefined;
    if (want === "#") {
      const end = _numberEnd(key, at);
      const value = _readNumber(key.slice(at, end));
      if (value === undefined) return undefined;
      numbers.push(value);
      at = end;
      continue;
    }
    if (key[at] !== want) return undefined;
    at++;
  }
  return at === key.length ? numbers : undefined;
}

/**
 * The count a line declares, by the vocabulary's count templates ("this
 * post has 1,234 comments", "Tous vos commentaires (12)", "Kommentare
 * (1.234)"), by a count word after a number with thousands separators
 * ("1 234 commentaires"), or by a "no comments" line.
 *
 * @param key
 *   The folded line.
 * @returns
 *   The count, or `undefined`.
 */
export function _countLineOf(key: string): number | undefined {
  if (key.length > SHORT) return undefined;
  const lexicon = _lexicon();
  if (lexicon.noComments.has(key)) return 0;
  for (const template of lexicon.countTemplates) {
    const found = _matchTemplate(key, template);
    if (found !== undefined && found.length > 0) return found[0];
  }
  for (const word of lexicon.countBracket) {
    const found = _matchTemplate(key, `${word} (#)`);
    if (found !== undefined) return found[0];
  }
  const end = _numberEnd(key, 0);
  let count: number | undefined;
  let rest: string;
  if (end > 0) {
    count = _readNumber(key.slice(0, end));
    rest = key.slice(end).trimStart();
  } else {
    const space = key.indexOf(" ");
    if (space < 0 || !lexicon.one.has(key.slice(0, space))) return undefined;
    count = 1;
    rest = key.slice(space + 1);
  }
  if (count === undefined || rest === "") return undefined;
  for (const word of lexicon.countWords) {
    if (rest === word || rest === `${word}:` || rest === `${word}.`) return count;
  }
  for (const word of lexicon.countAbout) {
    if (rest.startsWith(`${word} `)) return count;
  }
  return undefined;
}

/** What kind of page or comment chrome a line is. */
export type ChromeKind =
  | "moderation"
  | "pagination"
  | "like"
  | "report"
  | "count-chrome"
  | "share"
  | "navigation"
  | "related"
  | "newsletter"
  | "cookies"
  | "elsewhere";

// Arrows and guillemets around pagination links ("« Older comments").
const ARROWS = new Set(["«", "»", "‹", "›", "←", "→", "<", ">", "<<", ">>", "«»"]);

function _stripArrows(key: string): string {
  const parts = key.split(" ");
  while (parts.length > 1 && ARROWS.has(parts[0] as string)) parts.shift();
  while (parts.length > 1 && ARROWS.has(parts[parts.length - 1] as string)) parts.pop();
  return parts.join(" ");
}

function _startsWithPhrase(key: string, prefixes: readonly string[]): boolean {
  for (const prefix of prefixes) {
    if (!key.startsWith(prefix)) continue;
    const next = key.charCodeAt(prefix.length);
    // The prefix must end a word: "newsletter" does not start "newsletters…"
    if (Number.isNaN(next) || !((next >= 0x61 && next <= 0x7a) || next >= 0xc0)) return true;
  }
  return false;
}

/**
 * The kind of chrome a folded line is, by the vocabularies of every
 * language: a moderation notice, a pagination or "show more comments"
 * line, a like, report or vote button, a count of likes or votes, a share
 * row, navigation (menus, search, skip links, consent buttons), a
 * related-posts heading, a newsletter or cookie notice, or a notice that
 * the comments are hosted elsewhere.
 *
 * @param key
 *   The folded line.
 * @returns
 *   The kind, or `undefined` when the line is none of these.
 */
export function _chromeKindOf(key: string): ChromeKind | undefined {
  if (key.length === 0 || key.length > SHORT) return undefined;
  const lexicon = _lexicon();
  if (lexicon.moderation.has(key)) return "moderation";
  const bare = _stripArrows(key);
  if (lexicon.pagination.has(bare)) return "pagination";
  for (const template of lexicon.paginationTemplates) {
    if (_matchTemplate(bare, template) !== undefined) return "pagination";
  }
  if (lexicon.like.has(key)) return "like";
  if (lexicon.report.has(key)) return "report";
  for (const template of lexicon.chromeCounts) {
    if (_matchTemplate(key, template) !== undefined) return "count-chrome";
  }
  if (lexicon.share.has(key)) return "share";
  if (lexicon.navigation.has(key)) return "navigation";
  if (lexicon.related.has(key.endsWith(":") ? key.slice(0, -1) : key)) return "related";
  if (_startsWithPhrase(key, lexicon.elsewhere)) return "elsewhere";
  if (_startsWithPhrase(key, lexicon.newsletter)) return "newsletter";
  if (_startsWithPhrase(key, lexicon.cookies)) return "cookies";
  return undefined;
}
