// Text measures that stop early must agree with the whole: `_text` with a
// limit (the content hints' length check) gives a start of the text, at
// least `limit` long, or the whole text when it is shorter; the index's
// visible-character counts, made on demand, equal a plain recount.
import { readdirSync, readFileSync } from "node:fs";
import type { Element } from "hast";
import { fromHtml as parse } from "hast-util-from-html";
import { describe, expect, it } from "vitest";
import { _elements, _HIDDEN, _text } from "../../src/html/_dom.js";
import {
  _indexTree,
  _ownVisible,
  _ownVisibleUpTo,
  _visible,
  _visibleUpTo,
} from "../../src/html/_index.js";

const word = (at: number): string =>
  ["alpha", "beta", "gamma", "delta", "epsilon"][at % 5] as string;

/** A page of our own: nested blocks, line breaks, runs of white space, a script and a skipped aside. */
function page(paragraphs: number): string {
  const parts: string[] = [];
  for (let at = 0; at < paragraphs; at++) {
    parts.push(
      `<div class="b${at % 3}"><p>${word(at)}  \n ${word(at + 1)}<br>${word(at + 2)}</p>` +
        `<span> ${word(at + 3)}\u00a0\u200b</span><script>var x = ${at};</script>` +
        `<aside>${word(at + 4)} skipped</aside></div>`,
    );
  }
  return `<main>${parts.join("\n  ")}</main>`;
}

const skip = (element: Element): boolean => element.tagName === "aside";

describe("_text with a limit", () => {
  it("gives a start of the whole text, at least `limit` long, or the whole text", () => {
    let cut = 0;
    for (const paragraphs of [0, 1, 2, 5, 40]) {
      const tree = parse(page(paragraphs));
      for (const element of _elements(tree)) {
        for (const limit of [1, 10, 50, 200, 5000]) {
          for (const by of [undefined, skip]) {
            const whole = _text(element, by);
            const start = _text(element, by, limit);
            expect(whole.startsWith(start)).toBe(true);
            if (whole.length < limit) expect(start).toBe(whole);
            else expect(start.length).toBeGreaterThanOrEqual(limit);
            if (start.length < whole.length) cut++;
          }
        }
      }
    }
    // The limit did stop some walks early (else this test checks nothing new).
    expect(cut).toBeGreaterThan(0);
  });
});

/** Non-space characters under an element, hidden elements (script, template…) and their content left out. */
function reference(element: Element): number {
  if (_HIDDEN.has(element.tagName)) return 0;
  let count = 0;
  for (const child of element.children) {
    if (child.type === "text") count += child.value.replace(/[\s\u200b]/g, "").length;
    else if (child.type === "element") count += reference(child);
  }
  return count;
}

describe("visible characters counted on demand", () => {
  it("gives every element's count, in any order of asking, exact up to the cap", () => {
    const fixtures = new URL("../fixtures/html/", import.meta.url);
    let asked = 0;
    for (const name of readdirSync(fixtures)) {
      const tree = parse(readFileSync(new URL(`${name}/input.html`, fixtures), "utf8"));
      const index = _indexTree(tree);
      const { order } = index;
      // Inner elements first (the counts of the outer ones then reuse theirs), with caps.
      for (let position = order.length - 1; position >= 0; position--) {
        const expected = reference(order[position] as Element);
        const cap = [0, 1, 30, 80][position % 4] as number;
        const got = _visibleUpTo(index, position, cap);
        if (expected <= cap) expect(got).toBe(expected);
        else expect(got).toBeGreaterThan(cap);
        if (position % 3 === 0) expect(_visible(index, position)).toBe(expected);
        asked++;
      }
      // A fresh index asked from the page down.
      const again = _indexTree(tree);
      for (let position = 0; position < order.length; position++) {
        expect(_visible(again, position)).toBe(reference(order[position] as Element));
      }
    }
    expect(asked).toBeGreaterThan(100);
  });
});

describe("visible characters of long texts that are mostly white space", () => {
  it("are counted exactly up to the cap, not guessed from the text's length", () => {
    // Indented source: long runs of spaces and line breaks around a few words.
    const indent = `\n${" ".repeat(120)}\u00a0\t`;
    const html = `<main><div>${indent}one${indent}two${indent}</div><p>${indent.repeat(3)}x${indent}</p></main>`;
    const tree = parse(html);
    const index = _indexTree(tree);
    const { order } = index;
    let asked = 0;
    for (let position = order.length - 1; position >= 0; position--) {
      const expected = reference(order[position] as Element);
      for (const cap of [0, 1, 2, 3, 5, 6, 7, 64]) {
        const got = _visibleUpTo(_indexTree(tree), position, cap);
        if (expected <= cap) expect(got).toBe(expected);
        else expect(got).toBeGreaterThan(cap);
        asked++;
      }
    }
    expect(asked).toBeGreaterThan(20);
  });
});

describe("an element's own visible characters up to a bound", () => {
  it("equals the page-wide count (nested items and an inner element taken off) up to the bound", () => {
    const fixtures = new URL("../fixtures/html/", import.meta.url);
    let compared = 0;
    for (const name of readdirSync(fixtures)) {
      const index = _indexTree(
        parse(readFileSync(new URL(`${name}/input.html`, fixtures), "utf8")),
      );
      const count = index.order.length;
      // Every seventh element stands for an item.
      const items = new Set<number>();
      for (let position = 3; position < count; position += 7) items.add(position);
      const own = _ownVisible(index, items);
      for (let position = 0; position < count; position++) {
        // The reader asks about shown elements only.
        if (index.hiddenTag[position] === 1) continue;
        const end = index.end[position] as number;
        // An inner element as the reader takes off (an author): not an item, not hidden.
        const child = position + 1;
        const inner =
          end - position > 2 && !items.has(child) && index.hiddenTag[child] === 0 ? child : -1;
        const exact = (own[position] as number) - (inner < 0 ? 0 : (own[inner] as number));
        for (const cap of [0, 5, 60]) {
          const got = _ownVisibleUpTo(index, position, items, inner, cap);
          if (exact <= cap) expect(got).toBe(exact);
          else expect(got).toBeGreaterThan(cap);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
