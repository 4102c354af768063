// Whole-page segmentation: before lines are read, find on the render of a
// whole page (w3m, lynx, a browser's text view) where the article's title
// is, where the comments area starts and ends, and the comment units in
// it. A unit is found by its shape, not by words of one site: a date
// (`_parseDate`) with a name on its line or on a short stand-alone line
// just before it (after list numbers, bullets and avatar placeholders),
// or an author line with a "says:" suffix. The units that repeat the same
// shape most are the comments; the title is the best-scored heading-like
// line before the first prose block. Each line is looked at a bounded
// number of times: the time is linear in the text.
import type { DateFound, Now } from "../_dates.js";
import { _parseDate } from "../_dates.js";
import { _fold, _lexicon } from "../_fold.js";
import { _countOf, _creditOf, type Line } from "../_lines.js";
import type { Vocabulary } from "../vocabulary.js";
import {
  COUNT_WORDS,
  ELSEWHERE_HEADS,
  MORE_COMMENTS,
  NAME_HEAD_WORDS,
  NAME_TAIL_WORDS,
  SAYS_SUFFIXES,
  WIDGET_WORDS,
} from "./words.js";

/** A comment found on the page. */
export interface Unit {
  /** Index of the first line of its header (a list number, avatar, name or date line). */
  start: number;
  /** Index of its last header line. */
  end: number;
  /** Indexes of the lines its header uses (skipped by the body). */
  header: number[];
  name: string;
  date: DateFound;
  /** Index of the line its date came from, when any. */
  dateLine: number | undefined;
  /** Indentation of its first header line: deeper is a reply. */
  indent: number;
  /** How its header looks ("num+avatar+same", …): repeated shapes are comments. */
  shape: string;
  /** Whether the name came from a "says:" line without a date (a date may follow the body). */
  says: boolean;
}

/** Where things are on a whole page. */
export interface Plan {
  /** Index of the title line. */
  title: number;
  /** A second title line (a title wrapped by the renderer), or -1. */
  titleMore: number;
  /** Index of the first line of the comments area (lines.length when none). */
  commentsFrom: number;
  /** Index after the last line of the comments area. */
  commentsTo: number;
  /** The comments, by the index of their first header line. */
  units: Map<number, Unit>;
  /** Header lines of the units (not body). */
  headerLines: Set<number>;
  /** A title quoted by a count line ("12 thoughts on “X”"), when any. */
  quotedTitle: string | undefined;
}

const MAX_UNIT_LINE = 200;
const MAX_NAME = 60;
const MAX_NAME_WORDS = 7;

const MARKER_GLYPHS = new Set([
  "•",
  "◦",
  "▪",
  "▫",
  "‣",
  "*",
  "-",
  "+",
  "□",
  "☆",
  "○",
  "●",
  "■",
  "◆",
  "◇",
  "o",
  "#",
]);

let widgetRoots: Set<string> | undefined;
let widgetMax = 0;

function _widgets(): Set<string> {
  if (widgetRoots) return widgetRoots;
  widgetRoots = new Set(WIDGET_WORDS);
  for (const word of WIDGET_WORDS) widgetMax = Math.max(widgetMax, word.length);
  return widgetRoots;
}

/**
 * Strip a list number ("12.", "#3"), a bullet glyph and avatar placeholders
 * ("[a1b2c3]", "[svg][x]", "[]", initials "EM") from the head of a line.
 *
 * @param content
 *   Trimmed line.
 * @returns
 *   What is left, trimmed, and whether something was stripped.
 */
export function _stripHead(content: string): { rest: string; marker: boolean; avatar: boolean } {
  let rest = content;
  let marker = false;
  let avatar = false;
  // A list number: digits then "." or ")".
  let index = 0;
  while (index < rest.length && index < 6 && _isDigit(rest.charCodeAt(index))) index++;
  if (
    index > 0 &&
    (rest[index] === "." || rest[index] === ")") &&
    (rest.length === index + 1 || rest[index + 1] === " ")
  ) {
    rest = rest.slice(index + 1).trim();
    marker = true;
  } else if (
    rest.length > 0 &&
    MARKER_GLYPHS.has(rest.charAt(0)) &&
    (rest.length === 1 || rest.charAt(1) === " ")
  ) {
    rest = rest.slice(1).trim();
    marker = true;
  } else if (rest.charAt(0) === "#" && _isDigit(rest.charCodeAt(1))) {
    let end = 1;
    while (end < rest.length && _isDigit(rest.charCodeAt(end))) end++;
    if (end === rest.length || rest[end] === " ") {
      rest = rest.slice(end).trim();
      marker = true;
    }
  }
  // Avatar placeholders: bracketed tokens without spaces.
  for (let guard = 0; guard < 4 && rest.charAt(0) === "["; guard++) {
    const close = rest.indexOf("]");
    if (close < 0 || close > 40) break;
    const inner = rest.slice(1, close);
    if (inner.includes(" ") && inner.trim() !== "") break;
    rest = rest.slice(close + 1).trim();
    avatar = true;
  }
  return { rest, marker, avatar };
}

/**
 * Whether a line is made only of widget words (glued or not), counts and
 * separators: "Reply", "ReplyDelete", "J'aimeJ'aime", "Like (3)",
 * "/ Responder", "Liked by 2 people".
 *
 * @param content
 *   Trimmed line.
 * @returns
 *   Whether it is widget text.
 */
