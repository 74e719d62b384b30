# SPDX-License-Identifier: MIT
# Fire-and-forget done right: keep a strong reference to each background
# task in a set and let a done callback remove it; then the same job with
# a TaskGroup, which waits for the tasks and surfaces their errors.
import asyncio

background_tasks = set()


async def send_notification(user, delay):
    await asyncio.sleep(delay)
    print(f"notified {user}")


async def handle_signup(user, delay):
    task = asyncio.create_task(send_notification(user, delay))
    background_tasks.add(task)
    task.add_done_callback(background_tasks.discard)
    return f"welcome, {user}"


async def main():
    for user, delay in [("ada", 0.2), ("bo", 0.1)]:
        print(await handle_signup(user, delay))
    print("background tasks alive:", len(background_tasks))
    await asyncio.sleep(0.3)
    print("background tasks alive:", len(background_tasks))

    async with asyncio.TaskGroup() as tg:
        for user, delay in [("cy", 0.1), ("di", 0.05)]:
            tg.create_task(send_notification(user, delay))
        print("signups handled, waiting for notifications")
    print("all notifications sent")


asyncio.run(main())
