// SPDX-License-Identifier: MIT
#pragma once

#include "model/lesson.h"
#include "ui/painters/timeline_painter.h"

#include <QString>
#include <QWidget>

#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace coroscope {

// One run in the comparison, with the label of its script.
struct ComparedRun {
    QString label;
    std::shared_ptr<const RunModel> run; // null while it runs, or if it failed
};

// What a predict-first question still open keeps off the comparison: the
// figure it asks about, in every row (another run's equal figure would give
// it away as well), and the run it is about past the playhead.
struct Concealed {
    int run = -1; // the row of the script the question is about
    Measure measure = Measure::TotalTime;
};

// The same job done several ways (sync, threads, processes, async), stacked
// on one time axis: each run drawn whole, to its own end, its workers as
// lanes, and beside it its total time, peak memory and the workers it used.
// The cursor is at the playhead's time across every row.
class CompareView : public QWidget {
    Q_OBJECT

public:
    explicit CompareView(QWidget* parent = nullptr);

    void setRuns(std::vector<ComparedRun> runs);
    void setTime(Time t);
    void setTheme(const Theme* theme);
    void setConcealed(std::optional<Concealed> concealed);
    // The texts the last render drew (titles, figures, notes), for tests.
    const QStringList& drawnTexts() const { return m_drawn; }
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
    std::optional<Concealed> m_concealed;
    QStringList m_drawn;
    const Theme* m_theme;
};

} // namespace coroscope
