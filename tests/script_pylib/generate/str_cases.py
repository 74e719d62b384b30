#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes ../str_cases.inc (indexing, searching, splitting, stripping,
padding) and ../str_case_cases.inc (case mappings and predicates): str
methods as CPython 3.11 runs them. Rows are {method, s, text1, text2, n1, n2,
n3, expected}: nullptr and kNone stand for None; lists print as [a|b|c],
tuples of prefixes are written (a|b)."""
import random
from common import Lit, c_str, outcome, row, write

NONE = 'kNone'


def show(v):
    if isinstance(v, list):
        assert all('|' not in x for x in v)
        return '[' + '|'.join(v) + ']'
    if isinstance(v, tuple):
        return '[' + '|'.join(v) + ']'
    return str(v)


def case(method, s, t1=None, t2=None, n1=None, n2=None, n3=None):
    def call():
        m = getattr(s, method) if method not in ('len', 'getitem', 'slice') else None
        if method == 'len': return len(s)
        if method == 'getitem': return s[n1]
        if method == 'slice': return s[n1:n2:n3]
        if method in ('find', 'rfind', 'index', 'rindex', 'count'): return m(t1, n1, n2)
        if method in ('startswith', 'endswith'):
            arg = tuple(t1[1:-1].split('|')) if t1.startswith('(') else t1
            return m(arg, n1, n2)
        if method == 'replace': return m(t1, t2, -1 if n1 is None else n1)
        if method in ('partition', 'rpartition'): return m(t1)
        if method in ('split', 'rsplit'): return m(t1, -1 if n1 is None else n1)
        if method == 'splitlines': return m(bool(n1))
        if method in ('strip', 'lstrip', 'rstrip'): return m(t1)
        if method in ('center', 'ljust', 'rjust'): return m(n1, t1)
        if method == 'expandtabs': return m(8 if n1 is None else n1)
        if method == 'zfill': return m(n1)
        return m()
    text = lambda t: 'nullptr' if t is None else Lit(t)
    num = lambda n: NONE if n is None else (f'{n}LL' if n != -2**63 else 'INT64_MIN')
    return row([Lit(method), Lit(s), text(t1), text(t2), num(n1), num(n2), num(n3)],
               outcome(lambda: show(call())))


SAMPLES = ['', 'a', 'abc', 'hello world', '  spaced  out  ', 'a,b,,c,', 'Привіт, світе',
           'ação é não', '日本語テキスト', 'emoji 😀 here', 'tab\there', 'x\u3000y\xa0z',
           'line1\nline2\r\nline3\rline4\x0bline5\x1cend', 'aaaa', 'abcabcabc']
IDX = [None, 0, 1, 2, -1, -2, 3, 5, -5, 100, -100, 2**63 - 1, -2**63]


def main():
    rng = random.Random(19)
    lines = []
    # Curated edge cases.
    lines += case('split', '  a  b   c  ')
    lines += case('split', '  a  b   c  ', None, None, 1)
    lines += case('rsplit', '  a  b   c  ', None, None, 1)
    lines += case('split', '', None)
    lines += case('split', '', ',')
    lines += case('split', 'a,b,,c', ',')
    lines += case('split', 'a,b,,c', ',', None, 2)
    lines += case('rsplit', 'a,b,,c', ',', None, 2)
    lines += case('split', 'abc', '')
    lines += case('split', 'a\u2003b\x85c\u200bd')
    lines += case('split', '\x1c a \x1f')
    lines += case('splitlines', 'a\nb\r\nc\rd\x85e\u2028f\n', None, None, 0)
    lines += case('splitlines', 'a\nb\r\nc\rd\x85e\u2028f\n', None, None, 1)
    lines += case('splitlines', '')
    lines += case('splitlines', '\n')
    lines += case('strip', '  \t\n x y \u3000\xa0')
    lines += case('strip', 'xxhixx', 'x')
    lines += case('strip', 'абвгаб', 'аб')
    lines += case('strip', ' abc ', '')
    lines += case('lstrip', '0001200', '0')
    lines += case('rstrip', '0001200', '0')
    lines += case('find', 'abcabc', 'c', None, 3)
    lines += case('find', 'abc', '', None, 3)
    lines += case('find', 'abc', '', None, 4)
    lines += case('rfind', 'abc', '')
    lines += case('count', 'abc', '')
    lines += case('count', 'aaaa', 'aa')
    lines += case('index', 'abc', 'd')
    lines += case('replace', 'abc', '', '-')
    lines += case('replace', 'abc', '', '-', 2)
    lines += case('replace', '', '', 'x')
    lines += case('replace', 'aaaa', 'a', 'b', 2)
    lines += case('replace', 'привіт', 'і', 'i')
    lines += case('partition', 'key=value=x', '=')
    lines += case('rpartition', 'key=value=x', '=')
    lines += case('partition', 'novalue', '=')
    lines += case('rpartition', 'novalue', '=')
    lines += case('partition', 'abc', '')
    lines += case('startswith', 'hello', '(he|x)')
    lines += case('endswith', 'hello', '(x|lo)')
    lines += case('startswith', 'hello', 'ell', None, 1)
    lines += case('startswith', 'abc', '', None, 4)
    lines += case('center', 'abc', ' ', None, 6)
    lines += case('center', 'ab', '*', None, 5)
    lines += case('center', 'ação', 'é', None, 9)
    lines += case('center', 'x', 'ab', None, 5)
    lines += case('ljust', 'x', '😀', None, 4)
    lines += case('zfill', '-42', None, None, 6)
    lines += case('zfill', '+a', None, None, 4)
    lines += case('zfill', 'é', None, None, 3)
    lines += case('expandtabs', 'a\tbc\td\ne\tf')
    lines += case('expandtabs', 'a\tbc\td', None, None, 4)
    lines += case('slice', 'Привіт', None, None, None, None, -1)
    lines += case('slice', 'Привіт', None, None, 1, -1, 2)
    lines += case('slice', 'abc', None, None, None, None, 0)
    lines += case('getitem', 'ação', None, None, -2)
    lines += case('getitem', 'abc', None, None, 3)
    lines += case('len', 'emoji 😀 é')
    # Random combinations.
    for _ in range(170):
        s = rng.choice(SAMPLES)
        sub = rng.choice(['', 'a', 'b', ',', ' ', 'o', 'abc', 'і', '😀', s[1:3]])
        method = rng.choice(['getitem', 'slice', 'find', 'rfind', 'index', 'count', 'startswith',
                             'endswith', 'replace', 'split', 'rsplit', 'strip', 'rstrip',
                             'partition', 'center', 'rjust', 'splitlines'])
        if method == 'getitem': lines += case(method, s, n1=rng.randint(-8, 8))
        elif method == 'slice':
            lines += case(method, s, n1=rng.choice(IDX), n2=rng.choice(IDX),
                          n3=rng.choice([None, 1, 2, -1, -2, 3, -3]))
        elif method in ('find', 'rfind', 'index', 'count', 'startswith', 'endswith'):
            lines += case(method, s, sub, None, rng.choice(IDX), rng.choice(IDX))
        elif method == 'replace':
            lines += case(method, s, sub, rng.choice(['', 'X', 'ії']), rng.choice([-1, 0, 1, 2]))
        elif method in ('split', 'rsplit'):
            lines += case(method, s, rng.choice([None, sub or ',']), None,
                          rng.choice([-1, 0, 1, 2]))
        elif method in ('strip', 'rstrip'): lines += case(method, s, rng.choice([None, sub, 'ah ']))
        elif method == 'partition': lines += case(method, s, sub or ',')
        elif method in ('center', 'rjust'):
            lines += case(method, s, rng.choice([' ', '-', 'ї']), None, rng.randint(0, 20))
        else: lines += case(method, s, n1=rng.randint(0, 1))
    write('str_cases.inc', lines, 'str_cases.py')

    lines = []
    words = ['hello world', 'HELLO', 'Hello World', 'ação e coração', 'AÇÃO', 'São Paulo',
             'привіт світе', 'ПРИВІТ', 'Їжак ґанок єнот', 'straße', 'STRASSE', 'ǆungla ǅ Ǆ',
             'İstanbul', 'ΣΊΣΥΦΟΣ', 'ὈΔΥΣΣΕΎΣ Σ', 'ﬁnal ﬀ', "they're bill's", 'Ωmega ΐ',
             'ŉ ǰ', 'a1b2', 'x\u0345', 'Σ.', 'AΣ\u0301b', 'ÀÉÎÕÜ àéîõü', 'Ǯǯ Ĳĳ Ŋŋ',
             'ǅemal', '123', '', ' ', 'ﬃ', '\U00010400\U00010428', 'ꞵ Ꞵ', 'Ⅻ ⅻ', 'ǈ']
    for w in words:
        for m in ('upper', 'lower', 'title', 'capitalize', 'swapcase', 'casefold'):
            lines += case(m, w)
    preds = ['isdigit', 'isdecimal', 'isnumeric', 'isalpha', 'isalnum', 'isspace', 'isupper',
             'islower', 'istitle', 'isprintable', 'isidentifier', 'isascii']
    for w in ['', 'abc', 'ABC', 'Abc Def', 'Abc def', 'ação', '123', '١٢٣', '²³', '½', 'Ⅻ', ' \t',
              '\u3000', 'a b', '_x1', '1x', 'π', 'ǅ', 'Ǆǆ', 'ǅa Ǆa', 'x\x7f', 'e\u0301', '😀',
              'Привіт', 'ПРИВІТ', 'ß', 'ᾼ']:
        for m in rng.sample(preds, 6):
            lines += case(m, w)
    write('str_case_cases.inc', lines, 'str_cases.py')


if __name__ == '__main__':
    main()
