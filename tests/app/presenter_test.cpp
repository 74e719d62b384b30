// SPDX-License-Identifier: MIT
// Presenter mode before a room: every narration step whole at 1280 x 720
// and 1920 x 1080 in every language, the predict-first card answered there,
// the blank key, the text size, the theme and the split views.
#include "fresh_state.h"
#include "model/lesson_loader.h"
#include "model/measure.h"
#include "render_support.h"
#include "scenarios.h"
#include "ui/panels/narration_panel.h"
#include "ui/panels/predict_card.h"
#include "ui/style/format.h"
#include "ui/style/language.h"
#include "ui/views/code_editor.h"
#include "ui/views/compare_view.h"
#include "ui/views/restaurant_view.h"
#include "ui/views/timeline_view.h"
#include "ui/windows/main_window.h"
#include "ui/windows/presenter_window.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace coroscope;

namespace {

using Fresh = test::FreshState;

const QStringList kLanguages{QStringLiteral("en"), QStringLiteral("pt_BR"), QStringLiteral("uk")};

LessonCatalog builtInLessons() {
    return LessonLoader().loadRoots({QStringLiteral(COROSCOPE_LESSONS_DIR)});
}

std::optional<Lesson> alpha() {
    std::vector<LessonProblem> problems;
    return LessonLoader().loadFolder(
        QDir(QStringLiteral(COROSCOPE_FIXTURES)).filePath(QStringLiteral("good/alpha")), problems);
}

// Why the narration is not whole, or empty when it is.
std::string narrationCut(const PresenterWindow& presenter) {
    const NarrationPanel* n = presenter.narration();
    const auto* text = n->findChild<QTextBrowser*>();
    const QRect shown(n->mapTo(&presenter, QPoint(0, 0)), n->size());
    std::string why;
    if (n->textHeight() > n->textRoom())
        why += "the text needs " + std::to_string(n->textHeight()) + " px and has " +
               std::to_string(n->textRoom()) + "; ";
    if (text->verticalScrollBar()->maximum() > 0) why += "it scrolls; ";
    if (text->horizontalScrollBar()->maximum() > 0) why += "a line runs off the side; ";
    if (!presenter.rect().contains(shown)) why += "the panel is off the window; ";
    // The views keep most of the screen.
    if (shown.height() > presenter.height() / 2) why += "it takes over half the height; ";
    return why;
}

std::string size(const PresenterWindow& p) {
    return std::to_string(p.width()) + "x" + std::to_string(p.height());
}

QString cardText(const PredictCard& card) {
    QStringList texts;
    for (const QLabel* l : card.findChildren<QLabel*>())
        texts << l->text();
    return texts.join(QLatin1Char('\n'));
}

} // namespace

TEST(Presenter, EveryNarrationStepOfEveryLessonIsWholeAtBothScreenSizes) {
    Fresh fresh;
    const LessonCatalog catalog = builtInLessons();
    ASSERT_GE(catalog.lessons.size(), 10u);
    int checked = 0;
    for (const QSize screen : {QSize(1280, 720), QSize(1920, 1080)})
        for (const double text : {1.0, 2.3}) { // the normal and the largest text size
            PresenterWindow presenter;
            presenter.setFontScale(text);
            presenter.resize(screen);
            presenter.show();
            for (const Lesson& lesson : catalog.lessons)
                for (const QString& language : kLanguages) {
                    presenter.setRun(nullptr, &lesson, 0, language);
                    for (int step = -1; step < static_cast<int>(lesson.narration.size()); ++step) {
                        presenter.setNarration(step, true); // with the Continue button
                        QApplication::processEvents();
                        const std::string cut = narrationCut(presenter);
                        EXPECT_EQ(cut, "") << lesson.id.toStdString() << " step " << step << " in "
                                           << language.toStdString() << " at " << size(presenter)
                                           << ", text size " << text;
                        ++checked;
                    }
                }
            test::keep(presenter.grab().toImage(),
                       QStringLiteral("presenter-narration-%1").arg(screen.width()));
        }
    EXPECT_GT(checked, 4 * 250);
}

