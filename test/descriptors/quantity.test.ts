import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../support/fast-check.js';
import {
  addQuantity,
  compareQuantity,
  formatQuantity,
  multiplyQuantity,
  parseQuantity,
  type Quantity,
  quantityEquals,
  sumQuantities,
  ZERO_QUANTITY,
} from '../../src/descriptors/quantity.js';

const q = parseQuantity;
const eq = (a: string, b: string) => compareQuantity(q(a), q(b)) === 0;

describe('parseQuantity', () => {
  it.each([
    ['500m', '0.5'],
    ['1Gi', '1024Mi'],
    ['12000m', '12'],
    ['1k', '1000'],
    ['1M', '1e6'],
    ['1E', '1e18'],
    ['1E3', '1000'],
    ['1e3', '1k'],
    ['1.5', '1500m'],
    ['.5', '500m'],
    ['5.', '5'],
    ['+2', '2'],
    ['-1', '-1000m'],
    ['100n', '0.1u'],
    ['1u', '1000n'],
    ['1Ki', '1024'],
    ['1Ei', '1024Pi'],
    ['0.5Gi', '512Mi'],
    ['1e-3', '1m'],
    ['1E+2', '100'],
    ['0', '0m'],
    ['-0', '0'],
  ])('%s equals %s', (a, b) => {
    expect(eq(a, b)).toBe(true);
  });

  it('keeps 1G and 1Gi apart, exactly', () => {
    expect(eq('1G', '1Gi')).toBe(false);
    expect(compareQuantity(q('1G'), q('1Gi'))).toBe(-1);
    expect(q('1G')).toEqual({ mantissa: 1n, exponent: 9 });
    expect(q('1Gi')).toEqual({ mantissa: 1073741824n, exponent: 0 });
  });

  it('holds values no float could (0.1 + 0.2 = 0.3 exactly)', () => {
    expect(quantityEquals(addQuantity(q('0.1'), q('0.2')), q('0.3'))).toBe(true);
    expect(formatQuantity(q('123456789012345678901234567890'))).toBe('123456789012345678901234567890');
  });

  it('accepts YAML numbers', () => {
    expect(eq(String(0.5), '500m')).toBe(true);
    expect(quantityEquals(q(2), q('2'))).toBe(true);
    expect(quantityEquals(q(0.25), q('250m'))).toBe(true);
  });

  it.each([
    ['1K', /lower-case k/],
    [' 1Gi ', /whitespace/],
    ['1Gi ', /whitespace/],
    ['', /empty/],
    ['1 Gi', /not a Kubernetes quantity/],
    ['Gi', /not a Kubernetes quantity/],
    ['1GB', /not a Kubernetes quantity/],
    ['1e', /not a Kubernetes quantity/],
    ['.', /not a Kubernetes quantity/],
    ['1..2', /not a Kubernetes quantity/],
    ['0x10', /not a Kubernetes quantity/],
    ['1ki', /not a Kubernetes quantity/],
    ['1e99999', /out of range/],
    ['--1', /not a Kubernetes quantity/],
  ])('rejects %j', (input, message) => {
    expect(() => q(input)).toThrow(message);
  });
});

describe('formatQuantity', () => {
  it.each([
    ['500m', '500m'],
    ['0.5', '500m'],
    ['1024Mi', '1Gi'],
    ['1G', '1G'],
    ['1000M', '1G'],
    ['2048', '2Ki'],
    ['1500', '1500'],
    ['12000m', '12'],
    ['0', '0'],
    ['-250m', '-250m'],
    ['1e-12', '1e-12'],
    ['1e21', '1000E'],
    ['100n', '100n'],
    ['1.5u', '1500n'],
  ])('%s is written %s', (input, output) => {
    expect(formatQuantity(q(input))).toBe(output);
  });

  it('multiplies and adds exactly', () => {
    expect(formatQuantity(multiplyQuantity(q('500m'), 3))).toBe('1500m');
    expect(formatQuantity(multiplyQuantity(q('512Mi'), 2))).toBe('1Gi');
    expect(formatQuantity(addQuantity(q('1Gi'), q('-1Gi')))).toBe('0');
    expect(() => multiplyQuantity(q('1'), 1.5)).toThrow(/not an integer/);
  });
});

