#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes ../str_repr_cases.inc: repr() and ascii() of strs, and
str.format() results (with every argument standing for a class whose
attributes, items, format and repr/str show the path that reached them)."""
import random
from common import Lit, c_str, outcome, row, write

STRINGS = ['', 'a', "it's", 'say "hi"', 'both \' and "', 'back\\slash', 'tab\tnl\ncr\r',
           '\x01\x1f\x7f', '\x80\x9f\xa0\xad', 'é ç ã õ', 'Привіт', '日本', '😀', '\u200b\ufeff',
           '\u2028\u2029', '\ud800', '\udcff', '\U000e0041', '\U0010ffff', 'ÿ\u0100', 'x\u0301',
           "'\"", 'line\x0bbreak\x0c', '\u00a0nbsp', '\u3000ideographic', 'ǅ', 'zero\u200dwidth',
           '\U0001d7ce', '\ue000private', '\ufffd']


class P:
    """An argument of str.format: its path through attributes and items."""

    def __init__(self, path):
        self.path = path

    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        return P(self.path + '.' + name)

    def __getitem__(self, key):
        return P(self.path + '[' + (str(key) if isinstance(key, int) else repr(key)) + ']')

    def __format__(self, spec):
        return self.path + '|' + spec + '|'

    def __repr__(self):
        return 'R(' + self.path + ')'

    def __str__(self):
        return 'S(' + self.path + ')'


PIECES = ['x', 'é', ' ', '{', '}', '{{', '}}', '{}', '{0}', '{1}', '{5}', '{a}', '{zz}', '{0.x}',
          '{[1]}', '{0[key]}', '{a.b[2].c}', '{0!r}', '{!s}', '{!a}', '{0!x}', '{!}', '{0:>5}',
          '{:{}}', '{0:{1}}', '{:{a}}', '{:{:{}}}', '{0.}', '{0[}', '{0]}', '{0[]}', '{a[b]c}',
          '{0!rr}', '{0!r:<4}', '{:', '{!r', '{0[a.b]}', '{ {} }', '{٣}', '{0[٣]}',
          '{:>{0}.{1}}', '{99999999999999999999}', '{.x}', '{[0]x}', '{!r:{}}', '{0:{{}}}',
          '{0.a.b.c}', '{0[-1]}', '{:}', '{!}}']


def main():
    lines = ['#ifdef PYLIB_REPR_CASES']
    for s in STRINGS:
        lines += row([Lit(s), Lit(repr(s))], ascii(s))
    lines.append('#endif')
    lines.append('#ifdef PYLIB_FORMAT_CASES')
    rng = random.Random(23)
    formats = ['{} and {}', '{0}{1}{0}', '{name}', '{0.attr[3]}', '{:>{width}}', '{!r:^12}',
               'no fields', '{{literal}}', '{0:{1}.{2}}', '{a[x]}'] + \
        [''.join(rng.choice(PIECES) for _ in range(rng.randint(1, 3))) for _ in range(110)]
    for fmt in formats:
        nargs = rng.randint(0, 3)
        kws = ['a', 'name', 'width'][:rng.randint(0, 3)]
        args = [P('a%d' % i) for i in range(nargs)]
        kwargs = {k: P('k_' + k) for k in kws}
        lines += row([Lit(fmt), str(nargs), Lit(','.join(kws))],
                     outcome(lambda: fmt.format(*args, **kwargs)))
    lines.append('#endif')
    write('str_repr_cases.inc', lines, 'str_repr_cases.py')


if __name__ == '__main__':
    main()
