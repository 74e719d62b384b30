# SPDX-License-Identifier: MIT
# print's sep and end: building a progress line from several tasks.
import asyncio


async def step(name, delay):
    await asyncio.sleep(delay)
    print(name, end=" ")


async def main():
    print("progress:", end=" ")
    await asyncio.gather(step("resolve", 0.1), step("connect", 0.2), step("send", 0.3))
    print("[done]")

    print("a", "b", "c")
    print("a", "b", "c", sep="")
    print("a", "b", "c", sep=", ", end=".\n")
    print(2024, 1, 31, sep="-")
    print()
    print("no newline here", end="")
    print(" -- continued")
    print(*range(5))
    print(*["x", "y"], sep="\n")
    print("tab", "separated", sep="\t")
    print("multi", "char", "end", end="!!\n\n")
    print(None, True, 1.5, [1], {"a": 1}, ("t",), sep=" | ")
    print("", "leading sep", sep="*")


asyncio.run(main())
