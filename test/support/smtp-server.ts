/**
 * A stand-in for an SMTP submission server on 127.0.0.1, built on `smtp-server` (the nodemailer
 * project's server): STARTTLS with the self-signed certificate in test/fixtures/tls, AUTH PLAIN
 * and LOGIN only after STARTTLS (its default, as RFC 4954 advises), `535` for a wrong password,
 * `550` for a recipient it does not take, and every accepted message kept whole (envelope and raw
 * text) for the test to read.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

const TLS_DIR = new URL('../fixtures/tls/', import.meta.url);
export const SMTP_CERT_FILE = new URL('cert.pem', TLS_DIR).pathname;

export interface ReceivedMail {
  from: string;
  to: string[];
  user?: string;
  secure: boolean;
  raw: string;
}

export interface SmtpStandInOptions {
  /** Offer STARTTLS (default true); false serves a plain-text relay. */
  starttls?: boolean;
  /** Logins it accepts; when empty, mail is taken without AUTH. */
  users?: Record<string, string>;
}

export class SmtpStandIn {
  readonly mails: ReceivedMail[] = [];
  /** Recipients answered `550 5.1.1`. */
  readonly unknown = new Set<string>();
  /** Every AUTH attempt, as the server saw it (user name and whether it passed). */
  readonly logins: Array<{ user: string; ok: boolean }> = [];

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(options: SmtpStandInOptions = {}): Promise<SmtpStandIn> {
    const users = options.users ?? {};
    const needAuth = Object.keys(users).length > 0;
    let standIn: SmtpStandIn | undefined;
    const server = new SMTPServer({
      secure: false,
      key: readFileSync(new URL('key.pem', TLS_DIR)),
      cert: readFileSync(SMTP_CERT_FILE),
      disabledCommands: options.starttls === false ? ['STARTTLS', 'AUTH'] : needAuth ? [] : ['AUTH'],
      authOptional: !needAuth,
      authMethods: ['PLAIN', 'LOGIN'],
      logger: false,
      onAuth(auth, _session, callback) {
        const ok = auth.username !== undefined && users[auth.username] === auth.password;
        standIn!.logins.push({ user: auth.username ?? '', ok });
        if (!ok) {
          const err = new Error('Authentication credentials invalid') as Error & { responseCode: number };
          err.responseCode = 535;
          return callback(err);
        }
        callback(null, { user: auth.username });
      },
      onRcptTo(address, _session, callback) {
        if (standIn!.unknown.has(address.address)) {
          const err = new Error(`5.1.1 <${address.address}>: mailbox unavailable`) as Error & { responseCode: number };
          err.responseCode = 550;
          return callback(err);
        }
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          standIn!.mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            user: typeof session.user === 'string' ? session.user : undefined,
            secure: session.secure,
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    server.on('error', () => {});
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    standIn = new SmtpStandIn(server, (server.server.address() as AddressInfo).port);
    return standIn;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** A raw message's header block, unfolded (RFC 5322 2.2.3), as `[name, value]` pairs in order. */
export function headersOf(raw: string): Array<[string, string]> {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? '';
  return head
    .replace(/\r?\n[ \t]+/g, ' ')
    .split(/\r?\n/)
    .map((line) => {
      const i = line.indexOf(':');
      return [line.slice(0, i), line.slice(i + 1).trim()] as [string, string];
    });
}

/** A raw message's body, quoted-printable decoded (RFC 2045 6.7) when the headers say so. */
export function bodyOf(raw: string): string {
  const at = raw.search(/\r?\n\r?\n/);
  const body = raw.slice(raw.indexOf('\n', at + 1) + 1).replace(/^\r?\n/, '');
  const qp = headersOf(raw).some(
    ([n, v]) => n.toLowerCase() === 'content-transfer-encoding' && v.toLowerCase() === 'quoted-printable',
  );
  if (!qp) return body.replace(/\r\n/g, '\n');
  const bytes = body
    .replace(/=\r?\n/g, '')
    .replace(/\r\n/g, '\n')
    .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}
