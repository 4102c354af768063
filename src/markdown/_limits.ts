// The guard run before remark-parse, which has inputs that take seconds to
// minutes (TOOLCHAIN.md): linear (one pass over the lines, and one forward
// `indexOf` chain per delimiter), no regular expression.
//
// What it measures, and why:
// - size: the whole input, in UTF-16 code units;
// - nesting: block quote and list markers at the start of a line, and its
//   indentation (`> > > a`, `- - - a`, lists nested by indentation cost
//   time for every line inside them);
// - lines (`maxLines`): what remark-parse and the yaml package spend, in
//   lines, weighted by what each costs them (CPU time measured on the
//   project's machine, `WEIGHTS` below): a line that starts a block counts 5
//   (3 for a one-line HTML comment, such as a marker), another line 1, a
//   line of fenced code 1, a line of front matter 2.25 and one of an embed
//   (a `\`\`\`embed` fence) 3.25, an image (`![`) 6 more, a `!` 3/16, a
//   tab 1/8, every character 1/32, a delimiter 1/8 (`\`) to 8 (`]`, which
//   closes a link) and, in YAML, each `[`, `{`, `,`, `&`, `*`, `!` (flow
//   collections and items, anchors, aliases, tags) 1;
// - delimiters: `*`, `_`, `[`, `]`, backticks, `<`, `\`, `&`, and lines (a
//   setext underline counting 9) in a run of lines between blank lines,
//   outside HTML comments (raw to remark). An escape (`\*`) counts 2: it
//   costs remark about as much as two delimiters (measured: ~10 µs each).
//   Resolving emphasis, links, code spans and setext headings is quadratic
//   in them at worst, so both the count in one run and the sum of the
//   squares of the runs over the document are bounded.
//
// The yaml package reads front matter and embeds under its own nesting
// bound too (`_yaml.ts`).

import { _place } from "../_place.js";
import type { Issue } from "../error.js";

/** Limits checked before parsing. */
export interface Limits {
  maxSize: number;
  maxNesting: number;
  maxDelimiters: number;
  maxLines: number;
}

// What a piece of Markdown costs to parse, in sixteenths of a line of
// `maxLines`. Measured (CPU time of `fromMarkdown`, with other work running
// on both cores): a one-line paragraph 60–75 µs, so a sixteenth is ~0.8 µs;
// a line of fenced code ~14 µs; a line of front matter 25–30 µs; an image
// paragraph 2–2.3 × a paragraph; `!` ~1.8 µs; a tab 0.5–1.2 µs (anywhere,
// fenced code and HTML included); in YAML a flow collection, a flow item,
// an anchor or a tag 8–17 µs; a character of plain prose 0.13–0.33 µs; the
// delimiters below. At the default `maxLines` (50 000) every such flood
// reads in 0.3–0.8 s of CPU time (test/markdown/_pathological.ts,
// `npm run bench -- markdown`).
const LINE = 16;
const BLOCK = 80;
const MARKER = 48;
const FENCED = 16;
const YAML_LINE = 36;
const YAML_CHAR = 16;
const BANG = 3;
const IMAGE = 96;
const TAB = 2;
// Every character, wherever it is: half a sixteenth (~0.4 µs; remark-parse
// reads plain prose at 0.13–0.33 µs a character, its lines and blocks
// weighed apart).
const CHAR = 0.5;

// What YAML characters cost: `[`, `{`, `,`, `&`, `*`, `!` in embeds (whose
// tabs the scan counts apart); the same and tabs in front matter.
const YAML_COSTS = /* @__PURE__ */ _costs(false);
const FRONT_COSTS = /* @__PURE__ */ _costs(true);

function _costs(tabs: boolean): Uint8Array {
  const table = new Uint8Array(128);
  for (const char of "[{,&*!") table[char.charCodeAt(0)] = YAML_CHAR;
  if (tabs) table[9] = TAB;
  return table;
}

// What the YAML characters of a line cost, or more than `room` once it is
// over.
function _yamlCost(
  text: string,
  start: number,
  end: number,
  room: number,
  costs: Uint8Array,
): number {
  let cost = 0;
  for (let at = start; at < end && cost <= room; at++) {
    const code = text.charCodeAt(at);
    if (code < 128) cost += costs[code] as number;
  }
  return cost;
}

