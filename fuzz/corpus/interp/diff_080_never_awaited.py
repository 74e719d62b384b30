# SPDX-License-Identifier: MIT
# Calling a coroutine function without await only creates a coroutine
# object: nothing runs, and Python warns on stderr when it is discarded.
import asyncio


async def send_email(to):
    print(f"sending email to {to}")
    await asyncio.sleep(0.05)


async def main():
    result = send_email("ann@example.com")
    print("forgot await, got a", type(result).__name__)
    del result
    await send_email("ben@example.com")

    try:
        asyncio.run(send_email("cat@example.com"))
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("only ben got an email")


asyncio.run(main())
