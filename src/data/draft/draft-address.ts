/**
 * The `data` value of a draft kept in this browser: `data=draft:<id>`. Apart from the draft's
 * storage so that the page can tell a draft's link from a file's without loading the editor.
 */
export const DRAFT_PREFIX = "draft:";

export function isDraftData(data: string | undefined): data is string {
  return data !== undefined && data.startsWith(DRAFT_PREFIX);
}

/** The draft's id in a `draft:<id>` value; undefined when the value does not name one. */
export function draftIdOf(data: string): string | undefined {
  const id = data.slice(DRAFT_PREFIX.length);
  return isDraftData(data) && /^[0-9a-z-]{1,64}$/.test(id) ? id : undefined;
}

export function draftData(id: string): string {
  return `${DRAFT_PREFIX}${id}`;
}
