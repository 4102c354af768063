// The seed page (someone else's article): read from ../shared/pages only,
// never copied into the repository. CI has ../shared: a missing page fails
// (ENOENT), it is never skipped.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  buildThread,
  commentCounts,
  dedupeComments,
  findNearDuplicates,
  fromText,
} from "../src/index.js";

const page = join(dirname(fileURLToPath(import.meta.url)), "../../shared/pages/megaupload-fr.txt");

describe("the seed page", () => {
  const { article } = fromText(readFileSync(page, "utf8"));

  it("has nine comments, two of them the same #TheMabarz comment", () => {
    expect(commentCounts(article)).toEqual({ declared: 9, found: 9, difference: 0 });
    expect(buildThread(article.comments).repairs).toEqual([]);
    const { comments, duplicates } = dedupeComments(article.comments, { article });
    expect(comments.length).toBe(8);
    expect(duplicates).toHaveLength(1);
    const [duplicate] = duplicates;
    if (duplicate?.kind !== "exact") throw new Error("expected one exact duplicate");
    expect(duplicate.similarity).toBe(1);
    expect(duplicate.kept.author.name).toBe("#TheMabarz");
    expect(duplicate.removed.author.name).toBe("#TheMabarz");
    expect(duplicate.removedIndex).toBe(duplicate.keptIndex + 1);
    // Only the removed comment is gone; the others are the same objects.
    expect(comments).toEqual(article.comments.filter((comment) => comment !== duplicate.removed));
    // Deduplicating again changes nothing.
    expect(dedupeComments(comments, { article }).comments).toEqual(comments);
  });

  it("finds the same pair among the comments as a corpus", () => {
    const texts = article.comments.map((comment) =>
      comment.body.map((block) => (block.type === "paragraph" ? block.text : "")).join("\n"),
    );
    const { duplicates } = findNearDuplicates(texts);
    expect(duplicates.map((entry) => [entry.index, entry.of, entry.similarity])).toEqual([
      [6, 5, 1],
    ]);
  });
});
