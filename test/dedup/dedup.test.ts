import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { _mix } from "../../src/_hash.js";
import { _seedMix, _shingleHashes } from "../../src/dedup/_hash.js";
import * as dedupModule from "../../src/dedup/index.js";
import { _normalizeFull } from "../../src/dedup/normalize.js";
import {
  type Article,
  buildThread,
  type Comment,
  dedupeComments,
  estimateSimilarity,
  findNearDuplicates,
  minhashSignature,
  normalizeText,
} from "../../src/index.js";

function c(id: string, text: string, extra: Partial<Comment> = {}): Comment {
  return {
    id,
    author: { name: "Zoé" },
    status: "published",
    body: text === "" ? [] : [{ type: "paragraph", text }],
    ...extra,
  };
}

const LONG_FR =
  "Je ne comprends pas pourquoi le site a été fermé sans procès, alors que des milliers de fichiers parfaitement légaux y étaient stockés par des utilisateurs honnêtes.";
const LONG_EN =
  "Shutting down the whole site before any trial punishes thousands of people who stored perfectly legal files there, and nobody seems to care about them at all.";

describe("dedup module", () => {
  it("should expose the public api", () => {
    expect(Object.keys(dedupModule).sort()).toEqual([
      "dedupeComments",
      "estimateSimilarity",
      "findNearDuplicates",
      "minhashSignature",
      "normalizeText",
    ]);
  });
});

describe("normalizeText", () => {
  const cases: [string, string][] = [
    ["Hello World", "hello world"],
    ["  spaces\t\tand\nlines  ", "spaces and lines"],
    ["l’été, l'été, l‘été, l`été", "l'été, l'été, l'été, l'été"],
    ["« liberté » “freedom” „Freiheit“ ‹x›", '" liberté " "freedom" "freiheit" "x"'],
    ["a\u00a0b\u202fc\u2009d\u3000e", "a b c d e"],
    ["zero\u200bwidth\u200c\u200d\u2060\ufeff\u00adjoin", "zerowidthjoin"],
    ["bidi \u202eevil\u202c \u2066iso\u2069 \u200emark\u200f \u061c", "bidi evil iso mark"],
    ["Ｆｕｌｌ ｗｉｄｔｈ ﬁne ²", "full width fine 2"],
    ["STRASSE Straße", "strasse strasse"],
    ["ΟΔΟΣ οδος", "οδοσ οδοσ"],
    ["e\u0301te\u0301", "été"],
    ["🎉🎉 👍🏽", "🎉🎉 👍🏽"],
    ["", ""],
    ["\u00a0\u200b \n", ""],
    ["a \t", "a"],
    ["İ\u0316", "i\u0316\u0307"],
    ["e\u200b\u0301t\u00ade\u0301", "été"],
  ];
  for (const [input, expected] of cases) {
    it(`normalises ${JSON.stringify(input)}`, () => {
      expect(normalizeText(input)).toBe(expected);
    });
  }
  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
    );
    // Characters that the key changes, next to combining marks and spaces.
    const unit = fc.constantFrom(
      ..."aZé 9'`\t\n\u00a0\u2019«ßẞΣςİﾞΏͅ\u0301\u0307\u0316\u200b\u00ad\u202e\u3000ﬁ²".split(""),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 5000 },
    );
  });
  it("gives what its general path gives, on plain texts and near them", () => {
    // Mostly plain characters (so that whole texts are plain), with now and
    // then one that must leave the fast path.
    const unit = fc.oneof(
      { arbitrary: fc.constantFrom(..."aZé É9.,'\"-~ \u2019".split("")), weight: 30 },
      {
        arbitrary: fc.constantFrom(
          ..."`\t\n\u00a0\u2018«»ÀÞßàÿİıĲĳĸĿŉŸſ\u017e\u0307\u200bΣς\u1e9e😀".split(""),
        ),
        weight: 1,
      },
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect(normalizeText(text)).toBe(_normalizeFull(text));
      }),
      { numRuns: 2000 },
    );
  });
  it("throws a TypeError for a non-string", () => {
    expect(() => normalizeText(3 as never)).toThrowError(/Expected `text` of `normalizeText`/);
  });
});

