# SPDX-License-Identifier: MIT
# range, len, sum, min, max, enumerate, zip, abs, round over task results.
import asyncio


async def measure(server, delay):
    await asyncio.sleep(delay)
    return round(delay * 1000)


async def main():
    servers = ["alpha", "beta", "gamma", "delta"]
    delays = [0.04, 0.01, 0.03, 0.02]
    times = await asyncio.gather(*(measure(s, d) for s, d in zip(servers, delays)))
    print(times, len(times), sum(times), min(times), max(times))
    print(f"average {sum(times) / len(times):.1f} ms")
    for rank, (server, ms) in enumerate(zip(servers, times), start=1):
        print(rank, server, ms)
    print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -2)), len(range(0, 100, 7)))
    print(min("pear", "apple", "fig"), max([3, 9, 2]), min([], default="none"), max(1, 2.5))
    print(min(servers, key=len), max(servers, key=lambda s: s[-1]))
    print(sum([0.1] * 10), sum(range(101)), sum([[1], [2]], []))
    print(list(zip("abc", [1, 2])), list(enumerate("xy")), dict(enumerate(["a", "b"])))
    print(abs(-3.5), abs(7), round(2.567, 1), list(reversed([1, 2, 3])))
    print(bool([]), bool("0"), bool(0.0), str(None), int(True) + True)
    print(any([]), all([]), len({"a": 1, "b": 2}), len("héllo"), len((1, 2)), len([[]]))
    print(isinstance(3, int), isinstance(True, int), isinstance(3.0, (int, str)))


asyncio.run(main())
