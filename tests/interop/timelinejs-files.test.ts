import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { timelineJsFixtures } from "./timelinejs-fixtures";
import { DatasetError } from "../../src/data/dataset-error";
import { readDataset } from "../../src/data/read-dataset";
import { formatIsoInstant, formatWhen } from "../../src/domain/dates";
import type { Dataset, Era, TimelineEvent } from "../../src/domain/types";

// TimelineJS3's own data files, unchanged, in the shared folder beside the repository (CI always
// has it; see its README). Every expected value below was read from the files by hand.
const SHARED = timelineJsFixtures();

function open(name: string): Promise<Dataset> {
  const text = readFileSync(new URL(name, SHARED), "utf8");
  return readDataset(text, { name, label: `The file ${name}` });
}

/** What the timeline shows of each event: id, title and date as written out. */
function shown(event: TimelineEvent) {
  return [event.id, event.title, formatWhen(event.when)];
}

function eraShown(era: Era) {
  const when = { ...era, approximate: false, basis: "external" as const, note: "" };
  return [era.title, formatWhen(when), era.precision];
}

function byId(dataset: Dataset, id: string): TimelineEvent {
  const event = dataset.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}

// cosmo-mixed.json: cosmological and BCE years (strings, negative), mixed precision, HTML in
// headlines and captions.
describe("cosmo-mixed.json", async () => {
  const dataset = await open("cosmo-mixed.json");

  it("loads all eleven events, the four beyond a Date's range too, skipping none", () => {
    expect(dataset.warnings).toEqual([]);
    expect(dataset.events).toHaveLength(11);
  });

  it("shows them in date order, deep time as years ago, BCE and CE at their precision", () => {
    expect(dataset.events.map(shown)).toEqual([
      ["the-big-bang", "The Big Bang", "13.8 billion years ago"],
      ["the-sun-ignites", "The Sun Ignites", "4.6 billion years ago"],
      [
        "the-cambrian-explosion-and-the-first-complex-eyes",
        "The Cambrian Explosion and the First Complex Eyes",
        "540 million years ago",
      ],
      ["homo-sapiens-appear", "Homo sapiens Appear", "300,000 BCE"],
      ["first-manufactured-glass", "First Manufactured Glass", "3,500 BCE"],
      ["euclids-ioptica-i", "Euclid's Optica", "300 BCE"],
      ["ibn-al-haythams-ibook-of-optics-i", "Ibn al-Haytham's Book of Optics", "1021"],
      [
        "galileo-points-a-telescope-at-the-moon",
        "Galileo Points a Telescope at the Moon",
        "November 1609",
      ],
      ["the-first-photograph", "The First Photograph", "1826"],
      ["apollo-11-humans-walk-on-the-moon", "Apollo 11: Humans Walk on the Moon", "20 Jul 1969"],
      ["hubble-space-telescope-deployed", "Hubble Space Telescope Deployed", "25 Apr 1990"],
    ]);
    expect(dataset.events.map((event) => event.when.precision)).toEqual([
      "year",
      "year",
      "year",
      "year",
      "year",
      "year",
      "year",
      "month",
      "year",
      "day",
      "day",
    ]);
  });

  it("stores TimelineJS's negative years as astronomical ones, deep years as their first day", () => {
    expect(dataset.events.slice(0, 6).map((event) => formatIsoInstant(event.when.start))).toEqual([
      "-13799999999-01-01",
      "-4599999999-01-01",
      "-539999999-01-01",
      "-299999-01-01",
      "-3499-01-01",
      "-0299-01-01",
    ]);
  });

  it("takes the title slide, and makes media captions and credits citations", () => {
    expect(dataset.title).toBe("A Brief History of Light");
    expect(dataset.description).toBe(
      "From the first photons after the Big Bang to humanity's greatest telescopes. This timeline mixes cosmological-scale dates with ordinary human ones — a test case for the date-formatting fix.",
    );
    expect(byId(dataset, "euclids-ioptica-i").citation).toEqual({
      title: "Euclid of Alexandria.",
      url: "https://commons.wikimedia.org/wiki/File:Euklid-von-Alexandria_1.jpg",
      credit: "Wikimedia Commons",
    });
    expect(byId(dataset, "ibn-al-haythams-ibook-of-optics-i").citation).toEqual({
      title: "Ibn al-Haytham's Kitāb al-Manāẓir (Book of Optics).",
      url: "https://en.wikipedia.org/wiki/Book_of_Optics",
      credit: "",
    });
    expect(dataset.eras).toEqual([]);
  });
});

