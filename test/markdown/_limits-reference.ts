// The limit check as it was first written: one character at a time, a line
// copied and lower-cased to find an HTML terminator. Kept as the reference
// that `src/markdown/_limits.ts` (which counts delimiters with `indexOf`
// chains and searches terminators without copies) must agree with, issue
// for issue and place for place (test/markdown/limits.test.ts).
import type { Issue } from "../../src/error.js";

/** Limits checked before parsing. */
interface Limits {
  maxSize: number;
  maxNesting: number;
  maxDelimiters: number;
  maxLines: number;
}

// Weights in sixteenths of a line (as `src/markdown/_limits.ts`).
const LINE = 16;
const BLOCK = 80;
const MARKER = 48;
const FENCED = 16;
const YAML_LINE = 36;
const YAML_CHAR = 16;
const BANG = 3;
const IMAGE = 96;
const TAB = 2;
const CHAR = 0.5;
// `*`, `_`, `[`, `]`, backtick, `<`, `\`, `&`.
const DELIMITER_WEIGHTS: Record<string, number> = {
  "*": 24,
  _: 24,
  "[": 16,
  "]": 128,
  "`": 20,
  "<": 40,
  "\\": 8,
  "&": 36,
};

function _yamlCost(text: string, start: number, end: number): number {
  let cost = 0;
  for (let at = start; at < end; at++) {
    if ("[{,&*!".includes(text.charAt(at))) cost += YAML_CHAR;
  }
  return cost;
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

// Whether a line (from `start`) is only `=` or only `-`, then whitespace.
function _isUnderline(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first !== 61 && first !== 45) return false;
  let at = start;
  while (at < end && text.charCodeAt(at) === first) at++;
  while (at < end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return at === end;
}

// Whether a line (from `start` to `end`) is a front matter fence: `---`,
// then spaces or tabs.
function _isFence(text: string, start: number, end: number): boolean {
  if (!text.startsWith("---", start)) return false;
  for (let at = start + 3; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

// Where the text after YAML front matter starts (0 when there is none):
// `---` on the first line, up to the next `---` line, as remark-frontmatter
// reads it.
function _frontMatterEnd(text: string): number {
  let end = text.indexOf("\n");
  if (end === -1 || !_isFence(text, 0, end)) return 0;
  for (;;) {
    const start = end + 1;
    if (start > text.length) return 0;
    end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    if (_isFence(text, start, end)) return end + 1;
  }
}

function _isDelimiter(code: number): boolean {
  return (
    code === 42 /* * */ ||
    code === 95 /* _ */ ||
    code === 91 /* [ */ ||
    code === 93 /* ] */ ||
    code === 96 /* ` */ ||
    code === 60 /* < */ ||
    code === 92 /* \ */ ||
    code === 38 /* & */
  );
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
export function referenceCheckLimits(text: string, limits: Limits): Issue | undefined {
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
  let lines = 0;
  const linesBudget = limits.maxLines * LINE;
  let fence = 0; // length of the open fence, 0 when none
  let fenceChar = 0;
  let fenceYaml = false;
  let yamlFence = 0;
  let yamlFenceLength = 0;
  let html = false;
  let htmlEnd: string | undefined;
  let afterBlank = true;
  let position = _frontMatterEnd(text);
  const tooLong = (at: number): Issue =>
    _issue(
      `Expected at most ${limits.maxLines} lines, weighted by their cost to parse: a line that starts a block counts 5, an image 6 more, a line of front matter 2.25, of an embed 3.25, a character 1/32, a delimiter up to 8 (\`maxLines\`)`,
      text,
      at,
    );
  for (let start = 0; start < position; ) {
    const end = text.indexOf("\n", start);
    lines += YAML_LINE + (end - start) * CHAR + _yamlCost(text, start, end);
    for (let at = start; at < end; at++) if (text.charCodeAt(at) === 9) lines += TAB;
    if (lines > linesBudget) return tooLong(end);
    start = end + 1;
  }
  const length = text.length;
  const tooMany = (at: number): Issue | undefined => {
    if (run > limits.maxDelimiters) {
      return _issue(
        `Expected at most ${limits.maxDelimiters} delimiters (\`*\`, \`_\`, \`[\`, \`]\`, backticks, \`<\`, \`\\\`, \`&\`, lines) between two blank lines (\`maxDelimiters\`)`,
        text,
        at,
      );
    }
    if (spent + run * run > budget) {
      return _issue(
        "Expected fewer delimiters in the whole document: the squares of the counts between blank lines may sum to at most 2 × maxDelimiters² (`maxDelimiters`)",
        text,
        at,
      );
    }
    if (lines > linesBudget) return tooLong(at);
    return undefined;
  };
  while (position <= length) {
    let end = text.indexOf("\n", position);
    if (end === -1) end = length;
    lines += (end - position) * CHAR;
    for (let at = position; at < end; at++) if (text.charCodeAt(at) === 9) lines += TAB;
    if (fence > 0) {
      // Inside fenced code: only look for the closing fence.
      let at = position;
      while (at - position < 3 && text.charCodeAt(at) === 32) at++;
      let count = 0;
      while (text.charCodeAt(at) === fenceChar) {
        count++;
        at++;
      }
      if (count >= fence) {
        while (at < end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
        if (at === end) {
          fence = 0;
          run++;
          lines += BLOCK;
          const issue = tooMany(position);
          if (issue) return issue;
          position = end + 1;
          continue;
        }
      }
      lines += fenceYaml ? FENCED + YAML_LINE + _yamlCost(text, position, end) : FENCED;
      if (lines > linesBudget) return tooLong(end);
      position = end + 1;
      continue;
    }
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
      } else if (code === 62 /* > */) {
        markers++;
        index++;
      } else if (
        (code === 45 || code === 42 || code === 43) &&
        (text.charCodeAt(index + 1) === 32 || text.charCodeAt(index + 1) === 9)
      ) {
        markers++;
        index++;
      } else if (code >= 48 && code <= 57) {
        let at = index;
        while (at - index < 9 && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) at++;
        const next = text.charCodeAt(at);
        const after = text.charCodeAt(at + 1);
        if ((next === 46 || next === 41) && (after === 32 || after === 9)) {
          markers++;
          index = at + 1;
        } else break;
      } else break;
      if (markers > limits.maxNesting || columns > 4 * limits.maxNesting) break;
    }
    if (markers > limits.maxNesting || columns > 4 * limits.maxNesting) {
      return _issue(
        `Expected block quotes and lists nested at most ${limits.maxNesting} deep (\`maxNesting\`)`,
        text,
        index,
      );
    }
    const blank = index === end;
    const first = text.charCodeAt(index);
    // A line of an HTML comment (`<!--` to the line holding `-->`) is raw
    // text to remark: its delimiters cost nothing (markers are such lines).
    let inComment = false;
    if (htmlEnd !== undefined) {
      inComment = htmlEnd === "-->";
      if (text.slice(position, end).toLowerCase().includes(htmlEnd)) htmlEnd = undefined;
    } else if (index - position <= 3 && first === 60 /* < */ && markers === 0) {
      html = true;
      const terminator = _htmlEnd(text, index, end);
      inComment = terminator === "-->";
      if (terminator !== undefined && !text.slice(index, end).toLowerCase().includes(terminator)) {
        htmlEnd = terminator;
      }
    }
    if (yamlFence !== 0) {
      let at = index;
      while (text.charCodeAt(at) === yamlFence) at++;
      if (at - index >= yamlFenceLength && markers === 0 && index - position <= 3) yamlFence = 0;
      else lines += YAML_LINE + _yamlCost(text, index, end);
    }
    if (blank) {
      spent += run * run;
      run = 0;
      afterBlank = true;
      if (htmlEnd === undefined) html = false;
      if (lines > linesBudget) return tooLong(end);
      position = end + 1;
      continue;
    }
    const startsBlock =
      afterBlank ||
      markers > 0 ||
      first === 35 /* # */ ||
      first === 60 /* < */ ||
      first === 96 /* ` */ ||
      first === 126; /* ~ */
    afterBlank = false;
    // A one-line HTML comment (a marker) costs remark about half a paragraph.
    lines += startsBlock ? (inComment && htmlEnd === undefined ? MARKER : BLOCK) : LINE;
    run += _isUnderline(text, index, end) ? 9 : 1;
    // A fence opens only at the start of a line, outside HTML.
    const lead = text.charCodeAt(position);
    if (!html && htmlEnd === undefined && (lead === 96 || lead === 126)) {
      let count = 0;
      while (text.charCodeAt(position + count) === lead) count++;
      if (count >= 3 && (lead === 126 || !text.slice(position + count, end).includes("`"))) {
        fence = count;
        fenceChar = lead;
        fenceYaml = text.slice(position + count, end).trim() === "embed";
        const issue = tooMany(position);
        if (issue) return issue;
        position = end + 1;
        continue;
      }
    }
    if (
      markers === 0 &&
      index > position &&
      index - position <= 3 &&
      !html &&
      (first === 96 || first === 126)
    ) {
      let at = index;
      while (text.charCodeAt(at) === first) at++;
      if (at - index >= 3 && text.slice(at, end).trim() === "embed") {
        yamlFence = first;
        yamlFenceLength = at - index;
      }
    }
    for (let at = inComment ? end : index; at < end; at++) {
      if (text.charCodeAt(at) === 33) lines += text.charCodeAt(at + 1) === 91 ? BANG + IMAGE : BANG;
      if (_isDelimiter(text.charCodeAt(at))) {
        const char = text.charAt(at);
        lines +=
          "*_`".includes(char) && text.charAt(at - 1) === char
            ? 2
            : (DELIMITER_WEIGHTS[char] as number);
        run++;
        if (run > limits.maxDelimiters) return tooMany(at);
      }
    }
    const issue = tooMany(end);
    if (issue) return issue;
    position = end + 1;
  }
  return undefined;
}
