// SPDX-License-Identifier: MIT
// What a run leaves in the trace: the line each task is on, the virtual
// time things take, names, prints and clients.
#include "interp_test_support.h"
#include "script/interp/task_lines.h"

#include <gmock/gmock.h>

using coroscope::AnnotationKind;
using coroscope::EventKind;
using coroscope::RunResult;
using coroscope::Span;
using coroscope::TaskId;
using coroscope::TaskState;
using coroscope::Time;
using coroscope::WaitReason;
using coroscope::test::runSource;

namespace {

TaskId taskNamed(const coroscope::Trace& trace, const std::string& name) {
    for (TaskId id = 1; id < trace.tasks().size(); ++id)
        if (trace.taskName(id) == name) return id;
    return 0;
}

Time ms(std::int64_t n) {
    return coroscope::milliseconds(n);
}

} // namespace

TEST(Trace, AWaitingTaskIsOnTheLineOfItsAwait) {
    RunResult r = runSource("import asyncio\n"                 // 1
                            "async def fetch(delay):\n"        // 2
                            "    x = delay * 2\n"              // 3
                            "    await asyncio.sleep(delay)\n" // 4
                            "    return x\n"                   // 5
                            "async def main():\n"              // 6
                            "    t = asyncio.create_task(fetch(0.3))\n"
                            "    await asyncio.sleep(0.1)\n" // 8
                            "    await t\n"                  // 9
                            "asyncio.run(main())\n");
    ASSERT_EQ(r.exitStatus, 0) << r.err;
    TaskId fetch = taskNamed(r.trace, "Task-2");
    TaskId main = taskNamed(r.trace, "Task-1");
    ASSERT_NE(fetch, 0u);
    Span f = r.trace.taskStateAt(fetch, ms(50));
    EXPECT_EQ(f.state, TaskState::Waiting);
    EXPECT_EQ(f.reason, WaitReason::Timer);
    EXPECT_EQ(f.line, 4u);
    Span m1 = r.trace.taskStateAt(main, ms(50));
    EXPECT_EQ(m1.line, 8u);
    Span m2 = r.trace.taskStateAt(main, ms(200));
    EXPECT_EQ(m2.state, TaskState::Waiting);
    EXPECT_EQ(m2.reason, WaitReason::Task);
    EXPECT_EQ(m2.line, 9u);
    EXPECT_EQ(r.trace.endTime(), ms(300));

    // Everything live at 50 ms, each on its line: the main thread parked in
    // asyncio.run (line 10), main at its sleep, fetch at its own.
    auto lines = coroscope::taskLinesAt(r.trace, ms(50));
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0].name, "main");
    EXPECT_EQ(lines[0].line, 10u);
    EXPECT_EQ(lines[1].name, "Task-1");
    EXPECT_EQ(lines[1].line, 8u);
    EXPECT_EQ(lines[2].name, "Task-2");
    EXPECT_EQ(lines[2].line, 4u);
    EXPECT_TRUE(coroscope::taskLinesAt(r.trace, ms(400)).empty());
}

TEST(Trace, GatherOverlapsTheWaitsOnTheVirtualClock) {
    RunResult r = runSource("import asyncio\n"
                            "async def nap(d):\n"
                            "    await asyncio.sleep(d)\n"
                            "async def main():\n"
                            "    await asyncio.gather(nap(0.2), nap(0.5), nap(0.3))\n"
                            "asyncio.run(main())\n");
    ASSERT_EQ(r.exitStatus, 0) << r.err;
    EXPECT_EQ(r.trace.endTime(), ms(500));
}

TEST(Trace, ABlockingSleepInACoroutineFreezesTheOtherTasks) {
    RunResult r = runSource("import asyncio, time\n"
                            "async def ticker(log):\n"
                            "    for _ in range(2):\n"
                            "        log.append(round(time.perf_counter() - 2.5, 2))\n"
                            "        await asyncio.sleep(0.1)\n"
                            "async def blocker():\n"
                            "    time.sleep(0.3)\n"
                            "async def main():\n"
                            "    log = []\n"
                            "    await asyncio.gather(ticker(log), blocker())\n"
                            "    print(log)\n"
                            "asyncio.run(main())\n");
    ASSERT_EQ(r.exitStatus, 0) << r.err;
    EXPECT_EQ(r.out, "[0.0, 0.3]\n");
}

