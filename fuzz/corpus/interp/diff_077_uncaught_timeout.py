# expect-exit: 1
# SPDX-License-Identifier: MIT
# A TimeoutError from wait_for that nobody catches: the inner coroutine is
# cancelled first, then the error ends the program with status 1.
import asyncio


async def slow_report():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("report generation cancelled")
        raise
    finally:
        print("temporary files removed")


async def main():
    print("generating report, at most 0.2s")
    await asyncio.wait_for(slow_report(), timeout=0.2)
    print("never printed")


asyncio.run(main())
