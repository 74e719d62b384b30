# SPDX-License-Identifier: MIT
# try / except / else / finally, including return inside try and finally
# running on the way out of a loop.
import asyncio


async def attempt(n):
    await asyncio.sleep(0.01)
    if n % 2:
        raise ValueError(f"odd attempt {n}")
    return n * 10


async def run(n):
    try:
        result = await attempt(n)
    except ValueError as e:
        print(f"  except: {e}")
        return "failed"
    else:
        print(f"  else: got {result}")
        return "ok"
    finally:
        print(f"  finally for attempt {n}")


def first_even(numbers):
    for n in numbers:
        try:
            if n % 2 == 0:
                return n
        finally:
            print(f"  checked {n}")
    return None


async def main():
    for n in range(3):
        print(f"attempt {n}:", await run(n))
    print("first even:", first_even([3, 5, 8, 9]))
    while True:
        try:
            break
        finally:
            print("finally runs on break")
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))


asyncio.run(main())
