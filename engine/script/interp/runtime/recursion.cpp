// SPDX-License-Identifier: MIT
#include "script/interp/runtime/recursion.h"

#include "script/interp/eval/interp.h"
#include "script/interp/runtime/exceptions.h"
#include "script/interp/runtime/types.h"

#include <pthread.h>

#include <cstddef>
#include <string>

namespace coroscope::interp {

namespace {

// Room kept free below the deepest native frame: enough to raise, unwind
// and format a RecursionError, and for one level of the largest recursive
// native path between two checks, even with sanitizer frames.
constexpr std::size_t kMinReserve = 512 * 1024;

// The most native stack a run's recursion may use, whatever the thread has:
// a script that recurses without CPython counting it (a chain of a hundred
// thousand iterators) ends the same way under a raised `ulimit -s` as under
// the usual 8 MB. A sanitizer's frames are several times larger, so there
// the same depth is given proportionally more.
#if defined(__SANITIZE_ADDRESS__)
constexpr std::size_t kMaxUsable = std::size_t(24) << 20;
#else
constexpr std::size_t kMaxUsable = std::size_t(6) << 20;
#endif

// The lowest address native code may reach on this thread.
const char* computeStackLimit() noexcept {
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return nullptr;
    void* low = nullptr;
    std::size_t size = 0;
    const bool ok = pthread_attr_getstack(&attr, &low, &size) == 0;
    pthread_attr_destroy(&attr);
    if (!ok || !low) return nullptr;
    // A quarter of a small stack, but never less than the minimum.
    std::size_t reserve = size / 4;
    if (reserve < kMinReserve) reserve = kMinReserve;
    if (reserve >= size) reserve = size / 2;
    const char* limit = static_cast<const char*>(low) + reserve;
    // Stacks grow down: the usable part is measured from where this thread
    // is now, which is close to the top of its stack when a run starts.
    const auto* here = static_cast<const char*>(__builtin_frame_address(0));
    if (here > limit && std::size_t(here - limit) > kMaxUsable) limit = here - kMaxUsable;
    return limit;
}

const char* stackLimit() noexcept {
    static thread_local const char* limit = computeStackLimit();
    return limit;
}

} // namespace

std::uint32_t& recursionDepth() noexcept {
    return Interp::current().recursionDepth;
}

bool stackNearlyExhausted() noexcept {
    // The frame's address, not a local's: under a sanitizer, locals may live
    // on a fake stack on the heap.
    const auto* here = static_cast<const char*>(__builtin_frame_address(0));
    const char* limit = stackLimit();
    return limit && here < limit;
}

void recursionError(const char* where) {
    raiseNew(types().RecursionError, std::string("maximum recursion depth exceeded") + where);
}

} // namespace coroscope::interp
