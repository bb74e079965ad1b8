import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { SecureContext } from 'node:tls';
import type { HttpAnswer } from '../jira/transport.js';

/**
 * One JSON request on node:http/https, for the notifiers: like the Jira client's transport
 * (src/jira/transport.ts), which speaks GET only, it takes the extra CA certificates the hooks
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
  const target = new URL(url);
  const tls = target.protocol === 'https:';
  const send = tls ? httpsRequest : httpRequest;
  const payload = req.body === undefined ? undefined : Buffer.from(JSON.stringify(req.body));
  const headers: Record<string, string> = { Accept: 'application/json', ...req.headers };
  if (payload) {
    headers['Content-Type'] = 'application/json; charset=utf-8';
    headers['Content-Length'] = String(payload.length);
  }
  return new Promise((resolve, reject) => {
    const r = send(
      target,
      {
        method: req.method,
        headers,
        signal: AbortSignal.timeout(req.timeoutMs),
        ...(tls && req.secureContext ? { secureContext: req.secureContext } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }),
        );
        res.on('error', reject);
      },
    );
    r.on('error', reject);
    r.end(payload);
  });
}

/** A short, single-line excerpt of an answer's body for an error message: never a whole HTML page. */
export function excerpt(body: string): string {
  return body.replace(/\s+/g, ' ').trim().slice(0, 200);
}
