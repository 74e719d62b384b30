# SPDX-License-Identifier: MIT
# A class-based async iterator: __aiter__ returns self, __anext__ awaits the
# next page and raises StopAsyncIteration at the end.
import asyncio


class Paginator:
    def __init__(self, endpoint, pages, latency=0.05):
        self.endpoint = endpoint
        self.pages = pages
        self.latency = latency
        self.current = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current >= self.pages:
            raise StopAsyncIteration
        await asyncio.sleep(self.latency)
        self.current += 1
        return [f"{self.endpoint}?page={self.current}&item={i}" for i in range(2)]


async def count_items(paginator, name):
    total = 0
    async for page in paginator:
        total += len(page)
        print(f"{name}: {page[0]} ...")
    return total


async def main():
    users = Paginator("/users", 3)
    totals = await asyncio.gather(count_items(users, "users"),
                                  count_items(Paginator("/orders", 1, latency=0.08), "orders"))
    print("totals:", totals)
    async for page in users:
        print("never printed, the iterator is exhausted")
    items = [page[-1] async for page in Paginator("/tags", 2)]
    print(items)


asyncio.run(main())
