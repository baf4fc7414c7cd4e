import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { FileDropZone } from "../../../src/features/files/FileDropZone";

function dropOn(target: Element, file: File) {
  const dataTransfer = { types: ["Files"], files: [file], dropEffect: "none" };
  fireEvent.dragEnter(target, { dataTransfer });
  fireEvent.dragOver(target, { dataTransfer });
  fireEvent.drop(target, { dataTransfer });
}

describe("the page's drop zone", () => {
  it("opens a file dropped anywhere on the page", () => {
    const onFile = vi.fn();
    render(
      <>
        <FileDropZone onFile={onFile} />
        <p>The page</p>
      </>,
    );
    const file = new File(["{}"], "timeline.json");
    dropOn(screen.getByText("The page"), file);
    expect(onFile).toHaveBeenCalledWith(file);
  });

  it("leaves a drop on a place that takes files of its own (a source being added) to it", () => {
    const onFile = vi.fn();
    render(
      <>
        <FileDropZone onFile={onFile} />
        <form aria-label="Add a source" data-own-drop>
          <p>Drop a source here</p>
        </form>
      </>,
    );
    dropOn(screen.getByText("Drop a source here"), new File(["text"], "article.html"));
    expect(onFile).not.toHaveBeenCalled();
    expect(screen.queryByText("Drop a JSON or CSV file to open it")).not.toBeInTheDocument();
  });
});
