/**
 * The one policy for the renderer, in Electron and in the web harness alike:
 * only the app's own scripts, no remote anything. renderer/index.html carries the
 * same policy as a meta tag for pages opened without these headers.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
