// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

// The one exception pylib throws: a Python exception class and CPython's own
// message, for the interpreter to raise as that Python exception.
namespace coroscope::pylib {

enum class ErrorKind : unsigned char {
    ValueError,
    TypeError,
    OverflowError,
    ZeroDivisionError,
    IndexError,
    MemoryError,
};

// "ValueError", "TypeError", ...
const char* errorKindName(ErrorKind kind) noexcept;

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, const std::string& message)
        : std::runtime_error(message)
        , m_kind(kind) {}
    ErrorKind kind() const noexcept { return m_kind; }
    // What str(exception) gives in CPython.
    const char* message() const noexcept { return what(); }

private:
    ErrorKind m_kind;
};

// Results longer than this many code points (from a huge width or
// precision) raise MemoryError, where CPython would try to allocate them.
inline constexpr int64_t kMaxResultLength = int64_t{1} << 30;

inline void checkResultLength(int64_t length) {
    if (length > kMaxResultLength) throw Error(ErrorKind::MemoryError, "");
}

} // namespace coroscope::pylib
