# SPDX-License-Identifier: MIT
# add_done_callback: the callback gets the finished task, on a later tick.
import asyncio


def report(task):
    if task.cancelled():
        print(f"[callback] {task.get_name()} was cancelled")
    elif task.exception() is not None:
        print(f"[callback] {task.get_name()} failed: {task.exception()!r}")
    else:
        print(f"[callback] {task.get_name()} returned {task.result()!r}")


async def job(delay, outcome):
    await asyncio.sleep(delay)
    if outcome == "fail":
        raise LookupError("no such user")
    return outcome


async def main():
    ok = asyncio.create_task(job(0.1, "ok"), name="ok-job")
    bad = asyncio.create_task(job(0.2, "fail"), name="bad-job")
    slow = asyncio.create_task(job(5, "never"), name="slow-job")
    for task in (ok, bad, slow):
        task.add_done_callback(report)
    ok.add_done_callback(lambda t: print("[lambda] second callback on ok-job"))

    print("ok-job returned", await ok)
    await asyncio.sleep(0.15)
    slow.cancel()
    await asyncio.sleep(0)
    print("slow-job done:", slow.done())
    await asyncio.sleep(0)
    print("main finished")


asyncio.run(main())
