// SPDX-License-Identifier: MIT
#include "ui/views/compare_view.h"

#include "model/measure.h"
#include "ui/style/format.h"

#include <QPainter>

#include <algorithm>

namespace coroscope {

namespace {
constexpr double kLaneHeight = 26; // a lane's height when the row has room
// The least height of a lane: its name is drawn at a size read from the back of a room.
constexpr int kMinLaneHeight = 22;
} // namespace

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

void CompareView::setConcealed(std::optional<Concealed> concealed) {
    m_concealed = concealed;
    update();
}

void CompareView::render(QPainter& p, const QRect& rect) {
    const Theme& theme = *m_theme;
    m_drawn.clear();
    p.fillRect(rect, theme.background);
    if (m_runs.empty()) {
        p.setPen(theme.mutedText);
        p.setFont(theme.font(12));
        const QString empty =
            tr("This lesson compares no scripts. Lessons with \"compare\" show their "
               "scripts here, one above the other.");
        p.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, empty);
        m_drawn << empty;
        return;
    }
    // One time axis for all: the longest run decides it, but the one an open
    // question is about (its length would say how long it takes).
    Time longest = 1;
    for (std::size_t i = 0; i < m_runs.size(); ++i)
        if (m_runs[i].run && !(m_concealed && m_concealed->run == static_cast<int>(i)))
            longest = std::max(longest, m_runs[i].run->trace.endTime());
    const TimeAxis axis = TimeAxis().fitted(static_cast<double>(longest));

