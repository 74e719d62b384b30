// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace coroscope::fuzz {

// A lesson folder in one text, so that a fuzzer can mutate all its files at
// once: each file starts with a line "=== NAME" and holds what follows up to
// the next such line; text before the first one is lesson.json. Names other
// than plain file names (letters, digits, '.', '_', '-', not starting with
// '.') are dropped, so the bundle can only write inside its folder.
using BundleFile = std::pair<std::string, std::string>; // name, content
std::vector<BundleFile> splitLessonBundle(std::string_view bundle);

} // namespace coroscope::fuzz
