// SPDX-License-Identifier: MIT
#include "script/pylib/py_error.h"

namespace coroscope::pylib {

const char* errorKindName(ErrorKind kind) noexcept {
    switch (kind) {
    case ErrorKind::ValueError: return "ValueError";
    case ErrorKind::TypeError: return "TypeError";
    case ErrorKind::OverflowError: return "OverflowError";
    case ErrorKind::ZeroDivisionError: return "ZeroDivisionError";
    case ErrorKind::IndexError: return "IndexError";
    case ErrorKind::MemoryError: return "MemoryError";
    }
    return "Exception";
}

} // namespace coroscope::pylib
