import type { ReactNode } from "react";

/** Says why nothing is shown, and offers the way out. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <div className="state state--empty">{children}</div>;
}
