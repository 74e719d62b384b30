// SPDX-License-Identifier: MIT
#pragma once

#include "core/loop.h"
#include "script/interp/eval/run_budget.h"
#include "script/interp/eval/script_output.h"
#include "script/interp/lower/lower.h"
#include "script/interp/modules/module_registry.h"
#include "script/interp/run.h"
#include "script/interp/runtime/frame.h"
#include "script/syntax/source_file.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace coroscope::interp {

class LoopObject;
class ThreadObject;
struct RuntimeState;

// What starting a call gives: its result when it finished without
// suspending, or else the coroutine to await for the result.
//
// Coroutine bodies are large, and GCC stops inlining into them early: what
// every call and every statement runs is forced inline (the destructor is
// declared only for that).
struct CallStart {
    Value result;
    Eval<Value> pending;

    CallStart() = default;
    CallStart(Value r, Eval<Value> p)
        : result(std::move(r))
        , pending(std::move(p)) {}
    CallStart(CallStart&&) noexcept = default;
    CallStart& operator=(CallStart&&) noexcept = default;
    [[gnu::always_inline]] ~CallStart() = default;
    bool finished() const { return !pending.handle(); }
};

// For a coroutine that starts a call and wants its result in `result`:
// a coroutine's frame keeps each of its locals for the whole body, so the
// result goes where it is wanted and only the coroutine to await (empty
// when the call finished) stays beside it.
[[gnu::always_inline]] inline Eval<Value> resultOrPending(CallStart&& call, Value& result) {
    if (call.finished()) result = std::move(call.result);
    return std::move(call.pending);
}

// One run of a script: the evaluator of its IR, on one engine Loop, with
// the parts of a run it owns: the heap and types, the builtins, the
// modules (ModuleRegistry), the budgets (RunBudget) and what the script
// writes (ScriptOutput). The evaluator walks the IR: expressions
// and blocks that cannot suspend are evaluated by plain functions; those
// that hold a call or an await by coroutines (Eval), so that any Python
// code may suspend its task, whatever calls it. Code a native calls back
// (a key function, a __repr__) runs nested and may not suspend.
//
// One interpreter is current per thread (objects find their types there).
class Interp {
public:
    Interp(Loop& loop, const RunOptions& options, RunResult& result,
           std::shared_ptr<const SourceFile> source);
    Interp(const Interp&) = delete;
    Interp& operator=(const Interp&) = delete;
    ~Interp();

    static Interp& current() { return *t_current; }
    static Interp* currentOrNull() { return t_current; }
    Loop& loop() { return m_loop; }
    Types& typeTable() { return m_types; }
    const SourceFile& source() const { return *m_source; }
    const RunOptions& options() const { return m_options; }
    RunResult& result() { return m_result; }
    RuntimeState& state() { return *m_state; }
    DictObject& builtins() { return *m_builtins; }
    DictObject& globals() { return *m_globals; }

    // ---- setup and the run
    void setProgram(std::unique_ptr<Program> program) { m_program = std::move(program); }
    // The value of a run parameter overriding a top-level constant, or null.
    const Value* parameter(StrObject* name) const;
    void setParameter(const std::string& name, Value v);
    // The main thread's body: the module, then the wait for other threads.
    Eval<Value> runMain();
    // Breaks every reference cycle left; called once the loop is shut down.
    void teardown();

    // ---- evaluation (eval_sync.cpp, eval_async.cpp)
    Value eval(Frame& f, const ir::Expr& e);
    Eval<Value> evalAsync(Frame& f, const ir::Expr& e);
    // ---- statements (exec_sync.cpp, exec_async.cpp, exec_try.cpp, exec_with.cpp)
    Flow execSync(Frame& f, const ir::Block& b);
    Flow execStmtSync(Frame& f, const ir::Stmt& s);
    Eval<Flow> execAsync(Frame& f, const ir::Block& b);
    Eval<Flow> execTry(Frame& f, const ir::Try& t);
    Eval<Flow> execWith(Frame& f, const ir::With& w, std::size_t item);
    Eval<Flow> execFor(Frame& f, const ir::For& s);
    Eval<Flow> execClass(Frame& f, const ir::Class& c);
    Flow execTrySync(Frame& f, const ir::Try& t);

