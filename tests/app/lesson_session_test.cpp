// SPDX-License-Identifier: MIT
// The lesson session without any widget: a runner the test controls stands
// in for the worker thread, so a run lands exactly when the test says.
#include "model/lesson_session.h"

#include "core/trace.h"
#include "fresh_state.h"
#include "model/edit_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <gtest/gtest.h>

#include <memory>
#include <utility>
#include <vector>

using namespace coroscope;

namespace {

using Fresh = test::FreshState;

// Two scripts, a parameter both assign, and a question before the second.
Lesson lesson(const QString& id = QStringLiteral("alpha")) {
    Lesson l;
    l.id = id;
    l.scripts = {{QStringLiteral("one.py"), {}, QStringLiteral("CLIENTS = 3\nprint(1)\n")},
                 {QStringLiteral("two.py"), {}, QStringLiteral("CLIENTS = 3\nprint(2)\n")}};
    LessonParameter clients;
    clients.name = QStringLiteral("CLIENTS");
    clients.type = LessonParameter::Type::Int;
    clients.defaultValue = 3;
    clients.minimum = 1;
    clients.maximum = 10;
    l.parameters = {clients};
    Question q;
    q.id = QStringLiteral("faster");
    q.before = QStringLiteral("two.py");
    q.choices = {{QStringLiteral("a"), 1, {}, {}}, {QStringLiteral("b"), 2, {}, {}}};
    l.questions = {q};
    return l;
}

// A run whose output names the job it came from.
std::shared_ptr<const RunModel> runOf(const ScriptJob& job) {
    return makeRunModel(Trace{}, job.source.toStdString());
}

// Holds every job until the test delivers it, as a worker thread would.
struct HeldRunner {
    struct Held {
        ScriptJob job;
        LessonSession::RunDone done;
    };
    std::shared_ptr<std::vector<Held>> held = std::make_shared<std::vector<Held>>();

    LessonSession::Runner runner() const {
        return [held = held](ScriptJob job, LessonSession::RunDone done) {
            held->push_back({std::move(job), std::move(done)});
        };
    }
    void deliver(std::size_t i) const { (*held)[i].done(runOf((*held)[i].job)); }
};

// Runs every job at once.
LessonSession::Runner synchronous() {
    return [](const ScriptJob& job, const LessonSession::RunDone& done) { done(runOf(job)); };
}

// A checker that finds a problem in any script that says "broken".
ScriptChecker brokenChecker() {
    return [](const QString&, const QString& source) -> std::optional<ScriptIssue> {
        if (!source.contains(QStringLiteral("broken"))) return std::nullopt;
        return ScriptIssue{1, 1, 1, 7, QStringLiteral("broken")};
    };
}

} // namespace

TEST(LessonSession, RecordsTheAnswerToTheCurrentScriptsQuestionOnce) {
    Fresh fresh;
    const Lesson l = lesson();
    LessonSession session(synchronous(), brokenChecker());
    session.open(&l);
    std::vector<std::pair<QString, int>> recorded;
    QObject::connect(&session, &LessonSession::answerRecorded,
                     [&](const QString& id, int choice) { recorded.emplace_back(id, choice); });
    // The first script has no question: nothing to put, nothing to record.
    EXPECT_EQ(session.takeQuestion(), nullptr);
    session.recordAnswer(0);
    EXPECT_TRUE(recorded.empty());

    session.setScript(1);
    const Question* q = session.takeQuestion();
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->id, QStringLiteral("faster"));
    EXPECT_TRUE(session.asked(QStringLiteral("faster")));
    EXPECT_EQ(session.takeQuestion(), nullptr); // put once per session
    EXPECT_EQ(session.answer(QStringLiteral("faster")), -1);
    session.recordAnswer(1);
    ASSERT_EQ(recorded.size(), 1U);
    EXPECT_EQ(recorded[0], std::make_pair(QStringLiteral("faster"), 1));
    EXPECT_EQ(session.answer(QStringLiteral("faster")), 1);

    // Asking again forgets both, so the question is put again.
    EXPECT_TRUE(session.forgetQuestion());
    EXPECT_EQ(session.answer(QStringLiteral("faster")), -1);
    EXPECT_NE(session.takeQuestion(), nullptr);
}

