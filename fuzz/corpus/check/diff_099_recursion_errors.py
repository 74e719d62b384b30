# SPDX-License-Identifier: MIT
# RecursionError where CPython gives it, with its messages: recursion
# through dunder methods, nested containers, a sort key that sorts again.
import asyncio
import functools


class Eq:
    def __eq__(self, other):
        return self == other


class Repr:
    def __repr__(self):
        return repr(self)


def key(x):
    return sorted([1, 2], key=key)


def nest(n, make):
    x = make(None)
    for _ in range(n):
        x = make(x)
    return x


def attempt(name, fn):
    try:
        fn()
        print(name, "ok")
    except RecursionError as e:
        print(name, e)


def probe(k, name, fn):
    if k:
        return probe(k - 1, name, fn)
    attempt(f"{name} at {k}", fn)


for k in range(3):
    probe(k, "eq", lambda: Eq() == Eq())
attempt("repr", lambda: repr(Repr()))
attempt("sort key", lambda: sorted([1, 2], key=key))
for kind, make in [("list", lambda x: [x]), ("tuple", lambda x: (x,)),
                   ("dict", lambda x: {1: x})]:
    a, b = nest(10000, make), nest(10000, make)
    attempt(f"repr {kind}", lambda: repr(a))
    attempt(f"eq {kind}", lambda: a == b)
    del a, b
print(hash(nest(10000, lambda x: (x,))) == hash(nest(10000, lambda x: (x,))))
f = lambda: 1
for _ in range(100000):
    f = functools.partial(f)
print(f())


async def main():
    fut = asyncio.ensure_future(asyncio.sleep(0, 1))
    for _ in range(100000):
        fut = asyncio.shield(fut)
    print(await fut)


asyncio.run(main())
