# SPDX-License-Identifier: MIT
# A task cancelled before it ever ran never executes a single line of its
# coroutine -- not even its try/finally.
import asyncio


async def send_email(to):
    try:
        print(f"sending email to {to}")
        await asyncio.sleep(0.1)
        print(f"email to {to} sent")
    finally:
        print(f"cleanup for {to}")


async def main():
    early = asyncio.create_task(send_email("ann@example.com"))
    late = asyncio.create_task(send_email("ben@example.com"))
    early.cancel()
    await asyncio.sleep(0.05)
    late.cancel()
    for name, task in [("early", early), ("late", late)]:
        try:
            await task
        except asyncio.CancelledError:
            print(f"{name}: cancelled={task.cancelled()}")


asyncio.run(main())
