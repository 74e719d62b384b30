# SPDX-License-Identifier: MIT
# loop.run_in_executor: None means the loop's default thread pool; an explicit
# ThreadPoolExecutor caps the number of threads.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def resize_image(name, seconds=0.1):
    time.sleep(seconds)
    return name.replace(".png", "_small.png")


async def main():
    loop = asyncio.get_running_loop()

    start = time.perf_counter()
    thumbs = await asyncio.gather(
        *(loop.run_in_executor(None, resize_image, f"photo{i}.png") for i in range(3))
    )
    print(thumbs, f"{time.perf_counter() - start:.1f}s")

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [loop.run_in_executor(pool, resize_image, f"scan{i}.png") for i in range(4)]
        print("four jobs, two threads")
        done = await asyncio.gather(*futures)
    print(done, f"{time.perf_counter() - start:.1f}s")


asyncio.run(main())
