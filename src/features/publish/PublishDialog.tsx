import { lazy, Suspense } from "react";
import type { ShownView } from "../../domain/shown-view";

// One more step of loading, on purpose: the page's own script then names only this small chunk,
// while the dialog's code, its stylesheet and what they share with the zip code are listed here.
// Importing the dialog straight from the Publish menu grew the built-in view's initial script.
const PublishSiteDialog = lazy(() => import("./PublishSiteDialog"));

/** "Publish as a website…" from the Publish menu. */
export default function PublishDialog(props: {
  readonly shown: ShownView;
  readonly onClose: () => void;
}) {
  return (
    <Suspense fallback={null}>
      <PublishSiteDialog {...props} />
    </Suspense>
  );
}
