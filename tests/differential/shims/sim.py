# SPDX-License-Identifier: MIT
"""Coroscope's simulated world, in real time, so that lesson scripts run under python3.

Coroscope implements this module natively on its virtual clock; this file is
the reference for what each call does and for its defaults.

    sim.cpu(seconds)              compute for `seconds` (Python code: holds the
                                  thread and needs the GIL, so the threads of one
                                  process take turns and their work adds up)
    await sim.io(label, seconds)  wait `seconds` on a service without blocking
                                  the event loop (asyncio.sleep)
    sim.blocking(label, seconds)  a blocking call: the thread waits `seconds`
                                  (time.sleep)
    sim.client(name)              the current worker now serves this client;
                                  only the restaurant view uses it
    sim.set_latency(seconds, host=None)
                                  how long a request to `host` takes in the
                                  simulated services (requests, aiohttp, db,
                                  redis); without host, the default for every
                                  host that has no latency of its own

The default latency is 0.1 s for every host. `db` and `redis` requests go to
the hosts "db" and "redis"; an HTTP request goes to the host of its URL.
"""

import asyncio
import collections
import os
import sys
import threading
import time
from urllib.parse import urlsplit

DEFAULT_LATENCY = 0.1

_default = DEFAULT_LATENCY
_hosts = {}


def _seconds(value, what):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{what} must be a number of seconds, not {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{what} must not be negative")
    return float(value)


class _Gil:
    """The order pad: within one process, sim.cpu() computes in turns.

    CPython's GIL already lets one thread run Python code at a time, but the
    busy loop below measures the wall clock, so without this lock two threads
    would both finish after `seconds`. Threads take turns of the switch
    interval (5 ms) in first-come, first-served order, as in the simulation;
    each process has its own. A turn counts from the moment the previous one
    ended, so the time the operating system takes to switch threads is not
    lost: n threads computing s seconds each take n * s seconds in all, even
    on a busy machine.
    """

    def __init__(self):
        self._lock = threading.Condition(threading.Lock())
        self._waiting = collections.deque()
        self._held = False
        self._released_at = 0.0

    def acquire(self):
        """Waits for this thread's turn; returns the time the turn began."""
        me = object()
        with self._lock:
            if not self._held and not self._waiting:
                self._held = True
                return time.perf_counter()
            self._waiting.append(me)
            while self._held or self._waiting[0] is not me:
                self._lock.wait()
            self._waiting.popleft()
            self._held = True
            return self._released_at

    def release(self, at):
        """Ends this thread's turn, which it counted up to the time `at`."""
        with self._lock:
            self._held = False
            self._released_at = at
            self._lock.notify_all()


_gil = _Gil()


def _new_gil_after_fork():
    global _gil
    _gil = _Gil()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_new_gil_after_fork)


def cpu(seconds):
    """Computes (busy-loops) for `seconds`, in turns with the process's other threads."""
    left = _seconds(seconds, "sim.cpu()")
    clock = sys.modules.get("virtual_clock")
    if clock is not None and clock.installed:
        clock.advance(left)  # on the virtual clock, computing is waiting
        return
    turn = sys.getswitchinterval()
    # Stop within a microsecond: with the clock at thousands of seconds, a
    # remainder of 1e-12 s would vanish in `start + left` and never shrink.
    while left > 1e-6:
        start = now = _gil.acquire()
        try:
            end = start + min(turn, left)
            while now < end:
                now = time.perf_counter()
            left -= now - start
        finally:
            _gil.release(now)


async def io(label, seconds):
    """Waits on a service for `seconds` without blocking the event loop."""
    await asyncio.sleep(_seconds(seconds, "sim.io()"))


def blocking(label, seconds):
    """A blocking call: the calling thread waits `seconds`."""
    time.sleep(_seconds(seconds, "sim.blocking()"))


def client(name):
    """The current worker now serves client `name`; nothing happens under python3."""


def set_latency(seconds, host=None):
    """Sets the latency of `host`, or the default latency when host is None."""
    global _default
    seconds = _seconds(seconds, "sim.set_latency()")
    if host is None:
        _default = seconds
    else:
        _hosts[str(host).lower()] = seconds


def _host_of(url):
    """The host part of a URL ("https://api.github.com/x" -> "api.github.com")."""
    text = str(url)
    if "//" not in text:
        text = "//" + text
    return (urlsplit(text).hostname or "").lower()


def _latency(host):
    """The latency of a request to `host`."""
    return _hosts.get(str(host).lower(), _default)
