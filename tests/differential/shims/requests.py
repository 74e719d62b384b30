# SPDX-License-Identifier: MIT
"""A blocking HTTP client for lesson scripts: requests.get(url) waits for the
latency of the URL's host (see sim.set_latency) and always answers 200."""

import sim


class Response:
    def __init__(self, url):
        self.url = url
        self.status_code = 200
        self.ok = True
        self.text = '{"url": "' + url + '"}'

    def json(self):
        return {"url": self.url}


def get(url, params=None, **options):
    """Blocks the calling thread for the host's latency, then returns a Response."""
    url = str(url)
    sim.blocking(sim._host_of(url), sim._latency(sim._host_of(url)))
    return Response(url)