function _issue(message: string, text: string, offset: number): Issue {
  return { code: "input_too_complex", message, path: [], place: _place(text, offset) };
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

// The delimiters (`*`, `_`, `[`, `]`, backticks, `<`, `\`, `&`), and a
// table of them by character code.
const DELIMITERS = "*_[]`<\\&";
// What each delimiter costs to parse, in sixteenths of a line (same order).
// Measured (CPU time, paragraphs of each): an emphasis pair ~37 µs; `[`
// ~6 µs, but a link (`[a](b)`) 60–110 µs, so its `]` carries the rest; a
// code span's backtick ~15 µs; `\` ~6 µs; `<` alone ~4.5 µs, but an
// autolink or an HTML tag 22–30 µs; `&` alone ~1 µs, but a character
// reference 21–26 µs. Prose dense with links and emphasis (2 of each in
// 85 characters) then reads at ~1.7 µs a character: ~270 KB by default.
// A `*`, `_` or backtick that follows its like continues a run, which
// remark reads as one sequence (`**a**` costs about what `*a*` does): 1/8.
const DELIMITER_WEIGHTS = [24, 24, 16, 128, 20, 40, 8, 36];
const CONTINUED_WEIGHTS = [2, 2, 16, 128, 2, 40, 8, 36];
const DELIMITER = /* @__PURE__ */ _delimiters(DELIMITERS, DELIMITER_WEIGHTS);
const CONTINUED = /* @__PURE__ */ _delimiters(DELIMITERS, CONTINUED_WEIGHTS);

// Weights by character code (0 for what is not a delimiter).
function _delimiters(chars: string, weights: readonly number[]): Uint8Array {
  const table = new Uint8Array(128);
  for (let index = 0; index < chars.length; index++) {
    table[chars.charCodeAt(index)] = weights[index] as number;
  }
  return table;
}

// Whether `text` holds `terminator` between `start` and `end`, ignoring
// case. Lower-casing cannot make or unmake a terminator without letters
// (`-->`, `?>`, `]]>`, `>`: no character lower-cases into these), so for
// those the line is searched as it is, without the lower-cased copy: every
// marker is such a line, and every `toMarkdown` output is checked.
function _holds(text: string, start: number, end: number, terminator: string): boolean {
  if (terminator === "-->" || terminator === "?>" || terminator === "]]>" || terminator === ">") {
    if (end - start >= terminator.length && text.endsWith(terminator, end)) return true;
    return text.slice(start, end).includes(terminator);
  }
  return text.slice(start, end).toLowerCase().includes(terminator);
}

// Why `_checkLimits` stops: the first limit over, or `undefined`. A plain
// function of numbers (not a closure over the scan's counters), so that the
// counters stay local to the scan loop.
function _tooMany(
  text: string,
  limits: Limits,
  at: number,
  run: number,
  spent: number,
  lines: number,
): Issue | undefined {
  if (run > limits.maxDelimiters) {
    return _issue(
      `Expected at most ${limits.maxDelimiters} delimiters (\`*\`, \`_\`, \`[\`, \`]\`, backticks, \`<\`, \`\\\`, \`&\`, lines) between two blank lines (\`maxDelimiters\`)`,
      text,
      at,
    );
  }
  if (spent + run * run > 2 * limits.maxDelimiters * limits.maxDelimiters) {
    return _issue(
      "Expected fewer delimiters in the whole document: the squares of the counts between blank lines may sum to at most 2 × maxDelimiters² (`maxDelimiters`)",
      text,
      at,
    );
  }
  if (lines > limits.maxLines * LINE) return _tooLong(text, limits, at);
  return undefined;
}

function _tooLong(text: string, limits: Limits, at: number): Issue {
  return _issue(
    `Expected at most ${limits.maxLines} lines, weighted by their cost to parse: a line that starts a block counts 5, an image 6 more, a line of front matter 2.25, of an embed 3.25, a character 1/32, a delimiter up to 8 (\`maxLines\`)`,
    text,
    at,
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
export function _checkLimits(text: string, limits: Limits): Issue | undefined {
  if (text.length > limits.maxSize) {
    return {
      code: "input_too_complex",
      message: `Expected Markdown of at most ${limits.maxSize} characters (\`maxSize\`), found ${text.length}`,
      path: [],
    };
  }
  let spent = 0;
  let run = 0;
  let lines = 0; // in sixteenths of a line
  const budget = limits.maxLines * LINE;
  let fence = 0; // length of the open fence, 0 when none
  let fenceChar = 0;
  let fenceYaml = false; // whether the open fence is an embed's
  let yamlFence = 0; // an indented embed fence's character, 0 when none
  let yamlFenceLength = 0;
  let html = false;
  let htmlEnd: string | undefined;
  let afterBlank = true;
  let position = _frontMatterEnd(text);
  // Front matter: every line (the fences included) read by the yaml package.
  for (let start = 0; start < position; ) {
    const end = text.indexOf("\n", start);
    lines += YAML_LINE + (end - start) * CHAR;
    lines += _yamlCost(text, start, end, budget - lines, FRONT_COSTS);
    if (lines > budget) return _tooLong(text, limits, end);
    start = end + 1;
  }
  const length = text.length;
  let nextTab = -1; // where the next tab is (`length` when none)
  let nextBang = -1; // where the next `!` is (`length` when none)
  // Delimiters are counted with `indexOf`, one chain per delimiter: `next`
  // holds where each was last found (`length` when there is no other, -1
  // before the first search), so every chain moves forward only and the
  // whole count stays linear. On ordinary text that is several times faster
  // than reading every character; on text dense with delimiters one call
  // per delimiter costs more, so past one call per 8 characters the scan
  // reads characters again (`dense`).
  const next = [-1, -1, -1, -1, -1, -1, -1, -1];
  let calls = 0;
  let dense = false;
  while (position <= length) {
    let end = text.indexOf("\n", position);
    if (end === -1) end = length;
    lines += (end - position) * CHAR;
    // Tabs cost anywhere.
    if (nextTab < position) {
      nextTab = text.indexOf("\t", position);
      if (nextTab === -1) nextTab = length;
    }
    while (nextTab < end && lines <= budget) {
      // A run of tabs is read without a call per tab, up to the budget.
      let at = nextTab;
      const stop = at + (budget - lines) / TAB + 1;
      while (at < stop && text.charCodeAt(at) === 9) at++;
      lines += (at - nextTab) * TAB;
      nextTab = text.indexOf("\t", at);
      if (nextTab === -1) nextTab = length;
    }
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
          const issue = _tooMany(text, limits, position, run, spent, lines);
          if (issue) return issue;
          position = end + 1;
          continue;
        }
      }
      lines += fenceYaml ? FENCED + YAML_LINE : FENCED;
      if (fenceYaml) lines += _yamlCost(text, position, end, budget - lines, YAML_COSTS);
      if (lines > budget) return _tooLong(text, limits, end);
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
      if (_holds(text, position, end, htmlEnd)) htmlEnd = undefined;
    } else if (index - position <= 3 && first === 60 /* < */ && markers === 0) {
      html = true;
      const terminator = _htmlEnd(text, index, end);
      inComment = terminator === "-->";
      if (terminator !== undefined && !_holds(text, index, end, terminator)) {
        htmlEnd = terminator;
      }
    }
    // An indented embed fence (which may belong to a list item, so the
    // lines after it are read as usual): its lines are YAML to its end.
    if (yamlFence !== 0) {
      let at = index;
      while (text.charCodeAt(at) === yamlFence) at++;
      if (at - index >= yamlFenceLength && markers === 0 && index - position <= 3) yamlFence = 0;
      else {
        lines += YAML_LINE;
        lines += _yamlCost(text, index, end, budget - lines, YAML_COSTS);
      }
    }
    if (blank) {
      spent += run * run;
      run = 0;
      afterBlank = true;
      if (htmlEnd === undefined) html = false;
      if (lines > budget) return _tooLong(text, limits, end);
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
        const issue = _tooMany(text, limits, position, run, spent, lines);
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
    if (!inComment) {
      // `!` (and `![`, an image).
      let at = nextBang;
      if (at < index) {
        at = text.indexOf("!", index);
        calls++;
        if (at === -1) at = length;
      }
      while (at < end && lines <= budget) {
        // A run of `!` is read without a call per `!` (only its last can
        // open an image).
        const from = at;
        const stop = at + (budget - lines) / BANG + 1;
        while (at < stop && text.charCodeAt(at) === 33) at++;
        lines += (at - from) * BANG;
        if (text.charCodeAt(at) === 91) lines += IMAGE;
        at = text.indexOf("!", at);
        calls++;
        if (at === -1) at = length;
      }
      nextBang = at;
      let count = 0;
      if (dense) {
        for (let at = index; at < end; at++) {
          const code = text.charCodeAt(at);
          if (code < 128 && DELIMITER[code] !== 0) {
            count++;
            lines += (text.charCodeAt(at - 1) === code ? CONTINUED : DELIMITER)[code] as number;
          }
        }
      } else {
        for (let kind = 0; kind < 8; kind++) {
          const char = DELIMITERS[kind] as string;
          let at = next[kind] as number;
          if (at < index) {
            at = text.indexOf(char, index);
            calls++;
            if (at === -1) at = length;
          }
          const code = char.charCodeAt(0);
          const weight = DELIMITER_WEIGHTS[kind] as number;
          const continued = CONTINUED_WEIGHTS[kind] as number;
          while (at < end && run + count <= limits.maxDelimiters) {
            count++;
            lines += text.charCodeAt(at - 1) === code ? continued : weight;
            at = text.indexOf(char, at + 1);
            calls++;
            if (at === -1) at = length;
          }
          next[kind] = at;
        }
        if (calls > 4096 && calls * 8 > end) dense = true;
      }
      if (run + count > limits.maxDelimiters) {
        // Over in this line: find the delimiter that goes over, to name it.
        for (let at = index; at < end; at++) {
          const code = text.charCodeAt(at);
          if (code < 128 && DELIMITER[code] !== 0) {
            run++;
            if (run > limits.maxDelimiters) return _tooMany(text, limits, at, run, spent, lines);
          }
        }
      }
      run += count;
    }
    const issue = _tooMany(text, limits, end, run, spent, lines);
    if (issue) return issue;
    position = end + 1;
  }
  return undefined;
}
