// SPDX-License-Identifier: MIT
// The code marks, the narration's pauses and the notes on lanes say what the
// trace says, at every event of every built-in lesson script.
#include "model/code_marks.h"
#include "model/lesson_loader.h"
#include "model/measure.h"
#include "model/narration_schedule.h"
#include "model/trace_notes.h"
#include "render_support.h"
#include "ui/painters/timeline_painter.h"
#include "ui/playback/lesson_runner.h"
#include "ui/playback/playback_controller.h"
#include "ui/style/format.h"
#include "ui/style/theme.h"
#include "ui/views/code_editor.h"
#include "ui/views/event_log.h"

#include <QApplication>
#include <QHeaderView>
#include <QTableView>

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>

using namespace coroscope;
using namespace coroscope::test;

namespace {

struct ScriptRun {
    const Lesson* lesson = nullptr;
    int script = 0;
    std::string where;
    std::shared_ptr<const RunModel> run;
};

const LessonCatalog& catalog() {
    static const LessonCatalog c =
        LessonLoader(scriptChecker()).loadRoots({QStringLiteral(COROSCOPE_LESSONS_DIR)});
    return c;
}

// Every script of every built-in lesson, run once for the whole suite.
std::vector<ScriptRun>& runStore() {
    static std::vector<ScriptRun> runs;
    return runs;
}

const std::vector<ScriptRun>& everyRun() {
    std::vector<ScriptRun>& runs = runStore();
    if (!runs.empty()) return runs;
    for (const Lesson& lesson : catalog().lessons)
        for (const LessonScript& script : lesson.scripts) {
            const int index = lesson.scriptIndex(script.file);
            ScriptJob job{script.file, script.source, lesson.parametersFor(script.source),
                          lesson.watchedLines(index)};
            runs.push_back({&lesson, index,
                            lesson.id.toStdString() + "/" + script.file.toStdString(),
                            LessonRunner::runNow(job)});
        }
    return runs;
}

const ScriptRun& runOf(const char* where) {
    for (const ScriptRun& r : everyRun())
        if (r.where == where) return r;
    static const ScriptRun none;
    ADD_FAILURE() << "no script " << where;
    return none;
}

bool changesState(EventKind k) {
    return k == EventKind::Spawn || k == EventKind::Run || k == EventKind::Ready ||
           k == EventKind::Wait || k == EventKind::Hold || k == EventKind::Resume ||
           k == EventKind::Done || k == EventKind::Cancelled || k == EventKind::Failed;
}

bool ends(EventKind k) {
    return k == EventKind::Done || k == EventKind::Cancelled || k == EventKind::Failed;
}

QString sourceLine(const ScriptRun& r, std::uint32_t line) {
    return r.lesson->scripts[static_cast<std::size_t>(r.script)].source.section(
        QLatin1Char('\n'), static_cast<int>(line) - 1, static_cast<int>(line) - 1);
}

// The runs go before the program's end: a trace gives its memory back to a
// per-thread pool, which is gone by the time static objects are destroyed.
class TraceTruth : public ::testing::Test {
protected:
    static void TearDownTestSuite() { runStore().clear(); }
};

} // namespace