// eras.json: three eras given out of order, year ranges, a day range, two events on one day.
describe("eras.json", async () => {
  const dataset = await open("eras.json");

  it("shows the three eras in start order with their years", () => {
    expect(dataset.eras.map(eraShown)).toEqual([
      ["Era Test 600-650", "600–650", "year"],
      ["Era Test 650-700", "650–700", "year"],
      ["Era Test 700-720", "700–720", "year"],
    ]);
    expect(dataset.eras.map((era) => formatIsoInstant(era.end))).toEqual([
      "0650-01-01",
      "0700-01-01",
      "0720-01-01",
    ]);
  });

  it("shows all 20 events in date order", () => {
    expect(dataset.title).toBe("Eras Test");
    expect(dataset.warnings).toEqual([]);
    expect(dataset.events.map(shown)).toEqual([
      ["last-great-roman-persian-war", "Last great Roman-Persian War.", "602–629"],
      [
        "grand-canal-in-china-is-fully-completed",
        "Grand Canal in China is fully completed",
        "604–609",
      ],
      [
        "muhammad-migrates-from-mecca-to-medina",
        "Muhammad Migrates from Mecca to Medina",
        "9–23 Aug 622",
      ],
      [
        "joint-persian-avar-slav-siege-of-constantinople-constantinople-saved",
        "Joint Persian-Avar-Slav Siege of Constantinople Constantinople saved",
        "626",
      ],
      ["battle-of-nineveh", "Battle of Nineveh", "12 Dec 627"],
      [
        "accession-of-abu-bakr-as-first-caliph",
        "Accession of Abu Bakr as first Caliph",
        "8 Jun 632",
      ],
      ["death-of-muhammed", "Death of Muhammed", "8 Jun 632"],
      ["battle-of-heavenfield", "Battle of Heavenfield", "633–634"],
      ["battle-of-nehawand", "Battle of Nehawand", "641"],
      [
        "arab-army-led-by-omar-ibn-al-aas-takes-alexandria",
        "Arab Army led by Omar Ibn Al-'Aas takes Alexandria",
        "643",
      ],
      ["in-japan-the-soga-clan-falls", "In Japan, the Soga clan falls", "645"],
      ["slav-occupation-of-balkans-complete", "Slav occupation of Balkans complete.", "650"],
      ["synod-of-whitby", "Synod of Whitby", "663"],
      [
        "ends-of-the-three-kingdoms-period-in-korea",
        "Ends of the Three Kingdoms period in Korea",
        "668",
      ],
      ["first-arab-siege-of-constantinople", "First Arab siege of Constantinople", "674–678"],
      ["establishment-of-the-bulgarian-empire", "Establishment of the Bulgarian Empire", "681"],
      ["battle-of-dun-nechtain", "Battle of Dun Nechtain", "685"],
      ["battle-of-tertry", "Battle of Tertry", "687"],
      ["arab-army-takes-carthage", "Arab army takes Carthage", "698"],
      [
        "north-south-states-period-begins-in-korea",
        "North South States Period begins in Korea",
        "698",
      ],
    ]);
  });

  it("leaves an event without media uncited", () => {
    expect(byId(dataset, "death-of-muhammed").citation).toBeUndefined();
    expect(byId(dataset, "battle-of-tertry").citation).toEqual({
      title: "",
      url: "https://en.wikipedia.org/wiki/Battle_of_Tertry",
      credit: "",
    });
  });
});