TEST(Trace, ThreadsAreNamedAsCPythonNamesThem) {
    RunResult r = runSource("import threading, time\n"
                            "def download():\n"
                            "    time.sleep(0.1)\n"
                            "t = threading.Thread(target=download)\n"
                            "u = threading.Thread(target=download, name='worker')\n"
                            "t.start(); u.start()\n"
                            "t.join(); u.join()\n"
                            "print(t.name, u.name, threading.current_thread().name)\n");
    ASSERT_EQ(r.exitStatus, 0) << r.err;
    EXPECT_EQ(r.out, "Thread-1 (download) worker MainThread\n");
    EXPECT_NE(taskNamed(r.trace, "Thread-1 (download)"), 0u);
    EXPECT_EQ(r.trace.endTime(), ms(100));
}

TEST(Trace, NamedTasksTakeANumberToo) {
    RunResult r = runSource("import asyncio\n"
                            "async def f():\n"
                            "    pass\n"
                            "async def main():\n"
                            "    a = asyncio.create_task(f(), name='named')\n"
                            "    b = asyncio.create_task(f())\n"
                            "    print(a.get_name(), b.get_name())\n"
                            "    await asyncio.gather(a, b)\n"
                            "asyncio.run(main())\n");
    ASSERT_EQ(r.exitStatus, 0) << r.err;
    EXPECT_EQ(r.out, "named Task-3\n");
}

TEST(Trace, PrintsAndClientsAreEvents) {
    RunResult r = runSource("import sim\n"
                            "sim.client('table 1')\n"
                            "print('served')\n");
    ASSERT_EQ(r.exitStatus, 0) << r.err;
    bool printed = false, client = false;
    for (std::uint64_t i = 0; i < r.trace.size(); ++i) {
        const auto& e = r.trace.record(i);
        if (e.kind == EventKind::Print && r.trace.text(e.other) == "served\n") {
            printed = true;
            EXPECT_EQ(e.line, 3u);
        }
        if (isAnnotation(e.kind, e.reason, AnnotationKind::Client) &&
            r.trace.text(e.other) == "table 1")
            client = true;
    }
    EXPECT_TRUE(printed);
    EXPECT_TRUE(client);
}

TEST(Trace, ComputingInThreadsSharesTheGilWhileProcessesRunInParallel) {
    const std::string work = "import sim, time\n"
                             "from concurrent.futures import {}\n"
                             "def job(n):\n"
                             "    sim.cpu(0.1)\n"
                             "with {}(max_workers=2) as pool:\n"
                             "    list(pool.map(job, range(2)))\n";
    auto script = [&](const std::string& pool) {
        std::string s = work;
        for (std::size_t at; (at = s.find("{}")) != std::string::npos;)
            s.replace(at, 2, pool);
        return s;
    };
    RunResult threads = runSource(script("ThreadPoolExecutor"));
    ASSERT_EQ(threads.exitStatus, 0) << threads.err;
    EXPECT_EQ(threads.trace.endTime(), ms(200));
    RunResult processes = runSource(script("ProcessPoolExecutor"));
    ASSERT_EQ(processes.exitStatus, 0) << processes.err;
    // The start-up of the pool's processes, then both computing at once.
    EXPECT_EQ(processes.trace.endTime(), ms(110));
}

