// SPDX-License-Identifier: MIT
#pragma once

#include "core/coro.h"
#include "core/machine_config.h"
#include "core/ring_queue.h"
#include "core/task.h"
#include "core/trace.h"

#include <deque>
#include <string>
#include <vector>

namespace coroscope {

class Loop;

// The simulated computer under the loop: cores, processes each with a GIL,
// and workers (the loop's thread, threads, process main threads) that can be
// held busy (computing) or idle (in a blocking call) while the clock moves.
//
// A task whose worker is held stays in the middle of its step: for the loop
// that means no other callback runs (the loop is frozen, as in CPython when a
// coroutine calls time.sleep); a thread holds only itself.
//
// Invariants: a worker holds at most one task; a resource's `used` never
// exceeds its capacity; waiters are served first come, first served; CPU
// work takes a core and (if it needs it) its process's GIL, always in that
// order (GIL first), so no two workers can wait on each other.
class Machine {
public:
    Machine(Loop& loop, const MachineConfig& config);

    const MachineConfig& config() const { return m_config; }
    WorkerId loopWorker() const { return 0; }
    bool workerBusy(WorkerId w) const { return m_workers[w].task != nullptr; }
    std::size_t processCount() const { return m_processes.size(); }

    // The main thread of a program that does not run an event loop: `body`
    // runs on worker 0, which is then labelled "main" (a blocking program).
    Task<void> startMain(Coro<void> body, std::uint32_t line = 0);
    // Whether a run can have one more thread or process: workers are
    // numbered with 16 bits and never reused, so past that a new one would
    // take the number of another. startThread and startProcess throw
    // RuntimeError ("can't start new thread", as CPython) when it cannot.
    bool hasRoomForWorker() const;
    // A new thread in `process` that runs `body` and ends with it.
    Task<void> startThread(Coro<void> body, std::string_view name, std::uint16_t process = 0,
                           std::uint32_t line = 0);
    // A new process (own GIL, own memory) whose main thread runs `body` after
    // the interpreter's start-up time.
    Task<void> startProcess(Coro<void> body, std::string_view name, std::uint32_t line = 0);
    // A worker for a pool (threads in process 0, or one process each).
    WorkerId addWorker(WorkerKind kind, std::uint16_t process, std::string_view name);
    std::uint16_t addProcess();
    void retireWorker(WorkerId w);
    void renameWorker(WorkerId w, WorkerKind kind, std::string_view name);

    // Holds a task's worker idle for d (a blocking call), or until released.
    void holdFor(TaskBase* task, WaitReason reason, Duration d, TextId label);
    void holdUntilReleased(TaskBase* task, WaitReason reason, TextId label);
    void release(TaskBase* task);
    // Holds a task's worker busy computing for d of CPU time.
    void compute(TaskBase* task, Duration d, bool needsGil);
    // A thread blocked until a future is done (e.g. Future.result() in a thread).
    void blockUntilDone(TaskBase* task, FutureBase* future, WaitReason reason);
    // A thread or process waits until another thread task has ended.
    void joinThread(TaskBase* waiter, TaskBase* thread);

    void timerFired(WorkerId w, std::uint64_t token);
    void teardown();
    void threadExited(TaskBase* task);

private:
    struct Resource {
        int capacity = 1;
        int used = 0;
        std::deque<WorkerId> waiters;
    };
    struct WorkerState {
        TaskBase* task = nullptr; // the held task, one reference kept
        std::uint16_t process = 0;
        WaitReason holding = WaitReason::None;
        Duration cpuLeft = 0;
        Duration slice = 0;
        std::uint64_t token = 0; // matches the live timer of this hold
        bool computing = false;
        bool needsGil = false;
        bool hasGil = false;
        bool hasCore = false;
        bool exitWhenDone = false;
    };
    struct Joiner {
        TaskBase* thread;
        TaskBase* waiter;
    };

    Task<void> spawnOn(WorkerId w, TaskKind kind, Coro<void> body, std::string_view name,
                       std::uint32_t line);
    void hold(TaskBase* task, WaitReason reason, TextId label);
    void requestCpu(WorkerId w);
    void runSlice(WorkerId w);
    void releaseCpu(WorkerId w);
    void grant(Resource& r);
    void finishHold(WorkerId w);
    Resource& gilOf(WorkerId w) { return m_processes[m_workers[w].process]; }

    Loop& m_loop;
    MachineConfig m_config;
    std::vector<WorkerState> m_workers;
    std::vector<Resource> m_processes; // one GIL per process
    Resource m_cores;
    std::vector<Joiner> m_joiners;
    std::uint64_t m_nextToken = 1;
};

} // namespace coroscope
