#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes ../random_cases.inc: call sequences on random.Random(seed) and what
CPython returns for each call. Ops (random_test.cpp runs them):
  r random()            b<k> getrandbits(k)     g<n> randrange(n)
  g<a>,<b>,<s> randrange(a, b, s)              i<a>,<b> randint(a, b)
  c<n> choice(range(n))  s<n> shuffle(list(range(n)))
  S<n>,<k> sample(range(n), k)                 C<n>,<k> choices(range(n), k=k)
  W<k>,<w>... choices(range(len(w)), weights=w, k=k)
  u uniform(-3.5, 10.25) G gauss(1.5, 2.0) N normalvariate() E expovariate(1.5)
  T triangular(1.0, 5.0, 2.0)
Lists print as items joined by '.'; errors as !Class:message."""
import random
from common import c_str, c_str_lines, outcome, write

SEEDS = [0, 1, 2, 42, 7, -7, 123, 2024, 99999, 2**31 - 1, 2**32, 2**32 + 5, -2**40, 2**53 + 1,
         2**63 - 1, -2**63, 2**64 + 3, 12345678901234567890123, -(2**100 + 17)]


def run_op(rng, op):
    v = [int(x) for x in op[1:].split(',')] if len(op) > 1 else []
    c = op[0]
    dotted = lambda xs: '.'.join(str(x) for x in xs)
    if c == 'r': return repr(rng.random())
    if c == 'b': return str(rng.getrandbits(v[0]))
    if c == 'g': return str(rng.randrange(v[0]) if len(v) == 1 else rng.randrange(*v))
    if c == 'i': return str(rng.randint(*v))
    if c == 'c': return str(rng.choice(range(v[0])))
    if c == 's':
        x = list(range(v[0])); rng.shuffle(x); return dotted(x)
    if c == 'S': return dotted(rng.sample(range(v[0]), v[1]))
    if c == 'C': return dotted(rng.choices(range(v[0]), k=v[1]))
    if c == 'W': return dotted(rng.choices(range(len(v) - 1), weights=v[1:], k=v[0]))
    if c == 'u': return repr(rng.uniform(-3.5, 10.25))
    if c == 'G': return repr(rng.gauss(1.5, 2.0))
    if c == 'N': return repr(rng.normalvariate())
    if c == 'E': return repr(rng.expovariate(1.5))
    if c == 'T': return repr(rng.triangular(1.0, 5.0, 2.0))
    raise AssertionError(op)


def program(gen):
    ops = ['r', 'r', 'r']
    for _ in range(14):
        k = gen.choice('rbgggiicsSCWuGNET')
        if k == 'b': ops.append('b%d' % gen.choice([1, 7, 31, 32, 33, 53, 64]))
        elif k == 'g':
            ops.append(gen.choice(['g10', 'g1', 'g1000', 'g%d' % 2**40, 'g0,100,7', 'g-50,50,1',
                                   'g100,0,-3', 'g-9223372036854775808,9223372036854775807,1',
                                   'g5,5,1', 'g1,10,0', 'g0']))
        elif k == 'i':
            ops.append(gen.choice(['i1,6', 'i-10,10', 'i0,1', 'i1,1000000', 'i5,4',
                                   'i-9223372036854775808,9223372036854775807']))
        elif k == 'c': ops.append(gen.choice(['c3', 'c10', 'c1', 'c0', 'c1000']))
        elif k == 's': ops.append(gen.choice(['s5', 's10', 's1', 's0']))
        elif k == 'S': ops.append(gen.choice(['S10,3', 'S5,5', 'S100,8', 'S1000,25', 'S3,4']))
        elif k == 'C': ops.append(gen.choice(['C5,3', 'C2,6']))
        elif k == 'W': ops.append(gen.choice(['W4,1,2,3', 'W3,0,5,0,1', 'W2,0,0']))
        else: ops.append(k)
    return ops


def main():
    gen = random.Random(20240601)
    lines = []
    for seed in SEEDS:
        for _ in range(2):
            ops = program(gen)
            rng = random.Random(seed)
            results = [outcome(lambda: run_op(rng, op)) for op in ops]
            lines.append(f'{{{c_str(str(seed))},')
            lines += c_str_lines(' '.join(ops))
            lines[-1] += ','
            lines += c_str_lines('|'.join(results))
            lines[-1] += '},'
    write('random_cases.inc', lines, 'random_cases.py')


if __name__ == '__main__':
    main()
