/**
 * Sizes a canvas for the screen's pixel density and clears it, ready to draw in CSS pixels; no
 * context where canvases are not drawn (jsdom). Blurry on a high-density screen otherwise.
 */
export function sharpCanvas(
  canvas: HTMLCanvasElement | null,
  width: number,
  height: number,
): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } | undefined {
  const context = canvas?.getContext?.("2d");
  if (!canvas || !context) return undefined;
  const ratio = globalThis.devicePixelRatio || 1;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  return { canvas, context };
}
