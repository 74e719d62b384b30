// SPDX-License-Identifier: MIT
#include "ui/painters/resource_drawing.h"

#include "ui/style/format.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace coroscope {

QString resourceSummary(const ResourceState& r, const Trace& trace) {
    QString name = QString::fromStdString(r.name);
    switch (r.kind) {
    case ResourceKind::Queue:
        return r.limit
                   ? Format::tr("%1: %2 of %3 slots full (maxsize %3)")
                         .arg(name)
                         .arg(r.value)
                         .arg(r.limit)
                   : Format::tr("%1: %2 item(s) queued (no maxsize)", "", static_cast<int>(r.value))
                         .arg(name);
    case ResourceKind::Semaphore:
        return Format::tr("%1: %2 of %3 places taken").arg(name).arg(r.value).arg(r.limit);
    case ResourceKind::Lock:
        return r.value && !r.holders.empty()
                   ? Format::tr("%1: held by %2")
                         .arg(name, QString::fromStdString(trace.taskName(r.holders.front())))
                   : Format::tr("%1: free").arg(name);
    }
    return name;
}

QString resourceWaiters(const ResourceState& r, const Trace& trace) {
    if (r.waiters.empty()) return {};
    QStringList names;
    for (TaskId t : r.waiters)
        names << QString::fromStdString(trace.taskName(t));
    return Format::tr("%n waiting: %1", "", static_cast<int>(r.waiters.size()))
        .arg(names.join(QStringLiteral(", ")));
}

std::vector<QRectF> paintResource(QPainter& p, const QRectF& box, const ResourceState& r,
                                  const Trace& trace, const Theme& theme, double points) {
    std::vector<QRectF> labels;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(theme.grid.darker(130), 1));
    p.setBrush(theme.surface);
    p.drawRoundedRect(box, 6, 6);
    const QRectF inner = box.adjusted(8, 4, -8, -4);
    QFont title = theme.font(points, true);
    const QFontMetricsF fm(title);
    const double lineH = fm.height();
    p.setFont(title);
    p.setPen(theme.text);
    const QString summary = resourceSummary(r, trace);
    const QRectF titleRect(inner.left(), inner.top(), inner.width(), lineH);
    const QString shown = fm.elidedText(summary, Qt::ElideRight, inner.width());
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, shown);
    labels.push_back(QRectF(titleRect.topLeft(), QSizeF(fm.horizontalAdvance(shown), lineH)));

    // The slots (a queue) or places (a semaphore, a lock): filled as taken.
    const std::uint32_t slots =
        r.limit ? r.limit : std::max<std::uint32_t>(r.value + 1, 4); // unbounded: a few more
    const double rowTop = titleRect.bottom() + 3;
    const double rowH = std::max(8.0, inner.bottom() - rowTop - lineH - 2);
    const double cell = std::min(rowH, inner.width() / std::min<std::uint32_t>(slots, 24) - 4);
    const QColor fill = r.kind == ResourceKind::Queue ? theme.io : theme.waitTask;
    const std::uint32_t drawn = std::min<std::uint32_t>(slots, 24);
    for (std::uint32_t i = 0; i < drawn; ++i) {
        const QRectF c(inner.left() + i * (cell + 4), rowTop, cell, std::min(rowH, cell));
        const bool taken = i < r.value;
        p.setPen(QPen(fill.darker(140), 1.2));
        p.setBrush(taken ? fill : QColor(theme.background));
        p.drawRoundedRect(c, 3, 3);
        // A holder's colour on its place, so the place reads as "taken by".
        if (taken && i < r.holders.size()) {
            p.setPen(Qt::NoPen);
            p.setBrush(theme.taskColor(r.holders[i]));
            p.drawEllipse(c.center(), c.width() * 0.22, c.width() * 0.22);
        }
    }
    // Who waits, in line.
    const QString waiting = resourceWaiters(r, trace);
    if (!waiting.isEmpty()) {
        QFont small = theme.font(points * 0.92);
        p.setFont(small);
        const QFontMetricsF sm(small);
        const QRectF line(inner.left(), inner.bottom() - sm.height(), inner.width(), sm.height());
        const QString text = sm.elidedText(waiting, Qt::ElideRight, line.width());
        p.setPen(theme.waitTask.darker(130));
        p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, text);
        labels.push_back(QRectF(line.topLeft(), QSizeF(sm.horizontalAdvance(text), sm.height())));
    }
    p.restore();
    return labels;
}

} // namespace coroscope
