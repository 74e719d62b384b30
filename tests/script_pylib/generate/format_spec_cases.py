#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes ../format_spec_cases.inc: format(value, spec) for ints, floats and
strs, errors included, as CPython 3.11 gives them."""
import math
import random
from common import Lit, bits, c_str, outcome, row, write

INT_SPECS = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'c', ',', '_', '_b', '_x', '#_x',
             ',x', '010', '+010', ' 10', '<10', '^11', '=10', '0=10', '*^+10,', '010,', '012_',
             '#012_b', 'e', '.2f', '%', 'g', 'n', '+c', '#c', '.2', 'z', 's', '10c', '020,d',
             '025_d', '09_x', 'xx', '€>8', '€^9,', '-', ' ', '+', '#010x', '#10o', '0', '00',
             'X<8', '>', '_o', '#_o', '1,', '08.3f', 'E', 'G']
INT_VALUES = [0, 1, -1, 7, -7, 42, 255, -255, 1000, -1234567, 65, 233, 0x1F600, 10**9 + 7,
              2**63 - 1, -2**63, 0x110000]
FLOAT_SPECS = ['', 'f', '.2f', '.0f', '#.0f', 'e', '.3e', 'E', 'g', '.3g', 'G', '#g', '.0g', '%',
               '.1%', '10.2f', '<10.2f', '^10.2f', '=+10.2f', '010.2f', '+.3', ' .3', ',',
               ',.2f', '_.3f', '015,.2f', '020_', 'z.1f', 'z', '.1', '.17g', '.20f', '.30e', 'n',
               '.3n', '#', '#.3', 'x<+12.3e', '*^15,.4f', '0=12', '012', '-012.1e', '#.0e', 'F',
               '.3F', '+', 'd', 's', ',_', '.', 'z+.2f', 'zd', '.2%', ' 012,.3f', '>+20.10e']
FLOAT_VALUES = [0.0, -0.0, 1.0, -1.5, 2.5, 0.1, 1 / 3, 2.675, 1234567.891, -0.0004, 1e16, 1e-7,
                123456789.0, 1.5e300, 5e-324, math.inf, -math.inf, math.nan, 99.995, 0.5,
                -1234.5678, 1e22]
STR_SPECS = ['', 's', '10', '<10', '>10', '^10', '^11', '.3', '10.3', '*^9', '€>7', 'é<6.2', '+',
             '#', '=10', 'z', '05', '0>5', 'd', ',', '+z', 'z#', '.0', '1', '^', '😀^5']
STR_VALUES = ['', 'a', 'abc', 'héllo', 'Привіт', 'ação', '日本語', '😀x']


def main():
    rng = random.Random(11)
    lines = ['#ifdef PYLIB_INT_CASES']
    for spec in INT_SPECS:
        for v in rng.sample(INT_VALUES, 4):
            if spec.endswith('c') and (v == 0 or (v > 0x10FFFF and rng.random() < 0.5)):
                v = 0xE9  # chr(0) cannot sit in a C string table
            literal = f'{v}LL' if v != -2**63 else '(-9223372036854775807LL - 1)'
            lines += row([literal, Lit(spec)], outcome(lambda: format(v, spec)))
    lines.append('#endif')
    lines.append('#ifdef PYLIB_FLOAT_CASES')
    for spec in FLOAT_SPECS:
        for v in rng.sample(FLOAT_VALUES, 4):
            lines += row([bits(v), Lit(spec)], outcome(lambda: format(v, spec)))
    lines.append('#endif')
    lines.append('#ifdef PYLIB_STR_CASES')
    for spec in STR_SPECS:
        for v in rng.sample(STR_VALUES, 3):
            lines += row([Lit(v), Lit(spec)], outcome(lambda: format(v, spec)))
    lines.append('#endif')
    write('format_spec_cases.inc', lines, 'format_spec_cases.py')


if __name__ == '__main__':
    main()