    // ---- what statements do, shared by both executors (statements.cpp)
    void assignStatement(Frame& f, const ir::Assign& a, const Value& v);
    void augAssign(Frame& f, const ir::AugAssign& a, const Value& rhs);
    [[noreturn]] void raiseStatement(Frame& f, const ir::Raise& r, const Value& exc,
                                     const Value& cause);
    void importStatement(Frame& f, const ir::Import& s);
    void defineFunction(Frame& f, const ir::Def& d, std::vector<Value> decorators,
                        std::vector<Value> defaults, std::vector<Value> kwDefaults);
    [[noreturn]] void assertionFailed(const ir::Assert& a, const Value* message);
    // The except clause that handles `error`, or null.
    const ir::Handler* matchHandler(Frame& f, const ir::Try& t, const Ref<ExceptionObject>& exc);
    // An exception arriving in a frame (raised there, or from a call made
    // there, caught there or not) is logged in its traceback once.
    Ref<ExceptionObject> logArrival(const std::exception_ptr& e, Frame& f);
    // The exception being handled by this frame or a caller (bare raise).
    std::exception_ptr handledException(Frame& f);

    // ---- names and targets (names.cpp)
    Value loadGlobal(Frame& f, StrObject* name);
    Value loadName(Frame& f, StrObject* name);
    void assign(Frame& f, const ir::Expr& target, Value v);
    void deleteTarget(Frame& f, const ir::Expr& target);
    [[noreturn]] void unboundLocal(const ir::Local& n);

    // ---- calls (call.cpp)
    // Calls `callee`: finished with its result, or the coroutine to await.
    CallStart callStart(const Value& callee, CallArgs& args, Frame* caller);
    CallStart callNative(NativeFunction& n, CallArgs& args, const char* name, Frame* caller);
    // A call that must finish now (from native code): nested, no suspension.
    Value callSync(const Value& callee, CallArgs& args, Frame* caller = nullptr);
    Value call(const Value& callee, std::initializer_list<Value> pos = {});
    // Runs a coroutine to its end inside the current step.
    Value runNested(Eval<Value> coro);
    Slots bindArguments(FunctionObject& fn, CallArgs& args, const Value* self);
    Eval<Value> runFunction(Ref<FunctionObject> fn, Slots slots, Frame* caller,
                            GeneratorObject* generator);
    Value makeFunction(Frame& f, const ir::MakeFunction& m, std::vector<Value> defaults,
                       std::vector<Value> kwDefaults);
    // Evaluates the callee and the arguments of a call whose parts need no
    // suspension (the common case), then starts it.
    CallStart startSimpleCall(Frame& f, const ir::Expr& e, ArgBuffer& buf);
    // Evaluates a call's arguments that need no suspension into buf.
    void evalArguments(Frame& f, const ir::Arguments& a, ArgBuffer& buf);
    // Adds one evaluated argument (expanding *args / **kwargs).
    void addArgument(const ir::Arguments& a, std::size_t index, bool keyword, Value v,
                     ArgBuffer& buf);
    // The callee of obj.name(...) and whether obj is to be passed as self.
    Value methodFor(const Value& obj, StrObject* name, bool& passSelf);

    // ---- comprehensions (comprehension.cpp)
    Value evalComprehensionSync(Frame& f, const ir::Comp& c, const Value& iterable);
    Eval<Value> evalComprehension(Frame& f, const ir::Comp& c, Value iterable);
    Slots comprehensionSlots(Frame& f, const ir::Comp& c, const Value& iterable);
    Value makeGenExp(Frame& f, const ir::Comp& c, const Value& iterable);
    Eval<Value> runGenExp(const ir::Comp& c, Slots slots, DictObject* globals,
                          GeneratorObject* gen);
    // The loop of a comprehension in its frame `f`, from the first level's
    // iterator: collects the elements, or yields each one when `gen` is set.
    Eval<Value> comprehensionLoop(Frame& f, const ir::Comp& c, Value first, GeneratorObject* gen);

    // ---- iteration that may suspend (iter_async.cpp)
    // The next item of an iterator whose next may run code that suspends.
    Eval<bool> nextAsync(Value& it, Value& out);
    // `async for`: aiter(v), and the next item (false at the end).
    Value asyncIter(const Value& v);
    Eval<bool> anextAsync(Value& aiter, Value& out);

