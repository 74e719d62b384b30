// SPDX-License-Identifier: MIT
#include "language.h"
#include "main_window.h"
#include "render_support.h"
#include "run_model.h"
#include "scenarios.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace coroscope;

namespace {

QString fixture(const char* path) {
    return QDir(QStringLiteral(COROSCOPE_FIXTURES)).filePath(QString::fromLatin1(path));
}

// Each test starts from no saved settings, in a settings file of its own.
struct Fresh {
    Fresh() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
};

} // namespace

TEST(MainWindow, OpensTheFirstLessonAndShowsARunInEveryView) {
    Fresh fresh;
    Language language;
    language.set(QStringLiteral("en"));
    MainWindow window(&language);
    window.resize(1600, 900);
    window.loadLessons({fixture("good")});
    ASSERT_NE(window.lesson(), nullptr);
    EXPECT_EQ(window.lesson()->id, QStringLiteral("beta")); // the first in order
    window.openLesson(QStringLiteral("alpha"));
    ASSERT_EQ(window.lesson()->id, QStringLiteral("alpha"));
    auto run = scenarios::sync(2, milliseconds(500));
    window.showRun(run);
    EXPECT_EQ(window.currentRun(), run);
    EXPECT_EQ(window.playback()->run(), run);
    window.show();
    window.playback()->seek(milliseconds(300));
    QApplication::processEvents();
    test::keep(window.grab().toImage(), QStringLiteral("window-alpha"));
    EXPECT_EQ(window.playback()->playhead(), playheadAtTime(run->trace, milliseconds(300)));
}

TEST(MainWindow, RemembersTheLastLesson) {
    Fresh fresh;
    Language language;
    language.set(QStringLiteral("en"));
    {
        MainWindow window(&language);
        window.loadLessons({fixture("good")});
        window.openLesson(QStringLiteral("alpha"));
        window.close();
    }
    MainWindow again(&language);
    again.loadLessons({fixture("good")});
    ASSERT_NE(again.lesson(), nullptr);
    EXPECT_EQ(again.lesson()->id, QStringLiteral("alpha"));
}

TEST(MainWindow, SwitchesLanguageWhileRunning) {
    Fresh fresh;
    Language language;
    language.set(QStringLiteral("en"));
    MainWindow window(&language);
    window.loadLessons({fixture("good")});
    window.openLesson(QStringLiteral("alpha"));
    auto* stage = window.findChild<QTabWidget*>();
    ASSERT_NE(stage, nullptr);
    EXPECT_EQ(stage->tabText(0), QStringLiteral("Restaurant"));
    ASSERT_TRUE(language.set(QStringLiteral("pt_BR")));
    QApplication::processEvents();
    EXPECT_EQ(stage->tabText(0), QStringLiteral("Restaurante"));
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("Alfa")));
    ASSERT_TRUE(language.set(QStringLiteral("uk")));
    QApplication::processEvents();
    EXPECT_EQ(stage->tabText(0), QStringLiteral("Ресторан"));
    language.set(QStringLiteral("en"));
}
