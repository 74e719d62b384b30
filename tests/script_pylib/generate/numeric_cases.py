#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes ../numeric_cases.inc and ../number_parse_cases.inc: round(),
division, modulo, powers, int() and float() of text, as CPython 3.11
computes them. Results that are ints beyond int64 appear as None (pylib's
std::nullopt)."""
import math
import random
from common import Lit, bits, c_str, outcome, row, write

I64 = (-2**63, 2**63 - 1)


def fit(v):
    return str(v) if I64[0] <= v <= I64[1] else 'None'


def int_literal(v):
    return f'{v}LL' if v != -2**63 else '(-9223372036854775807LL - 1)'


ROUND_VALUES = [2.675, 0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, 1.005, 2.345, 1234.5678, -1234.5678,
                1e15 + 0.5, 0.1, 1 / 3, 12345.0, 15.0, 25.0, -35.0, 1e300, 1.7976931348623157e308,
                5e-324, 0.0, -0.0, math.inf, math.nan, 4503599627370497.0, 0.285, 1.45, 9.995]
ROUND_DIGITS = [0, 1, 2, 3, -1, -2, 5, 17, 400, -400, -308]


def main():
    rng = random.Random(13)
    lines = ['#ifdef PYLIB_ROUND_CASES']
    for x in ROUND_VALUES:
        for nd in rng.sample(ROUND_DIGITS, 3):
            lines += row([bits(x), str(nd)], outcome(lambda: repr(round(x, nd))))
    lines.append('#endif')
    lines.append('#ifdef PYLIB_ROUND_TO_INT_CASES')
    for x in ROUND_VALUES + [0.49999999999999994, -1.5, 3.5, 1e19, -9.3e18]:
        lines += row([bits(x)], outcome(lambda: fit(round(x))))
    lines.append('#endif')
    lines.append('#ifdef PYLIB_INT_ROUND_CASES')
    for n, nd in [(25, -1), (35, -1), (-25, -1), (15, -1), (1234, -2), (1250, -2), (1350, -2),
                  (-1350, -2), (5, -1), (4, -1), (6, -1), (7, 2), (999, -3), (500, -3), (1500, -3),
                  (2**63 - 1, -18), (9 * 10**18, -19), (-9 * 10**18, -19), (2**62, -25),
                  (-2**63, -1), (2**63 - 1, -1), (123456789, -4)]:
        lines += row([int_literal(n), str(nd)], outcome(lambda: fit(round(n, nd))))
    lines.append('#endif')
    lines.append('#ifdef PYLIB_FLOAT_ARITH_CASES')
    pairs = [(7.0, 2.0), (-7.0, 2.0), (7.0, -2.0), (-7.0, -2.0), (7.5, 2.0), (-7.5, 2.0),
             (0.0, 3.0), (-0.0, 3.0), (0.0, -3.0), (1.0, 0.0), (1e308, 1e-308), (5.0, math.inf),
             (-5.0, math.inf), (math.inf, 2.0), (3.0, 0.1), (-3.0, 0.1), (1.0, 0.1), (0.3, 0.1),
             (1e16, 3.0), (math.nan, 1.0), (2.0, -0.0), (-1e-300, 1e300)]
    for a, b in pairs:
        for op, fn in (('/', lambda: repr(a / b)), ('//', lambda: repr(a // b)),
                       ('%', lambda: repr(a % b)), ('divmod', lambda: '%r %r' % divmod(a, b))):
            lines += row([bits(a), bits(b), Lit(op)], outcome(fn))
    lines.append('#endif')
    lines.append('#ifdef PYLIB_FLOAT_POW_CASES')
    for a, b in [(2.0, 10.0), (2.0, -1.0), (2.0, 0.5), (-8.0, 3.0), (-8.0, 2.0), (-1.0, 1e300),
                 (0.0, -1.0), (-0.0, 3.0), (-0.0, -3.0), (10.0, 400.0), (10.0, -400.0),
                 (math.nan, 0.0), (1.0, math.nan), (math.inf, -1.0), (-math.inf, 3.0),
                 (0.5, math.inf), (2.0, -math.inf), (1.0000001, 1e10), (-2.0, 0.5), (9.0, 0.5)]:
        def power():
            if a < 0 and math.isfinite(b) and b != int(b):
                raise ValueError('negative number cannot be raised to a fractional power')
            return repr(a ** b)
        lines += row([bits(a), bits(b)], outcome(power))
    lines.append('#endif')
    lines.append('#ifdef PYLIB_INT_ARITH_CASES')
    ints = [0, 1, -1, 7, -7, 2, -2, 3, 10, -10, 2**53 + 1, 2**63 - 1, -2**63, 10**18 + 7,
            -(10**17) - 3, 9007199254740993, 123456789123456789]
    for _ in range(60):
        a, b = rng.choice(ints), rng.choice(ints)
        for op, fn in (('/', lambda: repr(a / b)), ('//', lambda: fit(a // b)),
                       ('%', lambda: fit(a % b))):
            lines += row([int_literal(a), int_literal(b), Lit(op), '0'], outcome(fn))
    for a, e in [(2, 10), (2, 62), (2, 63), (-2, 63), (-2, 64), (3, 39), (3, 40), (10, 18),
                 (10, 19), (-1, 2**62), (0, 0), (7, 0), (1, 10**18), (-3, 3), (2**32, 2)]:
        lines += row([int_literal(a), int_literal(e), Lit('**'), '0'], outcome(lambda: fit(a ** e)))
    for a, e, m in [(2, 10, 1000), (3, 200, 13), (-2, 3, 5), (2, 3, -5), (38, -1, 97), (2, -1, 4),
                    (5, 0, 1), (10**18, 10**18, 2**63 - 1), (-7, -3, 11), (0, 5, 7)]:
        lines += row([int_literal(a), int_literal(e), Lit('pow'), int_literal(m)],
                     outcome(lambda: fit(pow(a, e, m))))
    lines.append('#endif')
    write('numeric_cases.inc', lines, 'numeric_cases.py')
    lines = ['#ifdef PYLIB_PARSE_INT_CASES']
    texts = ['0', '42', '-42', '+7', '  12  ', '\t\n12\r', '1_000_000', '1__0', '_1', '1_', '0x1f',
             '0o17', '0b101', '0b_101', '0_0', '00', '010', '0x', '', ' ', '-', '- 1', '1 2', '٣٤',
             '１２', '\u00a012\u2003', '\x1c1', '9223372036854775807', '9223372036854775808',
             '-9223372036854775808', '-9223372036854775809', 'abc', 'Z', '1e5', '1.0', 'x' * 250,
             '0x_ff', '١_٢', 'ff', '12abc']
    for t in texts:
        for base in rng.sample([10, 10, 0, 2, 8, 16, 36, 1], 2):
            lines += row([Lit(t), str(base)], outcome(lambda: fit(int(t, base))))
    lines += row([Lit('1' * 4301), '10'], outcome(lambda: fit(int('1' * 4301))))
    lines.append('#endif')
    lines.append('#ifdef PYLIB_PARSE_FLOAT_CASES')
    for t in ['1', '1.5', '-1.5', '+1.5', ' 1.5 ', '1_0.5', '1__0', '_1', '1_', '1_e5', '1e_5',
              '1e5_0', '.5', '5.', '.', 'e5', '1e', '1e+', '1e-5', '1E5', 'inf', '-inf',
              '+Infinity', 'nan', '-NaN', 'infinity', 'infin', 'nanx', '1e400', '-1e400', '1e-400',
              '2e-324', '3e-324', '0x1p3', '١.٥', '\u20031.5\u2003', '', ' ', '1.5.5', '--1',
              '1e5.5', '0.1', '3.14159265358979323846', '1' * 30, '2.5e-3', 'é', '1,5']:
        lines += row([Lit(t)], outcome(lambda: repr(float(t))))
    lines.append('#endif')
    write('number_parse_cases.inc', lines, 'numeric_cases.py')


if __name__ == '__main__':
    main()
