// SPDX-License-Identifier: MIT
#include "script/interp/runtime/generator.h"

#include "script/interp/eval/interp.h"
#include "script/interp/ops/ops.h"

namespace coroscope::interp {

CoroutineObject::CoroutineObject(Eval<Value> body, StrObject* qualname)
    : GcObject(types().coroutine, Kind::Coroutine)
    , m_body(std::move(body))
    , m_qualname(qualname) {}

CoroutineObject::~CoroutineObject() {
    if (m_state == State::Created && m_body.valid()) {
        Interp& i = interp();
        if (!i.tearingDown()) {
            std::string message = "coroutine '" + m_qualname->str() + "' was never awaited";
            // Once per line, as CPython warns: a forgotten await in a loop
            // would otherwise grow the output and the trace without end.
            if (i.output().runtimeWarning(message, i.currentLine()))
                i.loop().diagnostic(message, 0, i.currentLine());
        }
    }
}

Eval<Value>::Handle CoroutineObject::startAwait() {
    if (m_state != State::Created || !m_body.valid())
        runtimeError("cannot reuse already awaited coroutine");
    m_state = State::Running;
    forgetArguments();
    return m_body.handle();
}

Value CoroutineObject::finishAwait() {
    m_state = State::Done;
    auto h = m_body.handle();
    std::exception_ptr e = h.promise().m_exception;
    Value v = std::move(h.promise().m_value);
    m_body.reset();
    if (e) std::rethrow_exception(e);
    return v;
}

Eval<Value> CoroutineObject::takeForTask() {
    if (m_state != State::Created || !m_body.valid())
        runtimeError("cannot reuse already awaited coroutine");
    m_state = State::Running;
    forgetArguments();
    return std::move(m_body);
}

void CoroutineObject::close() {
    if (m_state == State::Created) {
        m_state = State::Closed;
        forgetArguments();
        m_body.reset();
    }
}

void CoroutineObject::clearRefs() {
    forgetArguments();
    if (m_state == State::Created) m_state = State::Closed;
    if (m_state != State::Running) m_body.reset();
}

GeneratorObject::GeneratorObject(bool isAsync, StrObject* qualname)
    : GcObject(isAsync ? types().asyncGenerator : types().generator,
               isAsync ? Kind::AsyncGenerator : Kind::Generator)
    , m_qualname(qualname) {
    if (isAsync) m_flags |= 1;
}

GeneratorObject::~GeneratorObject() = default;

void GeneratorObject::start(Eval<Value> body) {
    m_body = std::move(body);
    m_resumePoint = m_body.handle();
    m_inner = &m_body.handle().promise();
}

bool GeneratorObject::checkResume(const Value& send, std::exception_ptr& throwIn) {
    if (m_state == State::Running) {
        if (isAsync()) runtimeError("anext(): asynchronous generator is already running");
        valueError("generator already executing");
    }
    if (m_state == State::Done) return false;
    if (m_state == State::Created) {
        if (throwIn) {
            m_state = State::Done;
            m_body.reset();
            std::rethrow_exception(std::exchange(throwIn, nullptr));
        }
        if (!send.isNone())
            typeError(std::string("can't send non-None value to a just-started ") +
                      (isAsync() ? "async generator" : "generator"));
    }
    return true;
}

std::coroutine_handle<> GeneratorObject::prepareResume(std::coroutine_handle<> consumer,
                                                       TaskBase* task, Value send,
                                                       std::exception_ptr throwIn) {
    m_consumer = consumer;
    m_transfer = std::move(send);
    m_throwIn = std::move(throwIn);
    m_state = State::Running;
    auto root = m_body.handle();
    root.promise().m_continuation = consumer;
    // The frames of the body run in the consumer's task from now on.
    for (EvalPromiseBase* p = m_inner; p; p = p->m_parent) {
        p->m_task = task;
        if (p == &root.promise()) break;
    }
    return m_resumePoint;
}

std::coroutine_handle<> GeneratorObject::yielded(std::coroutine_handle<> at, EvalPromiseBase* inner,
                                                 Value value) {
    m_resumePoint = at;
    m_inner = inner;
    m_transfer = std::move(value);
    m_state = State::Suspended;
    return std::exchange(m_consumer, {});
}

Value GeneratorObject::resumedAtYield() {
    if (m_throwIn) std::rethrow_exception(std::exchange(m_throwIn, nullptr));
    return std::exchange(m_transfer, Value());
}

bool GeneratorObject::finishResume(Value& out) {
    auto root = m_body.handle();
    if (root && root.done()) {
        m_state = State::Done;
        std::exception_ptr e = root.promise().m_exception;
        Value v = std::move(root.promise().m_value);
        m_body.reset();
        m_resumePoint = {};
        m_inner = nullptr;
        if (e) {
            // PEP 479: a StopIteration escaping the body becomes RuntimeError.
            Ref<ExceptionObject> exc = isAbort(e) ? nullptr : toPython(e);
            if (exc && exc->cls()->isSubtypeOf(isAsync() ? types().StopAsyncIteration
                                                         : types().StopIteration)) {
                auto replaced = newException(types().RuntimeError,
                                             isAsync() ? "async generator raised StopAsyncIteration"
                                                       : "generator raised StopIteration");
                replaced->cause = Value(exc);
                raise(replaced);
            }
            std::rethrow_exception(e);
        }
        out = std::move(v);
        return false;
    }
    if (m_state == State::Running)
        runtimeError("internal error: a generator suspended its task while running nested");
    out = std::exchange(m_transfer, Value());
    return true;
}

bool GeneratorObject::resumeSync(Value send, std::exception_ptr throwIn, Value& out) {
    if (!checkResume(send, throwIn)) {
        if (throwIn) std::rethrow_exception(throwIn);
        out = Value();
        return false;
    }
    Ref<GeneratorObject> keep(this);
    Interp& i = interp();
    NestedScope nested(i);
    std::coroutine_handle<> h = prepareResume(std::noop_coroutine(), i.loop().currentTask(),
                                              std::move(send), std::move(throwIn));
    h.resume();
    return finishResume(out);
}

void GeneratorObject::close() {
    if (m_state == State::Created) {
        m_state = State::Done;
        m_body.reset();
        return;
    }
    if (m_state != State::Suspended) return;
    Value out;
    bool again = false;
    try {
        again = resumeSync(Value(), toCpp(newException(types().GeneratorExit)), out);
    } catch (const CarriesPyException& c) {
        if (c.exception->cls()->isSubtypeOf(types().GeneratorExit) ||
            c.exception->cls()->isSubtypeOf(types().StopIteration))
            return;
        throw;
    }
    if (again)
        runtimeError(isAsync() ? "async generator ignored GeneratorExit"
                               : "generator ignored GeneratorExit");
}

void GeneratorObject::clearRefs() {
    if (m_state != State::Running) {
        m_body.reset();
        m_resumePoint = {};
        m_inner = nullptr;
        m_state = State::Done;
    }
    m_transfer = Value();
}

void GeneratorObject::lastRefDropped() noexcept {
    // As CPython finalises a generator: close() runs its finally blocks.
    Interp* i = Interp::currentOrNull();
    if (m_state == State::Suspended && !isAsync() && i && !i->tearingDown() &&
        !i->budget().stopped()) {
        incRef();
        try {
            close();
        } catch (...) {
            // "Exception ignored in: <generator ...>": nothing can catch it.
        }
        m_state = State::Done;
        decRef();
        return;
    }
    delete this;
}

AnextAwaitable::AnextAwaitable(Ref<GeneratorObject> g, Op o, Value a)
    : GcObject(types().coroutine, Kind::Anext)
    , gen(std::move(g))
    , op(o)
    , arg(std::move(a)) {}

std::string CoroutineObject::argumentsText() const {
    COROSCOPE_ASSERT(!m_argv || (m_state == State::Created && m_body.valid()),
                     "a coroutine's arguments are read only before its body starts");
    if (!m_argv) return {};
    return interp::argumentsText(std::span<const Value>(m_argv, m_argc), m_moreArgs);
}

std::string argumentsText(std::span<const Value> args, bool more) {
    constexpr std::size_t kLongest = 12; // a string longer than this is cut
    std::string out;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const Value& v = args[i];
        if (i) out += ", ";
        // Only what repr gives without running the script's own code.
        if (v.isNone() || v.isBool() || v.isInt() || v.isFloat()) {
            out += repr(v);
        } else if (v.is(Kind::Str)) {
            std::string text = repr(v);
            if (text.size() > kLongest) {
                std::size_t cut = kLongest - 1;
                while (cut > 1 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
                    --cut; // not inside a character
                text = text.substr(0, cut) + "…" + text.back();
            }
            out += text;
        } else {
            out += "…";
        }
    }
    if (more) out += ", …";
    return out;
}

} // namespace coroscope::interp
