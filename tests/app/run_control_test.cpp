// SPDX-License-Identifier: MIT
// The learner is in charge of what runs: nothing runs at start-up until
// asked, Stop ends any run at once, Reset and closing the window stop the
// run first, and a long run shows that it is going. The runaway scripts
// here have every budget but real time raised out of reach and real time
// at ten minutes, so only a stop can end them within the tests' waits.
#include "fresh_state.h"
#include "model/edit_store.h"
#include "render_support.h"
#include "ui/panels/code_panel.h"
#include "ui/panels/run_progress.h"
#include "ui/style/language.h"
#include "ui/windows/main_window.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

using namespace coroscope;

namespace {

QString fixture(const char* path) {
    return QDir(QStringLiteral(COROSCOPE_FIXTURES)).filePath(QString::fromLatin1(path));
}

using Fresh = test::FreshState;

// Budgets no test run reaches: the stop is the only way out.
void liftBudgets() {
    QSettings s;
    s.setValue(QStringLiteral("budgets/statements"), 1e12);
    s.setValue(QStringLiteral("budgets/step-statements"), 1e12);
    s.setValue(QStringLiteral("budgets/steps"), 1e12);
    s.setValue(QStringLiteral("budgets/wall-seconds"), 600);
}

QAction* actionNamed(MainWindow& w, const char* name) {
    for (QAction* a : w.actions())
        if (a->objectName() == QLatin1String(name)) return a;
    return nullptr;
}

const QString kRunaway = QStringLiteral("TABLES = 2\nKITCHEN = 0.5\nwhile True:\n    pass\n");

struct Window {
    Fresh fresh;
    Language language;
    std::unique_ptr<MainWindow> window;
    Window() {
        language.set(QStringLiteral("en"));
        window = std::make_unique<MainWindow>(&language);
        window->resize(1400, 900);
        window->show();
    }
};

QString codeMessage(MainWindow& w) {
    for (QLabel* l : w.findChildren<CodePanel*>().front()->findChildren<QLabel*>())
        if (l->isVisible() && !l->text().isEmpty()) return l->text();
    return {};
}

} // namespace

TEST(RunControl, NothingRunsAtStartUpUntilTheLearnerAsks) {
    Window w;
    // An edit that would never end, saved by an earlier session.
    QSettings().setValue(QStringLiteral("lastLesson"), QStringLiteral("alpha"));
    ASSERT_TRUE(EditStore().save(QStringLiteral("alpha"), QStringLiteral("serve.py"), kRunaway));
    int started = 0;
    QObject::connect(w.window->session(), &LessonSession::runStarted, [&] { ++started; });
    w.window->loadLessons({fixture("good")});
    ASSERT_NE(w.window->lesson(), nullptr);
    EXPECT_EQ(w.window->lesson()->id, QStringLiteral("alpha"));
    QTest::qWait(50);
    EXPECT_EQ(started, 0);
    EXPECT_EQ(w.window->runsInFlight(), 0);
    EXPECT_EQ(w.window->currentRun(), nullptr);
    EXPECT_TRUE(codeMessage(*w.window).contains(QStringLiteral("Press Run")))
        << codeMessage(*w.window).toStdString();
    test::keep(w.window->grab().toImage(), QStringLiteral("start-up-not-run"));
    // Said again in the language chosen, and for every script not run yet.
    w.language.set(QStringLiteral("pt_BR"));
    QCoreApplication::sendPostedEvents(); // the language change arrives as an event
    EXPECT_TRUE(codeMessage(*w.window).contains(QStringLiteral("Pressione Executar")))
        << codeMessage(*w.window).toStdString();
    w.language.set(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents();
    w.window->openScript(1);
    EXPECT_TRUE(codeMessage(*w.window).contains(QStringLiteral("Press Run")));
    EXPECT_EQ(started, 0);
    // Asked, it runs.
    actionNamed(*w.window, "run")->trigger();
    EXPECT_GE(started, 1); // the script, and the others the lesson compares it with
    actionNamed(*w.window, "stop")->trigger();
    EXPECT_TRUE(QTest::qWaitFor([&] { return w.window->runsInFlight() == 0; }, 20000));
}

TEST(RunControl, StopEndsARunawayAtOnceAndShowsWhatItDid) {
    Window w;
    liftBudgets();
    w.window->loadLessons({fixture("good")});
    w.window->openLesson(QStringLiteral("alpha"));
    QAction* stop = actionNamed(*w.window, "stop");
    ASSERT_NE(stop, nullptr);
    EXPECT_TRUE(QTest::qWaitFor([&] { return w.window->runsInFlight() == 0; }, 20000));
    EXPECT_FALSE(stop->isEnabled());
    w.window->session()->setSource(0, kRunaway);
    actionNamed(*w.window, "run")->trigger();
    EXPECT_GE(w.window->runsInFlight(), 1);
    EXPECT_TRUE(stop->isEnabled());
    // A run longer than a moment says so.
    auto* progress = w.window->findChild<RunProgress*>();
    ASSERT_NE(progress, nullptr);
    EXPECT_TRUE(QTest::qWaitFor([&] { return progress->isVisible(); }, 5000));
    QTest::qWait(300);
    test::keep(w.window->grab().toImage(), QStringLiteral("runaway-with-stop"));
    stop->trigger();
    EXPECT_TRUE(QTest::qWaitFor([&] { return w.window->runsInFlight() == 0; }, 20000));
    EXPECT_FALSE(stop->isEnabled());
    EXPECT_FALSE(progress->isVisible());
    ASSERT_NE(w.window->currentRun(), nullptr);
    EXPECT_NE(w.window->currentRun()->err.find("the run was stopped before it ended"),
              std::string::npos)
        << w.window->currentRun()->err;
    EXPECT_TRUE(codeMessage(*w.window).contains(QStringLiteral("stopped")));
}

TEST(RunControl, ResetStopsTheEditsRunFirst) {
    Window w;
    liftBudgets();
    w.window->loadLessons({fixture("good")});
    w.window->openLesson(QStringLiteral("alpha"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return w.window->runsInFlight() == 0; }, 20000));
    w.window->session()->setSource(0, kRunaway);
    actionNamed(*w.window, "run")->trigger();
    ASSERT_GE(w.window->runsInFlight(), 1);
    actionNamed(*w.window, "resetScript")->trigger();
    EXPECT_FALSE(w.window->session()->isEdited(0));
    // The runaway ended and the shipped script's run is the one shown.
    EXPECT_TRUE(QTest::qWaitFor([&] { return w.window->runsInFlight() == 0; }, 20000));
    ASSERT_NE(w.window->currentRun(), nullptr);
    EXPECT_EQ(w.window->currentRun()->err.find("stopped"), std::string::npos);
}

TEST(RunControl, ClosingTheWindowEndsItsRuns) {
    Window w;
    liftBudgets();
    w.window->loadLessons({fixture("good")});
    w.window->session()->setSource(0, kRunaway);
    actionNamed(*w.window, "run")->trigger();
    ASSERT_GE(w.window->runsInFlight(), 1);
    w.window->close();
    EXPECT_TRUE(QTest::qWaitFor([&] { return w.window->runsInFlight() == 0; }, 20000));
}
