// SPDX-License-Identifier: MIT
#pragma once

#include "script/pylib/py_error.h"
#include "script/pylib/utf8.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Shared by the str_*.cpp files; not part of pylib's interface.
namespace coroscope::pylib::detail {

// CPython's ADJUST_INDICES: start and end of find(), count(), startswith()
// against a string of len code points. start may stay beyond len.
inline void adjustIndices(int64_t& start, int64_t& end, int64_t len) {
    if (end > len) {
        end = len;
    } else if (end < 0) {
        end += len;
        if (end < 0) end = 0;
    }
    if (start < 0) {
        start += len;
        if (start < 0) start = 0;
    }
}

// Code point positions of a UTF-8 string mapped to byte offsets; ASCII
// strings map one to one without a table.
class Positions {
public:
    explicit Positions(std::string_view s)
        : m_text(s) {
        if (isAscii(s)) {
            m_count = s.size();
            return;
        }
        for (std::size_t pos = 0; pos < s.size();) {
            m_offsets.push_back(pos);
            decodeUtf8(s, pos);
        }
        m_count = m_offsets.size();
        m_offsets.push_back(s.size());
    }
    int64_t count() const { return static_cast<int64_t>(m_count); }
    // Byte offset of code point i, 0 <= i <= count().
    std::size_t byteAt(int64_t i) const {
        return m_offsets.empty() ? static_cast<std::size_t>(i)
                                 : m_offsets[static_cast<std::size_t>(i)];
    }
    // Code point index of a byte offset that starts a code point.
    int64_t indexOf(std::size_t byte) const {
        if (m_offsets.empty()) return static_cast<int64_t>(byte);
        std::size_t lo = 0, hi = m_offsets.size();
        while (lo < hi) {
            const std::size_t mid = (lo + hi) / 2;
            if (m_offsets[mid] < byte)
                lo = mid + 1;
            else
                hi = mid;
        }
        return static_cast<int64_t>(lo);
    }
    std::string_view slice(int64_t from, int64_t to) const {
        return m_text.substr(byteAt(from), byteAt(to) - byteAt(from));
    }

private:
    std::string_view m_text;
    std::size_t m_count = 0;
    std::vector<std::size_t> m_offsets;
};

[[noreturn]] inline void raise(ErrorKind kind, const std::string& message) {
    throw Error(kind, message);
}

} // namespace coroscope::pylib::detail
