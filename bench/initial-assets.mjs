// Which built files a page downloads before it can show anything (its "initial" JS and CSS), and
// which it only fetches later: read from the built index.html and the chunks' own import
// statements, so no manifest is needed in dist/. Pure: `read` hands back a file's text.

/** What index.html asks for itself: classic and module scripts, modulepreloads, stylesheets. */
export function htmlAssets(html) {
  const assets = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const address = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!address || /^[a-z]+:|^\/\//i.test(address)) continue; // another origin: not ours
    if (tag.startsWith("<script")) assets.push(address);
    else if (/\brel="(?:stylesheet|modulepreload)"/.test(tag)) assets.push(address);
  }
  return assets.map(withoutDotSlash);
}

/**
 * A built chunk's imports: `static` are fetched before the chunk runs (`import … from "./x.js"`,
 * `import "./x.js"`); `later` only when the code asks (`import("./x.js")`, the preload lists
 * Vite writes beside them, and `new URL("./x.js", import.meta.url)`: a Worker, or a stylesheet added
 * on demand).
 */
export function chunkImports(code) {
  const quoted = String.raw`(["'\x60])(\.{1,2}/[^"'\x60]+?\.(?:js|css))\1`;
  const found = (pattern) => [...code.matchAll(new RegExp(pattern, "g"))].map((m) => m.at(-1));
  const statics = found(String.raw`(?:^|[;}\n])\s*import\s*(?:[\w$*{}\s,]+?\s*from\s*)?${quoted}`);
  const dynamic = found(String.raw`\bimport\(\s*${quoted}\s*\)`);
  const urls = found(
    String.raw`new URL\(\s*(["'\x60])([^"'\x60]+?\.(?:js|css))\1\s*,\s*import\.meta\.url`,
  );
  const mapped = /__vite__mapDeps=[^[]*\[([^\]]*)\]/.exec(code)?.[1] ?? "";
  const preloads = [...mapped.matchAll(/(["'`])([^"'`]+)\1/g)].map((m) => m[2]);
  return { static: unique(statics), later: unique([...dynamic, ...urls, ...preloads]) };
}

/**
 * The page's files split into `initial` (index.html's own and every static import they pull in,
 * recursively) and `lazy` (everything reachable only through a later import), paths relative
 * to dist/. `read(path)` returns a file's text.
 */
export function pageFiles(html, read) {
  const initial = new Set();
  const later = new Set();
  const visit = (file, into) => {
    if (initial.has(file) || (into === later && later.has(file))) return;
    into.add(file);
    if (!file.endsWith(".js")) return;
    const imports = chunkImports(read(file));
    for (const name of imports.static) visit(resolve(file, name), into);
    for (const name of imports.later) visit(resolve(file, name), later);
  };
  for (const file of htmlAssets(html)) visit(file, initial);
  for (const file of initial) later.delete(file);
  return { initial: [...initial], lazy: [...later].filter((file) => !initial.has(file)) };
}

/** `name` as imported from `from`, both relative to dist/ ("assets/a.js" + "./b.js"). */
export function resolve(from, name) {
  const parts = from.split("/").slice(0, -1);
  for (const part of name.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

const withoutDotSlash = (address) => address.replace(/^\.?\//, "");
const unique = (names) => [...new Set(names)];