TEST(Presenter, TheNarrationIsSetSmallerOnlyWhenItWouldNotFit) {
    Fresh fresh;
    const LessonCatalog catalog = builtInLessons();
    const Lesson* waiter = catalog.find(QStringLiteral("waiter"));
    ASSERT_NE(waiter, nullptr);
    PresenterWindow presenter;
    presenter.resize(1920, 1080);
    presenter.show();
    presenter.setRun(nullptr, waiter, 0, QStringLiteral("en"));
    presenter.setNarration(-1, false); // the summary: short
    QApplication::processEvents();
    const auto* text = presenter.narration()->findChild<QTextBrowser*>();
    const double large = text->document()->defaultFont().pointSizeF();
    presenter.resize(1280, 720);
    presenter.setFontScale(2.3);
    presenter.setNarration(0, true);
    QApplication::processEvents();
    EXPECT_EQ(narrationCut(presenter), "");
    // Large type at full size; the step is whole on the small screen too.
    EXPECT_GE(large, 20);
}

TEST(Presenter, ThePredictFirstQuestionIsAnsweredInThePresenterAndItsAnswerShownThere) {
    Fresh fresh;
    Language language;
    language.set(QStringLiteral("en"));
    MainWindow window(&language);
    window.resize(1400, 900);
    window.show();
    window.loadLessons({QDir(QStringLiteral(COROSCOPE_FIXTURES)).filePath(QStringLiteral("good"))});
    window.openLesson(QStringLiteral("alpha"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.runsInFlight() == 0; }, 20000));
    ASSERT_NE(window.currentRun(), nullptr);
    // The question is up; the speaker goes to presenter mode.
    for (QAction* a : window.actions())
        if (a->objectName() == QStringLiteral("presenter")) a->trigger();
    auto* presenter = window.findChild<PresenterWindow*>();
    ASSERT_NE(presenter, nullptr);
    presenter->resize(1280, 720);
    QApplication::processEvents();
    PredictCard* card = presenter->predictCard();
    ASSERT_TRUE(card->isVisible());
    EXPECT_TRUE(cardText(*card).contains(QStringLiteral("Predict first")));
    EXPECT_TRUE(presenter->rect().contains(card->geometry()));
    test::keep(presenter->grab().toImage(), QStringLiteral("presenter-predict"));
    // The header has the room for the whole title: it is not cut.
    QStringList header;
    for (const QLabel* l : presenter->findChildren<QLabel*>(QString(), Qt::FindDirectChildrenOnly))
        if (l->isVisible()) header << l->text();
    EXPECT_TRUE(header.contains(QStringLiteral("Alpha — Serve")))
        << header.join(u'|').toStdString();
    const int viewBefore = presenter->view();
    QTest::keyClick(card, Qt::Key_2); // "1 s"
    EXPECT_FALSE(card->isVisible());
    EXPECT_EQ(presenter->view(), viewBefore) << "the digit answered, not switched the view";
    const Question* q = window.session()->questionBefore(window.script());
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(window.session()->answer(q->id), 1);
    EXPECT_TRUE(window.playback()->playing());
    // To the end of the run: the answer is on the presenter's screen.
    const QString measured =
        Format::seconds(seconds(measureRun(window.currentRun()->trace, q->measure).number));
    window.playback()->setSpeed(100);
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
    const QString all = cardText(*card);
    EXPECT_TRUE(all.contains(QStringLiteral("You predicted it"))) << all.toStdString();
    EXPECT_TRUE(all.contains(measured)) << all.toStdString();
    EXPECT_TRUE(presenter->rect().contains(card->geometry()));
    test::keep(presenter->grab().toImage(), QStringLiteral("presenter-predict-answer"));
    // The lesson's comparison is the presenter's too.
    ASSERT_NE(presenter->findChild<CompareView*>(), nullptr);
    EXPECT_EQ(presenter->findChild<CompareView*>()->runs().size(), window.lesson()->scripts.size());
    // Another script: the answer belonged to the last one.
    window.openScript(1);
    EXPECT_FALSE(card->isVisible());
    presenter->close();
}

