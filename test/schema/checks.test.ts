import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  _isEmail,
  _isHttpUrl,
  _isIsoDate,
  _isLangTag,
  _isTrimSpace,
  DATE_PATTERN,
  EMAIL_PATTERN,
  LANG_PATTERN,
  NON_EMPTY_PATTERN,
  URL_PATTERN,
} from "../../src/schema/_checks.js";

const DATES: [string, boolean][] = [
  ["2012-01-20", true],
  ["2012-02-29", true],
  ["2000-02-29", true],
  ["1900-02-29", false],
  ["2011-02-29", false],
  ["2012-02-30", false],
  ["2012-04-31", false],
  ["2012-13-01", false],
  ["2012-00-10", false],
  ["2012-01-20T10:15", true],
  ["2012-01-20T10:15:30", true],
  ["2012-01-20T10:15:30.123456789Z", true],
  ["2012-01-20T10:15:30.1234567890Z", false],
  ["2012-01-20T10:15+01:00", true],
  ["2012-01-20T10:15:00-05:30", true],
  ["2012-01-20T23:59:59Z", true],
  ["2012-01-20T24:00", false],
  ["2012-01-20T10:60", false],
  ["2012-01-20T10:15:60", false],
  ["2012-01-20t10:15", false],
  ["2012-01-20 10:15", false],
  ["2012-01-20T10:15+0100", false],
  ["2012-01-20T10:15Z ", false],
  ["20-01-2012", false],
  ["", false],
];

const LANGS: [string, boolean][] = [
  ["fr", true],
  ["en-GB", true],
  ["zh-Hant-TW", true],
  ["sr-Latn-RS", true],
  ["de-CH-1996", true],
  ["es-419", true],
  ["zh-yue-HK", true],
  ["en-US-u-ca-gregory", true],
  ["x-private", true],
  ["i-klingon", true],
  ["fr_FR", false],
  ["q", false],
  ["", false],
  ["de-1996-1996", false],
  ["en-a-bbb-a-ccc", false],
  ["en-", false],
  ["-en", false],
  ["toolonglanguage", false],
  ["en-u", false],
];

const URLS: [string, boolean][] = [
  ["https://exemple.org/", true],
  ["http://example.com/a?b=c#d", true],
  ["HTTPS://EXAMPLE.COM", true],
  ["https://exemple.org/été", true],
  ["/relative", false],
  ["exemple.org", false],
  ["ftp://exemple.org/", false],
  ["javascript:alert(1)", false],
  ["data:text/html,x", false],
  ["https://exemple.org/a b", false],
  [" https://exemple.org/", false],
  ["http://", false],
  // The URL Standard reads extra slashes after a special scheme as nothing.
  ["https:///path", true],
  // White space the URL parser would percent-encode is refused, as the
  // JSON Schema's pattern refuses it (issue #11, item 8).
  ["https://exemple.org/a\u00a0b", false],
  ["https://exemple.org/a\u2003b", false],
  ["https://exemple.org/a\u3000b", false],
  ["https://exemple.org/a\ufeffb", false],
  ["https://exemple.org/a\u2028b", false],
  ["https://exemple.org/\u0085", false],
  ["https://exemple.org/\u0080", false],
  // An authority needs a host.
  ["https://:80/", false],
  ["https://user@:80/", false],
  ["https://@exemple.org/", true],
  ["https://user:pass@exemple.org:8080/a?b#c", true],
  ["https://exemple.org:065535/", true],
  ["https://exemple.org:65536/", false],
  ["https://exemple.org:/", true],
  ["https://[::1]/", true],
  ["https://[::1/", false],
  ["https://a<b/", false],
  // The pattern lets these by, the URL parser does not.
  ["https://999.1.1.1/", false],
  ["https://xn--/", false],
  ["https://a%zz/", false],
  ["https://exemple.org/\ud800", false],
];

const EMAILS: [string, boolean][] = [
  ["a@exemple.org", true],
  ["a+b@x", true],
  ["a@@b", false],
  ["@b", false],
  ["a@", false],
  ["a b@c", false],
  ["a\u00a0b@c", false],
  ["a@b\u3000", false],
  ["a\u0085@b", false],
  [`${"x".repeat(318)}@b`, true],
  [`${"x".repeat(319)}@b`, false],
  // 320 characters, 520 UTF-16 code units: the length counts code points,
  // as a JSON Schema's maxLength does.
  [`${"😀".repeat(200)}${"x".repeat(118)}@b`, true],
  ["a@b\ud800", false],
];

