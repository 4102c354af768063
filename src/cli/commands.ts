// The commands, as a table: name, one-line summary, options (for
// `util.parseArgs`), help text with examples, and the module that runs it,
// loaded only when the command runs (so `--help` and `--version` load none).
import type { ParseArgsConfig } from "node:util";

type _Options = NonNullable<ParseArgsConfig["options"]>;

/** What a command module exports. */
export interface _CommandModule {
  _command(values: Record<string, unknown>, positionals: string[]): Promise<number>;
}

/** One command. */
export interface _Command {
  name: string;
  summary: string;
  usage: string;
  options: _Options;
  /** Help text after the usage line: options, then examples. */
  help: string;
  load: () => Promise<_CommandModule>;
}

/** Options every command takes. */
export const COMMON: _Options = {
  debug: { type: "boolean" },
  "fail-fast": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  jobs: { type: "string", short: "j" },
  quiet: { type: "boolean", short: "q" },
};

const COMMON_HELP = `Common options:
  -j, --jobs <n>     worker threads for the work per article (default: the number of cores)
  -q, --quiet        no progress line (it is only ever drawn on a terminal)
      --fail-fast    stop at the first bad input or corpus line (default: report it and go on)
      --debug        print stack traces of unexpected errors
  -h, --help         this help`;

const INPUTS = `Inputs: files, directories (every file of a known extension inside) or - for
standard input (the default). A .ndjson or .jsonl file, or input whose lines
are JSON objects, is a corpus: one article (the model's JSON) per line.`;

