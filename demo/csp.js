// The strict Content-Security-Policy that the demo page and the test pages
// standing for a real site run under: no inline script or style, no eval.
// The widget must work under it.
export const strictCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');
