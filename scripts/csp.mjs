// The Content-Security-Policy of the built site: no inline script, no third-party origin, no plugins,
// no <base>, and WebAssembly compilation allowed for our own module only.
export const CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// Only a response header can forbid framing; the server adds this to the policy above.
export const CSP_HEADER_ONLY = "frame-ancestors 'none'";
