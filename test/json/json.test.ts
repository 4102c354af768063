import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type Article,
  ArticleError,
  formatIssues,
  fromJson,
  isArticleError,
  parseArticle,
  safeParseArticle,
  toJson,
} from "../../src/index.js";
import { INVALID_CASES } from "../fixtures/json/invalid.js";

const VALID = join(import.meta.dirname, "../fixtures/json/valid");
const validFiles = readdirSync(VALID).filter((name) => name.endsWith(".json"));

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isArticleError(error)) return error.issues;
    throw error;
  }
  throw new Error("expected an ArticleError");
}

describe("invalid articles", () => {
  it("has at least 40 cases", () => {
    expect(INVALID_CASES.length).toBeGreaterThanOrEqual(40);
  });

  for (const item of INVALID_CASES) {
    it(`${item.name} → ${item.code} at ${JSON.stringify(item.path)}`, () => {
      const issues = issuesOf(() =>
        item.json === undefined
          ? parseArticle(item.input, item.options)
          : fromJson(item.json, item.options),
      );
      expect(issues.length).toBeGreaterThan(0);
      expect(issues).toContainEqual(expect.objectContaining({ code: item.code, path: item.path }));
      for (const issue of issues) expect(issue.message.length).toBeGreaterThan(10);
    });
  }
});

describe("valid articles", () => {
  for (const name of validFiles) {
    it(`${name} reads, writes and reads back the same`, () => {
      const text = readFileSync(join(VALID, name), "utf8");
      const article = fromJson(text);
      expect(parseArticle(JSON.parse(text))).toEqual(article);
      const written = toJson(article);
      const again = fromJson(written);
      expect(again).toEqual(article);
      expect(toJson(again)).toBe(written);
    });
  }

  it("fills the defaults", () => {
    expect(parseArticle({ title: "T", comments: [{ id: "1", author: { name: "A" } }] })).toEqual({
      title: "T",
      authors: [],
      lead: [],
      sections: [],
      tags: [],
      comments: [{ id: "1", author: { name: "A" }, status: "published", body: [] }],
    });
  });

  it("does not change its input", () => {
    const input = { title: "T", lead: [{ type: "paragraph", text: "ab", marks: [] }] };
    const copy = structuredClone(input);
    parseArticle(input);
    expect(input).toEqual(copy);
  });

  it("accepts a reply chain in any order and a local date-time", () => {
    const article = parseArticle({
      title: "T",
      comments: [
        { id: "b", parentId: "a", author: { name: "B" }, publishedAt: "2012-01-20T10:15" },
        { id: "a", author: { name: "A" }, publishedAt: "2012-02-29" },
      ],
    });
    expect(article.comments.map((comment) => comment.id)).toEqual(["b", "a"]);
  });

  it("drops an empty marks list (it says nothing)", () => {
    const article = parseArticle({
      title: "T",
      lead: [{ type: "paragraph", text: "a", marks: [] }],
    });
    expect(article.lead[0]).toEqual({ type: "paragraph", text: "a" });
  });
});

describe("unknown keys", () => {
  const text = readFileSync(join(VALID, "unknown-keys.json"), "utf8");

  it("keeps __proto__, constructor and prototype as plain data", () => {
    const article = fromJson(text);
    expect(Object.getPrototypeOf(article)).toBe(Object.prototype);
    expect(Object.hasOwn(article, "__proto__")).toBe(true);
    expect(Object.getOwnPropertyDescriptor(article, "__proto__")?.value).toEqual({
      polluted: true,
    });
    expect(article.constructor).toBe("kept as data");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const comment = article.comments[0] as Article["comments"][number];
    expect(comment.id).toBe("__proto__");
    expect(Object.getOwnPropertyDescriptor(comment.author, "__proto__")?.value).toBe("x");
  });

  it("keeps them through parseArticle's copy, and writes them out", () => {
    const article = parseArticle(JSON.parse(text));
    expect(Object.getOwnPropertyDescriptor(article, "__proto__")?.value).toEqual({
      polluted: true,
    });
    const written = toJson(article);
    expect(written).toContain('"__proto__": {');
    expect(written).toContain('"x-cms"');
    expect(written).toContain('"style": "chapo"');
    expect(written).toContain('"source": "cms"');
    expect(JSON.parse(written).comments[0].likes).toEqual([1]);
  });

  it("reports each one, with its path, when asked to", () => {
    const issues = issuesOf(() => fromJson(text, { unknownKeys: "error" }));
    expect(issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        ["__proto__"],
        ["constructor"],
        ["prototype"],
        ["x-cms"],
        ["lead", 0, "style"],
        ["authors", 0, "twitter"],
        ["comments", 0, "likes"],
        ["comments", 0, "author", "__proto__"],
        ["comments", 0, "body", 0, "marks", 0, "source"],
      ]),
    );
    expect(issues.every((issue) => issue.code === "unknown_key")).toBe(true);
    expect(issues).toHaveLength(9);
  });

  it("writes unknown keys after known ones, sorted", () => {
    const written = toJson({ zeta: 1, title: "T", alpha: { b: 1, a: 2 } } as unknown as Article, {
      indent: 0,
    });
    expect(written).toBe(
      '{"title":"T","authors":[],"lead":[],"sections":[],"tags":[],"comments":[],"alpha":{"a":2,"b":1},"zeta":1}',
    );
  });

  it("refuses unknown values nested over 1000 levels", () => {
    let deep: unknown = 0;
    for (let index = 0; index < 1500; index++) deep = [deep];
    const issues = issuesOf(() => parseArticle({ title: "T", deep }));
    expect(issues[0]?.code).toBe("input_too_complex");
  });
});

