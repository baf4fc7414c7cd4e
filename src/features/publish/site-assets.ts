/**
 * The event pages' stylesheet: a file, not a `<style>`, because the CSP allows only the site's own
 * styles. Readable in light and dark, at any width from 320 px.
 */
export const EVENT_PAGE_CSS = `:root { color-scheme: light dark; --ink: #1b1f24; --paper: #ffffff; --muted: #4a5260; --accent: #0b57d0; --rule: #d5d9df; }
@media (prefers-color-scheme: dark) { :root { --ink: #e8eaed; --paper: #15181c; --muted: #b4bac3; --accent: #8ab4f8; --rule: #3a3f46; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 1.0625rem/1.6 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
main { max-width: 44rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; overflow-wrap: anywhere; }
a { color: var(--accent); }
.site { margin: 0 0 1rem; font-size: 0.95rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 0.5rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 0.75rem; }
.when { font-weight: bold; margin: 0; }
.basis { color: var(--muted); margin: 0.25rem 0 1rem; font-size: 0.95rem; }
ol { padding: 0; list-style: none; }
.quote { border-top: 1px solid var(--rule); padding: 0.75rem 0; }
blockquote { margin: 0; padding-left: 1rem; border-left: 4px solid var(--accent); font-style: italic; }
blockquote p { margin: 0; }
.quote-source { margin: 0.5rem 0 0; color: var(--muted); font-size: 0.95rem; }
.missing { color: #a50e0e; font-weight: bold; margin: 0 0 0.5rem; }
.open a { display: inline-block; margin-top: 1.5rem; padding: 0.6rem 1rem; border: 2px solid var(--accent); border-radius: 6px; font-weight: bold; text-decoration: none; }
.open a:focus-visible, .open a:hover { text-decoration: underline; }
`;

/**
 * Opens the app at the page's event when JavaScript runs; without it the page reads on its own.
 * The target is the page's own "Open in the timeline" link, so page and script cannot disagree.
 */
export const EVENT_PAGE_JS = `// Opens the timeline at this page's event (see the page's "Open in the timeline" link).
(function openInTimeline() {
  var link = document.querySelector("a[data-sourceline-open]");
  if (link instanceof HTMLAnchorElement) location.replace(link.href);
})();
`;
