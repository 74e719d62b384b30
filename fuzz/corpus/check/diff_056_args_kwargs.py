# SPDX-License-Identifier: MIT
# Default arguments, keyword arguments, *args and **kwargs, also through
# gather and to_thread, which pass them along.
import asyncio


async def request(method, url, *, timeout=1.0, retries=0, **headers):
    await asyncio.sleep(0.05)
    extra = ", ".join(f"{k}={v}" for k, v in sorted(headers.items()))
    return f"{method} {url} timeout={timeout} retries={retries} [{extra}]"


def log(*parts, sep=" | ", **context):
    line = sep.join(str(p) for p in parts)
    if context:
        line += "  " + str(context)
    return line


async def main():
    print(await request("GET", "/users"))
    print(await request("POST", "/users", retries=2, user_agent="demo", accept="json"))
    options = {"timeout": 0.5, "trace": "on"}
    print(await request("DELETE", "/users/7", **options))

    calls = [("GET", "/a"), ("GET", "/b")]
    print(await asyncio.gather(*(request(*call, retries=1) for call in calls)))

    print(log("start", 1, 2.5))
    print(log("done", sep=" / ", took=0.3, ok=True))
    print(await asyncio.to_thread(log, "from", "thread", sep="-"))

    try:
        await request("GET")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
