import type { Tag } from "../schema/tag.js";
import { VOCABULARIES, type Vocabulary } from "./vocabulary.js";

/**
 * Fold one UTF-16 code unit for comparison: lower case, every space (tab,
 * no-break spaces) to `" "`, curly apostrophes to `'`.
 */
export function _foldCode(code: number): string {
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
  if (code < 0x80) return code === 0x09 ? " " : String.fromCharCode(code);
  if (code === 0xa0 || code === 0x202f || (code >= 0x2000 && code <= 0x200a) || code === 0x3000) {
    return " ";
  }
  if (code === 0x2019 || code === 0x2018 || code === 0x2bc) return "'";
  const char = String.fromCharCode(code);
  const lower = char.toLowerCase();
  return lower.length === 1 ? lower : char;
}

/**
 * Fold a short line into its lookup key: lower case, one space between
 * words, `'` for apostrophes, no space before `:;!?` (see `Vocabulary`).
 *
 * @param content
 *   Line content, already trimmed.
 * @returns
 *   The key.
 */
export function _fold(content: string): string {
  if (_foldsByLowerCase(content)) return content.toLowerCase();
  let key = "";
  let space = false;
  for (let index = 0; index < content.length; index++) {
    const char = _foldCode(content.charCodeAt(index));
    if (char === " ") {
      space = true;
      continue;
    }
    if (space && key !== "" && char !== ":" && char !== ";" && char !== "!" && char !== "?") {
      key += " ";
    }
    space = false;
    key += char;
  }
  return key;
}

// Whether lower-casing alone folds a line: no tab, special space or curly
// apostrophe, no double space, no space before `:;!?`, no character whose
// lower case is longer (U+0130). Saves building the key a character at a time.
function _foldsByLowerCase(content: string): boolean {
  if (content.charCodeAt(0) === 0x20 || content.charCodeAt(content.length - 1) === 0x20) {
    return false;
  }
  let previous = 0;
  for (let index = 0; index < content.length; index++) {
    const code = content.charCodeAt(index);
    if (code === 0x20) {
      if (previous === 0x20) return false;
    } else if (code < 0x20 || code === 0x130) return false;
    else if (code === 0x3a || code === 0x3b || code === 0x21 || code === 0x3f) {
      if (previous === 0x20) return false;
    } else if (code >= 0x80 && _foldCode(code) !== String.fromCharCode(code).toLowerCase()) {
      return false;
    }
    previous = code;
  }
  return true;
}

function _isLetterCode(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000)
  );
}

function _isSpaceChar(code: number): boolean {
  return _foldCode(code) === " ";
}

/**
 * Match a folded label at the start of a line's content, comparing folded
 * characters; a space in the label matches any run of spaces, a `:` may
 * have spaces before it. A label ending in a letter must end a word.
 *
 * @returns
 *   The offset in `content` just after the label, or `-1`.
 */
export function _matchPrefix(content: string, label: string): number {
  let index = 0;
  for (let at = 0; at < label.length; at++) {
    const want = label[at] as string;
    if (want === " ") {
      if (index >= content.length || !_isSpaceChar(content.charCodeAt(index))) return -1;
      while (index < content.length && _isSpaceChar(content.charCodeAt(index))) index++;
      continue;
    }
    if (want === ":") {
      while (index < content.length && _isSpaceChar(content.charCodeAt(index))) index++;
    }
    if (index >= content.length || _foldCode(content.charCodeAt(index)) !== want) return -1;
    index++;
  }
  if (_isLetterCode(label.charCodeAt(label.length - 1)) && index < content.length) {
    if (_isLetterCode(content.charCodeAt(index))) return -1;
  }
  return index;
}

/**
 * What follows a label and its optional colon, trimmed.
 *
 * @param content
 *   Line content, trimmed.
 * @param label
 *   Folded label.
 * @param colon
 *   Whether a colon must follow the label.
 * @returns
 *   The rest (possibly empty), or `undefined` when the label does not match.
 */
