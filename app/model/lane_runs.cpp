// SPDX-License-Identifier: MIT
#include "model/lane_runs.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace coroscope {

double AxisDomain::endOf(const Span& s, const Playhead& p) const {
    if (s.endSeq >= p.seq) return ofPlayhead(p); // still open at the playhead
    return m_kind == AxisKind::VirtualTime ? static_cast<double>(s.end)
                                           : m_ticks->positionOf(s.endSeq);
}

double AxisDomain::ofPlayhead(const Playhead& p) const {
    return m_kind == AxisKind::VirtualTime ? static_cast<double>(p.time)
                                           : m_ticks->positionOf(p.seq);
}

double AxisDomain::ofEvent(std::uint64_t seq) const {
    return m_kind == AxisKind::VirtualTime ? static_cast<double>(m_trace->timeOf(seq))
                                           : m_ticks->positionOf(seq);
}

double AxisDomain::extent() const {
    return m_kind == AxisKind::VirtualTime ? static_cast<double>(m_trace->endTime())
                                           : static_cast<double>(m_ticks->count());
}

namespace {

// Where the spans visible in [v0, ...) start: the first that ends after v0.
// Spans are ordered by begin (time and seq alike), and so by end.
std::size_t firstVisible(const std::vector<Span>& spans, const AxisDomain& domain,
                         const Playhead& p, double v0) {
    auto it = std::partition_point(spans.begin(), spans.end(), [&](const Span& s) {
        return s.endSeq < p.seq && domain.endOf(s, p) < v0;
    });
    return static_cast<std::size_t>(it - spans.begin());
}

struct RunBuilder {
    std::vector<LaneRun>& runs;
    void add(int x0, int x1, Look look, std::uint32_t span) {
        if (x1 <= x0) return;
        if (!runs.empty()) {
            LaneRun& last = runs.back();
            if (last.x1 >= x0 && last.look == look) {
                last.x1 = std::max(last.x1, x1);
                return;
            }
            if (last.x1 > x0) { // overlap with a column already given to a run
                if (lookPriority(last.look) >= lookPriority(look)) {
                    x0 = last.x1;
                    if (x1 <= x0) return;
                } else {
                    last.x1 = x0;
                    if (last.x1 <= last.x0) runs.pop_back();
                }
            }
        }
        runs.push_back(LaneRun{x0, x1, look, span});
    }
};

} // namespace

void laneRuns(const std::vector<Span>& spans, const AxisDomain& domain, const TimeAxis& axis,
              const Playhead& playhead, int clipLeft, int clipRight, std::vector<LaneRun>& runs,
              std::vector<LaneCap>& caps) {
    runs.clear();
    caps.clear();
    if (spans.empty() || clipRight <= clipLeft) return;
    const double v0 = axis.toValue(clipLeft);
    const double v1 = axis.toValue(clipRight);
    RunBuilder builder{runs};
    // The column being filled by sub-pixel spans: its best look so far.
    int pendingColumn = std::numeric_limits<int>::min();
    Look pendingLook = Look::None;
    std::uint32_t pendingSpan = 0;
    auto flush = [&] {
        if (pendingColumn != std::numeric_limits<int>::min() && pendingLook != Look::None)
            builder.add(pendingColumn, pendingColumn + 1, pendingLook, pendingSpan);
        pendingColumn = std::numeric_limits<int>::min();
        pendingLook = Look::None;
    };
    auto fold = [&](int column, Look look, std::uint32_t span) {
        if (column != pendingColumn) {
            flush();
            pendingColumn = column;
        }
        if (lookPriority(look) > lookPriority(pendingLook)) {
            pendingLook = look;
            pendingSpan = span;
        }
    };
    const double limitLeft = clipLeft - 1.0, limitRight = clipRight + 1.0;
    for (std::size_t i = firstVisible(spans, domain, playhead, v0); i < spans.size(); ++i) {
        const Span& s = spans[i];
        if (s.beginSeq >= playhead.seq) break; // not happened yet
        const double b = domain.beginOf(s);
        if (b > v1) break;
        const Look look = lookOf(s);
        const auto index = static_cast<std::uint32_t>(i);
        const double xb = std::clamp(axis.toX(b), limitLeft, limitRight);
        if (isTerminal(look)) {
            if (xb >= clipLeft - 8 && xb <= clipRight + 8) caps.push_back(LaneCap{xb, look, index});
            continue;
        }
        if (look == Look::None) continue;
        const double xe = std::clamp(axis.toX(domain.endOf(s, playhead)), limitLeft, limitRight);
        const int cb = static_cast<int>(std::floor(xb));
        const int ce = static_cast<int>(std::floor(xe));
        if (ce <= cb) {
            fold(cb, look, index); // narrower than a pixel
            continue;
        }
        // The partial first column competes with earlier sub-pixel spans;
        // the whole columns after it are this span's; the partial last one
        // is left for whoever comes next.
        fold(cb, look, index);
        flush();
        builder.add(cb + 1, ce, look, index);
        pendingColumn = ce;
        pendingLook = xe - ce > 0.01 ? look : Look::None;
        pendingSpan = index;
    }
    flush();
    // Keep runs inside the clip.
    for (LaneRun& r : runs) {
        r.x0 = std::max(r.x0, clipLeft);
        r.x1 = std::min(r.x1, clipRight);
    }
    std::erase_if(runs, [](const LaneRun& r) { return r.x1 <= r.x0; });
}

int spanUnder(const std::vector<Span>& spans, const AxisDomain& domain, const TimeAxis& axis,
              const Playhead& playhead, double x, double slop) {
    const double v0 = axis.toValue(x - slop), v1 = axis.toValue(x + slop);
    int best = -1;
    int bestScore = -1;
    for (std::size_t i = firstVisible(spans, domain, playhead, v0); i < spans.size(); ++i) {
        const Span& s = spans[i];
        if (s.beginSeq >= playhead.seq) break;
        const double b = domain.beginOf(s);
        if (b > v1) break;
        const double e = domain.endOf(s, playhead);
        const Look look = lookOf(s);
        if (look == Look::None) continue;
        // A span that truly contains x beats one that is merely near it.
        const double bx = axis.toX(b), ex = axis.toX(e);
        const bool contains = bx <= x && x < std::max(ex, bx + 1);
        const int score = (contains ? 100 : 0) + lookPriority(look);
        if (score > bestScore) {
            bestScore = score;
            best = static_cast<int>(i);
        }
    }
    return best;
}

} // namespace coroscope
