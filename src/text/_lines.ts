import { _isHttpUrl, _isTrimSpace } from "../schema/_checks.js";
import type { Tag } from "../schema/tag.js";
import { _afterLabel, _fold, _foldCode, _lexicon } from "./_fold.js";

// Line classifiers of the page-text reader. Each looks at one trimmed line
// (its `content`) and answers in time linear in the line, usually bounded by
// a small length limit: long lines are paragraphs.

/** Lines longer than this are never chrome, counts, credits or headings. */
export const SHORT_LINE = 300;
/** Longest heading or embed placeholder line. */
export const HEADING_LINE = 120;

/** One line of the source, after line endings are normalised. */
export interface Line {
  /** 1-based line number. */
  number: number;
  /** UTF-16 offset of the line's first character in the text. */
  offset: number;
  /** Indentation in columns (a tab advances to the next multiple of 4). */
  indent: number;
  /** UTF-16 index of the first non-space character (0 when blank). */
  start: number;
  /** The line without surrounding white space. */
  content: string;
}

/** Lines of a text, read one at a time, with a look-ahead to the next non-blank one. */
export interface LineReader {
  /** The next line, or `undefined` at the end. */
  next: () => Line | undefined;
  /** The next line with text after the last one returned, without consuming it. */
  peekText: () => Line | undefined;
}

/**
 * Read normalised text line by line. Lines are made as they are read (and
 * die young unless kept), so memory stays flat on pages of many short
 * lines; each line is scanned once, look-ahead included.
 *
 * @param text
 *   Text with `\n` line endings only.
 * @returns
 *   The reader.
 */
export function _lineReader(text: string): LineReader {
  let from = 0;
  let number = 0;
  let ended = false;
  // Lines read ahead by `peekText`, from `head` on.
  let ahead: Line[] = [];
  let head = 0;
  const read = (): Line | undefined => {
    if (ended) return undefined;
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    let indent = 0;
    let index = from;
    for (; index < to; index++) {
      const code = text.charCodeAt(index);
      if (code === 0x09) indent += 4 - (indent % 4);
      else if (
        code === 0x20 ||
        code === 0xa0 ||
        code === 0x3000 ||
        code === 0x0b ||
        code === 0x0c
      ) {
        indent++;
      } else break;
    }
    // One slice per line: trim by hand with the white space `trim` removes.
    let start = index;
    while (start < to && _isTrimSpace(text.charCodeAt(start))) start++;
    let end = to;
    while (end > start && _isTrimSpace(text.charCodeAt(end - 1))) end--;
    number++;
    const line = {
      number,
      offset: from,
      indent,
      start: start - from,
      content: text.slice(start, end),
    };
    if (to >= text.length) ended = true;
    from = to + 1;
    return line;
  };
  return {
    next() {
      if (head < ahead.length) {
        const line = ahead[head++] as Line;
        if (head === ahead.length) {
          ahead = [];
          head = 0;
        }
        return line;
      }
      return read();
    },
    peekText() {
      for (let index = head; index < ahead.length; index++) {
        const line = ahead[index] as Line;
        if (line.content !== "") return line;
      }
      for (;;) {
        const line = read();
        if (!line) return undefined;
        ahead.push(line);
        if (line.content !== "") return line;
      }
    },
  };
}

const IMAGE_EXTENSIONS = new Set(["jpg", "jpeg", "png", "gif", "webp", "svg", "avif"]);

function _hasSpace(content: string): boolean {
  for (let index = 0; index < content.length; index++) {
    if (_foldCode(content.charCodeAt(index)) === " ") return true;
  }
  return false;
}

/**
 * Whether a line is an image reference: one word ending in an image file
 * extension (`big-brother.jpg`, `https://x.org/a.png?w=300`).
 */
export function _isImageRef(content: string): boolean {
  if (content.length < 5 || content.length > 4096 || _hasSpace(content)) return false;
  if (content.includes("\n")) return false;
  let end = content.length;
  const query = content.indexOf("?");
  if (query >= 0) end = query;
  const hash = content.indexOf("#");
  if (hash >= 0 && hash < end) end = hash;
  const dot = content.lastIndexOf(".", end - 1);
  if (dot <= 0) return false;
  return IMAGE_EXTENSIONS.has(content.slice(dot + 1, end).toLowerCase());
}

