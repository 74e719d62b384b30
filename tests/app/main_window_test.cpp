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

#include <memory>

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

namespace {

// The window at a screen size, showing a run, for layout checks.
struct Shown {
    Language language;
    std::unique_ptr<MainWindow> window;
    Shown(QSize size, std::shared_ptr<const RunModel> run, Time at) {
        language.set(QStringLiteral("en"));
        window = std::make_unique<MainWindow>(&language);
        window->setWindowState(Qt::WindowNoState);
        window->resize(size);
        window->show();
        window->loadLessons({fixture("good")});
        window->openLesson(QStringLiteral("alpha"));
        window->showRun(std::move(run));
        QApplication::processEvents();
        window->playback()->seek(at);
        QApplication::processEvents();
    }
};

template <class W>
W* visibleChild(QWidget* parent, const char* className) {
    for (W* w : parent->findChildren<W*>())
        if (w->isVisible() && w->inherits(className)) return w;
    return nullptr;
}

} // namespace

TEST(MainWindow, ReadsWellAt1280By720) {
    Fresh fresh;
    Shown shown(QSize(1280, 720), scenarios::threads(4, milliseconds(200)), milliseconds(100));
    MainWindow& w = *shown.window;
    test::keep(w.grab().toImage(), QStringLiteral("window-1280x720"));
    auto* restaurant = visibleChild<QWidget>(&w, "coroscope::RestaurantView");
    auto* timeline = visibleChild<QWidget>(&w, "coroscope::TimelineView");
    auto* code = visibleChild<QWidget>(&w, "coroscope::CodeEditor");
    ASSERT_TRUE(restaurant && timeline && code);
    EXPECT_GE(restaurant->width(), 400);
    EXPECT_GE(restaurant->height(), 200);
    EXPECT_GE(timeline->height(), 140);
    EXPECT_GE(code->width(), 320);
    EXPECT_GE(code->height() / code->fontMetrics().lineSpacing(), 8); // lines of code in view
}

TEST(MainWindow, UsesTheRoomOf1920By1080) {
    Fresh fresh;
    Shown shown(QSize(1920, 1080), scenarios::async(6, milliseconds(300)), milliseconds(150));
    MainWindow& w = *shown.window;
    test::keep(w.grab().toImage(), QStringLiteral("window-1920x1080"));
    auto* restaurant = visibleChild<QWidget>(&w, "coroscope::RestaurantView");
    auto* code = visibleChild<QWidget>(&w, "coroscope::CodeEditor");
    ASSERT_TRUE(restaurant && code);
    EXPECT_GE(restaurant->width(), 700);
    EXPECT_GE(restaurant->height(), 380);
    EXPECT_GE(code->width(), 480);
}
