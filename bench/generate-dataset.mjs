// Deterministic synthetic datasets for the benchmark, in the app's dataset format (README, "Bring
// your own data"). Same seed, same bytes: every machine measures the same data.
// Usage: node bench/generate-dataset.mjs [--sizes 1000,10000,100000]   (writes bench/.data/)
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), ".data");
export const SEED = 20210819;

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2001, 0, 1);
const LAST_DAY = Date.UTC(2021, 11, 31);

// Weighted: the first entries come up most often, as a few countries and people dominate news.
const COUNTRIES = [
  "US", "AF", "RU", "CN", "GB", "FR", "DE", "UA", "IR", "IQ",
  "SY", "TR", "IN", "PK", "EG", "NG", "BR", "ZA", "JP", "MX",
]; // prettier-ignore
const KINDS = [
  "diplomacy", "conflict", "protest", "election", "disaster", "economy", "statement", "aid",
]; // prettier-ignore
const FIRST_NAMES = [
  "Amina", "Sergei", "Wang", "Claire", "Jürgen", "Olena", "Hassan", "Aylin", "Priya", "Imran",
  "Nadia", "Tomás", "Kwame", "Yuki", "Lucía", "Farid", "Ingrid", "Mateo", "Zainab", "Pierre",
]; // prettier-ignore
const SURNAMES = [
  "Okonkwo", "Lavrenko", "Zhao", "Marchetti", "Brandt", "Kovalenko", "Rahimi", "Demir", "Raman",
  "Qureshi", "Haddad", "Álvarez", "Mensah", "Tanaka", "Ferreira", "Karimi", "Lindqvist",
  "Moreau", "Abubakar", "Dubois", "Novak", "Sato", "Kaplan", "Whitfield", "Osei", "Petrov",
  "Nakamura", "Castillo", "Ndlovu", "Haider", "Eriksen", "Volkov", "Mbeki", "Rossi", "Yilmaz",
  "Chaudhry", "Morales", "Fischer", "Adeyemi", "Kim",
]; // prettier-ignore
const ACTOR_COUNT = 40;
const VERBS = [
  "announces", "rejects", "backs", "condemns", "opens", "suspends", "signs", "calls for",
  "delays", "confirms", "visits", "warns over",
]; // prettier-ignore
const NOUNS = [
  "ceasefire talks", "aid corridor", "border deal", "election result", "sanctions",
  "trade pact", "peace plan", "evacuation", "inquiry", "budget", "security pact", "relief fund",
]; // prettier-ignore
const CITIES = [
  "Kabul", "Moscow", "Beijing", "London", "Paris", "Berlin", "Kyiv", "Tehran", "Baghdad",
  "Ankara", "Delhi", "Cairo", "Lagos", "São Paulo", "Zürich", "Kraków", "Bogotá", "Doha",
]; // prettier-ignore
const WORDS = [
  "the", "minister", "said", "officials", "talks", "would", "continue", "forces", "region",
  "capital", "aid", "withdrew", "government", "agreement", "meeting", "spokesperson", "crisis",
  "border", "refugees", "according", "statement", "delegation", "negotiations", "week",
  "thursday", "ministry", "reported", "residents", "troops", "security", "humanitarian", "and",
  "of", "in", "to", "after", "before", "with", "that", "was", "were", "has", "had", "on",
]; // prettier-ignore
const PUBLISHERS = ["Wire Service", "Daily Record", "World Desk", "Evening Post", "Radio News"];
const NOTES = {
  relative: "The source says “on Thursday”.",
  inferred: "Inferred from the reports around it.",
  external: "Date from an outside chronology.",
};

