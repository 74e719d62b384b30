# SPDX-License-Identifier: MIT
# What print shows (str) and what repr shows, for the values scripts print.
import asyncio


async def main():
    values = [
        0, -7, 10 ** 12, 3.0, 0.1 + 0.2, 1 / 3, 2.5e-5, 1e22, -0.0, 100.0 / 8,
        float("inf"), "text", "it's", 'say "hi"', "", "line\nbreak", "back\\slash",
        [], [1, "two", 3.0], (), (1,), (1, "a"), {}, {"k": [1, 2]}, {1: None},
        {42}, set(), None, True, False, [None, True], ValueError("x"),
        ValueError(), KeyError("missing"), RuntimeError("a", 2), asyncio.CancelledError(),
        range(3), range(1, 10, 2), 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** -1,
    ]
    for value in values:
        print(f"{type(value).__name__:<15} str={str(value):<28} repr={value!r}")
    print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-1.5), round(3.14159, 3))
    print(int("12"), int(3.99), int(-3.99), float("1.5"), str(12) + "3", abs(-4), 17 % 5)
    print(10 / 4, 10 // 4, 10 / 5, 2 ** 10, 2.0 ** 3, 1e3, 123456789.0 * 10, 1 == 1.0)
    await asyncio.sleep(0)


asyncio.run(main())
