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

std::vector<QRectF> paintTimelineResources(QPainter& p, const TimelineLayout& l,
                                           const TimelineFrame& f, const TimeAxis& axis,
                                           const AxisDomain& domain, const Theme& theme) {
    std::vector<QRectF> labels;
    if (l.resources.height() <= 0 || !f.run) return labels;
    const Trace& trace = f.run->trace;
    const auto& events = f.run->restaurant.resourceEvents;
    const std::vector<ResourceState> now = resourcesAt(trace, events, f.playhead.seq);
    const double rowH = rowHeight(f, theme);
    const QRectF names(l.labels.left(), l.resources.top(), l.labels.width(), l.resources.height());
    const QRectF band(l.lanes.left(), l.resources.top(), l.lanes.width(), l.resources.height());
    p.save();
    p.setClipRect(l.resources);
    p.fillRect(names, theme.surface);
    p.fillRect(band, theme.background);
    p.fillRect(QRectF(l.resources.left(), l.resources.top(), l.resources.width(), 1), theme.grid);
    p.fillRect(QRectF(names.right(), names.top(), 1, names.height()), theme.grid);
    const QFont font = theme.font(9 * f.scale, true);
    const QFontMetricsF fm(font);
    const QFont small = theme.font(8.5 * f.scale);
    const QFontMetricsF sm(small);
    const double xEnd = axis.toX(domain.ofPlayhead(f.playhead));
    auto label = [&](const QRectF& r, const QString& text, const QFontMetricsF& m, QColor color) {
        const QString shown = m.elidedText(text, Qt::ElideRight, r.width());
        p.setPen(color);
        p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, shown);
        labels.push_back(QRectF(r.topLeft(), QSizeF(m.horizontalAdvance(shown), r.height())));
    };
    for (std::size_t i = 0; i < now.size(); ++i) {
        const ResourceState& r = now[i];
        const double top = band.top() + static_cast<double>(i) * rowH;
        if (i % 2 == 1) p.fillRect(QRectF(band.left(), top, band.width(), rowH), theme.stripe);
        const QColor fill = r.kind == ResourceKind::Queue ? theme.io : theme.waitTask;
        // The name, where the lanes have theirs; the kind under it.
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        const double square = std::min(9.0 * f.scale, fm.height() * 0.6);
        p.drawRoundedRect(QRectF(names.left() + 10 - square / 2,
                                 top + 2 + (fm.height() - square) / 2, square, square),
                          2, 2);
        p.setFont(font);
        label(QRectF(names.left() + 20, top + 2, names.width() - 26, fm.height()),
              QString::fromStdString(r.name), fm, theme.text);
        p.setFont(small);
        label(QRectF(names.left() + 20, top + 2 + fm.height(), names.width() - 26, sm.height()),
              QString::fromUtf8(toString(r.kind).data(), static_cast<int>(toString(r.kind).size())),
              sm, theme.mutedText);

        const QRectF row(band.left(), top, band.width(), rowH);
        const QRectF chart = row.adjusted(0, fm.height() + 2, 0, -2);
        // The scale: the limit, or the largest count the run reaches.
        std::uint32_t most = std::max<std::uint32_t>(r.limit, 1);
        for (const auto& [seq, index] : events)
            if (trace.resourceChange(index).resource == r.id)
                most = std::max(most, trace.resourceChange(index).value);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        double x = axis.toX(domain.ofEvent(0));
        std::uint32_t value = 0;
        auto step = [&](double toX) {
            const double x0 = std::max(x, chart.left()), x1 = std::min(toX, chart.right());
            if (x1 > x0 && value > 0) {
                const double h = chart.height() * value / most;
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
            const double y = chart.bottom() - chart.height() * r.limit / most;
            p.drawLine(QPointF(chart.left(), y), QPointF(chart.right(), y));
        }
        QString text = resourceSummary(r, trace);
        const QString waiting = resourceWaiters(r, trace);
        if (!waiting.isEmpty()) text += QStringLiteral(" · ") + waiting;
        p.setFont(font);
        label(QRectF(row.left() + 8, row.top() + 1, row.width() - 16, fm.height()), text, fm,
              theme.text);
    }
    p.restore();
    return labels;
}

} // namespace coroscope
