# SPDX-License-Identifier: MIT
# CPU-bound work goes to a ProcessPoolExecutor through run_in_executor, so the
# event loop stays responsive and the results come back as awaitables.
import asyncio
from concurrent.futures import ProcessPoolExecutor


def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def checksum(text):
    return sum(ord(ch) for ch in text) % 256


async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        fib = loop.run_in_executor(pool, fibonacci, 90)
        check = loop.run_in_executor(pool, checksum, "coroscope")
        print("both jobs submitted")
        print("fib(90) =", await fib)
        print("checksum =", await check)
        many = await asyncio.gather(*(loop.run_in_executor(pool, fibonacci, n) for n in range(10)))
        print(many)


if __name__ == "__main__":
    asyncio.run(main())
