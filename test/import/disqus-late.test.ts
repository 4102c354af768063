// What a Disqus export's posts become when they are made comments late
// (kept as records until their article is asked for): where their messages
// go, what is said of posts left out, the order of their unknown keys, and
// nothing carried from one read to the next. Exports written here, text
// made up.
import { describe, expect, it } from "vitest";
import { fromDisqus, streamDisqus } from "../../src/import/disqus.js";
import type { DisqusChunk } from "../../src/import/disqus-types.js";

const head =
  '<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">\n';
const thread = (id: string, deleted = false) =>
  `<thread dsq:id="${id}"><id>page-${id}</id><link>https://notes.example/${id}/</link><title>Page ${id}</title><isDeleted>${deleted}</isDeleted></thread>\n`;
const post = (id: string, threadId: string, message: string, extra = "") =>
  `<post dsq:id="${id}"><message><![CDATA[${message}]]></message>${extra}<author><name>Reader ${id}</name></author><thread dsq:id="${threadId}"/></post>\n`;

async function chunks(xml: string, options?: { deletedThreads: "keep" | "skip" }) {
  const out: DisqusChunk[] = [];
  for await (const chunk of streamDisqus([xml], options)) out.push(chunk);
  return out;
}

describe("Disqus posts made comments when their article is asked for", () => {
  // First in the file: nothing read before it.
  it("read an `id` without the Disqus namespace as no dsq:id, whatever was read before", () => {
    const odd = `${head}<thread id="plain" dsq:id="t1"><id>page-t1</id><title>T</title></thread>\n<post id="plain-post"><message><![CDATA[<p>hello</p>]]></message><thread dsq:id="t1"/></post>\n</disqus>`;
    const before = fromDisqus(odd);
    fromDisqus(`${head}${thread("1")}${post("10", "1", "<p>x</p>")}</disqus>`);
    const after = fromDisqus(odd);
    expect(after).toEqual(before);
    expect(before.articles[0]?.comments.map((comment) => comment.id)).toEqual(["post-1"]);
    expect(before.messages.map((message) => message.ruleId)).toContain("id-missing");
  });

  it("report a post's body with its article, its other fields in the first chunk", async () => {
    const xml = `${head}${thread("1")}${post("10", "1", '<p><a href="javascript:alert(1)">x</a> y</p>', "<isSpam>maybe</isSpam>")}${post("11", "1", "")}</disqus>`;
    const [first, second, ...rest] = await chunks(xml);
    expect(rest).toEqual([]);
    expect(first?.article).toBeUndefined();
    expect(first?.messages.map((message) => message.ruleId)).toEqual(["boolean-invalid"]);
    expect(second?.article?.comments.map((comment) => [comment.id, comment.status])).toEqual([
      ["10", "published"],
      ["11", "deleted"],
    ]);
    expect(second?.messages.map((message) => message.ruleId)).toEqual(["unsafe-url", "post-empty"]);
    // Each message has a place of its own.
    const [unsafe, empty] = second?.messages ?? [];
    expect(unsafe?.place).not.toBe(empty?.place);
  });

  it("do not read the posts left out: an absent thread's, a skipped deleted thread's", async () => {
    const xml = `${head}${thread("1")}${thread("2", true)}${post("20", "2", "")}${post("30", "9", "")}${post("10", "1", "<p>kept</p>")}</disqus>`;
    const skipped = await chunks(xml, { deletedThreads: "skip" });
    const ruleIds = skipped.flatMap((chunk) => chunk.messages.map((message) => message.ruleId));
    expect(ruleIds.sort()).toEqual(["thread-deleted", "thread-missing"]);
    expect(
      skipped.flatMap((chunk) => (chunk.article === undefined ? [] : [chunk.article.id])),
    ).toEqual(["page-1"]);
    const kept = fromDisqus(xml);
    expect(kept.messages.map((message) => message.ruleId).sort()).toEqual([
      "post-empty",
      "thread-deleted",
      "thread-missing",
    ]);
  });

  it("keep the unknown keys in the order they had: `isSpam` before an unreadable `createdAt`", () => {
    const xml = `${head}${thread("1")}${post("10", "1", "", "<isSpam>true</isSpam><createdAt>someday</createdAt><ipAddress>192.0.2.7</ipAddress>")}</disqus>`;
    const comment = fromDisqus(xml).articles[0]?.comments[0] as unknown as {
      status: string;
      disqus: Record<string, unknown>;
    };
    expect(comment.status).toBe("deleted");
    expect(Object.keys(comment.disqus)).toEqual(["isSpam", "createdAt", "ipAddress"]);
    expect(comment.disqus).toEqual({ isSpam: true, createdAt: "someday", ipAddress: "192.0.2.7" });
  });
});
