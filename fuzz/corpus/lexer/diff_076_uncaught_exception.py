# expect-exit: 1
# SPDX-License-Identifier: MIT
# An exception nobody catches ends asyncio.run: the leftover background task
# is cancelled first (its finally runs), then the traceback goes to stderr
# and the exit status is 1. Everything printed before stays on stdout.
import asyncio


async def keep_alive():
    try:
        while True:
            await asyncio.sleep(0.1)
    finally:
        print("keep_alive: cleaned up")


async def get_user(user_id):
    await asyncio.sleep(0.05)
    users = {1: "ada", 2: "bo"}
    return users[user_id]


async def main():
    asyncio.create_task(keep_alive())
    for user_id in [1, 2, 3]:
        print("user", user_id, "is", await get_user(user_id))
    print("never printed")


asyncio.run(main())
print("never printed either")
