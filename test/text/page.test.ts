// Whole-page reading helpers (src/text/read/page.ts), table-driven: count
// phrasings, widget lines, and comment header names. Our own made-up lines.
import { describe, expect, it } from "vitest";
import { _cleanName, _isWidgetLine, _pageCountOf, _saysName } from "../../src/text/read/page.js";

describe("_pageCountOf", () => {
  it.each([
    ["12 comments", 12],
    ["Commentaires (6)", 6],
    ["This post has 1,234 comments", 1234],
    ["Tous vos commentaires (14)", 14],
    ["All Comments 4", 4],
    ["1 234 commentaires", 1234],
    ["12 Ergänzungen", 12],
    ["7 comentarios", 7],
    ["5 thoughts on “A Day at the Lake”", 5],
    ["Posted in News | Permalink | 10 Comments", 10],
    ["38 Replies", 38],
  ])("reads %j as %i", (line, count) => {
    expect(_pageCountOf(line)).toBe(count);
  });

  it.each([
    "Comments",
    "We read all 12 comments before deciding what to do about the bridge and the road",
    "12 apples",
  ])("reads no count in %j", (line) => {
    expect(_pageCountOf(line)).toBeUndefined();
  });
});

describe("_isWidgetLine", () => {
  it.each([
    "Reply",
    "ReplyDelete",
    "J'aimeJ'aime",
    "Like (3)",
    "/ Responder",
    "Liked by 2 people",
    "Antworten",
    "Je répondsJ'alerte",
    "Link kopieren",
  ])("%j is widget text", (line) => {
    expect(_isWidgetLine(line)).toBe(true);
  });

  it.each(["Thanks for the reply!", "Merci", "Ann Lee", "Replying later today"])(
    "%j is not",
    (line) => {
      expect(_isWidgetLine(line)).toBe(false);
    },
  );
});

describe("comment header names", () => {
  it.each([
    ["Ann Lee says:", "Ann Lee"],
    ["Ann dit :", "Ann"],
    ["Adalia dit :", "Adalia"],
    ["Ann a dit…", "Ann"],
    ["Jonas sagt:", "Jonas"],
    ["Rosa dijo:", "Rosa"],
  ])("%j names %j", (line, name) => {
    expect(_saysName(line)).toBe(name);
  });

  it.each([
    ["Ann on", "Ann"],
    ["par Hélène Martin, le", "Hélène Martin"],
    ["Jonas schrieb am", "Jonas"],
    ["permalink Red Fox", "Red Fox"],
    ["Cat (Staff)", "Cat (Staff)"],
    ["Bo a posté le", "Bo"],
  ])("cleans %j to %j", (text, name) => {
    expect(_cleanName(text)).toBe(name);
  });
});
