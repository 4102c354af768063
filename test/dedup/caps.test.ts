// The work of a near-duplicate search is bounded per document, whatever the
// corpus: at most BUCKET_CAP slots of each band's bucket are looked at, and
// at most VERIFY_CAP candidates are verified exactly (issue 11, item 9: a
// 16-word vocabulary made the search quadratic). Time is measured in the
// bench (`npm run bench -- dedup`); here, what the search does.
import { describe, expect, it } from "vitest";
import {
  _add,
  _best,
  _createMatcher,
  type _Query,
  _sign,
  BUCKET_CAP,
  VERIFY_CAP,
} from "../../src/dedup/_matcher.js";
import { _signing } from "../../src/dedup/minhash.js";
import { type Comment, dedupeComments, findNearDuplicates } from "../../src/index.js";

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let t = state ^ (state >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return ((t ^ (t >>> 15)) >>> 0) / 4294967296;
  };
}

const WORDS =
  "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa".split(
    " ",
  );

/**
 * Texts close to one another and below the threshold: one sentence of 40
 * words with 4 of them replaced (about 0.6–0.75 Jaccard between two), so
 * that they share buckets and pass the signature filter.
 */
function crowd(count: number, seed: number): string[] {
  const next = random(seed);
  const base: string[] = [];
  for (let at = 0; at < 40; at++) base.push(WORDS[Math.floor(next() * 16)] as string);
  const texts: string[] = [];
  for (let index = 0; index < count; index++) {
    const words = base.slice();
    for (let edit = 0; edit < 4; edit++) {
      words[Math.floor(next() * words.length)] = `${WORDS[Math.floor(next() * 16)]}${index % 97}`;
    }
    texts.push(words.join(" "));
  }
  return texts;
}

function comment(index: number, text: string, author = `reader ${index}`): Comment {
  return {
    id: `c${index}`,
    author: { name: author },
    status: "published",
    body: [{ type: "paragraph", text }],
  };
}

describe("near-duplicate search on a crowded corpus", () => {
  const texts = crowd(3000, 1);

  it("verifies at most VERIFY_CAP candidates and walks at most BUCKET_CAP slots per band, per document", () => {
    const result = findNearDuplicates(texts);
    // Without the caps every document verified most of the earlier ones
    // (about 3 000 × 3 000 / 2 pairs).
    expect(result.verified).toBeGreaterThan(0);
    expect(result.verified).toBeLessThanOrEqual(result.documents * VERIFY_CAP);
    expect(result.candidates).toBeLessThanOrEqual(result.documents * result.bands * BUCKET_CAP);
  });

  it("bounds each query of the shared matcher (dedupeComments' way)", () => {
    const signing = _signing({}, "test");
    const matcher = _createMatcher(signing, 0.8);
    let worst = 0;
    let worstCandidates = 0;
    texts.forEach((text, index) => {
      const verified = matcher.verified;
      const candidates = matcher.verified + matcher.filtered + matcher.unverified;
      const query: _Query = { text, key: text, signature: undefined };
      _sign(matcher, query);
      if (_best(matcher, query, undefined) === -1) _add(matcher, index, query);
      worst = Math.max(worst, matcher.verified - verified);
      worstCandidates = Math.max(
        worstCandidates,
        matcher.verified + matcher.filtered + matcher.unverified - candidates,
      );
    });
    expect(matcher.capped).toBeGreaterThan(0);
    expect(worst).toBeGreaterThan(0);
    expect(worst).toBeLessThanOrEqual(VERIFY_CAP);
    expect(worstCandidates).toBeLessThanOrEqual(matcher.bands * BUCKET_CAP);
  });

  it("still finds every exact duplicate, whatever the crowd", () => {
    const comments = texts.map((text, index) => comment(index, text, "same"));
    // Copies of early comments, late: their buckets are far over the cap.
    const copies = [0, 1, 2, 500, 1000].map((of, at) =>
      comment(3000 + at, `  ${(texts[of] as string).toUpperCase()} `, "same"),
    );
    const result = dedupeComments([...comments, ...copies]);
    const exact = result.duplicates.filter(
      (entry) => entry.kind === "exact" && entry.removedIndex >= 3000,
    );
    expect(exact.map((entry) => entry.kind === "exact" && entry.keptIndex)).toEqual([
      0, 1, 2, 500, 1000,
    ]);
  });

  it("finds a near duplicate by the same author behind a crowd of other authors", () => {
    // Other authors' comments never take the places of a bucket: only the
    // same author's comments can match, and they have buckets of their own.
    const original = "the quick brown fox jumps over the lazy dog near the river bank today";
    const comments = [comment(0, original, "Ann")];
    for (const [index, text] of texts.entries()) comments.push(comment(index + 1, text));
    // Other authors posting Ann's text (each twice, so that they are
    // searched) would fill her buckets first.
    for (let index = 0; index < 3 * BUCKET_CAP; index++) {
      comments.push(comment(comments.length, `${original} ${index}`, `other ${index}`));
      comments.push(comment(comments.length, texts[index] as string, `other ${index}`));
    }
    comments.push(comment(comments.length, `${original}!`, "Ann"));
    const result = dedupeComments(comments);
    const found = result.duplicates.find(
      (entry) => entry.kind === "near" && entry.removed.author.name === "Ann",
    );
    expect(found?.kind === "near" && found.keptIndex).toBe(0);
  });

  it("finds a near duplicate of a comment whose author wrote only once, and no match across authors", () => {
    const original = "the quick brown fox jumps over the lazy dog near the river bank today";
    const result = dedupeComments([
      comment(0, original, "Ann"),
      comment(1, `${original}!`, "Bob"),
      comment(2, `${original}?`, "Ann"),
    ]);
    expect(
      result.duplicates.map((entry) => entry.kind !== "copies-article" && entry.removedIndex),
    ).toEqual([2]);
  });
});
