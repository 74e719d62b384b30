// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace coroscope {

// One script to run: its file name (for messages), its text and the
// parameter values as Python literals.
struct ScriptJob {
    QString fileName;
    QString source;
    std::vector<std::pair<std::string, std::string>> params;
    std::vector<std::uint32_t> watchLines; // reported when first reached (narration)
};

} // namespace coroscope
