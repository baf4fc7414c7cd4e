/**
 * The Content-Security-Policy every published event page ships, as a meta tag: the app's own
 * (vite.config.ts writes it into the built index.html; tests/e2e/publish.spec.ts checks that the
 * two agree). No inline script, no eval; fetches may go to any http(s) address.
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
