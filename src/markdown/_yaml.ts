// YAML (front matter and embed bodies), read without letting the yaml
// package overflow the stack or print warnings, and written only when it
// reads back.
//
// The yaml package composes nodes recursively (a few hundred nested
// collections overflow the stack), and its `toJS` warns on stderr for a
// collection used as a key. So, before composing, one linear pass over the
// lexer's tokens bounds the nesting (flow collections, and the columns of
// indentation and `- `/`? `/`: ` indicators that open block collections);
// after it, the keys are checked.

import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  parseDocument,
} from "yaml";
import type { Issue } from "../error.js";

/**
 * Most collections nested in YAML that the reader accepts: flow collections
 * (`[`, `{`) at most this deep, and at most 4 × this many columns of block
 * indentation (indicators included) on a line.
 */
export const YAML_MAX_NESTING = 64;

/**
 * Deepest value `toMarkdown` writes as YAML (the top mapping counting 1);
 * a deeper value goes in JSON (a marker). Well below `YAML_MAX_NESTING`.
 */
export const YAML_WRITE_DEPTH = 16;

/** Where a YAML text starts in the Markdown. */
export interface YamlPlace {
  /** Line (1-based) of the YAML's first line in the Markdown. */
  line: number;
  /** Place reported for an issue about the YAML as a whole. */
  whole: { line: number; column: number };
}

/** Result of reading YAML: a value, or one issue. */
export type YamlResult = { value: unknown } | { issue: Issue };

function _tooDeep(line: number, column: number): Issue {
  return {
    code: "input_too_complex",
    message: `Expected YAML nested at most ${YAML_MAX_NESTING} collections deep (\`[\`, \`{\`, or ${4 * YAML_MAX_NESTING} columns of indentation)`,
    path: [],
    place: { line, column },
  };
}

// Whether a token is indentation: spaces and tabs only (a block scalar's
// text, one token, may start with spaces too).
function _isIndent(token: string): boolean {
  for (let index = 0; index < token.length; index++) {
    const code = token.charCodeAt(index);
    if (code !== 32 && code !== 9) return false;
  }
  return token.length > 0;
}

// One pass over the lexer's tokens; stops at the first excess.
function _checkNesting(source: string, place: YamlPlace): Issue | undefined {
  let flow = 0;
  let line = 0;
  let column = 1;
  let lineStart = true;
  let prefix = 0; // columns of indentation and indicators at the line start
  for (const token of new Lexer().lex(source)) {
    const first = token.charCodeAt(0);
    if (token === "\n" || token === "\r\n") {
      line++;
      column = 1;
      lineStart = true;
      prefix = 0;
      continue;
    }
    if (lineStart) {
      if (_isIndent(token) || token === "-" || token === "?" || token === ":") {
        prefix += token.length;
        if (prefix > 4 * YAML_MAX_NESTING) return _tooDeep(place.line + line, column);
      } else if (first > 31) lineStart = false;
    }
    if (token === "[" || token === "{") {
      flow++;
      if (flow > YAML_MAX_NESTING) return _tooDeep(place.line + line, column);
    } else if (token === "]" || token === "}") {
      if (flow > 0) flow--;
    }
    // Multi-line tokens (quoted scalars, block scalars) move the line.
    let newline = token.indexOf("\n");
    if (newline !== -1 && token.length > 1) {
      while (newline !== -1) {
        line++;
        column = token.length - newline;
        newline = token.indexOf("\n", newline + 1);
      }
      lineStart = false;
    } else if (first > 31 || first === 9) column += token.length;
  }
  return undefined;
}

// Every key a scalar (a collection or alias key would be turned into a
// string by `toJS`, with a warning on stderr), and unique.
function _checkKeys(document: Document, counter: LineCounter, place: YamlPlace): Issue | undefined {
  const stack: unknown[] = [document.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node) || isSeq(node)) {
      // Unique keys, checked here in linear time (the yaml package's check
      // is quadratic), as the object `toJS` builds sees them.
      const seen = new Set<string>();
      for (const item of node.items as unknown[]) {
        if (isPair(item)) {
          const key = item.key;
          if (isMap(node) && (key === null || isScalar(key))) {
            const name = key === null ? "" : String(key.value ?? "");
            if (seen.has(name)) {
              const range = (key as { range?: [number, number, number] } | null)?.range;
              const at = range ? counter.linePos(range[0]) : { line: 1, col: 1 };
              return {
                code: "invalid_syntax",
                message: "Expected YAML: Map keys must be unique",
                path: [],
                place: { line: place.line + at.line - 1, column: at.col },
              };
            }
            seen.add(name);
          }
          if (key !== null && !isScalar(key)) {
            const range = (key as { range?: [number, number, number] }).range;
            const at = range ? counter.linePos(range[0]) : { line: 1, col: 1 };
            return {
              code: "invalid_type",
              message: `Expected YAML keys to be plain strings, found ${isAlias(key) ? "an alias" : isSeq(key) ? "a list" : "a mapping"} as a key`,
              path: [],
              place: { line: place.line + at.line - 1, column: at.col },
            };
          }
          stack.push(item.value);
        } else stack.push(item);
      }
    }
  }
  return undefined;
}

/**
 * Read YAML as a plain value, or say why it cannot be read.
 *
 * @param source
 *   YAML text.
 * @param place
 *   Where it starts in the Markdown.
 * @returns
 *   `{ value }`, or `{ issue }`: `input_too_complex` (nested too deeply,
 *   aliases expanding too far), `invalid_syntax` (not YAML), `invalid_type`
 *   (a key that is not a scalar); a repeated key is `invalid_syntax`.
 */
export function _readYaml(source: string, place: YamlPlace): YamlResult {
  const nesting = _checkNesting(source, place);
  if (nesting) return { issue: nesting };
  const counter = new LineCounter();
  const document = parseDocument(source, { uniqueKeys: false, lineCounter: counter });
  const error = document.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    return {
      issue: {
        code: "invalid_syntax",
        message: `Expected YAML: ${(error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "")}`,
        path: [],
        place: { line: place.line + (at ? at.line - 1 : 0), column: at ? at.col : 1 },
      },
    };
  }
  const keys = _checkKeys(document, counter, place);
  if (keys) return { issue: keys };
  try {
    return { value: document.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    // yaml throws a ReferenceError when aliases expand past maxAliasCount
    // (a "billion laughs" document).
    if (!(error instanceof ReferenceError)) throw error;
    return {
      issue: {
        code: "input_too_complex",
        message: "Expected YAML whose aliases (`*name`) expand to fewer nodes",
        path: [],
        place: place.whole,
      },
    };
  }
}

/**
 * How deep a JSON value nests (a scalar 0, `[]` 1, `[[1]]` 2), without
 * recursion.
 *
 * @param value
 *   JSON value.
 * @returns
 *   Its depth.
 */
export function _depth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== "object" || node === null) continue;
    const inner = depth + 1;
    if (inner > deepest) deepest = inner;
    const children = Array.isArray(node) ? node : Object.values(node);
    for (const child of children) stack.push([child, inner]);
  }
  return deepest;
}