TEST(Presenter, EveryQuestionAndItsAnswerFitOnTheScreenUncut) {
    Fresh fresh;
    const LessonCatalog catalog = builtInLessons();
    int checked = 0;
    for (const QSize screen : {QSize(1280, 720), QSize(1920, 1080)}) {
        PresenterWindow presenter;
        presenter.resize(screen);
        presenter.show();
        for (const Lesson& lesson : catalog.lessons)
            for (const QString& language : kLanguages) {
                presenter.setRun(nullptr, &lesson, 0, language);
                for (const Question& q : lesson.questions) {
                    // Asked, then answered with a made-up measure: the longest texts.
                    for (int shown = 0; shown < 2; ++shown) {
                        if (shown == 0)
                            presenter.ask(q);
                        else
                            presenter.answer(q, 0, Measured{123456789.0, QStringLiteral("Task-1")});
                        QApplication::processEvents();
                        const PredictCard* card = presenter.predictCard();
                        const std::string where = lesson.id.toStdString() + " " +
                                                  q.id.toStdString() + " in " +
                                                  language.toStdString() + " at " + size(presenter);
                        ASSERT_TRUE(card->isVisible()) << where;
                        EXPECT_TRUE(presenter.rect().contains(card->geometry())) << where;
                        for (const QPushButton* b : card->findChildren<QPushButton*>())
                            EXPECT_LE(b->sizeHint().width(), b->width())
                                << where << ": " << b->text().toStdString();
                        for (const QLabel* l : card->findChildren<QLabel*>())
                            EXPECT_LE(l->heightForWidth(l->width()), l->height() + 1)
                                << where << ": " << l->text().toStdString();
                        ++checked;
                    }
                }
            }
        test::keep(presenter.grab().toImage(),
                   QStringLiteral("presenter-answer-%1").arg(screen.width()));
    }
    EXPECT_GT(checked, 2 * 3 * 2 * 10);
}

TEST(Presenter, BOrDotBlanksTheScreenAndBringsItBack) {
    Fresh fresh;
    const auto lesson = alpha();
    ASSERT_TRUE(lesson);
    PresenterWindow presenter;
    presenter.resize(1280, 720);
    presenter.setRun(scenarios::sync(2, milliseconds(500)), &*lesson, 0, QStringLiteral("en"));
    presenter.show();
    QAction* blank = presenter.action("presenterBlank");
    ASSERT_NE(blank, nullptr);
    EXPECT_TRUE(blank->shortcuts().contains(QKeySequence(Qt::Key_B)));
    EXPECT_TRUE(blank->shortcuts().contains(QKeySequence(Qt::Key_Period)));
    auto allBlack = [&] {
        const QImage img = presenter.grab().toImage();
        for (int y = 0; y < img.height(); y += 7)
            for (int x = 0; x < img.width(); x += 7)
                if (img.pixelColor(x, y) != QColor(Qt::black)) return false;
        return true;
    };
    EXPECT_FALSE(allBlack());
    blank->trigger();
    EXPECT_TRUE(presenter.blanked());
    EXPECT_TRUE(allBlack());
    blank->trigger(); // again: back
    EXPECT_FALSE(presenter.blanked());
    EXPECT_FALSE(allBlack());
    // Esc on a black screen brings it back rather than leaving.
    blank->trigger();
    QTest::keyClick(&presenter, Qt::Key_Escape);
    EXPECT_FALSE(presenter.blanked());
    EXPECT_TRUE(presenter.isVisible());
}

TEST(Presenter, CtrlPlusAndMinusScaleTheTextAndTheSizeIsRemembered) {
    Fresh fresh;
    const auto lesson = alpha();
    ASSERT_TRUE(lesson);
    auto textPoints = [](const PresenterWindow& p) {
        return p.narration()->findChild<QTextBrowser*>()->document()->defaultFont().pointSizeF();
    };
    double larger = 0;
    {
        PresenterWindow presenter;
        presenter.resize(1920, 1080);
        presenter.show();
        presenter.setRun(nullptr, &*lesson, 0, QStringLiteral("en"));
        presenter.setNarration(-1, false);
        const double normal = textPoints(presenter);
        const double code = presenter.findChild<CodeEditor*>()->font().pointSizeF();
        QAction* up = presenter.action("presenterLarger");
        QAction* down = presenter.action("presenterSmaller");
        QAction* reset = presenter.action("presenterNormalSize");
        ASSERT_TRUE(up && down && reset);
        EXPECT_TRUE(up->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Plus)));
        EXPECT_TRUE(down->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Minus)));
        EXPECT_TRUE(reset->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_0)));
        up->trigger();
        EXPECT_GT(presenter.fontScale(), 1.0);
        EXPECT_GT(textPoints(presenter), normal);
        presenter.showView(static_cast<int>(PresenterWindow::Stage::Code));
        EXPECT_GT(presenter.findChild<CodeEditor*>()->font().pointSizeF(), code * 0.99);
        reset->trigger();
        EXPECT_DOUBLE_EQ(presenter.fontScale(), 1.0);
        EXPECT_DOUBLE_EQ(textPoints(presenter), normal);
        down->trigger();
        EXPECT_LT(presenter.fontScale(), 1.0);
        EXPECT_LT(textPoints(presenter), normal);
        up->trigger();
        up->trigger();
        larger = presenter.fontScale();
        EXPECT_GT(larger, 1.0);
    }
    PresenterWindow again;
    EXPECT_DOUBLE_EQ(again.fontScale(), larger);
}

