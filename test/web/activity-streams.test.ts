import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import { type Article, parseArticle } from "../../src/index.js";
import { toActivityStreams } from "../../src/web.js";
import { article as anyArticle } from "../_helpers/arbitraries.js";
import { FEEDS, hasShared, sharedTitle } from "./_shared.js";

const AS = "https://www.w3.org/ns/activitystreams";

const sample = parseArticle({
  title: "Threads",
  url: "https://exemple.org/a#top",
  lang: "fr",
  summary: "<b>bold</b>",
  authors: [{ name: "Ann", url: "https://exemple.org/ann" }],
  publishedAt: "2024-03-01T10:00:00+01:00",
  image: { type: "image", url: "/img/a.jpg", alt: "A" },
  tags: [{ name: "Été", slug: "ete" }],
  lead: [{ type: "paragraph", text: "x < y", marks: [{ type: "emphasis", start: 0, end: 1 }] }],
  comments: [
    { id: "1", author: { name: "B" }, body: [{ type: "paragraph", text: "un" }] },
    { id: "2", parentId: "1", author: { name: "C" }, body: [], status: "spam" },
    { id: "3 /?", parentId: "2", author: { name: "D" }, body: [] },
  ],
});

describe("toActivityStreams", () => {
  it("writes an Article with a replies OrderedCollection of Notes, each inReplyTo its parent", () => {
    const node = toActivityStreams(sample);
    expect(node).toMatchObject({
      type: "Article",
      id: "https://exemple.org/a#top",
      name: "Threads",
      summary: "&lt;b&gt;bold&lt;/b&gt;",
      content: "<p><em>x</em> &lt; y</p>",
      contentMap: { fr: "<p><em>x</em> &lt; y</p>" },
      attributedTo: [{ type: "Person", name: "Ann", url: "https://exemple.org/ann" }],
      image: { type: "Image", url: "https://exemple.org/img/a.jpg", name: "A" },
      tag: [{ type: "Hashtag", name: "#ete" }],
    });
    const replies = node.replies as {
      type: string;
      totalItems: number;
      orderedItems: Record<string, unknown>[];
    };
    expect(replies.type).toBe("OrderedCollection");
    expect(replies.totalItems).toBe(2);
    expect(replies.orderedItems.map((note) => [note.id, note.inReplyTo])).toEqual([
      ["https://exemple.org/a#comment-1", "https://exemple.org/a#top"],
      // The spam comment is left out: its reply hangs from comment 1.
      ["https://exemple.org/a#comment-3%20%2F%3F", "https://exemple.org/a#comment-1"],
    ]);
  });

  it("throws an ArticleError when the article has no url", () => {
    expect(() => toActivityStreams(parseArticle({ title: "T" }))).toThrow(
      expect.objectContaining({ name: "ArticleError" }),
    );
  });

  it("throws a TypeError naming a bad option", () => {
    expect(() => toActivityStreams(sample, { statuses: "all" } as never)).toThrow(
      /`options.statuses` of `toActivityStreams`/,
    );
  });
});

/** What makes a document one of the W3C must-fail kinds (empty: none). */
function faults(document: unknown, bytes?: Buffer): string[] {
  const out: string[] = [];
  if (bytes !== undefined) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      out.push("not UTF-8");
      return out;
    }
  }
  if (typeof document !== "object" || document === null || Array.isArray(document))
    return ["not an object at the top"];
  const context = (document as Record<string, unknown>)["@context"];
  const contexts = Array.isArray(context) ? context : [context];
  if (
    !contexts.some(
      (item) =>
        typeof item === "string" && /^https?:\/\/www\.w3\.org\/ns\/activitystreams$/.test(item),
    )
  ) {
    out.push("not the AS2 context");
  }
  const links = [
    "actor",
    "object",
    "attributedTo",
    "inReplyTo",
    "target",
    "tag",
    "url",
    "image",
    "replies",
    "first",
    "last",
  ];
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      stack.push(...value);
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    const node = value as Record<string, unknown>;
    for (const key of ["id", "name", "content", "summary"]) {
      if (key in node && typeof node[key] !== "string") out.push(`${key} is not a string`);
    }
    if ("type" in node && ![node.type].flat().every((type) => typeof type === "string"))
      out.push("type is not a string");
    if (typeof node.id === "string" && !URL.canParse(node.id)) out.push("relative id");
    for (const key of ["nameMap", "contentMap", "summaryMap"]) {
      if (!(key in node)) continue;
      const map = node[key];
      if (typeof map !== "object" || map === null || Array.isArray(map)) {
        out.push(`${key} is not a map`);
        continue;
      }
      for (const [tag, text] of Object.entries(map)) {
        if (typeof text !== "string") out.push(`${key} value is not a string`);
        // Well-formed BCP 47: what Intl accepts, or a private-use tag.
        try {
          Intl.getCanonicalLocales(tag);
        } catch {
          if (!/^x(-[a-z0-9]{1,8})+$/i.test(tag)) out.push(`${key} has an invalid language tag`);
        }
      }
    }
    for (const key of links) {
      for (const item of [node[key]].flat()) {
        if (item === undefined) continue;
        if (typeof item !== "string" && (typeof item !== "object" || item === null))
          out.push(`${key} is not a link or object`);
        if (key === "url" && typeof item === "string" && !URL.canParse(item))
          out.push("relative url");
      }
    }
    if (node.type === "Collection" && "orderedItems" in node)
      out.push("unordered collection with orderedItems");
    if (node.type === "OrderedCollection" && "items" in node)
      out.push("ordered collection with items");
    if (
      (node.type === "Collection" || node.type === "OrderedCollection") &&
      typeof node.first === "object"
    ) {
      const page = (node.first as Record<string, unknown>).type;
      if (page !== "CollectionPage" && page !== "OrderedCollectionPage")
        out.push("first is not a page");
    }
    stack.push(...Object.values(node));
  }
  return out;
}