/**
 * The image a line names: a bare reference, `Image : url` (one word), or
 * `Image : <url>` (any reference: spaces kept, `%25` and `%0A` read as `%`
 * and a line feed).
 *
 * @returns
 *   The URL, or `undefined`.
 */
export function _imageOf(content: string): string | undefined {
  if (_isImageRef(content)) return content;
  for (const label of _lexicon().image) {
    const rest = _afterLabel(content, label, true);
    if (rest === undefined || rest === "") continue;
    if (rest.length > 2 && rest.charAt(0) === "<" && rest.charAt(rest.length - 1) === ">") {
      const url = _unescapeUrl(rest.slice(1, -1));
      if (url.trim() !== "") return url;
    }
    if (!_hasSpace(rest)) return rest;
  }
  return undefined;
}

/**
 * The image a body line names, as the reader sees it: not when the line is
 * chrome, a count, a comments heading or a tags line, which it checks first.
 *
 * @param content
 *   Line content, trimmed.
 * @returns
 *   The URL, or `undefined`.
 */
export function _imageLineOf(content: string): string | undefined {
  if (content.length <= SHORT_LINE) {
    const key = _fold(content);
    const lexicon = _lexicon();
    if (
      lexicon.chrome.has(key) ||
      lexicon.commentsClosed.has(key) ||
      lexicon.commentsHeading.has(key) ||
      _countOf(key) !== undefined
    ) {
      return undefined;
    }
  }
  if (_tagsOf(content) !== undefined) return undefined;
  return _imageOf(content);
}

/**
 * How `toText` writes an image reference after its label: as is when it is
 * one word that reads back as itself, else between `<` `>` with `%` and
 * line feeds escaped (`%25`, `%0A`), so that any reference reads back.
 *
 * @param url
 *   The reference, trimmed, not empty.
 * @returns
 *   What to write after the label.
 */
export function _writeImageUrl(url: string): string {
  const bracketed = url.length > 1 && url.charAt(0) === "<" && url.charAt(url.length - 1) === ">";
  if (!bracketed && !_hasSpace(url) && !url.includes("\n")) return url;
  return `<${url.replaceAll("%", "%25").replaceAll("\n", "%0A")}>`;
}

function _unescapeUrl(text: string): string {
  if (!text.includes("%")) return text;
  return text.replace(/%(?:25|0[aA])/g, (code) => (code === "%25" ? "%" : "\n"));
}

/** The credit a line gives ("Crédit image X", "Photo: X"), or `undefined`. */
export function _creditOf(content: string): string | undefined {
  if (content.length > 200) return undefined;
  for (const { label, colon } of _lexicon().credit) {
    const rest = _afterLabel(content, label, colon);
    if (rest !== undefined && rest !== "") return rest;
  }
  return undefined;
}

/** The caption a line gives ("Légende : X"), or `undefined`. */
export function _captionOf(content: string): string | undefined {
  if (content.length > 2000) return undefined;
  for (const label of _lexicon().caption) {
    const rest = _afterLabel(content, label, true);
    if (rest !== undefined && rest !== "") return rest;
  }
  return undefined;
}

const TAG_SEPARATORS = new Set([",", ";", "|", "·", "•"]);

/** The tags a line lists ("Tags: a, b"), or `undefined` when it is no tags line. */
export function _tagsOf(
  content: string,
): { names: string[]; kind?: NonNullable<Tag["kind"]> } | undefined {
  if (content.length > 2000) return undefined;
  for (const entry of _lexicon().tags) {
    const rest = _afterLabel(content, entry.label, entry.colon);
    if (rest === undefined) continue;
    if (!entry.colon && !_afterLabelHasColon(content, entry.label) && rest.endsWith(".")) {
      continue;
    }
    const names: string[] = [];
    let from = 0;
    for (let index = 0; index <= rest.length; index++) {
      if (index === rest.length || TAG_SEPARATORS.has(rest.charAt(index))) {
        const name = rest.slice(from, index).trim();
        if (name !== "") names.push(name);
        from = index + 1;
      }
    }
    return entry.kind === undefined ? { names } : { names, kind: entry.kind };
  }
  return undefined;
}

function _afterLabelHasColon(content: string, label: string): boolean {
  return _afterLabel(content, label, true) !== undefined;
}

