import { _checkOptions, _expectString } from "../_args.js";
import { ArticleError } from "../error.js";

/** Options of {@link slugify}. */
export interface SlugifyOptions {
  /** String put between words (default: `"-"`). */
  separator?: string | undefined;
}

// Letters that do not decompose under NFKD but have a usual Latin spelling.
const SPELLED: Record<string, string> = {
  æ: "ae",
  œ: "oe",
  ß: "ss",
  ø: "o",
  đ: "d",
  ð: "d",
  þ: "th",
  ł: "l",
  ı: "i",
};

// One character at a time: a letter or a number of any script. Anchored,
// one code point, so it cannot backtrack.
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

// A letter of any script.
const LETTER = /^\p{L}$/u;

// A combining mark (accent, voicing mark, vowel sign, virama…).
const MARK = /^\p{M}$/u;

// Letters of the scripts whose slugs conventionally drop accents (é → e,
// ά → α, й → и). In every other script a combining mark is part of the
// letter (パ, हि, ก้) and stays.
const ACCENTED_SCRIPT = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]$/u;

/**
 * Turn a tag name (or any label) into a slug: lower case, Latin, Greek and
 * Cyrillic accents removed, every run of other characters replaced by one
 * separator, none at the ends, in NFC. Letters of other scripts are kept
 * with their combining marks (`日本` stays `日本`, `パン` stays `パン`,
 * `हिन्दी` stays `हिन्दी`, `한국어` stays composed);
 * a name with no letter or digit at all gets a slug made of its code points
 * (`#` → `u23`), so that a slug is never empty.
 *
 * @param name
 *   Text to slugify.
 * @param options
 *   Configuration (optional).
 * @returns
 *   The slug (never empty).
 * @throws {ArticleError}
 *   With code `empty_text` at path `name` when the name is empty or only
 *   white space: no slug can be made of nothing.
 */
export function slugify(name: string, options?: SlugifyOptions): string {
  _expectString(name, "name", "slugify");
  const record = _checkOptions(options, "slugify", ["separator"]);
  const separator = record.separator ?? "-";
  if (typeof separator !== "string") {
    throw new TypeError(
      `Cannot use ${JSON.stringify(separator)} for \`options.separator\`, expected a string`,
    );
  }
  const decomposed = name.toWellFormed().normalize("NFKD").toLowerCase();
  const words: string[] = [];
  let word = "";
  // Whether the last character kept is a letter whose marks stay.
  let marksStay = false;
  for (const char of decomposed) {
    const code = char.codePointAt(0) as number;
    if (code >= 0x300 && MARK.test(char)) {
      // A mark goes with its letter, or goes: é → e, but パ stays パ.
      if (marksStay) word += char;
      continue;
    }
    const spelled = SPELLED[char];
    const keep = spelled ?? (code < 0x80 ? _asciiWord(code) : WORD_CHAR.test(char));
    if (keep) {
      word += spelled ?? char;
      marksStay =
        spelled === undefined && code >= 0x80 && LETTER.test(char) && !ACCENTED_SCRIPT.test(char);
    } else {
      if (word !== "") words.push(word.normalize("NFC"));
      word = "";
      marksStay = false;
    }
  }
  if (word !== "") words.push(word.normalize("NFC"));
  const slug = words.join(separator);
  if (slug !== "") return slug;
  const codes: string[] = [];
  for (const char of name.trim()) codes.push(`u${(char.codePointAt(0) as number).toString(16)}`);
  if (codes.length === 0) {
    // A slug is never empty, and one made up for nothing would be invented data.
    throw new ArticleError([
      {
        code: "empty_text",
        message: "Expected a name with something other than white space to slugify",
        path: ["name"],
      },
    ]);
  }
  return codes.join(separator);
}

function _asciiWord(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);
}
