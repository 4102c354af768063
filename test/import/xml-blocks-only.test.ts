// `_blocksOnly` (a flow's blocks, headings left out) against the filter it
// replaced, and what it may share: a flow without a heading comes back
// itself, one with headings as a new list, the flow left as it was.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FlowItem } from "../../src/html/blocks/index.js";
import { _blocksOnly } from "../../src/import/_xml-shared.js";

const item = fc.oneof(
  fc.string({ maxLength: 3 }).map((text): FlowItem => ({ type: "paragraph", text })),
  fc
    .integer({ min: 1, max: 6 })
    .map((level): FlowItem => ({ type: "heading", level: level as 1, text: `h${level}` })),
  fc.constant<FlowItem>({ type: "raw", format: "html", value: "<hr>" }),
);

describe("_blocksOnly", () => {
  it("keeps the blocks in order, as filtering out the headings does (fast-check, 2 000 runs)", () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), (items) => {
        const before = [...items];
        const blocks = _blocksOnly(items);
        expect(blocks).toEqual(items.filter((entry) => entry.type !== "heading"));
        expect(items).toEqual(before);
        const headings = items.some((entry) => entry.type === "heading");
        expect(blocks === (items as unknown)).toBe(!headings);
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves out a heading first, in the middle and last", () => {
    const a: FlowItem = { type: "paragraph", text: "a" };
    const b: FlowItem = { type: "paragraph", text: "b" };
    const h: FlowItem = { type: "heading", level: 2, text: "h" };
    expect(_blocksOnly([h, a, h, b, h])).toEqual([a, b]);
    expect(_blocksOnly([a, h, h, b])).toEqual([a, b]);
    expect(_blocksOnly([h])).toEqual([]);
  });
});
