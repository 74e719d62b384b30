// SPDX-License-Identifier: MIT
#include "script/interp/modules/blocking_timeout.h"

#include "script/interp/builtins/builtins.h"
#include "script/interp/runtime/exceptions.h"

#include <cmath>

namespace coroscope::interp {

Duration blockingSeconds(const Value& v, const char* what) {
    // _PyTime_FromSecondsObject: an int is checked before it is scaled, a
    // float after; the two say different things.
    if (v.isIntLike()) {
        const std::int64_t n = v.asInt();
        if (n > kLatest / kSecond || n < -(kLatest / kSecond))
            overflowError("timestamp too large to convert to C _PyTime_t");
        return n * kSecond;
    }
    const double s = numberArg(v, what);
    if (std::isnan(s)) valueError("Invalid value NaN (not a number)");
    const double ns = s * 1e9;
    if (!(ns < 9223372036854775807.0 && ns >= -9223372036854775807.0))
        overflowError("timestamp out of range for platform time_t");
    return seconds(s);
}

std::optional<Duration> conditionTimeout(const Value* v) {
    if (!v || v->isNone()) return std::nullopt;
    if (!(numberArg(*v, "timeout") > 0)) return 0;
    return blockingSeconds(*v, "timeout");
}

} // namespace coroscope::interp
