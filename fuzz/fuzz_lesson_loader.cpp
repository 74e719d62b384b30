// SPDX-License-Identifier: MIT
// The lesson-folder loader on any folder a teacher could share: the input is
// a bundle of files (lesson_bundle.h) written to a private folder, then
// loaded with the whole check `coroscope lessons --check` makes. A folder
// either loads or is reported; the loader never crashes, hangs or reads
// outside it.
#include "lesson_bundle.h"
#include "model/lesson_loader.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>
#include <vector>

#include <unistd.h>

using namespace coroscope;
namespace fs = std::filesystem;

namespace {

// One folder per process, emptied before every input and removed at exit.
// The path is never destroyed: the exit handler that removes the folder is
// registered before a static's destructor would be, and so runs after it.
const fs::path& lessonFolder() {
    static const fs::path* const folder = [] {
        std::string pattern = (fs::temp_directory_path() / "coroscope-fuzz-XXXXXX").string();
        if (!mkdtemp(pattern.data())) std::abort();
        const auto* made = new fs::path(fs::path(pattern) / "lesson");
        fs::create_directory(*made);
        std::atexit([] {
            std::error_code ec;
            fs::remove_all(lessonFolder().parent_path(), ec);
        });
        return made;
    }();
    return *folder;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const fs::path& folder = lessonFolder();
    for (const fs::directory_entry& entry : fs::directory_iterator(folder))
        fs::remove_all(entry.path());
    const std::string_view bundle(reinterpret_cast<const char*>(data), size);
    for (const auto& [name, content] : fuzz::splitLessonBundle(bundle)) {
        std::ofstream out(folder / name, std::ios::binary | std::ios::trunc);
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
    }
    static const LessonLoader loader(scriptChecker(), LessonLoader::Checking::Complete);
    std::vector<LessonProblem> problems;
    const std::optional<Lesson> lesson =
        loader.loadFolder(QString::fromStdString(folder.string()), problems);
    if (lesson.has_value() != problems.empty()) std::abort();
    for (const LessonProblem& p : problems)
        (void)p.describe();
    return 0;
}
