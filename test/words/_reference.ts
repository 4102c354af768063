// The reference count that `countWords` must agree with: Intl.Segmenter's
// word-like segments, each counting one word, or one per Han, Hiragana or
// Katakana letter when it has some. Written apart from src/words on purpose.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const segmenters = new Map<string, Intl.Segmenter>();
const CJ_LETTER = /[[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}]&&[\p{L}\p{Nl}]]/gv;

/** Count a short text (a paragraph at most) the reference way. */
export function referenceCount(text: string, locale = "fr"): number {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: "word" });
    segmenters.set(locale, segmenter);
  }
  let count = 0;
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) continue;
    const cj = segment.match(CJ_LETTER)?.length ?? 0;
    count += cj > 0 ? cj : 1;
  }
  return count;
}

/** Count only the CJ letters in word-like segments. */
export function referenceCjCount(text: string, locale = "fr"): number {
  const segmenter = new Intl.Segmenter(locale, { granularity: "word" });
  let count = 0;
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (isWordLike) count += segment.match(CJ_LETTER)?.length ?? 0;
  }
  return count;
}

/** Show how the segmenter cut a text, for failure messages. */
export function segmentsOf(text: string): string {
  const segmenter = new Intl.Segmenter("fr", { granularity: "word" });
  return [...segmenter.segment(text)]
    .map(({ segment, isWordLike }) => `${isWordLike ? "W" : "_"}${JSON.stringify(segment)}`)
    .join(" ");
}

/** The seed page (someone else's article: read, never copied). */
export function readSeed(): string {
  // ../shared next to the checkout (/work/main), or next to the folder of
  // worktrees (/work/wt/<name>).
  for (const up of ["../../../", "../../../../"]) {
    const path = fileURLToPath(new URL(`${up}shared/pages/megaupload-fr.txt`, import.meta.url));
    if (existsSync(path)) return readFileSync(path, "utf8");
  }
  throw new Error("The seed page ../shared/pages/megaupload-fr.txt is missing");
}