// houston.json: a title slide with <br/> in its headline, 18 events with HTML in headlines,
// texts and credits, protocol-relative and relative media addresses.
describe("houston.json", async () => {
  const dataset = await open("houston.json");

  it("takes the title slide's headline on one line", () => {
    expect(dataset.title).toBe("Whitney Houston 1963 - 2012");
    expect(dataset.description).toBe(
      "Houston's voice caught the imagination of the world propelling her to superstardom at an early age becoming one of the most awarded performers of our time. This is a look into the amazing heights she achieved and her personal struggles with substance abuse and a tumultuous marriage.",
    );
  });

  it("shows all 18 events, ids as TimelineJS gives them", () => {
    expect(dataset.warnings).toEqual([]);
    // The last headline slugifies to the title slide's id, so TimelineJS adds "-1".
    expect(dataset.events.map(shown)).toEqual([
      ["a-musical-heritage", "A Musical Heritage", "9 Aug 1963"],
      ["early-album-credits", "Early Album Credits", "1978"],
      ["first-recording", "First Recording", "1978"],
      ["the-early-years", "The Early Years", "1978"],
      ["signed", "Signed", "1983"],
      ["debut", "Debut", "1985"],
      ["the-grammys", "'The Grammys'", "1986"],
      ["whitney", "'Whitney'", "1987"],
      ["one-moment-in-time", '"One Moment In Time"', "1988"],
      ["bobby-brown", "Bobby Brown", "1989"],
      ["super-bowl", "Super Bowl", "1991"],
      ["married-life", "Married Life", "1992"],
      ["the-bodyguard", '"The Bodyguard"', "1992"],
      ["crack-is-whack", "Crack is Whack", "2002"],
      ["rehab", "Rehab", "2004"],
      ["being-bobby-brown", "Being Bobby Brown", "2005"],
      ["a-rocky-comeback", "A Rocky Comeback", "2010"],
      ["whitney-houstonbr-1963-2012-1", "Whitney Houston 1963-2012", "11 Feb 2012"],
    ]);
  });

  it("turns HTML texts and credits into plain text", () => {
    expect(byId(dataset, "married-life").summary).toBe(
      "After three years of courtship, Houston marries New Edition singer Bobby Brown. Their only child Bobbi Kristina Brown was born in 1993.\n\n" +
        'In 2003 Brown was charged with domestic violence after police responded to a domestic violence call. Houston and Brown were featured in the reality show, "Being bobby Brown," and divorced in 2007.',
    );
    expect(byId(dataset, "the-early-years").summary).toBe(
      "As a teen Houston's credits include background vocals for Jermaine Jackson, Lou Rawls and the Neville Brothers. She also sang on Chaka Khan's, 'I'm Every Woman,' a song which she later remade for the Bodyguard soundtrack which is the biggest selling soundtrack of all time. It sold over 42 million copies worldwide.",
    );
  });

  it("cites media: protocol-relative as https, a relative address replaced by the credit's link", () => {
    expect(byId(dataset, "crack-is-whack").citation).toEqual({
      title: "Diane Sawyer",
      url: "https://upload.wikimedia.org/wikipedia/commons/d/dd/ABC_-_Good_Morning_America_-_Diane_Sawyer.jpg",
      credit: "flickr/Amanda Benham",
    });
    expect(byId(dataset, "a-musical-heritage").citation).toEqual({
      title: "Houston's mother and Gospel singer, Cissy Houston (left) and cousin Dionne Warwick.",
      url: "http://www.flickr.com/photos/11447043@N00/418180903/",
      credit:
        "Cissy Houston photo:Tom Marcello\nDionne Warwick: CBS Television via Wikimedia Commons",
    });
    expect(byId(dataset, "first-recording").citation).toEqual({
      title: "",
      url: "https://youtu.be/fSrO91XO1Ck",
      credit: "Unidisc Music",
    });
    expect(byId(dataset, "whitney-houstonbr-1963-2012-1").citation).toEqual({
      title: "Houston, performing on Good Morning America in 2009.",
      url: "https://twitter.com/Blavity/status/851872780949889024",
      credit: "Asterio Tecson via Wikimedia",
    });
    expect(byId(dataset, "bobby-brown").citation).toBeUndefined();
  });
});

