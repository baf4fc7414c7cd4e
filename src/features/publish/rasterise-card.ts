/**
 * Draws an SVG (an event's preview card) into a PNG of the given size with the browser's own
 * renderer: an `Image` from a `data:` URL (the page's CSP allows `img-src data:`), painted on a
 * canvas. Throws with a reason when the image will not decode or the canvas will not encode.
 */
export async function rasteriseSvg(
  svg: string,
  width: number,
  height: number,
): Promise<Uint8Array> {
  // An SVG drawn from an <img> uses the fonts the page has: wait until they are ready, or the
  // first cards would be drawn in a fallback face.
  await document.fonts.ready;
  const image = new Image(width, height);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  try {
    await image.decode();
  } catch {
    throw new Error("its picture could not be read");
  }
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("this browser gave no canvas to draw on");
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) throw new Error("the browser could not save the drawing as PNG");
  return new Uint8Array(await blob.arrayBuffer());
}
