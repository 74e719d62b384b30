// SPDX-License-Identifier: MIT
#pragma once

#include "ui/painters/timeline_painter.h"

#include <QWidget>

#include <memory>

class QScrollBar;

namespace coroscope {

// The timeline widget: lanes of task (or worker) states over virtual time or
// loop ticks, with the playhead as a cursor. Zoom with Ctrl+wheel or +/-,
// pan by dragging or with the wheel, fit with F. A click selects a task; a
// click on the axis moves the playhead there.
// Invariant: m_frame.run is m_run.get(); the axis stays inside the run.
class TimelineView : public QWidget {
    Q_OBJECT

public:
    explicit TimelineView(QWidget* parent = nullptr);

    void setRun(std::shared_ptr<const RunModel> run);
    void setPlayhead(const Playhead& p);
    void setSelectedTask(TaskId task);
    void setTheme(const Theme* theme);
    void setMode(LaneMode mode);
    void setAxisKind(AxisKind kind);
    void setShowArrows(bool on);
    // Larger lanes and type (presenter mode).
    void setScale(double scale);
    // Keeps the cursor in view while playing.
    void setFollowPlayhead(bool on) { m_follow = on; }

    LaneMode mode() const { return m_frame.mode; }
    AxisKind axisKind() const { return m_frame.axisKind; }
    const TimelineFrame& frame() const { return m_frame; }

    void zoomIn();
    void zoomOut();
    void zoomToFit();
    // Draws the current picture into any painter (export).
    void render(QPainter& painter, const QRect& rect);

    QSize sizeHint() const override { return {900, 260}; }
    QSize minimumSizeHint() const override { return {240, 90}; }

Q_SIGNALS:
    void taskClicked(TaskId task);
    void seekRequested(Time time);
    void seekTickRequested(double tick);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    TimelineLayout currentLayout() const;
    double domainEnd() const;
    void zoomAt(double x, double factor);
    void updateScrollBar();
    void seekAt(double x);
    QString tooltipAt(QPoint pos) const;

    std::shared_ptr<const RunModel> m_run;
    TimelineFrame m_frame;
    TimelinePainter m_painter;
    const Theme* m_theme;
    QScrollBar* m_scroll;
    QPoint m_dragStart;
    QPoint m_dragLast;
    bool m_dragging = false;
    bool m_dragMoved = false;
    bool m_seeking = false;
    bool m_follow = true;
    bool m_fitted = false; // the axis has been fitted to a run at least once
};

} // namespace coroscope
