// The one XML path of the WXR and Disqus importers: saxes (streaming; the
// namespace prefixes resolved here, as saxes would, but cheaper) fed chunk by chunk, whole or streamed alike. Elements
// above a depth are announced as they open; each element at that depth is
// gathered into a small tree (only its own subtree: an item, a post) and
// handed over when it closes, so memory follows one item, never the file.
//
// Before saxes sees a chunk, the control characters that XML 1.0 forbids
// (WordPress exports carry them in pasted text) are removed and reported;
// anything else saxes refuses is an ArticleError with line and column.
// DOCTYPE internal subsets are never read: saxes does not expand the
// entities they declare (an entity bomb or an external entity is an
// "undefined entity" error), and nothing is ever fetched.
import { SaxesParser, type SaxesTag } from "saxes";
import { _detach } from "../_string.js";
import { ArticleError, type Place } from "../error.js";

/** An element of a gathered subtree. */
export interface XmlNode {
  /** Namespace URI (`""` when none). */
  uri: string;
  /** Local name. */
  local: string;
  /** Qualified name as written (`wp:comment`). */
  name: string;
  /** Attributes: namespace URI, local name, value. */
  attributes: XmlAttribute[];
  /** Namespace URIs this element declares (`xmlns`, `xmlns:*`). */
  declared: string[];
  /** Children: elements and text (text and CDATA alike). */
  children: (XmlNode | string)[];
  /** Where its start tag ends: 1-based line. */
  line: number;
  /** Where its start tag ends: 1-based column. */
  column: number;
}

/** No attributes, no declarations: one shared empty list (no allocation per element). */
const NONE: never[] = [];

/**
 * Where a node's start tag ends.
 *
 * @param node
 *   Node.
 * @returns
 *   Its place.
 */
export function _place(node: XmlNode): Place {
  return { line: node.line, column: node.column };
}

/** An attribute of an {@link XmlNode}. */
export interface XmlAttribute {
  uri: string;
  local: string;
  value: string;
}

/** What a format reader does with the parser's events. */
export interface XmlHandler {
  /** Depth of the elements handed over whole (0 is the root element). */
  depth: number;
  /** An element above `depth` opens (its children are not gathered). */
  open: (node: XmlNode, depth: number) => void;
  /** An element at `depth` closed, with its subtree. */
  node: (node: XmlNode) => void;
  /**
   * An element at `depth` opens: return a sink to receive its subtree as
   * events instead of a gathered tree (`node` is then not called for it),
   * or `undefined` to have it gathered. For the many small elements of one
   * kind (Disqus posts) that a reader takes apart field by field: no node
   * per descendant, no copy of each text.
   */
  sink?: (node: XmlNode) => XmlSink | undefined;
  /**
   * A repair of the parser's own, the same for every format: control
   * characters removed from the input, or a DOCTYPE ignored (its internal
   * subset is not read).
   */
  notice: (ruleId: XmlNoticeId, reason: string, place: Place, actual?: string) => void;
}

/**
 * The subtree of one element as events (see {@link XmlHandler.sink}).
 * Names are resolved and checked as for gathered trees.
 */
export interface XmlSink {
  /**
   * An element inside opens: its local name, its attributes, its level (1
   * for a child of the sink's element), where its start tag ends.
   */
  open: (
    local: string,
    attributes: XmlAttribute[],
    level: number,
    line: number,
    column: number,
  ) => void;
  /**
   * Text or CDATA inside. It may be a slice of the parser's chunk: copy
   * (`_detach`) whatever outlives the element.
   */
  text: (text: string) => void;
  /** An element inside closes (its level, as it opened). */
  close: (level: number) => void;
  /** The sink's own element closes. */
  end: () => void;
}

/** Rule ids of the parser's own repairs (every XML format lists them). */
export type XmlNoticeId = "control-characters" | "doctype-ignored";

/** The XML 1.0 characters saxes refuses, which real exports still carry. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: they are what it finds.
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * Deepest element nesting read. Exports nest a few levels (their HTML is
 * text inside CDATA); saxes's namespace lookup grows with the depth, so a
 * 100 000-deep file would take minutes: it is refused at this depth.
 */
export const XML_MAX_DEPTH = 1000;

/** Namespace bindings in force: an element's declarations over its parent's. */
interface Scope {
  bindings: Map<string, string>;
  parent: Scope | undefined;
  /** The default namespace in force (`""` for none), resolved once. */
  default: string;
}

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

/** The bindings every document starts with. */
const ROOT_SCOPE: Scope = {
  bindings: new Map([
    ["xml", XML_NAMESPACE],
    ["xmlns", XMLNS_NAMESPACE],
  ]),
  parent: undefined,
  default: "",
};

