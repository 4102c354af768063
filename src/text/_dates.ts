import { _isIsoDate } from "../schema/_checks.js";
import { _fold, _lexicon } from "./_fold.js";
import type { Vocabulary } from "./vocabulary.js";

// Comment dates as pages print them, read with a small tokenizer and
// grammar (no regular expression): "20 janvier 2012 à 10 h 15",
// "20/01/2012 10:15", "January 20, 2012 at 10:15 am", ISO 8601, and
// relative dates ("il y a 3 heures", "3 hours ago", "yesterday").

/** A reference instant for relative dates, as wall-clock time and zone. */
export interface Now {
  /** Wall-clock time of `now` in its own zone, as milliseconds in UTC. */
  wall: number;
  /** The zone suffix to write: `"Z"`, `"+01:00"`, or `""` (local time). */
  zone: string;
}

/**
 * What {@link _parseDate} found: a date, or a relative date it could not
 * place (no `now`, or a result outside years 1 to 9999), with the reason to
 * report, or `undefined` when the line is not a date.
 */
export type DateFound = { iso: string } | { relative: true; reason: string } | undefined;

const UNRESOLVED: DateFound = {
  relative: true,
  reason: "Relative date of a comment not resolved: pass `options.now` to resolve it",
};

const OUT_OF_RANGE: DateFound = {
  relative: true,
  reason:
    "Relative date of a comment not resolved: counted back from `options.now` it falls outside years 1 to 9999",
};

type Token =
  | { kind: "num"; value: number; digits: number }
  | { kind: "word" | "sym"; text: string };

const MAX_DATE_LENGTH = 80;

function _isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function _isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || code === 0x27 || (code >= 0xc0 && code < 0x2000);
}

function _tokens(key: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < key.length) {
    const code = key.charCodeAt(index);
    if (code === 0x20) {
      index++;
      continue;
    }
    const start = index;
    if (_isDigit(code)) {
      while (index < key.length && _isDigit(key.charCodeAt(index))) index++;
      const digits = index - start;
      tokens.push({ kind: "num", value: Number(key.slice(start, index)), digits });
    } else if (_isWordCode(code)) {
      while (index < key.length && _isWordCode(key.charCodeAt(index))) index++;
      tokens.push({ kind: "word", text: key.slice(start, index) });
    } else {
      index++;
      tokens.push({ kind: "sym", text: key.slice(start, index) });
    }
  }
  return tokens;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, "0");

/** A position in a token list (a plain object: no classes). */
interface Cursor {
  tokens: Token[];
  index: number;
}

function _peek(cursor: Cursor, offset = 0): Token | undefined {
  return cursor.tokens[cursor.index + offset];
}

function _done(cursor: Cursor): boolean {
  return cursor.index >= cursor.tokens.length;
}

// The current token's text when it is a word or symbol.
function _word(cursor: Cursor): string | undefined {
  const token = _peek(cursor);
  return token && token.kind !== "num" ? token.text : undefined;
}

// Consume a number of at most `maxDigits` digits.
function _num(cursor: Cursor, maxDigits = 4): number | undefined {
  const token = _peek(cursor);
  if (token?.kind !== "num" || token.digits > maxDigits) return undefined;
  cursor.index++;
  return token.value;
}

function _skipSym(cursor: Cursor, ...symbols: string[]): boolean {
  const token = _peek(cursor);
  if (token && token.kind === "sym" && symbols.includes(token.text)) {
    cursor.index++;
    return true;
  }
  return false;
}

// Consume one of the phrases (lists of words).
function _phrase(cursor: Cursor, phrases: readonly string[][]): boolean {
  for (const phrase of phrases) {
    let ok = true;
    for (let at = 0; at < phrase.length; at++) {
      const token = _peek(cursor, at);
      if (!token || token.kind === "num" || token.text !== phrase[at]) {
        ok = false;
        break;
      }
    }
    if (ok) {
      cursor.index += phrase.length;
      return true;
    }
  }
  return false;
}

interface Time {
  hour: number;
  minute: number;
  second?: number;
  utc: boolean;
}

function _year(value: number, digits: number): number | undefined {
  if (digits === 4) return value;
  if (digits === 2) return 2000 + value;
  return undefined;
}

