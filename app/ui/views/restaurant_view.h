// SPDX-License-Identifier: MIT
#pragma once

#include "ui/painters/restaurant_painter.h"

#include <QVariantAnimation>
#include <QWidget>

#include <memory>

namespace coroscope {

// The restaurant widget. While playing, waiters walk for a short real time
// whatever the speed (the walk is given in virtual time scaled by the
// speed); paused, each stands exactly where the trace says.
class RestaurantView : public QWidget {
    Q_OBJECT

public:
    explicit RestaurantView(QWidget* parent = nullptr);

    void setRun(std::shared_ptr<const RunModel> run);
    void setPlayhead(const Playhead& p);
    void setSelectedTask(TaskId task);
    void setTheme(const Theme* theme);
    // Playing at `speed` (virtual seconds per second), or paused (0).
    void setMotion(double speed);
    // Whether the caption shows the time (the presenter has its own clock).
    void setClockShown(bool shown);
    void render(QPainter& painter, const QRect& rect);

    QSize sizeHint() const override { return {760, 480}; }
    QSize minimumSizeHint() const override { return {280, 200}; }

Q_SIGNALS:
    void taskClicked(TaskId task);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    std::shared_ptr<const RunModel> m_run;
    RestaurantFrame m_frame;
    RestaurantPainter m_painter;
    RestaurantLayout m_layout; // of the last paint, for clicks and tooltips
    const Theme* m_theme;
    // Stepping while paused: where the waiters were, and the glide from there.
    std::vector<std::pair<WorkerId, QPointF>> m_glideFrom;
    QVariantAnimation* m_glide;
    bool m_moving = false; // playing (walks come from the trace then)
};

} // namespace coroscope