TEST(Trace, TheRequestsOfTheSimulatedServicesTakeTheirLatency) {
    RunResult r = runSource("import asyncio, aiohttp, sim, redis\n"
                            "sim.set_latency(0.3, host='api.example')\n"
                            "async def main():\n"
                            "    async with aiohttp.ClientSession() as s:\n"
                            "        async with s.get('https://API.example/x') as resp:\n"
                            "            print(resp.status, await resp.text())\n"
                            "    r = redis.Redis()\n"
                            "    await r.set('k', 'v')\n"
                            "    print(await r.get('k'))\n"
                            "asyncio.run(main())\n");
    ASSERT_EQ(r.exitStatus, 0) << r.err;
    EXPECT_EQ(r.out, "200 {\"url\": \"https://API.example/x\"}\nv\n");
    EXPECT_EQ(r.trace.endTime(), ms(500));
}

// A narration may start at a line where no task changes state (a call to a
// helper that prints from another line). A watched line is an event of its
// own, the first time only, on the task that reached it, before anything it
// does; an unwatched line is not.
TEST(Trace, AWatchedLineIsReportedOnceWhenFirstReached) {
    coroscope::RunOptions options;
    options.watchLines = {6, 9, 40};
    RunResult r = runSource("import asyncio\n"                   // 1
                            "def log(text):\n"                   // 2
                            "    print(text)\n"                  // 3
                            "async def main():\n"                // 4
                            "    for n in range(3):\n"           // 5
                            "        log(n)\n"                   // 6
                            "        await asyncio.sleep(0.1)\n" // 7
                            "    log('end')\n"                   // 8
                            "asyncio.run(main())\n",             // 9
                            options);
    ASSERT_EQ(r.exitStatus, 0) << r.err;
    std::vector<std::uint32_t> reached;
    std::uint64_t reachedSix = 0;
    std::uint64_t firstPrint = 0;
    for (std::uint64_t seq = 0; seq < r.trace.size(); ++seq) {
        const auto& e = r.trace.record(seq);
        if (isAnnotation(e.kind, e.reason, AnnotationKind::LineReached)) {
            reached.push_back(e.line);
            if (e.line == 6) {
                reachedSix = seq;
                EXPECT_EQ(e.task, taskNamed(r.trace, "Task-1"));
            }
        }
        if (e.kind == EventKind::Print && firstPrint == 0) firstPrint = seq;
    }
    // Line 9 by the main program, then line 6 once although it runs three
    // times; line 40 does not exist.
    EXPECT_THAT(reached, testing::ElementsAre(9u, 6u));
    EXPECT_LT(reachedSix, firstPrint);
    EXPECT_EQ(r.trace.timeOf(reachedSix), 0);

    // Without watched lines there is no such event.
    RunResult plain = runSource("print(1)\n");
    for (std::uint64_t seq = 0; seq < plain.trace.size(); ++seq)
        EXPECT_FALSE(isAnnotation(plain.trace.record(seq).kind, plain.trace.record(seq).reason,
                                  AnnotationKind::LineReached));
}

TEST(Trace, AQueueALockAndASemaphoreAreNamedAfterTheScriptsVariables) {
    RunResult r = runSource("import asyncio\n"
                            "class Shop:\n"
                            "    def __init__(self):\n"
                            "        self.door = asyncio.Lock()\n"
                            "async def main():\n"
                            "    orders = asyncio.Queue(maxsize=3)\n"
                            "    limit = asyncio.Semaphore(2)\n"
                            "    shop = Shop()\n"
                            "    print(asyncio.Lock().locked())\n"
                            "asyncio.run(main())\n");
    ASSERT_EQ(r.exitStatus, 0) << r.err;
    const auto& resources = r.trace.resources();
    ASSERT_EQ(resources.size(), 5U); // 0 unused
    EXPECT_EQ(r.trace.resourceName(1), "orders");
    EXPECT_EQ(resources[1].kind, coroscope::ResourceKind::Queue);
    EXPECT_EQ(resources[1].limit, 3U);
    EXPECT_EQ(r.trace.resourceName(2), "limit");
    EXPECT_EQ(resources[2].kind, coroscope::ResourceKind::Semaphore);
    EXPECT_EQ(resources[2].limit, 2U);
    EXPECT_EQ(r.trace.resourceName(3), "door"); // self.door
    // Made where no variable takes it: numbered by kind.
    EXPECT_EQ(r.trace.resourceName(4), "Lock-2");
}
