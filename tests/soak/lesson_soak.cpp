// SPDX-License-Identifier: MIT
// The soak: every built-in lesson script run many times in one process, the
// way the application runs it (interpreter, trace, run model, narration
// schedule), and the process's memory compared once it is warm and at the
// end. A run that leaves anything behind (an interned string, a cache, a
// trace buffer) shows as growth over hundreds of runs, where one run hides it.
//
//   lesson_soak [--runs N] [--warm W] [--only TEXT] [LESSONS_DIR]
//
// --only soaks the scripts whose lesson/file name contains TEXT (to chase a leak).
//
// Exits 1 when the memory of a script's runs grows by 5% or more between
// run W and run N (resident set, and heap in use when glibc's per-thread
// cache is off), or when a run fails.
#include "model/lesson_loader.h"
#include "model/narration_schedule.h"
#include "ui/playback/lesson_runner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStandardPaths>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

using namespace coroscope;

namespace {

// Sanitizers hold freed memory in quarantine and count it in the heap: their
// figures say nothing of leaks (their own leak check at exit does).
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kMeasuresMemory = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kMeasuresMemory = false;
#else
constexpr bool kMeasuresMemory = true;
#endif
#else
constexpr bool kMeasuresMemory = true;
#endif

constexpr double kMaxGrowth = 0.05;
// A default run slower than this soaks with every parameter at its minimum,
// so that a thousand runs of each script stay a matter of minutes.
constexpr double kSlowRunSeconds = 0.2;

struct Memory {
    double rssKb = 0;
    double heapKb = 0; // allocated and not freed: arena and mmapped blocks
};

Memory measure() {
    Memory m;
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0) m.rssKb = std::strtod(line.c_str() + 6, nullptr);
    const struct mallinfo2 info = mallinfo2();
    m.heapKb = static_cast<double>(info.uordblks + info.hblkhd) / 1024.0;
    return m;
}

// glibc's per-thread cache keeps freed blocks that mallinfo2 counts as in
// use, and fills up slowly over thousands of runs: the heap is exact only
// without it (the suite runs the soak so).
bool heapIsExact() {
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    return tunables && std::strstr(tunables, "glibc.malloc.tcache_count=0");
}

double growth(double before, double after) {
    return before > 0 ? after / before - 1.0 : 0.0;
}

ScriptJob jobFor(const Lesson& lesson, const LessonScript& script, bool smallest) {
    QMap<QString, double> values;
    if (smallest)
        for (const LessonParameter& p : lesson.parameters)
            values.insert(p.name, p.minimum);
    return ScriptJob{script.file, script.source, lesson.parametersFor(script.source, values),
                     lesson.watchedLines(lesson.scriptIndex(script.file))};
}

// One run as the application makes it; false when the run did not happen.
bool runOnce(const Lesson& lesson, int index, const ScriptJob& job) {
    const auto run = LessonRunner::runNow(job);
    if (!run->ran()) return false;
    const std::vector<NarrationCue> cues = scheduleNarration(lesson, index, run->trace);
    return cues.size() <= lesson.narration.size();
}

struct Options {
    int runs = 1000;
    int warm = -1;
    QString only;
    QString lessons = QStringLiteral(COROSCOPE_LESSONS_DIR);
};

bool parse(int argc, char** argv, Options& o) {
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (std::strcmp(argv[i], "--runs") == 0 && hasValue)
            o.runs = std::atoi(argv[++i]);
        else if (std::strcmp(argv[i], "--warm") == 0 && hasValue)
            o.warm = std::atoi(argv[++i]);
        else if (std::strcmp(argv[i], "--only") == 0 && hasValue)
            o.only = QString::fromLocal8Bit(argv[++i]);
        else if (argv[i][0] != '-')
            o.lessons = QString::fromLocal8Bit(argv[i]);
        else
            return false;
    }
    if (o.warm < 0) o.warm = std::max(2, o.runs / 10);
    return o.warm >= 2 && o.warm < o.runs;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    // The user's budget settings must not change what is soaked.
    QStandardPaths::setTestModeEnabled(true);
    Options o;
    if (!parse(argc, argv, o)) {
        std::fputs(
            "usage: lesson_soak [--runs N] [--warm W] [--only TEXT] [LESSONS_DIR] (N > W >= 2)\n",
            stderr);
        return 2;
    }
    const LessonCatalog catalog = LessonLoader(scriptChecker()).loadRoots({o.lessons});
    if (catalog.lessons.empty() || !catalog.problems.empty()) {
        std::fprintf(stderr, "lesson_soak: no lessons, or lessons with problems, in %s\n",
                     qPrintable(o.lessons));
        return 2;
    }
    std::printf("%-44s %-8s %8s %10s %10s %7s %10s %10s %7s\n", "script", "params", "ms/run",
                "rss@warm", "rss@end", "rss+", "heap@warm", "heap@end", "heap+");
    int failures = 0;
    const bool judgeHeap = kMeasuresMemory && heapIsExact();
    const Memory start = measure();
    for (const Lesson& lesson : catalog.lessons)
        for (std::size_t i = 0; i < lesson.scripts.size(); ++i) {
            const LessonScript& script = lesson.scripts[i];
            const int index = static_cast<int>(i);
            const QString path = lesson.id + QLatin1Char('/') + script.file;
            if (!path.contains(o.only)) continue;
            const std::string name = path.toStdString();
            // The second run is timed: the first pays for what is done once.
            ScriptJob job = jobFor(lesson, script, false);
            bool ok = runOnce(lesson, index, job);
            QElapsedTimer second;
            second.start();
            ok = ok && runOnce(lesson, index, job);
            const bool smallest = second.nsecsElapsed() > kSlowRunSeconds * 1e9;
            if (smallest) job = jobFor(lesson, script, true);
            QElapsedTimer timer;
            Memory warm;
            for (int run = 2; ok && run < o.runs; ++run) {
                if (run == o.warm) {
                    warm = measure();
                    timer.start();
                }
                ok = runOnce(lesson, index, job);
            }
            if (!ok) {
                std::printf("%-44s did not run\n", name.c_str());
                ++failures;
                continue;
            }
            const Memory end = measure();
            const double msPerRun =
                static_cast<double>(timer.nsecsElapsed()) / 1e6 / (o.runs - o.warm);
            const double rssGrowth = growth(warm.rssKb, end.rssKb);
            const double heapGrowth = growth(warm.heapKb, end.heapKb);
            const bool grew = kMeasuresMemory &&
                              (rssGrowth >= kMaxGrowth || (judgeHeap && heapGrowth >= kMaxGrowth));
            std::printf("%-44s %-8s %8.2f %8.0fkB %8.0fkB %6.2f%% %8.0fkB %8.0fkB %6.2f%%%s\n",
                        name.c_str(), smallest ? "smallest" : "default", msPerRun, warm.rssKb,
                        end.rssKb, rssGrowth * 100, warm.heapKb, end.heapKb, heapGrowth * 100,
                        grew ? "  GREW" : "");
            std::fflush(stdout);
            failures += grew ? 1 : 0;
        }
    const Memory end = measure();
    std::printf("whole soak: rss %.0f kB -> %.0f kB, heap %.0f kB -> %.0f kB, %d runs of each "
                "script, warm after %d%s\n",
                start.rssKb, end.rssKb, start.heapKb, end.heapKb, o.runs, o.warm,
                !kMeasuresMemory ? " (memory not judged under a sanitizer)"
                : judgeHeap      ? ""
                                 : " (heap not judged: GLIBC_TUNABLES=glibc.malloc.tcache_count=0 "
                                   "makes it exact)");
    return failures == 0 ? 0 : 1;
}
