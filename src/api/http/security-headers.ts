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
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: DEFAULT_CONTENT_SECURITY_POLICY },
    frameguard: { action: 'deny' },
    strictTransportSecurity: false,
    // The explorer and the IDE load nothing cross-origin; the API's JSON is read by other origins only through CORS.
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
}