TEST(LessonSession, ARunFromAnEarlierOpeningOrAnEarlierRunIsDropped) {
    Fresh fresh;
    const Lesson l = lesson();
    HeldRunner runner;
    LessonSession session(runner.runner(), brokenChecker());
    std::vector<int> ready;
    QObject::connect(
        &session, &LessonSession::runReady,
        [&](int script, const std::shared_ptr<const RunModel>&) { ready.push_back(script); });
    session.open(&l);
    session.runAll(); // held 0, 1
    session.open(&l); // the same lesson opened again
    session.runAll(); // held 2, 3
    ASSERT_EQ(runner.held->size(), 4U);
    EXPECT_EQ(session.runsInFlight(), 4);

    runner.deliver(0);
    runner.deliver(1);
    EXPECT_TRUE(ready.empty());
    EXPECT_EQ(session.run(0), nullptr);
    EXPECT_EQ(session.run(1), nullptr);
    EXPECT_EQ(session.runsInFlight(), 2);

    // Run the first script again: the run it waited for is no longer awaited.
    session.runScript(0); // held 4
    runner.deliver(2);
    EXPECT_TRUE(ready.empty());
    runner.deliver(3);
    runner.deliver(4);
    EXPECT_EQ(ready, (std::vector<int>{1, 0}));
    EXPECT_EQ(session.runsInFlight(), 0);
    ASSERT_NE(session.run(0), nullptr);
    ASSERT_NE(session.run(1), nullptr);
    EXPECT_EQ(session.run(1)->out, l.scripts[1].source.toStdString());

    // Nor does a run of another lesson land on this one.
    const Lesson other = lesson(QStringLiteral("beta"));
    session.runScript(1); // held 5
    session.open(&other);
    runner.deliver(5);
    EXPECT_EQ(ready.size(), 2U);
    EXPECT_EQ(session.run(1), nullptr);
}

TEST(LessonSession, ARunThatOutlivesItsSessionIsIgnored) {
    Fresh fresh;
    const Lesson l = lesson();
    HeldRunner runner;
    {
        LessonSession session(runner.runner(), brokenChecker());
        session.open(&l);
        session.runScript(0);
    }
    ASSERT_EQ(runner.held->size(), 1U);
    runner.deliver(0); // must not touch the session that is gone
}

TEST(LessonSession, KeepsTheLearnersEditsUntilReset) {
    Fresh fresh;
    const Lesson l = lesson();
    HeldRunner runner;
    const QString edit = QStringLiteral("CLIENTS = 3\nprint('mine')\n");
    std::vector<std::pair<int, bool>> changes;
    {
        LessonSession session(runner.runner(), brokenChecker());
        QObject::connect(&session, &LessonSession::editChanged,
                         [&](int script, bool edited) { changes.emplace_back(script, edited); });
        session.open(&l);
        EXPECT_FALSE(session.isEdited(1));
        session.setSource(1, edit);
        EXPECT_TRUE(session.isEdited(1));
        EXPECT_FALSE(session.isEdited(0));
        EXPECT_EQ(session.source(1), edit);
        // The edit is what runs.
        session.runScript(1);
        ASSERT_EQ(runner.held->size(), 1U);
        EXPECT_EQ(runner.held->front().job.source, edit);
    }
    ASSERT_EQ(changes.size(), 1U);
    EXPECT_EQ(changes[0], std::make_pair(1, true));

    // Kept for the next session too, until reset.
    LessonSession again(runner.runner(), brokenChecker());
    again.open(&l);
    EXPECT_EQ(again.source(1), edit);
    QObject::connect(&again, &LessonSession::editChanged,
                     [&](int script, bool edited) { changes.emplace_back(script, edited); });
    again.resetSource(1);
    EXPECT_EQ(again.source(1), l.scripts[1].source);
    EXPECT_FALSE(again.isEdited(1));
    ASSERT_EQ(changes.size(), 2U);
    EXPECT_EQ(changes[1], std::make_pair(1, false));

    // Typing the shipped text back is no edit either.
    again.setSource(0, edit);
    again.setSource(0, l.scripts[0].source);
    EXPECT_FALSE(again.isEdited(0));
    EXPECT_FALSE(QSettings().contains(QStringLiteral("edits/alpha/one.py")));
    EXPECT_FALSE(
        QFile::exists(EditStore().pathOf(QStringLiteral("alpha"), QStringLiteral("one.py"))));
}

