import { describe, expect, it } from "vitest";
import { searchClient, type SearchRequest } from "../../src/data/search-client";
import { searchServer } from "../../src/data/search-server";
import { buildDatasetIndex } from "../../src/domain/dataset-index";
import { filterEvents, searchTerms } from "../../src/domain/filter";
import { kabulDataset } from "../fixtures/kabul";

const kabul = kabulDataset();

/** A client whose requests are kept, to be answered by the Worker's side when the test says. */
function clientOverKabul() {
  const asked: SearchRequest[] = [];
  const client = searchClient((request) => asked.push(request));
  const server = searchServer(kabul.events, kabul.sources);
  const answerNext = () => client.take(server.find(asked.shift() as SearchRequest));
  return { asked, client, answerNext };
}

describe("a search answered by the reading Worker", () => {
  it("finds in the Worker exactly the events the page's own search finds", () => {
    const server = searchServer(kabul.events, kabul.sources);
    const index = buildDatasetIndex(kabul);
    for (const query of ["lavrov", "taliban kabul", '"foreign minister"', "zzz", "Ghani’s"]) {
      const { matches } = server.find({ type: "search", id: 1, terms: searchTerms(query) });
      const found = kabul.events.filter((_, i) => matches[i] === 1).map((event) => event.id);
      const here = filterEvents(index, { countries: [], query }).map((event) => event.id);
      expect(found, query).toEqual(here);
    }
  });

  it("asks once for terms while their answer is on its way, then answers them at once", () => {
    const { asked, client, answerNext } = clientOverKabul();
    const pending = client.answer(["lavrov"]);
    expect(pending).toEqual({ matches: undefined, final: false, serial: 0, terms: [] });
    client.answer(["lavrov"]);
    expect(asked).toHaveLength(1);
    answerNext();
    const answer = client.answer(["lavrov"]);
    expect(answer?.final).toBe(true);
    expect(answer?.matches?.some((match) => match === 1)).toBe(true);
    expect(asked).toHaveLength(0);
  });

  it("while typing, asks only for the latest words behind the one in flight, showing the last answer meanwhile", () => {
    const { asked, client, answerNext } = clientOverKabul();
    client.answer(["k"]);
    client.answer(["ka"]);
    client.answer(["kab"]);
    client.answer(["kabul"]);
    expect(asked.map((request) => request.terms)).toEqual([["k"]]);
    answerNext();
    // "k" answered; "kabul", the latest asked, is sent next; "ka" and "kab" never are.
    expect(asked.map((request) => request.terms)).toEqual([["kabul"]]);
    const meanwhile = client.answer(["kabul"]);
    expect(meanwhile?.final).toBe(false);
    expect(meanwhile?.matches).toBe(client.answer(["k"])?.matches);
    answerNext();
    expect(client.answer(["kabul"])?.final).toBe(true);
    expect(client.answer(["kabul"])?.serial).not.toBe(meanwhile?.serial);
  });

  it("tells its listeners each answer, changing its version, and keeps only the last few", () => {
    const { asked, client, answerNext } = clientOverKabul();
    const heard: number[] = [];
    const stop = client.subscribe(() => heard.push(client.version()));
    for (const word of ["a", "b", "c", "d", "e", "f", "g", "h", "i"]) {
      client.answer([word]);
      answerNext();
    }
    expect(heard).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // The oldest answer was let go: asked again, it is searched again.
    expect(client.answer(["a"])?.final).toBe(false);
    expect(client.answer(["i"])?.final).toBe(true);
    stop();
    answerNext();
    expect(heard).toHaveLength(9);
    expect(asked).toHaveLength(0);
  });

  it("once the Worker stops, hands the search back to the page and ignores late answers", () => {
    const { asked, client } = clientOverKabul();
    client.answer(["lavrov"]);
    let told = 0;
    client.subscribe(() => told++);
    client.fail();
    expect(told).toBe(1);
    expect(client.answer(["lavrov"])).toBeUndefined();
    client.take({ type: "found", id: asked[0]?.id ?? 0, matches: new Uint8Array(16) });
    expect(client.answer(["lavrov"])).toBeUndefined();
  });
});

describe("filtering by a remote search", () => {
  it("never keeps a result drawn from an earlier answer as the final one", () => {
    const { client, answerNext } = clientOverKabul();
    const index = { ...buildDatasetIndex(kabul), remote: client };
    const local = buildDatasetIndex(kabul);
    const filter = (query: string) =>
      filterEvents(index, { countries: [], query }).map((event) => event.id);
    const here = (query: string) =>
      filterEvents(local, { countries: [], query }).map((event) => event.id);
    expect(filter("lavrov")).toHaveLength(16);
    answerNext();
    expect(filter("lavrov")).toEqual(here("lavrov"));
    // "taliban" pending: "lavrov"'s events meanwhile; then its own.
    expect(filter("taliban")).toEqual(here("lavrov"));
    answerNext();
    expect(filter("taliban")).toEqual(here("taliban"));
    expect(here("taliban")).not.toEqual(here("lavrov"));
  });

  it("while an answer is on its way, gives back the very list drawn from the latest, not a new one", () => {
    const { client, answerNext } = clientOverKabul();
    const index = { ...buildDatasetIndex(kabul), remote: client };
    const unfiltered = filterEvents(index, { countries: [], query: "" });
    // Nothing answered yet: the list without a search, the same array, not a copy of it.
    expect(filterEvents(index, { countries: [], query: "lavrov" })).toBe(unfiltered);
    answerNext();
    const lavrov = filterEvents(index, { countries: [], query: "lavrov" });
    expect(filterEvents(index, { countries: [], query: "taliban" })).toBe(lavrov);
  });
});
