// A tiny static server for the benchmark: dist/ at /, bench/.data/ at /bench-data/, and a blank
// page at /blank.html. Responses are gzip-encoded (level 6, like a typical static host) when the
// request accepts gzip, so the byte counts are what a real visitor would download.
import { createReadStream } from "node:fs";
import { createServer } from "node:http";
import { pipeline } from "node:stream/promises";
import { readFile, stat } from "node:fs/promises";
import { extname, normalize, resolve, sep } from "node:path";
import { promisify } from "node:util";
import { gzip } from "node:zlib";

const gzipAsync = promisify(gzip);

export const BLANK_HTML = "<!doctype html><title>blank</title><p>blank</p>";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".txt", ".svg"]);
// Files this large are sent as they are read from disk, as a static host sends them: read whole
// first, a 600 MB export's first byte left 1–2 s late, which the app's streamed reading never saw.
const STREAM_FROM_BYTES = 64 * 1024 * 1024;

/** Starts the server; resolves to { origin, close() } once it listens. */
export async function startServer({ port, distDir, dataDir, host = "127.0.0.1" }) {
  // Compressed bodies are cached by path, size and mtime, so a 40 MB dataset is gzipped once.
  const gzipCache = new Map();
  // The file is read only to compress it: a host answers a cached (or precompressed) file at once,
  // and reading 40 MB afresh for every request held its headers back by up to 0.1 s.
  const compressed = async (file, info) => {
    const key = `${file}:${info.size}:${info.mtimeMs}`;
    let entry = gzipCache.get(file);
    if (entry?.key !== key) {
      entry = { key, body: readFile(file).then((body) => gzipAsync(body, { level: 6 })) };
      gzipCache.set(file, entry);
    }
    return entry.body;
  };

  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? "/", "http://localhost");
      if (request.method !== "GET" && request.method !== "HEAD") return send(response, 405);
      if (pathname === "/blank.html") {
        return reply(
          request,
          response,
          ".html",
          async () => Buffer.from(BLANK_HTML),
          () => gzipAsync(BLANK_HTML),
        );
      }
      const file = pathname.startsWith("/bench-data/")
        ? inside(dataDir, pathname.slice("/bench-data/".length))
        : inside(distDir, pathname === "/" ? "index.html" : pathname.slice(1));
      if (!file) return send(response, 403);
      const info = await stat(file).catch(() => undefined);
      // Browsers ask every origin for /favicon.ico; "no content" keeps a 404 out of the console.
      if (!info?.isFile()) return send(response, pathname === "/favicon.ico" ? 204 : 404);
      const ext = extname(file).toLowerCase();
      if (info.size >= STREAM_FROM_BYTES && !COMPRESSIBLE.has(ext)) {
        response.writeHead(200, {
          "Content-Type": TYPES[ext] ?? "application/octet-stream",
          "Cache-Control": "no-store",
          "Content-Length": info.size,
        });
        if (request.method === "HEAD") return response.end();
        return await pipeline(createReadStream(file), response).catch(() => response.destroy());
      }
      return reply(
        request,
        response,
        ext,
        () => readFile(file),
        () => compressed(file, info),
      );
    } catch (error) {
      console.error(`serve: ${request.url}: ${error.message}`);
      if (!response.headersSent) send(response, 500);
      else response.destroy();
    }
  });

  await new Promise((ok, fail) => {
    server.once("error", (error) =>
      fail(
        error.code === "EADDRINUSE"
          ? new Error(`port ${port} is in use: is another benchmark running?`)
          : error,
      ),
    );
    server.listen(port, host, ok);
  });
  // Keep-alive sockets would hold close() open until they time out.
  const close = () =>
    new Promise((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
  return { origin: `http://${host}:${port}`, close };
}

async function reply(request, response, ext, body, gzipped) {
  const headers = {
    "Content-Type": TYPES[ext] ?? "application/octet-stream",
    "Cache-Control": "no-store",
    Vary: "Accept-Encoding",
  };
  let payload;
  if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
    payload = await gzipped();
    headers["Content-Encoding"] = "gzip";
  } else payload = await body();
  headers["Content-Length"] = payload.length;
  response.writeHead(200, headers);
  response.end(request.method === "HEAD" ? undefined : payload);
}

function send(response, status) {
  if (status === 204) return response.writeHead(204).end();
  response.writeHead(status, { "Content-Type": "text/plain" });
  response.end(`${status}\n`);
}

/** The file a URL path names under root, or undefined if it would escape root. */
function inside(root, urlPath) {
  const base = resolve(root);
  const file = resolve(base, normalize(decodeURIComponent(urlPath)));
  return file === base || file.startsWith(base + sep) ? file : undefined;
}