TEST_F(TraceTruth, EveryCodeMarkIsTheLineOfItsTasksLastEventAndTheEventLineSaysSo) {
    ASSERT_FALSE(everyRun().empty());
    for (const ScriptRun& sr : everyRun()) {
        ASSERT_TRUE(sr.run) << sr.where;
        const Trace& trace = sr.run->trace;
        const std::size_t taskCount = trace.tasks().size();
        // What the trace says, kept from its events alone.
        std::vector<std::uint32_t> line(taskCount, 0);
        std::vector<bool> live(taskCount, false);
        // Big runs are compared in full every few events; the event's own task always.
        const std::uint64_t every = taskCount > 200 ? 97 : 1;
        int failures = 0;
        for (std::uint64_t seq = 0; seq < trace.size() && failures < 5; ++seq) {
            const EventRecord& r = trace.record(seq);
            if (r.task && r.task < taskCount) {
                if (r.line) line[r.task] = r.line;
                if (r.kind == EventKind::Spawn) live[r.task] = true;
                if (ends(r.kind)) live[r.task] = false;
            }
            const Playhead p{seq + 1, trace.timeOf(seq)};
            std::vector<CodeMark> marks = liveTaskLines(trace, p);
            // The frames around the innermost are the trace's await chain, at
            // lines other than the innermost; the checks below are about the
            // innermost marks.
            for (const CodeMark& m : marks)
                if (m.caller) {
                    const auto callers = trace.callersAt(m.task, p.seq);
                    EXPECT_NE(std::find(callers.begin(), callers.end(), m.line), callers.end())
                        << sr.where << " event " << seq << ": task " << m.task
                        << " has a caller mark on line " << m.line << " the trace has not";
                    EXPECT_NE(m.line, line[m.task]) << sr.where << " event " << seq;
                }
            marks.erase(std::remove_if(marks.begin(), marks.end(),
                                       [](const CodeMark& m) { return m.caller; }),
                        marks.end());
            if (r.task && live[r.task] && line[r.task]) {
                const bool marked = std::any_of(marks.begin(), marks.end(), [&](const CodeMark& m) {
                    return m.task == r.task && m.line == line[r.task];
                });
                if (!marked) {
                    ++failures;
                    ADD_FAILURE() << sr.where << " event " << seq << " ("
                                  << Format::event(trace, seq).toStdString() << "): task " << r.task
                                  << " is not marked on line " << line[r.task];
                }
                // The transport's event line names the same line.
                if (r.line) {
                    EXPECT_TRUE(
                        Format::event(trace, seq).endsWith(QStringLiteral("(line %1)").arg(r.line)))
                        << sr.where << " event " << seq;
                }
            }
            if (seq % every != 0) continue;
            std::size_t expected = 0;
            for (std::size_t t = 1; t < taskCount; ++t)
                if (live[t] && line[t]) ++expected;
            if (marks.size() != expected) {
                ++failures;
                ADD_FAILURE() << sr.where << " event " << seq << ": " << marks.size()
                              << " marks for " << expected << " live tasks";
            }
            for (const CodeMark& m : marks)
                if (!live[m.task] || m.line != line[m.task]) {
                    ++failures;
                    ADD_FAILURE() << sr.where << " event " << seq << ": task " << m.task
                                  << " marked on line " << m.line << ", the trace says "
                                  << line[m.task];
                }
        }
    }
}

TEST_F(TraceTruth, EveryNarrationStepPausesOnTheEventItDescribes) {
    int lineSteps = 0;
    for (const ScriptRun& sr : everyRun()) {
        const Trace& trace = sr.run->trace;
        for (const NarrationCue& cue : scheduleNarration(*sr.lesson, sr.script, trace)) {
            if (!cue.at) continue;
            const NarrationTrigger& t =
                sr.lesson->narration[static_cast<std::size_t>(cue.step)].trigger;
            const std::string what =
                sr.where + " step " +
                sr.lesson->narration[static_cast<std::size_t>(cue.step)].id.toStdString();
            if (t.kind == NarrationTrigger::Kind::Start) {
                EXPECT_EQ(cue.at->seq, 0u) << what;
                continue;
            }
            ASSERT_GT(cue.at->seq, 0u) << what;
            const std::uint64_t seq = cue.at->seq - 1;
            const EventRecord& e = trace.record(seq);
            if (t.kind == NarrationTrigger::Kind::TaskDone) {
                EXPECT_TRUE(ends(e.kind)) << what;
                EXPECT_EQ(e.task, findTask(trace, t.task)) << what;
            } else if (t.kind == NarrationTrigger::Kind::Line) {
                ++lineSteps;
                const auto line = static_cast<std::uint32_t>(t.line);
                EXPECT_EQ(e.line, line) << what;
                // The picture at the pause already shows what happens on the
                // line: when the task, having reached it, changes state there
                // (blocks, awaits, computes) before it moves on, the pause
                // is just after that change, not one event before it.
                std::uint64_t first = 0;
                while (first < trace.size() &&
                       (trace.record(first).line != line ||
                        trace.record(first).kind == EventKind::WorkerStart ||
                        trace.record(first).kind == EventKind::WorkerExit))
                    ++first;
                ASSERT_LT(first, trace.size()) << what;
                const TaskId task = trace.record(first).task;
                std::uint64_t described = first;
                if (task && !changesState(trace.record(first).kind))
                    for (std::uint64_t s = first + 1; s < trace.size(); ++s) {
                        const EventRecord& later = trace.record(s);
                        if (later.task != task) continue;
                        if (later.line != line) break;
                        if (changesState(later.kind)) {
                            described = s;
                            break;
                        }
                    }
                EXPECT_EQ(seq, described)
                    << what << ": pauses after event " << seq << " ("
                    << Format::event(trace, seq).toStdString() << "), the step is about event "
                    << described << " (" << Format::event(trace, described).toStdString() << ")";
                // And the code mark is on the line the step is about.
                if (e.task && !ends(e.kind)) {
                    const auto marks = liveTaskLines(trace, *cue.at);
                    EXPECT_TRUE(std::any_of(marks.begin(), marks.end(), [&](const CodeMark& m) {
                        return m.task == e.task && m.line == line;
                    })) << what;
                }
            }
        }
    }
    EXPECT_GT(lineSteps, 10);
}

