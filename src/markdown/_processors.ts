// The unified processors, built on first use (nothing runs at module load).

import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import remarkStringify, { type Options as StringifyOptions } from "remark-stringify";
import { unified } from "unified";

/** Settings of remark-stringify used by `toMarkdown` (and by the bench). */
export const STRINGIFY_OPTIONS: StringifyOptions = {
  bullet: "-",
  emphasis: "*",
  fence: "`",
  fences: true,
  listItemIndent: "one",
  resourceLink: true,
  rule: "-",
  strong: "*",
  unsafe: [
    // A `|` could start a GFM table in viewers that read them, and a
    // paragraph that looks like a table is read back as a raw block.
    { character: "|", inConstruct: "phrasing" },
    // `$$` at the start of a line opens display math in viewers that read it.
    { atBreak: true, character: "$", after: "\\$" },
    // mdast-util-to-markdown's own patterns for list markers and thematic
    // breaks at a line start consume the character after the marker: in
    // "9.\n1. z" the match of "9." takes the line break, so "1. " is not
    // escaped and reads back as a list (the same for "-", "+", "*"). The
    // same patterns with a lookahead consume nothing.
    { atBreak: true, before: "\\d+", character: ".", after: "(?=[ \\t\\r\\n]|$)" },
    { atBreak: true, character: "-", after: "(?=[ \\t\\r\\n-])" },
    { atBreak: true, character: "+", after: "(?=[ \\t\\r\\n])" },
    { atBreak: true, character: "*", after: "(?=[ \\t\\r\\n*])" },
  ],
};

type Parser = (markdown: string) => Root;
type Stringifier = (tree: Root) => string;

let parser: Parser | undefined;
let stringifier: Stringifier | undefined;

/**
 * Get the parser: remark-parse with YAML front matter.
 *
 * @returns
 *   A function from Markdown to mdast.
 */
export function _parser(): Parser {
  if (parser === undefined) {
    const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).freeze();
    parser = (markdown) => processor.parse(markdown);
  }
  return parser;
}

/**
 * Get the serializer: remark-stringify with YAML front matter.
 *
 * @returns
 *   A function from mdast to Markdown.
 */
export function _stringifier(): Stringifier {
  if (stringifier === undefined) {
    const processor = unified()
      .use(remarkStringify, STRINGIFY_OPTIONS)
      .use(remarkFrontmatter, ["yaml"])
      .freeze();
    stringifier = (tree) => processor.stringify(tree);
  }
  return stringifier;
}
