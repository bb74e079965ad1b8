/**
 * IPv4 and IPv6 CIDR blocks as inclusive BigInt ranges, so that "wider" is a plain containment
 * test. Host bits are masked, as `net.ParseCIDR` does: `10.1.2.3/8` is the range of `10.0.0.0/8`.
 * A bare address is a single-host block (`/32` or `/128`).
 */
export interface Cidr {
  version: 4 | 6;
  /** First and last address of the range, inclusive. */
  start: bigint;
  end: bigint;
  prefix: number;
  /** The text it was parsed from. */
  text: string;
}

export class CidrError extends Error {
  constructor(input: string, reason: string) {
    super(`${JSON.stringify(input)} is not a CIDR block: ${reason}`);
    this.name = 'CidrError';
  }
}

function parseIPv4(s: string, input: string): bigint {
  const parts = s.split('.');
  if (parts.length !== 4) throw new CidrError(input, 'an IPv4 address has four dot-separated numbers');
  let value = 0n;
  for (const p of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(p) || Number(p) > 255) {
      throw new CidrError(input, `"${p}" is not a number from 0 to 255 (without leading zeros)`);
    }
    value = (value << 8n) | BigInt(p);
  }
  return value;
}

function parseGroups(s: string, input: string): bigint[] {
  if (s === '') return [];
  return s.split(':').map((g) => {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) throw new CidrError(input, `"${g}" is not an IPv6 group of 1 to 4 hex digits`);
    return BigInt(`0x${g}`);
  });
}

function parseIPv6(s: string, input: string): bigint {
  if (s.includes('%')) throw new CidrError(input, 'zone indexes are not allowed');
  let tail: bigint[] = [];
  let text = s;
  // An embedded IPv4 tail (`::ffff:10.0.0.1`) counts as two groups.
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    const v4 = parseIPv4(text.slice(lastColon + 1), input);
    tail = [v4 >> 16n, v4 & 0xffffn];
    text = text.slice(0, lastColon + 1);
    if (!text.endsWith('::')) text = text.slice(0, -1);
  }
  const halves = text.split('::');
  if (halves.length > 2) throw new CidrError(input, '"::" may appear only once');
  let groups: bigint[];
  if (halves.length === 2) {
    const head = parseGroups(halves[0] as string, input);
    const rest = [...parseGroups(halves[1] as string, input), ...tail];
    const missing = 8 - head.length - rest.length;
    if (missing < 1) throw new CidrError(input, 'too many groups for "::"');
    groups = [...head, ...new Array<bigint>(missing).fill(0n), ...rest];
  } else {
    groups = [...parseGroups(text, input), ...tail];
    if (groups.length !== 8) throw new CidrError(input, 'an IPv6 address has eight groups (or uses "::")');
  }
  return groups.reduce((acc, g) => (acc << 16n) | g, 0n);
}

export function parseCidr(input: string): Cidr {
  if (typeof input !== 'string') throw new CidrError(String(input), 'expected a string');
  if (input === '') throw new CidrError(input, 'it is empty');
  if (input.trim() !== input) throw new CidrError(input, 'it has leading or trailing whitespace');
  const slash = input.indexOf('/');
  const addr = slash < 0 ? input : input.slice(0, slash);
  const version: 4 | 6 = addr.includes(':') ? 6 : 4;
  const bits = version === 4 ? 32 : 128;
  let prefix = bits;
  if (slash >= 0) {
    const p = input.slice(slash + 1);
    if (!/^(0|[1-9]\d{0,2})$/.test(p) || Number(p) > bits) {
      throw new CidrError(input, `the prefix length must be a number from 0 to ${bits}`);
    }
    prefix = Number(p);
  }
  const value = version === 4 ? parseIPv4(addr, input) : parseIPv6(addr, input);
  const hostBits = BigInt(bits - prefix);
  const start = (value >> hostBits) << hostBits;
  const end = start + (1n << hostBits) - 1n;
  return { version, start, end, prefix, text: input };
}

export function tryParseCidr(input: unknown): Cidr | undefined {
  if (typeof input !== 'string') return undefined;
  try {
    return parseCidr(input);
  } catch {
    return undefined;
  }
}

/** True when every address of `inner` is in `outer` (same IP version). */
export function contains(outer: Cidr, inner: Cidr): boolean {
  return outer.version === inner.version && outer.start <= inner.start && inner.end <= outer.end;
}

export function sameRange(a: Cidr, b: Cidr): boolean {
  return a.version === b.version && a.start === b.start && a.end === b.end;
}

/** `0.0.0.0/0` or `::/0`: every address. */
export function isEverywhere(c: Cidr): boolean {
  return c.prefix === 0;
}
