// SPDX-License-Identifier: MIT
#pragma once

#include "core/handle.h"
#include "script/interp/asyncio/script_task.h"
#include "script/interp/eval/awaiting.h"
#include "script/interp/eval/interp.h"

#include <string>
#include <vector>

// asyncio's objects: Task, Future (plain, gather's and shield's), the event
// loop and its handles. Built on core's Future/Task, so that every ordering
// (done callbacks with call_soon, wake-ups, cancellation) is core's, which
// mirrors CPython's.
namespace coroscope::interp {

class ExecutorObject;

// Future methods shared by Task and Future objects (done callbacks).
class FutureBaseObject : public FutureLike {
public:
    using FutureLike::FutureLike;
    // add_done_callback(fn): fn(self) on a later tick, as asyncio does.
    void addCallback(const Value& fn);
    std::size_t removeCallback(const Value& fn);
    void clearRefs() override;

private:
    std::vector<std::pair<Value, Ref<DoneCallback>>> m_callbacks;
};

class TaskObject final : public FutureBaseObject {
public:
    explicit TaskObject(Ref<ScriptTask> task);
    ~TaskObject() override;
    ScriptTask& task() { return *m_task; }
    FutureBase* coreFuture() override { return m_task.get(); }
    Value resultValue() override { return m_task->resultValue(); }
    std::uint32_t waitOther() const override { return m_task->id(); }

private:
    Ref<ScriptTask> m_task;
};

// A Future: a plain one (create_future, run_in_executor), a gather's (its
// result is the list of its children's), or a shield's (its result is the
// inner awaitable's).
class FutureObject final : public FutureBaseObject {
public:
    enum class Shape : std::uint8_t { Plain, Gather, Shield };
    FutureObject(Ref<FutureBase> future, Shape shape);
    FutureBase* coreFuture() override { return m_future.get(); }
    Value resultValue() override;
    Shape shape() const { return m_shape; }
    Future<Value>& plain() { return static_cast<Future<Value>&>(*m_future); }
    std::vector<Value> children; // Gather: the awaitables, in argument order
    Value inner;                 // Shield: what it protects
    bool returnExceptions = false;
    void clearRefs() override;
    WaitReason waitReason() const override {
        return m_shape == Shape::Gather ? WaitReason::Gather : WaitReason::Task;
    }
    // A gather's: the label of the wait, the children's names.
    std::uint32_t waitOther() const override;

private:
    Ref<FutureBase> m_future;
    Shape m_shape;
};

// The value a done core future (a child of gather, shield's inner) holds.
Value valueOfChild(const Value& child);

// The event loop object scripts see. One engine Loop runs every asyncio
// loop of a run; this object keeps asyncio's state per loop (running,
// closed, its default executor) and parks the main thread while it runs.
class LoopObject final : public GcObject {
public:
    LoopObject();
    std::uint32_t id() const { return m_id; }
    bool running() const { return m_running; }
    bool closed() const { return m_closed; }

    // run_until_complete / run_forever: the main thread parks, the loop runs
    // on its worker until stop() (a done callback calls it for the first).
    Eval<Value> runUntilComplete(Value awaitable);
    Eval<Value> runForever();
    void stop();
    void close();
    // asyncio.run's clean-up: cancel what is left and wait for it.
    Eval<Value> cancelAllTasks();
    Eval<Value> shutdownDefaultExecutor();
    void checkClosed() const;

    Ref<ExecutorObject> defaultExecutor;
    void clearRefs() override;

    // Used by the park awaiter.
    TaskBase* m_parked = nullptr;
    Ref<Future<void>> m_parkToken;
    TaskId m_parkFor = 0; // run_until_complete's task, for the views: what the main thread awaits
    bool m_stopping = false;

private:
    Eval<Value> park();
    void wakeMain();
    std::uint32_t m_id;
    bool m_running = false;
    bool m_closed = false;
};

// A handle of call_soon / call_later / call_at.
class HandleObject final : public GcObject {
public:
    explicit HandleObject(Ref<Handle> handle);
    Ref<Handle> handle;
};

// asyncio's helpers for the modules.
Ref<TaskObject> createTask(LoopObject& loop, const Value& awaitable, const Value& name);
// The loop a coroutine runs in (RuntimeError 'no running event loop').
LoopObject& runningLoop();
LoopObject* runningLoopOrNull();
// The Task object of an engine task (made when it was dropped).
Value taskObjectFor(TaskBase* task);
// ensure_future: a Task or Future as it is, a coroutine wrapped in a task.
Value ensureFuture(const Value& v, LoopObject& loop);
// Calls a Python callback from a loop callback: its exception is logged
// (as asyncio's default exception handler does), never propagated.
void runCallback(const Value& fn, const std::vector<Value>& args, const char* context);
// asyncio.Future's type, and the Task type (a Future subtype).
TypeObject* futureType();
TypeObject* taskType();
void initFutureTypes();
Value loopTime();
double loopTimeOffset();

} // namespace coroscope::interp
