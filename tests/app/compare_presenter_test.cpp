// SPDX-License-Identifier: MIT
#include "model/lesson_loader.h"
#include "model/run_model.h"
#include "render_support.h"
#include "scenarios.h"
#include "ui/views/compare_view.h"
#include "ui/windows/presenter_window.h"

#include <QApplication>
#include <QDir>
#include <QPainter>

#include <gtest/gtest.h>

using namespace coroscope;
using namespace coroscope::test;

TEST(CompareView, StacksEveryWayOfServingOnOneTimeAxis) {
    CompareView view;
    std::vector<ComparedRun> runs{
        {QStringLiteral("Sync"), scenarios::sync(4, milliseconds(200))},
        {QStringLiteral("Threads"), scenarios::threads(4, milliseconds(200))},
        {QStringLiteral("Processes"), scenarios::processes(4, milliseconds(200))},
        {QStringLiteral("Async"), scenarios::async(4, milliseconds(200))}};
    const Time longest = runs[0].run->trace.endTime(); // sync is the slowest
    for (const ComparedRun& c : runs)
        EXPECT_LE(c.run->trace.endTime(), longest);
    view.setRuns(runs);
    view.setTime(longest);
    QImage img = canvas(1400, 800);
    QPainter p(&img);
    view.render(p, img.rect());
    p.end();
    keep(img, QStringLiteral("compare"));
    // Each row's lanes stop where its run stops: on the shared axis the
    // async row's last drawing is far left of the sync row's.
    const Theme& theme = Theme::light();
    auto lastColumnWith = [&](int y0, int y1, const QColor& c) {
        for (int x = img.width() - 1; x >= 0; --x)
            for (int y = y0; y < y1; ++y)
                if (std::abs(img.pixelColor(x, y).red() - c.red()) < 10 &&
                    std::abs(img.pixelColor(x, y).green() - c.green()) < 10 &&
                    std::abs(img.pixelColor(x, y).blue() - c.blue()) < 10)
                    return x;
        return -1;
    };
    // Sync is the top row and async the bottom one (above the legend).
    const int bottom = img.height() - TimelinePainter::legendHeight(theme);
    const int syncEnd = lastColumnWith(0, 130, theme.blocked);
    const int asyncEnd = lastColumnWith(bottom - 100, bottom, theme.computing);
    ASSERT_GT(syncEnd, 0);
    ASSERT_GT(asyncEnd, 0);
    EXPECT_LT(asyncEnd, syncEnd - 300);
}

TEST(PresenterWindow, ShowsThePickedViewInLargeTypeWithTheNarration) {
    std::vector<LessonProblem> problems;
    const auto lesson = LessonLoader().loadFolder(
        QDir(QStringLiteral(COROSCOPE_FIXTURES)).filePath(QStringLiteral("good/alpha")), problems);
    ASSERT_TRUE(lesson);
    auto run = scenarios::sync(2, milliseconds(500));
    PresenterWindow presenter;
    presenter.resize(1920, 1080);
    presenter.setRun(run, &*lesson, 0, QStringLiteral("en"));
    presenter.setPlayhead(playheadAtTime(run->trace, milliseconds(300)));
    presenter.setNarration(1, true);
    for (int view : {0, 1, 2}) {
        presenter.showView(view);
        EXPECT_EQ(presenter.view(), view);
        presenter.show();
        QApplication::processEvents();
        keep(presenter.grab().toImage(), QStringLiteral("presenter-%1").arg(view));
    }
    presenter.close();
}
