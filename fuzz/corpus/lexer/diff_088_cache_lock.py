# SPDX-License-Identifier: MIT
# Three requests want the same key at once; a lock per key makes sure only
# the first one hits the slow backend and the others read the cache.
import asyncio


class Cache:
    def __init__(self):
        self.data = {}
        self.locks = {}
        self.backend_calls = 0

    async def load(self, key):
        self.backend_calls += 1
        await asyncio.sleep(0.2)
        return f"value-of-{key}"

    async def get(self, key, who):
        lock = self.locks.setdefault(key, asyncio.Lock())
        async with lock:
            if key in self.data:
                print(f"{who}: cache hit for {key}")
            else:
                print(f"{who}: cache miss for {key}, loading")
                self.data[key] = await self.load(key)
        return self.data[key]


async def main():
    cache = Cache()
    results = await asyncio.gather(
        cache.get("user:1", "req-a"),
        cache.get("user:1", "req-b"),
        cache.get("user:2", "req-c"),
        cache.get("user:1", "req-d"),
    )
    print(results)
    print("backend calls:", cache.backend_calls)


asyncio.run(main())
