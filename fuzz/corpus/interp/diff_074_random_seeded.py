# SPDX-License-Identifier: MIT
# With random.seed(N) the Mersenne Twister gives the same numbers every run,
# so simulated latencies are reproducible.
import asyncio
import random


async def fetch(url):
    latency = random.uniform(0.01, 0.1)
    await asyncio.sleep(0)
    status = random.choice([200, 200, 200, 404, 500])
    return url, round(latency, 4), status


async def main():
    random.seed(42)
    print([round(random.random(), 6) for _ in range(3)])
    print([random.randint(1, 6) for _ in range(10)])
    print(random.randint(0, 10 ** 12))
    for url, latency, status in await asyncio.gather(*(fetch(f"/page/{i}") for i in range(4))):
        print(f"{url:<8} {latency:.4f}s {status}")
    random.seed(42)
    print("reseeded:", round(random.random(), 6))
    random.seed(7)
    print("seed 7:", random.randint(1, 1000), random.choice(["red", "green", "blue"]))


asyncio.run(main())