const SUFFIXES = ['', 'n', 'u', 'm', 'k', 'M', 'G', 'T', 'P', 'E', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];

/** Any string of the grammar: sign, digits, optional fraction, suffix or exponent. */
const quantityText = fc
  .tuple(
    fc.constantFrom('', '+', '-'),
    fc.stringMatching(/^\d{1,12}$/),
    fc.option(fc.stringMatching(/^\d{0,9}$/), { nil: undefined }),
    fc.oneof(
      fc.constantFrom(...SUFFIXES),
      fc.integer({ min: -40, max: 40 }).map((e) => `e${e}`),
      fc.integer({ min: 0, max: 40 }).map((e) => `E${e}`),
    ),
  )
  .map(([sign, int, frac, suffix]) => `${sign}${int}${frac === undefined ? '' : `.${frac}`}${suffix}`);

const quantity: fc.Arbitrary<Quantity> = quantityText.map((s) => q(s));

describe('properties', () => {
  it('every generated grammar string parses', () => {
    fc.assert(fc.property(quantityText, (s) => q(s) !== undefined));
  });

  it('parse is the inverse of format', () => {
    fc.assert(
      fc.property(quantity, (x) => {
        expect(q(formatQuantity(x))).toEqual(x);
      }),
    );
  });

  it('format is canonical: equal values are written the same', () => {
    fc.assert(
      fc.property(quantity, fc.integer({ min: 0, max: 6 }), (x, k) => {
        // The same value spelled with k more trailing zeros and a smaller exponent.
        const respelled = `${x.mantissa}${'0'.repeat(k)}e${x.exponent - k}`;
        expect(formatQuantity(q(respelled))).toBe(formatQuantity(x));
      }),
    );
  });

  it('compare is antisymmetric and agrees with equality', () => {
    fc.assert(
      fc.property(quantity, quantity, (a, b) => {
        expect(compareQuantity(a, b)).toBe(-compareQuantity(b, a) || 0);
        expect(compareQuantity(a, b) === 0).toBe(quantityEquals(a, b));
      }),
    );
  });

  it('compare is transitive', () => {
    fc.assert(
      fc.property(quantity, quantity, quantity, (a, b, c) => {
        if (compareQuantity(a, b) <= 0 && compareQuantity(b, c) <= 0)
          expect(compareQuantity(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('compare is total and sorting is stable under it', () => {
    fc.assert(
      fc.property(fc.array(quantity, { maxLength: 20 }), (xs) => {
        const sorted = [...xs].sort(compareQuantity);
        for (let i = 1; i < sorted.length; i++) {
          expect(compareQuantity(sorted[i - 1] as Quantity, sorted[i] as Quantity)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });

  it('adding a positive value makes it larger', () => {
    fc.assert(
      fc.property(quantity, quantity, (a, b) => {
        const sum = addQuantity(a, b);
        expect(compareQuantity(sum, a)).toBe(b.mantissa > 0n ? 1 : b.mantissa < 0n ? -1 : 0);
      }),
    );
  });
});

describe('sumQuantities', () => {
  it('is the exact sum of q × times, as adding them one by one is', () => {
    const term = fc.tuple(
      fc.record({
        mantissa: fc.bigInt({ min: -1_000_000_000_000n, max: 1_000_000_000_000n }),
        exponent: fc.integer({ min: -9, max: 18 }),
      }),
      fc.integer({ min: 0, max: 1000 }),
    );
    fc.assert(
      fc.property(fc.array(term, { maxLength: 30 }), (terms) => {
        let folded: Quantity = ZERO_QUANTITY;
        for (const [q, times] of terms) folded = addQuantity(folded, multiplyQuantity(q, times));
        expect(compareQuantity(sumQuantities(terms), folded)).toBe(0);
        expect(quantityEquals(sumQuantities(terms), folded)).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(
      formatQuantity(
        sumQuantities([
          [parseQuantity('250m'), 4],
          [parseQuantity('1'), 2],
          [parseQuantity('1500m'), 1],
        ]),
      ),
    ).toBe('4500m');
  });
});
