// SPDX-License-Identifier: MIT
#pragma once

#include "ui/painters/timeline_painter.h"

#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

namespace coroscope {

// One run in the comparison, with the label of its script.
struct ComparedRun {
    QString label;
    std::shared_ptr<const RunModel> run; // null while it runs, or if it failed
};

// The same job done several ways (sync, threads, processes, async), stacked
// on one time axis: each run's workers as lanes, and beside it its total
// time, peak memory and the workers it used. The cursor is at the
// playhead's time in every run.
class CompareView : public QWidget {
    Q_OBJECT

public:
    explicit CompareView(QWidget* parent = nullptr);

    void setRuns(std::vector<ComparedRun> runs);
    void setTime(Time t);
    void setTheme(const Theme* theme);
    void render(QPainter& painter, const QRect& rect);
    const std::vector<ComparedRun>& runs() const { return m_runs; }

    QSize sizeHint() const override { return {900, 480}; }
    QSize minimumSizeHint() const override { return {320, 200}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    std::vector<ComparedRun> m_runs;
    std::vector<TimelinePainter> m_painters;
    Time m_time = 0;
    const Theme* m_theme;
};

} // namespace coroscope
