// SPDX-License-Identifier: MIT
#include "fresh_state.h"
#include "model/lesson_loader.h"
#include "model/measure.h"
#include "model/playhead.h"
#include "model/run_model.h"
#include "render_support.h"
#include "scenarios.h"
#include "ui/painters/timeline_painter.h"
#include "ui/panels/code_panel.h"
#include "ui/panels/predict_card.h"
#include "ui/panels/transport_bar.h"
#include "ui/playback/lesson_runner.h"
#include "ui/style/format.h"
#include "ui/style/language.h"
#include "ui/style/theme.h"
#include "ui/views/code_editor.h"
#include "ui/views/timeline_view.h"
#include "ui/windows/main_window.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <cstdio>

#include <gtest/gtest.h>

#include <map>
#include <memory>

using namespace coroscope;

namespace {

QString fixture(const char* path) {
    return QDir(QStringLiteral(COROSCOPE_FIXTURES)).filePath(QString::fromLatin1(path));
}

using Fresh = test::FreshState;

Language* english(Language& language) {
    language.set(QStringLiteral("en"));
    return &language;
}

// A shown window, in English, with the fixture lessons loaded.
struct FixtureWindow {
    Fresh fresh;
    Language language;
    MainWindow window{english(language)};
    FixtureWindow() {
        window.resize(1400, 900);
        window.show();
        window.loadLessons({fixture("good")});
    }
};

// Lets the lesson's own runs (when this build has the interpreter) finish,
// so a run shown by the test is not replaced by them.
void settle(MainWindow& window) {
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.runsInFlight() == 0; }, 20000));
}

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
    settle(window);
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
    settle(window);
    auto* stage = window.findChild<QTabWidget*>();
    auto* bar = window.findChild<TransportBar*>();
    ASSERT_TRUE(stage && bar);
    // The transport's event line ("event 0 / 31"), whose tooltip has it whole.
    auto eventLine = [bar] {
        for (QLabel* l : bar->findChildren<QLabel*>())
            if (l->toolTip().contains(QStringLiteral(" / "))) return l->toolTip();
        return QString();
    };
    // A parameter given in seconds (the panel is built anew in each language),
    // and a passing message in the status bar.
    auto secondsText = [&window] {
        for (QDoubleSpinBox* s : window.findChildren<QDoubleSpinBox*>())
            if (s->decimals() > 0) return s->text();
        return QString();
    };
    ASSERT_FALSE(secondsText().isEmpty());
    window.statusBar()->showMessage(QStringLiteral("Selected Task-1"), 60000);
    EXPECT_EQ(stage->tabText(0), QStringLiteral("Restaurant"));
    EXPECT_TRUE(eventLine().startsWith(QStringLiteral("event "))) << eventLine().toStdString();
    EXPECT_TRUE(secondsText().contains(QLatin1Char('.'))) << secondsText().toStdString();
    ASSERT_TRUE(language.set(QStringLiteral("pt_BR")));
    QApplication::processEvents();
    EXPECT_EQ(stage->tabText(0), QStringLiteral("Restaurante"));
    // Decimal commas in the spin boxes, as on the clock.
    EXPECT_TRUE(secondsText().contains(QLatin1Char(','))) << secondsText().toStdString();
    EXPECT_FALSE(secondsText().contains(QLatin1Char('.'))) << secondsText().toStdString();
    EXPECT_TRUE(window.statusBar()->currentMessage().isEmpty())
        << window.statusBar()->currentMessage().toStdString();
    // No text of the old language stays behind until the playhead moves.
    EXPECT_TRUE(eventLine().startsWith(QStringLiteral("evento "))) << eventLine().toStdString();
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
    Shown(QSize size, const std::shared_ptr<const RunModel>& run, Time at) {
        language.set(QStringLiteral("en"));
        window = std::make_unique<MainWindow>(&language);
        window->setWindowState(Qt::WindowNoState);
        window->resize(size);
        window->show();
        window->loadLessons({fixture("good")});
        window->openLesson(QStringLiteral("alpha"));
        settle(*window);
        window->showRun(run);
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
    for (const char* theme : {"dark", "contrast"}) {
        w.setTheme(QString::fromLatin1(theme));
        QApplication::processEvents();
        test::keep(w.grab().toImage(),
                   QStringLiteral("window-1920x1080-%1").arg(QLatin1String(theme)));
    }
    w.setTheme(QStringLiteral("light"));
    auto* restaurant = visibleChild<QWidget>(&w, "coroscope::RestaurantView");
    auto* code = visibleChild<QWidget>(&w, "coroscope::CodeEditor");
    ASSERT_TRUE(restaurant && code);
    EXPECT_GE(restaurant->width(), 700);
    EXPECT_GE(restaurant->height(), 380);
    EXPECT_GE(code->width(), 480);
}

