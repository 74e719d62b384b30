# SPDX-License-Identifier: MIT
# An async context manager: __aenter__ and __aexit__ may await, e.g. to open
# and close a connection. __aexit__ sees the exception that ended the block.
import asyncio


class Connection:
    opened = 0

    def __init__(self, host):
        self.host = host

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        Connection.opened += 1
        print(f"connected to {self.host}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.05)
        Connection.opened -= 1
        if exc_type is None:
            print(f"closed {self.host} cleanly")
        else:
            print(f"closed {self.host} after {exc!r}")
        return exc_type is asyncio.TimeoutError

    async def query(self, sql, seconds=0.05):
        await asyncio.sleep(seconds)
        return f"{self.host}: {len(sql)} chars of SQL"


async def main():
    async with Connection("db1") as conn:
        print(await conn.query("SELECT * FROM users"))
    try:
        async with Connection("db2") as conn:
            await conn.query("DROP TABLE users")
            raise PermissionError("read-only replica")
    except PermissionError as e:
        print("propagated:", e)
    async with Connection("db3") as conn:
        async with asyncio.timeout(0.1):
            await conn.query("SELECT pg_sleep(10)", seconds=10)
    print("timeout swallowed by __aexit__; open connections:", Connection.opened)


asyncio.run(main())
