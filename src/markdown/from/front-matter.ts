// YAML front matter → the article's metadata fields.

import type { Yaml } from "mdast";
import { parseDocument } from "yaml";
import { ArticleError } from "../../error.js";

/** Article keys that belong to the body, never to front matter. */
const CONTENT_KEYS = ["lead", "sections", "comments"];

/**
 * Read front matter as a plain object.
 *
 * @param node
 *   The `yaml` node.
 * @returns
 *   The mapping (an empty one when the front matter is empty).
 * @throws {ArticleError}
 *   `invalid_syntax` (with line and column) when the YAML cannot be read,
 *   `invalid_type` when it is not a mapping, `invalid_value` when it holds
 *   a content field.
 */
export function _readFrontMatter(node: Yaml): Record<string, unknown> {
  // Content starts on the line after the opening `---`.
  const firstLine = (node.position?.start.line ?? 1) + 1;
  const document = parseDocument(node.value, { uniqueKeys: true });
  const error = document.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    const line = firstLine + (at ? at.line - 1 : 0);
    const column = at ? at.col : 1;
    throw new ArticleError([
      {
        code: "invalid_syntax",
        message: `Expected YAML front matter: ${(error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "")}`,
        path: [],
        place: { line, column },
      },
    ]);
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // yaml throws a ReferenceError when aliases expand past maxAliasCount
    // (a "billion laughs" document).
    if (!(error instanceof ReferenceError)) throw error;
    throw new ArticleError([
      {
        code: "input_too_complex",
        message: "Expected YAML front matter whose aliases (`*name`) expand to fewer nodes",
        path: [],
        place: { line: firstLine - 1, column: 1 },
      },
    ]);
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new ArticleError([
      {
        code: "invalid_type",
        message: `Expected front matter to be a mapping of article fields, found ${Array.isArray(value) ? "a list" : typeof value}`,
        path: [],
        place: { line: firstLine - 1, column: 1 },
      },
    ]);
  }
  const record = value as Record<string, unknown>;
  for (const key of CONTENT_KEYS) {
    if (Object.hasOwn(record, key)) {
      throw new ArticleError([
        {
          code: "invalid_value",
          message: `Expected \`${key}\` in the Markdown body, not in front matter`,
          path: [key],
          place: { line: firstLine - 1, column: 1 },
        },
      ]);
    }
  }
  return record;
}
