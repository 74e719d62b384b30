// SPDX-License-Identifier: MIT
// A run asked to stop from outside (the window's Stop) ends at once, whatever
// it is doing, as a spent budget does: with what it recorded until then and
// a message that says it was stopped. Every other budget is lifted here, so
// the stop is the only way these runs can end: a test cannot pass by luck.
#include "interp_test_support.h"

#include <gmock/gmock.h>

#include <atomic>
#include <chrono>
#include <limits>
#include <string>
#include <thread>

using coroscope::RunOptions;
using coroscope::RunResult;
using coroscope::test::runSource;
using ::testing::HasSubstr;

namespace {

RunOptions endless(const std::atomic<bool>& stop) {
    RunOptions options;
    options.maxStatements = std::numeric_limits<std::uint64_t>::max();
    options.statementBudget = std::numeric_limits<std::uint64_t>::max();
    options.maxSteps = std::numeric_limits<std::uint64_t>::max();
    options.maxVirtualSeconds = 1e15;
    options.maxWallSeconds = 0;
    options.stop = &stop;
    return options;
}

struct Case {
    const char* what;
    const char* source;
};

const Case kForever[] = {
    {"a loop that never awaits", "while True:\n    pass\n"},
    {"tasks that switch for ever", "import asyncio\n"
                                   "async def main():\n"
                                   "    while True:\n"
                                   "        await asyncio.sleep(0)\n"
                                   "asyncio.run(main())\n"},
    {"virtual time that never ends", "import asyncio\n"
                                     "async def main():\n"
                                     "    while True:\n"
                                     "        await asyncio.sleep(1)\n"
                                     "asyncio.run(main())\n"},
    {"a thread computing for ever", "import threading\n"
                                    "def spin():\n"
                                    "    n = 0\n"
                                    "    while True:\n"
                                    "        n += 1\n"
                                    "threading.Thread(target=spin).start()\n"},
};

} // namespace

TEST(Stop, AStopAskedBeforeTheRunEndsItAtItsFirstCheck) {
    for (const Case& c : kForever) {
        std::atomic<bool> stop{true};
        RunResult r = runSource(c.source, endless(stop));
        EXPECT_EQ(r.exitStatus, 1) << c.what;
        EXPECT_EQ(r.stoppedBy, "stop") << c.what << "\n" << r.err;
        EXPECT_THAT(r.err, HasSubstr("demo.py: the run was stopped before it ended")) << c.what;
    }
}

TEST(Stop, AStopFromAnotherThreadEndsARunThatWouldNeverEnd) {
    for (const Case& c : kForever) {
        std::atomic<bool> stop{false};
        std::thread stopper([&stop] {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            stop.store(true);
        });
        RunResult r = runSource(c.source, endless(stop));
        stopper.join();
        EXPECT_EQ(r.stoppedBy, "stop") << c.what << "\n" << r.err;
        // Stopped in the middle, it says where.
        EXPECT_THAT(r.err, HasSubstr("demo.py, line ")) << c.what;
        // What ran until the stop is kept.
        EXPECT_GT(r.trace.size(), 0u) << c.what;
    }
}
