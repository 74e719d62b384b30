// SPDX-License-Identifier: MIT
#pragma once

#include "script/interp/eval/eval_coro.h"
#include "script/interp/runtime/objects.h"

#include <coroutine>
#include <exception>
#include <span>
#include <string>

namespace coroscope {
class TaskBase;
}

namespace coroscope::interp {

// The object calling an `async def` function gives: its body, not started.
// Awaiting it runs the body in the awaiting task; create_task makes it a
// task's root. Dropped without either, it warns as CPython does.
class CoroutineObject final : public GcObject {
public:
    enum class State : std::uint8_t { Created, Running, Done, Closed };

    CoroutineObject(Eval<Value> body, StrObject* qualname);
    ~CoroutineObject() override;

    State state() const { return m_state; }
    StrObject* qualname() const { return m_qualname; }
    // For `await`: the body to resume (RuntimeError "cannot reuse already
    // awaited coroutine" when it ran before).
    Eval<Value>::Handle startAwait();
    // After the body ended in the awaiting task: its value (or exception).
    Value finishAwait();
    // For a task: the body, which the task now owns.
    Eval<Value> takeForTask();
    void close();
    void clearRefs() override;
    // The call's arguments, for naming the lane of a task made from it
    // ("table(3)"): the body's own parameter slots, read while the body has
    // not started (they belong to its frame, so nothing is copied).
    void setArguments(const Value* argv, std::uint8_t argc, bool more) {
        m_argv = argv;
        m_argc = argc;
        m_moreArgs = more;
    }
    // "3, 'pad'", "" without arguments; a value that only a user's code
    // could print (an instance, a container) is "…".
    std::string argumentsText() const;

private:
    void forgetArguments() { m_argv = nullptr; }

    Eval<Value> m_body;
    StrObject* m_qualname;
    // Invariant: non-null only while m_state is Created and m_body holds the
    // frame the slots belong to.
    const Value* m_argv = nullptr;
    State m_state = State::Created;
    std::uint8_t m_argc = 0;
    bool m_moreArgs = false;
};

// A generator (def with yield), an async generator (async def with yield)
// or a generator expression. Its body is a coroutine of its own: `yield`
// suspends the body's frames and hands control back to whoever resumed it
// (native code, or a for statement of some task, with symmetric transfer).
// Invariants: while Suspended, m_resumePoint is the frame that yielded and
// m_inner its promise; m_consumer is where a yield returns to while Running.
class GeneratorObject final : public GcObject {
public:
    enum class State : std::uint8_t { Created, Suspended, Running, Done };

    GeneratorObject(bool isAsync, StrObject* qualname);
    ~GeneratorObject() override;
    void start(Eval<Value> body);

    bool isAsync() const { return m_flags & 1; }
    State state() const { return m_state; }
    StrObject* qualname() const { return m_qualname; }

    // Checks a resumption is possible (ValueError "generator already
    // executing", TypeError for a value sent to a new generator); returns
    // false when the generator is done. A throw into a generator that never
    // ran ends it and raises at once.
    bool checkResume(const Value& send, std::exception_ptr& throwIn);
    // The resumption itself: control goes to the body until it yields or ends.
    std::coroutine_handle<> prepareResume(std::coroutine_handle<> consumer, TaskBase* task,
                                          Value send, std::exception_ptr throwIn);
    // Back in the consumer: true with the yielded value, or false with the
    // return value; raises what the body raised.
    bool finishResume(Value& out);
    // From native code: nested, the body may not suspend its task.
    bool resumeSync(Value send, std::exception_ptr throwIn, Value& out);
    // generator.close(): GeneratorExit thrown in at the yield (nested).
    void close();

    // The yield side (YieldAwaiter).
    std::coroutine_handle<> yielded(std::coroutine_handle<> at, struct EvalPromiseBase* inner,
                                    Value value);
    Value resumedAtYield();

    void clearRefs() override;

protected:
    void lastRefDropped() noexcept override;

private:
    Eval<Value> m_body;
    std::coroutine_handle<> m_resumePoint;
    EvalPromiseBase* m_inner = nullptr;
    std::coroutine_handle<> m_consumer;
    Value m_transfer;
    std::exception_ptr m_throwIn;
    StrObject* m_qualname;
    State m_state = State::Created;
};

// `yield value` in a generator's body.
struct YieldAwaiter {
    GeneratorObject* gen;
    Value* value; // a named local of the yielding frame
    bool await_ready() const noexcept { return false; }
    template <class P>
    std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) {
        static_assert(std::is_base_of_v<EvalPromiseBase, P>);
        return gen->yielded(h, &h.promise(), std::move(*value));
    }
    Value await_resume() { return gen->resumedAtYield(); }
};

// A consumer resuming a generator from a coroutine: the body may suspend
// the consumer's task (an async generator awaiting, a generator blocking).
struct GeneratorResume {
    GeneratorObject* gen;
    const Value* send;
    std::exception_ptr* throwIn;
    Value* out;
    bool await_ready() const noexcept { return false; }
    template <class P>
    std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) {
        std::exception_ptr e = throwIn ? std::exchange(*throwIn, nullptr) : nullptr;
        return gen->prepareResume(h, h.promise().m_task, *send, std::move(e));
    }
    bool await_resume() { return gen->finishResume(*out); }
};

// What an async generator's __anext__(), asend(), athrow() and aclose()
// give: an awaitable that resumes it.
class AnextAwaitable final : public GcObject {
public:
    enum class Op : std::uint8_t { Next, Send, Throw, Close };
    AnextAwaitable(Ref<GeneratorObject> gen, Op op, Value arg);
    Ref<GeneratorObject> gen;
    Op op;
    Value arg;
    bool used = false;
    void clearRefs() override { arg = Value(); }
};

// Call arguments as a lane or a label shows them: "3, 'pad'"; a value that
// only a user's code could print (an instance, a container) is "…", a long
// string is cut, and `more` adds ", …" for arguments not shown.
std::string argumentsText(std::span<const Value> args, bool more);

} // namespace coroscope::interp
