// SPDX-License-Identifier: MIT
#include "model/time_axis.h"

#include <algorithm>
#include <cmath>

namespace coroscope {

TimeAxis::TimeAxis(double begin, double end, double left, double width)
    : m_begin(begin)
    , m_end(end > begin ? end : begin + 1)
    , m_left(left)
    , m_width(width > 0 ? width : 1) {}

TimeAxis TimeAxis::clampedTo(double domainEnd, double minSpan) const {
    // Room past the end so the final state and its end-cap are not cut off.
    const double limit = std::max(domainEnd * 1.04, minSpan);
    double s = std::clamp(span(), minSpan, limit);
    double b = std::clamp(m_begin, 0.0, std::max(0.0, limit - s));
    return TimeAxis(b, b + s, m_left, m_width);
}

TimeAxis TimeAxis::zoomedAt(double x, double factor, double domainEnd, double minSpan) const {
    if (factor <= 0) return *this;
    const double anchor = toValue(x);
    const double s = std::max(span() / factor, minSpan);
    const double fraction = (x - m_left) / m_width;
    TimeAxis zoomed(anchor - fraction * s, anchor - fraction * s + s, m_left, m_width);
    return zoomed.clampedTo(domainEnd, minSpan);
}

TimeAxis TimeAxis::pannedBy(double dx, double domainEnd) const {
    const double dv = dx / pixelsPerUnit();
    return TimeAxis(m_begin + dv, m_end + dv, m_left, m_width).clampedTo(domainEnd, 0);
}

TimeAxis TimeAxis::fitted(double domainEnd) const {
    const double e = domainEnd > 0 ? domainEnd * 1.04 : 1;
    return TimeAxis(0, e, m_left, m_width);
}

TimeAxis TimeAxis::placed(double left, double width) const {
    return TimeAxis(m_begin, m_end, left, width);
}

TimeAxis TimeAxis::revealing(double value, double domainEnd) const {
    const double margin = span() * 0.05;
    if (value >= m_begin + margin && value <= m_end - margin) return *this;
    double b = value < m_begin + margin ? value - margin : value - span() + margin * 4;
    return TimeAxis(b, b + span(), m_left, m_width).clampedTo(domainEnd, 0);
}

double TimeAxis::tickStep(double minSpacing) const {
    const double minStep = minSpacing / pixelsPerUnit();
    const double power = std::pow(10.0, std::floor(std::log10(minStep)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= minStep) return m * power;
    return 10 * power;
}

std::vector<AxisTick> TimeAxis::ticks(double minSpacing) const {
    std::vector<AxisTick> out;
    if (!(minSpacing > 0)) return out;
    const double step = tickStep(minSpacing);
    const double power = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    const int every = std::llround(step / power) == 2 ? 5 : 2;
    const double majorStep = step * every;
    const auto first = static_cast<long long>(std::ceil(m_begin / step - 1e-9));
    for (long long i = first;; ++i) {
        const double v = static_cast<double>(i) * step;
        if (v > m_end + step * 1e-9) break;
        const double r = std::fmod(std::abs(v) + majorStep * 1e-6, majorStep);
        out.push_back({v, r < majorStep * 1e-5 * 2});
        if (out.size() > 4000) break; // a guard against a degenerate axis
    }
    return out;
}

} // namespace coroscope
