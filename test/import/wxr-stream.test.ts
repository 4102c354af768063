// streamWxr and streamDisqus: the same articles and messages as fromWxr and
// fromDisqus whatever the chunking (bytes cut inside a character, a Node
// Readable, a web ReadableStream), and a WXR article is out before the
// input ends.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDisqus, fromWxr, streamDisqus, streamWxr } from "../../src/import.js";
import type { Article, Message } from "../../src/index.js";

const fixtures = join(import.meta.dirname, "..", "fixtures", "import");
const wxr = readFileSync(join(fixtures, "statuses.wxr.xml"));
const disqus = readFileSync(join(fixtures, "threads.disqus.xml"));

function cut(bytes: Uint8Array, sizes: number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  let at = 0;
  let index = 0;
  while (at < bytes.length) {
    const size = Math.max(1, sizes[index++ % sizes.length] as number);
    out.push(bytes.subarray(at, at + size));
    at += size;
  }
  return out;
}

async function gather(
  stream: AsyncIterable<{ article: Article | undefined; messages: Message[] }>,
): Promise<{ articles: Article[]; messages: Message[] }> {
  const articles: Article[] = [];
  const messages: Message[] = [];
  for await (const item of stream) {
    if (item.article !== undefined) articles.push(item.article);
    messages.push(...item.messages);
  }
  return { articles, messages };
}

const sort = (messages: Message[]): Message[] =>
  [...messages].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe("streamWxr and streamDisqus", () => {
  it("give what fromWxr gives, however the bytes are cut (a multibyte character split included)", async () => {
    const whole = fromWxr(wxr);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 8 }),
        async (sizes) => {
          const streamed = await gather(streamWxr(cut(wxr, sizes)));
          expect(streamed.articles).toEqual(whole.articles);
          expect(sort(streamed.messages)).toEqual(sort(whole.messages));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("give what fromDisqus gives, from a Node Readable and a web ReadableStream", async () => {
    const whole = fromDisqus(disqus);
    const node = await gather(streamDisqus(Readable.from(cut(disqus, [97, 13]))));
    expect(node).toEqual({ articles: whole.articles, messages: whole.messages });
    const web = await gather(
      streamDisqus(Readable.toWeb(Readable.from(cut(disqus, [256]))) as ReadableStream),
    );
    expect(web).toEqual({ articles: whole.articles, messages: whole.messages });
    const text = await gather(streamDisqus([disqus.toString("utf8")]));
    expect(text.articles).toEqual(whole.articles);
  });

  it("yield a WXR article as soon as its item ends, before the rest is read", async () => {
    const chunks = cut(wxr, [512]);
    let read = 0;
    async function* source(): AsyncGenerator<Uint8Array> {
      for (const chunk of chunks) {
        read++;
        yield chunk;
      }
    }
    for await (const item of streamWxr(source())) {
      if (item.article !== undefined) {
        expect(read).toBeLessThan(chunks.length);
        return;
      }
    }
    expect.unreachable("no article was yielded");
  });

  it("throw the typed error while iterating, and a TypeError for a bad source", async () => {
    await expect(gather(streamWxr(["<rss><channel><item>"]))).rejects.toMatchObject({
      name: "ArticleError",
    });
    await expect(
      gather(streamDisqus([disqus.toString("utf8").slice(0, 500)])),
    ).rejects.toMatchObject({
      name: "ArticleError",
    });
    expect(() => streamWxr("<rss/>" as never)).toThrow(TypeError);
    await expect(gather(streamDisqus([42 as never]))).rejects.toThrow(TypeError);
  });
});
