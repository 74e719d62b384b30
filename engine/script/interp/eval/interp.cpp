// SPDX-License-Identifier: MIT
// The interpreter's life: setup, the main thread's body, the periodic
// budget check, and the end of the run.
#include "script/interp/eval/interp.h"

#include "script/interp/builtins/builtins.h"
#include "script/interp/eval/run_budget.h"
#include "script/interp/modules/modules.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/runtime_state.h"

#include <cstdio>

namespace coroscope::interp {

thread_local Interp* Interp::t_current = nullptr;

namespace {
// An object with no state of its own (Ellipsis).
class PlainObject final : public Object {
public:
    explicit PlainObject(TypeObject* t)
        : Object(t, Kind::Other) {}
};
} // namespace

Interp::Interp(Loop& loop, const RunOptions& options, RunResult& result,
               std::shared_ptr<const SourceFile> source)
    : m_previous(t_current)
    , m_loop(loop)
    , m_options(options)
    , m_result(result)
    , m_source(std::move(source))
    , m_budget(options)
    , m_output(loop, result, *m_source) {
    t_current = this;
    m_heap.setLimit(options.maxMemoryBytes);
    m_heap.setLimitHandler([this](std::size_t) {
        exhausted("memory-mb", "the script needs more than " +
                                   std::to_string(m_options.maxMemoryBytes / (1024 * 1024)) +
                                   " MB of memory for its objects (does a list or a string "
                                   "grow without end?)");
    });
    m_types.init();
    m_types.ellipsisObject = Value(new PlainObject(m_types.ellipsis));
    m_types.emptyTuple = Value(Ref<TupleObject>(new TupleObject()));
    m_builtins = newDict();
    m_globals = newDict();
    m_globals->setStr("__name__", strValue("__main__"));
    m_globals->setStr("__builtins__", Value(m_builtins));
    m_state = std::make_unique<RuntimeState>();
    initBuiltins();
    registerModules(*this);
}

Interp::~Interp() {
    teardown();
    t_current = m_previous;
}

void Interp::teardown() {
    if (m_tornDown) return;
    m_tornDown = true;
    m_tearingDown = true;
    m_state->clear();
    m_heap.clearAll();
    m_parameters.clear();
    m_modules.clear();
    m_state.reset();
    m_program.reset();
    m_builtins = nullptr;
    m_globals = nullptr;
    m_heap.clearAll();
}

const Value* Interp::parameter(StrObject* name) const {
    auto it = m_parameters.find(name);
    return it == m_parameters.end() ? nullptr : &it->second;
}

void Interp::setParameter(const std::string& name, Value v) {
    m_parameters[intern(name)] = std::move(v);
}

void Interp::reached(std::uint32_t line) {
    m_budget.unwatch(line); // the first time only
    TaskBase* task = m_loop.currentTask();
    m_loop.annotate(AnnotationKind::LineReached, {}, task ? task->id() : 0, line,
                    task ? task->worker() : 0);
}

void Interp::exhausted(std::string_view budget, std::string_view what) {
    if (!m_budget.stopped()) m_result.stoppedBy = std::string(budget);
    abort(budgetMessage(m_options, m_line, budget, what));
}

void Interp::realTimeUp() {
    if (m_loop.limitReached() != LoopLimit::Stopped)
        exhausted("wall-seconds", wallTimeMessage(m_options));
    if (!m_budget.stopped()) m_result.stoppedBy = "stop";
    std::string message = m_options.fileName;
    if (m_line) message += ", line " + std::to_string(m_line);
    abort(message + ": the run was stopped before it ended (Stop was pressed)");
}

void Interp::stopSoon(std::string_view budget, std::string what) {
    if (!m_stopBudget.empty() || m_tearingDown) return;
    m_stopBudget = std::string(budget);
    m_stopWhat = std::move(what);
    m_budget.checkNow();
}

void Interp::checkOutput(std::size_t more) {
    if (m_result.out.size() + m_result.err.size() + more <= m_options.maxOutputBytes) return;
    exhausted("output-mb", "the program printed more than " +
                               std::to_string(m_options.maxOutputBytes >> 20) +
                               " MB (a print in a loop that never ends?)");
}

void Interp::checkTrace() {
    if (m_loop.trace().memoryFootprint() > m_options.maxTraceBytes)
        exhausted("trace-mb", "the trace of the run grew past " +
                                  std::to_string(m_options.maxTraceBytes >> 20) +
                                  " MB (tasks that switch for ever?)");
}

void Interp::budgetCheck() {
    // Coroutine frames are counted as they come and go: the limit is
    // checked here, between statements.
    if (m_heap.bytes() > m_heap.limit()) m_heap.grow(0);
    stopIfAsked();
    if (m_budget.statements() > m_options.maxStatements)
        exhausted("statements", "the program ran " + thousands(m_options.maxStatements) +
                                    " statements without ending (a loop that never ends?)");
    checkTrace();
    if (m_loop.wallTimeUp()) realTimeUp();
    if (!m_budget.stepOverBudget(m_loop.stepCount())) return;
    TaskBase* task = m_loop.currentTask();
    std::string who;
    if (!task || task->kind() == TaskKind::Task)
        who = "the event loop is blocked: a step ran " + thousands(m_budget.statementsPerStep()) +
              " statements without awaiting (a loop that never reaches an await?)";
    else
        who = "the thread '" + task->name() + "' ran " + thousands(m_budget.statementsPerStep()) +
              " statements without waiting (an endless loop?)";
    exhausted("step-statements", who);
}

void Interp::checkCanSuspend(const char* what) {
    if (m_nested == 0) return;
    runtimeError(std::string("cannot ") + what +
                 " here: this code runs inside a builtin that called it (a key= function, "
                 "__repr__, __eq__, or a generator consumed by list(), sum(), sorted() ...), "
                 "and a builtin cannot wait; call it from your own code instead");
}

Eval<Value> Interp::runMain() {
    Frame f;
    f.code = m_program->module;
    f.globals = m_globals.get();
    f.line = 1;
    // The module's frame is the first level, as in CPython.
    f.depth = 1;
    recursionDepth = 1;
    std::exception_ptr error;
    try {
        if (f.code->body.async) {
            Eval<Flow> body = execAsync(f, f.code->body);
            co_await std::move(body);
        } else {
            execSync(f, f.code->body);
        }
    } catch (...) {
        error = std::current_exception();
    }
    if (error) {
        if (isAbort(error)) std::rethrow_exception(error);
        Ref<ExceptionObject> exc = logArrival(error, f);
        if (exc->cls()->isSubtypeOf(m_types.SystemExit)) {
            Value code;
            const auto& args = exc->args()->items();
            if (args.size() == 1) code = args[0];
            if (args.size() > 1) code = Value(exc->args());
            if (code.isNone()) {
                m_result.exitStatus = 0;
            } else if (code.isIntLike()) {
                m_result.exitStatus = static_cast<int>(code.asInt());
            } else {
                m_output.warn(str(code) + "\n");
                m_result.exitStatus = 1;
            }
        } else {
            printException(*exc);
            m_result.exitStatus = 1;
        }
    }
    // As CPython's interpreter shutdown: wait for the threads that are not
    // daemons (and pools' workers), then exit.
    Eval<Value> rest = waitForThreadsAtExit(*this);
    co_await std::move(rest);
    co_return Value();
}

void Interp::initBuiltins() {
    initObjectMethods();
    initBuiltinTypes(*m_builtins);
    initBuiltinFunctions(*m_builtins);
    initBuiltinSequences(*m_builtins);
    initStrMethods();
    initListMethods();
    initDictMethods();
    initSetMethods();
}

Value Interp::importModule(StrObject* dotted, bool top) {
    const Value* module = m_modules.find(dotted->str());
    if (!module) raiseNew(m_types.ModuleNotFoundError, "No module named '" + dotted->str() + "'");
    if (!top) return *module;
    return *m_modules.find(dotted->str().substr(0, dotted->str().find('.')));
}

} // namespace coroscope::interp
