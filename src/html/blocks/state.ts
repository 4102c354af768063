// The one state every handler of the HTML → blocks mapping shares (as in
// hast-util-to-mdast's `state`): the base URL, what to leave out, and the
// messages. The WXR importer reuses it for comment and post bodies.
import type { Element } from "hast";
import type { HtmlMessage } from "../types.js";

/** State of one HTML → blocks conversion. */
export interface BlockState {
  /** Base of relative URLs (the page's `url` or `<base href>`). */
  base: string | undefined;
  /** Messages, shared with the reader. */
  messages: HtmlMessage[];
  /** Leave this element (and its subtree) out. */
  skip: (element: Element) => boolean;
  /** Whether headings start sections (article) or become paragraphs (comments). */
  headings: boolean;
}

/** A heading met in the flow: the reader turns it into a section. */
export interface HeadingItem {
  type: "heading";
  level: 1 | 2 | 3 | 4 | 5 | 6;
  text: string;
}