namespace {

QAction* actionNamed(QWidget& w, const char* name) {
    for (QAction* a : w.actions())
        if (a->objectName() == QLatin1String(name)) return a;
    return nullptr;
}

// Opens the fixture lesson "alpha" and lets its runs finish: its
// predict-first card is then up, in front of the run.
PredictCard* openAlphaAtItsQuestion(MainWindow& window) {
    window.openLesson(QStringLiteral("alpha"));
    settle(window);
    return window.findChild<PredictCard*>();
}

} // namespace

TEST(MainWindow, AParseErrorIsShownInPlaceAndTheEditIsKept) {
    Fresh fresh;
    Language language;
    language.set(QStringLiteral("en"));
    MainWindow window(&language);
    window.loadLessons({fixture("good")});
    window.openLesson(QStringLiteral("alpha"));
    auto* editor = window.findChild<CodeEditor*>();
    ASSERT_NE(editor, nullptr);
    const QString original = editor->toPlainText();
    const QString broken =
        QStringLiteral("import sim\n\nfor n in range(1, 3:\n    sim.client(n)\n");
    editor->setPlainText(broken);
    actionNamed(window, "run")->trigger();
    ASSERT_TRUE(editor->issue().has_value());
    EXPECT_EQ(editor->issue()->line, 3);
    EXPECT_EQ(editor->toPlainText(), broken);
    // The edit is kept for this lesson, and "Reset to original" brings the script back.
    MainWindow again(&language);
    again.loadLessons({fixture("good")});
    EXPECT_EQ(again.findChild<CodeEditor*>()->toPlainText(), broken);
    actionNamed(again, "resetScript")->trigger();
    EXPECT_EQ(again.findChild<CodeEditor*>()->toPlainText(), original);
}

TEST(MainWindow, APredictFirstQuestionIsAskedBeforeTheRunAndAnsweredByIt) {
    FixtureWindow fixtureWindow;
    MainWindow& window = fixtureWindow.window;
    PredictCard* card = openAlphaAtItsQuestion(window);
    ASSERT_NE(card, nullptr);
    // The fixture's own run: its question is put as soon as the run is ready.
    ASSERT_NE(window.currentRun(), nullptr);
    const QString measured =
        Format::seconds(seconds(measureRun(window.currentRun()->trace, Measure::TotalTime).number));
    ASSERT_TRUE(card->isVisible());
    EXPECT_FALSE(window.playback()->playing());
    test::keep(window.grab().toImage(), QStringLiteral("window-predict"));
    QTest::keyClick(card, Qt::Key_2); // "1 s"
    EXPECT_FALSE(card->isVisible());
    window.playback()->setSpeed(100);
    // Go on past each narration step to the end of the run.
    QSignalSpy finished(window.playback(), &PlaybackController::finished);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            if (finished.count() > 0) return true;
            if (!window.playback()->playing()) window.playback()->next();
            return false;
        },
        10000));
    QApplication::processEvents();
    ASSERT_TRUE(card->isVisible());
    QStringList texts;
    for (QLabel* l : card->findChildren<QLabel*>())
        texts << l->text();
    const QString all = texts.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("You predicted it"))) << all.toStdString();
    EXPECT_TRUE(all.contains(measured)) << all.toStdString();
    test::keep(window.grab().toImage(), QStringLiteral("window-predict-answer"));
}

// At a narration pause → is one event, as everywhere; Page Down goes on
// to the next step, and Home goes back to the start.
TEST(MainWindow, TheRightArrowStepsOneEventEvenAtANarrationPause) {
    FixtureWindow fixtureWindow;
    MainWindow& window = fixtureWindow.window;
    PredictCard* card = openAlphaAtItsQuestion(window);
    ASSERT_NE(card, nullptr);
    QTest::keyClick(card, Qt::Key_2);
    PlaybackController& playback = *window.playback();
    playback.setSpeed(100);
    playback.play();
    ASSERT_TRUE(QTest::qWaitFor([&] { return playback.waitingOnNarration(); }, 10000));
    const Playhead atPause = playback.playhead();
    ASSERT_NE(atPause, playheadAtEnd(window.currentRun()->trace));
    QAction* stepForward = actionNamed(window, "stepForward");
    ASSERT_NE(stepForward, nullptr);
    EXPECT_EQ(stepForward->shortcut(), QKeySequence(Qt::Key_Right));
    stepForward->trigger();
    EXPECT_EQ(playback.playhead(), coroscope::stepForward(window.currentRun()->trace, atPause));
    EXPECT_FALSE(playback.playing());

    QAction* next = actionNamed(window, "next");
    QAction* restart = actionNamed(window, "restart");
    ASSERT_TRUE(next && restart);
    EXPECT_EQ(next->shortcut(), QKeySequence(Qt::Key_PageDown));
    EXPECT_TRUE(restart->shortcuts().contains(QKeySequence(Qt::Key_Home)));
    restart->trigger();
    EXPECT_EQ(playback.playhead(), Playhead{});
}

