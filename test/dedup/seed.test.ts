// The seed page (someone else's article): read from ../shared/pages only,
// never copied into the repository. Skipped on a plain clone without
// ../shared (one line says so); CI requires it (test/_helpers/shared.ts).
import { beforeAll, describe, expect, it } from "vitest";
import {
  type Article,
  buildThread,
  commentCounts,
  dedupeComments,
  findNearDuplicates,
  fromText,
} from "../../src/index.js";
import { readSeed, skipShared } from "../_helpers/shared.js";

describe.skipIf(skipShared)("the seed page", () => {
  // Read before the tests, not while collecting them, so a skip reads nothing.
  let article: Article;
  beforeAll(() => {
    article = fromText(readSeed()).article;
  });

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
