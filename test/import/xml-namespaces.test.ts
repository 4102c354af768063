// The one XML path resolves namespace prefixes itself (saxes runs without
// `xmlns`): the bindings in scope, and the namespace errors saxes gave, at
// the same places.
import { describe, expect, it } from "vitest";
import { ArticleError } from "../../src/error.js";
import { _xmlFeeder, type XmlNode } from "../../src/import/_xml.js";

function _read(xml: string): XmlNode[] {
  const nodes: XmlNode[] = [];
  const feeder = _xmlFeeder({
    depth: 1,
    open: (node) => nodes.push(node),
    node: (node) => nodes.push(node),
    notice: () => {},
  });
  feeder.write(xml);
  feeder.close();
  return nodes;
}

function _error(xml: string): string {
  try {
    _read(xml);
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleError);
    return (error as ArticleError).issues[0]?.message as string;
  }
  throw new Error(`no error for ${xml}`);
}

describe("namespace prefixes of the XML importers", () => {
  it("resolve elements and attributes through the declarations in scope", () => {
    const [root, item] = _read(
      '<r xmlns="u:default" xmlns:p=" u:p "><p:a p:x="1" y="2"><b/><c xmlns:p="u:q"><p:d/></c></p:a></r>',
    ) as [XmlNode, XmlNode];
    expect([root.uri, root.local, root.declared]).toEqual([
      "u:default",
      "r",
      ["u:default", " u:p "],
    ]);
    expect([item.uri, item.local, item.name]).toEqual(["u:p", "a", "p:a"]);
    expect(item.attributes).toEqual([
      { uri: "u:p", local: "x", value: "1" },
      { uri: "", local: "y", value: "2" },
    ]);
    const [b, c] = item.children as [XmlNode, XmlNode];
    expect([b.uri, b.local]).toEqual(["u:default", "b"]);
    expect((c.children[0] as XmlNode).uri).toBe("u:q");
    const [, inner, after] = _read('<r xmlns:p="u:p"><p:x xmlns:p="u:q"/><p:y/></r>') as [
      XmlNode,
      XmlNode,
      XmlNode,
    ];
    expect(inner.uri).toBe("u:q");
    expect(after.uri).toBe("u:p");
    const [, xml] = _read('<r><x xml:lang="en"/></r>') as [XmlNode, XmlNode];
    expect(xml.attributes).toEqual([
      { uri: "http://www.w3.org/XML/1998/namespace", local: "lang", value: "en" },
    ]);
  });

  it("report what Namespaces in XML forbids, with the place", () => {
    expect(_error("<r><p:a/></r>")).toBe(
      'The XML is not well-formed: unbound namespace prefix: "p" (line 1, column 9)',
    );
    expect(_error('<r><a q:y="2"/></r>')).toBe(
      'The XML is not well-formed: unbound namespace prefix: "q" (line 1, column 15)',
    );
    expect(_error('<r xmlns:p="u" xmlns:q="u"><a p:x="1" q:x="2"/></r>')).toBe(
      "The XML is not well-formed: duplicate attribute: {u}x (line 1, column 47)",
    );
    expect(_error('<r xmlns:p=""/>')).toBe(
      "The XML is not well-formed: invalid attempt to undefine prefix in XML 1.0 (line 1, column 13)",
    );
    expect(_error('<r xmlns:xml="u"/>')).toBe(
      "The XML is not well-formed: xml prefix must be bound to http://www.w3.org/XML/1998/namespace (line 1, column 16)",
    );
    expect(_error('<r xmlns:a="u"><x a:b:c="1"/></r>')).toBe(
      "The XML is not well-formed: malformed name: a:b:c (line 1, column 27)",
    );
    expect(_error("<r><a:b:c/></r>")).toBe(
      "The XML is not well-formed: malformed name: a:b:c (line 1, column 11)",
    );
    expect(_error("<xmlns:r/>")).toBe(
      'The XML is not well-formed: tags may not have "xmlns" as prefix (line 1, column 10)',
    );
  });
});
