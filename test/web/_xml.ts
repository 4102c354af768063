// Parse XML back with saxes (a real, namespace-aware parser that stops at
// the first well-formedness error) into a small tree for the tests.
import { SaxesParser } from "saxes";

/** An element: its namespace URI, local name, attributes, text and children. */
export interface XmlElement {
  uri: string;
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
}

/**
 * Parse a document.
 *
 * @param xml
 *   The document.
 * @returns
 *   Its root element.
 * @throws
 *   When it is not well-formed or not namespace-well-formed.
 */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      const key = attribute.uri === "" ? attribute.local : `{${attribute.uri}}${attribute.local}`;
      attributes[key] = attribute.value;
    }
    const element: XmlElement = {
      uri: tag.uri ?? "",
      name: tag.local ?? "",
      attributes,
      text: "",
      children: [],
    };
    stack[stack.length - 1]?.children.push(element);
    stack.push(element);
    root ??= element;
  });
  parser.on("text", (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (root === undefined) throw new Error("no root element");
  return root;
}

/** The children of an element with a local name (any namespace when none given). */
export function children(element: XmlElement, name: string, uri?: string): XmlElement[] {
  return element.children.filter(
    (child) => child.name === name && (uri === undefined || child.uri === uri),
  );
}
