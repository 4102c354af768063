// Golden outputs for an article of ours with three levels of replies (and a
// spam comment left out). Regenerate with `UPDATE=1 npx vitest run test/web`.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";
import {
  fromJsonFeed,
  fromJsonLd,
  toActivityStreams,
  toAtom,
  toJsonFeed,
  toJsonLd,
  toJsonLdScript,
} from "../../src/web.js";

const folder = new URL("../fixtures/web/thread/", import.meta.url);
const article = parseArticle(JSON.parse(readFileSync(new URL("article.json", folder), "utf8")));
const update = process.env.UPDATE === "1";

function golden(name: string, actual: string): void {
  const file = new URL(name, folder);
  if (update || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe("golden outputs (test/fixtures/web/thread)", () => {
  it("has three levels of replies", () => {
    expect(article.comments.map((comment) => comment.parentId)).toEqual([
      undefined,
      "c1",
      "c2",
      undefined,
      undefined,
    ]);
  });

  it("JSON-LD, nested (json-ld.json) and flat (json-ld-flat.json)", () => {
    golden("json-ld.json", json(toJsonLd(article, { type: "BlogPosting" })));
    golden("json-ld-flat.json", json(toJsonLd(article, { replies: "parentItem" })));
  });

  it("the JSON-LD script element (script.html)", () => {
    golden("script.html", `${toJsonLdScript(article)}\n`);
  });

  it("ActivityStreams (activity-streams.json)", () => {
    golden("activity-streams.json", json(toActivityStreams(article)));
  });

  it("JSON Feed (feed.json)", () => {
    golden(
      "feed.json",
      json(
        toJsonFeed([article], { title: "River Notes", home_page_url: "https://blog.example.org/" }),
      ),
    );
  });

  it("Atom with comments (atom.xml), and its messages (atom-messages.json)", () => {
    const { xml, messages } = toAtom([article], {
      id: "https://blog.example.org/feed.atom",
      title: "River Notes — comments",
      self: "https://blog.example.org/feed.atom",
      link: "https://blog.example.org/",
      comments: true,
    });
    golden("atom.xml", xml);
    golden("atom-messages.json", json(messages));
  });

  it("reads its JSON-LD and JSON Feed back (read-back.json)", () => {
    const ld = fromJsonLd(toJsonLd(article));
    const feed = fromJsonFeed(toJsonFeed([article], { title: "F" }));
    expect(ld.messages).toEqual([]);
    expect(feed.messages).toEqual([]);
    golden("read-back.json", json({ jsonLd: ld.article, jsonFeed: feed.articles[0] }));
  });
});
