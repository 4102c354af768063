// Remove duplicate comments without losing a reply, and look at the thread.
// Run: npx tsx examples/dedupe-comments.ts
import assert from "node:assert/strict";
import {
  buildThread,
  type Comment,
  dedupeComments,
  flattenThread,
  threadStats,
  walkThread,
} from "marginalia";

const text = (value: string) => [{ type: "paragraph" as const, text: value }];
const comments: Comment[] = [
  {
    id: "1",
    author: { name: "Camille" },
    publishedAt: "2012-01-20T10:00:00+01:00",
    status: "published",
    body: text("Fermer tout un site avant le procès, c’est punir des milliers d’utilisateurs."),
  },
  {
    id: "2",
    author: { name: "Camille" },
    publishedAt: "2012-01-20T10:01:00+01:00",
    status: "published",
    // Posted twice: the same text with other quotes, case and spacing.
    body: text("FERMER tout un site avant le procès,  c'est punir des milliers d'utilisateurs."),
  },
  {
    id: "3",
    parentId: "2",
    author: { name: "Léo" },
    status: "published",
    body: text("Tout à fait d’accord."),
  },
  {
    id: "4",
    author: { name: "Inès" },
    status: "published",
    // Only repeats the article.
    body: text("Le site a été fermé à la demande de la justice américaine."),
  },
];

const article = {
  lead: [],
  sections: [
    {
      heading: "Pourquoi ?",
      level: 2 as const,
      blocks: text("Le site a été fermé à la demande de la justice américaine."),
    },
  ],
};

const { comments: kept, duplicates } = dedupeComments(comments, { article });
for (const entry of duplicates) {
  if (entry.kind === "copies-article") {
    console.log(
      `comment ${entry.comment.id} copies paragraph ${entry.paragraph} (kept; removeArticleCopies: true drops it)`,
    );
  } else {
    console.log(
      `comment ${entry.removed.id} is an ${entry.kind} duplicate of ${entry.kept.id} (similarity ${entry.similarity})`,
    );
  }
}
// The reply to the removed comment now answers the kept one.
assert.deepEqual(
  kept.map((comment) => [comment.id, comment.parentId]),
  [
    ["1", undefined],
    ["3", "1"],
    ["4", undefined],
  ],
);

const { roots, repairs } = buildThread(kept);
assert.equal(repairs.length, 0);
walkThread(roots, (node) => {
  console.log(`${"  ".repeat(node.depth)}- ${node.comment.author.name}`);
});
console.log(threadStats(roots));
assert.deepEqual(flattenThread(roots), kept);

// Deduplicating again changes nothing.
assert.deepEqual(dedupeComments(kept, { article }).comments, kept);
