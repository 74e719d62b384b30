# SPDX-License-Identifier: MIT
# When one request fails, gather raises its exception at once; with
# return_exceptions=True the exception takes its place in the results.
import asyncio

import sim


async def get_repo_info(name, seconds):
    await sim.io("api.github.com", seconds)
    if name == "no-such-repo":
        raise LookupError(f"{name}: 404 Not Found")
    return name


async def main():
    try:
        await asyncio.gather(get_repo_info("asyncio", 0.2),
                             get_repo_info("no-such-repo", 0.1))
    except LookupError as error:
        print("gather raised:", error)

    results = await asyncio.gather(get_repo_info("asyncio", 0.2),
                                   get_repo_info("no-such-repo", 0.1),
                                   return_exceptions=True)
    print("results:", results)


asyncio.run(main())
