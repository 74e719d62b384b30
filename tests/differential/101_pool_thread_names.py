# SPDX-License-Identifier: MIT
# A pool's threads are named as CPython names them: the pool's prefix (by
# default ThreadPoolExecutor-N, N counting the pools), "_" and a count from 0;
# the event loop's default executor uses the prefix "asyncio".
import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor


def name(_):
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=1) as pool:
    print(list(pool.map(name, range(2))))
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="waiter") as pool:
    print(list(pool.map(name, range(2))))


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, name, 0))


asyncio.run(main())
