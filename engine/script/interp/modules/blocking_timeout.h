// SPDX-License-Identifier: MIT
#pragma once

#include "core/time.h"
#include "script/interp/runtime/value.h"

#include <optional>

namespace coroscope::interp {

// Seconds given to a blocking call (time.sleep, Event.wait, Lock.acquire,
// Thread.join, Future.result), converted as CPython converts them to its
// nanosecond clock: NaN is a ValueError, and a value past the clock's
// range, infinities included, an OverflowError. `what` names the argument
// in the TypeError for a value that is not a number.
Duration blockingSeconds(const Value& v, const char* what);

// The timeout of threading.Condition.wait, which Event.wait, Queue.get and
// Future.result wait with: None waits for ever; zero, a negative number
// and NaN do not wait at all; the rest as blockingSeconds. Called only
// when the caller must wait: a set Event ignores its timeout.
std::optional<Duration> conditionTimeout(const Value* v);

} // namespace coroscope::interp
