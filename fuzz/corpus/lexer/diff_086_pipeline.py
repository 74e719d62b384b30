# SPDX-License-Identifier: MIT
# A three-stage pipeline connected by queues: download -> resize -> upload.
# Each stage passes a sentinel downstream when its input is exhausted.
import asyncio
import time

DONE = "<done>"


async def download(names, out):
    for name in names:
        await asyncio.sleep(0.1)
        await out.put(f"{name}.raw")
    await out.put(DONE)


async def resize(inbox, out):
    while True:
        item = await inbox.get()
        if item == DONE:
            await out.put(DONE)
            return
        await asyncio.sleep(0.04)
        await out.put(item.replace(".raw", ".jpg"))


async def upload(inbox, start, uploaded):
    while True:
        item = await inbox.get()
        if item == DONE:
            return uploaded
        await asyncio.sleep(0.04)
        uploaded.append(item)
        print(f"{time.perf_counter() - start:.1f}s uploaded {item}")


async def main():
    start = time.perf_counter()
    raw, resized = asyncio.Queue(), asyncio.Queue()
    results = await asyncio.gather(
        download(["cat", "dog", "owl"], raw),
        resize(raw, resized),
        upload(resized, start, []),
    )
    print("uploaded:", results[2])
    print(f"pipeline took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
