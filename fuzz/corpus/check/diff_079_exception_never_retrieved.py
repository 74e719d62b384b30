# SPDX-License-Identifier: MIT
# Fire-and-forget: a task fails and nobody awaits it. The program goes on;
# asyncio only logs "Task exception was never retrieved" on stderr.
import asyncio


async def send_metrics(payload):
    await asyncio.sleep(0.05)
    raise ConnectionError(f"metrics server down, lost {payload!r}")


async def handle_request(n):
    asyncio.create_task(send_metrics({"request": n}))
    await asyncio.sleep(0.1)
    return f"response {n}"


async def main():
    for n in range(2):
        print(await handle_request(n))
    await asyncio.sleep(0.1)
    print("main finished; the errors went only to the log")


asyncio.run(main())
print("exit status is still 0")
