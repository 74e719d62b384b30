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

// The bytes a result may still take on this thread: the caller's memory
// budget less what it holds (the interpreter points this at its heap while
// a run is on the thread). Null: only kMaxResultLength bounds a result.
using ResultRoom = int64_t (*)();
inline thread_local ResultRoom t_resultRoom = nullptr;

// Raises MemoryError, as CPython's failed allocation does, before a result
// of `bytes` bytes is built that the caller has no room for: the room is
// checked before the allocation, never after.
inline void checkResultBytes(int64_t bytes) {
    if (bytes > kMaxResultLength * 4 || (t_resultRoom && bytes > t_resultRoom()))
        throw Error(ErrorKind::MemoryError, "");
}

// The same for `count` items of `itemBytes` each (a list of k picks),
// without the product overflowing.
inline void checkResultItems(int64_t count, int64_t itemBytes) {
    if (count > 0 && t_resultRoom && count > t_resultRoom() / itemBytes)
        throw Error(ErrorKind::MemoryError, "");
}

inline void checkResultLength(int64_t length) {
    if (length > kMaxResultLength) throw Error(ErrorKind::MemoryError, "");
    checkResultBytes(length);
}

} // namespace coroscope::pylib
