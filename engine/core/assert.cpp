// SPDX-License-Identifier: MIT
#include "core/assert.h"

#include <cstdio>
#include <cstdlib>

namespace coroscope {

void invariantFailed(const char* condition, const char* message, const char* file,
                     int line) noexcept {
    std::fprintf(stderr, "%s:%d: invariant broken: %s (%s)\n", file, line, message, condition);
    std::fflush(stderr);
    std::abort();
}

} // namespace coroscope
