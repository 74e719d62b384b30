// SPDX-License-Identifier: MIT
// One workload, four ways: K clients, each cpu(a), then I/O for b, then
// cpu(c). Every total below is worked out by hand in the comment beside it.
#include "core/gather.h"
#include "core/machine.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace coroscope;
using coroscope::test::ms;

namespace {

constexpr int K = 3;
const Duration a = milliseconds(100), b = milliseconds(200), c = milliseconds(50);

Coro<void> blockingClient() {
    co_await cpu(a);
    co_await blocking("kitchen", b);
    co_await cpu(c);
}

Coro<void> asyncClient() {
    co_await cpu(a);
    co_await io("kitchen", b);
    co_await cpu(c);
}

Time runSync(MachineConfig config = {}) {
    Loop loop(config);
    auto main = loop.machine().startMain([]() -> Coro<void> {
        for (int k = 0; k < K; ++k)
            co_await blockingClient();
    }());
    loop.runUntilComplete(*main.get());
    return loop.time();
}

// Main starts K workers with `start` (a thread or a process each, running
// the blocking client) and joins them.
template <class Start>
Time runWorkers(MachineConfig config, Start start) {
    Loop loop(config);
    // A coroutine lambda must outlive its frame: keep it in a variable.
    auto body = [&]() -> Coro<void> {
        std::vector<Task<void>> workers;
        for (int k = 0; k < K; ++k)
            workers.push_back(start(loop.machine()));
        for (auto& w : workers)
            co_await join(w);
    };
    auto main = loop.machine().startMain(body());
    loop.runUntilComplete(*main.get());
    return loop.time();
}

Time runThreads(MachineConfig config) {
    return runWorkers(config, [](Machine& m) { return m.startThread(blockingClient(), "thread"); });
}

Time runProcesses(MachineConfig config) {
    return runWorkers(config, [](Machine& m) { return m.startProcess(blockingClient(), "proc"); });
}

} // namespace

TEST(Machine, SyncServesOneClientAfterAnother) {
    // K(a + b + c) = 3 × 350 ms
    EXPECT_EQ(runSync(), ms(1050));
}

TEST(Machine, AsyncOverlapsTheWaitsButNotTheComputing) {
    // The loop computes a for each client in turn (K·a = 300 ms); the last
    // client's I/O ends at 300 + b, then its c: K·a + b + c = 550 ms.
    Loop loop;
    auto main = [&]() -> Coro<void> {
        std::vector<Coro<void>> clients;
        for (int k = 0; k < K; ++k)
            clients.push_back(asyncClient());
        co_await gather(loop, std::move(clients));
    };
    loop.run(main());
    EXPECT_EQ(loop.time(), ms(550));
}

TEST(Machine, ThreadsWithTheGilSerialiseTheComputing) {
    // All Python computing goes through one GIL in 5 ms turns. The three a's
    // end at 290, 295, 300 ms; the first I/O ends at 490 ms, so the GIL idles
    // from 300 to 490; then the three c's take 150 ms: 300 + 190 + 150 = 640.
    EXPECT_EQ(runThreads(MachineConfig{}), ms(640));
}

TEST(Machine, ThreadsRunningCCodeComputeInParallel) {
    // No GIL, enough cores: each thread alone, a + b + c = 350 ms.
    MachineConfig config;
    config.gil = false;
    EXPECT_EQ(runThreads(config), ms(350));
}

TEST(Machine, ProcessesComputeInParallelAfterStartingUp) {
    // Own GIL each, a core each: start-up + a + b + c = 10 + 350 ms.
    MachineConfig config;
    config.cores = K;
    EXPECT_EQ(runProcesses(config), ms(360));
}

TEST(Machine, ProcessesShareTooFewCores) {
    // One core: like the GIL case, after the 10 ms start-up: 10 + 640 ms.
    MachineConfig config;
    config.cores = 1;
    EXPECT_EQ(runProcesses(config), ms(650));
}

TEST(Machine, ABlockingCallInACoroutineFreezesEveryTask) {
    Loop loop;
    std::vector<Time> ticks;
    auto ticker = [&]() -> Coro<void> {
        for (int i = 0; i < 3; ++i) {
            ticks.push_back(loop.time());
            co_await sleep(ms(10));
        }
    };
    auto blocker = [&]() -> Coro<void> {
        co_await sleep(ms(5));
        co_await blocking("time.sleep", ms(100)); // holds the loop
    };
    auto main = [&]() -> Coro<void> {
        auto t = loop.createTask(ticker());
        auto b2 = loop.createTask(blocker());
        co_await t;
        co_await b2;
    };
    loop.run(main());
    // The tick due at 10 ms can only run when the loop is free, at 105 ms.
    EXPECT_EQ(ticks, (std::vector<Time>{0, ms(105), ms(115)}));
}

TEST(Machine, MemoryIsAccountedPerWorkerAndPerTask) {
    MachineConfig config;
    config.cores = K;
    Loop loop(config);
    auto body = [&]() -> Coro<void> {
        std::vector<Task<void>> procs;
        for (int k = 0; k < K; ++k)
            procs.push_back(loop.machine().startProcess(blockingClient(), "proc"));
        for (auto& p : procs)
            co_await join(p);
    };
    auto main = loop.machine().startMain(body());
    loop.runUntilComplete(*main.get());
    const Trace& tr = loop.trace();
    // The main interpreter, K processes alive together, and K+1 thread-like tasks.
    std::uint64_t expected = (K + 1) * config.processBytes + (K + 1) * config.taskBytes;
    EXPECT_EQ(tr.peakMemory(), expected);
    EXPECT_EQ(tr.memoryAt(loop.time()), config.processBytes); // only the main one is left
}

TEST(Machine, TheMainThreadParksWhileTheLoopRunsOnItsWorker) {
    // As `asyncio.run(main())` called from a blocking program's main thread.
    Loop loop;
    std::vector<std::string> log;
    auto asyncMain = [&]() -> Coro<int> {
        co_await sleep(ms(20));
        log.push_back("async@" + std::to_string(loop.time() / kMillisecond));
        co_return 7;
    };
    auto program = [&]() -> Coro<void> {
        co_await blocking("setup", ms(5));
        auto t = loop.createTask(asyncMain());
        int result = co_await park(t.get());
        log.push_back("main got " + std::to_string(result) + "@" +
                      std::to_string(loop.time() / kMillisecond));
        co_await blocking("teardown", ms(5));
    };
    auto main = loop.machine().startMain(program());
    loop.runUntilComplete(*main.get());
    EXPECT_EQ(log, (std::vector<std::string>{"async@25", "main got 7@25"}));
    EXPECT_EQ(loop.time(), ms(30));
}
