import { useEffect, useState } from "react";

type Status = "idle" | "copied" | "failed";

/** Copies the canonical link to this exact view, and says so. */
export function CopyLinkButton({ url }: { url: string }) {
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
      <button type="button" className="button button--primary" onClick={() => void copy()}>
        Copy link
      </button>
      <span className="share__status" role="status">
        {status === "copied" ? "Link copied" : ""}
      </span>
      {status === "failed" && (
        <label className="share__fallback">
          Copying was blocked; copy this link by hand:
          <input readOnly value={url} onFocus={(event) => event.target.select()} />
        </label>
      )}
    </div>
  );
}