export function _isWidgetLine(content: string): boolean {
  if (content.length === 0 || content.length > 60) return false;
  const roots = _widgets();
  const head = _stripHead(content);
  let text = "";
  let letters = 0;
  for (const char of _fold(head.rest)) {
    if (
      char === " " ||
      char === "|" ||
      char === "/" ||
      char === "•" ||
      char === "·" ||
      char === "(" ||
      char === ")" ||
      char === "-" ||
      char === "↓" ||
      char === "▲" ||
      char === "▼" ||
      char === "+" ||
      char === "×"
    )
      continue;
    const code = char.charCodeAt(0);
    if (_isDigit(code) || char === "." || char === ",") {
      text += " ";
      continue;
    }
    text += char;
    letters++;
  }
  if (letters === 0)
    return head.marker || head.avatar ? false : text.trim() !== "" && content.length <= 8;
  // Segment each space-separated run into widget words.
  for (const run of text.split(" ")) {
    if (run === "") continue;
    if (!_segments(run, roots)) return false;
  }
  return true;
}

function _segments(run: string, roots: Set<string>): boolean {
  const can = new Array<boolean>(run.length + 1).fill(false);
  can[0] = true;
  for (let from = 0; from < run.length; from++) {
    if (!can[from]) continue;
    for (let to = from + 1; to <= run.length && to - from <= widgetMax; to++) {
      if (roots.has(run.slice(from, to))) can[to] = true;
    }
  }
  return can[run.length] === true;
}

/**
 * The name of a "says:" line ("X says:", "X dit :", "X sagt:", "X dijo:",
 * "X a dit…"), or `undefined`.
 *
 * @param content
 *   Line without its list number and avatar.
 * @returns
 *   The name.
 */
export function _saysName(content: string): string | undefined {
  if (content.length > MAX_UNIT_LINE) return undefined;
  const key = _fold(content);
  for (const [form, tail] of _saysForms()) {
    if (key.endsWith(tail)) {
      const name = content.slice(0, content.length - _tailLength(content, form)).trim();
      if (name !== "" && name.length <= MAX_NAME) return name;
    }
  }
  return undefined;
}

// Each says-suffix as written and without the space before its colon, with
// the space that must precede it: made once (building them per line was the
// biggest cost of reading a page of short lines).
let saysForms: [string, string][] | undefined;
function _saysForms(): [string, string][] {
  if (saysForms === undefined) {
    saysForms = [];
    for (const suffix of [...SAYS_SUFFIXES, ..._lexicon().authorSuffixes]) {
      const plain = suffix.replace(" :", ":");
      for (const form of plain === suffix ? [suffix] : [suffix, plain]) {
        saysForms.push([form, ` ${form}`]);
      }
    }
  }
  return saysForms;
}

// Length of the content's tail that folds to `form` (spaces may differ).
function _tailLength(content: string, form: string): number {
  const letters = form.replaceAll(" ", "").length;
  let seen = 0;
  let index = content.length;
  while (index > 0 && seen < letters) {
    index--;
    if (content.charAt(index) !== " " && content.charCodeAt(index) !== 0xa0) seen++;
  }
  return content.length - index;
}

const DATE_FIXES: [RegExp, string][] = [
  // "17 h 38 min", "17h38" → "17:38"
  [/(\d{1,2}) ?h ?(\d{2})(?: ?min)?\b/g, "$1:$2"],
  // "02-11-2023" → "02/11/2023"
  [/\b(\d{1,2})-(\d{1,2})-(\d{4})\b/g, "$1/$2/$3"],
  // separators between the date and the time
  [/ [•|@/·-] ?/g, " "],
  [/ @/g, " "],
  [/\s+Uhr$/i, ""],
];

/**
 * Read a date standing alone, after small fixes of how themes print them
 * ("17 h 38 min", "02-11-2023 • 16h43", "(22 juin 2018 @11h13)").
 */
function _dateOf(text: string, vocabulary: Vocabulary, now: Now | undefined): DateFound {
  let value = text.trim();
  if (value.length < 4 || value.length > 80) return undefined;
  if (value.startsWith("(") && value.endsWith(")")) value = value.slice(1, -1).trim();
  let found = _parseDate(value, vocabulary, now);
  if (found) return found;
  let fixed = value;
  for (const [pattern, replacement] of DATE_FIXES) fixed = fixed.replace(pattern, replacement);
  fixed = fixed.trim();
  if (fixed !== value) found = _parseDate(fixed, vocabulary, now);
  return found;
}

/**
 * Find a date in a line: the whole line, a tail (after a name, glued or
 * not) or a head (before a name). Trailing widget words are dropped first.
 *
 * @returns
 *   The date, where it starts and ends, or `undefined`.
 */
