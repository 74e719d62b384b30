// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <cstdint>

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

// Seconds as a script or a parameter gives them (a Python float), rounded to
// the nearest nanosecond, which is the timer precision of the simulation.
inline Duration seconds(double s) {
    return static_cast<Duration>(std::llround(s * 1e9));
}

inline double toSeconds(Time t) {
    return static_cast<double>(t) / 1e9;
}

} // namespace coroscope
