// SPDX-License-Identifier: MIT
#include "ui/style/format.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace coroscope {

QString Format::seconds(Time t, Time step) {
    const QLocale locale;
    const Time scale = step > 0 ? step : std::max<Time>(std::llabs(t), 1);
    double unit = 1e9;
    QString pattern = tr("%1 s");
    if (scale < 10 * kMicrosecond) {
        unit = 1e3;
        pattern = tr("%1 µs");
    } else if (scale < 10 * kMillisecond) {
        unit = 1e6;
        pattern = tr("%1 ms");
    }
    const double value = static_cast<double>(t) / unit;
    if (t == 0) return pattern.arg(locale.toString(0));
    // Enough decimals to tell neighbouring marks apart, and no more.
    int decimals = 2;
    if (step > 0) {
        const double s = static_cast<double>(step) / unit;
        decimals = std::clamp(static_cast<int>(std::ceil(-std::log10(s) - 1e-9)), 0, 3);
    } else {
        decimals = std::abs(value) >= 100 ? 0 : std::abs(value) >= 10 ? 1 : 2;
    }
    return pattern.arg(locale.toString(value, 'f', decimals));
}

QString Format::clock(Time t) {
    const QLocale locale;
    const double s = toSeconds(t);
    const int decimals = std::abs(s) < 10 ? 3 : 2;
    return tr("t = %1 s").arg(locale.toString(s, 'f', decimals));
}

QString Format::bytes(std::uint64_t bytes) {
    const QLocale locale;
    const double b = static_cast<double>(bytes);
    if (bytes < 1024) return tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024) return tr("%1 KiB").arg(locale.toString(b / 1024, 'f', 1));
    if (bytes < 1024ull * 1024 * 1024)
        return tr("%1 MiB").arg(locale.toString(b / 1024 / 1024, 'f', 1));
    return tr("%1 GiB").arg(locale.toString(b / 1024 / 1024 / 1024, 'f', 2));
}

QString Format::look(Look look) {
    switch (look) {
    case Look::None: return tr("not started");
    case Look::Running: return tr("running");
    case Look::Computing: return tr("computing (CPU)");
    case Look::Ready: return tr("ready, waiting for the loop");
    case Look::WaitingIo: return tr("waiting on I/O");
    case Look::WaitingTimer: return tr("waiting on a timer");
    case Look::WaitingTask: return tr("waiting");
    case Look::Blocked: return tr("blocked");
    case Look::Queued: return tr("queued for the GIL or a core");
    case Look::Startup: return tr("starting up");
    case Look::Done: return tr("done");
    case Look::Cancelled: return tr("cancelled");
    case Look::Failed: return tr("failed");
    }
    return {};
}

QString Format::reason(WaitReason reason) {
    switch (reason) {
    case WaitReason::None: return {};
    case WaitReason::Yield: return tr("gave way (sleep 0)");
    case WaitReason::Timer: return tr("timer");
    case WaitReason::Io: return tr("I/O");
    case WaitReason::Task: return tr("another task");
    case WaitReason::Gather: return tr("a gather");
    case WaitReason::Lock: return tr("a lock");
    case WaitReason::Event: return tr("an event");
    case WaitReason::Queue: return tr("a queue");
    case WaitReason::Gil: return tr("the GIL");
    case WaitReason::Core: return tr("a free core");
    case WaitReason::Executor: return tr("work from its pool");
    case WaitReason::Blocking: return tr("a blocking call");
    case WaitReason::Cpu: return tr("CPU work");
    case WaitReason::Join: return tr("another thread to end");
    case WaitReason::Startup: return tr("interpreter start-up");
    }
    return {};
}

QString Format::tableState(TableState state) {
    switch (state) {
    case TableState::Empty: return tr("no client yet");
    case TableState::WaitingToOrder: return tr("waiting to order");
    case TableState::Ordering: return tr("ordering");
    case TableState::InKitchen: return tr("order in the kitchen");
    case TableState::Sleeping: return tr("waiting on a timer (sleep)");
    case TableState::FoodReady: return tr("food ready, waiting for the waiter");
    case TableState::Waiting: return tr("waiting");
    case TableState::Served: return tr("served");
    case TableState::Left: return tr("left (cancelled)");
    case TableState::Burnt: return tr("burnt (failed)");
    }
    return {};
}

QString Format::activity(WaiterActivity activity) {
    switch (activity) {
    case WaiterActivity::Idle: return tr("idle");
    case WaiterActivity::Writing: return tr("taking an order");
    case WaiterActivity::Computing: return tr("computing");
    case WaiterActivity::Blocked: return tr("stuck at the kitchen (blocking call)");
    case WaiterActivity::Queued: return tr("queueing for the order pad");
    case WaiterActivity::Starting: return tr("opening the room");
    case WaiterActivity::Waiting: return tr("waiting for another waiter");
    case WaiterActivity::Gone: return tr("gone");
    }
    return {};
}

QString Format::spanState(const Trace& trace, const Span& span) {
    QString s = look(lookOf(span));
    const QString why = reason(span.reason);
    const EventRecord& r = trace.record(span.beginSeq);
    const QString label = waitedOn(trace, r);
    const Look l = lookOf(span);
    // "the lock `db`" says what "a lock" would: once is enough.
    const bool named = otherIsResource(r.kind, r.reason) && r.other;
    if (!why.isEmpty() && !named && l != Look::WaitingIo && l != Look::WaitingTimer &&
        l != Look::Blocked && l != Look::Computing)
        s = tr("%1 (%2)").arg(s, why);
    if (!label.isEmpty() && !isTerminal(l)) s = tr("%1: %2").arg(s, label);
    return s;
}