/**
 * The count a line declares ("9 commentaires", "Commentaires (9)", "One
 * comment", "12 thoughts on “…”", "Aucun commentaire").
 *
 * @param key
 *   The folded line.
 * @returns
 *   The count, or `undefined`.
 */
export function _countOf(key: string): number | undefined {
  if (key.length > SHORT_LINE) return undefined;
  const lexicon = _lexicon();
  if (lexicon.noComments.has(key)) return 0;
  for (const word of lexicon.countBracket) {
    if (key.startsWith(`${word} (`) && key.endsWith(")")) {
      return _number(key.slice(word.length + 2, -1));
    }
  }
  const space = key.indexOf(" ");
  if (space < 0) return undefined;
  const head = key.slice(0, space);
  const count = lexicon.one.has(head) ? 1 : _number(head);
  if (count === undefined) return undefined;
  const rest = key.slice(space + 1);
  for (const word of lexicon.countWords) {
    if (rest === word || rest === `${word}:` || rest === `${word}.`) return count;
  }
  for (const word of lexicon.countAbout) {
    if (rest.startsWith(`${word} `)) return count;
  }
  return undefined;
}

function _number(text: string): number | undefined {
  if (text.length === 0 || text.length > 9) return undefined;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x30 || code > 0x39) return undefined;
  }
  return Number(text);
}

/** Bullet ranks: the kind of bullet tells the depth when indentation does not. */
const BULLETS: Record<string, number> = {
  "•": 1,
  "*": 1,
  "-": 1,
  "+": 1,
  "◦": 2,
  "‣": 2,
  "▪": 3,
  "▫": 4,
};

/**
 * The bullet a line starts with and what follows it.
 *
 * @returns
 *   `{ rank, rest }` (rest trimmed, possibly empty), or `undefined`.
 */
export function _bulletOf(content: string): { rank: number; rest: string } | undefined {
  const rank = BULLETS[content.charAt(0)];
  if (rank === undefined) return undefined;
  if (content.length === 1) return { rank, rest: "" };
  const next = content.charCodeAt(1);
  if (_foldCode(next) !== " ") return undefined;
  return { rank, rest: content.slice(2).trim() };
}

/**
 * An author line that gives its reply level (`↳ [9] Name`, as `toText`
 * writes replies deeper than its indentation shows): level and name.
 *
 * @returns
 *   `{ level, rest }` (rest trimmed, non-empty), or `undefined`.
 */
export function _levelReplyOf(content: string): { level: number; rest: string } | undefined {
  if (content.charCodeAt(0) !== 0x21b3 || content.charCodeAt(1) !== 0x20) return undefined;
  if (content.charCodeAt(2) !== 0x5b) return undefined;
  let index = 3;
  while (index < content.length && index < 12) {
    const code = content.charCodeAt(index);
    if (code < 0x30 || code > 0x39) break;
    index++;
  }
  if (index === 3 || content.charAt(index) !== "]" || content.charAt(index + 1) !== " ") {
    return undefined;
  }
  const rest = content.slice(index + 2).trim();
  if (rest === "") return undefined;
  return { level: Number(content.slice(3, index)), rest };
}

/** Whether a line is an ordered list item ("1. x", "2) y"); returns its text. */
export function _orderedItemOf(content: string): string | undefined {
  let index = 0;
  while (index < content.length && index < 9) {
    const code = content.charCodeAt(index);
    if (code < 0x30 || code > 0x39) break;
    index++;
  }
  if (index === 0) return undefined;
  const mark = content.charAt(index);
  if ((mark !== "." && mark !== ")") || content.charAt(index + 1) !== " ") return undefined;
  return content.slice(index + 2).trim();
}

/** An author line with a "says:" suffix: the name, or `undefined`. */
export function _saysAuthorOf(content: string): string | undefined {
  if (content.length > 200) return undefined;
  for (const suffix of _lexicon().authorSuffixes) {
    const at = _matchSuffix(content, suffix);
    if (at > 0) {
      const name = content.slice(0, at).trim();
      if (name !== "") return name;
    }
  }
  return undefined;
}

