// `_text` with a limit (the content hints' length check) stops early but
// must agree with the whole text: a start of it, at least `limit` long, or
// the whole text when it is shorter.
import type { Element } from "hast";
import { fromHtml as parse } from "hast-util-from-html";
import { describe, expect, it } from "vitest";
import { _elements, _text } from "../../src/html/_dom.js";

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
