# SPDX-License-Identifier: MIT
"""CPython on a virtual clock: waiting costs no real time.

The differential suite compares Coroscope with CPython. On the real clock,
CPython's own overhead shifts every printed time a little, more so on a busy
machine, and a time near a rounding boundary then prints differently from one
run to the next. Here, as in asyncio's test loop and Trio's MockClock, the
clock moves only when the program would wait:

- the event loop's selector never blocks: when nothing is ready before the
  next timer, it advances the clock to that timer and returns;
- time.sleep(), and sim.cpu() in the shims, advance the clock by their
  duration;
- time.time(), time.monotonic(), time.perf_counter() (and their _ns forms)
  read it.

asyncio itself is untouched: its ready queue, timers, tasks and cancellation
run as CPython ships them. The clock counts whole nanoseconds from the same
starting points as Coroscope's (time.time() at 1700000000.0, loop.time() at
12345.0, perf_counter() at 2.5), so a difference of clock readings is the same
float on both sides, to the last bit.

A program that starts a thread or a process needs real concurrency, which a
single virtual clock cannot give. It is stopped at once with exit status
NEEDS_REAL_CLOCK and a line on stderr, and the suite compares it with an
output recorded from CPython on the real clock instead (golden/).
"""

import math
import operator
import os
import selectors
import sys
import time

NEEDS_REAL_CLOCK = 86
MARKER = "virtual clock: needs real concurrency:"

EPOCH = 1700000000.0
MONOTONIC_START = 12345.0
PERF_COUNTER_START = 2.5

_elapsed_ns = 0  # virtual nanoseconds since the program started
installed = False


def _to_ns(seconds):
    """Seconds to whole nanoseconds, half away from zero, as Coroscope rounds."""
    return int(math.floor(seconds * 1e9 + 0.5))


def advance(seconds):
    """Moves the clock forward; a negative or zero duration leaves it where it is."""
    global _elapsed_ns
    if seconds > 0:
        _elapsed_ns += _to_ns(seconds)


def _time():
    return EPOCH + _elapsed_ns / 1e9


def _time_ns():
    return int(EPOCH) * 1_000_000_000 + _elapsed_ns


def _monotonic():
    return MONOTONIC_START + _elapsed_ns / 1e9


def _monotonic_ns():
    return int(MONOTONIC_START) * 1_000_000_000 + _elapsed_ns


def _perf_counter():
    return PERF_COUNTER_START + _elapsed_ns / 1e9


def _perf_counter_ns():
    return int(PERF_COUNTER_START * 1e9) + _elapsed_ns


def _sleep(secs):
    # time.sleep's own argument rules: a float, or anything with __index__.
    if not isinstance(secs, float):
        secs = operator.index(secs)
    if math.isnan(secs):
        raise ValueError("Invalid value NaN (not a number)")
    # The conversion to the nanosecond clock: an int is checked before it is
    # scaled, a float after, and they say different things.
    if isinstance(secs, int):
        if abs(secs) > (2**63 - 1) // 10**9:
            raise OverflowError("timestamp too large to convert to C _PyTime_t")
    elif not -(2.0**63) < secs * 1e9 < 2.0**63:
        raise OverflowError("timestamp out of range for platform time_t")
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    advance(secs)


def _refuse(what):
    script = sys.argv[0] if sys.argv and sys.argv[0] else "the program"
    sys.stdout.flush()
    print(f"{MARKER} {script} {what}; record its output with "
          f"run_differential.py --refresh-golden", file=sys.stderr, flush=True)
    os._exit(NEEDS_REAL_CLOCK)


class _VirtualSelector(selectors.DefaultSelector):
    """Polls without blocking; a wait for a timer becomes a jump of the clock."""

    def select(self, timeout=None):
        events = super().select(0)
        if events or timeout is None:
            # With no timer pending, only a file descriptor can wake the loop
            # (a signal's wake-up byte): wait for it as CPython would.
            return events if events else super().select(None)
        advance(timeout)
        return []


def install():
    """Puts the clock in place of the real one, once, before the program runs."""
    global installed
    if installed:
        return
    installed = True
    time.time = _time
    time.time_ns = _time_ns
    time.monotonic = _monotonic
    time.monotonic_ns = _monotonic_ns
    time.perf_counter = _perf_counter
    time.perf_counter_ns = _perf_counter_ns
    time.sleep = _sleep
    selectors.DefaultSelector = _VirtualSelector

    import threading

    def start_thread(self):
        _refuse(f"starts a thread ({self.name})")

    threading.Thread.start = start_thread
    if hasattr(os, "fork"):
        os.fork = lambda: _refuse("forks a process")
    os.posix_spawn = lambda *a, **k: _refuse("starts a process")
