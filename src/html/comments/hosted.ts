// Comments the page does not hold: hosted by another service, or on other
// pages of a paginated thread. Both give a message, so that the gap between
// the declared count and the comments read has a reason.
import type { Element, Root } from "hast";
import { matches, selectAll } from "hast-util-select";
import { _message } from "../../message.js";
import { _attr, _elements, _text } from "../_dom.js";
import type { HtmlMessage } from "../types.js";
import { HOSTED } from "./platforms.js";

const PAGE_LINK = /(?:comment-page-\d+|[?&]cpage=\d+|[?&]comments?_?page=\d+|#comments?-page)/i;
const PAGE_TEXT =
  /^(?:«\s*)?(?:older comments|newer comments|previous comments|next comments|load more comments|show more comments|view more comments|show \d+ more comments?|commentaires (?:plus anciens|plus récents|précédents|suivants)|voir (?:les|plus de) commentaires(?: suivants)?|afficher (?:plus de|les) commentaires|ältere kommentare|neuere kommentare|weitere kommentare|comentarios (?:anteriores|más antiguos|siguientes)|ver más comentarios)(?:\s*»)?$/i;

/**
 * Report comments hosted elsewhere and paginated comments.
 *
 * @param tree
 *   Page.
 * @param messages
 *   Messages to add to.
 */
export function _reportElsewhere(tree: Root, messages: HtmlMessage[]): void {
  // One walk for every provider's markers, then which provider each is.
  const found = selectAll(HOSTED.map(([, selector]) => selector).join(", "), tree);
  for (const [provider, selector] of HOSTED) {
    if (found.some((element) => matches(selector, element))) {
      messages.push(
        _message(
          "comments-hosted",
          `The page loads comments from ${provider}; they are not in its HTML`,
          {
            actual: provider,
          },
        ),
      );
    }
  }
  const links = _elements(tree).filter(
    (element: Element) => element.tagName === "a" || element.tagName === "button",
  );
  const paged = links.find(
    (link) => PAGE_LINK.test(_attr(link, "href") ?? "") || PAGE_TEXT.test(_text(link)),
  );
  if (paged !== undefined) {
    messages.push(
      _message(
        "comments-paginated",
        "The comments continue on other pages or load on demand; only this page's were read",
        {
          actual: (_text(paged) || _attr(paged, "href") || "").slice(0, 80),
        },
      ),
    );
  }
}
