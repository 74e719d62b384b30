# SPDX-License-Identifier: MIT
# A Condition lets consumers sleep until the shared state they need appears.
# notify(1) wakes one waiter, notify_all() wakes the rest.
import asyncio


async def consumer(name, cond, orders):
    async with cond:
        await cond.wait_for(lambda: len(orders) > 0)
        order = orders.pop(0)
        print(f"{name} takes {order}")


async def main():
    cond = asyncio.Condition()
    orders = []
    consumers = [asyncio.create_task(consumer(f"cook{i}", cond, orders)) for i in range(1, 4)]
    await asyncio.sleep(0.1)

    async with cond:
        orders.append("pizza")
        cond.notify(1)
        print("one order placed")
    await asyncio.sleep(0.1)

    async with cond:
        orders.extend(["salad", "soup"])
        cond.notify_all()
        print("two more orders placed")
    await asyncio.gather(*consumers)
    print("orders left:", orders)


asyncio.run(main())
