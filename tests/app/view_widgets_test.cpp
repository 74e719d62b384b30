// SPDX-License-Identifier: MIT
#include "model/run_model.h"
#include "render_support.h"
#include "scenarios.h"
#include "ui/export/export.h"
#include "ui/panels/parameters_panel.h"
#include "ui/panels/transport_bar.h"
#include "ui/views/event_log.h"
#include "ui/views/restaurant_view.h"
#include "ui/views/timeline_view.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <gtest/gtest.h>

using namespace coroscope;

TEST(TimelineView, ZoomsInAndFitsBackToTheWholeRun) {
    TimelineView view;
    view.resize(900, 300);
    auto run = scenarios::sync(3, milliseconds(200));
    view.setRun(run);
    view.show();
    const TimeAxis fitted = view.frame().axis;
    view.zoomIn();
    view.zoomIn();
    EXPECT_LT(view.frame().axis.span(), fitted.span() / 2);
    QTest::keyClick(&view, Qt::Key_Minus);
    QTest::keyClick(&view, Qt::Key_Minus);
    view.zoomToFit();
    EXPECT_EQ(view.frame().axis, fitted);
}

TEST(TimelineView, ClickingALaneSelectsItsTask) {
    TimelineView view;
    view.resize(900, 300);
    auto run = scenarios::cancelAndFail();
    view.setRun(run);
    view.setPlayhead(playheadAtEnd(run->trace));
    view.show();
    QApplication::processEvents();
    QSignalSpy clicked(&view, &TimelineView::taskClicked);
    const TimelineLayout l = TimelinePainter::layout(view.rect(), view.frame(), Theme::light());
    const int lane = 2; // main, then its children in order
    const QPoint at(l.lanes.center().x(), static_cast<int>(l.laneTop(lane, view.frame())) + 12);
    QTest::mouseClick(&view, Qt::LeftButton, {}, at);
    ASSERT_EQ(clicked.count(), 1);
    EXPECT_EQ(clicked.first().first().value<TaskId>(), run->taskLanes.lanes()[lane].id);
}

TEST(TimelineView, ClickingTheAxisMovesThePlayheadThere) {
    TimelineView view;
    view.resize(900, 300);
    auto run = scenarios::sync(2, milliseconds(500));
    view.setRun(run);
    view.show();
    QApplication::processEvents();
    QSignalSpy seek(&view, &TimelineView::seekRequested);
    const TimelineLayout l = TimelinePainter::layout(view.rect(), view.frame(), Theme::light());
    const TimeAxis axis = TimelinePainter::placedAxis(l, view.frame());
    const int x = static_cast<int>(axis.toX(static_cast<double>(milliseconds(500))));
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(x, l.header.center().y()));
    ASSERT_EQ(seek.count(), 1);
    EXPECT_NEAR(static_cast<double>(seek.first().first().value<Time>()), 500e6, 3e6);
}

TEST(RestaurantView, ClickingATableSelectsTheTaskServingIt) {
    RestaurantView view;
    view.resize(1000, 600);
    auto run = scenarios::async(3, milliseconds(300));
    view.setRun(run);
    view.setPlayhead(playheadAtTime(run->trace, milliseconds(100)));
    view.show();
    QApplication::processEvents();
    QSignalSpy clicked(&view, &RestaurantView::taskClicked);
    const RestaurantScene scene =
        buildScene(run->trace, run->restaurant, playheadAtTime(run->trace, milliseconds(100)));
    const RestaurantLayout l = RestaurantLayout::compute(scene, QRectF(view.rect()), 1.0);
    QTest::mouseClick(&view, Qt::LeftButton, {}, l.tableCenter[1].toPoint());
    ASSERT_EQ(clicked.count(), 1);
    EXPECT_EQ(clicked.first().first().value<TaskId>(), scene.tables[1].task);
    EXPECT_NE(scene.tables[1].task, 0u);
}

TEST(EventLog, ListsTheEventsThatHappenedByThePlayhead) {
    EventLogModel model;
    auto run = scenarios::async(2, milliseconds(100));
    model.setRun(run);
    EXPECT_EQ(model.rowCount(), 0);
    model.setPlayhead(playheadAtTime(run->trace, milliseconds(50)));
    EXPECT_EQ(static_cast<std::uint64_t>(model.rowCount()), run->trace.countUpTo(milliseconds(50)));
    model.setPlayhead(playheadAtEnd(run->trace));
    EXPECT_EQ(static_cast<std::uint64_t>(model.rowCount()), run->trace.size());
    // Only one task's events, when asked.
    const TaskId task = run->taskLanes.lanes()[1].id;
    model.setFilterTask(task);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(run->trace.record(model.seqOfRow(row)).task, task);
    EXPECT_GT(model.rowCount(), 3);
}