export function _afterLabel(content: string, label: string, colon: boolean): string | undefined {
  let index = _matchPrefix(content, label);
  if (index < 0) return undefined;
  while (index < content.length && _isSpaceChar(content.charCodeAt(index))) index++;
  let hasColon = label.endsWith(":");
  if (content.charCodeAt(index) === 0x3a) {
    hasColon = true;
    index++;
  }
  if (colon && !hasColon) return undefined;
  return content.slice(index).trim();
}

/** Every language's vocabulary merged, built on first use. */
export interface Lexicon {
  chrome: Set<string>;
  form: Set<string>;
  reply: Set<string>;
  commentsHeading: Set<string>;
  commentsClosed: Set<string>;
  noComments: Set<string>;
  countWords: string[];
  countAbout: string[];
  countBracket: string[];
  authorSuffixes: string[];
  credit: { label: string; colon: boolean }[];
  caption: string[];
  image: string[];
  tags: { label: string; colon: boolean; kind?: NonNullable<Tag["kind"]> }[];
  embeds: { label: string; provider: string }[];
  documents: string[];
  months: Map<string, number>;
  weekdays: Set<string>;
  dateLead: string[][];
  timeJoin: Set<string>;
  agoBefore: string[][];
  agoAfter: string[][];
  one: Set<string>;
  units: Map<string, string>;
  yesterday: string[][];
  today: string[][];
  now: string[][];
  /** First language of each stopword (kept for callers; see `stopwordLangs`). */
  stopwords: Map<string, string>;
  /** Every language of each stopword ("de" is French and Spanish). */
  stopwordLangs: Map<string, string[]>;
  /** `timeJoin` as phrases ("a las"). */
  timeJoinPhrases: string[][];
  dateJoin: Set<string>;
  timeAfter: Set<string>;
  beforeYesterday: string[][];
  vague: string[][];
  /** Byline words before a name, longest first. */
  by: string[];
  /** Words between a name and a date, longest first. */
  authorDate: string[];
  moderation: Set<string>;
  /** Pagination lines without a number. */
  pagination: Set<string>;
  /** Pagination templates with `#`. */
  paginationTemplates: string[];
  elsewhere: string[];
  navigation: Set<string>;
  cookies: string[];
  share: Set<string>;
  related: Set<string>;
  newsletter: string[];
  like: Set<string>;
  report: Set<string>;
  chromeCounts: string[];
  countTemplates: string[];
}

let lexicon: Lexicon | undefined;

const byLength =
  <T>(key: (item: T) => string) =>
  (left: T, right: T) =>
    key(right).length - key(left).length;

// A phrase as the date reader's tokens: runs of letters, runs of digits, and
// each other character alone ("avant-hier" → avant, -, hier; "ca." → ca, .).
const words = (phrase: string): string[] => {
  const tokens: string[] = [];
  let kind = "";
  for (const char of phrase) {
    const code = char.charCodeAt(0);
    const next =
      char === " "
        ? " "
        : code >= 0x30 && code <= 0x39
          ? "9"
          : (code >= 0x61 && code <= 0x7a) || char === "'" || (code >= 0xc0 && code < 0x2000)
            ? "a"
            : "";
    if (next === " ") {
      kind = "";
      continue;
    }
    if (next !== "" && next === kind) tokens[tokens.length - 1] += char;
    else tokens.push(char);
    kind = next;
  }
  return tokens;
};

const withNumber = (line: string): boolean => line.includes("#");

/**
 * The merged vocabulary of every language (cached).
 *
 * @returns
 *   Sets and lists for the line classifier and the date reader.
 */
