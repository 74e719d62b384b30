# SPDX-License-Identifier: MIT
"""A database client for lesson scripts:

    conn = await db.connect()
    await conn.execute("UPDATE ...")     # -> "OK"
    rows = await conn.fetch("SELECT ...")  # -> []

connect() does not wait; execute() and fetch() each wait for the latency of
the host "db" (see sim.set_latency) without blocking the loop.
"""

import sim

HOST = "db"


class Connection:
    def __init__(self):
        self.closed = False

    async def execute(self, sql):
        await sim.io(HOST, sim._latency(HOST))
        return "OK"

    async def fetch(self, sql):
        await sim.io(HOST, sim._latency(HOST))
        return []

    async def close(self):
        self.closed = True


async def connect(dsn=None):
    return Connection()
