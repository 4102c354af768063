// The entry `marginalia/html`: article pages' HTML in, built on hast
// (hast-util-from-html, i.e. parse5). Kept apart from the root entry so that
// a bundle importing `fromText` or `countWords` never carries parse5.
// Re-exports only.
export { fromHtml, safeFromHtml } from "./html/from-html.js";
export {
  type FromHtmlOptions,
  type FromHtmlResult,
  HTML_RULE_IDS,
  type HtmlDomNode,
  type HtmlMessage,
  type HtmlRuleId,
  type HtmlSelectors,
} from "./html/types.js";
