// Blocks as HTML, for ActivityStreams `content`, JSON Feed `content_html`
// and Atom `<content type="html">`. Every text is escaped; raw blocks are
// shown as preformatted text, never inserted as markup.
import type { Block, Mark, Paragraph } from "../schema/block.js";

/**
 * Escape a text for HTML or XML content and attribute values.
 *
 * @param value
 *   Text.
 * @returns
 *   Escaped text (`&`, `<`, `>`, `"`).
 */
export function _escape(value: string): string {
  return value.replace(/[&<>"]/g, (char) =>
    char === "&" ? "&amp;" : char === "<" ? "&lt;" : char === ">" ? "&gt;" : "&quot;",
  );
}

function _open(mark: Mark): string {
  switch (mark.type) {
    case "emphasis":
      return "<em>";
    case "strong":
      return "<strong>";
    case "code":
      return "<code>";
    case "link":
      return `<a href="${_escape(mark.url ?? "")}">`;
    default:
      return "<q>";
  }
}

function _close(mark: Mark): string {
  const tag = { emphasis: "em", strong: "strong", code: "code", link: "a", quote: "q" }[mark.type];
  return `</${tag}>`;
}

function _inline(text: string): string {
  return _escape(text).replace(/\n/g, "<br>");
}

/**
 * A paragraph's text with its marks as inline HTML. Marks are canonical
 * (sorted, properly nested); one that would cross another is left out.
 *
 * @param paragraph
 *   Paragraph.
 * @returns
 *   Inline HTML.
 */
export function _inlineHtml(paragraph: Paragraph): string {
  const { text } = paragraph;
  let out = "";
  let position = 0;
  const stack: Mark[] = [];
  const closeUntil = (limit: number) => {
    let top = stack[stack.length - 1];
    while (top !== undefined && top.end <= limit) {
      out += _inline(text.slice(position, top.end)) + _close(top);
      position = top.end;
      stack.pop();
      top = stack[stack.length - 1];
    }
  };
  for (const mark of paragraph.marks ?? []) {
    closeUntil(mark.start);
    const top = stack[stack.length - 1];
    if (top !== undefined && mark.end > top.end) continue;
    out += _inline(text.slice(position, mark.start)) + _open(mark);
    position = mark.start;
    stack.push(mark);
  }
  closeUntil(Number.POSITIVE_INFINITY);
  return out + _inline(text.slice(position));
}

/**
 * Blocks as HTML.
 *
 * @param blocks
 *   Blocks.
 * @returns
 *   HTML (`""` for none).
 */
export function _html(blocks: readonly Block[]): string {
  let out = "";
  for (const block of blocks) {
    switch (block.type) {
      case "paragraph":
        out += `<p>${_inlineHtml(block)}</p>`;
        break;
      case "quote": {
        const cite = block.cite === undefined ? "" : ` cite="${_escape(block.cite)}"`;
        out += `<blockquote${cite}>`;
        for (const paragraph of block.blocks) out += `<p>${_inlineHtml(paragraph)}</p>`;
        if (block.attribution !== undefined)
          out += `<footer>— ${_escape(block.attribution)}</footer>`;
        out += "</blockquote>";
        break;
      }
      case "list": {
        const tag = block.ordered ? "ol" : "ul";
        out += `<${tag}>`;
        for (const item of block.items) out += `<li>${_inlineHtml(item)}</li>`;
        out += `</${tag}>`;
        break;
      }
      case "image": {
        const alt = _escape(block.alt ?? "");
        out += `<figure><img src="${_escape(block.url)}" alt="${alt}">`;
        const caption = [block.caption, block.credit].filter((part) => part !== undefined);
        if (caption.length > 0) out += `<figcaption>${_escape(caption.join(" — "))}</figcaption>`;
        out += "</figure>";
        break;
      }
      case "embed": {
        const label = _escape(block.text ?? block.url ?? block.provider ?? "");
        out +=
          block.url === undefined
            ? `<p>${label}</p>`
            : `<p><a href="${_escape(block.url)}">${label}</a></p>`;
        break;
      }
      case "code": {
        const lang = block.lang === undefined ? "" : ` class="language-${_escape(block.lang)}"`;
        out += `<pre><code${lang}>${_escape(block.value)}</code></pre>`;
        break;
      }
      case "raw":
        out += `<pre>${_escape(block.value)}</pre>`;
        break;
    }
  }
  return out;
}