/** mulberry32: a small, fast, well-spread 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function helpers(random) {
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  // Zipf-like: item i has weight 1 / (i + 1).
  const zipf = (list) => {
    const total = list.reduce((sum, _item, i) => sum + 1 / (i + 1), 0);
    let r = random() * total;
    for (let i = 0; i < list.length; i++) {
      r -= 1 / (i + 1);
      if (r < 0) return list[i];
    }
    return list[list.length - 1];
  };
  const gaussian = () => {
    const u = 1 - random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const distinct = (count, draw) => {
    const chosen = new Set();
    for (let guard = 0; chosen.size < count && guard < 50; guard++) chosen.add(draw());
    return [...chosen];
  };
  return { int, pick, zipf, gaussian, distinct };
}

const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const clampDay = (ms) => Math.min(LAST_DAY, Math.max(FIRST_DAY, Math.floor(ms / DAY_MS) * DAY_MS));
const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);
const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

/** ~1.5 KB of news-like sentences, with a few accented names and curly quotes. */
function sourceText(h, actors) {
  const sentences = [];
  let length = 0;
  while (length < 1500) {
    const words = Array.from({ length: h.int(8, 18) }, () => h.pick(WORDS));
    if (h.int(0, 2) === 0) words.splice(h.int(0, words.length), 0, h.pick(CITIES));
    if (h.int(0, 3) === 0) words.splice(h.int(0, words.length), 0, h.pick(actors));
    let sentence = capitalise(words.join(" ")) + ".";
    if (h.int(0, 5) === 0) sentence = `“${sentence}”`;
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  return sentences.join(" ");
}

/** Where each word of a text starts (UTF-16 offsets). */
function wordStarts(text) {
  const starts = [0];
  for (let i = 1; i < text.length; i++) if (text[i - 1] === " ") starts.push(i);
  return starts;
}

/** A quote of 4–8 words starting at a word boundary, with its UTF-16 offsets. */
function quoteFrom(h, text, starts) {
  const first = h.int(0, Math.max(0, starts.length - 9));
  const words = h.int(4, 8);
  const start = starts[first];
  const end = first + words < starts.length ? starts[first + words] - 1 : text.length;
  return { start, end, exact: text.slice(start, end) };
}

/**
 * One dataset of `size` events. Returns it with `searchWord`: the most common actor's surname,
 * a word that matches a good share (not all) of the events.
 */
export function generateDataset(size, seed = SEED) {
  const random = mulberry32(seed ^ size);
  const h = helpers(random);
  const actors = Array.from(
    { length: ACTOR_COUNT },
    (_, i) => `${FIRST_NAMES[i % FIRST_NAMES.length]} ${SURNAMES[i]}`,
  );

  const sourceCount = Math.max(10, Math.round(size / 100));
  const sources = Array.from({ length: sourceCount }, (_, i) => {
    const id = `s-${String(i + 1).padStart(4, "0")}`;
    return {
      id,
      title: `${capitalise(h.pick(NOUNS))} in ${h.pick(CITIES)}: report ${i + 1}`,
      publisher: h.pick(PUBLISHERS),
      url: `https://example.org/news/${id}`,
      publishedAt: isoDay(clampDay(FIRST_DAY + random() * (LAST_DAY - FIRST_DAY))),
      text: sourceText(h, actors),
    };
  });

  const starts = new Map(sources.map((source) => [source, wordStarts(source.text)]));

  // News is bursty: about 40 % of events fall in a few dense clusters (one in August 2021, in
  // the initial window), the rest spread out, thicker in later years.
  const clusters = [
    { centre: Date.UTC(2021, 7, 15), sigmaDays: 6 },
    ...Array.from({ length: 14 }, () => ({
      centre: FIRST_DAY + random() * (LAST_DAY - FIRST_DAY),
      sigmaDays: h.int(2, 30),
    })),
  ];
  const startOf = () => {
    if (random() < 0.4) {
      const cluster = h.pick(clusters);
      return clampDay(cluster.centre + h.gaussian() * cluster.sigmaDays * DAY_MS);
    }
    return clampDay(FIRST_DAY + random() ** 0.7 * (LAST_DAY - FIRST_DAY));
  };

  const events = Array.from({ length: size }, (_, i) => {
    const eventActors = h.distinct(h.int(1, 2), () => h.zipf(actors));
    const countries = h.distinct(h.int(1, 3), () => h.zipf(COUNTRIES));
    const surname = eventActors[0].split(" ").slice(1).join(" ");
    const country = regionNames.of(countries[0]);

    let start = startOf();
    const when = {};
    const roll = random();
    if (roll < 0.07) {
      const d = new Date(start);
      start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
      when.precision = "month";
    } else if (roll < 0.1) {
      start = Date.UTC(new Date(start).getUTCFullYear(), 0, 1);
      when.precision = "year";
    }
    when.start = isoDay(start);
    if (!when.precision && random() < 0.1) {
      when.end = isoDay(Math.min(LAST_DAY, start + h.int(3, 120) * DAY_MS));
    }
    if (random() < 0.1) when.approximate = true;
    const basisRoll = random();
    const basis =
      basisRoll < 0.08
        ? "relative"
        : basisRoll < 0.15
          ? "inferred"
          : basisRoll < 0.2
            ? "external"
            : "";
    if (basis) Object.assign(when, { basis, note: NOTES[basis] });

    const source = sources[Math.floor(random() * sources.length)];
    const quote = { sourceId: source.id, ...quoteFrom(h, source.text, starts.get(source)) };
    if (random() < 0.5) quote.speaker = eventActors[0];

    return {
      id: `e-${String(i + 1).padStart(6, "0")}`,
      title: `${surname} ${h.pick(VERBS)} ${h.pick(NOUNS)} in ${h.pick(CITIES)}`,
      summary:
        `${eventActors.join(" and ")}: ${h.pick(VERBS)} ${h.pick(NOUNS)} in ${country}, ` +
        `officials in ${h.pick(CITIES)} say.`,
      kind: h.pick(KINDS),
      countries,
      actors: eventActors,
      when,
      quotes: [quote],
    };
  });

  const dataset = {
    version: 1,
    title: `Synthetic benchmark: ${size.toLocaleString("en-US")} events`,
    description: `Generated by bench/generate-dataset.mjs (seed ${seed}).`,
    initialWindow: { from: "2021-01-01", to: "2021-12-31" },
    sources,
    events,
  };
  const searchWord = SURNAMES[0].toLowerCase();
  return { dataset, searchWord };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value) => ISO_DATE.test(value) && isoDay(Date.parse(value)) === value;

/**
 * The app's rules (src/data/dataset-schema.ts and build-dataset.ts), checked again here so a
 * change to the generator cannot silently benchmark the error page. Throws on any problem.
 */
export function validateDataset(dataset) {
  const problems = [];
  const texts = new Map();
  for (const source of dataset.sources) {
    if (texts.has(source.id)) problems.push(`source ${source.id} is used twice`);
    if (typeof source.text !== "string" || source.textUrl !== undefined)
      problems.push(`source ${source.id} must have inline text and no textUrl`);
    if (!isDay(source.publishedAt)) problems.push(`source ${source.id} publishedAt`);
    if (!/^https?:\/\//.test(source.url)) problems.push(`source ${source.id} url`);
    if (!source.title.trim()) problems.push(`source ${source.id} title`);
    texts.set(source.id, source.text);
  }
  const ids = new Set();
  for (const event of dataset.events) {
    const at = `event ${event.id}`;
    if (!SLUG.test(event.id) || ids.has(event.id)) problems.push(`${at}: id`);
    ids.add(event.id);
    if (!event.title.trim()) problems.push(`${at}: title`);
    if (!isDay(event.when.start)) problems.push(`${at}: start`);
    if (
      event.when.end !== undefined &&
      (!isDay(event.when.end) || event.when.end < event.when.start)
    )
      problems.push(`${at}: end`);
    for (const code of event.countries)
      if (!regionNames.of(code)) problems.push(`${at}: country ${code}`);
    if (event.quotes.length !== 1) problems.push(`${at}: needs exactly one quote`);
    for (const quote of event.quotes) {
      const text = texts.get(quote.sourceId);
      if (text === undefined) problems.push(`${at}: unknown source ${quote.sourceId}`);
      else if (
        !quote.exact ||
        quote.end <= quote.start ||
        quote.end > text.length ||
        text.slice(quote.start, quote.end) !== quote.exact
      )
        problems.push(`${at}: quote offsets ${quote.start}–${quote.end} do not match its source`);
    }
  }
  if (problems.length > 0) {
    throw new Error(
      `generated dataset breaks the app's rules:\n  ${problems.slice(0, 20).join("\n  ")}`,
    );
  }
}

/** Generates, validates and writes events-<size>.json for each size; returns their details. */
export function writeDatasets(sizes, dir = DATA_DIR) {
  mkdirSync(dir, { recursive: true });
  return sizes.map((size) => {
    const { dataset, searchWord } = generateDataset(size);
    validateDataset(dataset);
    const file = `events-${size}.json`;
    const json = JSON.stringify(dataset);
    writeFileSync(join(dir, file), json);
    return {
      size,
      file,
      bytes: Buffer.byteLength(json),
      sources: dataset.sources.length,
      searchWord,
    };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = process.argv.indexOf("--sizes");
  const sizes = arg > 0 ? process.argv[arg + 1].split(",").map(Number) : [1000, 10000, 100000];
  for (const info of writeDatasets(sizes)) {
    console.log(`${info.file}: ${info.sources} sources, ${(info.bytes / 1e6).toFixed(1)} MB`);
  }
}
