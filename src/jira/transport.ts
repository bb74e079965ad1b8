import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createSecureContext, rootCertificates, type SecureContext } from 'node:tls';

/**
 * One HTTP GET for the Jira client, on node:http/https rather than `fetch`, for one reason: the
 * hooks start node without NODE_EXTRA_CA_CERTS (node would parse every CA certificate at start-up,
 * ~70 ms on a push that usually makes no TLS connection) and hand the file over as
 * GITOPS_ACTION_EXTRA_CA_CERTS (see ca.ts). Only a TLS request takes a `ca` option, and `fetch` in Node 20 has
 * none. Redirects are never followed, so the Authorization header never goes to another host.
 */

export interface HttpAnswer {
  status: number;
  body: string;
  headers: IncomingHttpHeaders;
}

export interface HttpGetOptions {
  headers: Record<string, string>;
  signal: AbortSignal;
  /** Trust for TLS, from `trustWith`; node's defaults when absent. */
  secureContext?: SecureContext;
}

/**
 * Node's own roots plus the extra certificates (PEM), built once per client: a `ca` option per
 * request would parse all of them for every connection.
 */
export function trustWith(extraCa: string): SecureContext {
  return createSecureContext({ ca: [...rootCertificates, extraCa] });
}

export function httpGet(url: string, options: HttpGetOptions): Promise<HttpAnswer> {
  return httpSend(url, { ...options, method: 'GET' });
}

/**
 * One request of any method (the notifiers POST), the same way: no redirects, the given trust,
 * the whole body read as UTF-8.
 */
export function httpSend(
  url: string,
  options: HttpGetOptions & { method: string; body?: Buffer },
): Promise<HttpAnswer> {
  const target = new URL(url);
  const tls = target.protocol === 'https:';
  const send = tls ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      target,
      {
        method: options.method,
        headers: options.headers,
        signal: options.signal,
        ...(tls && options.secureContext ? { secureContext: options.secureContext } : {}),
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
    req.on('error', reject);
    req.end(options.body);
  });
}
