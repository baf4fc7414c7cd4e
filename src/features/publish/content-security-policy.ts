/**
 * The Content-Security-Policy of the built app (vite.config.ts writes it into index.html) and of
 * every published event page. No inline script, no eval, no plugins; fetches may go to any
 * http(s) address because the `data` parameter may name a dataset anywhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' https: http:",
  // Large datasets are read in a Worker of our own (src/data/read-dataset-worker.ts), never a
  // blob: or data: one.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");
