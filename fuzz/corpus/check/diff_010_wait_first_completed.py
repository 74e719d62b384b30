# SPDX-License-Identifier: MIT
# Ask three mirrors, keep the first answer, cancel the rest.
# asyncio.wait returns two sets, so we sort by task name before printing.
import asyncio


async def fetch(mirror, delay):
    await asyncio.sleep(delay)
    return f"package from {mirror}"


async def main():
    mirrors = {"eu": 0.2, "us": 0.1, "asia": 0.3}
    tasks = [asyncio.create_task(fetch(m, d), name=m) for m, d in mirrors.items()]

    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    winner = done.pop()
    print("winner says:", winner.result())

    for task in pending:
        task.cancel()
    done, pending = await asyncio.wait(pending)
    print("after cancelling:", len(done), "done,", len(pending), "pending")
    for task in tasks:
        print(f"{task.get_name():>5}: cancelled={task.cancelled()}")


asyncio.run(main())