TEST(Presenter, TheMainWindowsKeysThatClashAreLeftToThePresentersOwn) {
    PresenterWindow presenter;
    QAction timelineFit;
    timelineFit.setShortcuts({QKeySequence(Qt::Key_F), QKeySequence(Qt::CTRL | Qt::Key_0)});
    QAction play;
    play.setShortcut(QKeySequence(Qt::Key_Space));
    presenter.addSharedActions({&timelineFit, &play});
    EXPECT_FALSE(presenter.actions().contains(&timelineFit)); // Ctrl+0 is the text size here
    EXPECT_TRUE(presenter.actions().contains(&play));
}

TEST(Presenter, TheSpeakerPicksTheThemeAndItIsRememberedApartFromTheMainWindows) {
    Fresh fresh;
    QSettings().setValue(QStringLiteral("theme"), QStringLiteral("light"));
    {
        PresenterWindow presenter;
        EXPECT_EQ(presenter.theme()->name(), QStringLiteral("contrast")); // for a projector
        QAction* dark = presenter.action("presenterTheme-dark");
        ASSERT_NE(dark, nullptr);
        dark->trigger();
        EXPECT_EQ(presenter.theme()->name(), QStringLiteral("dark"));
        EXPECT_EQ(presenter.palette().color(QPalette::Window),
                  Theme::dark().palette().color(QPalette::Window));
        EXPECT_EQ(
            presenter.narration()->findChild<QTextBrowser*>()->palette().color(QPalette::Base),
            Theme::dark().surface);
        EXPECT_TRUE(dark->isChecked());
    }
    PresenterWindow again;
    EXPECT_EQ(again.theme()->name(), QStringLiteral("dark"));
    EXPECT_EQ(QSettings().value(QStringLiteral("theme")).toString(), QStringLiteral("light"));
}

TEST(Presenter, SplitViewsShowTheCodeBesideTheRestaurantOrTheTimelineUncut) {
    Fresh fresh;
    const LessonCatalog catalog = builtInLessons();
    const auto run = scenarios::sync(2, milliseconds(500));
    {
        PresenterWindow presenter;
        presenter.resize(1280, 720);
        presenter.show();
        const auto* code = presenter.findChild<CodeEditor*>();
        const auto* restaurant = presenter.findChild<RestaurantView*>();
        const auto* timeline = presenter.findChild<TimelineView*>();
        for (const auto& [name, other] :
             {std::pair{"presenterCodeAndRestaurant", static_cast<const QWidget*>(restaurant)},
              std::pair{"presenterCodeAndTimeline", static_cast<const QWidget*>(timeline)}}) {
            QAction* split = presenter.action(name);
            ASSERT_NE(split, nullptr);
            EXPECT_EQ(split->shortcuts().size(), 1);
            split->trigger();
            QApplication::processEvents();
            ASSERT_TRUE(code->isVisible() && other->isVisible()) << name;
            EXPECT_LT(code->geometry().right(), other->geometry().left());
            EXPECT_GE(code->width(), presenter.width() / 3);
            EXPECT_GE(other->width(), presenter.width() / 3);
            EXPECT_EQ(restaurant->isVisible() && timeline->isVisible(), false);
            // Every script's every line is on screen: no line runs off the side.
            for (const Lesson& lesson : catalog.lessons)
                for (int s = 0; s < static_cast<int>(lesson.scripts.size()); ++s) {
                    presenter.setRun(run, &lesson, s, QStringLiteral("en"));
                    QApplication::processEvents();
                    EXPECT_EQ(code->horizontalScrollBar()->maximum(), 0)
                        << lesson.id.toStdString() << " script " << s << " beside " << name;
                    EXPECT_EQ(narrationCut(presenter), "") << lesson.id.toStdString();
                }
            test::keep(presenter.grab().toImage(), QStringLiteral("presenter-%1").arg(name));
        }
        presenter.action("presenterCompare")->trigger();
        EXPECT_TRUE(presenter.findChild<CompareView*>()->isVisible());
        EXPECT_FALSE(code->isVisible());
        presenter.action("presenterCodeAndTimeline")->trigger();
    }
    PresenterWindow again;
    EXPECT_EQ(again.view(), static_cast<int>(PresenterWindow::Stage::CodeAndTimeline));
}
