// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>
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
    // Set from any thread to stop the run at once; may be null.
    std::shared_ptr<std::atomic<bool>> stop = nullptr;
};

} // namespace coroscope
