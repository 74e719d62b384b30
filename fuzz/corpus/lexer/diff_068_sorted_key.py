# SPDX-License-Identifier: MIT
# sorted with key= and reverse=, and list.sort, to rank task results.
import asyncio


async def benchmark(name, delay, score):
    await asyncio.sleep(delay)
    return {"name": name, "score": score, "ms": round(delay * 1000)}


async def main():
    runs = [("uvloop", 0.03, 91), ("asyncio", 0.05, 78), ("trio", 0.04, 85), ("curio", 0.02, 85)]
    results = await asyncio.gather(*(benchmark(*r) for r in runs))

    by_score = sorted(results, key=lambda r: r["score"], reverse=True)
    print([r["name"] for r in by_score])
    print([r["name"] for r in sorted(results, key=lambda r: (-r["score"], r["name"]))])
    print([r["name"] for r in sorted(results, key=lambda r: r["ms"])])
    names = [r["name"] for r in results]
    print(sorted(names), sorted(names, reverse=True), sorted(names, key=len))
    print(sorted([3, 1, 2]), sorted("banana"), sorted({"b": 1, "a": 2}), sorted([2.5, -1, 0]))
    print(sorted(["b", "B", "a", "A"]), sorted(["b", "B", "a", "A"], key=str.lower))
    print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted([[3], [1, 2], []], key=len))
    names.sort(key=lambda n: n[-1])
    print(names)
    names.sort()
    print(names, names == sorted(names))


asyncio.run(main())