    const int legend = TimelinePainter::legendHeight(theme);
    const int rows = static_cast<int>(m_runs.size());
    const QRect area = rect.adjusted(0, 0, 0, -legend);
    const QFont titleFont = theme.font(11, true);
    const QFont statsFont = theme.font(10);
    const int titleH = QFontMetrics(titleFont).height() + 10;
    // Each row as tall as its lanes want, then all scaled to fit: a run with
    // one worker does not get the room of a run with ten.
    // Every row first gets room for its title, its axis and one lane, so no
    // run is squeezed out by another with many workers.
    std::vector<double> want(m_runs.size());
    double total = 0;
    const int header = TimelinePainter::headerHeight(theme);
    const double least = titleH + header + 4 + kMinLaneHeight;
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        const std::size_t lanes = m_runs[i].run ? m_runs[i].run->workerLanes.size() : 1;
        want[i] = titleH + header + 4 +
                  kLaneHeight * static_cast<double>(std::clamp<std::size_t>(lanes, 1, 12)) - least;
        total += want[i];
    }
    const double spare = std::max(0.0, area.height() - least * rows);
    const auto hides = [this](Measure m) { return m_concealed && m_concealed->measure == m; };
    const QString hidden = QStringLiteral("?");
    double top = area.top();
    double cursorX = -1;
    std::vector<QRect> laneAreas;
    for (int i = 0; i < rows; ++i) {
        const ComparedRun& c = m_runs[static_cast<std::size_t>(i)];
        const double h =
            std::min(static_cast<double>(area.height()) / rows, least) +
            (total > 0 ? want[static_cast<std::size_t>(i)] * spare / total : spare / rows);
        const QRect row(area.left(), static_cast<int>(top), area.width(), static_cast<int>(h));
        top += h;
        p.fillRect(QRect(row.left(), row.top(), row.width(), titleH), theme.surface);
        const QRect title = QRect(row.left() + 10, row.top(), row.width() - 20, titleH);
        if (!c.run || !c.run->ran()) {
            p.setFont(titleFont);
            p.setPen(theme.text);
            p.drawText(title, Qt::AlignLeft | Qt::AlignVCenter, c.label);
            const QString note = c.run ? tr("This script did not run.") : tr("Running…");
            p.setPen(theme.mutedText);
            p.setFont(statsFont);
            p.drawText(row.adjusted(10, titleH, -10, 0), Qt::AlignCenter, note);
            m_drawn << c.label << note;
            continue;
        }
        const Trace& trace = c.run->trace;
        const QString stats =
            QStringList{
                tr("total %1")
                    .arg(hides(Measure::TotalTime) ? hidden : Format::seconds(trace.endTime())),
                tr("peak memory %1")
                    .arg(hides(Measure::PeakMemory) ? hidden : Format::bytes(trace.peakMemory())),
                tr("workers %1")
                    .arg(hides(Measure::Workers)
                             ? hidden
                             : QString::number(static_cast<int>(trace.workers().size())))}
                .join(QStringLiteral("  ·  "));
        // The figures keep their room; the label gets the rest, elided.
        p.setFont(statsFont);
        const int statsW = p.fontMetrics().horizontalAdvance(stats);
        p.setPen(theme.text);
        p.drawText(title, Qt::AlignRight | Qt::AlignVCenter, stats);
        p.setFont(titleFont);
        const QString label = p.fontMetrics().elidedText(c.label, Qt::ElideRight,
                                                         std::max(0, title.width() - statsW - 20));
        p.drawText(title, Qt::AlignLeft | Qt::AlignVCenter, label);
        m_drawn << label << stats;

        // Each run to its own end; the one a question is open about only to
        // where the question paused it.
        const bool asked = m_concealed && m_concealed->run == i;
        TimelineFrame f;
        f.run = c.run.get();
        f.mode = LaneMode::Workers;
        f.axis = axis;
        f.playhead =
            asked ? playheadAtTime(trace, std::min(m_time, trace.endTime())) : playheadAtEnd(trace);
        f.showLegend = false;
        f.showArrows = false;
        f.showCursor = asked;
        const QRect lanes(row.left(), row.top() + titleH, row.width(), row.height() - titleH - 4);
        const int count = std::max<int>(1, static_cast<int>(c.run->workerLanes.size()));
        // Lanes tall enough for their names to be read; those that do not fit
        // are counted instead of squeezed.
        f.laneHeight = std::clamp((lanes.height() - header) / count, kMinLaneHeight,
                                  static_cast<int>(kLaneHeight));
        m_painters[static_cast<std::size_t>(i)].paint(p, lanes, f, theme);
        const TimelineLayout l = TimelinePainter::layout(lanes, f, theme);
        const TimeAxis placed = TimelinePainter::placedAxis(l, f);
        const int fit = std::max(1, l.lanes.height() / f.laneHeight);
        if (fit < count) {
            // The last lane that fits says how many are left out; it covers
            // what would be cut.
            const int shown = fit - 1;
            const QString more = tr("… and %1 more").arg(count - shown);
            p.setFont(statsFont);
            const int bandTop = l.lanes.top() + shown * f.laneHeight;
            p.fillRect(QRect(l.labels.left(), bandTop, l.lanes.right() - l.labels.left() + 1,
                             l.lanes.bottom() - bandTop + 1),
                       theme.background);
            const QRect band(l.labels.left(), bandTop, l.labels.width(), f.laneHeight);
            p.fillRect(band, theme.surface);
            p.setPen(theme.mutedText);
            p.drawText(band.adjusted(20, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter, more);
            m_drawn << more;
        }
        // Where this run ends, on the shared axis.
        if (!asked) {
            const double endX = placed.toX(static_cast<double>(trace.endTime()));
            p.setPen(QPen(theme.text, 1.5 * theme.lineWidth, Qt::DashLine));
            p.drawLine(QPointF(endX, l.lanes.top()), QPointF(endX, l.lanes.bottom()));
        }
        cursorX = placed.toX(static_cast<double>(m_time));
        laneAreas.push_back(l.lanes);
        p.fillRect(QRect(row.left(), row.bottom() - 1, row.width(), 2), theme.grid);
    }
    // One cursor, at the playhead's time, across every row.
    if (cursorX >= 0)
        for (const QRect& lanesArea : laneAreas)
            if (cursorX >= lanesArea.left() && cursorX <= lanesArea.right())
                p.fillRect(QRectF(cursorX - theme.lineWidth, lanesArea.top(), 2 * theme.lineWidth,
                                  lanesArea.height()),
                           theme.cursor);
    // One legend for every row.
    TimelinePainter().paintLegend(
        p, QRect(rect.left(), rect.bottom() - legend + 1, rect.width(), legend), theme);
}

void CompareView::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange || e->type() == QEvent::FontChange) update();
    QWidget::changeEvent(e);
}

} // namespace coroscope
