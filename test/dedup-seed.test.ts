// The seed page (someone else's article): read from ../shared/pages only,
// never copied into the repository.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import { buildThread, type Comment, commentCounts, dedupeComments } from "../src/index.js";

const page = join(dirname(fileURLToPath(import.meta.url)), "../../shared/pages/megaupload-fr.txt");
const present = existsSync(page);

/**
 * The seed's comments: with `fromText` when the text module exports it,
 * else with a minimal splitter of the page's comment list (bullet lines
 * "  • Author", then body lines indented by four spaces, between the line
 * "Commentaires (9)" and "Ajouter un commentaire").
 */
function seedComments(): { comments: Comment[]; declared: number | undefined } {
  const text = readFileSync(page, "utf8");
  const fromText = (api as Record<string, unknown>).fromText;
  if (typeof fromText === "function") {
    const result = (fromText as (input: string) => unknown)(text) as {
      comments?: Comment[];
      commentCount?: number;
      article?: { comments: Comment[]; commentCount?: number };
      data?: { comments: Comment[]; commentCount?: number };
    };
    const article = result.article ?? result.data ?? result;
    return { comments: article.comments ?? [], declared: article.commentCount };
  }
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const start = lines.findIndex((line) => /^Commentaires \(\d+\)$/.test(line.trim()));
  const end = lines.findIndex(
    (line, index) => index > start && line.trim() === "Ajouter un commentaire",
  );
  const declared = Number(/\((\d+)\)/.exec(lines[start] ?? "")?.[1]);
  const comments: Comment[] = [];
  let current: { author: string; body: string[] } | undefined;
  const flush = () => {
    if (current === undefined) return;
    comments.push({
      id: `c${comments.length + 1}`,
      author: { name: current.author },
      status: "published",
      body: current.body.map((line) => ({ type: "paragraph" as const, text: line })),
    });
  };
  for (const line of lines.slice(start + 1, end)) {
    const bullet = /^ {2}• (.+)$/.exec(line);
    if (bullet) {
      flush();
      current = { author: (bullet[1] as string).trim(), body: [] };
    } else if (current && line.startsWith("    ") && line.trim() !== "") {
      current.body.push(line.trim());
    }
  }
  flush();
  return { comments, declared: Number.isNaN(declared) ? undefined : declared };
}

describe.skipIf(!present)("the seed page", () => {
  it("has nine comments, two of them the same #TheMabarz comment", () => {
    const { comments, declared } = seedComments();
    expect(comments.length).toBe(9);
    expect(commentCounts({ comments, commentCount: declared ?? 0 })).toEqual({
      declared: 9,
      found: 9,
      difference: 0,
    });
    expect(buildThread(comments).repairs).toEqual([]);
    const { comments: left, duplicates } = dedupeComments(comments);
    expect(left.length).toBe(8);
    expect(duplicates).toHaveLength(1);
    const [duplicate] = duplicates;
    expect(duplicate).toMatchObject({ kind: "exact", similarity: 1 });
    if (duplicate?.kind !== "exact") throw new Error("expected an exact duplicate");
    expect(duplicate.kept.author.name).toBe("#TheMabarz");
    expect(duplicate.removed.author.name).toBe("#TheMabarz");
    expect(duplicate.removedIndex).toBe(duplicate.keptIndex + 1);
    // Deduplicating again changes nothing.
    expect(dedupeComments(left).comments).toEqual(left);
  });
});
