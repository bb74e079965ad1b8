import type { SecureContext } from 'node:tls';
import { type HttpAnswer, httpSend } from '../jira/transport.js';

/**
 * One JSON request on node:http/https, for the notifiers: like the Jira client's transport
 * (src/jira/transport.ts), whose `httpSend` it calls, it takes the extra CA certificates the hooks
 * hand over, never follows a redirect (so the Authorization header never reaches another host),
 * and gives up after `timeoutMs`.
 */
export interface JsonRequest {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: unknown;
  timeoutMs: number;
  secureContext?: SecureContext;
}

export function sendJson(url: string, req: JsonRequest): Promise<HttpAnswer> {
  const payload = req.body === undefined ? undefined : Buffer.from(JSON.stringify(req.body));
  const headers: Record<string, string> = { Accept: 'application/json', ...req.headers };
  if (payload) {
    headers['Content-Type'] = 'application/json; charset=utf-8';
    headers['Content-Length'] = String(payload.length);
  }
  return httpSend(url, {
    method: req.method,
    headers,
    body: payload,
    signal: AbortSignal.timeout(req.timeoutMs),
    secureContext: req.secureContext,
  });
}

/** A short, single-line excerpt of an answer's body for an error message: never a whole HTML page. */
export function excerpt(body: string): string {
  return body.replace(/\s+/g, ' ').trim().slice(0, 200);
}
