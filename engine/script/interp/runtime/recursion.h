// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

namespace coroscope::interp {

// CPython's recursion limit (sys.getrecursionlimit()).
constexpr std::uint32_t kRecursionLimit = 1000;

// How deep the script's recursion is now, counted as CPython 3.11 counts
// it: one for each Python frame and one for each C-level step that may
// recurse (a comparison, a repr, a call of some builtins). Python frames
// set it when they run; guards add to it while they last. It lives in the
// thread's interpreter.
std::uint32_t& recursionDepth() noexcept;

// True when the thread's native stack is close to its end: whatever the
// count says, native code must not recurse any further. The stack is
// measured rather than only counted because a level's frames are much
// larger in instrumented builds, and the thread a run is on may have a
// smaller stack than the main one.
bool stackNearlyExhausted() noexcept;

// Raises RecursionError("maximum recursion depth exceeded" + where).
[[noreturn]] void recursionError(const char* where);

// Py_EnterRecursiveCall: one level of a native path that may recurse,
// for as long as the guard lives.
class RecursionGuard {
public:
    explicit RecursionGuard(const char* where)
        : m_depth(recursionDepth())
        , m_saved(m_depth) {
        if (++m_depth > kRecursionLimit || stackNearlyExhausted()) {
            m_depth = m_saved;
            recursionError(where);
        }
    }
    RecursionGuard(const RecursionGuard&) = delete;
    RecursionGuard& operator=(const RecursionGuard&) = delete;
    // Restores rather than decrements: frames that ran meanwhile set the
    // depth to their own.
    ~RecursionGuard() { m_depth = m_saved; }

private:
    std::uint32_t& m_depth;
    std::uint32_t m_saved;
};

// A native path that recurses without counting in CPython (hashing a
// tuple, the next item of a chain of iterators): only the stack limits it.
inline void checkNativeStack(const char* where) {
    if (stackNearlyExhausted()) recursionError(where);
}

// The messages' tails, as CPython words them.
inline constexpr const char* kWhileCalling = " while calling a Python object";
inline constexpr const char* kInComparison = " in comparison";
inline constexpr const char* kWhileRepr = " while getting the repr of an object";
inline constexpr const char* kWhileStr = " while getting the str of an object";

} // namespace coroscope::interp
