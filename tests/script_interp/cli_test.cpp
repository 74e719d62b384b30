// SPDX-License-Identifier: MIT
// `coroscope run`: its options, its output streams and its exit statuses.
#include "script/cli/cli.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using ::testing::HasSubstr;

namespace {

struct Captured {
    int status;
    std::string out;
    std::string err;
};

// Runs the command with stdout and stderr captured.
Captured run(std::vector<std::string> words) {
    std::vector<char*> argv;
    for (auto& w : words)
        argv.push_back(w.data());
    testing::internal::CaptureStdout();
    testing::internal::CaptureStderr();
    int status = coroscope::runCommand(static_cast<int>(argv.size()), argv.data());
    Captured c{status, testing::internal::GetCapturedStdout(),
               testing::internal::GetCapturedStderr()};
    return c;
}

std::string writeScript(const std::string& name, const std::string& text) {
    std::string path = testing::TempDir() + name;
    std::ofstream(path) << text;
    return path;
}

} // namespace

TEST(Cli, AScriptPrintsToStdoutAndExitsWithZero) {
    std::string path = writeScript("hello.py", "print('hello')\n");
    Captured c = run({"run", path});
    EXPECT_EQ(c.status, 0);
    EXPECT_EQ(c.out, "hello\n");
    EXPECT_EQ(c.err, "");
}

TEST(Cli, AnUncaughtExceptionGoesToStderrWithStatusOne) {
    std::string path = writeScript("boom.py", "print('a')\nraise KeyError('k')\n");
    Captured c = run({"run", path});
    EXPECT_EQ(c.status, 1);
    EXPECT_EQ(c.out, "a\n");
    EXPECT_THAT(c.err, HasSubstr("KeyError: 'k'"));
}

TEST(Cli, ASyntaxErrorIsStatusTwoWithThePlace) {
    std::string path = writeScript("bad.py", "print('unclosed'\n");
    Captured c = run({"run", path});
    EXPECT_EQ(c.status, 2);
    EXPECT_THAT(c.err, HasSubstr("bad.py\", line 1"));
}

TEST(Cli, AnUnknownOptionIsAUsageError) {
    std::string path = writeScript("ok.py", "pass\n");
    Captured c = run({"run", path, "--fast"});
    EXPECT_EQ(c.status, 2);
    EXPECT_THAT(c.err, HasSubstr("unknown option '--fast'"));
    EXPECT_THAT(c.err, HasSubstr("usage: coroscope run"));
}

TEST(Cli, AMissingScriptIsAUsageError) {
    Captured c = run({"run"});
    EXPECT_EQ(c.status, 2);
    EXPECT_THAT(c.err, HasSubstr("which script?"));
}

TEST(Cli, AnUnreadableScriptIsAUsageError) {
    Captured c = run({"run", "/no/such/dir/script.py"});
    EXPECT_EQ(c.status, 2);
    EXPECT_THAT(c.err, HasSubstr("cannot read '/no/such/dir/script.py'"));
}

TEST(Cli, AParameterWithoutAValueIsAUsageError) {
    std::string path = writeScript("p.py", "N = 1\n");
    Captured c = run({"run", path, "--param", "N"});
    EXPECT_EQ(c.status, 2);
    EXPECT_THAT(c.err, HasSubstr("--param needs NAME=VALUE"));
}

TEST(Cli, ParametersOverrideConstants) {
    std::string path = writeScript("n.py", "N = 1\nprint(N * 2)\n");
    Captured c = run({"run", path, "--param", "N=21"});
    EXPECT_EQ(c.status, 0);
    EXPECT_EQ(c.out, "42\n");
}

