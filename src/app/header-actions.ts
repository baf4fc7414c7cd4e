// The header's buttons and menus, one chunk of their own (see lazy-header-actions.tsx).
export { CopyLinkButton } from "../features/share/CopyLinkButton";
export { ExportMenu } from "../features/share/ExportMenu";
export { MakeButtons } from "./MakeButtons";
export { PublishMenu } from "./publish/PublishMenu";
