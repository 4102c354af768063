// YAML front matter → the article's metadata fields.

import type { Yaml } from "mdast";
import { ArticleError } from "../../error.js";
import { _readYaml } from "../_yaml.js";

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
 *   `input_too_complex` when it nests too deeply or its aliases expand
 *   too far, `invalid_type` for a key that is not a scalar or when it is
 *   not a mapping, `invalid_value` when it holds
 *   a content field.
 */
export function _readFrontMatter(node: Yaml): Record<string, unknown> {
  // Content starts on the line after the opening `---`.
  const firstLine = (node.position?.start.line ?? 1) + 1;
  const result = _readYaml(node.value, {
    line: firstLine,
    whole: { line: firstLine - 1, column: 1 },
  });
  if ("issue" in result) {
    const issue = result.issue;
    issue.message = issue.message.replace(/^Expected YAML/, "Expected YAML front matter");
    throw new ArticleError([issue]);
  }
  const value = result.value;
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
