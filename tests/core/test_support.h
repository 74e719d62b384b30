// SPDX-License-Identifier: MIT
#pragma once

#include "core/awaitables.h"
#include "core/loop.h"

#include <string>
#include <vector>

namespace coroscope::test {

// What a scenario "prints", joined with spaces, to compare with what the
// same program prints under CPython.
struct Log {
    std::vector<std::string> lines;
    void operator()(std::string s) { lines.push_back(std::move(s)); }
    std::string str() const {
        std::string out;
        for (const auto& l : lines)
            out += (out.empty() ? "" : " ") + l;
        return out;
    }
};

inline Duration ms(std::int64_t n) {
    return milliseconds(n);
}

} // namespace coroscope::test
