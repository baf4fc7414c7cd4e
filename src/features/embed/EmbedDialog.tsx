import { useId, useRef, useState, type ReactNode } from "react";
import type { ShownView } from "../../domain/shown-view";
import { useFocusTrap } from "../../ui/use-focus-trap";
import { DEFAULT_HEIGHT, embedCode, embedHeight, isShareableData } from "./embed-code";
import "./embed-dialog.css";

type Copy = "idle" | "copied" | "refused";

/** "Embed this timeline": the code for a host page, built from the view as shown. */
export default function EmbedDialog({
  shown,
  onClose,
}: {
  readonly shown: ShownView;
  readonly onClose: () => void;
}) {
  const titleId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const opener = useRef(document.activeElement);
  const close = () => {
    onClose();
    if (opener.current instanceof HTMLElement) opener.current.focus();
  };
  useFocusTrap(true, rootRef, close);

  const selected = shown.dataset.events.find((event) => event.id === shown.selectedId);
  const filters = [
    ...shown.countries,
    ...shown.groups,
    ...(shown.sources ?? []),
    ...(shown.query.trim() ? [`“${shown.query.trim()}”`] : []),
  ];
  const [atEvent, setAtEvent] = useState(selected !== undefined);
  const [keepFilters, setKeepFilters] = useState(filters.length > 0);
  const [keepWindow, setKeepWindow] = useState(true);
  const [height, setHeight] = useState(String(DEFAULT_HEIGHT));
  const [name, setName] = useState("");
  const [copy, setCopy] = useState<Copy>("idle");
  const code = embedCode(shown.address, shown.dataset.title, {
    atEvent,
    keepFilters,
    keepWindow,
    height: embedHeight(height),
    name,
  });
  const changed =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setCopy("idle");
    };
  const copyCode = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopy("copied");
    } catch {
      setCopy("refused");
      codeRef.current?.focus();
      codeRef.current?.select();
    }
  };

  return (
    <div className="embed-dialog__backdrop">
      <div
        className="embed-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        ref={rootRef}
      >
        <h2 id={titleId}>Embed this timeline</h2>
        {!isShareableData(shown.data) && (
          <p className="embed-dialog__note" role="note">
            This dataset was opened from a file in this browser, so no other page can load it. To
            embed it, put the dataset at a public address and open it from there.
          </p>
        )}
        <fieldset>
          <legend>The embed opens</legend>
          <Option checked={atEvent} disabled={!selected} onChange={changed(setAtEvent)}>
            {selected
              ? `Open at the selected event (${selected.title})`
              : "Open at the selected event (none is selected)"}
          </Option>
          <Option
            checked={keepFilters}
            disabled={filters.length === 0}
            onChange={changed(setKeepFilters)}
          >
            {filters.length > 0
              ? `Keep the filters (${filters.join(", ")})`
              : "Keep the filters (none are set)"}
          </Option>
          <Option checked={keepWindow} onChange={changed(setKeepWindow)}>
            Keep the time window
          </Option>
        </fieldset>
        <div className="embed-dialog__fields">
          <label>
            Height (px)
            <input
              type="number"
              min={200}
              max={4000}
              step={10}
              value={height}
              onChange={(e) => changed(setHeight)(e.target.value)}
            />
          </label>
          <label>
            Name (optional, for several timelines on one page)
            <input
              type="text"
              value={name}
              maxLength={40}
              onChange={(e) => changed(setName)(e.target.value)}
            />
          </label>
        </div>
        <label htmlFor={`${titleId}-code`}>Code to paste into your page</label>
        <textarea id={`${titleId}-code`} ref={codeRef} readOnly value={code} rows={6} />
        <div className="embed-dialog__actions">
          <button type="button" className="button button--primary" onClick={() => void copyCode()}>
            Copy code
          </button>
          <button type="button" className="button" onClick={close}>
            Close
          </button>
          <span role="status">
            {copy === "copied" && "Copied"}
            {copy === "refused" &&
              "Copying was refused: the code is selected, press Ctrl+C (⌘C) to copy it."}
          </span>
        </div>
      </div>
    </div>
  );
}

function Option({
  checked,
  disabled = false,
  onChange,
  children,
}: {
  readonly checked: boolean;
  readonly disabled?: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly children: ReactNode;
}) {
  return (
    <label className="embed-dialog__option">
      <input
        type="checkbox"
        checked={checked && !disabled}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span>{children}</span>
    </label>
  );
}
