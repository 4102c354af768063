import { describe, expect, it } from "vitest";
import { fromJson, fromText, toJson } from "../../src/index.js";

/** The date fromText reads for a comment whose date line is `line`. */
function dateOf(line: string, options?: Parameters<typeof fromText>[1]) {
  const { article, messages } = fromText(`T\n\n1 comment\n\n• Ann\n  ${line}\n\n  Body.`, options);
  const comment = article.comments[0];
  const body = comment?.body.length;
  return {
    date: comment?.publishedAt,
    relative: messages.some((message) => message.ruleId === "relative-date"),
    body,
  };
}

const NOW = "2012-01-20T15:30:00+01:00";

describe("comment dates", () => {
  it.each([
    ["20 janvier 2012 à 10 h 15", "2012-01-20T10:15"],
    ["20 janvier 2012 à 10h15", "2012-01-20T10:15"],
    ["le 1er février 2012 à 9 h", "2012-02-01T09:00"],
    ["vendredi 20 janvier 2012, 10:15", "2012-01-20T10:15"],
    ["20 janv. 2012", "2012-01-20"],
    ["20/01/2012 10:15", "2012-01-20T10:15"],
    ["20/01/2012 à 10:15", "2012-01-20T10:15"],
    ["20.01.2012", "2012-01-20"],
    ["January 20, 2012 at 10:15 am", "2012-01-20T10:15"],
    ["January 20, 2012 at 12:05 am", "2012-01-20T00:05"],
    ["January 20, 2012 at 12:05 pm", "2012-01-20T12:05"],
    ["Jan 20th, 2012 10:15 p.m.", "2012-01-20T22:15"],
    ["on Friday, January 20, 2012", "2012-01-20"],
    ["20 January 2012 at 10:15", "2012-01-20T10:15"],
    ["2012-01-20", "2012-01-20"],
    ["2012-01-20 10:15", "2012-01-20T10:15"],
    ["2012-01-20T10:15:30+01:00", "2012-01-20T10:15:30+01:00"],
    ["2012-01-20T10:15Z", "2012-01-20T10:15Z"],
    ["January 20, 2012 at 10:15 UTC", "2012-01-20T10:15Z"],
  ])("reads %j", (line, expected) => {
    expect(dateOf(line)).toEqual({ date: expected, relative: false, body: 1 });
  });

  it.each([
    ["31/02/2012", "a day that does not exist"],
    ["20 janvier", "no year"],
    ["January 20, 2012 at 13:15 pm", "a 13 pm"],
    ["25:00", "a time alone"],
  ])("keeps %j (%s) as body text", (line) => {
    expect(dateOf(line)).toEqual({ date: undefined, relative: false, body: 2 });
  });

  it.each([
    ["il y a 3 heures", "2012-01-20T12:30+01:00"],
    ["il y a 5 minutes", "2012-01-20T15:25+01:00"],
    ["il y a 2 jours", "2012-01-18"],
    ["il y a un mois", "2011-12-20"],
    ["3 hours ago", "2012-01-20T12:30+01:00"],
    ["an hour ago", "2012-01-20T14:30+01:00"],
    ["2 weeks ago", "2012-01-06"],
    ["1 year ago", "2011-01-20"],
    ["yesterday", "2012-01-19"],
    ["hier à 10 h 15", "2012-01-19T10:15+01:00"],
    ["yesterday at 9:05 pm", "2012-01-19T21:05+01:00"],
    ["today", "2012-01-20"],
    ["just now", "2012-01-20T15:30+01:00"],
  ])("resolves %j against options.now", (line, expected) => {
    expect(dateOf(line, { now: NOW })).toEqual({ date: expected, relative: false, body: 1 });
  });

  it("resolves against a Date in UTC", () => {
    expect(dateOf("3 hours ago", { now: new Date("2012-01-20T10:00:00Z") }).date).toBe(
      "2012-01-20T07:00Z",
    );
  });

  it("keeps a relative date in the messages when there is no `now`", () => {
    expect(dateOf("il y a 3 heures")).toEqual({ date: undefined, relative: true, body: 1 });
    expect(dateOf("yesterday")).toEqual({ date: undefined, relative: true, body: 1 });
  });

  it.each([
    ["3000 years ago", "2012-01-20T10:15:00Z"],
    ["300000 years ago", "2012-01-20T10:15:00Z"],
    ["999999 weeks ago", "2012-01-20T10:15:00Z"],
    ["2012 years ago", "2012-01-20T10:15:00Z"],
    ["yesterday", "0001-01-01T12:00:00Z"],
    ["yesterday at 10:15", "0001-01-01T12:00:00Z"],
    ["2 months ago", "0001-02-15"],
    ["just now", "0000-06-15T12:00:00Z"],
    ["yesterday", new Date(8.64e15)],
    ["today", new Date(-8.64e15)],
  ])("reports %j from %j, outside years 1 to 9999, instead of writing it", (line, now) => {
    const text = `T\n\n3 comments\n\n  • A\n    ${line}\n\n    hi\n`;
    const { article, messages } = fromText(text, { now });
    expect(article.comments[0]?.publishedAt).toBeUndefined();
    expect(article.comments[0]?.body).toEqual([{ type: "paragraph", text: "hi" }]);
    const message = messages.find((item) => item.ruleId === "relative-date");
    expect(message?.reason).toMatch(/outside years 1 to 9999/);
    expect(fromJson(toJson(article))).toEqual(article);
  });

  it.each([
    ["yesterday", "0050-06-15T12:00:00Z", "0050-06-14"],
    ["yesterday at 10:15", "0050-06-15T12:00:00Z", "0050-06-14T10:15Z"],
    ["3 hours ago", "0099-12-31T01:00:00Z", "0099-12-30T22:00Z"],
    ["1 year ago", "0096-02-29", "0095-02-28"],
    ["2 months ago", "0005-01-31", "0004-11-30"],
    ["il y a 1 mois", "0004-03-31", "0004-02-29"],
    ["just now", "0001-01-01T00:00:00Z", "0001-01-01T00:00Z"],
  ])("resolves %j from %j to %j, years 0 to 99 included", (line, now, expected) => {
    expect(dateOf(line, { now })).toEqual({ date: expected, relative: false, body: 1 });
    expect(dateOf(line, { now: new Date(Date.parse(now)) }).date?.slice(0, 10)).toBe(
      expected.slice(0, 10),
    );
  });
});
