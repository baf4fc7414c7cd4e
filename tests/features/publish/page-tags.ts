import { parseDocument } from "htmlparser2";
import { DomUtils } from "htmlparser2";

/** A page's meta tags by name or property, its canonical link and its visible text, parsed. */
export function pageTags(html: string) {
  const document = parseDocument(html);
  const metas = DomUtils.getElementsByTagName("meta", document);
  const meta = (key: string) =>
    metas.find((tag) => tag.attribs.property === key || tag.attribs.name === key)?.attribs.content;
  const canonical = DomUtils.getElementsByTagName("link", document).find(
    (tag) => tag.attribs.rel === "canonical",
  )?.attribs.href;
  const byTag = (name: string) =>
    DomUtils.getElementsByTagName(name, document).map((node) => DomUtils.textContent(node));
  const links = DomUtils.getElementsByTagName("a", document).map((node) => ({
    text: DomUtils.textContent(node),
    href: node.attribs.href,
  }));
  const scripts = DomUtils.getElementsByTagName("script", document);
  return { meta, canonical, byTag, links, scripts, document };
}

/** A value a test needs to be there: fails the test, with a message, when it is not. */
export function defined<T>(value: T | null | undefined, what = "value"): T {
  if (value === null || value === undefined) throw new Error(`Expected a ${what}, found none`);
  return value;
}