TEST(LessonSession, AnEditIsAFileTheMomentItIsTypedSoAKillLosesNothing) {
    Fresh fresh;
    const Lesson l = lesson();
    HeldRunner runner;
    const QString edit = QStringLiteral("CLIENTS = 3\nprint('kept')\n");
    LessonSession session(runner.runner(), brokenChecker());
    session.open(&l);
    session.setSource(0, edit);
    // No session closes here: the file is already what was typed.
    QFile f(EditStore().pathOf(l.id, l.scripts[0].file));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(f.readAll()), edit);
    // The write went through a temporary file renamed over it: none is left.
    const QStringList left = QDir(QFileInfo(f.fileName()).absolutePath()).entryList(QDir::Files);
    EXPECT_EQ(left, QStringList{l.scripts[0].file});
}

TEST(LessonSession, AnEditKeptInTheSettingsByAnEarlierVersionMovesToItsFile) {
    Fresh fresh;
    const Lesson l = lesson();
    const QString edit = QStringLiteral("CLIENTS = 3\nprint('old')\n");
    QSettings().setValue(QStringLiteral("edits/alpha/two.py"), edit);
    HeldRunner runner;
    LessonSession session(runner.runner(), brokenChecker());
    session.open(&l);
    EXPECT_EQ(session.source(1), edit);
    EXPECT_FALSE(QSettings().contains(QStringLiteral("edits/alpha/two.py")));
    EXPECT_TRUE(QFile::exists(EditStore().pathOf(l.id, l.scripts[1].file)));
}

TEST(LessonSession, AnUnreadableEditIsSetAsideWithAMessageAndTheShippedScriptShown) {
    Fresh fresh;
    const Lesson l = lesson();
    const QString path = EditStore().pathOf(l.id, l.scripts[0].file);
    ASSERT_TRUE(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("print('\xff\xfe')\n"); // not UTF-8
    }
    HeldRunner runner;
    LessonSession session(runner.runner(), brokenChecker());
    QStringList problems;
    QObject::connect(&session, &LessonSession::editProblem,
                     [&](const QString& m) { problems << m; });
    session.open(&l);
    EXPECT_EQ(session.source(0), l.scripts[0].source);
    EXPECT_FALSE(session.isEdited(0));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains(QStringLiteral("not UTF-8"))) << problems[0].toStdString();
    EXPECT_TRUE(QFile::exists(path + QStringLiteral(".unreadable")));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(LessonSession, StopReachesTheRunsGoingAndARunAgainStopsTheOneBefore) {
    Fresh fresh;
    const Lesson l = lesson();
    HeldRunner runner;
    LessonSession session(runner.runner(), brokenChecker());
    session.open(&l);
    session.runScript(0);
    session.runScript(1);
    ASSERT_EQ(runner.held->size(), 2U);
    const auto first = (*runner.held)[0].job.stop;
    const auto second = (*runner.held)[1].job.stop;
    ASSERT_TRUE(first && second);
    EXPECT_FALSE(first->load());
    // Running script 0 again: nobody waits for its first run any more.
    session.runScript(0);
    EXPECT_TRUE(first->load());
    EXPECT_FALSE(second->load());
    session.stopRun(1);
    EXPECT_TRUE(second->load());
    const auto third = (*runner.held)[2].job.stop;
    EXPECT_FALSE(third->load());
    session.stopRuns();
    EXPECT_TRUE(third->load());
    // Opening another lesson stops what is still going of this one.
    session.runScript(1);
    const auto fourth = (*runner.held)[3].job.stop;
    const Lesson other = lesson(QStringLiteral("beta"));
    session.open(&other);
    EXPECT_TRUE(fourth->load());
}

