// SPDX-License-Identifier: MIT
#include "lesson_bundle.h"

namespace coroscope::fuzz {

namespace {

constexpr std::string_view kMarker = "=== ";

bool plainName(std::string_view name) {
    if (name.empty() || name.size() > 64 || name.front() == '.') return false;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '_' || c == '-'))
            return false;
    return true;
}

} // namespace

std::vector<BundleFile> splitLessonBundle(std::string_view bundle) {
    std::vector<BundleFile> files;
    std::string name = "lesson.json";
    std::size_t contentBegin = 0;
    const auto flush = [&](std::size_t end) {
        const bool implicitAndEmpty = contentBegin == 0 && end == 0;
        if (!implicitAndEmpty && plainName(name))
            files.emplace_back(name, std::string(bundle.substr(contentBegin, end - contentBegin)));
    };
    for (std::size_t line = 0; line < bundle.size();) {
        std::size_t next = bundle.find('\n', line);
        next = next == std::string_view::npos ? bundle.size() : next + 1;
        if (bundle.substr(line, kMarker.size()) == kMarker) {
            flush(line);
            std::string_view header =
                bundle.substr(line + kMarker.size(), next - line - kMarker.size());
            if (!header.empty() && header.back() == '\n') header.remove_suffix(1);
            name = std::string(header);
            contentBegin = next;
        }
        line = next;
    }
    flush(bundle.size());
    return files;
}

} // namespace coroscope::fuzz
