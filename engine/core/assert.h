// SPDX-License-Identifier: MIT
#pragma once

// Checks of the invariants the engine's headers state. Built in where
// COROSCOPE_CHECK_INVARIANTS is defined (the dev and asan presets), compiled
// out otherwise, so that release builds keep the scheduler's hot paths as
// they are: the condition is then not evaluated at all.

#ifdef COROSCOPE_CHECK_INVARIANTS

namespace coroscope {
// Prints where and what broke, then aborts: a broken invariant means the
// state can no longer be trusted, so nothing is unwound.
[[noreturn]] void invariantFailed(const char* condition, const char* message, const char* file,
                                  int line) noexcept;
} // namespace coroscope

#define COROSCOPE_ASSERT(cond, message)                                                            \
    do {                                                                                           \
        if (!(cond)) [[unlikely]]                                                                  \
            ::coroscope::invariantFailed(#cond, message, __FILE__, __LINE__);                      \
    } while (false)

#else

// Not evaluated, but still compiled: a check cannot rot unnoticed.
#define COROSCOPE_ASSERT(cond, message)                                                            \
    do {                                                                                           \
        if (false) {                                                                               \
            static_cast<void>(cond);                                                               \
            static_cast<void>(message);                                                            \
        }                                                                                          \
    } while (false)

#endif
