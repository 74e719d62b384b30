// SPDX-License-Identifier: MIT
#include "ui/painters/timeline_resources.h"

#include "model/run_model.h"
#include "ui/painters/resource_drawing.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace coroscope {

namespace {
double rowHeight(const TimelineFrame& f, const Theme& theme) {
    return QFontMetricsF(theme.font(9 * f.scale)).height() * 2.4;
}
} // namespace

double timelineResourcesHeight(const TimelineFrame& f, const Theme& theme) {
    if (!f.run || f.run->trace.resources().size() <= 1) return 0;
    return rowHeight(f, theme) * static_cast<double>(f.run->trace.resources().size() - 1);
}

std::vector<QRectF> paintTimelineResources(QPainter& p, const QRect& lanes, const TimelineFrame& f,
                                           const TimeAxis& axis, const AxisDomain& domain,
                                           const Theme& theme) {
    std::vector<QRectF> labels;
    const double height = timelineResourcesHeight(f, theme);
    if (height <= 0 || lanes.height() < height * 1.5) return labels;
    const Trace& trace = f.run->trace;
    const auto& events = f.run->restaurant.resourceEvents;
    const std::vector<ResourceState> now = resourcesAt(trace, events, f.playhead.seq);
    const double rowH = rowHeight(f, theme);
    const QRectF band(lanes.left(), lanes.bottom() + 1 - height, lanes.width(), height);
    p.save();
    p.setClipRect(lanes);
    QColor shade = theme.surface;
    shade.setAlpha(238);
    p.fillRect(band, shade);
    p.fillRect(QRectF(band.left(), band.top(), band.width(), 1), theme.grid);
    const QFont font = theme.font(9 * f.scale, true);
    const QFontMetricsF fm(font);
    const double xEnd = axis.toX(domain.ofPlayhead(f.playhead));
    for (std::size_t i = 0; i < now.size(); ++i) {
        const ResourceState& r = now[i];
        const QRectF row(band.left(), band.top() + static_cast<double>(i) * rowH, band.width(),
                         rowH);
        const QRectF chart = row.adjusted(0, fm.height() + 2, 0, -2);
        // The scale: the limit, or the largest count the run reaches.
        std::uint32_t top = std::max<std::uint32_t>(r.limit, 1);
        for (const auto& [seq, index] : events)
            if (trace.resourceChange(index).resource == r.id)
                top = std::max(top, trace.resourceChange(index).value);
        const QColor fill = r.kind == ResourceKind::Queue ? theme.io : theme.waitTask;
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        double x = axis.toX(domain.ofEvent(0));
        std::uint32_t value = 0;
        auto step = [&](double toX) {
            const double x0 = std::max(x, chart.left()), x1 = std::min(toX, chart.right());
            if (x1 > x0 && value > 0) {
                const double h = chart.height() * value / top;
                p.drawRect(QRectF(x0, chart.bottom() - h, x1 - x0, h));
            }
            x = toX;
        };
        for (const auto& [seq, index] : events) {
            if (seq >= f.playhead.seq) break;
            const ResourceChange& c = trace.resourceChange(index);
            if (c.resource != r.id) continue;
            step(axis.toX(domain.ofEvent(seq)));
            value = c.value;
        }
        step(xEnd);
        // The limit, as a line the count cannot pass.
        if (r.limit) {
            p.setPen(QPen(fill.darker(150), 1, Qt::DashLine));
            const double y = chart.bottom() - chart.height() * r.limit / top;
            p.drawLine(QPointF(chart.left(), y), QPointF(chart.right(), y));
        }
        QString text = resourceSummary(r, trace);
        const QString waiting = resourceWaiters(r, trace);
        if (!waiting.isEmpty()) text += QStringLiteral(" · ") + waiting;
        p.setFont(font);
        p.setPen(theme.text);
        const QRectF textRect(row.left() + 8, row.top() + 1, row.width() - 16, fm.height());
        const QString shown = fm.elidedText(text, Qt::ElideRight, textRect.width());
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, shown);
        labels.push_back(
            QRectF(textRect.topLeft(), QSizeF(fm.horizontalAdvance(shown), fm.height())));
    }
    p.restore();
    return labels;
}

} // namespace coroscope