TEST(LessonSession, ASessionThatEndsStopsItsRuns) {
    Fresh fresh;
    const Lesson l = lesson();
    HeldRunner runner;
    {
        LessonSession session(runner.runner(), brokenChecker());
        session.open(&l);
        session.runScript(0);
    }
    ASSERT_EQ(runner.held->size(), 1U);
    EXPECT_TRUE(runner.held->front().job.stop->load());
}

TEST(LessonSession, AScriptThatDoesNotParseIsRejectedAndNotRun) {
    Fresh fresh;
    const Lesson l = lesson();
    HeldRunner runner;
    LessonSession session(runner.runner(), brokenChecker());
    std::vector<int> rejected, started;
    QObject::connect(&session, &LessonSession::runRejected,
                     [&](int script, const ScriptIssue& issue) {
                         rejected.push_back(script);
                         EXPECT_EQ(issue.message, QStringLiteral("broken"));
                     });
    QObject::connect(&session, &LessonSession::runStarted,
                     [&](int script) { started.push_back(script); });
    session.open(&l);
    session.setSource(0, QStringLiteral("broken"));
    session.runAll();
    EXPECT_EQ(rejected, std::vector<int>{0});
    EXPECT_EQ(started, std::vector<int>{1});
    ASSERT_EQ(runner.held->size(), 1U);
    EXPECT_EQ(runner.held->front().job.fileName, QStringLiteral("two.py"));
}

TEST(LessonSession, KeepsParametersInsideTheirRangesAndRunsWithThem) {
    Fresh fresh;
    // A value saved when the range was wider.
    QSettings().setValue(QStringLiteral("parameters/alpha/CLIENTS"), 50);
    const Lesson l = lesson();
    HeldRunner runner;
    LessonSession session(runner.runner(), brokenChecker());
    session.open(&l);
    EXPECT_EQ(session.parameters().value(QStringLiteral("CLIENTS")), 10);

    std::vector<QMap<QString, double>> changes;
    QObject::connect(&session, &LessonSession::parametersChanged,
                     [&](const QMap<QString, double>& values) { changes.push_back(values); });
    session.setParameters({{QStringLiteral("CLIENTS"), -4}});
    ASSERT_EQ(changes.size(), 1U);
    EXPECT_EQ(changes[0].value(QStringLiteral("CLIENTS")), 1);
    EXPECT_EQ(QSettings().value(QStringLiteral("parameters/alpha/CLIENTS")).toDouble(), 1);
    // Every script runs again with the new value, the current one first.
    ASSERT_EQ(runner.held->size(), 2U);
    for (const HeldRunner::Held& h : *runner.held) {
        using Param = std::pair<std::string, std::string>;
        EXPECT_EQ(h.job.params, (std::vector<Param>{{"CLIENTS", "1"}}));
    }
    EXPECT_EQ((*runner.held)[0].job.fileName, QStringLiteral("one.py"));

    // A lesson opened afresh starts from the saved value.
    session.open(&l);
    EXPECT_EQ(session.parameters().value(QStringLiteral("CLIENTS")), 1);
    // Inside the range, a value is kept as given.
    session.setParameters({{QStringLiteral("CLIENTS"), 7}});
    EXPECT_EQ(session.parameters().value(QStringLiteral("CLIENTS")), 7);
}

TEST(LessonSession, MarksALessonDoneOnceAndRemembersIt) {
    Fresh fresh;
    const Lesson l = lesson();
    std::vector<QString> done;
    {
        LessonSession session(synchronous(), brokenChecker());
        QObject::connect(&session, &LessonSession::lessonDone,
                         [&](const QString& id) { done.push_back(id); });
        session.markDone(); // no lesson yet
        EXPECT_TRUE(session.done().isEmpty());
        session.open(&l);
        session.markDone();
        session.markDone();
        EXPECT_TRUE(session.done().contains(QStringLiteral("alpha")));
    }
    EXPECT_EQ(done, std::vector<QString>{QStringLiteral("alpha")});
    const LessonSession later(synchronous(), brokenChecker());
    EXPECT_EQ(later.done(), QSet<QString>{QStringLiteral("alpha")});
}
