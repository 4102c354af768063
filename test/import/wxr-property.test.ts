// Property: an article written as WXR by a small writer (here, in the test)
// and read back by fromWxr keeps its comments — ids, parents, statuses,
// kinds, authors, texts — and its threads, whatever the order the comments
// are written in (children before parents included).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromWxr } from "../../src/import.js";
import { parseArticle } from "../../src/index.js";

interface Written {
  id: string;
  parent: string | undefined;
  approved: "1" | "0" | "spam" | "trash";
  type: "" | "pingback" | "trackback";
  author: string;
  text: string;
}

const STATUS = { "1": "published", "0": "pending", spam: "spam", trash: "removed" } as const;

function cdata(value: string): string {
  return `<![CDATA[${value.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}

function html(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

function write(title: string, comments: Written[]): string {
  let out = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version><item><title>${cdata(title)}</title><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type>`;
  for (const comment of comments) {
    out += `<wp:comment><wp:comment_id>${comment.id}</wp:comment_id><wp:comment_author>${cdata(comment.author)}</wp:comment_author><wp:comment_content>${cdata(html(comment.text))}</wp:comment_content><wp:comment_approved>${comment.approved}</wp:comment_approved><wp:comment_type>${comment.type}</wp:comment_type><wp:comment_parent>${comment.parent ?? "0"}</wp:comment_parent></wp:comment>\n`;
  }
  return `${out}</item></channel></rss>`;
}

const word = fc.string({
  unit: fc.constantFrom(...Array.from("abcXYZ09<>&]é日🐦'\""), "]]>"),
  minLength: 1,
  maxLength: 8,
});
const text = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(" "));

const thread = fc
  .array(
    fc.record({
      parent: fc.nat(),
      hasParent: fc.boolean(),
      approved: fc.constantFrom("1", "0", "spam", "trash" as const),
      type: fc.constantFrom("", "pingback", "trackback" as const),
      author: text,
      text,
    }),
    { minLength: 1, maxLength: 30 },
  )
  .chain((rows) =>
    fc.shuffledSubarray(
      rows.map(
        (row, index): Written => ({
          id: String(index + 1),
          // A parent among the earlier comments, so the written tree has no loop.
          parent: row.hasParent && index > 0 ? String((row.parent % index) + 1) : undefined,
          approved: row.approved,
          type: row.type,
          author: row.author,
          text: row.text,
        }),
      ),
      { minLength: rows.length, maxLength: rows.length },
    ),
  );

describe("WXR written and read back", () => {
  it("keeps every comment, its thread and its fields (300 runs)", () => {
    fc.assert(
      fc.property(text, thread, (title, comments) => {
        const { articles, messages } = fromWxr(write(title, comments));
        expect(messages).toEqual([]);
        const article = articles[0];
        if (article === undefined) throw new Error("no article");
        expect(parseArticle(article)).toEqual(article);
        expect(article.title).toBe(title.trim());
        const read = new Map(
          article.comments.map((comment, index) => [comment.id, { comment, index }]),
        );
        expect(read.size).toBe(comments.length);
        for (const written of comments) {
          const found = read.get(written.id);
          if (found === undefined) throw new Error(`comment ${written.id} lost`);
          const { comment, index } = found;
          expect(comment.parentId).toBe(written.parent);
          expect(comment.status).toBe(STATUS[written.approved]);
          expect(comment.kind).toBe(written.type === "" ? undefined : written.type);
          expect(comment.author.name).toBe(written.author.trim());
          expect(comment.body.map((block) => (block as { text: string }).text).join("\n")).toBe(
            written.text,
          );
          // Each reply after its parent.
          if (written.parent !== undefined)
            expect(index).toBeGreaterThan(read.get(written.parent)?.index ?? -1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