    // ---- bookkeeping of each statement: the task's line, the budget
    [[gnu::always_inline]] void atStatement(Frame& f, std::uint32_t line) {
        f.line = line;
        m_line = line;
        // Back in this frame, perhaps after another task ran: its depth is
        // the depth again.
        recursionDepth = f.depth;
        TaskBase* task = m_loop.currentTask();
        if (task && task->line() != line) task->setLine(line);
        if (m_budget.watched(line)) [[unlikely]]
            reached(line);
        tick();
    }
    [[gnu::always_inline]] void tick() {
        if (m_budget.countStatement()) [[unlikely]]
            budgetCheck();
    }
    void chargeStatements(std::uint64_t n) {
        if (m_budget.charge(n)) budgetCheck();
    }
    std::uint32_t currentLine() const { return m_line; }
    int nestedDepth() const { return m_nested; }
    // Raises RuntimeError when code running nested (under a native) tries
    // to suspend: it cannot, the native's C++ frame is in the way.
    void checkCanSuspend(const char* what);
    // Stops the run at the current line (RunAborted); the first reason wins.
    [[noreturn]] void abort(std::string message) { m_budget.stop(std::move(message), m_line); }
    // Stops the run because it spent a budget (a name of runBudgets()).
    [[noreturn]] void exhausted(std::string_view budget, std::string_view what);
    // Stops the run because the loop's real-time limit was reached: its
    // wall-seconds budget, or a stop asked from outside (stoppedBy "stop").
    [[noreturn]] void realTimeUp();
    // Stops the run if `more` bytes of output would pass the output budget.
    void checkOutput(std::size_t more);
    // For code that must not throw (a destructor): the run stops for that
    // budget at its next statement, or after the current step.
    void stopSoon(std::string_view budget, std::string what);
    // Stops the run (RunAborted) if the trace has grown past its budget.
    void checkTrace();
    // Stops the run (RunAborted) if stopSoon asked to.
    void stopIfAsked() {
        if (!m_stopBudget.empty()) [[unlikely]]
            exhausted(m_stopBudget, m_stopWhat);
    }
    const RunBudget& budget() const { return m_budget; }

    // ---- output and diagnostics
    void print(std::string_view text) { m_output.print(text, m_line); }
    ScriptOutput& output() { return m_output; }
    std::string formatTraceback(ExceptionObject& e);
    // Prints an uncaught exception (with its chain) as CPython's excepthook.
    void printException(ExceptionObject& e);
    bool tearingDown() const { return m_tearingDown; }
    // From here on, objects going away say nothing (never-awaited
    // coroutines, pending tasks): the run is over.
    void beginTeardown() { m_tearingDown = true; }

    // ---- modules
    ModuleRegistry& modules() { return m_modules; }
    // `import a.b`: the module a.b, or `a` when `top` (ModuleNotFoundError).
    Value importModule(StrObject* dotted, bool top);

    // The recursion depth as CPython counts it (runtime/recursion.h).
    std::uint32_t recursionDepth = 0;

private:
    void budgetCheck();
    void reached(std::uint32_t line);
    void initBuiltins();

    static thread_local Interp* t_current;
    Interp* m_previous;
    Heap m_heap; // first: every object is counted in it
    Types m_types;
    Loop& m_loop;
    const RunOptions& m_options;
    RunResult& m_result;
    std::shared_ptr<const SourceFile> m_source;
    std::unique_ptr<Program> m_program;
    Ref<DictObject> m_builtins;
    Ref<DictObject> m_globals;
    ModuleRegistry m_modules;
    std::unordered_map<const StrObject*, Value> m_parameters;
    std::unique_ptr<RuntimeState> m_state;
    RunBudget m_budget;
    ScriptOutput m_output;
    std::uint32_t m_line = 0;
    int m_nested = 0;
    std::string m_stopBudget; // stopSoon's
    std::string m_stopWhat;
    bool m_tearingDown = false;
    bool m_tornDown = false;

    friend struct NestedScope;
};

inline Interp& interp() {
    return Interp::current();
}

// Marks code that runs nested under a native (no suspension possible).
struct NestedScope {
    Interp& i;
    explicit NestedScope(Interp& in)
        : i(in) {
        ++i.m_nested;
    }
    ~NestedScope() { --i.m_nested; }
};

} // namespace coroscope::interp