export function _lexicon(): Lexicon {
  if (lexicon) return lexicon;
  const all = Object.values(VOCABULARIES) as Vocabulary[];
  const flat = <T>(pick: (vocabulary: Vocabulary) => readonly T[]): T[] => all.flatMap(pick);
  const months = new Map<string, number>();
  for (const vocabulary of all) {
    vocabulary.months.forEach((names, index) => {
      for (const name of names) months.set(name, index + 1);
    });
  }
  const units = new Map<string, string>();
  for (const vocabulary of all) {
    for (const [word, unit] of Object.entries(vocabulary.units)) units.set(word, unit);
  }
  const stopwords = new Map<string, string>();
  const stopwordLangs = new Map<string, string[]>();
  for (const [lang, vocabulary] of Object.entries(VOCABULARIES)) {
    for (const word of vocabulary.stopwords) {
      if (!stopwords.has(word)) stopwords.set(word, lang);
      const langs = stopwordLangs.get(word);
      if (langs === undefined) stopwordLangs.set(word, [lang]);
      else if (!langs.includes(lang)) langs.push(lang);
    }
  }
  const longestFirst = (items: string[]): string[] => items.sort(byLength((item) => item));
  const pagination = flat((v) => v.pagination);
  lexicon = {
    // Whole-line chrome of every kind, so that the reader reports them.
    chrome: new Set([
      ...flat((v) => v.chrome),
      ...flat((v) => v.form),
      ...flat((v) => v.reply),
      ...flat((v) => v.moderation),
      ...pagination.filter((line) => !withNumber(line)),
      ...flat((v) => v.navigation),
      ...flat((v) => v.share),
      ...flat((v) => v.like),
      ...flat((v) => v.report),
    ]),
    form: new Set(flat((v) => v.form)),
    reply: new Set(flat((v) => v.reply)),
    commentsHeading: new Set(flat((v) => v.commentsHeading)),
    commentsClosed: new Set(flat((v) => v.commentsClosed)),
    noComments: new Set(flat((v) => v.noComments)),
    countWords: flat((v) => v.countWords).sort(byLength((item) => item)),
    countAbout: flat((v) => v.countAbout).sort(byLength((item) => item)),
    countBracket: flat((v) => v.countBracket),
    authorSuffixes: flat((v) => v.authorSuffixes).sort(byLength((item) => item)),
    credit: flat((v) => v.credit).sort(byLength((item) => item.label)),
    caption: flat((v) => v.caption),
    image: flat((v) => v.image),
    tags: flat((v) => v.tags).sort(byLength((item) => item.label)),
    embeds: flat((v) => v.embeds).sort(byLength((item) => item.label)),
    documents: flat((v) => v.documents),
    months,
    weekdays: new Set(flat((v) => v.weekdays)),
    dateLead: flat((v) => v.dateLead)
      .map(words)
      .sort((a, b) => b.length - a.length),
    timeJoin: new Set(flat((v) => v.timeJoin)),
    agoBefore: flat((v) => v.agoBefore).map(words),
    agoAfter: flat((v) => v.agoAfter).map(words),
    one: new Set(flat((v) => v.one)),
    units,
    yesterday: flat((v) => v.yesterday).map(words),
    today: flat((v) => v.today).map(words),
    now: flat((v) => v.now).map(words),
    stopwords,
    stopwordLangs,
    timeJoinPhrases: flat((v) => v.timeJoin)
      .map(words)
      .sort((a, b) => b.length - a.length),
    dateJoin: new Set(flat((v) => v.dateJoin)),
    timeAfter: new Set(flat((v) => v.timeAfter)),
    beforeYesterday: flat((v) => v.beforeYesterday)
      .map(words)
      .sort((a, b) => b.length - a.length),
    vague: flat((v) => v.vague)
      .map(words)
      .sort((a, b) => b.length - a.length),
    by: longestFirst(flat((v) => v.by)),
    authorDate: longestFirst(flat((v) => v.authorDate)),
    moderation: new Set(flat((v) => v.moderation)),
    pagination: new Set(pagination.filter((line) => !withNumber(line))),
    paginationTemplates: pagination.filter(withNumber),
    elsewhere: longestFirst(flat((v) => v.elsewhere)),
    navigation: new Set(flat((v) => v.navigation)),
    cookies: flat((v) => v.cookies),
    share: new Set(flat((v) => v.share)),
    related: new Set(flat((v) => v.related)),
    newsletter: longestFirst(flat((v) => v.newsletter)),
    like: new Set(flat((v) => v.like)),
    report: new Set(flat((v) => v.report)),
    chromeCounts: flat((v) => v.chromeCounts),
    countTemplates: flat((v) => v.countTemplates),
  };
  return lexicon;
}
