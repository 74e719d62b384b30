# SPDX-License-Identifier: MIT
# List, dict and set comprehensions and generator expressions, used the way
# asyncio code uses them: to build tasks and to summarise results.
import asyncio


async def ping(host, delay):
    await asyncio.sleep(delay)
    return delay * 1000


async def main():
    hosts = {"db": 0.05, "cache": 0.02, "api": 0.08, "search": 0.11}
    tasks = {name: asyncio.create_task(ping(name, delay)) for name, delay in hosts.items()}
    await asyncio.gather(*tasks.values())
    latencies = {name: round(task.result()) for name, task in tasks.items()}
    print(latencies)

    slow = [name for name, ms in latencies.items() if ms > 50]
    print("slow:", slow)
    print("squares:", [n * n for n in range(6) if n % 2 == 0])
    print("pairs:", [(a, b) for a in "xy" for b in range(2)])
    print("initials:", sorted({name[0] for name in hosts}))
    print("total ms:", sum(ms for ms in latencies.values()))
    print("any over 100:", any(ms > 100 for ms in latencies.values()))
    print("all under 200:", all(ms < 200 for ms in latencies.values()))
    grid = [[row * 3 + col for col in range(3)] for row in range(2)]
    print(grid, [sum(row) for row in grid])
    lengths = (len(name) for name in hosts)
    print(type(lengths).__name__, max(lengths))


asyncio.run(main())
