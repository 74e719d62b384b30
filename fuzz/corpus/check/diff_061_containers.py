# SPDX-License-Identifier: MIT
# Lists, tuples, dicts and sets: the bookkeeping around a batch of tasks.
import asyncio


async def fetch_tags(post, delay):
    await asyncio.sleep(delay)
    return {"p1": ["python", "async"], "p2": ["async", "trio"], "p3": []}[post]


async def main():
    posts = ["p1", "p2", "p3"]
    delays = [0.01 * (i + 1) for i in range(len(posts))]
    tags_per_post = await asyncio.gather(*(fetch_tags(p, d) for p, d in zip(posts, delays)))

    by_post = dict(zip(posts, tags_per_post))
    print(by_post)
    all_tags = set()
    for tags in by_post.values():
        all_tags.update(tags)
    print(sorted(all_tags), len(all_tags), "async" in all_tags)
    print(sorted({"python", "async"} & {"async", "trio"}), sorted({"a", "b"} | {"c"}))
    print(sorted({1, 2, 3} - {2}), {1, 2} <= {1, 2, 3}, len({1, 1, 2}))

    queue = ["a", "b"]
    queue.append("c")
    queue.insert(0, "z")
    queue.extend(["d", "e"])
    print(queue, queue.pop(), queue.pop(0), queue.index("b"), queue.count("a"))
    queue.remove("b")
    queue.reverse()
    print(queue, queue + ["x"], queue * 2, "c" in queue, len(queue))

    point = (1, 2)
    x, y = point
    first, *rest = [10, 20, 30]
    print(point + (3,), x + y, first, rest, (5,), tuple("ab"), list((1, 2)))

    counts = {}
    for tag in ["async", "python", "async"]:
        counts[tag] = counts.get(tag, 0) + 1
    counts.setdefault("trio", 0)
    print(counts, list(counts.keys()), list(counts.values()), list(counts.items())[0])
    print(counts.pop("trio"), "trio" in counts, {**counts, "new": 1}, dict(a=1))
    del counts["python"]
    counts.update({"rust": 2})
    print(counts, len(counts), sorted(counts, key=counts.get))


asyncio.run(main())
