# SPDX-License-Identifier: MIT
# An ExceptionGroup collects every failure, in the order the tasks failed:
# here a second task fails while it is being cancelled.
import asyncio


async def charge_card(amount):
    await asyncio.sleep(0.1)
    raise ValueError(f"card declined for {amount:.2f}")


async def reserve_stock(item):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        await asyncio.sleep(0.05)
        raise RuntimeError(f"could not release {item}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            payment = tg.create_task(charge_card(19.5))
            stock = tg.create_task(reserve_stock("book"))
    except ExceptionGroup as eg:
        print(eg)
        for number, error in enumerate(eg.exceptions, start=1):
            print(number, type(error).__name__, error)
    print("payment:", repr(payment.exception()))
    print("stock:", repr(stock.exception()))


asyncio.run(main())
