import { lazy, Suspense, type ComponentProps } from "react";
import { PaneBoundary } from "../../ui/PaneBoundary";

// Shown only once a file is chosen or dropped: the built-in view never pays for it.
const FileStatus = lazy(() =>
  import("./FileStatus").then(({ FileStatus }) => ({ default: FileStatus })),
);

/** FileStatus, loaded when there is something to say about a file. */
export function LazyFileStatus(props: ComponentProps<typeof FileStatus>) {
  if (props.state.status === "idle") return null;
  return (
    <PaneBoundary name="The file's status">
      <Suspense fallback={null}>
        <FileStatus {...props} />
      </Suspense>
    </PaneBoundary>
  );
}
