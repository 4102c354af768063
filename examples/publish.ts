// Publish an article and its comment thread to the formats the web reads:
// the JSON-LD script tag for the page's <head>, a JSON Feed with the
// comments in its `_marginalia` extension, and an Atom feed of comments
// threaded with RFC 4685. Run with `npx tsx examples/publish.ts [folder]`
// (the feeds are written to a temporary folder unless one is given).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArticle } from "marginalia";
import { fromJsonLd, toAtom, toJsonFeed, toJsonLdScript } from "marginalia/web";

const article = parseArticle({
  url: "https://blog.example.org/2024/03/river-cleanup",
  title: "The river clean-up, one year on",
  lang: "en-GB",
  authors: [{ name: "Camille Example" }],
  publishedAt: "2024-03-10T09:00:00+01:00",
  lead: [
    {
      type: "paragraph",
      text: "Three hundred volunteers came, and the river gave back 2 tonnes of rubbish.",
    },
  ],
  tags: [{ name: "Rivers", slug: "rivers" }],
  comments: [
    {
      id: "c1",
      author: { name: "Sam" },
      publishedAt: "2024-03-10T10:15:00+01:00",
      body: [{ type: "paragraph", text: "Where do I sign up?" }],
    },
    {
      id: "c2",
      parentId: "c1",
      author: { name: "Camille Example" },
      publishedAt: "2024-03-10T11:00:00+01:00",
      body: [{ type: "paragraph", text: "On the events page." }],
    },
    {
      id: "c3",
      parentId: "c2",
      author: { name: "Sam" },
      publishedAt: "2024-03-10T11:20:00+01:00",
      body: [{ type: "paragraph", text: "Thanks </script> — see you there." }],
    },
  ],
});

// 1. The script tag, safe to inline: `</script` cannot close it early.
const script = toJsonLdScript(article, { type: "BlogPosting" });
console.log(script);

// ... and a page's JSON-LD reads back into an article.
const back = fromJsonLd(script.slice(script.indexOf(">") + 1, -"</script>".length));
console.log(`read back: ${back.article.title}, ${back.article.comments.length} comments`);

// 2. and 3. The feeds.
const folder = process.argv[2] ?? mkdtempSync(join(tmpdir(), "marginalia-publish-"));
mkdirSync(folder, { recursive: true });
const feed = toJsonFeed([article], {
  title: "River Notes",
  home_page_url: "https://blog.example.org/",
});
writeFileSync(join(folder, "feed.json"), `${JSON.stringify(feed, null, 2)}\n`);
const atom = toAtom([article], {
  id: "https://blog.example.org/comments.atom",
  title: "River Notes — comments",
  comments: true,
});
writeFileSync(join(folder, "comments.atom"), atom.xml);
for (const message of atom.messages) console.warn(`${message.ruleId}: ${message.reason}`);
console.log(`wrote ${join(folder, "feed.json")} and ${join(folder, "comments.atom")}`);
