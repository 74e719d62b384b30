# SPDX-License-Identifier: MIT
# asyncio.wait with a timeout does not cancel anything: it just reports
# what is done and what is still pending when the time is up.
import asyncio
import time


async def job(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} finished")
    return name


async def main():
    start = time.perf_counter()
    tasks = [asyncio.create_task(job(f"job{i}", 0.1 * i), name=f"job{i}") for i in (1, 2, 4, 5)]

    done, pending = await asyncio.wait(tasks, timeout=0.3)
    print(f"after {time.perf_counter() - start:.1f}s:")
    print("  done   ", sorted(t.result() for t in done))
    print("  pending", sorted(t.get_name() for t in pending))
    print("  nothing was cancelled:", not any(t.cancelled() for t in pending))

    done, pending = await asyncio.wait(pending)
    print(f"after {time.perf_counter() - start:.1f}s:", sorted(t.result() for t in done))


asyncio.run(main())
