// SPDX-License-Identifier: MIT
#pragma once

#include "core/assert.h"

#include <cstddef>
#include <memory>
#include <utility>

namespace coroscope {

// A FIFO on a power-of-two ring buffer: the loop's ready queue lives here, so
// push and pop must be a few instructions and never allocate in steady state.
template <class T>
class RingQueue {
public:
    RingQueue() = default;
    RingQueue(const RingQueue&) = delete;
    RingQueue& operator=(const RingQueue&) = delete;

    bool empty() const noexcept { return m_head == m_tail; }
    std::size_t size() const noexcept { return m_tail - m_head; }

    void push(T v) {
        if (size() == m_cap) grow();
        m_buf[m_tail++ & (m_cap - 1)] = std::move(v);
    }
    T pop() noexcept {
        COROSCOPE_ASSERT(!empty(), "pop from an empty RingQueue");
        return std::move(m_buf[m_head++ & (m_cap - 1)]);
    }
    T& front() noexcept {
        COROSCOPE_ASSERT(!empty(), "front of an empty RingQueue");
        return m_buf[m_head & (m_cap - 1)];
    }
    T& back() noexcept {
        COROSCOPE_ASSERT(!empty(), "back of an empty RingQueue");
        return m_buf[(m_tail - 1) & (m_cap - 1)];
    }
    T& at(std::size_t i) noexcept {
        COROSCOPE_ASSERT(i < size(), "RingQueue index out of bounds");
        return m_buf[(m_head + i) & (m_cap - 1)];
    }

private:
    void grow() {
        std::size_t cap = m_cap ? m_cap * 2 : 64;
        auto buf = std::make_unique<T[]>(cap);
        for (std::size_t i = 0; i < size(); ++i)
            buf[i] = std::move(at(i));
        m_tail = size();
        m_head = 0;
        m_buf = std::move(buf);
        m_cap = cap;
    }

    std::unique_ptr<T[]> m_buf;
    std::size_t m_cap = 0;
    std::size_t m_head = 0; // index of the oldest element (not wrapped)
    std::size_t m_tail = 0; // one past the newest element (not wrapped)
    // Invariants: m_head <= m_tail; size() <= m_cap; m_cap is 0 or a power of two.
};

} // namespace coroscope
