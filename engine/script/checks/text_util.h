// SPDX-License-Identifier: MIT
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace coroscope::detail {

// Joins pieces of a message. Preferred over chains of operator+ that start
// with a literal, which some optimisers wrongly flag as overlapping copies.
inline std::string concat(std::initializer_list<std::string_view> parts) {
    size_t size = 0;
    for (const std::string_view part : parts)
        size += part.size();
    std::string out;
    out.reserve(size);
    for (const std::string_view part : parts)
        out += part;
    return out;
}

} // namespace coroscope::detail
