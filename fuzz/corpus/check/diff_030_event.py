# SPDX-License-Identifier: MIT
# An Event wakes every waiter at once, in the order they started waiting.
import asyncio


async def runner(name, start_signal):
    print(f"{name} on the starting line")
    await start_signal.wait()
    print(f"{name} runs")


async def main():
    start_signal = asyncio.Event()
    runners = [asyncio.create_task(runner(n, start_signal)) for n in ["ada", "bo", "cy"]]
    await asyncio.sleep(0.1)
    print("is set?", start_signal.is_set())
    print("ready... go!")
    start_signal.set()
    print("set, but nobody has run yet")
    await asyncio.gather(*runners)

    start_signal.clear()
    print("cleared:", start_signal.is_set())
    try:
        await asyncio.wait_for(start_signal.wait(), timeout=0.1)
    except TimeoutError:
        print("nobody set it again")


asyncio.run(main())
