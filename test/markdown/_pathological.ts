// Pathological Markdown, written by us from the descriptions of the
// pathological suites of cmark (`test/pathological_tests.py`) and
// markdown-it (`test/pathological.*`): inputs that make naive or
// quadratic parsers slow. Each entry builds an input of about `size` bytes.
// Ours follow: floods that cost remark-parse (or the yaml package, for front
// matter and embeds) linear but heavy time, each with the size at which the
// default limits must refuse it (`refuseAt`: where it took over a second
// before the limits weighed it, issue #11).

/** One pattern of the corpus. */
export interface Pathological {
  /** Short name, used as the test's title. */
  name: string;
  /** Build an input of about `size` UTF-16 code units. */
  make: (size: number) => string;
  /**
   * Whether `make` builds a whole document (front matter first, title
   * `Title` in it) rather than a body that follows `# Title`.
   */
  document?: boolean;
  /** Size at which the default limits must refuse the input (if they must). */
  refuseAt?: number;
}

/**
 * Build the whole Markdown document of a pattern.
 *
 * @param pattern
 *   Pattern.
 * @param size
 *   About how many UTF-16 code units.
 * @returns
 *   The document: `# Title` then the pattern, or the pattern's own document.
 */
export function pathologicalInput(pattern: Pathological, size: number): string {
  return pattern.document === true ? pattern.make(size) : `# Title\n\n${pattern.make(size)}`;
}

// Front matter titled `Title` around `body` (YAML lines).
function _front(body: string): string {
  return `---\ntitle: Title\n${body}---\n`;
}

/** A sentence of prose with emphasis and a link, as articles hold. */
export const PROSE =
  "Le partage de fichiers devant la *justice*, selon [le site](https://example.org/a). ";

function _repeat(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.floor(size / unit.length)));
}

function _nested(open: string, middle: string, close: string, size: number): string {
  const count = Math.max(1, Math.floor((size - middle.length) / (open.length + close.length)));
  return open.repeat(count) + middle + close.repeat(count);
}

