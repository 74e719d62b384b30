# SPDX-License-Identifier: MIT
# A tiny crawler over a fake site: follow links breadth first, at most two
# requests in flight, never visit a page twice.
import asyncio
import time

SITE = {
    "/": (0.1, ["/about", "/blog", "/shop"]),
    "/about": (0.05, ["/"]),
    "/blog": (0.2, ["/blog/1", "/blog/2", "/about"]),
    "/shop": (0.3, ["/shop/cart"]),
    "/blog/1": (0.1, []),
    "/blog/2": (0.15, ["/blog/1"]),
    "/shop/cart": (0.15, ["/"]),
}


async def fetch(path, limit):
    async with limit:
        delay, links = SITE[path]
        await asyncio.sleep(delay)
        return links


async def crawl(start_page):
    limit = asyncio.Semaphore(2)
    seen = {start_page}
    frontier = [start_page]
    depth = 0
    while frontier:
        pages = await asyncio.gather(*(fetch(p, limit) for p in frontier))
        print(f"depth {depth}: {', '.join(frontier)}")
        found = [link for links in pages for link in links if link not in seen]
        frontier = sorted(set(found))
        seen.update(frontier)
        depth += 1
    return seen


async def main():
    start = time.perf_counter()
    seen = await crawl("/")
    print(f"{len(seen)} pages:", sorted(seen))
    print(f"crawled in {time.perf_counter() - start:.1f}s")


asyncio.run(main())
