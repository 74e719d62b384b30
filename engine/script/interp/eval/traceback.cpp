// SPDX-License-Identifier: MIT
// Uncaught exceptions printed as CPython's default excepthook prints them:
// the chain of causes and contexts, each with its traceback.
#include "script/interp/eval/interp.h"
#include "script/interp/ops/ops.h"

#include <unordered_set>

namespace coroscope::interp {

namespace {

// The name CPython prints for an exception's class: builtins and classes of
// the script bare, others with their module.
std::string qualifiedName(const TypeObject* t) {
    const Types& ty = types();
    if (t == ty.CancelledError) return "asyncio.exceptions.CancelledError";
    if (t == ty.InvalidStateError) return "asyncio.exceptions.InvalidStateError";
    if (t == ty.QueueEmpty) return "asyncio.queues.QueueEmpty";
    if (t == ty.QueueFull) return "asyncio.queues.QueueFull";
    if (t == ty.ThreadQueueEmpty) return "_queue.Empty";
    if (t == ty.ThreadQueueFull) return "queue.Full";
    if (t == ty.FuturesCancelledError) return "concurrent.futures._base.CancelledError";
    if (t == ty.BrokenProcessPool) return "concurrent.futures.process.BrokenProcessPool";
    return t->qualname();
}

std::string stripped(std::string_view line) {
    std::size_t a = line.find_first_not_of(" \t");
    if (a == std::string_view::npos) return {};
    std::size_t b = line.find_last_not_of(" \t\r");
    return std::string(line.substr(a, b - a + 1));
}

} // namespace

std::string Interp::formatTraceback(ExceptionObject& e) {
    std::string out;
    if (!e.traceback.empty()) {
        out += "Traceback (most recent call last):\n";
        for (std::size_t i = e.traceback.size(); i-- > 0;) {
            const auto& entry = e.traceback[i];
            out += "  File \"" + m_source->fileName() + "\", line " + std::to_string(entry.line) +
                   ", in " + entry.code->name->str() + "\n";
            std::string text = stripped(m_source->lineText(static_cast<int>(entry.line)));
            if (!text.empty()) out += "    " + text + "\n";
        }
    }
    std::string message;
    try {
        message = str(Value(&e));
    } catch (...) {
        message = "<exception str() failed>";
    }
    out += qualifiedName(e.cls());
    if (!message.empty()) out += ": " + message;
    return out + "\n";
}

void Interp::printException(ExceptionObject& e) {
    // The chain, oldest first, as CPython prints it.
    std::vector<std::pair<ExceptionObject*, int>> chain; // 0 none, 1 cause, 2 context
    std::unordered_set<const ExceptionObject*> seen;
    ExceptionObject* current = &e;
    int link = 0;
    while (current && seen.insert(current).second) {
        chain.emplace_back(current, link);
        if (current->cause.is(Kind::Exception)) {
            current = current->cause.as<ExceptionObject>();
            link = 1;
        } else if (!current->suppressContext && current->context.is(Kind::Exception)) {
            current = current->context.as<ExceptionObject>();
            link = 2;
        } else {
            current = nullptr;
        }
    }
    std::string out;
    for (std::size_t i = chain.size(); i-- > 0;) {
        out += formatTraceback(*chain[i].first);
        if (i > 0) {
            out += chain[i].second == 1
                       ? "\nThe above exception was the direct cause of the following "
                         "exception:\n\n"
                       : "\nDuring handling of the above exception, another exception "
                         "occurred:\n\n";
        }
    }
    m_output.warn(out);
}

} // namespace coroscope::interp