export const COMMANDS: readonly _Command[] = [
  {
    name: "read",
    summary: "read any supported input and write it as JSON, Markdown, text, JSON-LD or AS2",
    usage: "marginalia read [options] <file|dir|->...",
    options: {
      from: { type: "string" },
      lang: { type: "string" },
      messages: { type: "string" },
      now: { type: "string" },
      out: { type: "string", short: "o" },
      force: { type: "boolean", short: "f" },
      to: { type: "string", short: "t" },
      url: { type: "string" },
    },
    help: `Detects each input's format from its extension and content: HTML, page text,
Markdown, an article's JSON, JSON-LD, JSON Feed, an NDJSON corpus, and the
exports (WordPress WXR, Disqus XML, Reddit and Hacker News JSON) when
marginalia/import is present.

${INPUTS}

Options:
  -t, --to <format>   json (default), md, text, jsonld or as2
  -o, --out <path>    a file, or a directory (ends with / or exists, or the input
                      gives several articles): one file per article, named from
                      its slug, permalink or id (default: standard output)
  -f, --force         overwrite existing files
      --from <format> skip detection: wxr, disqus, reddit, hackernews, jsonld, jsonfeed,
                      json, html, markdown, text, ndjson
      --lang <tag>    language of the page (text and HTML readers; else filled in when absent)
      --url <url>     the page's URL (HTML reader; else filled in when absent)
      --now <date>    the date relative dates are read against ("3 days ago")
      --messages <f>  text (default: file:line:column ruleId reason) or json (one object a line)

On standard output one article is pretty JSON; several (a corpus, several
inputs) are one JSON object per line (NDJSON).

${COMMON_HELP}

Examples:
  marginalia read page.html --url https://example.org/post
  marginalia read page.txt --to md > page.md
  curl -s https://example.org/post | marginalia read - --to jsonld
  marginalia read corpus.ndjson --to md --out pages/`,
    load: () => import("./commands/read.js"),
  },
  {
    name: "import",
    summary: "write every article of an export as its own file",
    usage: "marginalia import [options] <export>... --out <dir>",
    options: {
      from: { type: "string" },
      force: { type: "boolean", short: "f" },
      messages: { type: "string" },
      out: { type: "string", short: "o" },
      to: { type: "string", short: "t" },
    },
    help: `Reads exports (WordPress WXR, Disqus XML, Reddit and Hacker News JSON, as
marginalia/import supports them) and any input "read" takes, and writes one
file per article into the directory, named from the article's slug, permalink or id
(made unique with -2, -3 …). An existing file is never overwritten without
--force: it is reported, and the exit code is 1.

Options:
  -o, --out <dir>     the directory (required; created when missing)
  -t, --to <format>   md or json (default), or text, jsonld, as2
  -f, --force         overwrite existing files
      --from <format> skip detection (see marginalia read --help)
      --messages <f>  text (default) or json

${COMMON_HELP}

Examples:
  marginalia import blog.wordpress.xml --out posts/ --to md
  marginalia import thread.json --out threads/`,
    load: () => import("./commands/import.js"),
  },
  {
    name: "validate",
    summary: "check articles; print every issue with its path; exit 1 when one is invalid",
    usage: "marginalia validate [options] <file|dir|->...",
    options: { from: { type: "string" }, json: { type: "boolean" } },
    help: `Checks each input (an article's JSON, each line of a corpus, or any document a
reader reads) and prints the invalid ones with every issue, as formatIssues
writes it: "✖ message [code]" then "→ at path". Valid inputs print nothing;
the count goes to standard error at the end (not with --quiet).

${INPUTS}

Options:
      --json          one JSON object per invalid input: {file, line?, valid, issues}
      --from <format> skip detection (see marginalia read --help)

${COMMON_HELP}

Exit code: 0 all valid, 1 some invalid, 2 usage error.

Examples:
  marginalia validate article.json
  marginalia validate corpus.ndjson --json > issues.ndjson`,
    load: () => import("./commands/validate.js"),
  },
  {
    name: "stats",
    summary: "words, reading time, paragraphs, quotes, images, comments, thread depth",
    usage: "marginalia stats [options] <file|dir|->...",
    options: { from: { type: "string" }, json: { type: "boolean" } },
    help: `A table, one row per article: words of the body, reading time (m:ss),
paragraphs, quotations, images, comments read, comments the page declared,
depth of the deepest reply; a total row when there are several.

${INPUTS}

Options:
      --json          one JSON object per article (words per part, reading time,
                      counts, comments found/declared/difference, thread)
      --from <format> skip detection (see marginalia read --help)

${COMMON_HELP}

Examples:
  marginalia stats pages/
  marginalia stats corpus.ndjson --json --jobs 4 > stats.ndjson`,
    load: () => import("./commands/stats.js"),
  },
  {
    name: "dedupe",
    summary: "find exact and near-duplicate comments across a whole corpus",
    usage: "marginalia dedupe [options] <corpus.ndjson|files...>",
    options: {
      corpus: { type: "string" },
      force: { type: "boolean", short: "f" },
      from: { type: "string" },
      out: { type: "string", short: "o" },
      threshold: { type: "string" },
    },
    help: `Compares every comment of every article (findNearDuplicates: MinHash and LSH,
verified by exact Jaccard on character shingles of the normalised text) and
writes one JSON line per duplicate, in corpus order:
  {"kind":"near","similarity":0.86,"line":7,"article":"a7","comment":"c2",
   "of":{"line":3,"article":"a3","comment":"c1"},"group":{…}}
"kind" is "exact" when the similarity is 1. "of" is the earlier comment it
matched, "group" the first comment of its group. Comments are compared on
their bodies only (across articles the authors differ).

${INPUTS}

Options:
      --threshold <t>  Jaccard similarity from which comments are near duplicates (default: 0.8)
  -o, --out <file>     the report (default: standard output)
      --corpus <file>  also write the corpus without the duplicates (replies move up
                       to the nearest kept ancestor); the inputs are read twice
  -f, --force          overwrite existing files
      --from <format>  skip detection (see marginalia read --help)

${COMMON_HELP}

Examples:
  marginalia dedupe corpus.ndjson > duplicates.ndjson
  marginalia dedupe corpus.ndjson --threshold 0.9 --corpus clean.ndjson -o duplicates.ndjson`,
    load: () => import("./commands/dedupe.js"),
  },
  {
    name: "sign",
    summary: "sign the comments of one shard of a corpus (MinHash), for near",
    usage: "marginalia sign [options] <corpus.ndjson> --shard <i/n>",
    options: {
      bins: { type: "string" },
      force: { type: "boolean", short: "f" },
      from: { type: "string" },
      out: { type: "string", short: "o" },
      seed: { type: "string" },
      shard: { type: "string" },
      shingle: { type: "string" },
      text: { type: "boolean" },
    },
    help: `Writes one JSON line per comment of the shard's articles:
  {"line":12,"article":"a12","comment":"c3","signature":{"algorithm":"oph-1",…}}
Shard i of n holds the corpus lines whose number, minus one, leaves i - 1
when divided by n (lines 1, n+1, 2n+1 … are shard 1/n). Every shard must be
signed with the same --bins, --seed and --shingle. Run the shards anywhere
(GNU parallel, a Kubernetes Job array: see docs/cli.md), then merge the
files with marginalia near.

Options:
      --shard <i/n>   this shard (default: 1/1, the whole corpus)
      --bins <n>      bins of each signature, 16 to 1024 (default: 256)
      --seed <n>      seed of the hash functions (default: 0)
      --shingle <n>   shingle length, 1 to 64 (default: 5)
      --text          add each comment's text: near then verifies similarities
                      exactly (without it they are estimated from the signatures)
  -o, --out <file>    the signatures (default: standard output)
  -f, --force         overwrite existing files
      --from <format> skip detection (see marginalia read --help)

${COMMON_HELP}

Examples:
  marginalia sign corpus.ndjson --shard 1/4 -o sig-1.ndjson
  parallel marginalia sign corpus.ndjson --shard {}/4 -o sig-{}.ndjson ::: 1 2 3 4`,
    load: () => import("./commands/sign.js"),
  },
  {
    name: "near",
    summary: "merge signature files and report the near-duplicate comments",
    usage: "marginalia near [options] <signatures.ndjson>...",
    options: {
      force: { type: "boolean", short: "f" },
      out: { type: "string", short: "o" },
      threshold: { type: "string" },
    },
    help: `Merges the files of marginalia sign (any order of files: records are taken
in corpus line order) and writes one JSON line per duplicate, as dedupe
does; "estimated": true when a similarity comes from the signatures alone
(signed without --text). The signing parameters are read from the files.

Options:
      --threshold <t>  similarity from which comments are near duplicates (default: 0.8)
  -o, --out <file>     the report (default: standard output)
  -f, --force          overwrite an existing file

${COMMON_HELP}

Examples:
  marginalia near sig-*.ndjson > duplicates.ndjson`,
    load: () => import("./commands/near.js"),
  },
];

/** Find a command by name. */
export function _command(name: string): _Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}
