// SPDX-License-Identifier: MIT
#pragma once

#include "script/pylib/py_error.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace coroscope::pylib::test {

// What fn() returns, or "!ErrorClass:message" for the pylib::Error it throws,
// the form the generated tables use for CPython's exceptions.
template <class Fn>
std::string outcome(Fn&& fn) {
    try {
        return fn();
    } catch (const Error& e) {
        return std::string("!") + errorKindName(e.kind()) + ":" + e.message();
    }
}

inline double fromBits(uint64_t bits) {
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
}

inline std::vector<std::string> splitOn(std::string_view text, char sep) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t at = text.find(sep); at != std::string_view::npos;
         at = text.find(sep, start)) {
        out.emplace_back(text.substr(start, at - start));
        start = at + 1;
    }
    out.emplace_back(text.substr(start));
    return out;
}

} // namespace coroscope::pylib::test
