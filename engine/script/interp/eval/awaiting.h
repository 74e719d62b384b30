// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"
#include "script/interp/runtime/generator.h"

#include <coroutine>
#include <string>
#include <type_traits>

namespace coroscope::interp {

// An object `await` waits on through a core future: asyncio's Task and
// Future, gather's future, shield's, run_in_executor's.
class FutureLike : public GcObject {
public:
    using GcObject::GcObject;
    virtual FutureBase* coreFuture() = 0;
    // The result of the done future (raises its exception or CancelledError).
    virtual Value resultValue() = 0;
    virtual WaitReason waitReason() const { return WaitReason::Task; }
    virtual std::uint32_t waitOther() const { return 0; }
};

// asyncio.sleep(d, result) and sim.io(label, d): awaiting it waits on a timer
// (a bare yield for d <= 0). It reads "coroutine" to type().
class SleepObject final : public GcObject {
public:
    SleepObject(Duration d, Value result, WaitReason reason, std::string label);
    ~SleepObject() override;
    Duration duration;
    Value result;
    WaitReason reason;
    std::string label;
    bool awaited = false;
    const char* name = "sleep";
    void clearRefs() override { result = Value(); }
};

// `await v` for any awaitable value, without a coroutine frame of its own:
// a coroutine's body runs in the awaiting task (symmetric transfer), a sleep
// suspends on a timer, a future on its completion, an async generator's
// awaitable resumes the generator. Trivially destructible (see Eval).
struct AwaitValue {
    const Value* v; // a named local of the awaiting frame
    TaskBase* task = nullptr;
    std::uint8_t mode = 0;

    bool await_ready();
    template <class P>
    std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) {
        EvalPromiseBase* parent = nullptr;
        if constexpr (std::is_base_of_v<EvalPromiseBase, P>) parent = &h.promise();
        return suspend(h, h.promise().m_task, parent);
    }
    Value await_resume();

    static constexpr std::uint8_t kCoroutine = 1, kSleep = 2, kFuture = 3, kAnext = 4, kDone = 5;

private:
    std::coroutine_handle<> suspend(std::coroutine_handle<> h, TaskBase* t,
                                    EvalPromiseBase* parent);
};

// The exception aclose() or athrow(arg) throws into an async generator.
std::exception_ptr anextThrowIn(const AnextAwaitable& a);

// The coroutine a task runs for an awaitable (create_task, ensure_future,
// gather): a coroutine's own body, or one that awaits the value.
Eval<Value> awaitableBody(Value awaitable);
// Whether `await` accepts the value.
bool isAwaitable(const Value& v);

} // namespace coroscope::interp
