# SPDX-License-Identifier: MIT
# raise ... from ... keeps the original error as __cause__; raising inside an
# except block without "from" sets __context__ only.
import asyncio


class FetchError(Exception):
    pass


async def fetch_json(url):
    await asyncio.sleep(0.05)
    try:
        return int("not json")
    except ValueError as e:
        raise FetchError(f"bad payload from {url}") from e


async def fetch_quietly(url):
    try:
        return await fetch_json(url)
    except FetchError:
        raise RuntimeError("giving up")


async def fetch_hiding_cause(url):
    try:
        return await fetch_json(url)
    except FetchError as e:
        raise LookupError(url) from None


async def main():
    try:
        await fetch_json("/api/users")
    except FetchError as e:
        print(repr(e), "| cause:", repr(e.__cause__))
        print(isinstance(e, Exception), type(e).__name__, e.__suppress_context__)
    try:
        await fetch_quietly("/api/orders")
    except RuntimeError as e:
        print(repr(e), "| cause:", e.__cause__, "| context:", repr(e.__context__))
    try:
        await fetch_hiding_cause("/api/items")
    except LookupError as e:
        print(repr(e), e.__cause__, e.__suppress_context__, type(e.__context__).__name__)


asyncio.run(main())
