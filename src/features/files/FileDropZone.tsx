import { useEffect, useState } from "react";

/**
 * Lets a file be dropped anywhere on the page, and says what dropping will do while one is
 * dragged over it. Dragging text or links within the page is left alone, and so are drops on
 * an element marked `data-own-drop`, which handles them itself.
 */
export function FileDropZone({ onFile }: { onFile: (file: File) => void }) {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    // A place that takes files of its own (a source being added) is left to do so.
    const ownDrop = (event: DragEvent) =>
      event.target instanceof Element && event.target.closest("[data-own-drop]") !== null;
    const carriesFiles = (event: DragEvent) =>
      Array.from(event.dataTransfer?.types ?? []).includes("Files") && !ownDrop(event);
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser opens the file itself, leaving the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      depth = 0;
      setDragging(false);
      if (!carriesFiles(event)) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file) onFile(file);
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, [onFile]);
  if (!dragging) return null;
  return (
    <div className="drop-zone" role="status">
      <p>Drop a JSON or CSV file to open it</p>
    </div>
  );
}
