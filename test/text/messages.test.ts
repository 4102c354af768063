// fromText's messages: the one message shape, every rule id of the closed
// union reachable and documented (docs/formats/text-messages.md), and each
// place pointing where it says in the cleaned text.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, expectTypeOf, it } from "vitest";
import { _place } from "../../src/_place.js";
import { fromText, type Message, type TextMessage, type TextRuleId } from "../../src/index.js";

// A whole page's render (menus, numbered comments with avatars) around `tail`.
const page = (byline: string, tail: string): string =>
  `[Home] [About]\n\nA title for the test page\n\n${byline}\n\nThis is a long line of prose that goes on for more than sixty characters.\nIt continues on a second line of prose that is long enough too.\n\nComments\n\n 1. [av] Bob\n    January 20, 2012 at 10:15 am\n\n    Nice.\n\n    Reply\n\n 2. [av] Eve\n    January 21, 2012 at 10:15 am\n\n    Fine.\n\n${tail}`;

// One input per rule id. `satisfies` and the type test below make the table
// list the union exactly, no more and no less.
const CASES = {
  byline: page("By Ann Lee, January 19, 2012", ""),
  "caption-without-image": "Title\n\nLégende : Nobody",
  "comment-count": page("By Ann Lee, 3 comments", ""),
  "comment-count-conflict": "Title\n\n3 comments\n\n• Ann\n  Hi.\n\n5 comments\n",
  "comments-closed": "Title\n\nComments are closed.",
  "comment-widget": page("By Ann Lee", "    Like (3)\n"),
  "comments-elsewhere": page(
    "By Ann Lee",
    "Join the discussion on Mastodon: https://example.org/@ann/1\n",
  ),
  "comments-heading": "Title\n\nComments\n",
  "credit-without-image": "Title\n\nPhoto: Nobody",
  "empty-author": "Title\n\n1 comment\n\n•\n",
  "malformed-unicode": "A \ud800 title",
  "misplaced-guillemet": "Title\n\nIl a dit » oui ».",
  "more-comments": page("By Ann Lee", "    Load more comments\n"),
  "nul-removed": "Ti\0tle",
  "page-chrome": "Title\n\nLead.\n\nReply",
  "quote-notes-truncated": `Title\n\n${"a » b« . ".repeat(200)}`,
  "relative-date": "Title\n\n1 comment\n\n• Ann\n  yesterday\n  Hi.",
  "reply-level-skipped": "Title\n\nComments\n\n  • Ana\n    Hello.\n\n  ↳ [5] Ben\n    Hi.\n",
  "stray-quote": "Title\n\nThen » she left.",
  "unattached-text": "Title\n\nComments are closed.\n\nCopyright 2012 Example Media",
  "unclosed-quote": "Title\n\nHe said « never.",
} satisfies Record<TextRuleId, string>;

const fixtures = fileURLToPath(new URL("../fixtures/text/", import.meta.url));
const docs = fileURLToPath(new URL("../../docs/formats/text-messages.md", import.meta.url));

/** The text as the reader sees it: no BOM, no NUL, LF line endings, well-formed. */
const clean = (text: string): string =>
  (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
    .toWellFormed()
    .replace(/\r\n?/g, "\n")
    .replaceAll("\0", "");

/** Check that every message of a read is placed where it says. */
function expectPlaced(input: string, messages: TextMessage[]): void {
  const text = clean(input);
  let previous = -1;
  for (const message of messages) {
    expect(Object.keys(message)).toEqual(
      ["ruleId", "source", "reason", "place", "actual"].filter((key) => key in message),
    );
    expect(message.source).toBe("marginalia");
    const place = message.place;
    expect(place).toBeDefined();
    if (!place) continue;
    expect(_place(text, place.offset ?? -1)).toEqual(place);
    expect(place.offset).toBeGreaterThanOrEqual(previous);
    previous = place.offset ?? previous;
    if (message.actual !== undefined) {
      expect(message.actual).not.toBe("");
      expect(text.startsWith(message.actual, place.offset)).toBe(true);
    }
  }
}

describe("fromText messages", () => {
  it("are Message<TextRuleId>, and the table lists every rule id", () => {
    expectTypeOf<TextMessage>().toEqualTypeOf<Message<TextRuleId>>();
    expectTypeOf<keyof typeof CASES>().toEqualTypeOf<TextRuleId>();
  });

  for (const [ruleId, input] of Object.entries(CASES)) {
    it(ruleId, () => {
      const { messages } = fromText(input);
      expect(messages.map((message) => message.ruleId)).toContain(ruleId);
      expectPlaced(input, messages);
    });
  }

  it("are placed in the cleaned text: after a BOM, NUL and CRLF", () => {
    const input = "\ufeffTi\0tle\r\n\r\nSo\0me « text.\r\rReply\r\n";
    const { messages } = fromText(input);
    expect(messages.map((message) => [message.ruleId, message.place])).toEqual([
      ["nul-removed", { line: 1, column: 3, offset: 2 }],
      ["nul-removed", { line: 3, column: 3, offset: 9 }],
      ["unclosed-quote", { line: 3, column: 6, offset: 12 }],
      ["page-chrome", { line: 5, column: 1, offset: 21 }],
    ]);
    expectPlaced(input, messages);
  });

  for (const name of readdirSync(fixtures).sort()) {
    it(`are placed where they say in fixture ${name}`, () => {
      const input = readFileSync(join(fixtures, name, "input.txt"), "utf8");
      const optionsFile = join(fixtures, name, "options.json");
      const options = existsSync(optionsFile)
        ? JSON.parse(readFileSync(optionsFile, "utf8"))
        : undefined;
      expectPlaced(input, fromText(input, options).messages);
    });
  }

  it("are each documented in docs/formats/text-messages.md", () => {
    const documented = [...readFileSync(docs, "utf8").matchAll(/^\| `([a-z-]+)` \|/gm)].map(
      (match) => match[1],
    );
    expect(documented).toEqual(Object.keys(CASES).sort());
  });
});
