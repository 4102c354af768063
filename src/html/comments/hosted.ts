// Comments the page does not hold: hosted by another service, or on other
// pages of a paginated thread. Both give a message, so that the gap between
// the declared count and the comments read has a reason.
import type { Element } from "hast";
import { _message } from "../../message.js";
import { _attr, _text } from "../_dom.js";
import { _visibleUpTo, type PageIndex } from "../_index.js";
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
  // A pagination link's text is short: longer ones are not read; nor are
  // those with fewer than the 12 non-space characters of the shortest
  // ("next comments": `visible` is the count of the text's non-space characters).
  let paged: Element | undefined;
  for (const position of _merged(index.byTag.get("a"), index.byTag.get("button"))) {
    const link = index.order[position] as Element;
    if (PAGE_LINK.test(_attr(link, "href") ?? "")) {
      paged = link;
      break;
    }
    const visible = _visibleUpTo(index, position, 80);
    if (visible >= MIN_PAGE_TEXT && visible <= 80 && PAGE_TEXT.test(_text(link))) {
      paged = link;
      break;
    }
  }
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

/** Two ascending lists of positions as one ascending list. */
function _merged(left: readonly number[] = [], right: readonly number[] = []): readonly number[] {
  if (right.length === 0) return left;
  if (left.length === 0) return right;
  const out: number[] = [];
  let at = 0;
  let other = 0;
  while (at < left.length || other < right.length) {
    if (
      other >= right.length ||
      (at < left.length && (left[at] as number) < (right[other] as number))
    )
      out.push(left[at++] as number);
    else out.push(right[other++] as number);
  }
  return out;
}
