/** What the reader chose in the Embed dialog for the embed's first view. */
export interface EmbedChoices {
  readonly atEvent: boolean;
  readonly keepFilters: boolean;
  readonly keepWindow: boolean;
  /** The iframe's height before its first resize message, in px. */
  readonly height: number;
  /** The frame's name in the host's hash (`#<name>=<id>`); empty for `#sourceline=`. */
  readonly name: string;
}

export const DEFAULT_HEIGHT = 640;
export const MIN_HEIGHT = 200;
export const MAX_HEIGHT = 4000;

const FILTER_PARAMS = new Set(["country", "group", "source", "q"]);
const WINDOW_PARAMS = new Set(["from", "to"]);

/** The height the code uses: whole px within range, or the default for anything unreadable. */
export function embedHeight(value: string | number): number {
  const height = typeof value === "number" ? value : Number(value.trim() || Number.NaN);
  if (!Number.isFinite(height)) return DEFAULT_HEIGHT;
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(height)));
}

/** A name usable as a hash key: letters, digits, `-` and `_` only, at most 40 characters. */
export function embedName(value: string): string {
  return value
    .trim()
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
}

/** Whether a view's dataset can be loaded by another page (not a file kept in this browser). */
export function isShareableData(data: string | undefined): boolean {
  return data === undefined || !data.toLowerCase().startsWith("local:");
}

/** The embed's address: the view's own address with `embed=1` and only the chosen parameters. */
export function embedSource(address: string, choices: EmbedChoices): string {
  const url = new URL(address);
  const kept = new URLSearchParams();
  for (const [key, value] of url.searchParams) {
    if (key === "embed") continue;
    if (key === "event" && !choices.atEvent) continue;
    if (FILTER_PARAMS.has(key) && !choices.keepFilters) continue;
    if (WINDOW_PARAMS.has(key) && !choices.keepWindow) continue;
    kept.append(key, value);
  }
  const rest = kept.toString();
  return `${url.origin}${url.pathname}?embed=1${rest ? `&${rest}` : ""}`;
}

/** The app's folder, where embed.js is served beside index.html. */
export function appFolder(address: string): string {
  const url = new URL(address);
  return `${url.origin}${url.pathname.replace(/[^/]*$/, "")}`;
}

const attribute = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The HTML a host page pastes: the frame and the script that sizes it and mirrors its event. */
export function embedCode(address: string, datasetTitle: string, choices: EmbedChoices): string {
  const name = embedName(choices.name);
  const frame = [
    `<iframe data-sourceline${name ? `="${name}"` : ""}`,
    `src="${attribute(embedSource(address, choices))}"`,
    `title="${attribute(`${datasetTitle} — Sourceline timeline`)}"`,
    `width="100%" height="${embedHeight(choices.height)}" style="border:0" loading="lazy"></iframe>`,
  ].join(" ");
  return `${frame}\n<script src="${attribute(appFolder(address))}embed.js" defer></script>`;
}