// A moment of a run, opened for a slide: the script's run comes in, the
// playhead stops at that time, and no question stands in front of it.
TEST(MainWindow, OpensAScriptPausedAtAMomentWithoutTheQuestion) {
    FixtureWindow fixtureWindow;
    MainWindow& window = fixtureWindow.window;
    // Opened twice, as the command line does after the last lesson: the
    // first opening's runs must not land on the second (and ask).
    ASSERT_TRUE(window.openLesson(QStringLiteral("alpha")));
    ASSERT_TRUE(window.openLesson(QStringLiteral("alpha")));
    EXPECT_FALSE(window.openLesson(QStringLiteral("no-such-lesson")));
    EXPECT_EQ(window.lesson()->id, QStringLiteral("alpha"));
    EXPECT_FALSE(window.openScript(7, milliseconds(300)));
    ASSERT_TRUE(window.openScript(0, milliseconds(300)));
    settle(window);
    ASSERT_NE(window.currentRun(), nullptr);
    EXPECT_EQ(window.playback()->playhead(),
              playheadAtTime(window.currentRun()->trace, milliseconds(300)));
    EXPECT_FALSE(window.playback()->playing());
    EXPECT_FALSE(window.findChild<PredictCard*>()->isVisible());
}

TEST(MainWindow, ShowsEightLanesAndWholeTabsAt1280By720) {
    // The gather lesson, whose scripts have the longest names, showing a run
    // of thirteen lanes.
    Fresh fresh;
    Language language;
    MainWindow w(english(language));
    w.setWindowState(Qt::WindowNoState);
    w.resize(1280, 720);
    w.show();
    w.loadLessons({QStringLiteral(COROSCOPE_LESSONS_DIR)});
    ASSERT_TRUE(w.openLesson(QStringLiteral("gather")));
    settle(w);
    w.showRun(scenarios::async(12, milliseconds(200)));
    QApplication::processEvents();
    w.playback()->seek(milliseconds(100));
    QApplication::processEvents();
    test::keep(w.grab().toImage(), QStringLiteral("window-1280x720-lanes"));
    auto* timeline = visibleChild<TimelineView>(&w, "coroscope::TimelineView");
    ASSERT_TRUE(timeline);
    const TimelineLayout l =
        TimelinePainter::layout(timeline->rect(), timeline->frame(), Theme::light());
    EXPECT_GE(l.lanes.height() / timeline->frame().laneHeight, 8)
        << "lanes area " << l.lanes.height() << " px";
    // Every tab, of the stage and of the tabbed docks, shows its whole title.
    int tabBars = 0;
    for (QTabBar* bar : w.findChildren<QTabBar*>()) {
        if (!bar->isVisible()) continue;
        ++tabBars;
        for (int i = 0; i < bar->count(); ++i)
            EXPECT_GE(bar->tabRect(i).width(),
                      bar->fontMetrics().horizontalAdvance(bar->tabText(i)))
                << bar->tabText(i).toStdString();
    }
    EXPECT_GE(tabBars, 2);
    // And every script of the lesson is named whole, inside the code panel.
    auto* code = w.findChild<CodePanel*>();
    ASSERT_TRUE(code);
    const QStringList labels = code->scriptLabels();
    ASSERT_FALSE(labels.isEmpty());
    for (QToolButton* b : code->findChildren<QToolButton*>()) {
        if (!labels.contains(b->text())) continue;
        EXPECT_TRUE(b->isVisible()) << b->text().toStdString();
        EXPECT_GE(b->width(), b->fontMetrics().horizontalAdvance(b->text()));
        EXPECT_TRUE(code->rect().contains(QRect(b->mapTo(code, QPoint(0, 0)), b->size())))
            << b->text().toStdString();
    }
}

TEST(MainWindow, ComesBackAfterARestartAsItWasLeft) {
    Fresh fresh;
    Language language;
    std::map<QString, QRect> docks;
    QRect transport, frame;
    {
        MainWindow first(english(language));
        first.setWindowState(Qt::WindowNoState);
        first.setGeometry(QRect(QPoint(40, 30), QSize(1000, 600))); // within the test's screen
        first.show();
        first.loadLessons({fixture("good")});
        first.openLesson(QStringLiteral("alpha"));
        settle(first);
        QApplication::processEvents();
        for (QDockWidget* d : first.findChildren<QDockWidget*>())
            docks[d->objectName()] = d->geometry();
        transport = first.findChild<TransportBar*>()->geometry();
        frame = first.geometry();
        first.close();
    }
    MainWindow second(english(language));
    second.show();
    second.loadLessons({fixture("good")});
    second.openLesson(QStringLiteral("alpha"));
    settle(second);
    QApplication::processEvents();
    EXPECT_EQ(second.geometry(), frame);
    for (QDockWidget* d : second.findChildren<QDockWidget*>())
        EXPECT_EQ(d->geometry(), docks[d->objectName()]) << d->objectName().toStdString();
    auto* bar = second.findChild<TransportBar*>();
    EXPECT_EQ(bar->geometry(), transport);
    EXPECT_TRUE(second.rect().contains(QRect(bar->mapTo(&second, QPoint(0, 0)), bar->size())));
}
