#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes ../percent_cases.inc: format % values as CPython 3.11 gives it.
Objects of other types are instances of a class Foo whose str() is 'S<n>'
and repr() 'R<n>'; mappings are dicts of such values."""
import math
import random
from common import Lit, bits, c_str, outcome, row, write


class Foo:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        return f'S{self.n}'

    def __repr__(self):
        return f'R{self.n}'


def cpp(v):
    if isinstance(v, bool):
        return f'V::ofBool({"true" if v else "false"})'
    if isinstance(v, int):
        return f'V::ofInt({v}LL)' if v != -2**63 else 'V::ofInt(INT64_MIN)'
    if isinstance(v, float):
        return f'V::ofFloat(fromBits({bits(v)}))'
    if isinstance(v, str):
        return f'V::ofStr({c_str(v)})'
    return f'V::ofOther("Foo", {v.n})'


CURATED = [
    ('%5.2f', (3.14159,)), ('%-8s|', ('abc',)), ('%08.3f', (-3.14159,)), ('%+d', (0,)),
    ('% d', (42,)), ('%x %X %o', (255, 255, 8)), ('%#x %#X %#o', (255, 255, 8)),
    ('%#010x', (255,)), ('%#.4x', (255,)), ('%.5d', (-42,)), ('%5.3s|', ('abcdef',)),
    ('%r', ('it\'s',)), ('%a', ('héllo',)), ('%s', ('héllo',)), ('%c%c', (65, 'é')),
    ('%d%%', (50,)), ('%e', (12345.678,)), ('%G', (1e-10,)), ('%#g', (1.0,)), ('%F', (math.inf,)),
    ('%d', (3.99,)), ('%d', (-3.99,)), ('%i', (True,)), ('%s', (True,)),
    ('%s and %r', (Foo(1), Foo(2))), ('%10s|', (Foo(3),)), ('%.1s', (Foo(4),)), ('%d', (Foo(5),)),
    ('%x', (1.5,)), ('%f', ('3',)), ('%c', ('ab',)), ('%c', (-1,)), ('%c', (1.5,)), ('%y', (1,)),
    ('%s %s', (1,)), ('%s', (1, 2)), ('abc', ()), ('%', ()), ('%5', (1,)), ('%*d', (5, 3)),
    ('%-*d|', (5, 3)), ('%*d|', (-5, 3)), ('%.*f', (2, 3.14159)), ('%*d', ('x', 3)),
    ('%(a)s', (1,)), ('%ld %hd %Lf', (1, 2, 3.5)), ('%5%', (1,)), ('%\x01', (1,)),
    ('%é', (1,)), ('%d', (math.inf,)), ('%d', (math.nan,)), ('%d', (1e20,)), ('%.3d', (1.9,)),
    ('%+#8X|', (255,)), ('%-+8.3f|', (3.14159,)), ('%#.0f', (2.0,)), ('%.0e', (12345,)),
    ('%10.4s|', ('héllo wörld',)), ('%-10r|', ('é',)), ('%05s', ('ab',)), ('%-05d|', (-5,)),
    ('%s', (2**63 - 1,)), ('%d', (-2**63,)), ('%o', (-8,)), ('%.0f %.0f %.0f', (0.5, 1.5, 2.5)),
    ('%3c|', ('😀',)), ('%s', ('',)), ('%.0s|', ('abc',)), ('%(x)s', ()),
]


def main():
    rng = random.Random(17)
    cases = list(CURATED)
    types = list('dioxXeEfFgGcsra')
    pool = [0, 7, -7, 255, 3.5, -0.25, 1e16, 'abc', 'é', True, Foo(9)]
    while len(cases) < 150:
        spec = '%' + rng.choice(['', '-', '+', ' ', '#', '0', '-0', '+0']) + \
            rng.choice(['', '5', '12']) + rng.choice(['', '.0', '.3']) + rng.choice(types)
        cases.append((spec + '|', (rng.choice(pool),)))
    lines = ['#ifdef PYLIB_PERCENT_TUPLE_CASES']
    for fmt, args in cases:
        # The values' initializer list, one field per value so long rows wrap.
        values = [cpp(a) for a in args] or ['']
        values[0] = '{' + values[0]
        values[-1] += '}'
        lines += row([Lit(fmt)] + values, outcome(lambda: fmt % args))
    lines.append('#endif')
    lines.append('#ifdef PYLIB_PERCENT_SINGLE_CASES')
    for fmt, arg in [('%s', 5), ('%d', True), ('%s', Foo(7)), ('%r', 'x'), ('abc', 5), ('%s %s', 5),
                     ('%5.1f', 2.25), ('%c', 'z'), ('%x', 'a')]:
        lines += row([Lit(fmt), cpp(arg)], outcome(lambda: fmt % arg))
    lines.append('#endif')
    lines.append('#ifdef PYLIB_PERCENT_MAPPING_CASES')
    mapping = {'name': 'Ана', 'n': 3, 'x': 2.5, 'obj': Foo(8), 'a(b)': 'nested'}
    for fmt in ['%(name)s has %(n)d', '%(x).2f', '%(obj)r %(obj)s', '%(n)05d', '%(a(b))s',
                '%(missing)s', '%(n)s %s', 'no fields', '%(n', '%(n)', '%(x)*d', '%%(n)s']:
        lines += row([Lit(fmt)], outcome(lambda: fmt % mapping))
    lines.append('#endif')
    write('percent_cases.inc', lines, 'percent_cases.py')


if __name__ == '__main__':
    main()
