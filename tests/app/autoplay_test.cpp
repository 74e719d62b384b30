// SPDX-License-Identifier: MIT
// The unattended presenter: it goes through every script of every lesson,
// answers the questions, and comes round to the first lesson again.
#include "ui/playback/playback_controller.h"
#include "ui/style/language.h"
#include "ui/windows/autoplay.h"
#include "ui/windows/main_window.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <utility>
#include <vector>

using namespace coroscope;

namespace {

QString fixture(const char* path) {
    return QDir(QStringLiteral(COROSCOPE_FIXTURES)).filePath(QString::fromLatin1(path));
}

// Driven by the test's own calls, not a timer; runs at the fastest speed.
AutoplayPace quick() {
    AutoplayPace pace;
    pace.tickMs = 0;
    pace.scriptSeconds = 0.01;
    pace.readTicks = 2;
    pace.endTicks = 2;
    return pace;
}

struct FixtureWindow {
    FixtureWindow() {
        QSettings().clear();
        language.set(QStringLiteral("en"));
        window.resize(1400, 900);
        window.show();
        window.loadLessons({fixture("good")});
    }
    Language language;
    MainWindow window{&language};
};

using Shown = std::pair<QString, int>; // lesson id, script

} // namespace

TEST(Autoplay, PlaysEveryScriptOfEveryLessonInOrderThenTheCatalogueAgain) {
    FixtureWindow fixtureWindow;
    MainWindow& window = fixtureWindow.window;
    const std::vector<Lesson>& lessons = window.catalog().lessons;
    ASSERT_GE(lessons.size(), 2u);
    window.openLesson(lessons.front().id);
    std::vector<Shown> expected;
    for (const Lesson& lesson : lessons)
        for (int i = 0; i < static_cast<int>(lesson.scripts.size()); ++i)
            expected.emplace_back(lesson.id, i);
    expected.push_back(expected.front());

    Autoplay autoplay(&window, {}, quick());
    std::vector<Shown> shown{{window.lesson()->id, window.script()}};
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            autoplay.tick();
            const Shown now{window.lesson()->id, window.script()};
            if (now != shown.back()) shown.push_back(now);
            return autoplay.loops() > 0 || shown.size() > expected.size();
        },
        60000));
    EXPECT_EQ(shown, expected);
    EXPECT_EQ(autoplay.scriptsPlayed(), static_cast<int>(expected.size()) - 1);
    EXPECT_EQ(autoplay.stalls(), 0);
    // Each lesson's question was put and answered on the way, as a learner would.
    for (const Lesson& lesson : lessons)
        for (const Question& q : lesson.questions)
            EXPECT_GE(window.session()->answer(q.id), 0) << q.id.toStdString();
}

TEST(Autoplay, GoesOnPastANarrationStepThatWaitsForTheSpeaker) {
    FixtureWindow fixtureWindow;
    MainWindow& window = fixtureWindow.window;
    // alpha's first script has a step on a key, which only the speaker passes.
    ASSERT_TRUE(window.openLesson(QStringLiteral("alpha")));
    Autoplay autoplay(&window, {}, quick());
    bool waited = false;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            autoplay.tick();
            waited = waited || window.playback()->waitingOnNarration();
            return window.script() == 1;
        },
        60000));
    EXPECT_TRUE(waited);
    EXPECT_EQ(autoplay.stalls(), 0);
}

TEST(Autoplay, TheHeartbeatSaysWhatIsPlaying) {
    FixtureWindow fixtureWindow;
    MainWindow& window = fixtureWindow.window;
    ASSERT_TRUE(window.openLesson(QStringLiteral("alpha")));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("heartbeat"));
    Autoplay autoplay(&window, file, quick());
    QFile beat(file);
    ASSERT_TRUE(beat.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(beat.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("beat 1\n"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("lesson alpha\nscript 1\n"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("stalls 0\n"))) << text.toStdString();
}

TEST(Autoplay, IsOfferedByHelpAndAHeartbeatAloneIsRefused) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess help;
    help.setProcessEnvironment(env);
    help.start(QStringLiteral(COROSCOPE_BINARY), {QStringLiteral("--help")});
    ASSERT_TRUE(help.waitForFinished(30000));
    const QString text = QString::fromUtf8(help.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("--autoplay"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("--heartbeat <FILE>"))) << text.toStdString();

    QProcess alone;
    alone.setProcessEnvironment(env);
    alone.start(QStringLiteral(COROSCOPE_BINARY),
                {QStringLiteral("--heartbeat"), QStringLiteral("beat.txt")});
    ASSERT_TRUE(alone.waitForFinished(30000));
    EXPECT_EQ(alone.exitCode(), 2);
    EXPECT_TRUE(QString::fromUtf8(alone.readAllStandardError())
                    .contains(QStringLiteral("--heartbeat needs --autoplay")));
}
