# SPDX-License-Identifier: MIT
# Graceful shutdown: stop accepting, give in-flight requests a grace period,
# then cancel whatever is still running.
import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.1f}s {message}")


async def handle(request_id, seconds):
    try:
        await asyncio.sleep(seconds)
        log(f"request {request_id} answered")
    except asyncio.CancelledError:
        log(f"request {request_id} aborted")
        raise


async def server(shutdown, in_flight):
    request_id = 0
    while not shutdown.is_set():
        request_id += 1
        task = asyncio.create_task(handle(request_id, 0.1 + 0.2 * request_id))
        in_flight.append(task)
        await asyncio.sleep(0.2)
    log(f"stopped accepting after {request_id} requests")


async def main():
    shutdown = asyncio.Event()
    in_flight = []
    server_task = asyncio.create_task(server(shutdown, in_flight))
    await asyncio.sleep(0.5)
    log("shutdown requested")
    shutdown.set()
    await server_task
    done, pending = await asyncio.wait(in_flight, timeout=0.2)
    log(f"grace period over: {len(done)} done, {len(pending)} pending")
    for task in in_flight:
        if not task.done():
            task.cancel()
    await asyncio.gather(*in_flight, return_exceptions=True)
    log("server closed")


asyncio.run(main())