function _time(cursor: Cursor): Time | undefined | null {
  // null: no time here; undefined: a broken time.
  const start = cursor.index;
  let hour = _num(cursor, 2);
  if (hour === undefined) return null;
  let minute = 0;
  let second: number | undefined;
  const separator = _word(cursor) === "h" ? "h" : _skipSym(cursor, ":", ".") ? ":" : undefined;
  if (separator === "h") {
    cursor.index++;
    minute = _num(cursor, 2) ?? 0;
  } else if (separator === ":") {
    const value = _num(cursor, 2);
    if (value === undefined) return undefined;
    minute = value;
    if (_skipSym(cursor, ":")) {
      second = _num(cursor, 2);
      if (second === undefined) return undefined;
    }
  }
  const meridiem = _word(cursor);
  if (meridiem === "am" || meridiem === "pm") {
    cursor.index++;
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === "pm" ? 12 : 0);
  } else if (separator === undefined) {
    const after = _word(cursor);
    if (after === undefined || after === "h" || !_lexicon().timeAfter.has(after)) {
      cursor.index = start;
      return null;
    }
  }
  // "14:05 Uhr", "14:05 h", "14:05 hs"
  const after = _word(cursor);
  if (after !== undefined && _lexicon().timeAfter.has(after)) {
    cursor.index++;
    _skipSym(cursor, ".");
  }
  let utc = false;
  const zone = _word(cursor);
  if (zone === "utc" || zone === "gmt" || zone === "z") {
    cursor.index++;
    utc = true;
  }
  if (hour > 23 || minute > 59 || (second !== undefined && second > 59)) return undefined;
  const time: Time = { hour, minute, utc };
  if (second !== undefined) time.second = second;
  return time;
}

// Skip words that join the parts of a date ("de", "del", "of").
function _skipDateJoin(cursor: Cursor): void {
  const word = _word(cursor);
  if (word !== undefined && _lexicon().dateJoin.has(word)) cursor.index++;
}

// A four-digit year, after an optional comma or joining word.
function _fullYear(cursor: Cursor): number | undefined {
  _skipSym(cursor, ",");
  _skipDateJoin(cursor);
  const yearToken = _peek(cursor);
  if (yearToken?.kind !== "num" || yearToken.digits !== 4) return undefined;
  cursor.index++;
  return yearToken.value;
}

const ORDINALS = new Set(["er", "re", "st", "nd", "rd", "th", "o", "a"]);

function _calendar(cursor: Cursor, dayFirst: boolean): [number, number, number] | undefined {
  const { months } = _lexicon();
  const first = _peek(cursor);
  if (first?.kind === "num") {
    const value = first.value;
    cursor.index++;
    const dot = _peek(cursor);
    const ordinalDot = dot?.kind === "sym" && dot.text === "." && _peek(cursor, 1)?.kind === "word";
    if (!ordinalDot && _skipSym(cursor, "/", ".", "-")) {
      const second = _num(cursor, 2);
      if (second === undefined || !_skipSym(cursor, "/", ".", "-")) return undefined;
      const yearToken = _peek(cursor);
      if (yearToken?.kind !== "num") return undefined;
      cursor.index++;
      const year = _year(yearToken.value, yearToken.digits);
      if (year === undefined || first.digits > 2) return undefined;
      const dayIsFirst = value > 12 ? true : second > 12 ? false : dayFirst;
      return dayIsFirst ? [year, second, value] : [year, value, second];
    }
    // 20 janvier 2012, 1er janvier 2012, 20th January 2012, 5. März 2012,
    // 5 de marzo de 2012, 1º de mayo, 5th of March 2012
    if (ordinalDot) cursor.index++;
    else if (!_skipSym(cursor, "º", "°", "ª")) {
      const suffix = _word(cursor);
      if (suffix !== undefined && ORDINALS.has(suffix)) cursor.index++;
    }
    _skipDateJoin(cursor);
    const month = months.get(_word(cursor) ?? "");
    if (month === undefined || first.digits > 2) return undefined;
    cursor.index++;
    _skipSym(cursor, ".");
    const year = _fullYear(cursor);
    return year === undefined ? undefined : [year, month, value];
  }
  // January 20, 2012; marzo 5 de 2012
  const month = months.get(_word(cursor) ?? "");
  if (month === undefined) return undefined;
  cursor.index++;
  _skipSym(cursor, ".");
  const day = _num(cursor, 2);
  if (day === undefined) return undefined;
  const suffix = _word(cursor);
  if (suffix === "st" || suffix === "nd" || suffix === "rd" || suffix === "th") cursor.index++;
  const year = _fullYear(cursor);
  return year === undefined ? undefined : [year, month, day];
}

function _joinTime(cursor: Cursor): Time | undefined | null {
  const lexicon = _lexicon();
  _skipSym(cursor, ",");
  if (!_phrase(cursor, lexicon.timeJoinPhrases)) {
    // "-, à", "um" after a comma: one joining word at most
    const word = _word(cursor);
    if (word !== undefined && lexicon.timeJoin.has(word)) cursor.index++;
  }
  return _time(cursor);
}

