# SPDX-License-Identifier: MIT
"""A Redis client for lesson scripts:

    r = redis.Redis()
    await r.set("key", "value")   # -> True
    await r.get("key")            # -> "value" (None if never set)

Every Redis() talks to the same server, which starts empty. Each call waits
for the latency of the host "redis" (see sim.set_latency) without blocking
the loop.
"""

import sim

HOST = "redis"
_store = {}


class Redis:
    def __init__(self, host="localhost", port=6379, **options):
        pass

    async def get(self, key):
        await sim.io(HOST, sim._latency(HOST))
        return _store.get(key)

    async def set(self, key, value):
        await sim.io(HOST, sim._latency(HOST))
        _store[key] = value
        return True