export function _dateIn(
  text: string,
  vocabulary: Vocabulary,
  now: Now | undefined,
  heads = false,
): { from: number; to: number; found: NonNullable<DateFound> } | undefined {
  if (text.length < 4 || text.length > MAX_UNIT_LINE) return undefined;
  let hasDigit = false;
  for (let index = 0; index < text.length && !hasDigit; index++) {
    hasDigit = _isDigit(text.charCodeAt(index));
  }
  if (!hasDigit) {
    // Relative dates ("yesterday") have no digit: the whole line only.
    const found = _dateOf(text, vocabulary, now);
    return found ? { from: 0, to: text.length, found } : undefined;
  }
  // Cut widget words off the end ("… | Reply", "… Antworten").
  let end = text.length;
  for (let guard = 0; guard < 3; guard++) {
    const space = text.lastIndexOf(" ", end - 1);
    if (space < 0) break;
    const tail = text.slice(space + 1, end);
    if (!_isWidgetLine(tail) || _isDigit(tail.charCodeAt(0))) break;
    end = space;
  }
  const body = text.slice(0, end).trimEnd();
  // Start positions: the line start, after each space, where a digit or a
  // capital follows a letter (glued "NameMarch 5, 2013", "Name27 janvier").
  for (let from = 0; from < body.length; from++) {
    if (from > 0) {
      const before = body.charCodeAt(from - 1);
      const code = body.charCodeAt(from);
      const atSpace = before === 0x20 || before === 0x28;
      const glued = _isLetter(before) && (_isDigit(code) || (_isUpper(code) && _isLower(before)));
      if (!atSpace && !glued) continue;
    }
    if (body.charCodeAt(from) === 0x20) continue;
    const found = _dateOf(body.slice(from), vocabulary, now);
    if (found) return { from, to: body.length, found };
    if (body.length - from < 6) break;
  }
  // Heads: a date, then a name ("November 1, 2016 at 6:28 pm Anonymous").
  if (!heads) return undefined;
  for (let to = body.lastIndexOf(" "); to > 4; to = body.lastIndexOf(" ", to - 1)) {
    const found = _dateOf(body.slice(0, to), vocabulary, now);
    if (found) return { from: 0, to, found };
  }
  return undefined;
}

/**
 * Clean a name taken from a byline: drop "par", "by", "von" before it and
 * "on", "le", "schrieb am", separators after it.
 */
export function _cleanName(text: string): string {
  let name = text.trim();
  for (let guard = 0; guard < 4; guard++) {
    const key = _fold(name);
    let changed = false;
    for (const word of NAME_TAIL_WORDS) {
      if (key === word) return "";
      if (
        key.endsWith(` ${word}`) ||
        (word.length === 1 && !_isLetter(word.charCodeAt(0)) && key.endsWith(word))
      ) {
        name = name.slice(0, name.length - _tailLength(name, word)).trim();
        changed = true;
        break;
      }
    }
    if (!changed) break;
  }
  const key = _fold(name);
  for (const word of NAME_HEAD_WORDS) {
    if (key.startsWith(`${word} `)) {
      name = name.slice(word.length + 1).trim();
      break;
    }
  }
  const says = _saysName(name);
  if (says !== undefined) name = says;
  // A button glued before the name ("permalink Ann", "Reply Ann").
  for (let guard = 0; guard < 2; guard++) {
    const space = name.indexOf(" ");
    if (space < 0 || !_isWidgetLine(name.slice(0, space))) break;
    name = name.slice(space + 1).trim();
  }
  return name;
}

// Whether text can be a person's name on a line of its own.
function _isNameLike(text: string): boolean {
  if (text.length === 0 || text.length > MAX_NAME) return false;
  let words = 1;
  let letters = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x20) words++;
    else if (_isLetter(code) || _isDigit(code)) letters++;
  }
  if (letters === 0 || words > MAX_NAME_WORDS) return false;
  const last = text.charAt(text.length - 1);
  if (last === "." && words > 2) return false;
  if (last === "!" || last === "?" || last === ";" || last === ",") return false;
  const key = _fold(text);
  if (_countOf(key) !== undefined || _lexicon().chrome.has(key) || _isWidgetLine(text))
    return false;
  return true;
}

interface Context {
  lines: readonly Line[];
  vocabulary: Vocabulary;
  now: Now | undefined;
}

/**
 * Find the comment units of a page: dated headers and "says:" lines.
 *
 * @param context
 *   The page's lines, vocabulary and reference instant.
 * @returns
 *   Units in page order.
 */
export function _findUnits(context: Context): Unit[] {
  const { lines } = context;
  const units: Unit[] = [];
  const used = new Set<number>();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line;
    const content = line.content;
    if (content === "" || content.length > MAX_UNIT_LINE || used.has(index)) continue;
    const head = _stripHead(content);
    if (head.rest === "") continue;
    const says = _saysName(head.rest);
    // "X on DATE said:": the date is looked for before the suffix.
    const dated = says ?? head.rest;
    const date = _dateIn(dated, context.vocabulary, context.now, head.marker || head.avatar);
    if (!date && says === undefined) continue;
    // A relative date heads a comment only with a number and alone on its
    // line ("3 hours ago"): "Le aujourd'hui" is prose as often.
    if (date && "relative" in date.found) {
      const text = dated.slice(date.from, date.to);
      if (date.from !== 0 || !_hasDigit(text)) continue;
    }
    const last = units[units.length - 1];
    if (date) {
      // What follows the date may be widget words ("| Reply", "Antworten").
      let after = dated.slice(date.to).trim();
      if (_isWidgetLine(after)) after = "";
      let nameText = `${dated.slice(0, date.from)} ${after}`.trim();
      nameText = _cleanName(nameText);
      // The part after the date may be widget words ("| Reply").
      if (nameText !== "" && _isWidgetLine(nameText)) nameText = "";
      if (nameText !== "" && !_isNameLike(nameText)) continue;
      // A name and a relative date without a digit ("River aujourd'hui")
      // are a title as often as a byline: a header needs a number or avatar.
      if (nameText !== "" && !head.marker && !head.avatar && !_hasDigit(head.rest)) continue;
      if (nameText === "") {
        // A date alone: the date of a "says:" comment whose header had none
        // (the date after the body), or a header with the name above it.
        if (last?.says && last.dateLine === undefined && index - last.end < 60 && !head.marker) {
          last.date = date.found;
          last.dateLine = index;
          last.header.push(index);
          used.add(index);
          continue;
        }
        const unit = _lookBack(context, index, used);
        if (!unit) continue;
        unit.date = date.found;
        unit.dateLine = index;
        unit.shape = `${unit.shape}+below`;
        _takeTrailing(context, unit, used);
        units.push(unit);
        continue;
      }
      const unit: Unit = {
        start: index,
        end: index,
        header: [index],
        name: nameText,
        date: date.found,
        dateLine: index,
        indent: line.indent,
        shape: `${head.marker ? "num" : "bare"}${head.avatar ? "+av" : ""}+same`,
        says: false,
      };
      _markerAbove(context, unit, used);
      _takeTrailing(context, unit, used);
      units.push(unit);
      continue;
    }
    // A "says:" line: the date may be on the next line.
    const name = _cleanName(says as string);
    if (!_isNameLike(name)) continue;
    const unit: Unit = {
      start: index,
      end: index,
      header: [index],
      name,
      date: undefined,
      dateLine: undefined,
      indent: line.indent,
      shape: `${head.marker ? "num" : "bare"}${head.avatar ? "+av" : ""}+says`,
      says: true,
    };
    _markerAbove(context, unit, used);
    const next = _nextText(lines, index);
    if (next >= 0 && next - index <= 2) {
      const found = _dateIn((lines[next] as Line).content, context.vocabulary, context.now);
      if (found && found.from === 0) {
        unit.date = found.found;
        unit.dateLine = next;
        unit.header.push(next);
        unit.end = next;
        unit.says = false;
      }
    }
    _takeTrailing(context, unit, used);
    units.push(unit);
  }
  for (const unit of units) for (const at of unit.header) used.add(at);
  return units;
}

