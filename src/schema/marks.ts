import type { WithUnknown } from "./_types.js";
import type { Mark } from "./block.js";
import { MARK_TYPES } from "./block.js";

// The rank of each type: its place in MARK_TYPES (a literal, so that nothing
// runs at load time).
const RANK: Record<string, number> = { quote: 0, link: 1, strong: 2, emphasis: 3, code: 4 };

function _rank(mark: Mark): number {
  return RANK[mark.type] ?? MARK_TYPES.length;
}

// Marks of the same type merge only when their attributes (and any unknown
// keys) are equal: compare a key built from everything but the offsets,
// keys sorted at every depth (so that the input's key order does not
// matter), `__proto__` kept as a key, absent and `undefined` alike.
function _attributes(mark: WithUnknown<Mark>): string {
  let key = "";
  for (const name of Object.keys(mark).sort()) {
    if (name === "start" || name === "end" || mark[name] === undefined) continue;
    key += `${JSON.stringify(name)}:${_canonical(mark[name])},`;
  }
  return key;
}

// JSON text of a value with object keys sorted (iteratively, since unknown
// values may nest deep). Text to write later (a key, a closing bracket)
// waits on the stack as a `_Later`, which no JSON value can be.
class _Later {
  constructor(readonly text: string) {}
}

function _canonical(value: unknown): string {
  let out = "";
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item instanceof _Later) out += item.text;
    else if (typeof item !== "object" || item === null) {
      out += `${JSON.stringify(item) ?? "null"},`;
    } else if (Array.isArray(item)) {
      out += "[";
      stack.push(new _Later("],"));
      for (let index = item.length - 1; index >= 0; index--) stack.push(item[index]);
    } else {
      out += "{";
      stack.push(new _Later("},"));
      const names = Object.keys(item).sort();
      for (let index = names.length - 1; index >= 0; index--) {
        const name = names[index] as string;
        stack.push((item as Record<string, unknown>)[name]);
        stack.push(new _Later(`${JSON.stringify(name)}:`));
      }
    }
  }
  return out;
}

// Sorted by start, then longer first, then by rank, then (two links with
// other URLs over the same characters, say) by attributes, so that the
// order never depends on the input's.
function _compare(left: Mark, right: Mark): number {
  const order = left.start - right.start || right.end - left.end || _rank(left) - _rank(right);
  if (order !== 0) return order;
  const a = _attributes(left);
  const b = _attributes(right);
  return a < b ? -1 : a > b ? 1 : 0;
}

function _withRange(mark: Mark, start: number, end: number): Mark {
  const copy: Mark = { ...mark };
  copy.start = start;
  copy.end = end;
  return copy;
}

// Whether sorted marks are properly nested (no two of them cross), with a
// stack of open marks: linear after the sort.
function _isNested(sorted: readonly Mark[]): boolean {
  const open: number[] = [];
  for (const mark of sorted) {
    while (open.length > 0 && (open[open.length - 1] as number) <= mark.start) open.pop();
    if (open.length > 0 && mark.end > (open[open.length - 1] as number)) return false;
    open.push(mark.end);
  }
  return true;
}

// The common case, checked in one pass: already sorted, properly nested, and
// no two marks of the same type overlapping or touching (so nothing can
// merge). Such a list is canonical as it is.
function _isSimple(marks: readonly Mark[]): boolean {
  const open: number[] = [];
  const lastEnd = [-1, -1, -1, -1, -1, -1];
  let previous: Mark | undefined;
  for (const mark of marks) {
    if (previous && _compare(previous, mark) >= 0) return false;
    previous = mark;
    const rank = _rank(mark);
    if (mark.start <= (lastEnd[rank] as number)) return false;
    lastEnd[rank] = mark.end;
    while (open.length > 0 && (open[open.length - 1] as number) <= mark.start) open.pop();
    if (open.length > 0 && mark.end > (open[open.length - 1] as number)) return false;
    open.push(mark.end);
  }
  return true;
}

/**
 * Put valid marks (`0 <= start < end`) in their one canonical form: sorted
 * by start, then longer first, then by rank; touching or overlapping marks of
 * the same type and attributes merged; properly nested, a lower-ranked mark
 * being split where it crosses a higher-ranked one (rank: quote, link,
 * strong, emphasis, code), which styles the same characters.
 *
 * Idempotent: normalising a canonical list gives it back. Marks that are
 * not objects with whole offsets `0 <= start < end` are a programmer error
 * (a TypeError): `parseArticle` reports such marks as issues instead.
 *
 * @param marks
 *   Marks to normalise (not changed).
 * @returns
 *   New list in canonical form.
 */
export function normalizeMarks(marks: readonly Mark[]): Mark[] {
  // Not through src/_args.ts, which reads articles with this module's help.
  if (!Array.isArray(marks)) {
    throw new TypeError(
      `Expected \`marks\` of \`normalizeMarks\` to be an array, found ${marks === null ? "null" : typeof marks}`,
    );
  }
  for (let index = 0; index < marks.length; index++) {
    const mark = marks[index] as Mark | null;
    if (typeof mark !== "object" || mark === null) {
      throw new TypeError(
        `Expected \`marks[${index}]\` of \`normalizeMarks\` to be an object, found ${mark === null ? "null" : typeof mark}`,
      );
    }
    const { start, end } = mark;
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end <= start) {
      throw new TypeError(
        `Expected \`marks[${index}]\` of \`normalizeMarks\` to have whole offsets with 0 <= start < end, found start ${String(start)} and end ${String(end)}`,
      );
    }
  }
  if (marks.length === 0) return [];
  if (_isSimple(marks)) return marks.slice();
  // 1. Merge same type and attributes.
  const groups = new Map<string, Mark[]>();
  for (const mark of marks) {
    const key = _attributes(mark);
    const group = groups.get(key);
    if (group) group.push(mark);
    else groups.set(key, [mark]);
  }
  const merged: Mark[] = [];
  for (const group of groups.values()) {
    group.sort(_compare);
    let current = group[0] as Mark;
    for (let index = 1; index < group.length; index++) {
      const next = group[index] as Mark;
      if (next.start <= current.end) {
        if (next.end > current.end) current = _withRange(current, current.start, next.end);
      } else {
        merged.push(current);
        current = next;
      }
    }
    merged.push(current);
  }
  merged.sort(_compare);
  if (_isNested(merged)) return merged;
  // 2. Nest: place marks from the highest rank down; split each where it
  // crosses a mark already placed. Placed marks form a laminar family, so
  // splitting at the inner end of every crossing mark is enough.
  merged.sort((left, right) => _rank(left) - _rank(right) || _compare(left, right));
  const placed: Mark[] = [];
  for (const mark of merged) {
    const cuts: number[] = [];
    for (const other of placed) {
      const startInside = other.start > mark.start && other.start < mark.end;
      const endInside = other.end > mark.start && other.end < mark.end;
      if (startInside && !endInside && other.end > mark.end) cuts.push(other.start);
      else if (endInside && !startInside && other.start < mark.start) cuts.push(other.end);
    }
    if (cuts.length === 0) {
      placed.push(mark);
      continue;
    }
    cuts.sort((left, right) => left - right);
    let from = mark.start;
    for (const cut of cuts) {
      if (cut > from) {
        placed.push(_withRange(mark, from, cut));
        from = cut;
      }
    }
    placed.push(_withRange(mark, from, mark.end));
  }
  return placed.sort(_compare);
}
