import { loadBeside } from "../ui/load-beside";

// The header's menus and buttons do nothing until used, and drawing the timeline needs none of
// their code (menus, export formats, the clipboard, the editor's ways in): one chunk, asked for
// as the page starts, beside the dataset. Should it come after the timeline, the same buttons
// are drawn meanwhile, inert, so nothing moves when the real ones take their place.
const actions = () => import("./header-actions");

function Inert({ className, labels }: { className: string; labels: readonly string[] }) {
  return (
    <div className={className} inert>
      {labels.map((label) => (
        <button key={label} type="button" className="button">
          {label}
        </button>
      ))}
    </div>
  );
}

export const LazyExportMenu = loadBeside(
  () => actions().then((module) => module.ExportMenu),
  "The Export menu",
  <Inert className="export" labels={["Export"]} />,
);

export const LazyCopyLinkButton = loadBeside(
  () => actions().then((module) => module.CopyLinkButton),
  "The Copy link button",
  <div className="share" inert>
    <button type="button" className="button button--primary">
      Copy link
    </button>
  </div>,
);

export const LazyPublishMenu = loadBeside(
  () => actions().then((module) => module.PublishMenu),
  "The Publish menu",
  <Inert className="export publish-menu" labels={["Publish"]} />,
);

export const LazyMakeButtons = loadBeside(
  () => actions().then((module) => module.MakeButtons),
  "The buttons that make a timeline",
  <Inert className="make" labels={["New timeline", "Edit a copy", "Your timelines"]} />,
);
