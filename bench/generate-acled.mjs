// A deterministic synthetic ACLED export for the benchmark: ACLED's full column set and names,
// shaped like its conflict data (2018–2024, about fifty countries, mostly day-precise dates,
// notes of a few sentences), every place, actor and note made up. Same seed, same bytes.
// Usage: node bench/generate-acled.mjs [size]   (default 1000000; writes bench/.data/acled-<size>.csv)
import { closeSync, mkdirSync, openSync, statSync, writeSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import countries from "i18n-iso-countries";
import { DATA_DIR, mulberry32, SEED } from "./generate-dataset.mjs";

export const ACLED_COLUMNS = [
  "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
  "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
  "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
  "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
  "fatalities", "tags", "timestamp",
]; // prettier-ignore

// ACLED's regions, each with countries it codes there (alpha-2), most active first within a
// region. Numeric codes and names come from i18n-iso-countries, not from a table typed here.
const REGIONS = {
  "Eastern Europe": ["UA", "RU", "BY", "MD"],
  "Middle East": ["SY", "YE", "IQ", "PS", "LB", "IR", "IL", "TR", "JO", "SA"],
  "South Asia": ["IN", "PK", "AF", "BD", "NP", "LK"],
  "Southeast Asia": ["MM", "PH", "ID", "TH", "MY", "KH"],
  "Western Africa": ["NG", "BF", "ML", "NE", "CM", "GH", "CI"],
  "Eastern Africa": ["SO", "SS", "ET", "KE", "UG"],
  "Middle Africa": ["CD", "CF", "TD"],
  "Northern Africa": ["SD", "LY", "EG", "DZ", "TN"],
  "Southern Africa": ["ZA", "MZ", "ZW"],
  "Central America": ["MX", "GT", "HN"],
  "South America": ["BR", "CO", "VE", "PE", "CL", "AR"],
}; // prettier-ignore

// ACLED's event types and their sub-event types, with rough shares of its recent data.
const EVENT_TYPES = [
  { type: "Protests", disorder: "Demonstrations", share: 0.34, subs: ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"], fatal: 0 },
  { type: "Battles", disorder: "Political violence", share: 0.2, subs: ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"], fatal: 0.55 },
  { type: "Explosions/Remote violence", disorder: "Political violence", share: 0.19, subs: ["Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED", "Grenade", "Suicide bomb"], fatal: 0.35 },
  { type: "Violence against civilians", disorder: "Political violence", share: 0.13, subs: ["Attack", "Abduction/forced disappearance", "Sexual violence"], fatal: 0.5 },
  { type: "Riots", disorder: "Demonstrations", share: 0.08, subs: ["Violent demonstration", "Mob violence"], fatal: 0.1 },
  { type: "Strategic developments", disorder: "Strategic developments", share: 0.06, subs: ["Arrests", "Looting/property destruction", "Change to group/activity", "Agreement", "Disrupted weapons use", "Headquarters or base established", "Non-violent transfer of territory", "Other"], fatal: 0 },
]; // prettier-ignore

const SYLLABLES = [
  "ka", "ra", "mo", "li", "su", "ten", "bar", "do", "ni", "zar", "vel", "ha", "mir", "to", "qa",
  "len", "pu", "sa", "gor", "an", "del", "ku", "ro", "ba", "shi", "ver", "na", "tam", "el", "zo",
]; // prettier-ignore
const GROUP_WORDS = ["Liberation", "Popular", "Patriotic", "Unity", "Defence", "Revolutionary"];
const GROUP_KINDS = ["Front", "Army", "Movement", "Brigade", "Council", "Militia"];
const SOURCES = [
  "Local Gazette", "Regional Radio", "National Wire", "Morning Courier", "Evening Bulletin",
  "Community Monitor", "Partner Network", "Field Observer", "Daily Herald", "Social media",
]; // prettier-ignore
const SCALES = [
  "National",
  "Subnational",
  "Regional",
  "International",
  "Local partner-National",
  "New media",
];
const WORDS = [
  "residents", "reported", "that", "forces", "the", "town", "near", "market", "road", "district",
  "officials", "said", "after", "clashes", "continued", "overnight", "several", "houses", "were",
  "damaged", "and", "local", "sources", "confirmed", "a", "group", "of", "armed", "men", "in",
  "the", "area", "around", "checkpoint", "village", "police", "responded", "to", "crowd",
]; // prettier-ignore

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2018, 0, 1);
const LAST_DAY = Date.UTC(2024, 11, 31);
const ROWS_PER_WRITE = 5_000;

function random(size, seed) {
  const next = mulberry32(seed ^ size ^ 0xac1ed);
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  // Zipf-like: item i has weight 1 / (i + 1), as a few countries dominate ACLED's data.
  const zipf = (list) => list[Math.min(list.length - 1, Math.floor(list.length ** next()) - 1)];
  return { next, int, pick, zipf };
}

/** The countries, most active first, each with its ISO numeric code, alpha-3, name and region. */
function countryList() {
  const byRegion = Object.entries(REGIONS).map(([region, codes]) =>
    codes.map((code) => ({
      code,
      iso: Number(countries.alpha2ToNumeric(code)),
      alpha3: countries.alpha2ToAlpha3(code),
      name: countries.getName(code, "en"),
      region,
      // A made-up centre, so one country's events cluster on a map as real ones do.
      lat: 0,
      lon: 0,
    })),
  );
  // Interleaved by rank, so the Zipf draw favours each region's most active country.
  const list = [];
  for (let rank = 0; byRegion.some((codes) => rank < codes.length); rank++) {
    for (const codes of byRegion) if (rank < codes.length) list.push(codes[rank]);
  }
  return list;
}

const MONTHS =
  "January February March April May June July August September October November December".split(
    " ",
  );

/** "2021-08-15" as ACLED's notes write it: "15 August 2021". */
function inWords(day) {
  return `${Number(day.slice(8))} ${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}

function cell(value) {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A made-up place name of two or three syllables. */
function placeName(r) {
  const name = Array.from({ length: r.int(2, 3) }, () => r.pick(SYLLABLES)).join("");
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Who acts and on whom, with ACLED's names for the kinds of actor (`inter1`, `inter2`). */
function sidesOf(type, sub, country, r) {
  const state = `Military Forces of ${country.name} (2019-)`;
  const police = `Police Forces of ${country.name} (2019-)`;
  const militia = r.pick(country.militias);
  const civilians = `Civilians (${country.name})`;
  switch (type) {
    case "Protests":
      return sub === "Peaceful protest"
        ? [`Protesters (${country.name})`, "Protesters", "", ""]
        : [`Protesters (${country.name})`, "Protesters", police, "State forces"];
    case "Riots":
      return r.next() < 0.5
        ? [`Rioters (${country.name})`, "Rioters", civilians, "Civilians"]
        : [`Rioters (${country.name})`, "Rioters", police, "State forces"];
    case "Violence against civilians":
      return r.next() < 0.5
        ? [militia, "Political militia", civilians, "Civilians"]
        : [
            `Unidentified Armed Group (${country.name})`,
            "Political militia",
            civilians,
            "Civilians",
          ];
    case "Strategic developments":
      return r.next() < 0.5 ? [police, "State forces", "", ""] : [militia, "Rebel group", "", ""];
    default:
      return r.next() < 0.5
        ? [state, "State forces", militia, "Rebel group"]
        : [militia, "Rebel group", state, "State forces"];
  }
}

/** Writes acled-<size>.csv; returns its file name, path, bytes and how long it took. */
export function writeAcled(size, dir = DATA_DIR, seed = SEED) {
  const started = performance.now();
  const r = random(size, seed);
  const list = countryList();
  for (const country of list) {
    country.lat = r.int(-30_0000, 55_0000) / 1e4;
    country.lon = r.int(-100_0000, 140_0000) / 1e4;
    // Each country has its own admin areas and towns, so places repeat as they do in real data.
    country.admin1 = Array.from({ length: r.int(5, 20) }, () => `${placeName(r)} Province`);
    country.towns = Array.from({ length: 60 }, () => placeName(r));
    country.militias = Array.from(
      { length: 6 },
      () => `${r.pick(GROUP_WORDS)} ${r.pick(GROUP_KINDS)} of ${placeName(r)}`,
    );
  }
  const counters = new Map();
  // Conflict data grows year on year and comes in bursts (an offensive, an election).
  const bursts = Array.from({ length: 40 }, () => ({
    centre: FIRST_DAY + r.next() * (LAST_DAY - FIRST_DAY),
    days: r.int(3, 40),
  }));
  const dayOf = () => {
    const burst = r.next() < 0.3 ? r.pick(bursts) : undefined;
    const day = burst
      ? burst.centre + (r.next() - 0.5) * burst.days * DAY_MS
      : FIRST_DAY + r.next() ** 0.8 * (LAST_DAY - FIRST_DAY);
    return Math.min(LAST_DAY, Math.max(FIRST_DAY, Math.floor(day / DAY_MS) * DAY_MS));
  };
  const typeOf = () => {
    let roll = r.next();
    for (const type of EVENT_TYPES) if ((roll -= type.share) < 0) return type;
    return EVENT_TYPES[0];
  };

  mkdirSync(dir, { recursive: true });
  const file = `acled-${size}.csv`;
  const path = join(dir, file);
  const fd = openSync(path, "w");
  let chunk = `${ACLED_COLUMNS.join(",")}\n`;
  for (let i = 0; i < size; i++) {
    const country = r.zipf(list);
    const serial = (counters.get(country.code) ?? 0) + 1;
    counters.set(country.code, serial);
    const type = typeOf();
    const sub = r.pick(type.subs);
    const day = new Date(dayOf()).toISOString().slice(0, 10);
    const precisionRoll = r.next();
    const precision = precisionRoll < 0.85 ? 1 : precisionRoll < 0.96 ? 2 : 3;
    const [actor1, inter1, actor2, inter2] = sidesOf(type.type, sub, country, r);
    const assoc1 =
      r.next() < 0.15
        ? `${r.pick(["Students", "Teachers", "Farmers", "Labour Group"])} (${country.name})`
        : "";
    const assoc2 = r.next() < 0.05 ? `Journalists (${country.name})` : "";
    const admin1 = r.pick(country.admin1);
    const town = r.pick(country.towns);
    const admin2 = r.next() < 0.7 ? `${town} District` : admin1.replace(" Province", "");
    const location = r.next() < 0.1 ? `${town} Market` : town;
    const sources = r.next() < 0.3 ? `${r.pick(SOURCES)}; ${r.pick(SOURCES)}` : r.pick(SOURCES);
    const fatal = r.next() < type.fatal;
    const fatalities = fatal ? Math.floor(1 / (1 - r.next() * 0.98)) : 0;
    let notes = `On ${inWords(day)}, ${actor1}${actor2 ? ` and ${actor2}` : ""}: ${sub.toLowerCase()} in ${location} (${admin2}, ${admin1}).`;
    const length = r.int(150, 300);
    while (notes.length < length) {
      const words = Array.from({ length: r.int(6, 14) }, () => r.pick(WORDS)).join(" ");
      notes += ` ${words.charAt(0).toUpperCase()}${words.slice(1)}${r.next() < 0.3 ? `, "${r.pick(WORDS)}"` : ""}.`;
    }
    if (notes.length > 300) notes = `${notes.slice(0, 299).replace(/\s+\S*$/, "")}.`;
    notes += ` [${fatalities === 0 ? "no" : fatalities} fatalities]`;
    const row = [
      `${country.alpha3}${serial}`, day, day.slice(0, 4), precision, type.disorder, type.type, sub,
      actor1, assoc1, inter1, actor2, assoc2, inter2, inter2 ? `${inter1}-${inter2}` : `${inter1} only`,
      type.type === "Violence against civilians" ? "Civilian targeting" : "",
      country.iso, country.region, country.name, admin1, admin2, "", location,
      (country.lat + (r.next() - 0.5) * 4).toFixed(4), (country.lon + (r.next() - 0.5) * 4).toFixed(4),
      r.pick([1, 1, 1, 2, 3]), sources, r.pick(SCALES), notes, fatalities,
      type.type === "Protests" && r.next() < 0.4 ? "crowd size=no report" : "",
      Math.floor(Date.parse(day) / 1000) + r.int(86_400, 30 * 86_400),
    ]; // prettier-ignore
    chunk += `${row.map(cell).join(",")}\n`;
    if ((i + 1) % ROWS_PER_WRITE === 0) {
      writeSync(fd, chunk);
      chunk = "";
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
  return { size, file, path, bytes: statSync(path).size, ms: performance.now() - started };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const size = Number(process.argv[2] ?? 1_000_000);
  if (!Number.isInteger(size) || size < 1) {
    console.error(`The size must be a whole number of events, 1 or more: ${process.argv[2]}`);
    process.exit(1);
  }
  const info = writeAcled(size);
  console.log(
    `${info.file}: ${size.toLocaleString("en-US")} events, ${(info.bytes / 1e6).toFixed(1)} MB, ${(info.ms / 1000).toFixed(1)} s`,
  );
}
