import { lazy, Suspense, useId, useRef, useState } from "react";
import type { ShownView } from "../../domain/shown-view";
import { useDismiss } from "../../ui/use-dismiss";

// Each tool loads when it is chosen: the page that only shows a timeline never pays for them.
const EmbedDialog = lazy(() => import("../../features/embed/EmbedDialog"));
const PublishDialog = lazy(() => import("../../features/publish/PublishDialog"));

type Open = "embed" | "publish" | undefined;

/** "Publish": embed the view in a page, publish a website, save an image, print. */
export function PublishMenu({ shown }: { readonly shown: ShownView }) {
  const [menu, setMenu] = useState(false);
  const [open, setOpen] = useState<Open>();
  const [status, setStatus] = useState("");
  const listId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useDismiss(
    menu,
    rootRef,
    (byEscape) => {
      if (byEscape) buttonRef.current?.focus();
      setMenu(false);
    },
    "inside",
  );
  const choose = (then: () => void) => {
    setMenu(false);
    buttonRef.current?.focus();
    then();
  };
  const saveImage = (format: "svg" | "png") =>
    choose(() => {
      setStatus(`Saving the timeline as ${format.toUpperCase()}…`);
      import("../../features/image/save-timeline-image")
        .then(({ saveTimelineImage }) => saveTimelineImage(shown, format))
        .then(
          () => setStatus(`The timeline was saved as ${format.toUpperCase()}.`),
          () => setStatus("The image could not be made; reload the page and try again."),
        );
    });
  const close = () => setOpen(undefined);
  return (
    <div className="export publish-menu" ref={rootRef}>
      <button
        type="button"
        className="button"
        ref={buttonRef}
        aria-expanded={menu}
        aria-controls={listId}
        onClick={() => setMenu((value) => !value)}
      >
        Publish
      </button>
      <span className="visually-hidden" role="status">
        {status}
      </span>
      <div className="export__panel" id={listId} hidden={!menu}>
        <ul className="export__list">
          <li>
            <button
              type="button"
              className="button button--small"
              onClick={() => choose(() => setOpen("embed"))}
            >
              Embed in a page…
            </button>
          </li>
          <li>
            <button
              type="button"
              className="button button--small"
              onClick={() => choose(() => setOpen("publish"))}
            >
              Publish as a website…
            </button>
          </li>
          <li>
            <button type="button" className="button button--small" onClick={() => saveImage("svg")}>
              Save image (SVG)
            </button>
          </li>
          <li>
            <button type="button" className="button button--small" onClick={() => saveImage("png")}>
              Save image (PNG)
            </button>
          </li>
          <li>
            <button
              type="button"
              className="button button--small"
              onClick={() => choose(() => globalThis.print())}
            >
              Print…
            </button>
          </li>
        </ul>
      </div>
      <Suspense fallback={null}>
        {open === "embed" && <EmbedDialog shown={shown} onClose={close} />}
        {open === "publish" && <PublishDialog shown={shown} onClose={close} />}
      </Suspense>
    </div>
  );
}