TEST(Cli, TheSummaryListsEveryTaskWithItsTimesAndResult) {
    std::string path = writeScript("sum.py", "import asyncio\n"
                                             "async def work():\n"
                                             "    await asyncio.sleep(0.5)\n"
                                             "    return 7\n"
                                             "async def main():\n"
                                             "    return await asyncio.create_task(work())\n"
                                             "asyncio.run(main())\n");
    Captured c = run({"run", path, "--summary"});
    EXPECT_EQ(c.status, 0);
    EXPECT_THAT(c.out, HasSubstr("task"));
    EXPECT_THAT(c.out, HasSubstr("Task-2"));
    EXPECT_THAT(c.out, HasSubstr("0.500 s"));
    EXPECT_THAT(c.out, HasSubstr("  7\n"));
}

TEST(Cli, TheTraceIsWrittenAsChromeTraceJson) {
    std::string path = writeScript("trace.py", "import asyncio\n"
                                               "async def main():\n"
                                               "    await asyncio.sleep(0.1)\n"
                                               "asyncio.run(main())\n");
    std::string json = testing::TempDir() + "trace.json";
    Captured c = run({"run", path, "--trace-json", json});
    EXPECT_EQ(c.status, 0);
    std::ifstream in(json);
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_THAT(text.str(), HasSubstr("\"traceEvents\""));
    EXPECT_THAT(text.str(), HasSubstr("Task-1"));
}

TEST(Cli, TheProgramNameMayComeFirst) {
    std::string path = writeScript("name.py", "print('ok')\n");
    Captured c = run({"coroscope", "run", path});
    EXPECT_EQ(c.status, 0);
    EXPECT_EQ(c.out, "ok\n");
}

TEST(Cli, ABudgetIsRaisedOrLoweredByName) {
    std::string path = writeScript("spin.py", "import asyncio\n"
                                              "async def main():\n"
                                              "    while True:\n"
                                              "        await asyncio.sleep(0)\n"
                                              "asyncio.run(main())\n");
    Captured c = run({"run", path, "--budget", "steps=1000"});
    EXPECT_EQ(c.status, 1);
    EXPECT_THAT(c.err, HasSubstr("spin.py, line 4: the program was stopped after 1,000 "
                                 "scheduling steps"));
    EXPECT_THAT(c.err, HasSubstr("stopped by its steps budget (raise it with --budget steps=N)"));
    Captured lowered = run({"run", path, "--budget=steps=500"});
    EXPECT_THAT(lowered.err, HasSubstr("after 500 scheduling steps"));
}

TEST(Cli, ABudgetOutOfRangeOrUnknownIsAUsageError) {
    std::string path = writeScript("ok.py", "pass\n");
    for (const char* budget :
         {"steps=0", "steps=inf", "steps=nan", "steps=many", "speed=1", "steps"}) {
        Captured c = run({"run", path, "--budget", budget});
        EXPECT_EQ(c.status, 2) << budget;
        EXPECT_THAT(c.err, HasSubstr("usage: coroscope run")) << budget;
    }
    Captured unknown = run({"run", path, "--budget", "speed=1"});
    EXPECT_THAT(unknown.err, HasSubstr("unknown budget 'speed'"));
}

TEST(Cli, BudgetHelpListsEveryBudgetWithItsDefault) {
    Captured c = run({"run", "--budget", "help"});
    EXPECT_EQ(c.status, 0);
    for (const char* name :
         {"statements", "step-statements", "steps", "tasks", "memory-mb", "trace-mb", "output-mb",
          "warnings", "virtual-seconds", "wall-seconds"})
        EXPECT_THAT(c.out, HasSubstr(std::string("  ") + name + " ")) << name;
    EXPECT_THAT(c.out, HasSubstr("default 5000000"));
}

TEST(Cli, AMachineParameterOfNoMachineIsRefused) {
    std::string path = writeScript("ok.py", "print('ran')\n");
    for (const char* p : {"machine.cores=inf", "machine.cores=0", "machine.cores=-5",
                          "machine.switch_interval=nan"}) {
        Captured c = run({"run", path, "--param", p});
        EXPECT_EQ(c.status, 2) << p;
        EXPECT_EQ(c.out, "") << p;
        EXPECT_THAT(c.err, HasSubstr(": give ")) << p;
    }
}