// women_in_computing.json and .csv: the same timeline in both formats (the JSON's date parts
// are strings, "" for none; the CSV's Text cells hold HTML and line breaks).
describe("women_in_computing in both formats", async () => {
  const json = await open("women_in_computing.json");
  const csv = await open("women_in_computing.csv");

  it("shows the same 10 events from the JSON", () => {
    expect(json.title).toBe("Women in Computing");
    expect(json.warnings).toEqual([]);
    expect(json.events.map(shown)).toEqual([
      ["ada-lovelace", "Ada Lovelace", "10 Dec 1815 – 27 Nov 1852"],
      ["the-first-computer", "The First Computer", "5 Jun 1943"],
      [
        "and-the-women-who-made-it-work",
        "...And the women who made it work",
        "July 1943 – December 1946",
      ],
      ["edith-clarke-bucking-the-trend", "Edith Clarke: Bucking the Trend", "14 Mar 1948"],
      ["rozsa-peter-writes-recursion", "Rózsa Péter writes recursion", "1951"],
      ["grace-hopper-invents-the-compiler", "Grace Hopper invents the compiler", "1952"],
      ["contributions-to-space-exploration", "Contributions to space exploration", "1956–1962"],
      ["the-first-phd-in-computer-science", "The First PhD in Computer Science", "1958"],
      [
        "karen-sparck-jones-makes-search-possible",
        "Karen Spärck Jones makes search possible",
        "1972",
      ],
      ["the-mother-of-the-internet", '"The Mother of the Internet"', "1985"],
    ]);
  });

  it("gives equal events, title and description from the CSV", () => {
    const essentials = (event: TimelineEvent) => ({
      id: event.id,
      title: event.title,
      summary: event.summary,
      when: event.when,
      group: event.group,
    });
    expect(csv.title).toBe(json.title);
    expect(csv.description).toBe(json.description);
    expect(csv.warnings).toEqual([]);
    expect(csv.events.map(essentials)).toEqual(json.events.map(essentials));
  });
});

// my-own-timeline.csv: the spreadsheet template itself, with a title row and no groups.
describe("my-own-timeline.csv", async () => {
  const dataset = await open("my-own-timeline.csv");

  it("takes the title row and reads all 10 event rows, none in a group", () => {
    expect(dataset.title).toBe("MY OWN CSV");
    expect(dataset.description).toBe(
      "In this sample timeline, we'll walk you through what TimelineJS can do by looking at some of the more important contributions women have made to computer science.",
    );
    expect(dataset.warnings).toEqual([]);
    expect(dataset.events).toHaveLength(10);
    expect(dataset.events.filter((event) => event.group !== undefined)).toEqual([]);
    expect(dataset.eras).toEqual([]);
  });

  it("reads its dates", () => {
    expect(dataset.events.map((event) => formatWhen(event.when))).toEqual([
      "10 Dec 1815 – 27 Nov 1852",
      "5 Jun 1943",
      "July 1943 – December 1946",
      "14 Mar 1948",
      "1951",
      "1952",
      "1956–1962",
      "1958",
      "1972",
      "1985",
    ]);
    expect(byId(dataset, "grace-hopper-invents-the-compiler").citation).toEqual({
      title:
        "An audio biography of Grace Hopper produced by Innovation Hub, originally published December 08, 2017.",
      url: "https://soundcloud.com/innovationhub/grace-hopper-the-life-of-a-coding-pioneer",
      credit: "Innovation Hub",
    });
  });
});

// parser_test.csv: a CSV from TimelineJS's parser tests (title,count,description), not a sheet.
describe("parser_test.csv", () => {
  it("is refused: its columns are not TimelineJS's", async () => {
    const error: unknown = await open("parser_test.csv").then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).message).toBe("The file parser_test.csv is not valid.");
    expect((error as DatasetError).problems).toEqual([
      "row 1: the columns are not TimelineJS's; its spreadsheet template has Year, Month, Day, " +
        "Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, " +
        "Media Credit, Media Caption, Media Thumbnail, Type, Group, Background (Year and Headline at least)",
    ]);
  });
});
