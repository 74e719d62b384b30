// SPDX-License-Identifier: MIT
#pragma once

#include "core/event.h"
#include "core/ref_counted.h"
#include "core/time.h"

#include <functional>

namespace coroscope {

// What call_soon, call_later and call_at return: a callback that can be
// cancelled until it runs (asyncio.Handle / asyncio.TimerHandle).
class Handle : public RefCounted {
public:
    Handle(std::function<void()> fn, Time when, TextId label)
        : m_fn(std::move(fn))
        , m_when(when)
        , m_label(label) {}

    void cancel() {
        m_cancelled = true;
        m_fn = nullptr; // release what the callback holds, as asyncio does
    }
    bool cancelled() const { return m_cancelled; }
    Time when() const { return m_when; }
    TextId label() const { return m_label; }
    void run() {
        if (!m_cancelled && m_fn) m_fn();
    }

private:
    std::function<void()> m_fn;
    Time m_when;
    TextId m_label;
    bool m_cancelled = false;
};

} // namespace coroscope
