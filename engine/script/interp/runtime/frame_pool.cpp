// SPDX-License-Identifier: MIT
#include "script/interp/runtime/frame_pool.h"

#include <memory>
#include <vector>

namespace coroscope::interp {

namespace {
// The slabs of this thread, freed when the thread ends. Blocks are carved
// from slabs and never returned to malloc before that: the pool is bounded
// by the largest number of frames a run had alive at once.
struct Slabs {
    std::vector<std::unique_ptr<char[]>> slabs;
};
thread_local Slabs t_slabs;
constexpr std::size_t kSlabBytes = 64 * 1024;
} // namespace

thread_local FramePool::Block* FramePool::t_free[FramePool::kClasses] = {};

void* FramePool::allocateLarge(std::size_t n) {
    return ::operator new(n);
}

void FramePool::releaseLarge(void* p) noexcept {
    ::operator delete(p);
}

void* FramePool::refill(std::size_t n) {
    const std::size_t size = (index(n) + 1) * kGranule;
    const std::size_t count = size >= kSlabBytes / 4 ? 1 : kSlabBytes / size;
    auto slab = std::make_unique<char[]>(size * count);
    char* base = slab.get();
    t_slabs.slabs.push_back(std::move(slab));
    Block*& head = t_free[index(n)];
    // Keep the first block for the caller; chain the rest.
    for (std::size_t i = count; i-- > 1;) {
        auto* b = reinterpret_cast<Block*>(base + i * size);
        b->next = head;
        head = b;
    }
    return base;
}

} // namespace coroscope::interp
