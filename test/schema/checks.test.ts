import { describe, expect, it } from "vitest";
import { _isEmail, _isHttpUrl, _isIsoDate, _isLangTag } from "../../src/schema/_checks.js";

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
];

const EMAILS: [string, boolean][] = [
  ["a@exemple.org", true],
  ["a+b@x", true],
  ["a@@b", false],
  ["@b", false],
  ["a@", false],
  ["a b@c", false],
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
