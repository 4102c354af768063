// The guard run before remark-parse, which has inputs that take seconds to
// minutes (TOOLCHAIN.md): one linear pass, no regular expression.
//
// What it measures, and why:
// - size: the whole input, in UTF-16 code units;
// - nesting: block quote markers and list markers at the start of a line,
//   and its indentation (`> > > a`, `- - - a`, lists nested by indentation
//   cost time for every line inside them);
// - delimiters: `*`, `_`, `[`, `]`, backticks and `<` in a run of lines
//   between blank lines (outside fenced code). Resolving emphasis, links and
//   code spans is quadratic in them at worst, so both the count in one run
//   and the sum of the squares over the document are bounded.

import type { Issue } from "../error.js";

/** Limits checked before parsing. */
export interface Limits {
  maxSize: number;
  maxNesting: number;
  maxDelimiters: number;
}

function _issue(message: string, text: string, offset: number): Issue {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return {
    code: "input_too_complex",
    message,
    path: [],
    place: { line, column: offset - lineStart + 1, offset },
  };
}

// HTML blocks of types 1 to 5 run to a terminator, across blank lines.
function _htmlEnd(text: string, start: number, end: number): string | undefined {
  const head = text.slice(start, Math.min(end, start + 12)).toLowerCase();
  if (head.startsWith("<!--")) return "-->";
  if (head.startsWith("<?")) return "?>";
  if (head.startsWith("<![cdata[")) return "]]>";
  if (head.startsWith("<!")) return ">";
  for (const name of ["script", "pre", "style", "textarea"]) {
    if (head.startsWith(`<${name}`)) return `</${name}`;
  }
  return undefined;
}

/**
 * Check a Markdown text against the limits, in linear time.
 *
 * @param text
 *   Markdown, line endings already LF.
 * @param limits
 *   Limits.
 * @returns
 *   An `input_too_complex` issue with its place, or `undefined`.
 */
export function _checkLimits(text: string, limits: Limits): Issue | undefined {
  if (text.length > limits.maxSize) {
    return {
      code: "input_too_complex",
      message: `Expected Markdown of at most ${limits.maxSize} characters (\`maxSize\`), found ${text.length}`,
      path: [],
    };
  }
  const budget = 2 * limits.maxDelimiters * limits.maxDelimiters;
  let spent = 0;
  let run = 0;
  let fence = 0; // length of the open fence, 0 when none
  let fenceChar = 0;
  let html = false;
  let htmlEnd: string | undefined;
  let position = 0;
  const length = text.length;
  while (position <= length) {
    let end = text.indexOf("\n", position);
    if (end === -1) end = length;
    // Leading whitespace, and container markers.
    let index = position;
    let columns = 0;
    let markers = 0;
    for (;;) {
      const code = text.charCodeAt(index);
      if (code === 32) {
        columns++;
        index++;
      } else if (code === 9) {
        columns += 4;
        index++;
      } else if (fence === 0 && code === 62 /* > */) {
        markers++;
        index++;
      } else if (
        fence === 0 &&
        (code === 45 || code === 42 || code === 43) &&
        (text.charCodeAt(index + 1) === 32 || text.charCodeAt(index + 1) === 9)
      ) {
        markers++;
        index++;
      } else if (fence === 0 && code >= 48 && code <= 57) {
        let at = index;
        while (at - index < 9 && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) at++;
        const next = text.charCodeAt(at);
        const after = text.charCodeAt(at + 1);
        if ((next === 46 || next === 41) && (after === 32 || after === 9)) {
          markers++;
          index = at + 1;
        } else break;
      } else break;
    }
    const blank = index === end;
    if (fence === 0 && (markers > limits.maxNesting || columns > 4 * limits.maxNesting)) {
      return _issue(
        `Expected block quotes and lists nested at most ${limits.maxNesting} deep (\`maxNesting\`)`,
        text,
        index,
      );
    }
    const first = text.charCodeAt(position);
    if (fence > 0) {
      // Inside fenced code: only look for the closing fence.
      let count = 0;
      let at = index;
      if (index - position <= 3) {
        while (text.charCodeAt(at) === fenceChar) {
          count++;
          at++;
        }
      }
      if (count >= fence) {
        while (at < end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
        if (at === end) fence = 0;
      }
      position = end + 1;
      continue;
    }
    if (htmlEnd !== undefined) {
      if (text.slice(position, end).toLowerCase().includes(htmlEnd)) htmlEnd = undefined;
    } else if (index - position <= 3 && text.charCodeAt(index) === 60 /* < */ && markers === 0) {
      html = true;
      const terminator = _htmlEnd(text, index, end);
      if (terminator !== undefined && !text.slice(index, end).toLowerCase().includes(terminator)) {
        htmlEnd = terminator;
      }
    }
    if (blank) {
      spent += run * run;
      run = 0;
      if (htmlEnd === undefined) html = false;
      position = end + 1;
      continue;
    }
    // A fence opens only at the start of a line, outside HTML.
    if (!html && htmlEnd === undefined && (first === 96 || first === 126)) {
      let count = 0;
      while (text.charCodeAt(position + count) === first) count++;
      if (count >= 3 && (first === 126 || !text.slice(position + count, end).includes("`"))) {
        spent += run * run;
        run = 0;
        fence = count;
        fenceChar = first;
        position = end + 1;
        continue;
      }
    }
    for (let at = index; at < end; at++) {
      const code = text.charCodeAt(at);
      if (
        code === 42 /* * */ ||
        code === 95 /* _ */ ||
        code === 91 /* [ */ ||
        code === 93 /* ] */ ||
        code === 96 /* ` */ ||
        code === 60 /* < */
      ) {
        run++;
        if (run > limits.maxDelimiters) {
          return _issue(
            `Expected at most ${limits.maxDelimiters} emphasis, link, code or HTML delimiters (\`*\`, \`_\`, \`[\`, \`]\`, backticks, \`<\`) between two blank lines (\`maxDelimiters\`)`,
            text,
            at,
          );
        }
      }
    }
    if (spent + run * run > budget) {
      return _issue(
        `Expected fewer emphasis, link, code or HTML delimiters in the whole document (at most 2 × maxDelimiters² summed over the squares of each paragraph's count)`,
        text,
        end,
      );
    }
    position = end + 1;
  }
  return undefined;
}