TEST_F(TraceTruth, TheWaiterStandsAtTheKitchenWhenTheNarrationSaysSo) {
    // "now stands at the kitchen, under the hourglass": blocked, not still writing.
    const ScriptRun& sync = runOf("waiter/sync_waiter.py");
    ASSERT_TRUE(sync.run);
    const Trace& trace = sync.run->trace;
    for (const NarrationCue& cue : scheduleNarration(*sync.lesson, sync.script, trace)) {
        if (sync.lesson->narration[static_cast<std::size_t>(cue.step)].id !=
            QStringLiteral("sync-kitchen"))
            continue;
        ASSERT_TRUE(cue.at);
        const TaskId task = trace.record(cue.at->seq - 1).task;
        const Span* s = spanAt(trace.taskSpans(task), cue.at->seq);
        ASSERT_TRUE(s);
        EXPECT_EQ(lookOf(*s), Look::Blocked);
    }
    // "puts its ticket on the rail and gives the loop back": awaiting the kitchen.
    const ScriptRun& async = runOf("waiter/async_waiter.py");
    ASSERT_TRUE(async.run);
    const Trace& at = async.run->trace;
    for (const NarrationCue& cue : scheduleNarration(*async.lesson, async.script, at)) {
        if (async.lesson->narration[static_cast<std::size_t>(cue.step)].id !=
            QStringLiteral("async-rail"))
            continue;
        ASSERT_TRUE(cue.at);
        const TaskId task = at.record(cue.at->seq - 1).task;
        const Span* s = spanAt(at.taskSpans(task), cue.at->seq);
        ASSERT_TRUE(s);
        EXPECT_EQ(lookOf(*s), Look::WaitingIo);
    }
}

TEST_F(TraceTruth, ACancelledErrorIsNotedAtTheAwaitWhereItLandsAndUpTheAwaitChain) {
    const ScriptRun& sr = runOf("cancellation/cancel.py");
    ASSERT_TRUE(sr.run);
    const Trace& trace = sr.run->trace;
    std::vector<std::string> where;
    for (const TraceNote& n : sr.run->notes) {
        if (n.kind != NoteKind::CancelledError) continue;
        where.push_back(trace.taskName(n.task) + ":" + std::to_string(n.line));
        EXPECT_TRUE(sourceLine(sr, n.line).contains(QStringLiteral("await")))
            << sourceLine(sr, n.line).toStdString();
    }
    // fetch at `await sim.io(...)`, then main at `await task`.
    EXPECT_EQ(where, (std::vector<std::string>{"fetch:12", "Task-1:27"}));
    // And an arrow carries the cancellation from fetch to main.
    const TaskId fetch = findTask(trace, QStringLiteral("fetch"));
    EXPECT_TRUE(std::any_of(sr.run->arrows.begin(), sr.run->arrows.end(), [&](const Arrow& a) {
        return a.kind == ArrowKind::Cancel && a.from == fetch && a.to != fetch;
    }));
}

TEST_F(TraceTruth, AsyncioWarningsAreNotedOnATaskAtTheirLine) {
    int warnings = 0;
    for (const ScriptRun& sr : everyRun()) {
        std::uint64_t diagnostics = 0;
        for (std::uint64_t seq = 0; seq < sr.run->trace.size(); ++seq)
            if (sr.run->trace.record(seq).kind == EventKind::Diagnostic) ++diagnostics;
        std::uint64_t noted = 0;
        for (const TraceNote& n : sr.run->notes) {
            if (n.kind != NoteKind::Warning) continue;
            ++noted;
            ++warnings;
            EXPECT_NE(n.line, 0u) << sr.where << ": " << std::string(sr.run->trace.text(n.text));
        }
        EXPECT_EQ(noted, diagnostics) << sr.where;
    }
    EXPECT_GT(warnings, 0); // the fire-and-forget lesson shows some
}

