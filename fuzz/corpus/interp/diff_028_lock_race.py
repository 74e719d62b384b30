# SPDX-License-Identifier: MIT
# Two withdrawals read the balance, yield to the loop, then write it back.
# Without a lock one update is lost; with the lock both count.
import asyncio


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = asyncio.Lock()

    async def withdraw_unsafe(self, amount):
        current = self.balance
        await asyncio.sleep(0)  # e.g. a round trip to the fraud service
        self.balance = current - amount

    async def withdraw(self, amount):
        async with self.lock:
            current = self.balance
            await asyncio.sleep(0)
            self.balance = current - amount


async def main():
    account = Account(100)
    await asyncio.gather(account.withdraw_unsafe(30), account.withdraw_unsafe(50))
    print("without a lock:", account.balance)

    account = Account(100)
    await asyncio.gather(account.withdraw(30), account.withdraw(50))
    print("with a lock:", account.balance)
    print("locked afterwards:", account.lock.locked())
    try:
        account.lock.release()
    except RuntimeError as e:
        print("releasing an unlocked lock:", e)


asyncio.run(main())
