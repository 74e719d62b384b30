// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>

namespace coroscope {

// Virtual time in nanoseconds since the loop started. Integers keep runs
// deterministic and make equal deadlines compare exactly.
using Time = std::int64_t;
using Duration = std::int64_t;

constexpr Duration kNanosecond = 1;
constexpr Duration kMicrosecond = 1000;
constexpr Duration kMillisecond = 1000 * kMicrosecond;
constexpr Duration kSecond = 1000 * kMillisecond;

constexpr Duration milliseconds(std::int64_t n) {
    return n * kMillisecond;
}
constexpr Duration microseconds(std::int64_t n) {
    return n * kMicrosecond;
}

// The end of the clock: a timer set for it never fires (an infinite timeout).
constexpr Time kNever = std::numeric_limits<Time>::max();
// The latest time a timer can fire at: a finite delay too long for the clock
// (asyncio.sleep(1e308)) waits until then, so the run's virtual-time budget,
// not an overflow, ends it.
constexpr Time kLatest = kNever - 1;

// Seconds as a script or a parameter gives them (a Python float), rounded to
// the nearest nanosecond, which is the timer precision of the simulation.
// Saturating, never overflowing: +inf is kNever, finite delays past the
// clock's range are kLatest (or -kLatest), and NaN is 0.
inline Duration seconds(double s) {
    if (std::isnan(s)) return 0;
    if (s == std::numeric_limits<double>::infinity()) return kNever;
    const double ns = s * 1e9;
    // 2^63 is exact as a double; anything at or past it does not fit.
    if (ns >= 9223372036854775807.0) return kLatest;
    if (ns <= -9223372036854775807.0) return -kLatest;
    return static_cast<Duration>(std::llround(ns));
}

// now + d without overflow: kNever stays never, the rest stops at kLatest.
constexpr Time later(Time now, Duration d) {
    if (d == kNever) return kNever;
    if (d > 0 && now > kLatest - d) return kLatest;
    return now + d;
}

inline double toSeconds(Time t) {
    return static_cast<double>(t) / 1e9;
}

} // namespace coroscope
