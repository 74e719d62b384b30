// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>

namespace coroscope::interp {

// Free lists by size class for the memory the evaluator allocates and frees
// all the time: coroutine frames (one per Python call and per block that
// may suspend) and arrays of local variables. A run allocates the same few
// sizes again and again, so after warming up nothing reaches malloc.
// One pool per thread: a run never moves between threads.
class FramePool {
public:
    static void* allocate(std::size_t n) {
        if (kBypass || n > kLargest) return allocateLarge(n);
        Block*& head = t_free[index(n)];
        if (Block* b = head) {
            head = b->next;
            return b;
        }
        return refill(n);
    }
    static void release(void* p, std::size_t n) noexcept {
        if (!p) return;
        if (kBypass || n > kLargest) {
            releaseLarge(p);
            return;
        }
        auto* b = static_cast<Block*>(p);
        Block*& head = t_free[index(n)];
        b->next = head;
        head = b;
    }

private:
    struct Block {
        Block* next;
    };
#if defined(__SANITIZE_ADDRESS__)
    // Under AddressSanitizer every block comes from malloc, so that a use
    // after free is caught.
    static constexpr bool kBypass = true;
#else
    static constexpr bool kBypass = false;
#endif
    static constexpr std::size_t kGranule = 64;
    static constexpr std::size_t kClasses = 64;
    static constexpr std::size_t kLargest = kGranule * kClasses;
    static std::size_t index(std::size_t n) {
        return (n + kGranule - 1) / kGranule - 1;
    }
    static void* refill(std::size_t n);
    // Out of line: blocks that do not come from the free lists.
    static void* allocateLarge(std::size_t n);
    static void releaseLarge(void* p) noexcept;

    static thread_local Block* t_free[kClasses];
};

} // namespace coroscope::interp
