// The title: the first line with text (a leading `# ` is dropped).
import { ArticleError } from "../../error.js";
import { _hashHeadingOf, type LineReader } from "../_lines.js";

/**
 * Read the title, the first line with text.
 *
 * @param lines
 *   Reader at the start of the text.
 * @returns
 *   The title.
 * @throws {ArticleError}
 *   With code `empty_text` at path `title` when no line has text.
 */
export function _readTitle(lines: LineReader): string {
  let line = lines.next();
  while (line && line.content === "") line = lines.next();
  if (!line) {
    throw new ArticleError([
      {
        code: "empty_text",
        message: "Expected a title: the text has no line with anything but white space",
        path: ["title"],
      },
    ]);
  }
  const heading = _hashHeadingOf(line.content);
  return line.content.startsWith("# ") && heading ? heading.text : line.content;
}
