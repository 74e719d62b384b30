# SPDX-License-Identifier: MIT
# gather of gathers: results keep the nested shape of the calls.
import asyncio
import time


async def fetch(service, item, delay):
    await asyncio.sleep(delay)
    return f"{service}/{item}"


async def load_profile(user):
    return await asyncio.gather(
        fetch("users", user, 0.1),
        fetch("avatars", user, 0.2),
    )


async def main():
    start = time.perf_counter()
    profiles, settings = await asyncio.gather(
        asyncio.gather(load_profile("ada"), load_profile("bo")),
        fetch("settings", "global", 0.15),
    )
    print(profiles)
    print(settings)
    (ada_user, ada_avatar), (bo_user, _) = profiles
    print(ada_user, ada_avatar, bo_user)
    print("empty gather:", await asyncio.gather())
    print(f"{time.perf_counter() - start:.1f}s")


asyncio.run(main())
