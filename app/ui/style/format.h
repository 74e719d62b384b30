// SPDX-License-Identifier: MIT
#pragma once

#include "model/look.h"
#include "model/restaurant_scene.h"

#include "core/trace.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace coroscope {

// Words and numbers as the views show them, in the user's language (a
// decimal comma in Portuguese and Ukrainian).
class Format {
    Q_DECLARE_TR_FUNCTIONS(Format)

public:
    // "0.42 s", "12.5 ms", "80 µs"; `step` (if given) decides the precision,
    // so axis labels line up.
    static QString seconds(Time t, Time step = 0);
    // "t = 0.42 s"
    static QString clock(Time t);
    static QString bytes(std::uint64_t bytes);
    static QString look(Look look);
    static QString reason(WaitReason reason);
    static QString tableState(TableState state);
    static QString activity(WaiterActivity activity);
    // A span in a sentence: "waiting on I/O (kitchen)".
    static QString spanState(const Trace& trace, const Span& span);
    static QString eventKind(EventKind kind);
    static QString eventKind(const EventRecord& r); // names an annotation by its kind
    // One event in a few words: "Task-2: wait · I/O: kitchen (line 6)".
    static QString event(const Trace& trace, std::uint64_t seq);
    // A task as its lane names it: the coroutine it runs and its name
    // ("table() · Task-3"), or its name alone when they agree.
    static QString taskTitle(const Trace& trace, TaskId task);
    // A task awaited: "Task-3 (table)".
    static QString taskReference(const Trace& trace, TaskId task);
    // A primitive as the code names it: "the lock `db_lock`", "the queue
    // `orders`" (numbered, Queue-1, when no assignment names it).
    static QString resourceReference(const Trace& trace, ResourceId resource);
    // What an event's `other` names, as a label: the task awaited (its
    // reference, or its name alone when `taskByName`), the primitive waited
    // on, or its text; empty when it names nothing.
    static QString waitedOn(const Trace& trace, const EventRecord& record, bool taskByName = false);
};

} // namespace coroscope