describe.each([
  ["_isIsoDate", _isIsoDate, DATES],
  ["_isLangTag", _isLangTag, LANGS],
  ["_isHttpUrl", _isHttpUrl, URLS],
  ["_isEmail", _isEmail, EMAILS],
] as const)("%s", (_name, check, table) => {
  for (const [input, expected] of table) {
    it(`${JSON.stringify(input)} → ${expected}`, () => {
      expect(check(input)).toBe(expected);
    });
  }
});

describe("the patterns the JSON Schema holds", () => {
  const date = new RegExp(DATE_PATTERN, "u");
  const url = new RegExp(URL_PATTERN, "u");
  const email = new RegExp(EMAIL_PATTERN, "u");
  const nonEmpty = new RegExp(NON_EMPTY_PATTERN, "u");

  it("say the date rule exactly as _isIsoDate does, leap years included", () => {
    for (const [input, expected] of DATES) expect(date.test(input), input).toBe(expected);
    const two = (value: number) => String(value).padStart(2, "0");
    const nearDate = fc
      .record({
        year: fc.integer({ min: 0, max: 9999 }),
        month: fc.integer({ min: 0, max: 13 }),
        day: fc.integer({ min: 0, max: 32 }),
        time: fc.constantFrom("", "T10:15", "T23:59:59.5Z", "T24:00", "T10:15+01:00", "T10:15:60"),
      })
      .map(
        ({ year, month, day, time }) =>
          `${String(year).padStart(4, "0")}-${two(month)}-${two(day)}${time}`,
      );
    const noise = fc.string({
      unit: fc.constantFrom(..."0123456789-T:Z+.\u0661\uff10 ".split("")),
    });
    fc.assert(
      fc.property(fc.oneof(nearDate, noise), (input) => {
        expect(date.test(input)).toBe(_isIsoDate(input));
      }),
      { numRuns: 20_000 },
    );
  });

  it("use [0-9], never \\d (which some validators let match other digits)", () => {
    const schema = readFileSync(
      join(import.meta.dirname, "..", "..", "schema/article.schema.json"),
      "utf8",
    );
    expect(schema).not.toContain("\\\\d");
    expect(date.test("\u0662\u0660\u0661\u0662-01-20")).toBe(false);
  });

  it("read the same in Python, whose `$` also matches before a final line feed", () => {
    const patterns = { date, url, email, nonEmpty, lang: new RegExp(LANG_PATTERN, "u") };
    const samples = [
      ...DATES.map(([input]) => input),
      ...LANGS.map(([input]) => input),
      ...URLS.map(([input]) => input),
      ...EMAILS.map(([input]) => input),
      " ",
      "x",
    ];
    for (const [name, pattern] of Object.entries(patterns)) {
      // `$` is only ever an anchor in these patterns; no `\\d`, `\\w`, or
      // `\\s` but in `[\\s\\S]` (dialects differ on what those match).
      expect(pattern.source.replaceAll("[\\s\\S]", "")).not.toMatch(/\\[dws]|\\\$/);
      const python = new RegExp(pattern.source.replaceAll("$", "(?=\\n?$)"), "u");
      for (const sample of samples) {
        for (const input of [sample, `${sample}\n`]) {
          expect(python.test(input), `${name} ${JSON.stringify(input)}`).toBe(pattern.test(input));
        }
      }
    }
  });

  it("say blank as trim does, for every UTF-16 code unit", () => {
    for (let code = 0; code <= 0xffff; code++) {
      if (code === 0 || code === 0x0d || (code >= 0xd800 && code <= 0xdfff)) continue;
      const char = String.fromCharCode(code);
      expect(nonEmpty.test(char), code.toString(16)).toBe(char.trim() !== "");
      expect(_isTrimSpace(code), code.toString(16)).toBe(char.trim() === "");
    }
  });

  it("are the URL and e-mail rules themselves (the code adds only the URL parser)", () => {
    for (const [input, expected] of URLS) {
      if (expected) expect(url.test(input), input).toBe(true);
    }
    for (const [input, expected] of EMAILS) {
      // Lone surrogates are the library's alone (`malformed_unicode`).
      if (input.length <= 320 && input.isWellFormed())
        expect(email.test(input), input).toBe(expected);
    }
  });
});
