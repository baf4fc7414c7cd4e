const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Text made safe for HTML or XML content and quoted attributes alike: dataset titles and
 * quotations are untrusted, and a `</script>` or `"` in them must stay text.
 */
export function escapeMarkup(text: string): string {
  // Control characters other than tab and newlines are not allowed in XML (the sitemap, the SVG).
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
      .replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
  );
}

/** An address fit for an `href`: only http(s), so a `javascript:` link in a dataset is never one. */
export function webAddress(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
