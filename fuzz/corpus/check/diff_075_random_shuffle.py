# SPDX-License-Identifier: MIT
# A seeded shuffle decides the order in which jobs are submitted; random
# delays are rounded to multiples of 50 ms so that no two deadlines are close.
import asyncio
import random


async def job(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} finished after {delay:.2f}s")
    return name


async def main():
    random.seed(2024)
    names = ["build", "lint", "test", "docs", "deploy"]
    random.shuffle(names)
    print("submission order:", names)
    slots = list(range(1, 6))
    random.shuffle(slots)
    delays = [0.05 * slot for slot in slots]
    print("delays:", [f"{d:.2f}" for d in delays])
    finished = await asyncio.gather(*(job(n, d) for n, d in zip(names, delays)))
    print(finished == names)
    deck = list(range(10))
    random.shuffle(deck)
    print(deck, random.choice("abcdef"), round(random.uniform(1, 2), 3))


asyncio.run(main())
