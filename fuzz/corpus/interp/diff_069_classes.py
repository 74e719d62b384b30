# SPDX-License-Identifier: MIT
# Simple classes with __init__, methods, class attributes, inheritance and
# async methods, the way a small client library is written.
import asyncio


class Client:
    timeout = 1.0

    def __init__(self, name, latency):
        self.name = name
        self.latency = latency
        self.requests = 0

    async def get(self, path):
        self.requests += 1
        await asyncio.sleep(self.latency)
        return f"{self.name}{path} -> 200"

    def __repr__(self):
        return f"Client({self.name!r}, latency={self.latency})"

    def __str__(self):
        return f"<{self.name}: {self.requests} requests>"


class RetryingClient(Client):
    timeout = 2.0

    def __init__(self, name, latency, retries=2):
        super().__init__(name, latency)
        self.retries = retries

    async def get(self, path):
        result = await super().get(path)
        return result + f" (with up to {self.retries} retries)"


async def main():
    plain = Client("api", 0.05)
    careful = RetryingClient("db", 0.1, retries=3)
    print(await asyncio.gather(plain.get("/users"), careful.get("/rows"), plain.get("/me")))
    print(plain, careful)
    print(repr(plain), [careful])
    print(plain.timeout, careful.timeout, Client.timeout)
    print(isinstance(careful, Client), isinstance(plain, RetryingClient))
    print(type(careful).__name__, careful.requests, plain.requests)


asyncio.run(main())