// Match a folded label at the end of content (spaces before `:` allowed),
// preceded by a space. Returns where the label starts, or -1.
function _matchSuffix(content: string, label: string): number {
  let index = content.length - 1;
  for (let at = label.length - 1; at >= 0; at--) {
    const want = label[at] as string;
    if (want === " ") {
      if (index < 0 || _foldCode(content.charCodeAt(index)) !== " ") return -1;
      while (index >= 0 && _foldCode(content.charCodeAt(index)) === " ") index--;
      continue;
    }
    if (label[at + 1] === ":") {
      while (index >= 0 && _foldCode(content.charCodeAt(index)) === " ") index--;
    }
    if (index < 0 || _foldCode(content.charCodeAt(index)) !== want) return -1;
    index--;
  }
  if (index < 0 || _foldCode(content.charCodeAt(index)) !== " ") return -1;
  return index + 1;
}

/** A `#`-prefixed heading ("## Titre"): level (2 to 6) and text. */
export function _hashHeadingOf(content: string): { level: number; text: string } | undefined {
  let count = 0;
  while (count < content.length && content.charCodeAt(count) === 0x23) count++;
  if (count === 0 || count > 6 || content.charAt(count) !== " ") return undefined;
  const text = content.slice(count + 1).trim();
  if (text === "") return undefined;
  return { level: Math.max(2, count), text };
}

const HEADING_END = new Set([".", ",", ";", ":", "…", "!", "-", "–", "—"]);

/** Whether a stand-alone line reads as a section heading. */
export function _isBareHeading(content: string): boolean {
  if (content.length === 0 || content.length > HEADING_LINE) return false;
  if (HEADING_END.has(content.charAt(content.length - 1))) return false;
  const first = content.charAt(0);
  if (first !== first.toUpperCase() || BULLETS[first] !== undefined || first === ">") return false;
  for (let index = 0; index < content.length; index++) {
    const char = content.charAt(index);
    if (char.toLowerCase() !== char.toUpperCase()) return true;
  }
  return false;
}

/** An embed placeholder ("Twitter anonymous", "Vidéo YouTube https://…"). */
export function _embedOf(
  content: string,
): { provider: string; text?: string; url?: string } | undefined {
  if (content.length > HEADING_LINE) return undefined;
  const last = content.charAt(content.length - 1);
  if (last === "." || last === "!" || last === "?" || last === ";" || last === ",")
    return undefined;
  for (const { label, provider } of _lexicon().embeds) {
    const rest = _afterLabel(content, label, false);
    if (rest === undefined) continue;
    const embed: { provider: string; text?: string; url?: string } = { provider };
    let text = rest;
    const space = rest.lastIndexOf(" ");
    const candidate = rest.slice(space + 1);
    if (candidate.startsWith("http") && _isHttpUrl(candidate)) {
      embed.url = candidate;
      text = rest.slice(0, Math.max(0, space)).trim();
    }
    if (text !== "") embed.text = text;
    return embed;
  }
  return undefined;
}

/** A line announcing a document ("Pour en savoir plus, voici … :"). */
export function _isDocumentLine(content: string): boolean {
  if (content.length > SHORT_LINE || !content.endsWith(":")) return false;
  const key = _fold(content);
  for (const prefix of _lexicon().documents) if (key.startsWith(prefix)) return true;
  return false;
}

/**
 * Whether a line stands for itself when read: not chrome, a count, a tags,
 * image, credit or caption line, a `#` heading, a quote line, a bullet or
 * an author line. `toText` uses it to know when a heading can be written
 * bare.
 *
 * @param content
 *   Line content, trimmed.
 * @returns
 *   `true` when the reader takes the line as plain text.
 */
export function _readsAsText(content: string): boolean {
  if (content === "" || content !== content.trim()) return false;
  if (content.length <= SHORT_LINE) {
    const key = _fold(content);
    const lexicon = _lexicon();
    if (
      lexicon.chrome.has(key) ||
      lexicon.commentsClosed.has(key) ||
      lexicon.commentsHeading.has(key) ||
      _countOf(key) !== undefined
    ) {
      return false;
    }
  }
  return (
    _tagsOf(content) === undefined &&
    _imageOf(content) === undefined &&
    _creditOf(content) === undefined &&
    _captionOf(content) === undefined &&
    _hashHeadingOf(content) === undefined &&
    _bulletOf(content) === undefined &&
    _orderedItemOf(content) === undefined &&
    _saysAuthorOf(content) === undefined &&
    !(content.charAt(0) === ">" && (content.length === 1 || content.charAt(1) === " "))
  );
}