describe("dedupeComments", () => {
  it("removes an exact duplicate after normalisation and keeps the first", () => {
    const comments = [c("a", LONG_FR), c("b", LONG_FR.replaceAll("'", "’").toUpperCase())];
    const { comments: left, duplicates } = dedupeComments(comments);
    expect(left).toEqual([comments[0]]);
    expect(left[0]).toBe(comments[0]);
    expect(duplicates).toEqual([
      {
        kind: "exact",
        kept: comments[0],
        keptIndex: 0,
        removed: comments[1],
        removedIndex: 1,
        similarity: 1,
      },
    ]);
  });

  it("needs the same author unless asked to compare bodies only", () => {
    const comments = [c("a", LONG_EN), c("b", LONG_EN, { author: { name: "Other" } })];
    expect(dedupeComments(comments).duplicates).toEqual([]);
    expect(dedupeComments(comments, { match: "body" }).duplicates.length).toBe(1);
    // The same person by id, whatever the display name.
    const byId = [
      c("a", LONG_EN, { author: { name: "A", id: "7" } }),
      c("b", LONG_EN, { author: { name: "B", id: "7" } }),
    ];
    expect(dedupeComments(byId).duplicates.length).toBe(1);
  });

  it("removes a near duplicate above the threshold, not below", () => {
    const edited = LONG_FR.replace("procès", "jugement");
    const far = LONG_FR.replace("procès", "jugement")
      .replace("utilisateurs", "gens")
      .replace("parfaitement légaux", "tout à fait licites");
    const { duplicates } = dedupeComments([c("a", LONG_FR), c("b", edited), c("c", far)]);
    expect(
      duplicates.map((entry) => [entry.kind, (entry as { removedIndex: number }).removedIndex]),
    ).toEqual([["near", 1]]);
    const similarity = (duplicates[0] as { similarity: number }).similarity;
    expect(similarity).toBeGreaterThanOrEqual(0.8);
    expect(similarity).toBeLessThan(1);
    expect(dedupeComments([c("a", LONG_FR), c("b", edited)], { near: false }).duplicates).toEqual(
      [],
    );
    expect(
      dedupeComments([c("a", LONG_FR), c("c", far)], { threshold: 0.5 }).duplicates.length,
    ).toBe(1);
  });

  it("moves the replies of a removed duplicate to the kept one", () => {
    const comments = [
      c("a", LONG_FR),
      c("b", LONG_FR),
      c("r1", "je suis d'accord", { parentId: "b", author: { name: "Léa" } }),
      c("r2", "moi aussi", { parentId: "r1", author: { name: "Max" } }),
    ];
    const { comments: left } = dedupeComments(comments);
    expect(left.map((comment) => [comment.id, comment.parentId])).toEqual([
      ["a", undefined],
      ["r1", "a"],
      ["r2", "r1"],
    ]);
    expect(left[2]).toBe(comments[3]);
    expect(comments[2]?.parentId).toBe("b"); // the input is untouched
  });

  it("keeps the earliest on request, and a kept reply takes the removed comment's place", () => {
    const comments = [
      c("root", "sujet", { author: { name: "Max" } }),
      c("a", LONG_EN, { parentId: "root", publishedAt: "2012-01-20T12:00:00Z" }),
      c("p", "what do you mean?", { parentId: "a", author: { name: "Léa" } }),
      c("k", LONG_EN, { parentId: "p", publishedAt: "2012-01-20T11:00:00Z" }),
    ];
    const { comments: left, duplicates } = dedupeComments(comments, { keep: "earliest" });
    expect(duplicates.map((entry) => (entry as { kept: Comment }).kept.id)).toEqual(["k"]);
    expect(left.map((comment) => [comment.id, comment.parentId])).toEqual([
      ["root", undefined],
      ["p", "k"],
      ["k", "root"],
    ]);
    expect(buildThread(left).repairs).toEqual([]);
  });

  it("never closes a loop when kept comments sit under each other's duplicates", () => {
    // c1 is kept over c2, c3 over c0; c1 sat under c0 and c3 under c2.
    const comments = [
      c("c0", "court", { publishedAt: "2012-01-02" }),
      c("c1", LONG_FR, { publishedAt: "2012-01-01", parentId: "c0" }),
      c("c2", LONG_FR, { publishedAt: "2012-01-01" }),
      c("c3", "court", { publishedAt: "2012-01-01", parentId: "c2" }),
    ];
    const { comments: left } = dedupeComments(comments, { keep: "earliest" });
    expect(left.map((comment) => comment.id)).toEqual(["c1", "c3"]);
    expect(buildThread(left).repairs).toEqual([]);
  });

  it("reports comments that copy the article, and removes them on request", () => {
    const article: Pick<Article, "lead" | "sections"> = {
      lead: [{ type: "paragraph", text: LONG_EN }],
      sections: [{ heading: "Why", level: 2, blocks: [{ type: "paragraph", text: LONG_FR }] }],
    };
    const comments = [
      c("a", "Great article!"),
      c("b", LONG_FR.replace("procès", "jugement"), { author: { name: "Copieur" } }),
      c("r", "why copy it?", { parentId: "b", author: { name: "Léa" } }),
    ];
    const reported = dedupeComments(comments, { article });
    expect(reported.comments).toEqual(comments);
    expect(reported.duplicates).toEqual([
      expect.objectContaining({
        kind: "copies-article",
        commentIndex: 1,
        paragraph: 1,
        removed: false,
      }),
    ]);
    const removed = dedupeComments(comments, { article, removeArticleCopies: true });
    expect(removed.comments.map((comment) => [comment.id, comment.parentId])).toEqual([
      ["a", undefined],
      ["r", undefined],
    ]);
    expect(dedupeComments(comments, { article: [LONG_FR] }).duplicates.length).toBe(1);
  });

  it("never treats empty bodies as duplicates", () => {
    const comments = [c("a", ""), c("b", ""), c("c", "  \u200b ")];
    expect(dedupeComments(comments)).toEqual({ comments, duplicates: [], repairs: [] });
  });

  it("compares bodies of emoji only", () => {
    const comments = [c("a", "🎉🎉🎉"), c("b", "🎉🎉🎉"), c("c", "👍")];
    expect(dedupeComments(comments).comments.map((comment) => comment.id)).toEqual(["a", "c"]);
  });

  it("works with ids named after Object.prototype", () => {
    const comments = ["__proto__", "constructor", "hasOwnProperty", "toString"].map((id) =>
      c(id, LONG_EN, { parentId: id === "__proto__" ? undefined : "__proto__" }),
    );
    comments.push(c("x", "reply", { parentId: "constructor", author: { name: "Léa" } }));
    const { comments: left, duplicates } = dedupeComments(comments);
    expect(duplicates.length).toBe(3);
    expect(left.map((comment) => [comment.id, comment.parentId])).toEqual([
      ["__proto__", undefined],
      ["x", "__proto__"],
    ]);
  });

  it("keeps both comments of a duplicated id with different bodies", () => {
    const comments = [c("a", LONG_EN), c("a", LONG_FR)];
    expect(dedupeComments(comments).comments).toEqual(comments);
    expect(buildThread(comments).repairs.map((repair) => repair.code)).toEqual(["duplicate_id"]);
  });

  it("handles a 1 MB body", () => {
    const big = `${LONG_FR} `.repeat(Math.ceil(1_000_000 / (LONG_FR.length + 1)));
    const comments = [c("a", big), c("b", `${big}fin`), c("c", LONG_EN)];
    const { duplicates } = dedupeComments(comments);
    expect(duplicates.map((entry) => (entry as { removedIndex: number }).removedIndex)).toEqual([
      1,
    ]);
  });

  it("reduces 100 000 identical comments to one", () => {
    const comments = Array.from({ length: 100_000 }, (_, i) => c(`c${i}`, LONG_FR));
    const { comments: left, duplicates } = dedupeComments(comments);
    expect(left.length).toBe(1);
    expect(duplicates.length).toBe(99_999);
    expect(duplicates.every((entry) => entry.kind === "exact")).toBe(true);
  });

  const badOptions: [unknown, RegExp][] = [
    [{ keep: "last" }, /Cannot use "last" for `options.keep`/],
    [{ match: "author" }, /Cannot use "author" for `options.match`/],
    [{ threshold: 0 }, /Cannot use 0 for `options.threshold` of `dedupeComments`/],
    [{ threshold: 1.5 }, /expected a number above 0 and at most 1/],
    [{ near: "yes" }, /Cannot use "yes" for `options.near`/],
    [{ article: 3 }, /Expected `options.article` of `dedupeComments`/],
    [{ shingle: 0 }, /expected an integer from 1 to 64/],
    [{ sameAuthor: true }, /Unknown option `options.sameAuthor` of `dedupeComments`/],
  ];
  for (const [options, message] of badOptions) {
    it(`throws a TypeError for ${JSON.stringify(options)}`, () => {
      expect(() => dedupeComments([], options as never)).toThrowError(message);
    });
  }
});

