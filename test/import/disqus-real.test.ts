// fromDisqus on the real Disqus exports of ../shared/formats/disqus (read in
// place, never copied): counts per thread against an independent walk, the
// remark42 files that are not well-formed, and the round trips.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fromDisqus } from "../../src/import/disqus.js";
import {
  type ArticleError,
  fromJson,
  isArticleError,
  parseArticle,
  toJson,
} from "../../src/index.js";
import { fromMarkdown, toMarkdown } from "../../src/markdown.js";
import { sharedDir, skipShared } from "../_helpers/shared.js";
import { countArticle, countDisqus } from "./_count.js";

const dir = join(sharedDir, "formats", "disqus");
const read = (name: string): string => readFileSync(join(dir, name), "utf8");

describe.skipIf(skipShared)("fromDisqus on the real exports", () => {
  it("isso-disqus: comments, replies, depth, statuses per thread match an independent count", () => {
    const xml = read("isso-disqus.xml");
    const { articles } = fromDisqus(xml);
    expect(articles.map(countArticle)).toEqual(countDisqus(xml));
  });

  it("isso-disqus: ids from the identifier, else the link; the orphan post reported with its id; the deleted post keeps its reply", () => {
    const { articles, messages } = fromDisqus(read("isso-disqus.xml"));
    expect(articles[0]?.id).toBe("some-id");
    expect(articles[2]?.id).toBe(articles[2]?.url);
    const orphan = messages.find((message) => message.ruleId === "thread-missing");
    expect(orphan?.actual).toBe("6");
    const deleted = articles[0]?.comments.find((comment) => comment.id === "9");
    expect(deleted?.status).toBe("deleted");
    expect(articles[0]?.comments.find((comment) => comment.parentId === "9")?.id).toBe("11");
  });

  it.each([
    "remark42-disqus.xml",
    "remark42-disqus-deleted-thread.xml",
    "remark42-disqus-deleted-post.xml",
  ])("%s (a backtick before <?xml, an unquoted attribute) is an ArticleError at line 1", (name) => {
    let caught: unknown;
    try {
      fromDisqus(read(name));
    } catch (error) {
      caught = error;
    }
    expect(isArticleError(caught)).toBe(true);
    const issue = (caught as ArticleError).issues[0];
    // saxes sees the fault on the character after the backtick.
    expect(issue).toMatchObject({ code: "invalid_syntax", place: { line: 1 } });
    expect(issue?.place?.column).toBeLessThanOrEqual(2);
  });

  it("the unquoted attribute of line 147 is found once the backtick is gone", () => {
    const xml = read("remark42-disqus.xml").replace(/^`/, "");
    expect(() => fromDisqus(xml)).toThrow(/unquoted attribute value \(line 147, column 24\)/);
  });

  it("a WordPress export given to fromDisqus is a typed error naming the format", () => {
    const wxr = readFileSync(join(sharedDir, "formats", "wxr", "valid-wxr-1.1.xml"), "utf8");
    expect(() => fromDisqus(wxr)).toThrow(/WordPress export.*fromWxr/);
  });

  it("every article passes parseArticle and survives toJson/fromJson and toMarkdown/fromMarkdown unchanged", () => {
    const { articles } = fromDisqus(read("isso-disqus.xml"));
    expect(articles.length).toBe(countDisqus(read("isso-disqus.xml")).length);
    for (const article of articles) {
      expect(parseArticle(article)).toEqual(article);
      expect(fromJson(toJson(article))).toEqual(article);
      expect(fromMarkdown(toMarkdown(article)).article).toEqual(article);
    }
  });
});

describe.skipIf(!skipShared)("fromDisqus on the real exports", () => {
  it("is skipped: ../shared is missing", () => {
    expect(skipShared).toBe(true);
  });
});