// One notch of the wheel, down, over the middle of `w`.
void turnWheel(QWidget& w) {
    const QPointF at(w.width() / 2.0, w.height() / 2.0);
    QWheelEvent e(at, w.mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                  Qt::NoScrollPhase, false);
    QApplication::sendEvent(&w, &e);
}

TEST(ParametersPanel, TheWheelChangesAParameterOnlyWhenItsControlHasTheFocus) {
    LessonParameter workers;
    workers.name = QStringLiteral("WORKERS");
    workers.defaultValue = 4;
    workers.minimum = 1;
    workers.maximum = 8;
    ParametersPanel panel;
    panel.setParameters({workers}, {}, QStringLiteral("en"));
    panel.resize(400, 200);
    panel.show();
    QApplication::setActiveWindow(&panel);
    auto* slider = panel.findChild<QSlider*>();
    auto* spin = panel.findChild<QSpinBox*>();
    ASSERT_TRUE(slider && spin);
    QSignalSpy changed(&panel, &ParametersPanel::valuesChanged);

    // Scrolling over the panel passes over the controls.
    turnWheel(*slider);
    turnWheel(*spin);
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(panel.values().value(QStringLiteral("WORKERS")), 4);

    // Once clicked or tabbed to, the wheel turns it.
    slider->setFocus();
    ASSERT_TRUE(slider->hasFocus());
    turnWheel(*slider);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_NE(panel.values().value(QStringLiteral("WORKERS")), 4);
}

// A scrubber that changes length while it is dragged moves under the
// pointer: its width is the bar's business alone.
TEST(TransportBar, TheScrubberKeepsItsWidthWhateverTheEventLineSays) {
    QAction restart, back, play, forward, slower, faster;
    TransportBar bar({&restart, &back, &play, &forward, &slower, &faster, {}});
    const auto run = scenarios::async(3, milliseconds(200));
    bar.setRun(run);
    bar.setExtent(run->trace.endTime(), run->trace.size());
    bar.resize(1280, 48);
    bar.show();
    QApplication::processEvents();
    QSlider* scrub = nullptr;
    for (QSlider* s : bar.findChildren<QSlider*>())
        if (s->maximum() > 1000) scrub = s;
    ASSERT_NE(scrub, nullptr);
    const QRect first = scrub->geometry();
    Playhead p;
    for (std::uint64_t i = 0; i < run->trace.size(); ++i) {
        p = stepForward(run->trace, p);
        bar.setPlayhead(p);
        QApplication::processEvents();
        ASSERT_EQ(scrub->geometry(), first) << "after event " << p.seq;
    }
}

TEST(Export, WritesPngSvgAndChromeTrace) {
    QTemporaryDir dir;
    auto run = scenarios::async(2, milliseconds(100));
    TimelineView view;
    view.resize(800, 240);
    view.setRun(run);
    view.setPlayhead(playheadAtEnd(run->trace));
    auto paint = [&](QPainter& p, const QRect& r) { view.render(p, r); };
    const QString png = dir.filePath(QStringLiteral("t.png"));
    const QString svg = dir.filePath(QStringLiteral("t.svg"));
    const QString json = dir.filePath(QStringLiteral("t.json"));
    EXPECT_TRUE(Export::picture(png, view.size(), paint, QStringLiteral("t")).isEmpty());
    EXPECT_TRUE(Export::picture(svg, view.size(), paint, QStringLiteral("t")).isEmpty());
    EXPECT_TRUE(Export::chromeTrace(json, *run).isEmpty());
    QImage img(png);
    EXPECT_EQ(img.size(), QSize(1600, 480)); // twice the pixels, for slides
    QFile s(svg);
    ASSERT_TRUE(s.open(QIODevice::ReadOnly));
    const QByteArray svgText = s.readAll();
    EXPECT_TRUE(svgText.contains("viewBox=\"0 0 800 240\""));
    QFile j(json);
    ASSERT_TRUE(j.open(QIODevice::ReadOnly));
    EXPECT_TRUE(j.readAll().contains("traceEvents"));
}
