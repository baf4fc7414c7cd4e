/**
 * What the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) requires of
 * the fields our export writes, checked by hand: a test's validator, not a full one.
 */

export type Annotation = Record<string, unknown> & { id: string };

const MOTIVATIONS = new Set(["quoting", "describing", "commenting", "linking", "identifying"]);
const DATE_TIME_UTC = /^-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

/** The annotations of an exported AnnotationCollection's first page. */
export function annotationsIn(document: unknown): Annotation[] {
  const first = (document as { first?: { items?: unknown } }).first;
  return Array.isArray(first?.items) ? (first.items as Annotation[]) : [];
}

/** Every way the document breaks the model, empty when it keeps it. */
export function problemsOf(document: unknown): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  noEmptyValues(document, "document", problems);
  const collection = document as Record<string, unknown>;
  check(collection["@context"] === "http://www.w3.org/ns/anno.jsonld", "collection @context");
  check(isIri(collection.id), "collection id is an IRI");
  check(collection.type === "AnnotationCollection", "collection type");
  const first = collection.first as Record<string, unknown> | undefined;
  check(first?.type === "AnnotationPage" && isIri(first.id), "first page with type and id");
  const items = annotationsIn(document);
  check(collection.total === items.length, "total counts the items");
  items.forEach((annotation, index) => {
    const at = `annotation ${index}`;
    check(annotation["@context"] === "http://www.w3.org/ns/anno.jsonld", `${at} @context`);
    check(isIri(annotation.id), `${at} id is an IRI`);
    check(annotation.type === "Annotation", `${at} type`);
    check(MOTIVATIONS.has(String(annotation.motivation)), `${at} motivation`);
    check(annotation.target !== undefined, `${at} target`);
    for (const body of [annotation.body ?? []].flat() as Record<string, unknown>[]) {
      check(body.type !== "TextualBody" || typeof body.value === "string", `${at} body value`);
    }
    const target = annotation.target;
    if (typeof target === "string") return check(isIri(target), `${at} target IRI`);
    const specific = target as Record<string, unknown>;
    check(isIri(specific.source), `${at} target source`);
    const selectors = [specific.selector ?? []].flat() as Record<string, unknown>[];
    for (const selector of selectors) problems.push(...selectorProblems(selector, at));
    if (annotation.motivation === "quoting") {
      check(
        selectors.some((s) => s.type === "TextQuoteSelector"),
        `${at} quoting selects words`,
      );
    }
    if (specific.state !== undefined) problems.push(...stateProblems(specific.state, at));
  });
  return problems;
}

function selectorProblems(selector: Record<string, unknown>, at: string): string[] {
  if (selector.type === "TextQuoteSelector") {
    const optional = ["prefix", "suffix"].every(
      (key) => selector[key] === undefined || typeof selector[key] === "string",
    );
    return typeof selector.exact === "string" && selector.exact !== "" && optional
      ? []
      : [`${at} TextQuoteSelector exact/prefix/suffix`];
  }
  if (selector.type === "TextPositionSelector") {
    const { start, end } = selector;
    return Number.isInteger(start) &&
      Number.isInteger(end) &&
      Number(start) >= 0 &&
      Number(end) >= Number(start)
      ? []
      : [`${at} TextPositionSelector start/end`];
  }
  return [`${at} selector type ${String(selector.type)}`];
}

// A TimeState has a sourceDate, or both ends of an interval, never both (model 4.3.1).
function stateProblems(state: unknown, at: string): string[] {
  const time = state as Record<string, unknown>;
  if (time.type !== "TimeState") return [`${at} state type`];
  const single = DATE_TIME_UTC.test(String(time.sourceDate));
  const interval =
    DATE_TIME_UTC.test(String(time.sourceDateStart)) &&
    DATE_TIME_UTC.test(String(time.sourceDateEnd));
  const problems = single !== interval ? [] : [`${at} TimeState needs sourceDate or an interval`];
  if (time.cached !== undefined && !isIri(time.cached)) problems.push(`${at} TimeState cached`);
  return problems;
}

function isIri(value: unknown): boolean {
  return typeof value === "string" && /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);
}

function noEmptyValues(value: unknown, at: string, problems: string[]) {
  if (value === null || value === undefined) problems.push(`${at} is ${String(value)}`);
  else if (Array.isArray(value))
    value.forEach((item, i) => noEmptyValues(item, `${at}[${i}]`, problems));
  else if (typeof value === "object") {
    for (const [key, inner] of Object.entries(value))
      noEmptyValues(inner, `${at}.${key}`, problems);
  }
}
