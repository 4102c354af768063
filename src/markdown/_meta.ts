// The marginalia markers: HTML comments that carry what Markdown has no
// syntax for, invisible in a rendered page.
//
//   <!-- marginalia:meta {json} -->     fields merged into the next block or section
//   <!-- marginalia:block {json} -->    a whole block Markdown cannot write
//   <!-- marginalia:comment {json} -->  starts a reader comment (its metadata)
//   <!-- marginalia:article {json} -->  article fields too deep for YAML front
//                                       matter (first in the body)
//
// The JSON never holds `--` (written `-\u002d`), so the comment cannot end
// early, and never a line break (JSON escapes them).

/** Kinds of marker. */
export type MarkerKind = "meta" | "block" | "comment" | "article";

const PREFIX = "<!-- marginalia:";
const SUFFIX = " -->";

/**
 * Write a marker.
 *
 * @param kind
 *   What the marker carries.
 * @param value
 *   JSON-compatible object.
 * @returns
 *   The HTML comment.
 */
export function _writeMarker(kind: MarkerKind, value: object): string {
  let json = JSON.stringify(value);
  if (json.includes("--")) json = json.replaceAll("--", "-\\u002d");
  return `${PREFIX}${kind} ${json}${SUFFIX}`;
}

/** A marker read back. */
export interface Marker {
  kind: MarkerKind;
  value: Record<string, unknown>;
}

/**
 * Whether an HTML node's value starts like a marker.
 *
 * @param html
 *   Value of an `html` node.
 * @returns
 *   `true` when it starts with `<!-- marginalia:`.
 */
export function _looksLikeMarker(html: string): boolean {
  return html.startsWith(PREFIX);
}

/**
 * Read a marker from the value of an `html` node.
 *
 * @param html
 *   Value of an `html` node.
 * @returns
 *   The marker, `undefined` when the value is not one, or a string saying
 *   what is wrong when it looks like one but cannot be read.
 */
export function _readMarker(html: string): Marker | string | undefined {
  if (!html.startsWith(PREFIX) || !html.endsWith(SUFFIX)) return undefined;
  const body = html.slice(PREFIX.length, html.length - SUFFIX.length);
  const space = body.indexOf(" ");
  const kind = space === -1 ? body : body.slice(0, space);
  if (kind !== "meta" && kind !== "block" && kind !== "comment" && kind !== "article") {
    return `unknown marker kind ${JSON.stringify(kind)}`;
  }
  let value: unknown;
  try {
    value = JSON.parse(space === -1 ? "{}" : body.slice(space + 1));
  } catch (error) {
    return `its JSON cannot be read (${error instanceof Error ? error.message : String(error)})`;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return "its JSON is not an object";
  }
  return { kind, value: value as Record<string, unknown> };
}