/** The corpus: classic patterns, each scalable to any size. */
export const PATHOLOGICAL: readonly Pathological[] = [
  { name: "nested strong and emphasis", make: (n) => _nested("*a **a ", "b", " a** a*", n) },
  { name: "emphasis openers without closers (*a **a)", make: (n) => _repeat("*a **a ", n) },
  { name: "emphasis closers without openers", make: (n) => _repeat("a_ ", n) },
  { name: "emphasis openers without closers", make: (n) => _repeat("_a ", n) },
  { name: "mismatched openers and closers", make: (n) => _repeat("*a_ ", n) },
  { name: "openers and closers multiple of 3", make: (n) => `a**b${_repeat("c* ", n)}` },
  { name: "runs of asterisks", make: (n) => _nested("*", "a", "*", n) },
  { name: "link closers without openers", make: (n) => _repeat("a]", n) },
  { name: "link openers without closers", make: (n) => _repeat("[a", n) },
  { name: "link openers and emphasis closers", make: (n) => _repeat("[ a_", n) },
  { name: "bracket paren pattern [ (](", make: (n) => _repeat("[ (](", n) },
  { name: "nested brackets", make: (n) => _nested("[", "a", "]", n) },
  { name: "nested brackets with link", make: (n) => `${_nested("[", "a", "]", n)}(b)` },
  { name: "image openers", make: (n) => _repeat("![", n) },
  { name: "unclosed links <", make: (n) => _repeat("[a](<b", n) },
  { name: "unclosed links", make: (n) => _repeat("[a](b", n) },
  { name: "link destination parens", make: (n) => `[a](${_repeat("(", n)}` },
  { name: "nested block quotes", make: (n) => `${_repeat(">", n)} a` },
  { name: "nested block quotes with spaces", make: (n) => `${_repeat("> ", n)}a` },
  { name: "dashes - - - -", make: (n) => `${_repeat("- ", n)}a` },
  {
    name: "deeply nested lists",
    make: (n) => {
      const lines: string[] = [];
      let length = 0;
      for (let depth = 0; length < n; depth++) {
        const line = `${"  ".repeat(depth)}- a`;
        lines.push(line);
        length += line.length + 1;
      }
      return lines.join("\n");
    },
  },
  {
    name: "backtick runs of growing length",
    make: (n) => {
      let out = "";
      for (let run = 1; out.length < n; run++) out += `e${"`".repeat(run)}`;
      return out;
    },
  },
  { name: "unclosed backticks", make: (n) => _repeat("`a ", n) },
  {
    name: "link reference flood",
    make: (n) => {
      const parts: string[] = [];
      let length = 0;
      for (let index = 0; length < n / 2; index++) {
        const line = `[r${index}]: https://example.org/${index}\n`;
        parts.push(line);
        length += line.length;
      }
      parts.push("\n");
      for (let index = 0; length < n; index++) {
        const ref = `[r${index % 997}] `;
        parts.push(ref);
        length += ref.length;
      }
      return parts.join("");
    },
  },
  { name: "unclosed html tags", make: (n) => _repeat('<a href="', n) },
  { name: "unclosed html comments", make: (n) => _repeat("<!-- ", n) },
  { name: "unclosed autolinks", make: (n) => _repeat("<http://a ", n) },
  { name: "backslashes", make: (n) => _repeat("\\", n) },
  { name: "entities", make: (n) => _repeat("&#", n) },
  { name: "list item marker spaces", make: (n) => `-${_repeat(" ", n)}a` },
  { name: "many short lines", make: (n) => _repeat("a\n", n) },
  { name: "setext underlines", make: (n) => _repeat("a\n=\n", n) },
  { name: "table-like pipes", make: (n) => `a|b\n-|-\n${_repeat("|", n)}` },
  { name: "footnote-like openers", make: (n) => _repeat("[^", n) },
  { name: "fence openers", make: (n) => _repeat("```\n", n) },
  // Ours: remark-parse spends tens of microseconds on every block.
  { name: "many tiny paragraphs", make: (n) => _repeat("a\n\n", n) },
  { name: "many headings", make: (n) => _repeat("## a\n\n", n) },
  { name: "long flat list", make: (n) => _repeat("- a\n", n) },
  { name: "long block quote", make: (n) => _repeat("> a\n", n) },
  // Issue #11: linear, but heavy per piece.
  {
    name: "image paragraphs",
    make: (n) => _repeat("![a](b.png)\n\n", n),
    refuseAt: 7500 * 13,
  },
  {
    name: "long fenced code",
    make: (n) => `\`\`\`\n${_repeat("a\n", n - 8)}\`\`\`\n`,
    refuseAt: 400_000,
  },
  { name: "exclamation marks", make: (n) => _repeat("!", n), refuseAt: 1024 * 1024 },
  { name: "tabs in a line", make: (n) => `a${_repeat("\t", n)}b`, refuseAt: 1024 * 1024 },
  // Delimiters and characters, each weighed: paragraphs that stay under
  // `maxDelimiters` and its sum of squares, but cost remark-parse 6–110 µs
  // a delimiter (a link the most) or, in prose, ~1.7 µs a character.
  {
    name: "paragraphs of 64 link openers",
    make: (n) => _repeat(`${"[".repeat(64)}\n\n`, n),
    refuseAt: 448 * 1024,
  },
  {
    name: "paragraphs of links",
    make: (n) => _repeat(`${"[a](b) ".repeat(16)}\n\n`, n),
    refuseAt: 256 * 1024,
  },
  {
    name: "paragraphs of emphasis",
    make: (n) => _repeat(`${"*a* ".repeat(16)}\n\n`, n),
    refuseAt: 256 * 1024,
  },
  {
    name: "paragraphs of code spans",
    make: (n) => _repeat(`${"`a` ".repeat(16)}\n\n`, n),
    refuseAt: 512 * 1024,
  },
  {
    name: "paragraphs of character references",
    make: (n) => _repeat(`${"&#123; ".repeat(16)}\n\n`, n),
    refuseAt: 512 * 1024,
  },
  {
    name: "paragraphs of autolinks",
    make: (n) => _repeat(`${"<http://a.b> ".repeat(16)}\n\n`, n),
    refuseAt: 1024 * 1024,
  },
  {
    name: "prose with links and emphasis",
    make: (n) => _repeat(`${PROSE.repeat(8)}\n\n`, n),
    refuseAt: 1024 * 1024,
  },
  {
    name: "embed with a long block scalar",
    make: (n) => `\`\`\`embed\ntext: |\n${_repeat("  aaaaaaaaaaaaaaa\n", n - 24)}\`\`\`\n`,
    refuseAt: 1024 * 1024,
  },
  {
    name: "front matter block list",
    make: (n) => _front(`x:\n${_repeat("  - a\n", n - 24)}`),
    document: true,
    refuseAt: 420_000,
  },
  {
    name: "front matter flow list on one line",
    make: (n) => _front(`x: [${_repeat("a, ", n - 30)}a]\n`),
    document: true,
    refuseAt: 300_000,
  },
  {
    name: "front matter nested flow lists",
    make: (n) => {
      const unit = `${"[".repeat(60)}${"]".repeat(60)}, `;
      return _front(`x: [${_repeat(unit, n - 30)}a]\n`);
    },
    document: true,
    refuseAt: 2 * 1024 * 1024 - 64,
  },
];