// The name above a date line: a short stand-alone line within a few lines,
// with the list number or avatar line above it.
function _lookBack(context: Context, index: number, used: Set<number>): Unit | undefined {
  const { lines } = context;
  const header: number[] = [index];
  let name = "";
  let start = index;
  let marker = false;
  let avatar = false;
  let seen = 0;
  for (let at = index - 1; at >= 0 && index - at <= 7 && seen < 5; at--) {
    const line = lines[at] as Line;
    if (line.content === "") continue;
    if (used.has(at)) break;
    seen++;
    const head = _stripHead(line.content);
    if (name === "") {
      if (head.rest === "" || _isInitials(head.rest)) {
        // An avatar or number above the date with no name: no unit.
        if (head.rest === "") break;
      }
      if (_isWidgetLine(line.content) && !head.marker) {
        header.push(at);
        continue;
      }
      const candidate = _cleanName(head.rest);
      if (!_isNameLike(candidate)) return undefined;
      // Stand-alone: a blank, marker or avatar line (or nothing) before it.
      const before = at > 0 ? (lines[at - 1] as Line) : undefined;
      const beforeHead = before ? _stripHead(before.content) : undefined;
      const alone =
        head.marker ||
        head.avatar ||
        !before ||
        before.content === "" ||
        beforeHead?.rest === "" ||
        (beforeHead?.marker && _isInitials(beforeHead.rest)) ||
        _isWidgetLine(before.content);
      if (!alone) return undefined;
      name = candidate;
      header.push(at);
      start = at;
      marker = head.marker;
      avatar = head.avatar;
      if (head.marker) break;
      continue;
    }
    // Above the name: a number/bullet or avatar line, or initials.
    if (head.rest === "" || (head.marker && _isInitials(head.rest))) {
      header.push(at);
      start = at;
      marker = marker || head.marker;
      avatar = true;
      break;
    }
    break;
  }
  if (name === "") return undefined;
  header.sort((a, b) => a - b);
  return {
    start,
    end: index,
    header,
    name,
    date: undefined,
    dateLine: index,
    indent: (lines[start] as Line).indent,
    shape: `${marker ? "num" : "bare"}${avatar ? "+av" : ""}`,
    says: false,
  };
}

// A number, bullet or avatar alone on the line above a header line (lynx
// puts the list number on its own line; w3m the avatar).
function _markerAbove(context: Context, unit: Unit, used: Set<number>): void {
  const { lines } = context;
  for (let at = unit.start - 1; at >= 0 && unit.start - at <= 3; at--) {
    const line = lines[at] as Line;
    if (line.content === "") continue;
    if (used.has(at)) return;
    const head = _stripHead(line.content);
    if (head.rest === "" && (head.marker || head.avatar)) {
      unit.header.unshift(at);
      unit.start = at;
      unit.indent = line.indent;
      unit.shape = `num${unit.shape.slice(unit.shape.indexOf("+"))}`;
    }
    return;
  }
}

// Widget lines and comment numbers ("1.1") right after a header are part of it.
function _takeTrailing(context: Context, unit: Unit, used: Set<number>): void {
  const { lines } = context;
  let at = unit.end + 1;
  for (let taken = 0; taken < 3 && at < lines.length; at++) {
    const line = lines[at] as Line;
    if (line.content === "") continue;
    if (!_isWidgetLine(line.content) && !_isNumberOnly(line.content)) break;
    unit.header.push(at);
    unit.end = at;
    taken++;
  }
  for (const index of unit.header) used.add(index);
}

function _hasDigit(text: string): boolean {
  for (let index = 0; index < text.length; index++)
    if (_isDigit(text.charCodeAt(index))) return true;
  return false;
}

function _isNumberOnly(content: string): boolean {
  if (content.length > 8) return false;
  for (let index = 0; index < content.length; index++) {
    const code = content.charCodeAt(index);
    if (!_isDigit(code) && code !== 0x2e) return false;
  }
  return true;
}

function _isInitials(text: string): boolean {
  if (text.length === 0 || text.length > 3) return false;
  for (let index = 0; index < text.length; index++) {
    if (!_isUpper(text.charCodeAt(index)) && !_isDigit(text.charCodeAt(index))) return false;
  }
  return true;
}

