# SPDX-License-Identifier: MIT
# FIRST_EXCEPTION returns as soon as one task fails (or when all are done).
import asyncio


async def health_check(service, delay, healthy=True):
    await asyncio.sleep(delay)
    if not healthy:
        raise RuntimeError(f"{service} is down")
    return f"{service} healthy"


async def main():
    checks = [
        asyncio.create_task(health_check("auth", 0.1), name="auth"),
        asyncio.create_task(health_check("billing", 0.2, healthy=False), name="billing"),
        asyncio.create_task(health_check("search", 0.4), name="search"),
    ]
    done, pending = await asyncio.wait(checks, return_when=asyncio.FIRST_EXCEPTION)
    for task in sorted(done, key=lambda t: t.get_name()):
        error = task.exception()
        if error is None:
            print(f"{task.get_name()}: {task.result()}")
        else:
            print(f"{task.get_name()}: failed with {error!r}")
    print("still running:", [t.get_name() for t in pending])

    done, pending = await asyncio.wait(pending, return_when=asyncio.ALL_COMPLETED)
    print("later:", [t.result() for t in done], "pending:", len(pending))


asyncio.run(main())
