// Bad input to fromWxr and fromDisqus: every input gives articles or a
// typed ArticleError (with a place where there is one), never another
// exception or a hang; nothing is fetched, no entity is expanded.
import { describe, expect, it } from "vitest";
import { fromDisqus, fromWxr } from "../../src/import.js";
import { type ArticleError, isArticleError, parseArticle } from "../../src/index.js";

const HEAD =
  '<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><wp:wxr_version>1.2</wp:wxr_version>';
const TAIL = "</channel></rss>";
const DISQUS_HEAD =
  '<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">';

function wxrComment(id: string, parent: string): string {
  return `<wp:comment><wp:comment_id>${id}</wp:comment_id><wp:comment_author>Reader</wp:comment_author><wp:comment_content>Text ${id}</wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_parent>${parent}</wp:comment_parent></wp:comment>`;
}

function disqusPost(id: number, parent: number | undefined, thread = "1"): string {
  return `<post dsq:id="${id}"><message><![CDATA[<p>Post ${id}</p>]]></message><isDeleted>false</isDeleted><isSpam>false</isSpam><author><name>R</name></author><thread dsq:id="${thread}"/>${parent === undefined ? "" : `<parent dsq:id="${parent}"/>`}</post>`;
}

function failure(run: () => unknown): ArticleError {
  try {
    run();
  } catch (error) {
    if (isArticleError(error)) return error;
    throw error;
  }
  throw new Error("expected an ArticleError");
}