// Comment lists with exact and near duplicates, replies, and a few authors.
const TEXTS = [
  LONG_FR,
  LONG_FR.replace("procès", "jugement"),
  LONG_FR.replace("honnêtes", "honnêtes !"),
  LONG_EN,
  LONG_EN.replace("trial", "hearing"),
  "court",
  "",
];
const threads = fc
  .array(
    fc.record({
      text: fc.integer({ min: 0, max: TEXTS.length - 1 }),
      author: fc.constantFrom("Zoé", "Max"),
      parent: fc.nat(),
      reply: fc.boolean(),
      day: fc.integer({ min: 1, max: 28 }),
    }),
    { maxLength: 25 },
  )
  .map((rows) =>
    rows.map((row, i) => {
      const comment = c(`c${i}`, TEXTS[row.text] as string, {
        author: { name: row.author },
        publishedAt: `2012-01-${String(row.day).padStart(2, "0")}`,
      });
      if (row.reply && i > 0) comment.parentId = `c${row.parent % i}`;
      return comment;
    }),
  );

describe("dedupeComments properties", () => {
  const settings = [{}, { keep: "earliest" as const }, { match: "body" as const }];
  for (const options of settings) {
    it(`is idempotent and loses no reply (${JSON.stringify(options)})`, () => {
      fc.assert(
        fc.property(threads, (comments) => {
          const once = dedupeComments(comments, options);
          const twice = dedupeComments(once.comments, options);
          expect(twice.comments).toEqual(once.comments);
          expect(twice.duplicates).toEqual([]);
          expect(once.comments.length + once.duplicates.length).toBe(comments.length);
          // Still a valid thread: no orphan, no cycle.
          expect(buildThread(once.comments).repairs).toEqual([]);
          // Comments neither removed nor moved are the input objects.
          const moved = once.comments.filter((comment) => !comments.includes(comment));
          for (const comment of moved) {
            const before = comments.find((other) => other.id === comment.id) as Comment;
            expect({ ...comment, parentId: undefined }).toEqual({ ...before, parentId: undefined });
          }
        }),
        { numRuns: 400 },
      );
    });
  }
});

