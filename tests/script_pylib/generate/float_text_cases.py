#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes ../float_text_cases.inc: repr() of tricky and random doubles, and
format() of doubles through each presentation type."""
import math
import random
import struct
from common import bits, c_str, write

TRICKY = [0.0, -0.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.0, -1.0, 1.5, 2.5, 1 / 3, 2 / 3, 100.0, 1e15, 1e16,
          1e17, 9999999999999998.0, 1e-4, 1e-5, 1e-7, 0.00012345, 123456789012345.0,
          1234567890123456.0, 12345678901234567.0, 1.2345678901234567e20, 1e22, 1e23, float(2**53),
          2**53 + 2.0, float(2**63), 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
          1.7976931348623157e308, math.inf, -math.inf, math.nan, math.pi, math.e, 2.675,
          0.5, 1e300, 1.1, 3.14, -273.15, 6.02214076e23, 6.62607015e-34, 299792458.0,
          0.30000000000000004, 4.35, 0.07, 1e-323, 123.456, 1e100, 9.999999999999999e22]


def main():
    rng = random.Random(7)
    values = list(TRICKY)
    while len(values) < 150:
        k = rng.random()
        if k < 0.4:
            x = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
            if math.isnan(x):
                continue
        elif k < 0.7:
            x = round(rng.uniform(-1e6, 1e6), rng.randint(0, 9))
        else:
            x = rng.randint(1, 10**6) / 10**rng.randint(0, 15) * 10**rng.randint(0, 20)
        values.append(x)
    lines = ['#ifdef PYLIB_REPR_CASES']
    for x in values:
        lines.append(f'{{{bits(x)}, {c_str(repr(x))}}},')
    lines.append('#endif')
    lines.append('#ifdef PYLIB_DTOS_CASES')
    codes = ['e', 'E', 'f', 'F', 'g', 'G']
    for x in values[:60]:
        code = rng.choice(codes)
        prec = rng.choice([0, 1, 2, 3, 6, 10, 17, 25])
        alt = rng.random() < 0.3
        spec = ('#' if alt else '') + '.%d%s' % (prec, code)
        lines.append(f'{{{bits(x)}, \'{code}\', {prec}, {"true" if alt else "false"}, '
                     f'{c_str(format(x, spec))}}},')
    lines.append('#endif')
    write('float_text_cases.inc', lines, 'float_text_cases.py')


if __name__ == '__main__':
    main()