function _nextText(lines: readonly Line[], index: number): number {
  for (let at = index + 1; at < lines.length && at - index <= 3; at++) {
    if ((lines[at] as Line).content !== "") return at;
  }
  return -1;
}

/**
 * Plan a whole page: its title, comments area and comment units.
 *
 * @param lines
 *   All lines of the page.
 * @param vocabulary
 *   Vocabulary of the page's language.
 * @param now
 *   Reference instant of relative dates.
 * @returns
 *   The plan.
 */
export function _planPage(
  lines: readonly Line[],
  vocabulary: Vocabulary,
  now: Now | undefined,
): Plan {
  const context: Context = { lines, vocabulary, now };
  const all = _findUnits(context);
  const units = _pickUnits(all);
  let commentsFrom = lines.length;
  let commentsTo = lines.length;
  const headerLines = new Set<number>();
  const byStart = new Map<number, Unit>();
  for (const unit of units) {
    byStart.set(unit.start, unit);
    for (const at of unit.header) headerLines.add(at);
  }
  const counts = _countLines(lines);
  if (units.length > 0) {
    const first = units[0] as Unit;
    commentsFrom = first.start;
    // A count line, comments heading or "more comments" line just before.
    for (let at = first.start - 1; at >= 0 && first.start - at <= 40; at--) {
      if (counts.has(at)) {
        commentsFrom = at;
        break;
      }
    }
    commentsTo = _endOfLast(lines, units[units.length - 1] as Unit);
  } else {
    // No comment on the page: a comments heading, count or "elsewhere" line
    // after the article's prose still ends the article.
    const prose = _mainProse(lines, lines.length);
    for (let at = prose; at < lines.length; at++) {
      const content = (lines[at] as Line).content;
      if (
        counts.has(at) ||
        _isElsewhereLine(content) ||
        _lexicon().commentsClosed.has(_fold(content))
      ) {
        commentsFrom = at;
        commentsTo = at + 1;
        break;
      }
    }
  }
  const quotedTitle = _quotedTitle(lines, counts);
  const title = _findTitle(lines, commentsFrom, quotedTitle, all);
  return {
    title: title.index,
    titleMore: title.more,
    commentsFrom,
    commentsTo,
    units: byStart,
    headerLines,
    quotedTitle,
  };
}

// The units whose shape repeats most are the comments (with the units of
// other shapes between the first and the last of them); one unit alone is
// kept when it is the last of the page.
function _pickUnits(all: readonly Unit[]): Unit[] {
  if (all.length === 0) return [];
  const byShape = new Map<string, number>();
  for (const unit of all) byShape.set(unit.shape, (byShape.get(unit.shape) ?? 0) + 1);
  let best = "";
  let bestCount = 0;
  for (const [shape, count] of byShape) {
    if (count > bestCount) {
      best = shape;
      bestCount = count;
    }
  }
  let first = -1;
  let last = -1;
  if (bestCount === 1) {
    first = all.length - 1;
    last = first;
  } else {
    for (let index = 0; index < all.length; index++) {
      if ((all[index] as Unit).shape !== best) continue;
      if (first < 0) first = index;
      last = index;
    }
  }
  return all.slice(first, last + 1);
}

function _isElsewhereLine(content: string): boolean {
  if (content.length > 200) return false;
  const key = _fold(content);
  return ELSEWHERE_HEADS.some((head) => key.startsWith(head));
}

// Lines that head a comments area: counts, comments headings, "more comments".
function _countLines(lines: readonly Line[]): Set<number> {
  const found = new Set<number>();
  const lexicon = _lexicon();
  for (let index = 0; index < lines.length; index++) {
    const content = (lines[index] as Line).content;
    if (content === "" || content.length > 200) continue;
    const key = _fold(content);
    if (
      lexicon.commentsHeading.has(key) ||
      _pageCountOf(content) !== undefined ||
      MORE_COMMENTS.includes(key)
    ) {
      found.add(index);
    }
  }
  return found;
}

// Where the last comment ends: its body is the lines indented at least as
// deep as its first body line (a list item), or, flat, up to the first
// widget, chrome, form or count line after some body.
function _endOfLast(lines: readonly Line[], unit: Unit): number {
  const lexicon = _lexicon();
  let at = unit.end + 1;
  let bodyIndent = -1;
  let seenBody = false;
  for (; at < lines.length; at++) {
    const line = lines[at] as Line;
    if (line.content === "") continue;
    const key = _fold(line.content);
    if (lexicon.chrome.has(key) || lexicon.form.has(key) || _isWidgetLine(line.content)) {
      if (seenBody) return at + 1;
      continue;
    }
    if (_pageCountOf(line.content) !== undefined) return at;
    if (bodyIndent < 0) bodyIndent = line.indent;
    else if (line.indent < bodyIndent && (unit.indent > 0 || bodyIndent > 0)) return at;
    seenBody = true;
  }
  return at;
}

/**
 * A declared count in a line's many phrasings: "12 comments", "Commentaires
 * (12)", "This post has 1,234 comments", "Tous vos commentaires (12)", "All
 * comments 4", "12 thoughts on “X”", "12 Ergänzungen".
 *
 * @param content
 *   Trimmed line.
 * @returns
 *   The count, or `undefined`.
 */
