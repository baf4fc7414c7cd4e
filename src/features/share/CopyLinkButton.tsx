import { useEffect, useState } from "react";

type Status = "idle" | "warning" | "copied" | "failed";

interface CopyLinkButtonProps {
  readonly url: string;
  /** Set when the open dataset is a file kept in this browser: its link opens nowhere else. */
  readonly localFile?: string;
  /** Downloads the shown data, the way to share a local file. */
  readonly onExport: () => void;
}

/** Copies the canonical link to this exact view, and says so; warns first when it cannot travel. */
export function CopyLinkButton({ url, localFile, onExport }: CopyLinkButtonProps) {
  const [status, setStatus] = useState<Status>("idle");
  useEffect(() => {
    if (status !== "copied") return;
    const timer = setTimeout(() => setStatus("idle"), 2500);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  };
  return (
    <div className="share">
      <button
        type="button"
        className="button button--primary"
        onClick={() => (localFile && status !== "warning" ? setStatus("warning") : void copy())}
      >
        Copy link
      </button>
      <span className="share__status" role="status">
        {status === "copied" ? "Link copied" : ""}
      </span>
      {status === "warning" && localFile && (
        <div className="share__warning" role="alert">
          <p>
            This link only opens {localFile} in this browser: the file is kept here, not online. To
            share the data, export it and send the file.
          </p>
          <button
            type="button"
            className="button button--small button--primary"
            onClick={() => {
              onExport();
              setStatus("idle");
            }}
          >
            Export the data instead
          </button>{" "}
          <button type="button" className="button button--small" onClick={() => void copy()}>
            Copy the link anyway
          </button>
        </div>
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
