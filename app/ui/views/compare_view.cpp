// SPDX-License-Identifier: MIT
#include "ui/views/compare_view.h"

#include "model/measure.h"
#include "ui/style/format.h"

#include <QPainter>

#include <algorithm>

namespace coroscope {

CompareView::CompareView(QWidget* parent)
    : QWidget(parent)
    , m_theme(&Theme::light()) {
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void CompareView::setRuns(std::vector<ComparedRun> runs) {
    m_runs = std::move(runs);
    m_painters.resize(m_runs.size());
    update();
}

void CompareView::setTime(Time t) {
    m_time = t;
    update();
}

void CompareView::setTheme(const Theme* theme) {
    m_theme = theme;
    update();
}

void CompareView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    render(p, rect());
}

void CompareView::render(QPainter& p, const QRect& rect) {
    const Theme& theme = *m_theme;
    p.fillRect(rect, theme.background);
    if (m_runs.empty()) {
        p.setPen(theme.mutedText);
        p.setFont(theme.font(12));
        p.drawText(rect, Qt::AlignCenter,
                   tr("This lesson compares no scripts. Lessons with \"compare\" show their "
                      "scripts here, one above the other."));
        return;
    }
    // One time axis for all: the longest run decides it.
    Time longest = 1;
    for (const ComparedRun& c : m_runs)
        if (c.run) longest = std::max(longest, c.run->trace.endTime());
    const TimeAxis axis = TimeAxis().fitted(static_cast<double>(longest));

    const int legend = TimelinePainter::legendHeight(theme);
    const int rows = static_cast<int>(m_runs.size());
    const QRect area = rect.adjusted(0, 0, 0, -legend);
    const QFont titleFont = theme.font(11, true);
    const QFont statsFont = theme.font(10);
    const int titleH = QFontMetrics(titleFont).height() + 10;
    // Each row as tall as its lanes want, then all scaled to fit: a run with
    // one worker does not get the room of a run with ten.
    std::vector<double> want(m_runs.size());
    double total = 0;
    const int header = TimelinePainter::headerHeight(theme);
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        const std::size_t lanes = m_runs[i].run ? m_runs[i].run->workerLanes.size() : 1;
        want[i] =
            titleH + header + 8 + 26.0 * static_cast<double>(std::clamp<std::size_t>(lanes, 2, 12));
        total += want[i];
    }
    double top = area.top();
    for (int i = 0; i < rows; ++i) {
        const ComparedRun& c = m_runs[static_cast<std::size_t>(i)];
        const double h = want[static_cast<std::size_t>(i)] * area.height() / total;
        const QRect row(area.left(), static_cast<int>(top), area.width(), static_cast<int>(h));
        top += h;
        p.fillRect(QRect(row.left(), row.top(), row.width(), titleH), theme.surface);
        p.setFont(titleFont);
        p.setPen(theme.text);
        const QRect title = QRect(row.left() + 10, row.top(), row.width() - 20, titleH);
        p.drawText(title, Qt::AlignLeft | Qt::AlignVCenter, c.label);
        if (!c.run || !c.run->ran()) {
            p.setPen(theme.mutedText);
            p.setFont(statsFont);
            p.drawText(row.adjusted(10, titleH, -10, 0), Qt::AlignCenter,
                       c.run ? tr("This script did not run.") : tr("Running…"));
            continue;
        }
        const Trace& trace = c.run->trace;
        const QString stats =
            tr("total %1  ·  peak memory %2  ·  workers %3")
                .arg(Format::seconds(trace.endTime()), Format::bytes(trace.peakMemory()))
                .arg(static_cast<int>(trace.workers().size()));
        p.setFont(statsFont);
        p.setPen(theme.text);
        p.drawText(title, Qt::AlignRight | Qt::AlignVCenter, stats);

        TimelineFrame f;
        f.run = c.run.get();
        f.mode = LaneMode::Workers;
        f.axis = axis;
        f.playhead = playheadAtTime(trace, std::min(m_time, trace.endTime()));
        if (m_time >= trace.endTime()) f.playhead = playheadAtEnd(trace);
        f.showLegend = false;
        f.showArrows = false;
        const QRect lanes(row.left(), row.top() + titleH, row.width(), row.height() - titleH - 4);
        const int count = std::max<int>(1, static_cast<int>(c.run->workerLanes.size()));
        f.laneHeight = std::clamp((lanes.height() - header) / count, 3, 26);
        m_painters[static_cast<std::size_t>(i)].paint(p, lanes, f, theme);
        // Where this run ends, on the shared axis.
        const TimelineLayout l = TimelinePainter::layout(lanes, f, theme);
        const TimeAxis placed = TimelinePainter::placedAxis(l, f);
        const double endX = placed.toX(static_cast<double>(trace.endTime()));
        if (m_time >= trace.endTime()) {
            p.setPen(QPen(theme.text, 1.5 * theme.lineWidth, Qt::DashLine));
            p.drawLine(QPointF(endX, l.lanes.top()), QPointF(endX, l.lanes.bottom()));
        }
        p.fillRect(QRect(row.left(), row.bottom() - 1, row.width(), 2), theme.grid);
    }
    // One legend for every row.
    TimelinePainter().paintLegend(
        p, QRect(rect.left(), rect.bottom() - legend + 1, rect.width(), legend), theme);
}

void CompareView::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange || e->type() == QEvent::FontChange) update();
    QWidget::changeEvent(e);
}

} // namespace coroscope