describe("fromWxr and fromDisqus on bad input", () => {
  it.each([
    ["", "invalid_syntax"],
    ["just some text", "invalid_syntax"],
    ['{"not": "xml"}', "invalid_syntax"],
    ["<rss><channel><item>", "invalid_syntax"],
    ["<html><body><p>a page</p></body></html>", "invalid_value"],
    ["<rss><channel><item><title>plain RSS</title></item></channel></rss>", "invalid_value"],
    ['<disqus xmlns="http://disqus.com"></disqus>', "invalid_value"],
  ])("fromWxr(%j) is an ArticleError %s", (input, code) => {
    expect(failure(() => fromWxr(input)).issues[0]?.code).toBe(code);
  });

  it.each([
    ["", "invalid_syntax"],
    ["<disqus><post>", "invalid_syntax"],
    [`${HEAD}${TAIL}`, "invalid_value"],
    ["<feed/>", "invalid_value"],
  ])("fromDisqus(%j) is an ArticleError %s", (input, code) => {
    expect(failure(() => fromDisqus(input)).issues[0]?.code).toBe(code);
  });

  it("never expands entities (a billion laughs) nor resolves external ones: an error at their place", () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>${HEAD.replace('<?xml version="1.0"?>', "")}<item><title>&lol3;</title></item>${TAIL}`;
    const issue = failure(() => fromWxr(bomb)).issues[0];
    expect(issue).toMatchObject({ code: "invalid_syntax", place: { line: 1 } });
    expect(issue?.message).toMatch(/undefined entity/);
    const external = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "http://127.0.0.1:9/secret"><!ENTITY y SYSTEM "file:///etc/passwd">]>${DISQUS_HEAD}<thread dsq:id="1"><title>&x;&y;</title></thread></disqus>`;
    expect(failure(() => fromDisqus(external)).issues[0]?.message).toMatch(/undefined entity/);
  });

  it("reads a DOCTYPE without entities, and says it was ignored", () => {
    const { articles, messages } = fromWxr(
      `<?xml version="1.0"?><!DOCTYPE rss>${HEAD.replace('<?xml version="1.0"?>', "")}<item><title>T</title></item>${TAIL}`,
    );
    expect(articles).toHaveLength(1);
    expect(messages.map((message) => message.ruleId)).toContain("doctype-ignored");
  });

  it("removes the control characters XML forbids, with a message at the first one", () => {
    const { articles, messages } = fromWxr(
      `${HEAD}\n<item><title>Bell\u0007 and\u001b escape</title>${wxrComment("1", "0").replace("Text 1", "Form\u000cfeed")}</item>${TAIL}`,
    );
    expect(articles[0]?.title).toBe("Bell and escape");
    expect(messages.find((message) => message.ruleId === "control-characters")).toMatchObject({
      place: { line: 2 },
      actual: "U+0007",
    });
    const disqus = fromDisqus(
      `${DISQUS_HEAD}<thread dsq:id="1"><title>a\u0001b</title></thread></disqus>`,
    );
    expect(disqus.articles[0]?.title).toBe("ab");
  });

  it("refuses XML nested deeper than 1 000 elements (saxes slows down with depth) with a place", () => {
    const deep = `${HEAD}<item>${"<x>".repeat(5000)}${"</x>".repeat(5000)}</item>${TAIL}`;
    expect(failure(() => fromWxr(deep)).issues[0]).toMatchObject({
      code: "input_too_complex",
      place: { line: 1 },
    });
  });

  it("keeps HTML nested too deep for the HTML parser as a raw block, with a message", () => {
    const { articles, messages } = fromWxr(
      `${HEAD}<item><title>Deep</title><content:encoded><![CDATA[${"<span>".repeat(60_000)}x]]></content:encoded></item>${TAIL}`,
    );
    expect(articles[0]?.lead[0]?.type).toBe("raw");
    expect(messages.map((message) => message.ruleId)).toContain("html-too-deep");
  }, 60_000);

  it("reads a 100 000-deep reply chain (WXR, children listed before parents) and keeps it threaded", () => {
    const count = 100_000;
    const comments: string[] = [];
    for (let index = count; index >= 1; index--)
      comments.push(wxrComment(String(index), String(index - 1)));
    const { articles } = fromWxr(
      `${HEAD}<item><title>Chain</title>${comments.join("")}</item>${TAIL}`,
    );
    const read = articles[0]?.comments ?? [];
    expect(read).toHaveLength(count);
    expect(read[0]?.id).toBe("1");
    expect(read[count - 1]).toMatchObject({ id: String(count), parentId: String(count - 1) });
    expect(parseArticle(articles[0]).comments).toHaveLength(count);
  }, 120_000);

  it("reads a 100 000-deep reply chain and 100 000 posts on one Disqus thread", () => {
    const count = 100_000;
    let xml = `${DISQUS_HEAD}<thread dsq:id="1"><id>t</id><title>T</title></thread>`;
    const posts: string[] = [];
    for (let index = 1; index <= count; index++)
      posts.push(disqusPost(index, index > 1 ? index - 1 : undefined));
    xml += `${posts.join("")}</disqus>`;
    const { articles } = fromDisqus(xml);
    expect(articles[0]?.comments).toHaveLength(count);
    expect(articles[0]?.comments[count - 1]?.parentId).toBe(String(count - 1));
  }, 120_000);

  it("keeps ids per post (reused across posts) and `__proto__` as a plain id", () => {
    const item = (id: string): string =>
      `<item><title>P${id}</title><wp:post_id>${id}</wp:post_id>${wxrComment("__proto__", "0")}${wxrComment("constructor", "__proto__")}</item>`;
    const { articles, messages } = fromWxr(`${HEAD}${item("1")}${item("2")}${TAIL}`);
    for (const article of articles) {
      expect(article.comments.map((comment) => [comment.id, comment.parentId])).toEqual([
        ["__proto__", undefined],
        ["constructor", "__proto__"],
      ]);
      expect(parseArticle(article)).toEqual(article);
    }
    expect(messages).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("throws a TypeError for a wrong argument or option", () => {
    expect(() => fromWxr(42 as never)).toThrow(
      "Expected `xml` of `fromWxr` to be a string or a Uint8Array, found number",
    );
    expect(() => fromWxr("<rss/>", { nope: true } as never)).toThrow(
      /Unknown option `options.nope` of `fromWxr`/,
    );
    expect(() => fromWxr("<rss/>", { notes: "yes" } as never)).toThrow(/options.notes/);
    expect(() => fromWxr("<rss/>", { postTypes: "post" } as never)).toThrow(/options.postTypes/);
    expect(() => fromDisqus(null as never)).toThrow(/Expected `xml` of `fromDisqus`/);
    expect(() => fromDisqus("<disqus/>", { deletedThreads: "drop" } as never)).toThrow(
      /options.deletedThreads/,
    );
  });
});
