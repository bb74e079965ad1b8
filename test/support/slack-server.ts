/**
 * A stand-in for Slack on 127.0.0.1: the Web API's `POST /api/chat.postMessage` (Bearer token;
 * HTTP 200 with `{ok: true, channel, ts, message}`, or `{ok: false, error: "channel_not_found"}`
 * for a channel it does not know and `not_authed` without a token), and incoming webhooks at
 * `POST /services/<path>` (plain-text `ok`, or 404 `no_service` for an unknown path, 400
 * `invalid_payload` without text). Messages are kept for the test to read.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackPost {
  via: 'api' | 'webhook';
  channel?: string;
  text: string;
  authorization?: string;
}

export class SlackStandIn {
  readonly url: string;
  readonly posts: SlackPost[] = [];
  /** Channels chat.postMessage accepts (names with `#`, or ids). */
  readonly channels = new Set<string>();
  /** Webhook paths that exist, e.g. `/services/T000/B000/XXXX`. */
  readonly webhooks = new Set<string>();

  private constructor(
    private readonly server: Server,
    port: number,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  static async start(): Promise<SlackStandIn> {
    let standIn: SlackStandIn | undefined;
    const server = createServer((req, res) => standIn!.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    standIn = new SlackStandIn(server, (server.address() as AddressInfo).port);
    return standIn;
  }

  get apiUrl(): string {
    return `${this.url}/api`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', this.url).pathname;
      let body: { channel?: string; text?: string } = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {}
      if (req.method === 'POST' && path === '/api/chat.postMessage') {
        const json = (status: number, v: unknown) => {
          res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify(v));
        };
        if (!/^Bearer xoxb-/.test(req.headers.authorization ?? ''))
          return json(200, { ok: false, error: 'not_authed' });
        if (!body.channel || !this.channels.has(body.channel))
          return json(200, { ok: false, error: 'channel_not_found' });
        if (!body.text) return json(200, { ok: false, error: 'no_text' });
        this.posts.push({
          via: 'api',
          channel: body.channel,
          text: body.text,
          authorization: req.headers.authorization,
        });
        const ts = `${Math.floor(Date.now() / 1000)}.${String(this.posts.length).padStart(6, '0')}`;
        return json(200, { ok: true, channel: 'C0123456789', ts, message: { type: 'message', text: body.text, ts } });
      }
      if (req.method === 'POST' && path.startsWith('/services/')) {
        const text = (status: number, t: string) => {
          res.writeHead(status, { 'Content-Type': 'text/html' });
          res.end(t);
        };
        if (!this.webhooks.has(path)) return text(404, 'no_service');
        if (!body.text) return text(400, 'invalid_payload');
        this.posts.push({ via: 'webhook', text: body.text });
        return text(200, 'ok');
      }
      res.writeHead(404);
      res.end();
    });
  }
}
