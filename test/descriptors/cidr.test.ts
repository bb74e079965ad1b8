import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contains, isEverywhere, parseCidr, sameRange } from '../../src/descriptors/cidr.js';

const c = parseCidr;

describe('parseCidr', () => {
  it.each([
    ['10.0.0.0/8', 4, 0x0a000000n, 0x0affffffn],
    ['10.1.2.3/8', 4, 0x0a000000n, 0x0affffffn],
    ['192.168.1.7', 4, 0xc0a80107n, 0xc0a80107n],
    ['0.0.0.0/0', 4, 0n, 0xffffffffn],
    ['::/0', 6, 0n, (1n << 128n) - 1n],
    ['2001:db8::/32', 6, 0x20010db8n << 96n, (0x20010db8n << 96n) + (1n << 96n) - 1n],
    ['::1', 6, 1n, 1n],
    ['::ffff:10.0.0.1/128', 6, (0xffffn << 32n) | 0x0a000001n, (0xffffn << 32n) | 0x0a000001n],
    ['1:2:3:4:5:6:7:8/64', 6, 0x0001000200030004n << 64n, (0x0001000200030004n << 64n) + (1n << 64n) - 1n],
    ['fe80::1:2/112', 6, (0xfe80n << 112n) | (1n << 16n), (0xfe80n << 112n) | (1n << 16n) | 0xffffn],
  ])('%s', (text, version, start, end) => {
    const r = c(text);
    expect(r.version).toBe(version);
    expect(r.start).toBe(start);
    expect(r.end).toBe(end);
  });

  it.each([
    ['', /empty/],
    [' 10.0.0.0/8', /whitespace/],
    ['10.0.0.0/33', /prefix length must be a number from 0 to 32/],
    ['::/129', /prefix length must be a number from 0 to 128/],
    ['10.0.0/8', /four dot-separated/],
    ['10.0.0.256/8', /"256" is not a number from 0 to 255/],
    ['10.0.0.01/8', /"01"/],
    ['1::2::3', /only once/],
    ['1:2:3:4:5:6:7:8:9', /eight groups/],
    ['1:2:3:4:5:6:7::8', /too many groups/],
    ['gggg::/16', /hex digits/],
    ['fe80::1%eth0', /zone/],
    ['10.0.0.0/', /prefix length/],
    ['10.0.0.0/08', /prefix length/],
    ['anywhere', /four dot-separated/],
  ])('rejects %j', (text, message) => {
    expect(() => c(text)).toThrow(message);
  });
});

describe('contains', () => {
  it.each([
    ['10.0.0.0/8', '10.1.0.0/16', true],
    ['10.1.0.0/16', '10.0.0.0/8', false],
    ['10.0.0.0/8', '10.0.0.0/8', true],
    ['0.0.0.0/0', '192.168.0.1', true],
    ['::/0', '10.0.0.0/8', false],
    ['0.0.0.0/0', '::1', false],
    ['2001:db8::/32', '2001:db8:1::/48', true],
    ['2001:db8:1::/48', '2001:db8::/32', false],
    ['10.0.0.0/16', '10.1.0.0/16', false],
  ])('%s ⊇ %s is %s', (a, b, expected) => {
    expect(contains(c(a), c(b))).toBe(expected);
  });

  it('knows everything', () => {
    expect(isEverywhere(c('0.0.0.0/0'))).toBe(true);
    expect(isEverywhere(c('::/0'))).toBe(true);
    expect(isEverywhere(c('0.0.0.0/1'))).toBe(false);
    expect(sameRange(c('10.9.9.9/8'), c('10.0.0.0/8'))).toBe(true);
  });

  it('a shorter prefix of the same address always contains the longer one', () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 32 }), (ip, p, q) => {
        const [short, long] = p <= q ? [p, q] : [q, p];
        expect(contains(c(`${ip}/${short}`), c(`${ip}/${long}`))).toBe(true);
        if (short < long) expect(contains(c(`${ip}/${long}`), c(`${ip}/${short}`))).toBe(false);
      }),
    );
  });

  it('parses every IPv6 address fast-check makes', () => {
    fc.assert(
      fc.property(fc.ipV6(), (ip) => {
        const r = c(`${ip}/128`);
        expect(r.start).toBe(r.end);
        expect(contains(c('::/0'), r)).toBe(true);
      }),
    );
  });
});
