#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes ../unicode_props_cases.inc: for each code point property and case
mapping, how many code points have it (or change) and a checksum of which
(and to what), over all of Unicode."""
import unicodedata
from common import write

# Every code point below 0x32000 (all of Unicode 14.0 but plane 14 and the
# private use planes) and samples of the rest: enough to check every table
# range, and quick.
DOMAIN = [*range(0x32000), *range(0xE0000, 0xE1000), *range(0xF0000, 0xF0010),
          *range(0x10FFF0, 0x110000)]

PROPS = [
    ('isAlpha', str.isalpha), ('isDecimal', str.isdecimal), ('isDigit', str.isdigit),
    ('isNumeric', str.isnumeric), ('isAlnum', str.isalnum), ('isSpace', str.isspace),
    ('isLower', str.islower), ('isUpper', str.isupper),
    ('isTitle', lambda c: unicodedata.category(c) == 'Lt'), ('isPrintable', str.isprintable),
    ('isIdentifierStart', str.isidentifier),
    ('isIdentifierContinue', lambda c: ('a' + c).isidentifier()),
    ('isLineBreak', lambda c: len(('a' + c + 'b').splitlines()) == 2),
]


def main():
    lines = ['#ifndef PYLIB_CASE_MAPPINGS']
    for name, pred in PROPS:
        count = checksum = 0
        for cp in DOMAIN:
            if pred(chr(cp)):
                count += 1
                checksum = (checksum * 1000003 + cp) % 2**64
        lines.append(f'{{"{name}", {name}, {count}u, {checksum}ULL}},')
    lines.append('#else')
    for name, fn in (('appendLower', str.lower), ('appendUpper', str.upper),
                     ('appendTitle', str.title), ('appendFolded', str.casefold)):
        count = checksum = 0
        for cp in DOMAIN:
            mapped = fn(chr(cp))
            if mapped != chr(cp):
                count += 1
                for c in [cp] + [ord(m) for m in mapped]:
                    checksum = (checksum * 1000003 + c) % 2**64
        lines.append(f'{{"{name}", {name}, {count}u, {checksum}ULL}},')
    lines.append('#endif')
    write('unicode_props_cases.inc', lines, 'unicode_props_cases.py')


if __name__ == '__main__':
    main()