TEST_F(TraceTruth, TheGutterSignsAWarningAndACancelledErrorAtTheirLines) {
    CodeEditor editor;
    editor.setPlainText(QStringLiteral("a\nb\nc\nd\n"));
    editor.setNotes({TraceNote{1, 1, 2, NoteKind::Warning, 0},
                     TraceNote{2, 1, 4, NoteKind::CancelledError, 0}});
    editor.resize(500, 200);
    editor.show();
    QApplication::processEvents();
    const QImage img = editor.grab().toImage();
    keep(img, QStringLiteral("gutter-notes"));
    const Theme& theme = Theme::light();
    const QPoint origin = editor.contentsRect().topLeft();
    EXPECT_GT(countColor(img, editor.noteRect(2).translated(origin), theme.ready, 20), 6);
    EXPECT_GT(countColor(img, editor.noteRect(4).translated(origin), theme.cancelArrow, 40), 4);
    EXPECT_EQ(countColor(img, editor.noteRect(3).translated(origin), theme.ready, 20), 0);
}

namespace {
// CIE76 distance between two colours, in L*a*b*.
double deltaE(const QColor& a, const QColor& b) {
    auto lab = [](const QColor& c) {
        auto lin = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        const double r = lin(c.redF()), g = lin(c.greenF()), bl = lin(c.blueF());
        const double x = (0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047;
        const double y = 0.2126 * r + 0.7152 * g + 0.0722 * bl;
        const double z = (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883;
        auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
        return std::array<double, 3>{116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    };
    const auto p = lab(a), q = lab(b);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
} // namespace

TEST_F(TraceTruth, TwelveTasksHaveTwelveDistinctColours) {
    for (const Theme* theme : {&Theme::light(), &Theme::dark(), &Theme::contrast()})
        for (TaskId a = 1; a <= 12; ++a)
            for (TaskId b = a + 1; b <= 12; ++b)
                EXPECT_GT(deltaE(theme->taskColor(a), theme->taskColor(b)), 12.0)
                    << "tasks " << a << " and " << b;
}

TEST_F(TraceTruth, AfterAJumpTheNarrationIsTheStepForThePlayhead) {
    // The sync waiter: step 2 tells of table 1 at the kitchen; at 0.5 s table
    // 3 is there, and a step about table 1 would contradict the picture.
    const ScriptRun& sr = runOf("waiter/sync_waiter.py");
    ASSERT_TRUE(sr.run);
    const auto cues = scheduleNarration(*sr.lesson, sr.script, sr.run->trace);
    int kitchen = -1;
    for (const NarrationCue& c : cues)
        if (sr.lesson->narration[static_cast<std::size_t>(c.step)].id ==
            QStringLiteral("sync-kitchen"))
            kitchen = c.step;
    ASSERT_GE(kitchen, 0);
    PlaybackController pc;
    pc.setRun(sr.run, cues);
    int shown = -2;
    QObject::connect(&pc, &PlaybackController::narrationChanged,
                     [&](int step, bool) { shown = step; });
    pc.seek(milliseconds(100)); // table 1's plate still cooking: its step holds
    EXPECT_EQ(shown, kitchen);
    pc.seek(milliseconds(500));
    EXPECT_NE(shown, kitchen);
    EXPECT_EQ(shown, -1); // no step tells of this moment: the lesson's summary
}

TEST_F(TraceTruth, ATimeoutDrawsItsDeadlineAndMarksTheTimeoutErrorWhereItIsRaised) {
    const ScriptRun& sr = runOf("cancellation/timeouts.py");
    ASSERT_TRUE(sr.run);
    const Trace& trace = sr.run->trace;
    std::vector<std::string> seen;
    for (const TraceNote& n : sr.run->notes) {
        std::string kind;
        switch (n.kind) {
        case NoteKind::Deadline:
            kind = "deadline";
            // TIMEOUT = 0.3 s after it was armed.
            EXPECT_EQ(n.deadline, trace.timeOf(n.seq) + milliseconds(300));
            break;
        case NoteKind::TimeoutError: kind = "TimeoutError"; break;
        case NoteKind::CancelledError: kind = "CancelledError"; break;
        case NoteKind::Warning: kind = "warning"; break;
        }
        seen.push_back(kind + ":" + trace.taskName(n.task) + ":" + std::to_string(n.line));
    }
    // Three deadlines armed by main; the slow fetches see CancelledError at
    // their await; main sees TimeoutError at wait_for and at the `async with`.
    EXPECT_EQ(seen, (std::vector<std::string>{"deadline:Task-1:27", "deadline:Task-1:29",
                                              "CancelledError:Task-3:19", "TimeoutError:Task-1:29",
                                              "deadline:Task-1:33", "CancelledError:Task-1:19",
                                              "TimeoutError:Task-1:33"}));
}

TEST_F(TraceTruth, TheEventLogAlwaysHasRoomForMoreThanTwoEvents) {
    // However small its dock, a log of one or two rows tells nothing of
    // what led to the playhead.
    EventLogView log;
    log.resize(600, 40);
    log.show();
    QApplication::processEvents();
    const QTableView* table = log.table();
    const int rows = table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
    EXPECT_GE(rows, 3);
}

TEST_F(TraceTruth, LanesAndAwaitLabelsNameTheCoroutineATaskRuns) {
    const ScriptRun& sr = runOf("cancellation/cancel.py");
    ASSERT_TRUE(sr.run);
    const Trace& trace = sr.run->trace;
    const TaskId fetch = findTask(trace, QStringLiteral("fetch"));
    EXPECT_EQ(Format::taskTitle(trace, fetch), QStringLiteral("fetch")); // name and coroutine agree
    const ScriptRun& gather = runOf("gather/gather.py");
    ASSERT_TRUE(gather.run);
    QStringList titles;
    for (TaskId t = 1; t < gather.run->trace.tasks().size(); ++t)
        titles << Format::taskTitle(gather.run->trace, t);
    // As the code calls it, with what it was called with.
    EXPECT_TRUE(titles.contains(QStringLiteral("get_repo_info('asyncio') · Task-2")))
        << titles.join(QStringLiteral(" | ")).toStdString();
    const ScriptRun& waiter = runOf("waiter/async_waiter.py");
    ASSERT_TRUE(waiter.run);
    const TaskId third = findTask(waiter.run->trace, QStringLiteral("Task-4"));
    EXPECT_EQ(Format::taskTitle(waiter.run->trace, third), QStringLiteral("table(3) · Task-4"));
    EXPECT_EQ(Format::taskReference(waiter.run->trace, third), QStringLiteral("Task-4 (table(3))"));
    // main() awaits the gather, which names what it gathers.
    const Span gathering = waiter.run->trace.taskStateAt(2, seconds(0.1));
    EXPECT_EQ(gathering.reason, WaitReason::Gather);
    EXPECT_TRUE(Format::spanState(waiter.run->trace, gathering)
                    .endsWith(QStringLiteral(": Task-2, Task-3, Task-4, … (4)")))
        << Format::spanState(waiter.run->trace, gathering).toStdString();
    EXPECT_EQ(spanLabel(waiter.run->trace, gathering),
              QStringLiteral("await gather(Task-2, Task-3, Task-4, … (4))"));
    // The main thread inside asyncio.run awaits the main task, and says which.
    const Span parked = waiter.run->trace.taskStateAt(1, seconds(0.1));
    EXPECT_EQ(parked.state, TaskState::Waiting);
    EXPECT_EQ(spanLabel(waiter.run->trace, parked), QStringLiteral("await Task-1 (main)"));
    EXPECT_TRUE(
        Format::spanState(waiter.run->trace, parked).endsWith(QStringLiteral(": Task-1 (main)")))
        << Format::spanState(waiter.run->trace, parked).toStdString();
    // A thread waiting on a pool's future says for which work, as called.
    const ScriptRun& threads = runOf("waiter/thread_waiters.py");
    ASSERT_TRUE(threads.run);
    const Span mapping = threads.run->trace.taskStateAt(1, seconds(0.05));
    EXPECT_EQ(spanLabel(threads.run->trace, mapping), QStringLiteral("waits for table(1)"));
    // A pool's thread whose work is done is idle, not waiting on anybody.
    const TaskId firstThread =
        findTask(threads.run->trace, QStringLiteral("ThreadPoolExecutor-0_0"));
    const Span idle = threads.run->trace.taskStateAt(firstThread, seconds(0.27));
    EXPECT_EQ(idle.reason, WaitReason::Executor);
    EXPECT_EQ(spanLabel(threads.run->trace, idle), QStringLiteral("idle"));
    // The main thread joining the first of the c10k threads names it.
    const ScriptRun& c10k = runOf("c10k/threads.py");
    ASSERT_TRUE(c10k.run);
    const Span joining = c10k.run->trace.taskStateAt(1, seconds(0.1));
    EXPECT_EQ(joining.reason, WaitReason::Join);
    EXPECT_EQ(spanLabel(c10k.run->trace, joining), QStringLiteral("waits for Thread-1 (handler)"))
        << spanLabel(c10k.run->trace, joining).toStdString();
}

TEST_F(TraceTruth, TheWholeAwaitChainOfATaskIsMarked) {
    // main() awaits fetch(), a coroutine of its own, which sleeps: while it
    // sleeps, main is on fetch's sleep and, further out, on `page = await coro`.
    const ScriptRun& sr = runOf("event-loop/coroutine.py");
    ASSERT_TRUE(sr.run);
    const Trace& trace = sr.run->trace;
    const TaskId main = findTask(trace, QStringLiteral("Task-1"));
    const Playhead p = playheadAtTime(trace, seconds(0.05));
    const std::vector<CodeMark> marks = liveTaskLines(trace, p);
    std::vector<std::pair<QString, bool>> mainMarks;
    for (const CodeMark& m : marks)
        if (m.task == main) mainMarks.emplace_back(sourceLine(sr, m.line).trimmed(), m.caller);
    ASSERT_EQ(mainMarks.size(), 2u);
    // Sorted by line: fetch's sleep comes first in the file, innermost.
    EXPECT_EQ(mainMarks[0], std::make_pair(QStringLiteral("await asyncio.sleep(0.1)"), false));
    EXPECT_EQ(mainMarks[1], std::make_pair(QStringLiteral("page = await coro"), true));
    // Once fetch returned, main is on its own line again, with no chain.
    const Playhead after = playheadAtTime(trace, seconds(0.1));
    for (const CodeMark& m : liveTaskLines(trace, after))
        if (m.task == main) {
            EXPECT_FALSE(m.caller) << sourceLine(sr, m.line).toStdString();
        }
}

TEST_F(TraceTruth, AWaitOnALockASemaphoreOrAQueueNamesItAsTheCodeDoes) {
    struct Expected {
        const char* script;
        WaitReason reason;
        const char* label;
    };
    const Expected cases[] = {
        {"gather/semaphore.py", WaitReason::Lock, "await the semaphore `limit`"},
        {"producer-consumer/orders_queue.py", WaitReason::Queue, "await the queue `queue`"},
    };
    for (const Expected& c : cases) {
        const ScriptRun& sr = runOf(c.script);
        ASSERT_TRUE(sr.run) << c.script;
        const Trace& trace = sr.run->trace;
        int found = 0;
        for (TaskId t = 1; t < trace.tasks().size(); ++t)
            for (const Span& span : trace.taskSpans(t)) {
                if (span.state != TaskState::Waiting || span.reason != c.reason) continue;
                ++found;
                EXPECT_EQ(spanLabel(trace, span), QString::fromUtf8(c.label)) << c.script;
                const QString state = Format::spanState(trace, span);
                EXPECT_TRUE(state.endsWith(QString::fromUtf8(c.label).mid(6)))
                    << c.script << ": " << state.toStdString();
                // Named once, not also as "a lock" or "a queue".
                EXPECT_FALSE(state.contains(Format::reason(c.reason))) << state.toStdString();
                const QString event = Format::event(trace, span.beginSeq);
                EXPECT_FALSE(event.contains(Format::reason(c.reason))) << event.toStdString();
                EXPECT_TRUE(event.contains(QString::fromUtf8(c.label).mid(6)))
                    << event.toStdString();
            }
        EXPECT_GT(found, 0) << c.script << " never waits on its primitive";
    }
}
