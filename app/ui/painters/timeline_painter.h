// SPDX-License-Identifier: MIT
#pragma once

#include "model/lane_runs.h"
#include "model/lanes.h"
#include "model/run_model.h"
#include "model/time_axis.h"
#include "ui/style/theme.h"

#include <QBrush>
#include <QRect>

#include <array>
#include <vector>

class QPainter;

namespace coroscope {

// What the timeline shows: a pure description, so the widget, the export
// and the benchmark all draw the same picture from it.
struct TimelineFrame {
    const RunModel* run = nullptr;
    LaneMode mode = LaneMode::Tasks;
    AxisKind axisKind = AxisKind::VirtualTime;
    TimeAxis axis; // the visible window of the domain; placed onto the lanes by the painter
    Playhead playhead;
    double scrollY = 0; // pixels of lanes scrolled past the top
    int laneHeight = 24;
    TaskId selected = 0;
    bool showArrows = true;
    bool showLegend = true;
    bool showCursor = true; // false: the caller draws its own (the comparison's shared one)
    double scale = 1;       // type size, larger in presenter mode
};

// Where the parts of the timeline go inside its rectangle.
struct TimelineLayout {
    QRect header; // the axis
    QRect labels; // lane names
    QRect lanes;  // the lanes themselves
    QRect legend;
    QRect resources;   // rows for the queues, locks, semaphores, under the lanes (may be empty)
    int firstLane = 0; // the first lane drawn (partly visible)
    int lastLane = -1; // the last lane drawn

    double laneTop(int lane, const TimelineFrame& f) const {
        return lanes.top() + lane * f.laneHeight - f.scrollY;
    }
    int laneAt(double y, const TimelineFrame& f, std::size_t laneCount) const;
};

// Draws a run as lanes of states over time. Cost per frame is bounded by
// the lanes on screen times the pixel columns: spans narrower than a pixel
// fold into their column, and lanes scrolled away are never visited.
// The painter keeps scratch buffers and pattern tiles between frames, so
// one instance serves one view.
class TimelinePainter {
public:
    static TimelineLayout layout(const QRect& rect, const TimelineFrame& f, const Theme& theme);
    // The axis that maps the frame's window onto the lanes area.
    static TimeAxis placedAxis(const TimelineLayout& l, const TimelineFrame& f);
    static int labelWidth(const Theme& theme, double scale = 1);
    static int headerHeight(const Theme& theme, double scale = 1);
    static int legendHeight(const Theme& theme, double scale = 1);

    void paint(QPainter& p, const QRect& rect, const TimelineFrame& f, const Theme& theme);
    // The legend alone: a sample of every state and end-cap.
    void paintLegend(QPainter& p, const QRect& rect, const Theme& theme, double scale = 1);

private:
    void paintHeader(QPainter& p, const TimelineLayout& l, const TimelineFrame& f,
                     const TimeAxis& axis, const Theme& theme);
    void paintLane(QPainter& p, const TimelineLayout& l, const TimelineFrame& f,
                   const TimeAxis& axis, const AxisDomain& domain, int lane, const Theme& theme);
    void paintRun(QPainter& p, const QRectF& bar, const LaneRun& r, const Theme& theme,
                  bool detailed);
    void paintCap(QPainter& p, const QRectF& bar, const LaneCap& c, const Theme& theme);
    void paintLabels(QPainter& p, const TimelineLayout& l, const TimelineFrame& f,
                     const Theme& theme);
    void paintArrows(QPainter& p, const TimelineLayout& l, const TimelineFrame& f,
                     const TimeAxis& axis, const AxisDomain& domain, const Theme& theme);
    // Warnings and CancelledErrors, each on its task's lane.
    void paintNotes(QPainter& p, const TimelineLayout& l, const TimelineFrame& f,
                    const TimeAxis& axis, const AxisDomain& domain, const Theme& theme);
    void paintCursor(QPainter& p, const TimelineLayout& l, const TimelineFrame& f,
                     const TimeAxis& axis, const AxisDomain& domain, const Theme& theme);
    void preparePatterns(const Theme& theme);

    std::vector<LaneRun> m_runs;
    std::vector<LaneCap> m_caps;
    const Theme* m_patternTheme = nullptr;
    std::array<QBrush, kLookCount> m_patterns;
    QBrush m_dash;
};

// A short label for a span drawn wide enough to hold one ("kitchen", "cpu").
QString spanLabel(const Trace& trace, const Span& span);

} // namespace coroscope