describe("minhashSignature", () => {
  it("is plain JSON and deterministic for a seed", () => {
    const signature = minhashSignature(LONG_FR);
    expect(signature).toMatchObject({ algorithm: "oph-1", bins: 256, seed: 0, shingle: 5 });
    expect(signature.values.length).toBe(256);
    expect(JSON.parse(JSON.stringify(signature))).toEqual(signature);
    expect(minhashSignature(LONG_FR)).toEqual(signature);
    expect(minhashSignature(LONG_FR, { seed: 1 }).values).not.toEqual(signature.values);
    expect(minhashSignature("").values).toEqual([]);
  });
  it("estimates Jaccard similarity", () => {
    const a = minhashSignature(LONG_FR, { bins: 512 });
    expect(estimateSimilarity(a, a)).toBe(1);
    expect(estimateSimilarity(a, minhashSignature(LONG_EN, { bins: 512 }))).toBeLessThan(0.1);
    const b = minhashSignature(LONG_FR.replace("procès", "jugement"), { bins: 512 });
    expect(Math.abs(estimateSimilarity(a, b) - 0.83)).toBeLessThan(0.08);
    expect(() => estimateSimilarity(a, minhashSignature(LONG_FR))).toThrowError(/different `bins`/);
  });
  it("densifies empty bins from each bin's own donor order", () => {
    // A naive reference, written from the definition: each bin keeps the
    // smallest hash that falls in it; an empty bin copies the filled bin
    // that comes first in its own order of all other bins (by priority,
    // ties to the smaller bin).
    const orders = new Map<string, number[]>();
    const orderOf = (bins: number, seedMix: number, bin: number): number[] => {
      const key = `${bins} ${seedMix} ${bin}`;
      let order = orders.get(key);
      if (order === undefined) {
        const rowSeed = _mix(seedMix ^ Math.imul(bin + 1, 0x9e3779b1));
        order = [...Array(bins).keys()]
          .filter((from) => from !== bin)
          .map((from) => ({ from, priority: _mix(rowSeed ^ Math.imul(from + 1, 0x85ebca6b)) }))
          .sort((a, b) => a.priority - b.priority || a.from - b.from)
          .map(({ from }) => from);
        orders.set(key, order);
      }
      return order;
    };
    const reference = (text: string, bins: number, seed: number): number[] => {
      const seedMix = _seedMix(seed);
      const hashes = new Uint32Array(text.length + 1);
      const count = _shingleHashes(text, 5, seedMix, hashes);
      if (count === 0) return [];
      const values: (number | undefined)[] = new Array(bins).fill(undefined);
      for (const h of hashes.subarray(0, count)) {
        const bin = Math.floor((h * bins) / 2 ** 32);
        values[bin] = Math.min(h, values[bin] ?? h);
      }
      return values.map((value, bin) => {
        if (value !== undefined) return value;
        const donor = orderOf(bins, seedMix, bin).find((from) => values[from] !== undefined);
        return values[donor as number] as number;
      });
    };
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "b", "c", "é", " ", "😀"), maxLength: 400 }),
        fc.constantFrom(16, 100, 256, 1024),
        fc.integer({ min: 0, max: 5 }),
        (text, bins, seed) => {
          const signature = minhashSignature(text, { bins, seed, normalize: false });
          expect(signature.values).toEqual(reference(text, bins, seed));
        },
      ),
      { numRuns: 200 },
    );
    // One shingle fills one bin, which every other bin copies.
    expect(new Set(minhashSignature("Bravo").values).size).toBe(1);
  });
  it("rejects bad options", () => {
    expect(() => minhashSignature("x", { bins: 8 })).toThrowError(/`options.bins`/);
    expect(() => minhashSignature("x", { normalize: 1 as never })).toThrowError(
      /`options.normalize`/,
    );
  });
});

