// Comments the page does not hold: hosted by another service, or on other
// pages of a paginated thread. Both give a message, so that the gap between
// the declared count and the comments read has a reason.
import type { Element } from "hast";
import { _message } from "../../message.js";
import { _attr, _text } from "../_dom.js";
import type { PageIndex } from "../_index.js";
import { _matches, _selectAll } from "../_select.js";
import type { HtmlMessage } from "../types.js";
import { HOSTED } from "./platforms.js";

const PAGE_LINK = /(?:comment-page-\d+|[?&]cpage=\d+|[?&]comments?_?page=\d+|#comments?-page)/i;
/** Non-space characters of the shortest text PAGE_TEXT matches ("next comments"). */
const MIN_PAGE_TEXT = 12;
const PAGE_TEXT =
  /^(?:«\s*)?(?:older comments|newer comments|previous comments|next comments|load more comments|show more comments|view more comments|show \d+ more comments?|commentaires (?:plus anciens|plus récents|précédents|suivants)|voir (?:les|plus de) commentaires(?: suivants)?|afficher (?:plus de|les) commentaires|ältere kommentare|neuere kommentare|weitere kommentare|comentarios (?:anteriores|más antiguos|siguientes)|ver más comentarios)(?:\s*»)?$/i;

/**
 * Report comments hosted elsewhere and paginated comments.
 *
 * @param index
 *   The page's index.
 * @param messages
 *   Messages to add to.
 */
export function _reportElsewhere(index: PageIndex, messages: HtmlMessage[]): void {
  // One query for every provider's markers, then which provider each is.
  const found = _selectAll(HOSTED.map(([, selector]) => selector).join(", "), index.root, index);
  for (const [provider, selector] of HOSTED) {
    if (found.some((element) => _matches(selector, element, index))) {
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
  const positions = [...(index.byTag.get("a") ?? []), ...(index.byTag.get("button") ?? [])];
  positions.sort((left, right) => left - right);
  // A pagination link's text is short: longer ones are not read; nor are
  // those with fewer than the 12 non-space characters of the shortest
  // ("next comments": `visible` is the count of the text's non-space characters).
  const paged = positions
    .map((position) => index.order[position] as Element)
    .find((link, at) => {
      if (PAGE_LINK.test(_attr(link, "href") ?? "")) return true;
      const visible = index.visible[positions[at] as number] as number;
      return visible >= MIN_PAGE_TEXT && visible <= 80 && PAGE_TEXT.test(_text(link));
    });
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
