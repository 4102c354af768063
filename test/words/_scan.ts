// The exhaustive differential scan: code points in many contexts, counted
// by `countWords` and by `Intl.Segmenter` (the reference). Shared by the
// sampled test (test/words/differential.test.ts) and the full scan in the
// words bench. Written apart from src/words on purpose, like _reference.ts.
import { countWords } from "../../src/words/index.js";
import { referenceCount, segmentsOf } from "./_reference.js";

/**
 * The contexts a code point is tried in: alone, between letters, digits,
 * Hebrew letters, ideographs, kana and Hangul, doubled, after a ZWJ that
 * follows a letter, an ideograph or kana, before and after an iteration
 * mark, before a combining mark, a ZWJ and a pictograph, between
 * connectors, after a space.
 */
export const CONTEXTS: readonly ((char: string) => string)[] = [
  (c) => c,
  (c) => `a${c}a`,
  (c) => `1${c}1`,
  (c) => `a${c}1`,
  (c) => `1${c}a`,
  (c) => `א${c}א`,
  (c) => `日${c}日`,
  (c) => `か${c}か`,
  (c) => `カ${c}カ`,
  (c) => `한${c}한`,
  (c) => `${c}${c}`,
  (c) => `a\u200d${c}`,
  (c) => `漢\u200d${c}`,
  (c) => `か\u200d${c}`,
  (c) => `${c}々`,
  (c) => `々${c}`,
  (c) => `${c}\u0301`,
  (c) => `${c}\u200d😀`,
  (c) => `_${c}_`,
  (c) => ` ${c} x`,
];

/** Longest text handed to the segmenter at once (it is super-linear). */
const BATCH = 2000;

/**
 * Try every code point of `codes` in every context, many probes to a text
 * (separated by line feeds, which always break and restart every rule),
 * and list the probes where `countWords` and the segmenter disagree.
 *
 * @param codes
 *   Code points to try (no surrogates).
 * @returns
 *   One line per disagreement: the probe and how the segmenter cut it.
 */
export function scanCodePoints(codes: Iterable<number>): string[] {
  const mismatches: string[] = [];
  let probes: [number, string][] = [];
  let length = 0;
  const flush = () => {
    if (probes.length === 0) return;
    const text = probes.map(([, probe]) => probe).join("\n");
    if (countWords(text) !== referenceCount(text)) {
      for (const [code, probe] of probes) {
        const count = countWords(probe);
        if (count !== referenceCount(probe)) {
          const name = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
          mismatches.push(
            `${name} in ${JSON.stringify(probe)}: countWords ${count}, segmenter ${segmentsOf(probe)}`,
          );
        }
      }
    }
    probes = [];
    length = 0;
  };
  for (const code of codes) {
    const char = String.fromCodePoint(code);
    for (const context of CONTEXTS) {
      const probe = context(char);
      probes.push([code, probe]);
      length += probe.length + 1;
      if (length >= BATCH) flush();
    }
  }
  flush();
  return mismatches;
}

/**
 * Every code point but surrogates, from `start` to `end` inclusive, keeping
 * one in `step`.
 */
export function* codePoints(start = 0, end = 0x10ffff, step = 1): Generator<number> {
  for (let code = start; code <= end; code += step) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    yield code;
  }
}
