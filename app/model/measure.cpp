// SPDX-License-Identifier: MIT
#include "model/measure.h"

#include <cmath>
#include <limits>

namespace coroscope {

int workersStarted(const Trace& trace) {
    int n = 0;
    for (const WorkerInfo& w : trace.workers())
        if (w.id != 0 && (w.kind == WorkerKind::Thread || w.kind == WorkerKind::Process)) ++n;
    return n;
}

TaskId findTask(const Trace& trace, const QString& name) {
    const std::string wanted = name.toStdString();
    const auto& tasks = trace.tasks();
    if (name == QStringLiteral("main")) {
        // "main" is the coroutine given to asyncio.run: the first asyncio task
        // the main thread creates (asyncio names it Task-1), unless a task is
        // named main; in a program without asyncio, the main thread.
        for (std::size_t i = 1; i < tasks.size(); ++i)
            if (tasks[i].kind == TaskKind::Task && trace.taskName(static_cast<TaskId>(i)) == wanted)
                return static_cast<TaskId>(i);
        for (std::size_t i = 1; i < tasks.size(); ++i) {
            const TaskId parent = tasks[i].parent;
            if (tasks[i].kind == TaskKind::Task && parent != 0 && parent < tasks.size() &&
                tasks[parent].kind != TaskKind::Task && tasks[parent].parent == 0)
                return static_cast<TaskId>(i);
        }
    }
    for (std::size_t i = 1; i < tasks.size(); ++i)
        if (trace.taskName(static_cast<TaskId>(i)) == wanted) return static_cast<TaskId>(i);
    if (name == QStringLiteral("main"))
        for (std::size_t i = 1; i < tasks.size(); ++i)
            if (tasks[i].parent == 0) return static_cast<TaskId>(i);
    return 0;
}

Measured measureRun(const Trace& trace, Measure measure) {
    Measured m;
    switch (measure) {
    case Measure::TotalTime: m.number = toSeconds(trace.endTime()); break;
    case Measure::PeakMemory: m.number = static_cast<double>(trace.peakMemory()); break;
    case Measure::Workers: m.number = workersStarted(trace); break;
    case Measure::FirstDone:
        for (std::uint64_t seq = 0; seq < trace.size(); ++seq) {
            const EventRecord& r = trace.record(seq);
            if (r.kind == EventKind::Done || r.kind == EventKind::Cancelled ||
                r.kind == EventKind::Failed) {
                m.text = QString::fromStdString(trace.taskName(r.task));
                m.number = toSeconds(trace.timeOf(seq));
                break;
            }
        }
        break;
    }
    return m;
}

int nearestChoice(const Question& q, const Measured& measured) {
    int best = -1;
    if (q.measure == Measure::FirstDone) {
        for (std::size_t i = 0; i < q.choices.size(); ++i)
            if (q.choices[i].textValue == measured.text) return static_cast<int>(i);
        return best;
    }
    double bestDistance = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < q.choices.size(); ++i) {
        const double d = std::abs(q.choices[i].value - measured.number);
        if (d < bestDistance) {
            bestDistance = d;
            best = static_cast<int>(i);
        }
    }
    return best;
}

} // namespace coroscope
