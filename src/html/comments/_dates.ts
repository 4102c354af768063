// Comment dates: the machine-readable value where the page gives one, else
// the shown date through the text reader's date reading.
import type { Element } from "hast";
import { _parseDate, type Now } from "../../text/_dates.js";
import type { Vocabulary } from "../../text/vocabulary.js";
import { _attr, _text } from "../_dom.js";
import { _isoDate } from "../_meta.js";

/** What a date element gave. */
export type DateRead = { iso: string } | { shown: string } | undefined;

/**
 * Read a date element.
 *
 * @param node
 *   The element (a `time`, a link, a span…).
 * @param vocabulary
 *   Vocabulary for shown dates (numeric order).
 * @param now
 *   Reference for relative dates (optional).
 * @returns
 *   `{ iso }`, `{ shown }` (a date text that could not be read), or `undefined`.
 */
export function _readDate(node: Element, vocabulary: Vocabulary, now: Now | undefined): DateRead {
  const stack: Element[] = [node];
  // The element itself or a descendant may carry the machine-readable value.
  while (stack.length > 0) {
    const item = stack.pop() as Element;
    for (const name of ["dateTime", "content", "title", "dataUtime"]) {
      const iso = _isoDate(_attr(item, name));
      if (iso !== undefined) return { iso };
    }
    for (const child of item.children) if (child.type === "element") stack.push(child);
  }
  const text = _text(node);
  if (text === "") return undefined;
  const found = _shownDate(text, vocabulary, now);
  if (found !== undefined) return { iso: found };
  return { shown: text };
}

/**
 * Read a shown date, trying the whole text, then its parts (inside
 * parentheses, around separators, after a name and a verb).
 *
 * @param text
 *   Shown text.
 * @param vocabulary
 *   Vocabulary.
 * @param now
 *   Reference for relative dates.
 * @returns
 *   ISO date or `undefined`.
 */
export function _shownDate(
  text: string,
  vocabulary: Vocabulary,
  now: Now | undefined,
): string | undefined {
  // The reading depends on the text alone: a text already tried is not read again.
  const tried: string[] = [];
  const attempt = (candidate: string): string | undefined => {
    const value = candidate.trim();
    if (value === "" || value.length > 80 || tried.includes(value)) return undefined;
    tried.push(value);
    const found = _parseDate(value, vocabulary, now);
    return found !== undefined && "iso" in found ? found.iso : undefined;
  };
  // The whole text first (most dates): the other candidates are made only when it fails.
  const whole = attempt(text);
  if (whole !== undefined) return whole;
  const tries: string[] = [];
  const inParens = /\(([^()]{6,60})\)/.exec(text);
  if (inParens !== null) tries.push(inParens[1] as string);
  for (const part of text.split(/\s+[|•·–—-]\s+|\s*\|\s*|,\s+/)) tries.push(part);
  // "mar 08/10/2019 - 14:20", "05-06-2024 • 09h15": the date and the time apart.
  tries.push(text.replace(/\s+[|•·–—@-]\s*/g, " "));
  tries.push(text.replace(/^\p{L}{2,4}\.?\s+(?=\d)/u, "").replace(/\s+[|•·–—@-]\s*/g, " "));
  const cleaned = text
    .replace(/^(?:posted|published|publié|posté|le|on|am|el|gepostet)\s+/i, "")
    .replace(/\s*(?:said|says|dit|a dit|sagt|dijo|wrote|a écrit|schrieb|escribió)\s*:?\s*$/i, "")
    .replace(/[.:]\s*$/, "");
  tries.push(cleaned);
  for (const candidate of tries) {
    const found = attempt(candidate);
    if (found !== undefined) return found;
  }
  // A date after a name: "Jane on March 5, 2013 at 10:12 am said:".
  const on = /\b(?:on|le|am|el)\s+(.{6,60}?)\s*(?:said|dit|sagt|dijo|:|$)/i.exec(cleaned);
  if (on !== null) {
    const value = (on[1] as string).trim();
    const found = tried.includes(value) ? undefined : _parseDate(value, vocabulary, now);
    if (found !== undefined && "iso" in found) return found.iso;
  }
  return undefined;
}
