// SPDX-License-Identifier: MIT
#pragma once

#include "model/lesson.h"

#include "core/trace.h"

#include <QString>

namespace coroscope {

// What a run measured, for a predict-first question.
struct Measured {
    double number = 0; // seconds, bytes or a count
    QString text;      // the task name, for firstDone
};

Measured measureRun(const Trace& trace, Measure measure);

// Threads and processes the run started, not counting the main thread or the loop.
int workersStarted(const Trace& trace);
// The task a learner means by `name`: its asyncio name, a thread's name, or
// "main" for the coroutine given to asyncio.run. 0 when there is none.
TaskId findTask(const Trace& trace, const QString& name);

// The choice nearest the measured value (or naming the measured task); -1
// when no choice fits.
int nearestChoice(const Question& question, const Measured& measured);

} // namespace coroscope
