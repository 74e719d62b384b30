// SPDX-License-Identifier: MIT
// The time module on the virtual clock: time.sleep blocks its thread (on
// the loop's thread it freezes every task, as in CPython); the clocks read
// the simulated time.
#include "core/awaitables.h"
#include "script/interp/asyncio/asyncio_objects.h"
#include "script/interp/builtins/builtins.h"
#include "script/interp/modules/blocking_timeout.h"
#include "script/interp/modules/modules.h"

#include <cmath>

namespace coroscope::interp {

namespace {

// time.time() starts here (2023-11-14 22:13:20 UTC) in every run, so that
// runs repeat.
constexpr double kEpoch = 1700000000.0;
constexpr double kPerfCounterStart = 2.5;

double now() {
    return toSeconds(interp().loop().time());
}

Value timeTime(CallArgs& a) {
    bindBuiltin<"time.time()">(a);
    return Value::real(kEpoch + now());
}
Value timeTimeNs(CallArgs& a) {
    bindBuiltin<"time.time_ns()">(a);
    return Value::integer(static_cast<std::int64_t>(kEpoch) * 1000000000 + interp().loop().time());
}
Value timeMonotonic(CallArgs& a) {
    bindBuiltin<"time.monotonic()">(a);
    return loopTime();
}
Value timeMonotonicNs(CallArgs& a) {
    bindBuiltin<"time.monotonic_ns()">(a);
    return Value::integer(static_cast<std::int64_t>(loopTimeOffset()) * 1000000000 +
                          interp().loop().time());
}
Value timePerfCounter(CallArgs& a) {
    bindBuiltin<"time.perf_counter()">(a);
    return Value::real(kPerfCounterStart + now());
}
Value timePerfCounterNs(CallArgs& a) {
    bindBuiltin<"time.perf_counter_ns()">(a);
    return Value::integer(static_cast<std::int64_t>(kPerfCounterStart * 1e9) +
                          interp().loop().time());
}
Value timeProcessTime(CallArgs& a) {
    bindBuiltin<"time.process_time()">(a);
    return Value::real(0.0);
}

Eval<Value> timeSleep(CallArgs a) {
    Duration d = blockingSeconds(*bindBuiltin<"time.sleep(secs, /)">(a)[0], "'secs'");
    if (d < 0) valueError("sleep length must be non-negative");
    interp().checkCanSuspend("call time.sleep()");
    co_await blocking("time.sleep", d);
    co_return Value();
}

} // namespace

Value makeTimeModule() {
    return Value(newModule("time", {{"time", timeTime, nullptr},
                                    {"time_ns", timeTimeNs, nullptr},
                                    {"monotonic", timeMonotonic, nullptr},
                                    {"monotonic_ns", timeMonotonicNs, nullptr},
                                    {"perf_counter", timePerfCounter, nullptr},
                                    {"perf_counter_ns", timePerfCounterNs, nullptr},
                                    {"process_time", timeProcessTime, nullptr},
                                    {"sleep", nullptr, timeSleep}}));
}

} // namespace coroscope::interp