QString Format::event(const Trace& trace, std::uint64_t seq) {
    const EventRecord& r = trace.record(seq);
    QString who = r.task ? QString::fromStdString(trace.taskName(r.task))
                         : QString::fromStdString(trace.workerName(r.worker));
    QString what = eventKind(r);
    // An annotation's reason byte is its kind, not a wait reason.
    const bool named = otherIsResource(r.kind, r.reason) && r.other;
    const QString why = r.kind == EventKind::Annotation || named ? QString() : reason(r.reason);
    if (!why.isEmpty()) what = tr("%1 · %2").arg(what, why);
    QString detail = waitedOn(trace, r, true);
    if (otherIsText(r.kind, r.reason)) detail = detail.simplified(); // a print's lines, one line
    QString text = tr("%1: %2").arg(who, what);
    if (!detail.isEmpty()) text = tr("%1: %2").arg(text, detail);
    if (r.line) text = tr("%1 (line %2)").arg(text).arg(r.line);
    return text;
}

namespace {
QString coroutineOf(const Trace& trace, TaskId task) {
    if (task == 0 || task >= trace.tasks().size()) return {};
    return QString::fromUtf8(trace.text(trace.tasks()[task].coroutine));
}
QString argumentsOf(const Trace& trace, TaskId task) {
    if (task == 0 || task >= trace.tasks().size() || !trace.tasks()[task].arguments) return {};
    return QString::fromUtf8(trace.text(trace.tasks()[task].arguments));
}
} // namespace

QString Format::taskTitle(const Trace& trace, TaskId task) {
    QString name = QString::fromStdString(trace.taskName(task));
    const QString coroutine = coroutineOf(trace, task);
    if (coroutine.isEmpty() || coroutine == name) return name;
    const QString arguments = argumentsOf(trace, task);
    // The call as the code writes it, then the task's name: "table(3) · Task-2".
    if (!arguments.isEmpty()) return tr("%1(%2) · %3").arg(coroutine, arguments, name);
    return tr("%1() · %2").arg(coroutine, name);
}

QString Format::taskReference(const Trace& trace, TaskId task) {
    QString name = QString::fromStdString(trace.taskName(task));
    const QString coroutine = coroutineOf(trace, task);
    if (coroutine.isEmpty() || coroutine == name) return name;
    const QString arguments = argumentsOf(trace, task);
    if (!arguments.isEmpty()) return tr("%1 (%2(%3))").arg(name, coroutine, arguments);
    return tr("%1 (%2)").arg(name, coroutine);
}

QString Format::resourceReference(const Trace& trace, ResourceId resource) {
    if (resource == 0 || resource >= trace.resources().size()) return {};
    const QString name = QString::fromStdString(trace.resourceName(resource));
    switch (trace.resources()[resource].kind) {
    case ResourceKind::Lock: return tr("the lock `%1`").arg(name);
    case ResourceKind::Semaphore: return tr("the semaphore `%1`").arg(name);
    case ResourceKind::Queue: return tr("the queue `%1`").arg(name);
    }
    return name;
}

QString Format::waitedOn(const Trace& trace, const EventRecord& r, bool taskByName) {
    if (otherIsText(r.kind, r.reason)) return QString::fromUtf8(trace.text(r.other));
    if (otherIsTask(r.kind, r.reason) && r.other)
        return taskByName ? QString::fromStdString(trace.taskName(r.other))
                          : taskReference(trace, r.other);
    if (otherIsResource(r.kind, r.reason) && r.other) return resourceReference(trace, r.other);
    return {};
}

QString Format::eventKind(EventKind kind) {
    switch (kind) {
    case EventKind::Spawn: return tr("spawn");
    case EventKind::Run: return tr("run");
    case EventKind::Ready: return tr("ready");
    case EventKind::Wait: return tr("wait");
    case EventKind::Hold: return tr("hold");
    case EventKind::Resume: return tr("resume");
    case EventKind::Done: return tr("done");
    case EventKind::Cancelled: return tr("cancelled");
    case EventKind::Failed: return tr("failed");
    case EventKind::CancelRequest: return tr("cancel()");
    case EventKind::Callback: return tr("callback");
    case EventKind::Print: return tr("print");
    case EventKind::Diagnostic: return tr("warning");
    case EventKind::WorkerStart: return tr("worker start");
    case EventKind::WorkerExit: return tr("worker exit");
    case EventKind::Annotation: return tr("annotation");
    }
    return {};
}

QString Format::eventKind(const EventRecord& r) {
    if (r.kind != EventKind::Annotation) return eventKind(r.kind);
    switch (annotationKindOf(r.reason)) {
    case AnnotationKind::Client: return tr("client");
    case AnnotationKind::LineReached: return tr("line reached");
    case AnnotationKind::Deadline: return tr("timeout armed");
    case AnnotationKind::TimeoutRaised: return tr("TimeoutError");
    case AnnotationKind::Resource: return tr("queue, lock or semaphore");
    }
    return eventKind(r.kind);
}

} // namespace coroscope