function _isoOf(date: [number, number, number], time: Time | null): string | undefined {
  const [year, month, day] = date;
  let iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (time) {
    iso += `T${pad(time.hour)}:${pad(time.minute)}`;
    if (time.second !== undefined) iso += `:${pad(time.second)}`;
    if (time.utc) iso += "Z";
  }
  return _isIsoDate(iso) ? iso : undefined;
}

/**
 * Milliseconds of a UTC wall-clock time, for any year: unlike `Date.UTC`,
 * years 0 to 99 are not read as 1900 to 1999. `NaN` when out of the range
 * of `Date`.
 */
function _utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

// A wall-clock time as ISO 8601, or undefined outside years 1 to 9999 (what
// the model, its JSON Schema and every reader of four-digit years accept).
function _wallIso(wall: number, withTime: boolean, zone: string): string | undefined {
  const date = new Date(wall);
  const year = date.getUTCFullYear();
  if (!(year >= 1 && year <= 9999)) return undefined;
  let iso = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  if (!withTime) return iso;
  iso += `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  const seconds = date.getUTCSeconds();
  if (seconds !== 0) iso += `:${pad(seconds)}`;
  return iso + zone;
}

const DAY_MS = 86_400_000;
const UNIT_MS: Record<string, number> = {
  s: 1000,
  min: 60_000,
  h: 3_600_000,
  d: DAY_MS,
  w: 7 * DAY_MS,
};

function _relative(cursor: Cursor, now: Now | undefined): DateFound | null {
  const lexicon = _lexicon();
  const start = cursor.index;
  const finish = (wall: number, withTime: boolean): DateFound => {
    if (!now) return UNRESOLVED;
    const iso = _wallIso(wall, withTime, withTime ? now.zone : "");
    return iso === undefined ? OUT_OF_RANGE : { iso };
  };
  const day = (offset: number): DateFound | null => {
    const time = _joinTime(cursor);
    if (time === undefined || !_done(cursor)) return null;
    if (!now) return UNRESOLVED;
    const base = now.wall - offset * DAY_MS;
    if (!time) return finish(base, false);
    const date = new Date(base);
    const wall = _utc(
      date.getUTCFullYear(),
      date.getUTCMonth(),
      date.getUTCDate(),
      time.hour,
      time.minute,
      time.second ?? 0,
    );
    return finish(wall, true);
  };
  if (_phrase(cursor, lexicon.beforeYesterday)) return day(2);
  if (_phrase(cursor, lexicon.yesterday)) return day(1);
  if (_phrase(cursor, lexicon.today)) return day(0);
  if (_phrase(cursor, lexicon.now)) return _done(cursor) ? finish(now?.wall ?? 0, true) : null;
  const before = _phrase(cursor, lexicon.agoBefore);
  _phrase(cursor, lexicon.vague);
  let amount = _num(cursor, 6);
  if (amount === undefined) {
    const word = _word(cursor);
    if (word !== undefined && lexicon.one.has(word)) {
      cursor.index++;
      amount = 1;
    }
  }
  const unit = lexicon.units.get(_word(cursor) ?? "");
  if (amount === undefined || unit === undefined) {
    cursor.index = start;
    return null;
  }
  cursor.index++;
  const after = _phrase(cursor, lexicon.agoAfter);
  if (before === after || !_done(cursor)) {
    cursor.index = start;
    return null;
  }
  if (!now) return UNRESOLVED;
  if (unit === "mo" || unit === "y") {
    const date = new Date(now.wall);
    const months = unit === "y" ? amount * 12 : amount;
    const target = date.getUTCMonth() - months;
    const year = date.getUTCFullYear() + Math.floor(target / 12);
    const month = ((target % 12) + 12) % 12;
    const last = new Date(_utc(year, month + 1, 0)).getUTCDate();
    return finish(_utc(year, month, Math.min(date.getUTCDate(), last)), false);
  }
  const ms = UNIT_MS[unit] as number;
  return finish(now.wall - amount * ms, ms < DAY_MS);
}

/**
 * Read a line as a date, if the whole line is one.
 *
 * @param content
 *   Line content, trimmed.
 * @param vocabulary
 *   Vocabulary of the page's language (for the numeric date order).
 * @param now
 *   Reference for relative dates (optional).
 * @returns
 *   `{ iso }`, `{ relative: true, reason }` (a relative date without `now`,
 *   or one that falls outside years 1 to 9999), or `undefined` when the line
 *   is not a date.
 */
export function _parseDate(content: string, vocabulary: Vocabulary, now?: Now): DateFound {
  if (content.length > MAX_DATE_LENGTH + 2) return undefined;
  // "(22 juin 2018 @11h13)", "[5. März 2012]": one pair of brackets around.
  const open = content.charCodeAt(0);
  const close = content.charCodeAt(content.length - 1);
  if ((open === 0x28 && close === 0x29) || (open === 0x5b && close === 0x5d)) {
    content = content.slice(1, -1).trim();
  }
  if (content.length === 0 || content.length > MAX_DATE_LENGTH) return undefined;
  const first = content.charCodeAt(0);
  if (_isDigit(first) && content.length >= 10 && content[4] === "-") {
    let iso = content;
    if (iso[10] === " " || iso[10] === "t") iso = `${iso.slice(0, 10)}T${iso.slice(11)}`;
    if (iso.endsWith("z")) iso = `${iso.slice(0, -1)}Z`;
    return _isIsoDate(iso) ? { iso } : undefined;
  }
  const key = _fold(content)
    .replaceAll("a.m.", "am")
    .replaceAll("p.m.", "pm")
    .replaceAll("a. m.", "am")
    .replaceAll("p. m.", "pm");
  const tokens = _tokens(key);
  const lexicon = _lexicon();
  const cursor = { tokens, index: 0 };
  _phrase(cursor, lexicon.dateLead);
  const start = cursor.index;
  const weekday = _word(cursor);
  if (weekday !== undefined && lexicon.weekdays.has(weekday)) {
    cursor.index++;
    _skipSym(cursor, ".");
    _skipSym(cursor, ",");
    _phrase(cursor, lexicon.dateLead);
    const found = _dateAt(cursor, vocabulary, now);
    if (found !== undefined) return found;
    // "Mar 5, 2012": a weekday abbreviation that is also a month.
    cursor.index = start;
  }
  return _dateAt(cursor, vocabulary, now);
}

// A relative date, a date and time, or a time then a date, up to the end.
function _dateAt(cursor: Cursor, vocabulary: Vocabulary, now: Now | undefined): DateFound {
  const start = cursor.index;
  const relative = _relative(cursor, now);
  if (relative !== null) return relative;
  const date = _calendar(cursor, vocabulary.dayFirst);
  if (date) {
    const time = _joinTime(cursor);
    if (time === undefined || !_done(cursor)) return undefined;
    const iso = _isoOf(date, time);
    return iso === undefined ? undefined : { iso };
  }
  // "14:05, 5. März 2012", "2:05 pm on March 5, 2012", "à 14h05 le 5 mars 2012"
  cursor.index = start;
  _phrase(cursor, _lexicon().timeJoinPhrases);
  const time = _time(cursor);
  if (!time) return undefined;
  _skipSym(cursor, ",", "-", "–", "|", "·", "•");
  _phrase(cursor, _lexicon().dateLead);
  const later = _calendar(cursor, vocabulary.dayFirst);
  if (!later || !_done(cursor)) return undefined;
  const iso = _isoOf(later, time);
  return iso === undefined ? undefined : { iso };
}

/**
 * Read `options.now`.
 *
 * @param value
 *   An ISO 8601 string or a `Date`.
 * @returns
 *   The reference, or `undefined` when not given.
 */
export function _readNow(value: unknown): Now | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time)) {
      throw new TypeError("Cannot use an invalid Date for `options.now`, expected a valid date");
    }
    return { wall: time, zone: "Z" };
  }
  if (typeof value !== "string" || !_isIsoDate(value)) {
    throw new TypeError(
      `Cannot use ${JSON.stringify(value)} for \`options.now\`, expected an ISO 8601 date string (2012-01-20T10:15:00+01:00) or a Date`,
    );
  }
  const number = (from: number, to: number): number => Number(value.slice(from, to));
  const hasTime = value.length > 10;
  const wall = _utc(
    number(0, 4),
    number(5, 7) - 1,
    number(8, 10),
    hasTime ? number(11, 13) : 0,
    hasTime ? number(14, 16) : 0,
    hasTime && value[16] === ":" ? number(17, 19) : 0,
  );
  let zone = "";
  if (hasTime) {
    const last = value[value.length - 1];
    if (last === "Z") zone = "Z";
    else if (value[value.length - 6] === "+" || value[value.length - 6] === "-") {
      zone = value.slice(-6);
    }
  }
  return { wall, zone };
}

/**
 * Write an ISO date the way the language prints it when that is lossless
 * (a date, or a local date-time to the minute); otherwise the ISO string.
 *
 * @param iso
 *   A valid ISO 8601 date.
 * @param vocabulary
 *   Vocabulary of the language to write.
 * @returns
 *   The date as a line of text.
 */
export function _formatDate(iso: string, vocabulary: Vocabulary): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (iso.length === 10 && year >= 1000) return vocabulary.write.date(year, month, day);
  if (iso.length === 16 && year >= 1000) {
    return vocabulary.write.dateTime(
      year,
      month,
      day,
      Number(iso.slice(11, 13)),
      Number(iso.slice(14, 16)),
    );
  }
  return iso;
}
