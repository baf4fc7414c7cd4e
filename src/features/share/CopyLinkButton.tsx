import { lazy, Suspense, useEffect, useRef, useState, type ComponentProps } from "react";
import { formatCount } from "../../domain/count";
import { PaneBoundary } from "../../ui/PaneBoundary";
import type * as WarningModule from "./LocalFileWarning";

// The warning is for a file opened from this computer only: it loads when one is open, so it is
// there by the time Copy link is pressed, and the built-in view never loads it.
let loaded: typeof WarningModule | undefined;
let loading: Promise<typeof WarningModule> | undefined;
const loadWarning = () =>
  (loading ??= import("./LocalFileWarning").then((module) => (loaded = module)));
const PendingWarning = lazy(() =>
  loadWarning().then(({ LocalFileWarning }) => ({ default: LocalFileWarning })),
);

function Warning(props: ComponentProps<typeof WarningModule.LocalFileWarning>) {
  if (loaded) return <loaded.LocalFileWarning {...props} />;
  return (
    <PaneBoundary name="The warning about this link">
      <Suspense fallback={null}>
        <PendingWarning {...props} />
      </Suspense>
    </PaneBoundary>
  );
}

type Status = "idle" | "warning" | "copied" | "failed" | "export-failed";

interface CopyLinkButtonProps {
  readonly url: string;
  /** Set when the open dataset is a file in this browser: its link opens nowhere else. */
  readonly localFile?: { readonly name: string; readonly kept: boolean; readonly events: number };
  /** Downloads the whole dataset, the way to share a local file. */
  readonly onExport: () => Promise<void>;
}

/** Copies the canonical link to this exact view, and says so; warns first when it cannot travel. */
export function CopyLinkButton({ url, localFile, onExport }: CopyLinkButtonProps) {
  const [status, setStatus] = useState<Status>("idle");
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (status !== "copied") return;
    const timer = setTimeout(() => setStatus("idle"), 2500);
    return () => clearTimeout(timer);
  }, [status]);
  const cancel = () => {
    setStatus("idle");
    buttonRef.current?.focus();
  };
  const local = localFile !== undefined;
  useEffect(() => {
    if (local) void loadWarning().catch(() => undefined);
  }, [local]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
    buttonRef.current?.focus();
  };
  const exportInstead = async () => {
    try {
      await onExport();
      setStatus("idle");
    } catch {
      setStatus("export-failed");
    }
    buttonRef.current?.focus();
  };
  return (
    <div className="share">
      <button
        type="button"
        className="button button--primary"
        ref={buttonRef}
        onClick={() => (localFile && status !== "warning" ? setStatus("warning") : void copy())}
      >
        Copy link
      </button>
      <span className="share__status" role="status">
        {status === "copied" ? "Link copied" : ""}
        {status === "export-failed" ? "The export failed; reload the page and try again." : ""}
      </span>
      {status === "warning" && localFile && (
        <Warning
          localFile={{ ...localFile, events: formatCount(localFile.events) }}
          onExport={() => void exportInstead()}
          onCopy={() => void copy()}
          onCancel={cancel}
        />
      )}
      {status === "failed" && (
        <label className="share__fallback">
          Copying was blocked; copy this link by hand:
          <input readOnly value={url} onFocus={(event) => event.target.select()} />
        </label>
      )}
    </div>
  );
}
