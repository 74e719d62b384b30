// SPDX-License-Identifier: MIT
#pragma once

#include "script/interp/runtime/function.h"
#include "script/pylib/py_random.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace coroscope::interp {

class LoopObject;
class ThreadObject;
class ExecutorObject;

// What the modules keep for the whole run (asyncio's event loop policy and
// task counter, threading's threads, the random generator, the simulated
// services' latencies and store).
struct RuntimeState {
    RuntimeState();
    ~RuntimeState();

    // asyncio
    LoopObject* runningLoop = nullptr; // the loop a run call is driving (kept by that call)
    Ref<LoopObject> eventLoop;         // get_event_loop()'s, once made or set
    bool eventLoopSet = false;         // set_event_loop() was called
    std::uint64_t taskCounter = 0;     // asyncio's _task_name_counter
    std::uint32_t nextLoopId = 1;
    std::size_t tasksCreated = 0;

    // threading and multiprocessing
    Ref<ThreadObject> mainThread;
    std::vector<Ref<ThreadObject>> threads;     // every started thread and process
    std::uint64_t threadCounter = 0;            // threading's _counter
    std::uint64_t processCounter = 0;           // multiprocessing's
    std::uint64_t executorCounter = 0;          // ThreadPoolExecutor's
    std::vector<Ref<ExecutorObject>> executors; // shut down (and waited for) at exit

    // random: the module's generator, seeded the same every run
    pylib::Random random{0x5eed};

    // sim and the simulated services
    double defaultLatency = 0.1;
    std::map<std::string, double> latencies; // by lower-case host
    Ref<DictObject> redisStore;

    double latencyOf(const std::string& host) const;
    void clear();
};

} // namespace coroscope::interp
