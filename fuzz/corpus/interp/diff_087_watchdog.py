# SPDX-License-Identifier: MIT
# A watchdog expects a heartbeat at least every 0.18 s; when the worker
# hangs, wait_for times out and the watchdog cancels it.
import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.1f}s {message}")


async def worker(heartbeat, hang_after):
    for step in range(1, 10):
        if step > hang_after:
            log("worker hangs")
            await asyncio.sleep(10)
        await asyncio.sleep(0.1)
        log(f"worker step {step}")
        heartbeat.set()


async def watchdog(heartbeat, target):
    while True:
        heartbeat.clear()
        try:
            await asyncio.wait_for(heartbeat.wait(), timeout=0.18)
        except TimeoutError:
            log("watchdog: no heartbeat, cancelling the worker")
            target.cancel()
            return


async def main():
    heartbeat = asyncio.Event()
    task = asyncio.create_task(worker(heartbeat, hang_after=3))
    await watchdog(heartbeat, task)
    try:
        await task
    except asyncio.CancelledError:
        log(f"worker cancelled: {task.cancelled()}")


asyncio.run(main())
