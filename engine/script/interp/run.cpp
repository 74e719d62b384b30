// SPDX-License-Identifier: MIT
// runScript(): check, lower, then run the program as the simulated
// machine's main thread until it ends, stops, or can never go on.
#include "script/interp/run.h"

#include "core/machine.h"
#include "core/machine_parameters.h"
#include "script/checks/check.h"
#include "script/interp/eval/interp.h"
#include "script/interp/eval/run_budget.h"
#include "script/interp/lower/lower.h"
#include "script/interp/ops/ops.h"

#include <cmath>

namespace coroscope {

namespace {

ScriptError rejection(const std::string& file, std::string message, std::string hint) {
    ScriptError e;
    e.file = file;
    e.message = std::move(message);
    e.hint = std::move(hint);
    e.kind = ScriptErrorKind::UnsupportedError;
    return e;
}

// machine.cores=2, machine.gil=0, machine.switch_interval=0.005, ...: the
// names, ranges and effects are core/machine_parameters.h's table.
bool applyMachineParameter(MachineConfig& m, const std::string& name, const std::string& value,
                           std::string& error) {
    const MachineParameter* parameter = findMachineParameter(name);
    if (!parameter) {
        error = "unknown machine parameter " + name + " (use " + machineParameterNames() + ")";
        return false;
    }
    double v = 0;
    if (parameter->type == MachineParameter::Type::Bool && (value == "True" || value == "False")) {
        v = value == "True" ? 1 : 0;
    } else {
        char* end = nullptr;
        v = std::strtod(value.c_str(), &end);
        if (value.empty() || !end || *end != '\0') {
            error = "parameter " + name + ": '" + value + "' is not a number";
            return false;
        }
    }
    if (std::optional<std::string> why = parameter->refuse(v)) {
        error = "parameter " + name + ": " + *why;
        return false;
    }
    parameter->apply(m, v);
    return true;
}

// Why a parameter's expression is not one of the literals a parameter may
// be (a number, a string, True, False or None), or empty. Anything else would
// run code that the command line chose, before the script.
std::string literalProblem(const ast::Expr* e) {
    std::string what =
        " is not a Python literal: a parameter is a number (10, -2, 0.5), a string ('text'), True, "
        "False or None";
    bool signedNumber = false;
    if (const auto* u = ast::dynCast<ast::UnaryOp>(e)) {
        if (u->op != ast::UnaryOperator::USub && u->op != ast::UnaryOperator::UAdd) return what;
        e = u->operand;
        signedNumber = true;
    }
    const auto* c = ast::dynCast<ast::Constant>(e);
    if (!c) return what;
    switch (c->valueKind) {
    case ast::ConstantKind::Int:
    case ast::ConstantKind::Float: return {};
    case ast::ConstantKind::None:
    case ast::ConstantKind::True:
    case ast::ConstantKind::False:
    case ast::ConstantKind::Str: return signedNumber ? what : std::string();
    case ast::ConstantKind::BigInt:
        return " is beyond Coroscope's integers, which go up to 9223372036854775807 (use a float "
               "for larger numbers, such as 1e100)";
    case ast::ConstantKind::Ellipsis:
    case ast::ConstantKind::Imaginary:
    case ast::ConstantKind::Bytes: break;
    }
    return what;
}

// A parameter's value: a Python literal, evaluated as the script would.
bool evaluateLiteral(interp::Interp& in, const std::string& name, const std::string& text,
                     std::string& error) {
    // Checked as the whole of one assignment, so that a value cannot close
    // the parenthesis and go on with statements of its own.
    CheckedScript p = checkScript("<parameter " + name + ">", "_value = (" + text + ")\n");
    const ast::Assign* assign = nullptr;
    if (p.module && p.module->body().size() == 1)
        assign = ast::dynCast<ast::Assign>(p.module->body()[0]);
    if (!assign) {
        error = "parameter " + name + ": " + text +
                " is not a Python literal (write 10, 0.5, True or 'text')";
        return false;
    }
    if (const std::string why = literalProblem(assign->value); !why.empty()) {
        error = "parameter " + name + ": " + text + why;
        return false;
    }
    if (!p.ok()) {
        error = "parameter " + name + ": " + text +
                " is not a Python literal (write 10, 0.5, True or 'text')";
        return false;
    }
    auto program = interp::lowerModule(*p.module, {});
    interp::Frame f;
    f.code = program->module;
    Ref<interp::DictObject> scratch = interp::newDict();
    f.globals = scratch.get();
    try {
        in.execSync(f, program->module->body);
    } catch (...) {
        error = "parameter " + name + ": " + text + " is not a value a script can use";
        return false;
    }
    interp::Value* v = scratch->findStr("_value");
    if (!v) {
        error = "parameter " + name + ": no value";
        return false;
    }
    in.setParameter(name, *v);
    return true;
}

Coro<void> mainThread(interp::Interp& in) {
    interp::Eval<interp::Value> body = in.runMain();
    co_await std::move(body);
}

std::string describeWaiting(const Loop& loop) {
    std::string out;
    const Trace& trace = loop.trace();
    for (TaskId id = 1; id < trace.tasks().size(); ++id) {
        Span s = trace.taskStateAt(id, loop.time());
        if (s.state != TaskState::Waiting) continue;
        out += "  " + trace.taskName(id) + " waits (" + std::string(toString(s.reason)) +
               ") at line " + std::to_string(s.line) + "\n";
    }
    return out;
}

void drive(Loop& loop, interp::Interp& in, TaskBase& main, const RunOptions& options,
           RunResult& result) {
    const std::string& file = options.fileName;
    LoopLimits limits;
    limits.maxSteps = options.maxSteps;
    limits.maxTime = seconds(options.maxVirtualSeconds);
    limits.maxWallSeconds = options.maxWallSeconds;
    limits.stop = options.stop;
    loop.setLimits(limits);
    std::uint64_t checkedAt = 0;
    while (!main.done()) {
        bool stepped = false;
        try {
            stepped = loop.step();
            // Between steps too: callbacks and tasks that switch grow the
            // trace without a statement of their own in between.
            in.stopIfAsked();
            if (loop.stepCount() - checkedAt >= 1024) {
                checkedAt = loop.stepCount();
                in.checkTrace();
            }
            switch (stepped ? LoopLimit::None : loop.limitReached()) {
            case LoopLimit::Steps: in.exhausted("steps", interp::stepsMessage(options));
            case LoopLimit::VirtualTime:
                in.exhausted("virtual-seconds", interp::virtualTimeMessage(options));
            case LoopLimit::WallTime:
            case LoopLimit::Stopped: in.realTimeUp();
            case LoopLimit::None: break;
            }
        } catch (const interp::RunAborted&) {
            break;
        } catch (const interp::MemoryLimitExceeded&) {
            try {
                in.abort("");
            } catch (...) {
            }
            break;
        }
        if (in.budget().stopped()) break;
        if (!stepped) {
            result.err += file +
                          ": the program waits forever: no task can run and no timer "
                          "will ever fire (is something waiting for an event, a future or "
                          "a queue that nothing will complete, or sleeping for ever?)\n" +
                          describeWaiting(loop);
            result.exitStatus = 1;
            return;
        }
    }
    if (in.budget().stopped()) {
        std::string message = in.budget().stopMessage();
        if (message.empty()) {
            result.stoppedBy = "memory-mb";
            message = interp::budgetMessage(
                options, in.currentLine(), "memory-mb",
                "the script uses more than " +
                    std::to_string(options.maxMemoryBytes / (1024 * 1024)) + " MB of memory");
        }
        result.err += message + "\n";
        result.exitStatus = 1;
    }
}

} // namespace

RunResult runScript(std::string_view source, const RunOptions& options) {
    RunResult result;
    MachineConfig machine = options.machine;
    std::vector<std::pair<std::string, std::string>> scriptParams;
    for (const auto& [name, value] : options.params) {
        if (name.rfind("machine.", 0) == 0) {
            std::string error;
            if (!applyMachineParameter(machine, name, value, error))
                result.errors.push_back(rejection(options.fileName, error, ""));
        } else {
            scriptParams.emplace_back(name, value);
        }
    }
    if (std::optional<std::string> why = refuseMachine(machine))
        result.errors.push_back(rejection(options.fileName, "machine setting " + *why, ""));
    result.machine = machine;
    CheckedScript parsed = checkScript(options.fileName, std::string(source));
    result.errors.insert(result.errors.end(), parsed.errors.begin(), parsed.errors.end());
    if (!parsed.module) {
        result.exitStatus = 2;
        return result;
    }
    std::set<std::string, std::less<>> names = topLevelAssignments(*parsed.module);
    std::set<std::string, std::less<>> overridden;
    for (const auto& [name, value] : scriptParams) {
        if (!names.count(name))
            result.errors.push_back(rejection(
                options.fileName,
                "parameter " + name + ": the script has no top-level constant " + name,
                "parameters override constants assigned at the top of the script, such as "
                "CLIENTS = 3"));
        overridden.insert(name);
    }
    if (!result.errors.empty()) {
        result.exitStatus = 2;
        return result;
    }

    Loop loop(machine);
    {
        interp::Interp in(loop, options, result, parsed.module->sharedSource());
        std::unique_ptr<interp::Program> program = interp::lowerModule(*parsed.module, overridden);
        for (const auto& [name, value] : scriptParams) {
            std::string error;
            if (!evaluateLiteral(in, name, value, error))
                result.errors.push_back(rejection(options.fileName, error, ""));
        }
        if (!result.errors.empty()) {
            result.exitStatus = 2;
            return result;
        }
        in.setProgram(std::move(program));
        Task<void> main = loop.machine().startMain(mainThread(in), 1);
        drive(loop, in, *main.get(), options, result);
        in.beginTeardown();
        loop.shutdown();
        in.teardown();
    }
    result.trace = loop.takeTrace();
    return result;
}

} // namespace coroscope
