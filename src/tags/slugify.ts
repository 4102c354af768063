import { _checkOptions, _kind } from "../_args.js";
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

/**
 * Turn a tag name (or any label) into a slug: lower case, accents removed,
 * every run of other characters replaced by one separator, none at the ends.
 * Letters of scripts without a Latin spelling are kept (`日本` stays `日本`);
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
  if (typeof name !== "string") {
    throw new TypeError(`Expected \`name\` of \`slugify\` to be a string, found ${_kind(name)}`);
  }
  const record = _checkOptions(options, "slugify", ["separator"]);
  const separator = record.separator ?? "-";
  if (typeof separator !== "string") {
    throw new TypeError(
      `Cannot use ${JSON.stringify(separator)} for \`options.separator\`, expected a string`,
    );
  }
  const decomposed = name.toWellFormed().normalize("NFKD").toLowerCase();
  let slug = "";
  let pending = false;
  for (const char of decomposed) {
    const code = char.codePointAt(0) as number;
    // Combining marks (accents) go: é → e.
    if ((code >= 0x300 && code <= 0x36f) || (code >= 0x1ab0 && code <= 0x1aff)) continue;
    const spelled = SPELLED[char];
    const keep = spelled ?? (code < 0x80 ? _asciiWord(code) : WORD_CHAR.test(char));
    if (keep) {
      if (pending && slug !== "") slug += separator;
      pending = false;
      slug += spelled ?? char;
    } else pending = true;
  }
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
