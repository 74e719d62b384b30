# SPDX-License-Identifier: MIT
# The same three 0.1 s waits done three ways: one after another, in threads,
# and as coroutines. The last two overlap the waits.
import asyncio
import threading
import time


def blocking_fetch(results, i):
    time.sleep(0.1)
    results.append(i)


async def async_fetch(i):
    await asyncio.sleep(0.1)
    return i


async def fetch_all():
    return await asyncio.gather(*(async_fetch(i) for i in range(3)))


def report(label, start, results):
    print(f"{label:<8}{time.perf_counter() - start:.1f}s {sorted(results)}")


start = time.perf_counter()
results = []
for i in range(3):
    blocking_fetch(results, i)
report("sync", start, results)

start = time.perf_counter()
results = []
threads = [threading.Thread(target=blocking_fetch, args=(results, i)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
report("threads", start, results)

start = time.perf_counter()
report("asyncio", start, asyncio.run(fetch_all()))