describe("errors", () => {
  it("formats issues with their paths", () => {
    const result = safeParseArticle({
      title: "",
      comments: [{ id: "a", parentId: "b", author: { name: "A" } }],
      sections: [{ heading: "H", level: 9 }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(ArticleError);
    expect(result.error.name).toBe("ArticleError");
    expect(formatIssues(result.error.issues)).toMatchInlineSnapshot(`
      "✖ Expected \`parentId\` to name a comment of the article, found "b" [missing_parent]
        → at comments[0].parentId
      ✖ Expected text, found an empty string [empty_text]
        → at title
      ✖ Expected one of 2, 3, 4, 5, 6, found the number 9 [invalid_value]
        → at sections[0].level"
    `);
    expect(result.error.message).toContain("Invalid article (3 issues)");
  });

  it("gives a syntax error a line and a column", () => {
    const issues = issuesOf(() => fromJson('{\n  "title": "x",\n  "lead": ]\n}'));
    expect(issues).toEqual([
      {
        code: "invalid_json",
        message: 'Expected JSON: unexpected "]\\n}"',
        path: [],
        place: { line: 3, column: 11, offset: 28 },
      },
    ]);
  });

  it("counts a byte order mark in the column, and reads past it", () => {
    expect(fromJson('\ufeff{"title":"x"}').title).toBe("x");
    const issues = issuesOf(() => fromJson('\ufeff{"title":}'));
    expect(issues[0]?.place).toEqual({ line: 1, column: 11, offset: 10 });
  });

  it("reports JSON too deep for the engine as input_too_complex or invalid_type, never a RangeError", () => {
    const text = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
    const issues = issuesOf(() => fromJson(text));
    expect(["input_too_complex", "invalid_type"]).toContain(issues[0]?.code);
  });

  it("recognises an ArticleError from another copy of the library", () => {
    const foreign = Object.assign(new Error("x"), { name: "ArticleError", issues: [] });
    expect(isArticleError(foreign)).toBe(true);
    expect(isArticleError(new Error("x"))).toBe(false);
    expect(isArticleError({ name: "ArticleError", issues: [] })).toBe(false);
  });

  it("refuses to build an error without issues", () => {
    expect(() => new ArticleError([])).toThrow(TypeError);
  });
});

describe("options", () => {
  const cases: [string, () => unknown, string][] = [
    [
      "unknownKeys",
      () => parseArticle({ title: "T" }, { unknownKeys: "drop" as "keep" }),
      'Cannot use "drop" for `options.unknownKeys` of `parseArticle`, expected "keep" or "error"',
    ],
    [
      "an unknown option",
      () => fromJson("{}", { strict: true } as never),
      "Unknown option `options.strict` of `fromJson`: expected one of `unknownKeys`",
    ],
    [
      "options not an object",
      () => safeParseArticle({}, "error" as never),
      "Expected `options` of `safeParseArticle` to be an object, found string",
    ],
    [
      "indent",
      () => toJson({ title: "T" } as Article, { indent: 11 }),
      "Cannot use 11 for `options.indent` of `toJson`, expected a whole number from 0 to 10 or a string of at most 10 JSON white-space characters (space, tab, line feed, carriage return)",
    ],
    [
      "text not a string",
      () => fromJson(undefined as unknown as string),
      "Expected `text` of `fromJson` to be a string, found undefined",
    ],
  ];
  for (const [name, run, message] of cases) {
    it(`throws at once on a bad ${name}`, () => {
      expect(run).toThrowError(new TypeError(message));
    });
  }
});

describe("toJson", () => {
  it("checks what it writes", () => {
    expect(() => toJson({ title: "" } as Article)).toThrow(ArticleError);
  });

  it("indents as asked", () => {
    expect(toJson({ title: "T" } as Article, { indent: "\t" })).toContain('\n\t"title": "T"');
  });

  it("takes any indent made of JSON white space, and reads it back", () => {
    const article = { title: "T", tags: [{ name: "a", slug: "a" }] } as Article;
    for (const indent of ["", " ", "\t", "\r\n", " \t\n\r", " ".repeat(10), 0, 4, 10]) {
      const text = toJson(article, { indent });
      expect(fromJson(text), JSON.stringify(indent)).toEqual(parseArticle(article));
    }
  });

  it("refuses an indent that is not JSON white space, naming the option", () => {
    const cases: [unknown, string][] = [
      ["--", '"--"'],
      ["x", '"x"'],
      ["\u00a0", '"\\u00a0"'],
      ["\u2028", '"\\u2028"'],
      ["\u3000", '"\\u3000"'],
      ["\v", '"\\u000b"'],
      [" ".repeat(11), `"${" ".repeat(11)}"`],
      [-1, "-1"],
      [1.5, "1.5"],
      [Number.NaN, "NaN"],
      [true, "a value of type boolean"],
    ];
    for (const [indent, shown] of cases) {
      expect(() => toJson({ title: "T" } as Article, { indent: indent as string })).toThrowError(
        new TypeError(
          `Cannot use ${shown} for \`options.indent\` of \`toJson\`, expected a whole number from 0 to 10 or a string of at most 10 JSON white-space characters (space, tab, line feed, carriage return)`,
        ),
      );
    }
  });
});
