import { useCallback, useRef, useState } from "react";
import { DatasetError } from "../data/dataset-error";
import { datasetQueryOptions } from "../data/dataset-query";
import { LOCAL_PREFIX } from "../data/local-address";
import type { Dataset } from "../domain/types";
import type { FileStatusState } from "../features/files/FileStatus";
import { useLoadStore } from "./use-load";

/**
 * Opens a file the user chose or dropped: read and checked first, so a file that cannot be shown
 * leaves the open dataset as it was; then kept in this browser and opened through the URL
 * (`data=local:<id>`), so Back returns to the previous dataset and a reload reopens the file.
 */
export function useOpenFile(onOpened: (data: string, kept: boolean, dataset: Dataset) => void) {
  const loads = useLoadStore();
  const [state, setState] = useState<FileStatusState>({ status: "idle" });
  const latest = useRef(0);
  const reading = useRef<AbortController | undefined>(undefined);

  const open = useCallback(
    async (file: File) => {
      const attempt = ++latest.current;
      // A later choice ends the reading of an earlier one (its Worker too).
      reading.current?.abort();
      const controller = new AbortController();
      reading.current = controller;
      const fail = (message: string, problems: readonly string[] = []) => {
        if (attempt === latest.current) {
          setState({ status: "failed", name: file.name, message, problems });
        }
      };
      setState({ status: "reading", name: file.name });
      let dataset: Dataset;
      let text: string | undefined;
      try {
        // Loaded with the first file opened: the built-in view never reads one.
        const { readOpenedFile } = await import("./read-opened-file");
        ({ dataset, text } = await readOpenedFile(file, controller.signal));
      } catch (error) {
        if (controller.signal.aborted) return;
        if (error instanceof DatasetError) fail(error.message, error.problems);
        else fail(`${file.name} could not be opened.`, [describe(error)]);
        return;
      }
      if (attempt !== latest.current) return;
      let data: string;
      let kept = true;
      try {
        // Loaded with the first file opened: the built-in view never keeps one.
        const { saveLocalFile } = await import("../data/local-files");
        // An export read as it streamed has no one text to keep: it is open for this visit.
        if (text === undefined) throw new Error("Too large to keep.");
        data = await saveLocalFile(file.name, text);
      } catch {
        // Opened all the same, for this visit only: the page says it will not survive a reload.
        data = `${LOCAL_PREFIX}unsaved-${Date.now().toString(36)}`;
        kept = false;
      }
      // Another file was chosen while this one was being kept: the later choice wins.
      if (attempt !== latest.current) return;
      loads.set(datasetQueryOptions(data).key, dataset);
      setState({ status: "idle" });
      onOpened(data, kept, dataset);
    },
    [loads, onOpened],
  );
  const dismiss = useCallback(() => setState({ status: "idle" }), []);
  // Stops reading the file; the open timeline was never left, so there is nothing to go back to.
  const cancel = useCallback(() => {
    latest.current++;
    reading.current?.abort();
    setState({ status: "idle" });
  }, []);
  return { state, open, dismiss, cancel };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
