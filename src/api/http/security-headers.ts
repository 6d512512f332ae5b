import express from 'express';
import helmet from 'helmet';

/**
 * The Content-Security-Policy of every response unless a page sets a stricter one (the explorer does): this origin
 * only, no framing by anyone. Inline styles stay allowed because GraphiQL's editors set style attributes.
 */
export const DEFAULT_CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * The security headers of every response, from one place (helmet): Content-Security-Policy as a header (the IDE's
 * used to be a meta tag, which cannot forbid framing), X-Frame-Options DENY and frame-ancestors 'none' (the IDE and
 * the explorer cannot be framed), X-Content-Type-Options nosniff, Referrer-Policy no-referrer, and helmet's other
 * defaults. No Strict-Transport-Security: the API speaks plain HTTP and TLS is the proxy's, which sets HSTS itself.
 */
export function securityHeaders(): express.RequestHandler {
  // Helmet's headers depend only on its options, never on the request: they are computed once by running it on a
  // stand-in response, and set in one step per request (helmet's twelve middlewares cost about 1% of a cached answer).
  const headers = new Map<string, string | number | readonly string[]>();
  const removed: string[] = [];
  const standIn = {
    setHeader: (name: string, value: string | number | readonly string[]) => void headers.set(name, value),
    removeHeader: (name: string) => void removed.push(name),
  };
  let done = false;
  helmetMiddleware()({} as express.Request, standIn as unknown as express.Response, () => void (done = true));
  if (!done) throw new Error('helmet did not finish synchronously: its headers cannot be computed once');
  const entries = [...headers];
  return (_req, res, next) => {
    for (const [name, value] of entries) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
    next();
  };
}

function helmetMiddleware() {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: DEFAULT_CONTENT_SECURITY_POLICY },
    frameguard: { action: 'deny' },
    strictTransportSecurity: false,
    // The explorer and the IDE load nothing cross-origin; the API's JSON is read by other origins only through CORS.
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
}