export function _pageCountOf(content: string): number | undefined {
  if (content.length > 200) return undefined;
  const key = _fold(content);
  const plain = _countOf(key);
  if (plain !== undefined) return plain;
  // A count among a byline's parts: "Posted in News | Permalink | 10 Comments".
  if (content.includes(" | ")) {
    for (const part of content.split(" | ")) {
      const count = part.includes(" | ") ? undefined : _pageCountOf(part.trim());
      if (count !== undefined) return count;
    }
  }
  if (content.length > 120) return undefined;
  // Words and numbers of the line (a number may carry thousands separators).
  const tokens = key
    .replace(/^[*#›»>\-–—•\s]+/, "")
    .replace(/[()[\]:]/g, " ")
    .split(" ")
    .filter((token) => token !== "");
  let countAt = -1;
  for (let index = 0; index < tokens.length && index < 8; index++) {
    if (COUNT_WORDS.includes(tokens[index] as string)) {
      countAt = index;
      break;
    }
  }
  if (countAt < 0) return undefined;
  // A quoted title may follow "thoughts on"; anything else is short.
  const quoted = /[“«"„]/.test(key);
  if (!quoted && tokens.length > 7) return undefined;
  const number = (token: string | undefined): number | undefined => {
    if (token === undefined) return undefined;
    const digits = token.replace(/(?<=\d)[.,'\u202f\u00a0](?=\d{3}\b)/g, "");
    return /^\d{1,7}$/.test(digits) ? Number(digits) : undefined;
  };
  const before = number(tokens[countAt - 1]);
  // "1 234 commentaires": a space between thousands.
  const thousands = number(tokens[countAt - 2]);
  const group = tokens[countAt - 1] ?? "";
  if (before !== undefined && thousands !== undefined && group.length === 3 && thousands < 1000) {
    return thousands * 1000 + before;
  }
  if (before !== undefined) return before;
  const after = number(tokens[countAt + 1]);
  if (after !== undefined && countAt + 2 >= tokens.length) return after;
  return undefined;
}

// A title quoted by a count line: "12 thoughts on “Title”".
function _quotedTitle(lines: readonly Line[], counts: Set<number>): string | undefined {
  for (const index of counts) {
    const content = (lines[index] as Line).content;
    const open = content.search(/[“«"„]/);
    if (open < 0 || _pageCountOf(content) === undefined) continue;
    let text = content.slice(open + 1).trim();
    const last = text.charAt(text.length - 1);
    if (last === "”" || last === "»" || last === '"' || last === "“")
      text = text.slice(0, -1).trim();
    if (text.length >= 3) return text;
  }
  return undefined;
}

// The title: the heading-like line before the main prose run that scores
// best (close to the prose, alone between blank lines, long enough, with a
// date or byline just after it, its words repeated elsewhere on the page);
// a title a count line quotes wins when a line says it.
function _findTitle(
  lines: readonly Line[],
  commentsFrom: number,
  quoted: string | undefined,
  units: readonly Unit[],
): { index: number; more: number } {
  const limit = Math.min(commentsFrom, lines.length);
  if (quoted !== undefined) {
    const key = _fold(quoted);
    for (let index = 0; index < limit; index++) {
      const content = (lines[index] as Line).content;
      if (content !== "" && _fold(_stripHead(content).rest) === key) return { index, more: -1 };
    }
  }
  const prose = _mainProse(lines, limit);
  const dated = new Set<number>();
  for (const unit of units) if (unit.dateLine !== undefined) dated.add(unit.dateLine);
  const candidates: { index: number; score: number }[] = [];
  let firstKey = "";
  for (let index = 0; index < limit; index++) {
    const content = (lines[index] as Line).content;
    if (content === "") continue;
    firstKey = _isTitleLike(content) ? _fold(content) : "";
    break;
  }
  let rank = 0;
  for (let index = prose - 1; index >= 0 && rank < 40; index--) {
    const line = lines[index] as Line;
    const content = line.content;
    if (content === "") continue;
    // Image placeholders ("[1]", "[photo]") put no distance to the prose.
    if (!_isMarksOnly(content)) rank++;
    if (!_isTitleLike(content) || _isDateline(content)) continue;
    const previous = index > 0 ? (lines[index - 1] as Line).content : "";
    const next = index + 1 < lines.length ? (lines[index + 1] as Line).content : "";
    // The last line of a wrapped paragraph is no title, nor is its first
    // line (a standfirst: the lines run on to a full stop).
    if (previous.length >= 70 || _opensParagraph(lines, index)) continue;
    // A photo's caption (a credit follows it or ends it: "… Photo: X") or its credit.
    if (_isCaption(lines, index) || _creditOf(content) !== undefined) continue;
    let score = 4 - rank / 3;
    if (previous === "") score += 1;
    if (next === "") score += 1;
    if (line.indent > 4) score -= 1;
    const words = content.split(" ").length;
    if (words >= 3) score += 1;
    if (words >= 5) score += 1;
    if (content === content.toUpperCase()) score -= 2;
    if (words >= 8) score += 1;
    // A date or byline just below (list items, like "Previous post", skipped);
    // not across another heading-like line (a blog's name over its tagline,
    // then the post's date and title).
    for (let at = index + 1, count = 0; at < lines.length && count < 4; at++) {
      const after = (lines[at] as Line).content;
      if (after === "" || _stripHead(after).marker) continue;
      if (dated.has(at) || _isByline(after)) {
        score += 2 - count / 2;
        break;
      }
      if (_isTitleLike(after) && !_isDateline(after)) break;
      count++;
    }
    // The heading of a list of links (related posts, a sidebar).
    if (_headsLinkList(lines, index)) score -= 3;
    // A short line said again on its own nearby: a name in an author box.
    if (words <= 3 && _saidAgainNear(lines, index)) score -= 2;
    // The article's first paragraph right below (image placeholders skipped).
    let below = index + 1;
    while (
      below < prose &&
      ((lines[below] as Line).content === "" || _isMarksOnly((lines[below] as Line).content))
    )
      below++;
    if (below === prose || (below < prose && _opensParagraph(lines, below))) score += 2;
    // The page's first line names the site: neither it nor its repeat is the title.
    if (firstKey !== "" && _fold(content) === firstKey) score -= 3;
    candidates.push({ index, score });
  }
  if (candidates.length === 0) {
    for (let index = 0; index < lines.length; index++) {
      if ((lines[index] as Line).content !== "") return { index, more: -1 };
    }
    return { index: 0, more: -1 };
  }
  // Words repeated elsewhere: the title is quoted by breadcrumbs, citations,
  // "Leave a reply" lines; a bounded number of candidates each scan the page once.
  candidates.sort((a, b) => b.score - a.score);
  const top = candidates.slice(0, 6);
  for (const candidate of top) {
    const key = _fold((lines[candidate.index] as Line).content);
    if (key.length < 12) continue;
    for (let at = 0; at < lines.length; at++) {
      if (at === candidate.index) continue;
      const other = (lines[at] as Line).content;
      if (other.length < key.length || other.length > 400) continue;
      const folded = _fold(other);
      if (folded.includes(key)) {
        // The last crumb of a breadcrumb names the page (a trail, or a
        // list item above that says just the title).
        const crumb =
          (_isTrail(other) && folded.endsWith(key)) ||
          (at < candidate.index &&
            _stripHead(other).marker &&
            _fold(_stripHead(other).rest) === key);
        candidate.score += crumb ? 3 : 1;
        break;
      }
    }
  }
  top.sort((a, b) => b.score - a.score || b.index - a.index);
  return { index: (top[0] as { index: number }).index, more: -1 };
}

/**
 * Read a byline under the title ("par X, le DATE | 3 commentaires", "Posted
 * on DATE by X", "Von X - DATE - 12 Kommentare", "Por X, DATE"): its parts
 * are parted by separators; one led by "par", "by", "von", "por" is the
 * name, one that reads as a date the date, one that reads as a count the
 * count.
 *
 * @returns
 *   What the byline says, or `undefined` when the line is none.
 */
export function _bylineOf(
  content: string,
  vocabulary: Vocabulary,
  now: Now | undefined,
): { name?: string; date?: string; count?: number } | undefined {
  if (content.length > 160 || !_isByline(content)) return undefined;
  const parts = content.split(/ [-–—|·•] |, (?!\d)| (?=(?:by|par|von|por) )/i);
  const found: { name?: string; date?: string; count?: number } = {};
  for (const part of parts) {
    const text = part.trim();
    if (text === "") continue;
    const key = _fold(text);
    const head = NAME_HEAD_WORDS.find((word) => key.startsWith(`${word} `));
    if (head !== undefined && found.name === undefined) {
      const name = _cleanName(text.slice(head.length + 1));
      if (_isNameLike(name) && !_hasDigit(name)) {
        found.name = name;
        continue;
      }
    }
    const count = _pageCountOf(text);
    if (count !== undefined) {
      found.count ??= count;
      continue;
    }
    const date = _dateIn(text, vocabulary, now);
    if (date && "iso" in date.found) found.date ??= date.found.iso;
  }
  return found.name === undefined && found.date === undefined ? undefined : found;
}

function _isByline(content: string): boolean {
  const key = _fold(content);
  if (key.length > 120) return false;
  for (const word of NAME_HEAD_WORDS) {
    const inside = key.includes(` ${word} `) && key.split(" ").length <= 10 && _hasDigit(key);
    if (key.startsWith(`${word} `) || inside) {
      return true;
    }
  }
  return /\b(19|20)\d\d\b/.test(key) && key.length < 90;
}

// A date line: a byline, or a line with a year and a day or a time
// ("Monday, December 7, 2020"); "September 2018 open thread" is a title.
function _isDateline(content: string): boolean {
  const key = _fold(content);
  for (const word of NAME_HEAD_WORDS) if (key.startsWith(`${word} `)) return true;
  if (!_isByline(content)) return false;
  return /\b\d{1,2}\b/.test(key.replace(/\b(19|20)\d\d\b/g, " "));
}

// The same line, whole and bare, within twelve lines either side.
function _saidAgainNear(lines: readonly Line[], index: number): boolean {
  const content = (lines[index] as Line).content;
  const from = Math.max(0, index - 12);
  const to = Math.min(lines.length, index + 13);
  for (let at = from; at < to; at++) {
    if (at !== index && (lines[at] as Line).content === content) return true;
  }
  return false;
}

// Only bracketed marks: image or link placeholders ("[1]", "[photo] [2]").
function _isMarksOnly(content: string): boolean {
  return /^(\[[^\]]*\]\s*)+$/.test(content);
}

// The first line of a wrapped paragraph: a long line whose block runs on
// to a line ending with a full stop.
function _opensParagraph(lines: readonly Line[], index: number): boolean {
  const content = (lines[index] as Line).content;
  if (content.length < 60) return false;
  let at = index + 1;
  while (at < lines.length && at - index < 8 && (lines[at] as Line).content !== "") at++;
  // The sentence it starts ends on a later line of the block.
  for (let after = index + 1; after < at; after++) {
    if (/[.…]$/.test((lines[after] as Line).content)) return true;
  }
  return false;
}

// A photo's caption: the next line (after at most one blank) is a credit,
// or a credit closes the line ("… Foto: X", "… © X").
function _isCaption(lines: readonly Line[], index: number): boolean {
  const content = (lines[index] as Line).content;
  for (let at = index + 1; at < lines.length && at - index <= 2; at++) {
    const next = (lines[at] as Line).content;
    if (next === "") continue;
    if (_creditOf(next) !== undefined) return true;
    break;
  }
  const key = _fold(content);
  for (const { label, colon } of _lexicon().credit) {
    const at = key.indexOf(colon ? ` ${label}:` : ` ${label} `);
    if (at > 0 && _creditOf(content.slice(at + 1).trim()) !== undefined) return true;
  }
  return false;
}

// The heading of a list of links: two bullet items or more follow it, long
// enough to be titles, and no byline under them.
function _headsLinkList(lines: readonly Line[], index: number): boolean {
  let items = 0;
  let size = 0;
  let at = index + 1;
  for (; at < lines.length && at - index < 30; at++) {
    const content = (lines[at] as Line).content;
    if (content === "") {
      if (items > 0) break;
      continue;
    }
    const head = _stripHead(content);
    if (!head.marker) break;
    if (_isDateline(head.rest)) return false;
    items++;
    size += head.rest.length;
  }
  return items >= 2 && size >= items * 35;
}

// Breadcrumbs: "Home / Section / Title", "Accueil > Blog > Titre".
function _isTrail(content: string): boolean {
  let count = 0;
  for (const separator of [" / ", " > ", " » ", " › ", " | "]) {
    for (let at = content.indexOf(separator); at >= 0; at = content.indexOf(separator, at + 1)) {
      count++;
    }
  }
  return count >= 2;
}

function _isTitleLike(content: string): boolean {
  if (content.length < 4 || content.length > 160 || _isTrail(content)) return false;
  const head = _stripHead(content);
  if (head.marker || head.avatar || head.rest !== content) return false;
  const first = content.charCodeAt(0);
  // "[image]", "> quote", "| cell", lynx's "#feed" link lines.
  if (first === 0x5b || first === 0x3e || first === 0x7c || first === 0x23) return false;
  // The last character before any trailing emoji ("… age. 💙").
  const trimmed = content.replace(/(?:\s|\p{Extended_Pictographic}|\u200d|\ufe0f)+$/u, "");
  const last = trimmed.charAt(trimmed.length - 1);
  if (last === "." || last === "," || last === ";" || last === ":" || last === "]") return false;
  // w3m's "[SUBMIT]", lynx's "(BUTTON)": form controls.
  if (content.includes("[") || content.includes("(BUTTON)")) return false;
  if (_isWidgetLine(content) || _lexicon().chrome.has(_fold(content))) return false;
  if (_pageCountOf(content) !== undefined) return false;
  // A row of links ("Share on X Share on Y Share on Z": a word three times
  // or more) or a short chrome phrase ("Share this article": it ends or
  // starts with a chrome word).
  const words = _fold(content).split(" ");
  const seen = new Map<string, number>();
  for (const word of words) {
    const times = (seen.get(word) ?? 0) + 1;
    if (times >= 3 && word.length >= 4) return false;
    seen.set(word, times);
  }
  // A line said twice over ("Ann Lee Ann Lee": an avatar's text and the name).
  const half = words.length / 2;
  if (
    words.length >= 2 &&
    words.length % 2 === 0 &&
    words.slice(0, half).join(" ") === words.slice(half).join(" ")
  ) {
    return false;
  }
  const chrome = _lexicon().chrome;
  if (
    words.length <= 3 &&
    (chrome.has(words[words.length - 1] as string) || chrome.has(words[0] as string))
  ) {
    return false;
  }
  let letters = 0;
  for (let index = 0; index < content.length; index++) {
    if (_isLetter(content.charCodeAt(index))) letters++;
  }
  return letters >= 3 && content.split(" ").length >= 2;
}

// Where the article's prose starts: the blocks of long lines (at least 180
// characters, lines of 50 and more) are grouped into runs when few short
// lines part them; the run with the most characters is the article.
function _mainProse(lines: readonly Line[], limit: number): number {
  const runs: { start: number; size: number }[] = [];
  let gap = 0;
  let index = 0;
  while (index < limit) {
    const content = (lines[index] as Line).content;
    if (content === "") {
      index++;
      continue;
    }
    // A block: consecutive lines with text.
    const from = index;
    let size = 0;
    let long = 0;
    let count = 0;
    while (index < limit && (lines[index] as Line).content !== "") {
      const text = (lines[index] as Line).content;
      size += text.length;
      if (text.length >= 50 && !_stripHead(text).marker) long++;
      count++;
      index++;
    }
    // Lynx's list of the page's <link>s ("#Site » Feed Site » Comments
    // Feed …") is no prose.
    const links = /^#[^\s#]/.test((lines[from] as Line).content);
    const prose = size >= 180 && long * 2 >= count && !links;
    if (prose) {
      const run = runs[runs.length - 1];
      if (!run || gap > 12) runs.push({ start: from, size });
      else run.size += size;
      gap = 0;
    } else gap += count;
  }
  let biggest = 0;
  for (const run of runs) biggest = Math.max(biggest, run.size);
  // The first run of a good size: a long article parted by figures and
  // headings is one article, not its last part.
  for (const run of runs) if (run.size * 3 >= biggest) return run.start;
  return limit;
}

function _isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function _isUpper(code: number): boolean {
  const char = String.fromCharCode(code);
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

function _isLower(code: number): boolean {
  const char = String.fromCharCode(code);
  return char !== char.toUpperCase() && char === char.toLowerCase();
}

function _isLetter(code: number): boolean {
  return _isUpper(code) || _isLower(code);
}
