// SPDX-License-Identifier: MIT
#pragma once

#include "script/interp/runtime/frame_pool.h"
#include "script/interp/runtime/function.h"

#include <exception>
#include <new>
#include <utility>

namespace coroscope::interp {

// How a block of statements ended.
enum class Flow : std::uint8_t { Normal, Return, Break, Continue };

// The variables of a call (a frame's slots), from the frame pool.
class Slots {
public:
    Slots() = default;
    explicit Slots(std::uint32_t n)
        : m_n(n) {
        if (n == 0) return;
        countFrameBytes(static_cast<std::ptrdiff_t>(n * sizeof(Value)));
        m_data = static_cast<Value*>(FramePool::allocate(n * sizeof(Value)));
        for (std::uint32_t i = 0; i < n; ++i)
            new (m_data + i) Value(Value::unbound());
    }
    Slots(Slots&& o) noexcept
        : m_data(std::exchange(o.m_data, nullptr))
        , m_n(std::exchange(o.m_n, 0)) {}
    Slots& operator=(Slots&& o) noexcept {
        if (this != &o) {
            release();
            m_data = std::exchange(o.m_data, nullptr);
            m_n = std::exchange(o.m_n, 0);
        }
        return *this;
    }
    Slots(const Slots&) = delete;
    Slots& operator=(const Slots&) = delete;
    ~Slots() { release(); }

    Value* data() { return m_data; }
    std::uint32_t size() const { return m_n; }
    Value& operator[](std::uint32_t i) { return m_data[i]; }

private:
    void release() {
        if (!m_data) return;
        for (std::uint32_t i = 0; i < m_n; ++i)
            m_data[i].~Value();
        FramePool::release(m_data, m_n * sizeof(Value));
        countFrameBytes(-static_cast<std::ptrdiff_t>(m_n * sizeof(Value)));
        m_data = nullptr;
    }
    Value* m_data = nullptr;
    std::uint32_t m_n = 0;
};

class GeneratorObject;

// A running Python frame: a function call, the module, a class body or a
// comprehension. It lives in the C++ frame (or coroutine frame) that runs
// the code, so it stays put while the code is suspended.
struct Frame {
    Frame()
        : serial(++t_frameSerial) {}
    Frame(const Frame&) = delete;
    Frame& operator=(const Frame&) = delete;
    const std::uint64_t serial; // unique for the run's frames (addresses are reused)
    const ir::CodeInfo* code = nullptr;
    Value* slots = nullptr;
    DictObject* globals = nullptr;
    DictObject* names = nullptr; // a class body's namespace
    FunctionObject* function = nullptr;
    Frame* caller = nullptr;
    GeneratorObject* generator = nullptr; // when this is a generator's body
    // The exception an except clause of this frame is handling (for bare
    // `raise` and for __context__), as caught.
    std::exception_ptr handling;
    Value ret;
    std::uint32_t line = 0;
    std::uint32_t depth = 0;

    inline static thread_local std::uint64_t t_frameSerial = 0;
};

} // namespace coroscope::interp
