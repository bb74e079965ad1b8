import type { NotifyEmailConfig } from '../config/types.js';
import { Redactor } from '../report/redact.js';

/**
 * The failure notice by SMTP, with nodemailer (loaded only when a mail is sent: the hooks' CLI
 * never pays for it). One message to every address, plain text. The recipients come from
 * descriptors, which the pushed commits control, so each must be a bare address (no name, no
 * comma, no angle bracket, no control character) before it reaches a header or `RCPT TO`; the
 * subject is one line already (`emailSubject`). Credentials come from the environment only, go
 * to the server only over TLS, and are removed from every message this returns.
 */
export interface EmailCredentials {
  user: string;
  password: string;
}

export interface EmailSendOptions {
  timeoutMs: number;
  /** Extra CA certificates (PEM) to trust besides node's, as the hooks hand them over. */
  ca?: string;
}

export interface EmailDelivery {
  accepted: string[];
  /** Addresses the server refused, with its reply. */
  rejected: Array<{ address: string; reply: string }>;
}

/**
 * A bare `local@domain` address as RFC 5321's `RCPT TO` takes it, without quoting or comments:
 * what a descriptor's `notify.email` and the policy's `to` are for. Anything else is refused
 * rather than repaired: a repaired address is one nobody wrote.
 */
const ADDRESS =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

export function validAddress(address: string): boolean {
  return address.length <= 254 && ADDRESS.test(address) && !address.includes('..');
}

/** Splits addresses into those to send to (deduplicated, in order, letter case aside) and those refused. */
export function recipients(addresses: string[]): { to: string[]; invalid: string[] } {
  const seen = new Set<string>();
  const to: string[] = [];
  const invalid: string[] = [];
  for (const a of addresses) {
    const address = a.trim();
    if (!validAddress(address)) {
      invalid.push(a);
      continue;
    }
    const key = address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    to.push(address);
  }
  return { to, invalid };
}

export class EmailError extends Error {}

export async function sendEmail(
  config: NotifyEmailConfig,
  credentials: EmailCredentials | undefined,
  mail: { to: string[]; subject: string; text: string },
  options: EmailSendOptions,
): Promise<EmailDelivery> {
  const redactor = new Redactor();
  if (credentials) redactor.add(credentials.password, credentials.user);
  if (credentials && config.tls === 'none') {
    // Refused before connecting: SMTP AUTH without TLS would send the password in the clear.
    throw new EmailError(
      `SMTP_USER and SMTP_PASSWORD are set, but notify.email.tls is none: the password is never sent without TLS`,
    );
  }
  const { createTransport } = await import('nodemailer');
  const transport = createTransport({
    host: config.host,
    port: config.port,
    secure: config.tls === 'implicit',
    requireTLS: config.tls === 'starttls',
    ignoreTLS: config.tls === 'none',
    auth: credentials ? { user: credentials.user, pass: credentials.password } : undefined,
    connectionTimeout: options.timeoutMs,
    greetingTimeout: options.timeoutMs,
    socketTimeout: options.timeoutMs,
    // Node's roots, plus the hooks' extra CA file; never `rejectUnauthorized: false`.
    tls: options.ca ? { ca: options.ca } : undefined,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  try {
    const info = await transport.sendMail({
      from: config.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      // The envelope is given, not derived from headers, so RCPT TO is exactly the checked list.
      envelope: { from: envelopeFrom(config.from), to: mail.to },
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
    const rejectedErrors = (info as { rejectedErrors?: Array<{ recipient?: string; response?: string }> })
      .rejectedErrors;
    const rejected = ((info.rejected ?? []) as Array<string | { address: string }>).map((r) => {
      const address = typeof r === 'string' ? r : r.address;
      const reply = rejectedErrors?.find((e) => e.recipient === address)?.response ?? 'refused';
      return { address, reply: redactor.redact(reply) };
    });
    const accepted = ((info.accepted ?? []) as Array<string | { address: string }>).map((r) =>
      typeof r === 'string' ? r : r.address,
    );
    return { accepted, rejected };
  } catch (err) {
    throw new EmailError(`SMTP ${config.host}:${config.port}: ${redactor.redact(describe(err))}`);
  } finally {
    transport.close();
  }
}

/** The address inside `Name <address>`, or the whole value. */
function envelopeFrom(from: string): string {
  const m = /<([^<>]+)>\s*$/.exec(from);
  return (m ? m[1] : from)!.trim();
}

/** nodemailer's error, in one line: its message (which holds the server's reply), never a stack. */
function describe(err: unknown): string {
  const e = err as { message?: string; code?: string };
  const message = (e.message ?? String(err)).replace(/\s+/g, ' ').trim().slice(0, 300);
  return e.code && !message.includes(e.code) ? `${message} (${e.code})` : message;
}
