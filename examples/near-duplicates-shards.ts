// Sign documents in separate shards (workers, other machines), send the
// signatures as JSON, and merge them into one near-duplicate search.
// Run: npx tsx examples/near-duplicates-shards.ts
import assert from "node:assert/strict";
import { findNearDuplicates, type MinHashSignature, minhashSignature } from "marginalia";

const corpus = [
  "Shutting the whole site down before any trial punishes thousands of honest users.",
  "Fermer tout un site avant le procès, c’est punir des milliers d’utilisateurs honnêtes.",
  "Shutting the whole site down before any trial punishes thousands of honest people.",
  "The court will decide next week whether the servers can be switched back on.",
  "Fermer tout un site avant le procès, c'est punir des milliers d'utilisateurs honnêtes !",
];
// Every shard must sign with the same options (and seed).
const options = { seed: 42, bins: 256, shingle: 5 } as const;

/** What one shard does: sign its documents and serialise the signatures. */
function signShard(shard: { id: number; text: string }[]): string {
  return JSON.stringify(
    shard.map(({ id, text }) => ({ id, signature: minhashSignature(text, options) })),
  );
}

// Two shards, signed apart.
const messages = [
  signShard(corpus.slice(0, 3).map((text, i) => ({ id: i, text }))),
  signShard(corpus.slice(3).map((text, i) => ({ id: i + 3, text }))),
];

// The merger: signatures only (texts stay where they are). Similarities are
// then estimated from the signatures and flagged `estimated: true`.
const merged = messages
  .flatMap((message) => JSON.parse(message) as { id: number; signature: MinHashSignature }[])
  .sort((a, b) => a.id - b.id);
const estimated = findNearDuplicates(
  merged.map(({ signature }) => ({ signature })),
  { ...options, threshold: 0.8 },
);
console.log("from signatures:", estimated.duplicates);

// Where the texts are at hand too, candidates are verified exactly and the
// shards' signatures are reused rather than recomputed.
const exact = findNearDuplicates(
  merged.map(({ id, signature }) => ({ text: corpus[id] as string, signature })),
  options,
);
console.log("verified:", exact.duplicates);

// The same result as signing everything in one place.
assert.deepEqual(exact.duplicates, findNearDuplicates(corpus, options).duplicates);
assert.deepEqual(
  exact.duplicates.map((duplicate) => [duplicate.index, duplicate.group]),
  [
    [2, 0],
    [4, 1],
  ],
);