describe("findNearDuplicates", () => {
  const corpus = [
    LONG_FR,
    LONG_EN,
    LONG_FR.replace("procès", "jugement"),
    LONG_EN.toUpperCase(),
    "court",
    "",
    LONG_EN.replace("trial", "hearing"),
  ];
  const expected = [
    { index: 2, of: 0, group: 0 },
    { index: 3, of: 1, group: 1, similarity: 1 },
    { index: 6, of: 1, group: 1 },
  ];
  it("finds near duplicates of kept documents", () => {
    const result = findNearDuplicates(corpus);
    expect(result.documents).toBe(7);
    expect(result.duplicates).toMatchObject(expected);
    expect(result).toMatchObject({ bands: 32, rows: 8 });
  });
  it("accepts any iterable, read once", () => {
    function* generate() {
      yield* corpus;
    }
    expect(findNearDuplicates(generate()).duplicates).toMatchObject(expected);
    expect(findNearDuplicates(new Set(corpus)).duplicates).toMatchObject(expected);
  });
  it("merges signatures made elsewhere", () => {
    const signed = JSON.parse(
      JSON.stringify(corpus.map((text) => ({ text, signature: minhashSignature(text) }))),
    );
    expect(findNearDuplicates(signed).duplicates).toEqual(findNearDuplicates(corpus).duplicates);
    const only = corpus.map((text) => ({ signature: minhashSignature(text) }));
    const estimated = findNearDuplicates(only).duplicates;
    expect(estimated.map((entry) => [entry.index, entry.group])).toEqual([
      [2, 0],
      [3, 1],
      [6, 1],
    ]);
    expect(estimated[0]?.estimated).toBe(true);
    expect(() =>
      findNearDuplicates([{ signature: minhashSignature("x", { seed: 3 }) }]),
    ).toThrowError(/different `seed`/);
  });
  it("rejects what it cannot read", () => {
    expect(() => findNearDuplicates(3 as never)).toThrowError(
      /to be an iterable of texts or documents, found number/,
    );
    expect(() => findNearDuplicates([3 as never])).toThrowError(/`docs\[0\]`/);
    expect(() => findNearDuplicates([{}])).toThrowError(/a `text` or a `signature`/);
    expect(() => findNearDuplicates([], { threshold: -1 })).toThrowError(/`options.threshold`/);
  });
  it("finds duplicates across the blocks it searches in (over 65 536 documents)", () => {
    // Distinct sentences from a small word list, then, past the first block,
    // copies of early ones: exact (up to case), with one word changed, and a
    // copy of a copy, which joins the original's group.
    let state = 7;
    const next = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state >>> 8;
    };
    const docs: (string | { signature: ReturnType<typeof minhashSignature> })[] = [];
    for (let index = 0; index < 70_000; index++) {
      let text = "";
      for (let word = 0; word < 8; word++) text += ` ${(next() % 1e6).toString(36)}`;
      docs.push(text);
    }
    const base = docs[5] as string;
    const near = `${base}s`;
    docs[66_000] = base.toUpperCase();
    docs[66_001] = near;
    docs[69_999] = `${near}!`;
    docs[67_000] = { signature: minhashSignature(docs[10] as string) };
    const result = findNearDuplicates(docs);
    expect(result.documents).toBe(70_000);
    const byIndex = new Map(result.duplicates.map((duplicate) => [duplicate.index, duplicate]));
    expect(byIndex.get(66_000)).toMatchObject({ of: 5, group: 5, similarity: 1 });
    expect(byIndex.get(66_001)).toMatchObject({ of: 5, group: 5 });
    expect(byIndex.get(69_999)).toMatchObject({ of: 66_001, group: 5 });
    expect(byIndex.get(67_000)).toMatchObject({ of: 10, group: 10, estimated: true });
    expect(result.duplicates.map((duplicate) => duplicate.index)).toEqual(
      [...byIndex.keys()].sort((a, b) => a - b),
    );
  });
  it("matches an exhaustive search on random edits", () => {
    // A reference Jaccard on 5-gram strings, computed pairwise.
    const grams = (text: string) => {
      const key = normalizeText(text);
      const set = new Set<string>();
      if (key.length <= 5) set.add(key);
      else for (let i = 0; i + 5 <= key.length; i++) set.add(key.slice(i, i + 5));
      return set;
    };
    const jaccard = (a: Set<string>, b: Set<string>) => {
      let shared = 0;
      for (const gram of a) if (b.has(gram)) shared++;
      return shared / (a.size + b.size - shared);
    };
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(LONG_FR, LONG_EN),
            fc.array(fc.tuple(fc.nat(160), fc.nat(12), fc.string({ maxLength: 8 })), {
              maxLength: 4,
            }),
          ),
          { maxLength: 12 },
        ),
        (rows) => {
          const docs = rows.map(([base, edits]) =>
            edits.reduce<string>(
              (text, [at, cut, insert]) => text.slice(0, at) + insert + text.slice(at + cut),
              base,
            ),
          );
          const sets = docs.map(grams);
          const { duplicates } = findNearDuplicates(docs);
          const flagged = new Map(duplicates.map((duplicate) => [duplicate.index, duplicate]));
          for (const duplicate of duplicates) {
            const reference = jaccard(
              sets[duplicate.index] as Set<string>,
              sets[duplicate.of] as Set<string>,
            );
            expect(duplicate.similarity).toBeCloseTo(reference, 6);
            expect(duplicate.similarity).toBeGreaterThanOrEqual(0.8);
            expect(duplicate.of).toBeLessThan(duplicate.index);
            expect(duplicate.group).toBe(flagged.get(duplicate.of)?.group ?? duplicate.of);
          }
          for (let j = 0; j < docs.length; j++) {
            for (let i = 0; i < j; i++) {
              if (jaccard(sets[i] as Set<string>, sets[j] as Set<string>) >= 0.85) {
                expect(flagged.has(j)).toBe(true);
              }
            }
          }
        },
      ),
    );
  });
});
