# SPDX-License-Identifier: MIT
# Every task has a name: the one given with name=, or "Task-N" in order of
# creation (the task that asyncio.run makes for main() is Task-1).
import asyncio


async def worker(delay):
    me = asyncio.current_task()
    print(f"{me.get_name()} starts")
    await asyncio.sleep(delay)
    print(f"{me.get_name()} done after {delay}s")


def running_names():
    return sorted(task.get_name() for task in asyncio.all_tasks())


async def main():
    print("main runs as", asyncio.current_task().get_name())
    downloader = asyncio.create_task(worker(0.1), name="downloader")
    anonymous = asyncio.create_task(worker(0.2))
    uploader = asyncio.create_task(worker(0.3), name="uploader")
    print("running:", running_names())
    await downloader
    print("running:", running_names())
    await asyncio.gather(anonymous, uploader)
    print("running:", running_names())
    print([t.get_name() for t in (downloader, anonymous, uploader)])


asyncio.run(main())