function _resolve(scope: Scope, prefix: string): string | undefined {
  for (let at: Scope | undefined = scope; at !== undefined; at = at.parent) {
    const uri = at.bindings.get(prefix);
    if (uri !== undefined) return uri;
  }
  return undefined;
}

/**
 * The rules of Namespaces in XML on one declaration (as saxes checks them).
 *
 * @param prefix
 *   Declared prefix (`""` for the default namespace).
 * @param uri
 *   Its URI, trimmed.
 * @param fail
 *   Throws the syntax error.
 */
function _pairCheck(prefix: string, uri: string, fail: (reason: string) => never): void {
  if (prefix === "xml" && uri !== XML_NAMESPACE) {
    fail(`xml prefix must be bound to ${XML_NAMESPACE}`);
  }
  if (prefix === "xmlns" && uri !== XMLNS_NAMESPACE) {
    fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}`);
  }
  if (uri === XMLNS_NAMESPACE) {
    fail(
      prefix === ""
        ? `the default namespace may not be set to ${uri}`
        : `may not assign a prefix (even "xmlns") to the URI ${XMLNS_NAMESPACE}`,
    );
  }
  if (uri === XML_NAMESPACE && prefix !== "xml") {
    fail(
      prefix === ""
        ? `the default namespace may not be set to ${uri}`
        : "may not assign the xml namespace to another prefix",
    );
  }
}

/**
 * Add a child. Most elements hold one text: their list is made for it, of
 * its size (a list grown by `push` from empty reserves 17 places).
 *
 * @param node
 *   Element.
 * @param child
 *   Element or text.
 */
function _append(node: XmlNode, child: XmlNode | string): void {
  if (node.children === NONE) node.children = [child];
  else node.children.push(child);
}

function _tooDeep(line: number, column: number): never {
  throw new ArticleError([
    {
      code: "input_too_complex",
      message: `The XML nests elements deeper than ${XML_MAX_DEPTH} levels (line ${line}, column ${column})`,
      path: [],
      place: { line, column },
    },
  ]);
}

/** A parser fed with chunks. */
export interface XmlFeeder {
  /** Feed a chunk (text, or UTF-8 bytes). */
  write: (chunk: string | Uint8Array) => void;
  /** End of input: check that every element was closed. */
  close: () => void;
}

function _syntaxError(reason: string, place: Place): ArticleError {
  return new ArticleError([
    {
      code: "invalid_syntax",
      message: `The XML is not well-formed: ${reason} (line ${place.line}, column ${place.column})`,
      path: [],
      place,
    },
  ]);
}

function _encoding(head: Uint8Array): string {
  const text = new TextDecoder("latin1").decode(head.subarray(0, 200));
  const match = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(text);
  const name = match?.[1]?.toLowerCase();
  if (name === undefined || name === "utf-8" || name === "utf8") return "utf-8";
  try {
    new TextDecoder(name);
    return name;
  } catch {
    return "utf-8";
  }
}

/**
 * Make a parser that drives a handler.
 *
 * @param handler
 *   What to do with the events.
 * @returns
 *   `write` and `close`.
 */
export function _xmlFeeder(handler: XmlHandler): XmlFeeder {
  // Prefixes are resolved here rather than by saxes (`xmlns: true`), whose
  // per-attribute records and scope lookups cost a third of its time: the
  // same bindings, checks and messages, at the same place (the start tag's
  // end, where saxes checks them too).
  const parser = new SaxesParser({ position: true });
  const place = (): Place => ({
    line: parser.line,
    column: Math.max(1, parser.column),
    offset: parser.position,
  });
  const fail = (reason: string): never => {
    throw _syntaxError(reason.replace(/\.$/, ""), place());
  };
  parser.on("error", (error) => {
    fail(error.message.replace(/^\d+:\d+: /, ""));
  });
  parser.on("doctype", () =>
    handler.notice(
      "doctype-ignored",
      "The DOCTYPE was ignored: its entities are never expanded and nothing is fetched",
      place(),
    ),
  );
  // The open elements: above the gathered depth they are stubs, below it
  // they are the gathered tree.
  const stack: XmlNode[] = [];
  // The namespace scope of each open element (shared with its parent when it declares none).
  const scopes: Scope[] = [];
  let scope: Scope = ROOT_SCOPE;
  // The sink of the element being read as events, if any.
  let sink: XmlSink | undefined;
  const onText = (text: string): void => {
    if (sink !== undefined) {
      sink.text(text);
      return;
    }
    const top = stack[stack.length - 1];
    if (top !== undefined && stack.length > handler.depth) _append(top, _detach(text));
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  // Attribute names and declarations are checked as each attribute ends,
  // where saxes checks them. saxes stores each handler as a property added
  // after construction: an eighth handler turns the parser into a slow
  // (dictionary-mode) object and halves its speed, so there are seven, and
  // a colon in a processing instruction's target (ignored anyway) is let be.
  // The start tag's attributes, as names and values in turn (read here
  // rather than from the tag's attribute record: no walk over its keys).
  const tagAttributes: string[] = [];
  let tagAttributeCount = 0;
  parser.on("attribute", (attribute) => {
    const key = attribute.name;
    tagAttributes[tagAttributeCount++] = key;
    tagAttributes[tagAttributeCount++] = attribute.value;
    const at = key.indexOf(":");
    if (at !== -1 && (at === 0 || at === key.length - 1 || key.includes(":", at + 1))) {
      fail(`malformed name: ${key}`);
    }
    if (key === "xmlns") _pairCheck("", attribute.value.trim(), fail);
    else if (at === 5 && key.startsWith("xmlns:")) {
      const trimmed = attribute.value.trim();
      if (trimmed === "" && parser.xmlDecl.version !== "1.1") {
        fail("invalid attempt to undefine prefix in XML 1.0");
      }
      _pairCheck(key.slice(6), trimmed, fail);
    }
  });
  // Inside a sink: how many elements are open below the sink's own, and
  // which of those levels pushed a scope (the others share their parent's).
  let sunk = 0;
  const scoped = new Uint8Array(XML_MAX_DEPTH + 1);
  parser.on("opentag", (tag: SaxesTag) => {
    if (sink !== undefined && tagAttributeCount === 0) {
      // The common element inside a sink: no attribute, no prefix, so no
      // declaration, nothing to resolve, the scope unchanged.
      const name = tag.name;
      if (name.indexOf(":") === -1) {
        if (stack.length + sunk >= XML_MAX_DEPTH) _tooDeep(parser.line, Math.max(1, parser.column));
        sunk++;
        sink.open(name, NONE, sunk, parser.line, Math.max(1, parser.column));
        return;
      }
    }
    let attributes: XmlAttribute[] = NONE;
    let declared: string[] = NONE;
    let others = 0;
    scopes.push(scope);
    // Declarations first: they bind for the element's own name and attributes.
    for (let index = 0; index < tagAttributeCount; index += 2) {
      const key = tagAttributes[index] as string;
      if (key !== "xmlns" && !key.startsWith("xmlns:")) {
        others++;
        continue;
      }
      const value = tagAttributes[index + 1] as string;
      const trimmed = value.trim();
      const prefix = key === "xmlns" ? "" : key.slice(6);
      if (declared === NONE) {
        declared = [];
        scope = { bindings: new Map(), parent: scope, default: "" };
      }
      // Element and attribute URIs are these strings: detached, or a node
      // kept would keep the chunk that declared its namespace.
      scope.bindings.set(prefix, _detach(trimmed));
      declared.push(_detach(value));
    }
    if (declared !== NONE) scope.default = _resolve(scope, "") ?? "";
    const name = tag.name;
    const colon = name.indexOf(":");
    let local = name;
    let uri = "";
    if (colon === -1) uri = scope.default;
    else {
      const prefix = name.slice(0, colon);
      local = name.slice(colon + 1);
      if (prefix === "" || local === "" || local.includes(":")) fail(`malformed name: ${name}`);
      if (prefix === "xmlns") fail('tags may not have "xmlns" as prefix');
      uri = _resolve(scope, prefix) ?? "";
      if (uri === "") fail(`unbound namespace prefix: ${JSON.stringify(prefix)}`);
    }
    // Two prefixes bound to one URI make a duplicate attribute: checked
    // when a start tag has two prefixed attributes or more (the first one's
    // expanded name waits in `single` until a second comes).
    let single: string | undefined;
    let seen: Set<string> | undefined;
    for (let index = 0; others > 0 && index < tagAttributeCount; index += 2) {
      const key = tagAttributes[index] as string;
      if (key === "xmlns" || key.startsWith("xmlns:")) continue;
      const at = key.indexOf(":");
      let attributeUri = "";
      let attributeLocal = key;
      if (at !== -1) {
        const prefix = key.slice(0, at);
        attributeLocal = key.slice(at + 1);
        const bound = _resolve(scope, prefix);
        if (bound === undefined) fail(`unbound namespace prefix: ${JSON.stringify(prefix)}`);
        attributeUri = bound as string;
        const expanded = `{${attributeUri}}${attributeLocal}`;
        if (single === undefined) single = expanded;
        else {
          if (seen === undefined) seen = new Set([single]);
          if (seen.has(expanded)) fail(`duplicate attribute: ${expanded}`);
          seen.add(expanded);
        }
      }
      if (attributes === NONE) attributes = [];
      attributes.push({
        uri: attributeUri,
        local: attributeLocal,
        value: _detach(tagAttributes[index + 1] as string),
      });
    }
    tagAttributeCount = 0;
    const depth = stack.length + sunk;
    if (depth >= XML_MAX_DEPTH) _tooDeep(parser.line, Math.max(1, parser.column));
    if (sink !== undefined) {
      // Inside a sink: no node; the level remembers its scope.
      sunk++;
      scoped[sunk] = 1;
      sink.open(local, attributes, sunk, parser.line, Math.max(1, parser.column));
      return;
    }
    const node: XmlNode = {
      uri,
      local,
      name,
      attributes,
      declared,
      children: NONE,
      line: parser.line,
      column: Math.max(1, parser.column),
    };
    if (depth > handler.depth) _append(stack[depth - 1] as XmlNode, node);
    else if (depth < handler.depth) handler.open(node, depth);
    else if (handler.sink !== undefined) sink = handler.sink(node);
    stack.push(node);
  });
  parser.on("closetag", () => {
    if (sunk > 0) {
      if (scoped[sunk] === 1) {
        scoped[sunk] = 0;
        scope = scopes.pop() as Scope;
      }
      sink?.close(sunk);
      sunk--;
      return;
    }
    const node = stack.pop() as XmlNode;
    scope = scopes.pop() as Scope;
    if (sink !== undefined) {
      const done = sink;
      sink = undefined;
      done.end();
      return;
    }
    if (stack.length === handler.depth) handler.node(node);
  });
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let pending = "";
  let first = true;
  const feed = (text: string): void => {
    let chunk = pending + text;
    pending = "";
    // A pair of surrogates cut in two by the chunking waits for its second half.
    const last = chunk.charCodeAt(chunk.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      pending = chunk.slice(-1);
      chunk = chunk.slice(0, -1);
    }
    if (first && chunk !== "") {
      first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    FORBIDDEN.lastIndex = 0;
    if (FORBIDDEN.test(chunk)) {
      FORBIDDEN.lastIndex = 0;
      const match = FORBIDDEN.exec(chunk) as RegExpExecArray;
      const before = chunk.slice(0, match.index);
      const lines = before.split("\n");
      const at: Place = {
        line: parser.line + lines.length - 1,
        column: (lines.length === 1 ? parser.column : 0) + (lines.at(-1) as string).length + 1,
      };
      let count = 0;
      chunk = chunk.replace(FORBIDDEN, () => {
        count++;
        return "";
      });
      const code = (match[0].codePointAt(0) as number).toString(16).toUpperCase();
      handler.notice(
        "control-characters",
        `${count} control character(s) that XML forbids were removed (the first at this place)`,
        at,
        `U+${code.padStart(4, "0")}`,
      );
    }
    parser.write(chunk.toWellFormed());
  };
  return {
    write(chunk) {
      if (typeof chunk === "string") {
        feed(chunk);
        return;
      }
      if (decoder === undefined) decoder = new TextDecoder(_encoding(chunk));
      feed(decoder.decode(chunk, { stream: true }));
    },
    close() {
      if (decoder !== undefined) feed(decoder.decode());
      if (pending !== "") {
        const rest = pending;
        pending = "";
        parser.write(rest.toWellFormed());
      }
      parser.close();
    },
  };
}

/**
 * The text of a node: its text children and its descendants', joined.
 *
 * @param node
 *   Node, or `undefined`.
 * @returns
 *   The text (`""` for none).
 */
export function _xmlText(node: XmlNode | undefined): string {
  if (node === undefined) return "";
  const children = node.children;
  if (children.length === 1 && typeof children[0] === "string") return children[0];
  if (children.length === 0) return "";
  let out = "";
  const stack: (XmlNode | string)[] = [node];
  while (stack.length > 0) {
    const item = stack.pop() as XmlNode | string;
    if (typeof item === "string") {
      out += item;
      continue;
    }
    for (let index = item.children.length - 1; index >= 0; index--) {
      stack.push(item.children[index] as XmlNode | string);
    }
  }
  return out;
}

/**
 * The value of an attribute, by namespace and local name.
 *
 * @param node
 *   Element.
 * @param uri
 *   Namespace URI (`""` for an unprefixed attribute).
 * @param local
 *   Local name.
 * @returns
 *   The value, or `undefined`.
 */
export function _xmlAttribute(node: XmlNode, uri: string, local: string): string | undefined {
  for (const attribute of node.attributes) {
    if (attribute.local === local && attribute.uri === uri) return attribute.value;
  }
  return undefined;
}

/**
 * The element children of a node.
 *
 * @param node
 *   Element.
 * @returns
 *   Its child elements, in order.
 */
export function _xmlElements(node: XmlNode): XmlNode[] {
  const out: XmlNode[] = [];
  for (const child of node.children) if (typeof child !== "string") out.push(child);
  return out;
}
