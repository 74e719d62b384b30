# SPDX-License-Identifier: MIT
"""An asynchronous HTTP client for lesson scripts:

    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:
            text = await resp.text()

Entering `session.get(url)` waits for the latency of the URL's host (see
sim.set_latency) without blocking the loop; the response is always 200 and
reading its body does not wait.
"""

import sim


class ClientResponse:
    def __init__(self, url):
        self.url = url
        self.status = 200
        self._text = '{"url": "' + url + '"}'

    async def text(self):
        return self._text

    async def json(self):
        return {"url": self.url}


class _RequestContext:
    def __init__(self, url):
        self._url = url

    async def __aenter__(self):
        host = sim._host_of(self._url)
        await sim.io(host, sim._latency(host))
        return ClientResponse(self._url)

    async def __aexit__(self, exc_type, exc, tb):
        return False


class ClientSession:
    def __init__(self, **options):
        self.closed = False

    def get(self, url, params=None, **options):
        if self.closed:
            raise RuntimeError("Session is closed")
        return _RequestContext(str(url))

    async def close(self):
        self.closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()
        return False
