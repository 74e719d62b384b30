// SPDX-License-Identifier: MIT
#pragma once

#include "model/look.h"
#include "model/playhead.h"
#include "model/tick_index.h"
#include "model/time_axis.h"

#include <cstdint>
#include <vector>

namespace coroscope {

enum class AxisKind : std::uint8_t { VirtualTime, Ticks };

// Places events on the axis in use: virtual time, or loop ticks.
class AxisDomain {
public:
    AxisDomain(AxisKind kind, const Trace& trace, const TickIndex& ticks)
        : m_kind(kind)
        , m_trace(&trace)
        , m_ticks(&ticks) {}

    AxisKind kind() const { return m_kind; }
    double beginOf(const Span& s) const {
        return m_kind == AxisKind::VirtualTime ? static_cast<double>(s.begin)
                                               : m_ticks->positionOf(s.beginSeq);
    }
    // Where a span ends, for a span still open at the playhead: the playhead.
    double endOf(const Span& s, const Playhead& p) const;
    double ofPlayhead(const Playhead& p) const;
    double ofEvent(std::uint64_t seq) const;
    // The whole run's extent on this axis.
    double extent() const;
    // The smallest window one may zoom to.
    double minSpan() const { return m_kind == AxisKind::VirtualTime ? 1000.0 : 4.0; }
    const Trace& trace() const { return *m_trace; }
    const TickIndex& ticks() const { return *m_ticks; }

private:
    AxisKind m_kind;
    const Trace* m_trace;
    const TickIndex* m_ticks;
};

// A stretch of pixel columns of one lane drawn with one look. Spans narrower
// than a pixel are folded into their column, which takes the look of highest
// priority; `span` is the index of the span that gave the run its look.
struct LaneRun {
    int x0 = 0; // first column
    int x1 = 0; // one past the last column
    Look look = Look::None;
    std::uint32_t span = 0;
};

// An end-cap (done, cancelled, failed) at a column.
struct LaneCap {
    double x = 0;
    Look look = Look::Done;
    std::uint32_t span = 0;
};

// Folds the spans of one lane that have begun by the playhead into pixel
// runs between columns [clipLeft, clipRight). Cost: proportional to the
// spans inside the window, never to the whole lane (a binary search finds
// the first). Runs come out in order, adjacent runs of one look merged.
void laneRuns(const std::vector<Span>& spans, const AxisDomain& domain, const TimeAxis& axis,
              const Playhead& playhead, int clipLeft, int clipRight, std::vector<LaneRun>& runs,
              std::vector<LaneCap>& caps);

// The span of a lane under column x (the most telling one within `slop`
// pixels), or -1.
int spanUnder(const std::vector<Span>& spans, const AxisDomain& domain, const TimeAxis& axis,
              const Playhead& playhead, double x, double slop);

} // namespace coroscope
