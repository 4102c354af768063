// How a Disqus post's fields are read (as parser events, not as a tree):
// the first element of each name is the field, its text is all the text
// inside it, the author's fields are the children of the first <author>,
// and a field's report points at the field. Exports written here, text
// made up.
import { describe, expect, it } from "vitest";
import { fromDisqus, streamDisqus } from "../../src/import/disqus.js";

const head =
  '<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">\n';
const thread =
  '<thread dsq:id="1"><id>page-1</id><link>https://notes.example/1/</link><title>Page 1</title></thread>\n';

function read(post: string) {
  const result = fromDisqus(`${head}${thread}${post}\n</disqus>`);
  const comment = result.articles[0]?.comments[0];
  return { comment, messages: result.messages, result };
}

describe("the fields of a Disqus post", () => {
  it("take the first element of each name and all the text inside it", () => {
    const { comment } = read(
      '<post dsq:id="7"><message><![CDATA[First ]]><x>ignored <y>markup</y></x></message><message><![CDATA[<p>Second</p>]]></message><createdAt>2020-01-02T03:04:05Z</createdAt><createdAt>1999-01-01T00:00:00Z</createdAt><author><name>Ann <b>Lee</b></name><name>Other</name></author><thread dsq:id="1"/></post>',
    );
    expect(comment?.id).toBe("7");
    // The text of <message> is its CDATA and the text of the elements inside it.
    expect(comment?.body).toEqual([{ type: "paragraph", text: "First ignored markup" }]);
    expect(comment?.publishedAt).toBe("2020-01-02T03:04:05Z");
    expect(comment?.author.name).toBe("Ann Lee");
  });

  it("read the author from the first <author> only, and only its children", () => {
    const { comment } = read(
      '<post dsq:id="7"><message>hi</message><name>Not the author</name><author><email>ann@notes.example</email><x><name>Nested</name></x><username>ann</username></author><author><name>Second author</name></author><thread dsq:id="1"/></post>',
    );
    // No <name> child in the first author: "Anonymous" stands in; the rest is read.
    expect(comment?.author).toEqual({
      name: "Anonymous",
      email: "ann@notes.example",
      id: "ann",
    });
  });

  it("take the thread and parent from the first <thread> and <parent>", () => {
    const xml = `${head}${thread}<thread dsq:id="2"><id>page-2</id><title>Page 2</title></thread>\n<post dsq:id="5"><message>root</message><thread dsq:id="1"/></post>\n<post dsq:id="6"><message>reply</message><thread dsq:id="1"/><thread dsq:id="2"/><parent dsq:id="5"/><parent dsq:id="9"/></post>\n</disqus>`;
    const result = fromDisqus(xml);
    expect(result.articles.map((article) => article.comments.length)).toEqual([2, 0]);
    expect(result.articles[0]?.comments[1]?.parentId).toBe("5");
  });

  it("place a field's report at the field, and keep the value as read", () => {
    const post =
      '<post dsq:id="7">\n<message>hi</message>\n<isSpam>\n  perhaps\n</isSpam>\n<createdAt>yesterday</createdAt><thread dsq:id="1"/></post>';
    const { comment, messages } = read(post);
    const spam = messages.find((message) => message.ruleId === "boolean-invalid");
    const date = messages.find((message) => message.ruleId === "date-invalid");
    // Line 1 is the declaration, 2 <disqus>, 3 the thread, 4 <post>, 5 <message>,
    // 6 <isSpam>, 9 <createdAt> (the column of a start tag's `>`).
    expect(spam?.place).toEqual({ line: 6, column: 8 });
    expect(date?.place).toEqual({ line: 9, column: 11 });
    expect(spam?.actual).toBe("\n  perhaps\n");
    expect((comment as unknown as { disqus: Record<string, unknown> }).disqus).toEqual({
      isSpam: "\n  perhaps\n",
      createdAt: "yesterday",
    });
  });

  it("read the same fields whatever the chunks the stream cuts the post into", async () => {
    const post =
      '<post dsq:id="7"><id>wp-7</id><message><![CDATA[<p>Chunked &amp; cut</p>]]></message><author><name>Ann</name><email>ann@notes.example</email></author><ipAddress> 192.0.2.9 </ipAddress><points>3</points><thread dsq:id="1"/></post>';
    const xml = `${head}${thread}${post}\n</disqus>`;
    const whole = fromDisqus(xml).articles;
    for (const size of [1, 2, 3, 7, 64]) {
      const parts: string[] = [];
      for (let at = 0; at < xml.length; at += size) parts.push(xml.slice(at, at + size));
      const articles = [];
      for await (const chunk of streamDisqus(parts))
        if (chunk.article) articles.push(chunk.article);
      expect(articles, `chunks of ${size}`).toEqual(whole);
    }
    const comment = whole[0]?.comments[0] as unknown as { disqus: Record<string, unknown> };
    expect(comment.disqus).toEqual({ id: "wp-7", ipAddress: "192.0.2.9", points: 3 });
  });

  it("refuse the same nesting depth inside a post as inside a thread, at the same place", () => {
    const nest = (n: number) => `${"<x>".repeat(n)}${"</x>".repeat(n)}`;
    const inPost = (n: number) =>
      `${head}${thread}<post dsq:id="7"><message>hi</message>${nest(n)}<thread dsq:id="1"/></post>\n</disqus>`;
    const inThread = (n: number) =>
      `${head}<thread dsq:id="1"><id>page-1</id><title>Page 1</title>${nest(n)}</thread>\n</disqus>`;
    const outcome = (xml: string) => {
      try {
        return fromDisqus(xml).articles.length;
      } catch (error) {
        return (error as { issues: { code: string; place: unknown }[] }).issues[0];
      }
    };
    // <disqus> is depth 0, the post or thread 1: 998 levels inside reach depth 999.
    expect(outcome(inPost(998))).toBe(1);
    expect(outcome(inThread(998))).toBe(1);
    const post = outcome(inPost(999));
    expect(post).toMatchObject({ code: "input_too_complex", place: { line: 4 } });
    expect(outcome(inThread(999))).toMatchObject({ code: "input_too_complex", place: { line: 3 } });
    // Prefixed and attributed elements take the other path through the reader.
    const mixed = `${head}${thread}<post dsq:id="7"><message>hi</message>${'<x a="1">'.repeat(500)}${"<dsq:y>".repeat(499)}${"</dsq:y>".repeat(499)}${"</x>".repeat(500)}<thread dsq:id="1"/></post>\n</disqus>`;
    expect(outcome(mixed)).toMatchObject({ code: "input_too_complex" });
    expect(outcome(mixed.replace("<dsq:y>", "").replace("</dsq:y>", ""))).toBe(1);
  });

  it("end a namespace declared inside a post with the element that declares it", () => {
    const post = (inner: string) =>
      `${head}${thread}<post dsq:id="7"><message>hi</message>${inner}<thread dsq:id="1"/></post>\n</disqus>`;
    expect(fromDisqus(post('<x xmlns:q="urn:q"><q:y/></x>')).articles[0]?.comments).toHaveLength(1);
    expect(() => fromDisqus(post('<x xmlns:q="urn:q"></x><q:y/>'))).toThrow(
      'unbound namespace prefix: "q"',
    );
    // A default namespace declared on a field changes nothing of how it is read.
    const { articles } = fromDisqus(
      post('<ipAddress xmlns="urn:other"> 192.0.2.1 </ipAddress><points>2</points>'),
    );
    const comment = articles[0]?.comments[0] as unknown as { disqus: Record<string, unknown> };
    expect(comment.disqus).toEqual({ ipAddress: "192.0.2.1", points: 2 });
  });
});
