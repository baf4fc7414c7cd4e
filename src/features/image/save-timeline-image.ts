import type { ShownView } from "../../domain/shown-view";
import { timelineImage, type TimelineImage } from "../../domain/timeline-image";

// For the printout too (app/print), so the image's code is in one chunk that both load.
export { timelineImage };

/** Wide enough for a social post's card and a printed page's width; PNGs are twice this. */
export const IMAGE_WIDTH = 1200;
const PNG_SCALE = 2;

/** Downloads the timeline as drawn (window, filters, selection) as an SVG or a PNG file. */
export async function saveTimelineImage(shown: ShownView, format: "svg" | "png"): Promise<void> {
  const image = timelineImage(shown, { width: IMAGE_WIDTH });
  const name = `${fileStem(shown.dataset.title)}-timeline.${format}`;
  const blob =
    format === "svg"
      ? new Blob([image.svg], { type: "image/svg+xml;charset=utf-8" })
      : await rasterise(image, PNG_SCALE);
  downloadBlob(blob, name);
}

/** The SVG drawn on a canvas at `scale` and encoded as PNG. */
export async function rasterise(image: TimelineImage, scale: number): Promise<Blob> {
  // A data: address, which the page's CSP allows for images (img-src 'self' data:); the SVG
  // refers to nothing outside itself, so the canvas stays readable.
  const picture = new Image();
  picture.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(image.svg)}`;
  await picture.decode();
  const canvas = document.createElement("canvas");
  canvas.width = image.width * scale;
  canvas.height = image.height * scale;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("This browser cannot draw on a canvas.");
  context.scale(scale, scale);
  context.drawImage(picture, 0, 0, image.width, image.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("The PNG could not be encoded."))),
      "image/png",
    ),
  );
}

function downloadBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; a moment later the address can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title, as the Export menu makes them: "Kabul, August 2021" → "kabul-august-2021". */
function fileStem(title: string): string {
  const stem = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return stem || "timeline";
}
