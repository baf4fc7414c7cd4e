// JSON.parse reads lists and objects nested 10,000 deep, but JSON.stringify, String() and any
// recursive walk then run out of stack ("Maximum call stack size exceeded"). This walk keeps
// its own stack, so it can measure what those cannot describe.

/** How many levels of lists and objects a value nests (0 for a string or number); Infinity when it contains itself. */
export function nestingDepth(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  const path = new Set<object>([value]);
  const stack: { node: object; children: unknown[]; next: number }[] = [
    { node: value, children: Object.values(value), next: 0 },
  ];
  let deepest = 1;
  for (let top = stack.at(-1); top; top = stack.at(-1)) {
    if (top.next === top.children.length) {
      path.delete(top.node);
      stack.pop();
      continue;
    }
    const child = top.children[top.next++];
    if (typeof child !== "object" || child === null) continue;
    if (path.has(child)) return Infinity;
    path.add(child);
    stack.push({ node: child, children: Object.values(child), next: 0 });
    deepest = Math.max(deepest, stack.length);
  }
  return deepest;
}

/** Deeper than this, a value is described by its depth rather than written out. */
export const MAX_SHOWN_DEPTH = 20;
