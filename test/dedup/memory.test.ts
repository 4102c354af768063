// How `dedupeComments` holds its index (issue 11, item 9): with the
// number of searchable comments known, the matcher makes all its room at
// once and never grows (growth by doubling set off a full garbage
// collection per 64 MB of typed arrays: super-linear on a million
// comments); and authors are held as 32-bit hashes, confirmed by their
// keys, so that two authors whose hashes collide stay two authors.
import { describe, expect, it } from "vitest";
import { _hashString } from "../../src/_hash.js";
import { _add, _createMatcher, type _Query, _sign } from "../../src/dedup/_matcher.js";
import { _signing } from "../../src/dedup/minhash.js";
import { type Comment, dedupeComments, normalizeText } from "../../src/index.js";

describe("_createMatcher with a bound", () => {
  it("holds that many representatives without reallocating an array", () => {
    const signing = _signing({}, "test");
    const expected = 3000;
    const matcher = _createMatcher(signing, 0.8, expected, true);
    const before = [...matcher.tables, ...matcher.chains, matcher.pool, matcher.seen];
    // All in one buffer.
    expect(new Set(before.map((array) => array.buffer)).size).toBe(1);
    for (let index = 0; index < expected; index++) {
      const text = `comment number ${index} says ${index * 7919} things`;
      const query: _Query = { text, key: text, signature: undefined };
      expect(_sign(matcher, query)).toBe(true);
      _add(matcher, index, query);
    }
    const after = [...matcher.tables, ...matcher.chains, matcher.pool, matcher.seen];
    expect(after.every((array, at) => array === before[at])).toBe(true);
    expect(matcher.ids.length).toBe(expected);
  });

  it("still grows past its bound when told a wrong one", () => {
    const signing = _signing({}, "test");
    const matcher = _createMatcher(signing, 0.8, 64, true);
    for (let index = 0; index < 200; index++) {
      const text = `another text, ${index}, ${index * 31}`;
      const query: _Query = { text, key: text, signature: undefined };
      _sign(matcher, query);
      _add(matcher, index, query);
    }
    expect(matcher.seen.length).toBeGreaterThanOrEqual(200);
    expect(matcher.ids).toEqual(Array.from({ length: 200 }, (_, index) => index));
  });
});

describe("dedupeComments authors by hash", () => {
  // Two names whose author keys have the same 32-bit hash (found here by
  // the birthday bound: about 2^16 names are enough).
  function collidingNames(): [string, string] {
    const seen = new Map<number, string>();
    for (let index = 0; ; index++) {
      const name = `reader${index}`;
      const key = normalizeText(name);
      const hash = _hashString(`name:${key.length}:${key}`);
      const other = seen.get(hash);
      if (other !== undefined) return [other, name];
      seen.set(hash, name);
    }
  }

  it("keeps two authors apart when their hashes collide", () => {
    const [first, second] = collidingNames();
    expect(first).not.toBe(second);
    const body = [{ type: "paragraph" as const, text: "The very same words, said twice." }];
    const comments: Comment[] = [
      { id: "a", author: { name: first }, status: "published", body },
      { id: "b", author: { name: second }, status: "published", body },
      { id: "c", author: { name: first }, status: "published", body },
    ];
    const result = dedupeComments(comments);
    expect(result.comments.map((comment) => comment.id)).toEqual(["a", "b"]);
    expect(result.duplicates).toHaveLength(1);
    expect(result.duplicates[0]).toMatchObject({ kind: "exact", keptIndex: 0, removedIndex: 2 });
  });

  it("keeps two authors apart in the near search when their hashes collide", () => {
    const [first, second] = collidingNames();
    const say = (text: string) => [{ type: "paragraph" as const, text }];
    const text = "A comment long enough to be signed, with many words in it, about the article";
    const comments: Comment[] = [
      { id: "a", author: { name: first }, status: "published", body: say(text) },
      { id: "x", author: { name: first }, status: "published", body: say("something else") },
      { id: "b", author: { name: second }, status: "published", body: say(`${text}!`) },
      { id: "y", author: { name: second }, status: "published", body: say("other words") },
      { id: "c", author: { name: first }, status: "published", body: say(`${text}.`) },
    ];
    const result = dedupeComments(comments);
    expect(result.comments.map((comment) => comment.id)).toEqual(["a", "x", "b", "y"]);
    expect(result.duplicates).toEqual([
      expect.objectContaining({ kind: "near", keptIndex: 0, removedIndex: 4 }),
    ]);
  });
});
