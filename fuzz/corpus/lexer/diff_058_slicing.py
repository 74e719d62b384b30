# SPDX-License-Identifier: MIT
# Slicing lists, tuples and strings: batches of work, windows, reversal.
import asyncio


async def process_batch(number, batch):
    await asyncio.sleep(0.02 * number)
    return f"batch {number}: {batch}"


async def main():
    jobs = list(range(10))
    size = 4
    batches = [jobs[i:i + size] for i in range(0, len(jobs), size)]
    for line in await asyncio.gather(*(process_batch(n, b) for n, b in enumerate(batches))):
        print(line)

    print(jobs[:3], jobs[-3:], jobs[::3], jobs[::-1][:4], jobs[2:-2:2])
    print(jobs[100:], jobs[-100:2], jobs[5:1])
    word = "coroutine"
    print(word[:4], word[4:], word[-3:], word[::-1], word[1::2])
    point = (3, 4, 5)
    print(point[1:], point[:-1], point[::-1])

    window = []
    for reading in [5, 7, 9, 4, 6]:
        window = (window + [reading])[-3:]
        print(f"window {window} avg {sum(window) / len(window):.2f}")

    copy = jobs[:]
    copy[2:5] = ["x"]
    print(copy, len(copy), jobs[:5])


asyncio.run(main())
