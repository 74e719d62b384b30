# SPDX-License-Identifier: MIT
# Since Python 3.8 CancelledError is a BaseException, so "except Exception"
# no longer swallows cancellation. Catching it explicitly still can.
import asyncio


async def careful_worker():
    try:
        await asyncio.sleep(1)
    except Exception as e:
        print("never printed:", e)
    return "finished"


async def swallowing_worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallowing_worker: ignoring the cancellation")
    return "partial result"


async def main():
    print("CancelledError is an Exception:", issubclass(asyncio.CancelledError, Exception))
    print("CancelledError is a BaseException:", issubclass(asyncio.CancelledError, BaseException))
    print("TimeoutError is an OSError:", issubclass(TimeoutError, OSError))

    careful = asyncio.create_task(careful_worker())
    swallowing = asyncio.create_task(swallowing_worker())
    await asyncio.sleep(0.1)
    careful.cancel()
    swallowing.cancel()
    results = await asyncio.gather(careful, swallowing, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print("careful cancelled:", careful.cancelled())
    print("swallowing cancelled:", swallowing.cancelled(), "->", swallowing.result())


asyncio.run(main())