describe.skipIf(!hasShared)(
  sharedTitle("toActivityStreams against the W3C context and test documents"),
  () => {
    const folder = join(FEEDS, "activitystreams");
    const contextFile = hasShared
      ? JSON.parse(readFileSync(join(folder, "activitystreams.jsonld"), "utf8"))
      : {};
    const terms = new Set(Object.keys(contextFile["@context"] ?? {}));
    const documentLoader = async (url: string) => {
      if (url.replace(/^http:/, "https:") === AS)
        return { contextUrl: null, documentUrl: url, document: contextFile };
      throw new Error(`no network: ${url}`);
    };
    const expand = (document: unknown) => jsonld.expand(document, { documentLoader, safe: true });

    // The context maps undefined terms to blank-node IRIs (`"@vocab": "_:"`):
    // an undefined term shows up as a `_:` key or type after expansion.
    function undefinedTerms(expanded: unknown): string[] {
      const out: string[] = [];
      const stack: unknown[] = [expanded];
      while (stack.length > 0) {
        const value = stack.pop();
        if (Array.isArray(value)) stack.push(...value);
        else if (typeof value === "object" && value !== null) {
          for (const [key, item] of Object.entries(value)) {
            if (key.startsWith("_:")) out.push(key);
            if (key === "@type")
              for (const type of [item].flat())
                if (String(type).startsWith("_:")) out.push(String(type));
            stack.push(item);
          }
        }
      }
      return out;
    }

    it("finds an undefined term after expansion (the check can fail)", async () => {
      expect(
        undefinedTerms(await expand({ "@context": AS, type: "Notice", colour: "red" })),
      ).toEqual(["_:colour", "_:Notice"]);
      expect(undefinedTerms(await expand({ "@context": AS, type: "Note", content: "x" }))).toEqual(
        [],
      );
    });

    it("flags every must-fail document, and not valid examples", () => {
      const failing = readdirSync(join(folder, "test", "fail"));
      expect(failing).toHaveLength(20);
      for (const name of failing) {
        const bytes = readFileSync(join(folder, "test", "fail", name));
        let document: unknown;
        try {
          document = JSON.parse(bytes.toString("utf8"));
        } catch {
          document = undefined;
        }
        expect(faults(document, bytes), name).not.toEqual([]);
      }
      for (const name of [
        "vocabulary-ex112-jsonld.json",
        "vocabulary-ex188-jsonld.json",
        "core-ex2-jsonld.json",
      ]) {
        const bytes = readFileSync(join(folder, "test", name));
        expect(faults(JSON.parse(bytes.toString("utf8")), bytes), name).toEqual([]);
      }
    });

    async function check(node: Record<string, unknown>): Promise<void> {
      expect(faults(node, Buffer.from(JSON.stringify(node), "utf8"))).toEqual([]);
      // Every key and type is a term of the W3C context (Hashtag: of the one-line extension).
      const stack: unknown[] = [node];
      while (stack.length > 0) {
        const value = stack.pop();
        if (Array.isArray(value)) stack.push(...value);
        else if (typeof value === "object" && value !== null) {
          for (const [key, item] of Object.entries(value)) {
            if (key === "@context") continue;
            if (key === "contentMap") continue; // language keys, not terms
            expect(terms.has(key), key).toBe(true);
            if (key === "type")
              expect(terms.has(item as string) || item === "Hashtag", String(item)).toBe(true);
            stack.push(item);
          }
        }
      }
      const expanded = (await expand(node)) as Record<string, unknown>[];
      expect(undefinedTerms(expanded)).toEqual([]);
      expect(expanded).toHaveLength(1);
      expect(expanded[0]?.["@type"]).toEqual([`${AS}#Article`]);
    }

    it("writes only defined terms, and expands under the context (sample)", async () => {
      await check(toActivityStreams(sample));
    });

    it("writes only defined terms, and expands under the context (fast-check, 60 runs)", async () => {
      await fc.assert(
        fc.asyncProperty(anyArticle, async (input) => {
          const a: Article = parseArticle({ ...input, url: "https://exemple.org/x" });
          await check(
            toActivityStreams(a, { statuses: ["published", "pending", "spam", "deleted"] }),
          );
        }),
        { numRuns: 60 },
      );
    });
  },
);
