// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

namespace coroscope {

// One labelled mark on an axis: its value and whether it is a major step.
struct AxisTick {
    double value = 0;
    bool major = false;
};

// Maps a domain (virtual nanoseconds, or loop ticks) onto horizontal pixels:
// the visible window [begin, end] of the domain fills [left, left + width].
// A value type: zooming and panning return a new axis, so a view can keep the
// old one to animate or undo.
// Invariants: end > begin; width > 0; begin >= 0 once clamped to a domain.
class TimeAxis {
public:
    TimeAxis() = default;
    TimeAxis(double begin, double end, double left, double width);

    double begin() const { return m_begin; }
    double end() const { return m_end; }
    double left() const { return m_left; }
    double width() const { return m_width; }
    double right() const { return m_left + m_width; }
    double span() const { return m_end - m_begin; }
    double pixelsPerUnit() const { return m_width / (m_end - m_begin); }

    double toX(double value) const { return m_left + (value - m_begin) * pixelsPerUnit(); }
    double toValue(double x) const { return m_begin + (x - m_left) / pixelsPerUnit(); }

    // Zooms by `factor` (> 1 zooms in) keeping the value under x where it is,
    // then keeps the window inside [0, domainEnd] and no narrower than minSpan.
    TimeAxis zoomedAt(double x, double factor, double domainEnd, double minSpan) const;
    // Moves the window by dx pixels (positive shows later values), kept inside the domain.
    TimeAxis pannedBy(double dx, double domainEnd) const;
    // The whole domain, with a little room after its end so the last mark shows.
    TimeAxis fitted(double domainEnd) const;
    // The same window drawn into other pixels.
    TimeAxis placed(double left, double width) const;
    // The window moved (not resized) so that value is visible, with a margin.
    TimeAxis revealing(double value, double domainEnd) const;

    // Marks at a "nice" step (1, 2 or 5 times a power of ten) at least
    // minSpacing pixels apart; every fifth (or second, for 2s) is major.
    std::vector<AxisTick> ticks(double minSpacing) const;
    double tickStep(double minSpacing) const;

    bool operator==(const TimeAxis&) const = default;

private:
    TimeAxis clampedTo(double domainEnd, double minSpan) const;

    double m_begin = 0;
    double m_end = 1;
    double m_left = 0;
    double m_width = 1;
};

} // namespace coroscope
