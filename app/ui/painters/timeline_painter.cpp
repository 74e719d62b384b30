// SPDX-License-Identifier: MIT
#include "ui/painters/timeline_painter.h"
#include "ui/painters/timeline_resources.h"

#include "ui/style/format.h"

#include <QFontMetrics>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace coroscope {

int TimelineLayout::laneAt(double y, const TimelineFrame& f, std::size_t laneCount) const {
    if (y < lanes.top() || y >= lanes.bottom() + 1) return -1;
    const int lane = static_cast<int>(std::floor((y - lanes.top() + f.scrollY) / f.laneHeight));
    return lane >= 0 && static_cast<std::size_t>(lane) < laneCount ? lane : -1;
}

int TimelinePainter::labelWidth(const Theme& theme, double scale) {
    return static_cast<int>(std::lround(170 * theme.fontScale * scale));
}
int TimelinePainter::headerHeight(const Theme& theme, double scale) {
    return QFontMetrics(theme.font(9 * scale)).height() + 14;
}
int TimelinePainter::legendHeight(const Theme& theme, double scale) {
    return QFontMetrics(theme.font(8.5 * scale)).height() + 12;
}

TimelineLayout TimelinePainter::layout(const QRect& rect, const TimelineFrame& f,
                                       const Theme& theme) {
    TimelineLayout l;
    const int header = headerHeight(theme, f.scale);
    const int legend = f.showLegend ? legendHeight(theme, f.scale) : 0;
    const int labels = std::min(labelWidth(theme, f.scale), rect.width() / 3);
    l.header = QRect(rect.left() + labels, rect.top(), rect.width() - labels, header);
    l.legend = QRect(rect.left(), rect.bottom() - legend + 1, rect.width(), legend);
    const int lanesTop = rect.top() + header;
    int lanesHeight = std::max(0, rect.height() - header - legend);
    // The primitives get rows of their own, when the lanes keep room for a few.
    const int resources = static_cast<int>(std::ceil(timelineResourcesHeight(f, theme)));
    if (resources > 0 && lanesHeight - resources >= 3 * f.laneHeight) {
        lanesHeight -= resources;
        l.resources = QRect(rect.left(), lanesTop + lanesHeight, rect.width(), resources);
    }
    l.labels = QRect(rect.left(), lanesTop, labels, lanesHeight);
    l.lanes = QRect(rect.left() + labels, lanesTop, rect.width() - labels, lanesHeight);
    const std::size_t count = f.run ? f.run->lanes(f.mode).size() : 0;
    if (count > 0 && f.laneHeight > 0) {
        l.firstLane = std::max(0, static_cast<int>(std::floor(f.scrollY / f.laneHeight)));
        l.lastLane =
            std::min(static_cast<int>(count) - 1,
                     static_cast<int>(std::ceil((f.scrollY + lanesHeight) / f.laneHeight)));
    }
    return l;
}

TimeAxis TimelinePainter::placedAxis(const TimelineLayout& l, const TimelineFrame& f) {
    // A margin on the left so a cap or arrow at time 0 is not cut in half.
    const double margin = 10;
    return f.axis.placed(l.lanes.left() + margin, std::max(1.0, l.lanes.width() - 2 * margin));
}

namespace {

QImage tile(int w, int h) {
    QImage img(w, h, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    return img;
}

QColor faint(QColor c, int alpha) {
    c.setAlpha(alpha);
    return c;
}

} // namespace

void TimelinePainter::preparePatterns(const Theme& theme) {
    if (m_patternTheme == &theme) return;
    m_patternTheme = &theme;
    auto line = [](QImage& img, QColor c, double width, QPointF a, QPointF b) {
        QPainter q(&img);
        q.setRenderHint(QPainter::Antialiasing);
        q.setPen(QPen(c, width, Qt::SolidLine, Qt::FlatCap));
        q.drawLine(a, b);
    };
    // Ready: dots.
    QImage dots = tile(6, 6);
    {
        QPainter q(&dots);
        q.setRenderHint(QPainter::Antialiasing);
        q.setPen(Qt::NoPen);
        q.setBrush(theme.ready.darker(115));
        q.drawEllipse(QPointF(3, 3), 1.3, 1.3);
    }
    m_patterns[static_cast<int>(Look::Ready)] = QBrush(dots);
    // Blocked: diagonal hatching (two diagonals per tile so it tiles cleanly).
    QImage hatch = tile(8, 8);
    line(hatch, theme.blocked, 1.8, {-2, 10}, {10, -2});
    line(hatch, theme.blocked, 1.8, {-2, 2}, {2, -2});
    line(hatch, theme.blocked, 1.8, {6, 10}, {10, 6});
    m_patterns[static_cast<int>(Look::Blocked)] = QBrush(hatch);
    // Computing: light hatching across the solid bar, so CPU work differs
    // from a running step by pattern and not only by shade.
    QImage cpu = tile(6, 6);
    const QColor light(255, 255, 255, 120);
    line(cpu, light, 1.3, {-2, 8}, {8, -2});
    line(cpu, light, 1.3, {4, 8}, {8, 4});
    line(cpu, light, 1.3, {-2, 2}, {2, -2});
    m_patterns[static_cast<int>(Look::Computing)] = QBrush(cpu);
    // Queued for the GIL or a core: horizontal stripes.
    QImage stripes = tile(4, 4);
    {
        QPainter q(&stripes);
        q.fillRect(QRect(0, 0, 4, 2), theme.queued);
    }
    m_patterns[static_cast<int>(Look::Queued)] = QBrush(stripes);
    // Start-up: backward hatching.
    QImage back = tile(8, 8);
    line(back, theme.startup, 1.5, {-2, -2}, {10, 10});
    line(back, theme.startup, 1.5, {6, -2}, {10, 2});
    line(back, theme.startup, 1.5, {-2, 6}, {2, 10});
    m_patterns[static_cast<int>(Look::Startup)] = QBrush(back);
    // A dash for the timer's outline.
    QImage dash = tile(7, 1);
    {
        QPainter q(&dash);
        q.fillRect(QRect(0, 0, 4, 1), theme.timer);
    }
    m_dash = QBrush(dash);
}

QString spanLabel(const Trace& trace, const Span& span) {
    const EventRecord& r = trace.record(span.beginSeq);
    QString text;
    if (otherIsText(r.kind, r.reason)) text = QString::fromUtf8(trace.text(r.other));
    switch (lookOf(span)) {
    case Look::Computing: return Format::tr("cpu");
    case Look::WaitingTimer: return text.isEmpty() ? Format::tr("sleep") : text;
    case Look::WaitingIo: return text.isEmpty() ? Format::tr("I/O") : text;
    case Look::Blocked:
        return text.isEmpty() ? Format::tr("blocked") : Format::tr("blocked: %1").arg(text);
    case Look::Queued:
        return span.reason == WaitReason::Gil ? Format::tr("GIL") : Format::tr("core");
    case Look::Startup: return Format::tr("start-up");
    case Look::WaitingTask:
        if (otherIsTask(r.kind, r.reason) && r.other)
            return Format::tr("await %1").arg(Format::taskReference(trace, r.other));
        if (span.reason == WaitReason::Gather && !text.isEmpty())
            return Format::tr("await gather(%1)").arg(text);
        if (otherIsResource(r.kind, r.reason) && r.other)
            return Format::tr("await %1").arg(Format::resourceReference(trace, r.other));
        // A pool's thread with no job: idle, not waiting on anybody.
        if (span.reason == WaitReason::Executor) return Format::tr("idle");
        // A thread blocked on a pool's future, or joining another: the work,
        // or the thread, it waits for.
        if ((span.reason == WaitReason::Task || span.reason == WaitReason::Join) && !text.isEmpty())
            return Format::tr("waits for %1").arg(text);
        return Format::reason(span.reason);
    case Look::Ready: return Format::tr("ready");
    default: return {};
    }
}

void TimelinePainter::paintRun(QPainter& p, const QRectF& bar, const LaneRun& r, const Theme& theme,
                               bool detailed) {
    const QColor c = theme.colorOf(r.look);
    const double lw = detailed ? std::max(1.0, theme.lineWidth * 1.5) : 0;
    auto outline = [&](const QBrush& top) {
        p.fillRect(QRectF(bar.left(), bar.top(), bar.width(), lw), top);
        p.fillRect(QRectF(bar.left(), bar.bottom() - lw, bar.width(), lw), top);
        p.fillRect(QRectF(bar.left(), bar.top(), lw, bar.height()), c);
        p.fillRect(QRectF(bar.right() - lw, bar.top(), lw, bar.height()), c);
    };
    switch (r.look) {
    case Look::Running: p.fillRect(bar, c); break;
    case Look::Computing:
        p.fillRect(bar, c);
        if (detailed) p.fillRect(bar, m_patterns[static_cast<int>(Look::Computing)]);
        break;
    case Look::Ready:
        p.fillRect(bar, faint(c, 60));
        if (detailed) p.fillRect(bar, m_patterns[static_cast<int>(Look::Ready)]);
        break;
    case Look::WaitingIo:
        p.fillRect(bar, faint(c, 34));
        if (detailed) outline(c);
        break;
    case Look::WaitingTimer:
        p.fillRect(bar, faint(c, 26));
        if (detailed) outline(m_dash);
        break;
    case Look::WaitingTask:
        if (detailed) {
            const QRectF inner = bar.adjusted(0, bar.height() * 0.2, 0, -bar.height() * 0.2);
            p.fillRect(QRectF(inner.left(), inner.top(), inner.width(), 1), c);
            p.fillRect(QRectF(inner.left(), inner.bottom() - 1, inner.width(), 1), c);
            p.fillRect(QRectF(inner.left(), inner.top(), 1, inner.height()), c);
        } else {
            p.fillRect(bar, faint(c, 50));
        }
        break;
    case Look::Blocked:
    case Look::Queued:
    case Look::Startup:
        p.fillRect(bar, faint(c, 40));
        if (detailed) {
            p.fillRect(bar, m_patterns[static_cast<int>(r.look)]);
            if (r.look == Look::Blocked) outline(c);
        } else {
            p.fillRect(bar, faint(c, 160));
        }
        break;
    default: break;
    }
}

void TimelinePainter::paintCap(QPainter& p, const QRectF& bar, const LaneCap& c,
                               const Theme& theme) {
    const QColor col = theme.colorOf(c.look);
    const double h = bar.height();
    const double cy = bar.center().y();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    switch (c.look) {
    case Look::Done: {
        p.setPen(Qt::NoPen);
        p.setBrush(col);
        const double r = std::max(1.5, h * 0.22);
        p.drawEllipse(QPointF(c.x, cy), r, r);
        break;
    }
    case Look::Cancelled: {
        const double s = std::max(2.5, h * 0.42);
        p.setPen(QPen(col, std::max(1.5, h * 0.14) * theme.lineWidth, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(c.x - s, cy - s), QPointF(c.x + s, cy + s));
        p.drawLine(QPointF(c.x - s, cy + s), QPointF(c.x + s, cy - s));
        break;
    }
    case Look::Failed: {
        // A torn, jagged edge: the task broke off here.
        const double w = std::max(3.0, h * 0.35);
        const double top = bar.top() - h * 0.12, bottom = bar.bottom() + h * 0.12;
        QPainterPath path;
        path.moveTo(c.x - w * 0.6, top);
        const int teeth = h >= 12 ? 4 : 2;
        for (int i = 0; i <= teeth * 2; ++i) {
            const double y = top + (bottom - top) * i / (teeth * 2);
            path.lineTo(i % 2 ? c.x + w : c.x, y);
        }
        path.lineTo(c.x - w * 0.6, bottom);
        path.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(col);
        p.drawPath(path);
        break;
    }
    default: break;
    }
    p.restore();
}

void TimelinePainter::paint(QPainter& p, const QRect& rect, const TimelineFrame& f,
                            const Theme& theme) {
    preparePatterns(theme);
    p.fillRect(rect, theme.background);
    const TimelineLayout l = layout(rect, f, theme);
    if (!f.run) {
        if (f.showLegend) paintLegend(p, l.legend, theme, f.scale);
        return;
    }
    const TimeAxis axis = placedAxis(l, f);
    const AxisDomain domain(f.axisKind, f.run->trace, f.run->ticks);

    p.save();
    p.setClipRect(l.lanes);
    for (int lane = l.firstLane; lane <= l.lastLane; ++lane)
        paintLane(p, l, f, axis, domain, lane, theme);
    if (f.showArrows && f.mode == LaneMode::Tasks && f.laneHeight >= 10)
        paintArrows(p, l, f, axis, domain, theme);
    if (f.mode == LaneMode::Tasks && f.laneHeight >= 8) paintNotes(p, l, f, axis, domain, theme);
    p.restore();

    paintTimelineResources(p, l, f, axis, domain, theme);
    paintLabels(p, l, f, theme);
    paintHeader(p, l, f, axis, theme);
    if (f.showCursor) paintCursor(p, l, f, axis, domain, theme);
    if (f.showLegend) paintLegend(p, l.legend, theme, f.scale);
}

void TimelinePainter::paintLane(QPainter& p, const TimelineLayout& l, const TimelineFrame& f,
                                const TimeAxis& axis, const AxisDomain& domain, int lane,
                                const Theme& theme) {
    const LaneSet& lanes = f.run->lanes(f.mode);
    const double top = l.laneTop(lane, f);
    const QRectF row(l.lanes.left(), top, l.lanes.width(), f.laneHeight);
    const std::uint32_t id = lanes.lanes()[static_cast<std::size_t>(lane)].id;
    const bool selected = f.mode == LaneMode::Tasks && f.selected != 0 && id == f.selected;
    if (selected)
        p.fillRect(row, faint(theme.selection, 150));
    else if (lane % 2 == 1 && f.laneHeight >= 6)
        p.fillRect(row, theme.stripe);

    const auto& spans = lanes.spansOf(f.run->trace, static_cast<std::size_t>(lane));
    laneRuns(spans, domain, axis, f.playhead, l.lanes.left(), l.lanes.right() + 1, m_runs, m_caps);
    const double pad = std::max(f.laneHeight >= 6 ? 1.0 : 0.0, std::floor(f.laneHeight * 0.2));
    const QRectF bar(0, top + pad, 0, f.laneHeight - 2 * pad);
    const bool detailed = f.laneHeight >= 8;
    // A worker's life as a thin line, so an idle worker (a loop with nothing
    // to run, a thread waiting for a job) is seen to be there, and free.
    if (f.mode == LaneMode::Workers && !spans.empty() && spans.front().beginSeq < f.playhead.seq &&
        f.laneHeight >= 6) {
        const double from = axis.toX(domain.beginOf(spans.front()));
        const Span* last = spanAt(spans, f.playhead.seq);
        const double to = last && last->state == TaskState::Done
                              ? axis.toX(domain.beginOf(*last))
                              : axis.toX(domain.ofPlayhead(f.playhead));
        const double x0 = std::max<double>(from, l.lanes.left()),
                     x1 = std::min<double>(to, l.lanes.right());
        if (x1 > x0)
            p.fillRect(QRectF(x0, top + f.laneHeight / 2.0 - 0.5, x1 - x0, 1.0), theme.mutedText);
    }
    const bool labelled = f.laneHeight >= 16;
    QFont labelFont;
    if (labelled) labelFont = theme.font(std::clamp(f.laneHeight * 0.36, 7.0, 10.0 * f.scale));
    for (const LaneRun& r : m_runs) {
        const QRectF b(r.x0, bar.top(), r.x1 - r.x0, bar.height());
        paintRun(p, b, r, theme, detailed);
        if (labelled && r.x1 - r.x0 >= 44) {
            const Span& s = spans[r.span];
            const QString text = spanLabel(f.run->trace, s);
            if (text.isEmpty()) continue;
            p.setFont(labelFont);
            const bool solid = r.look == Look::Running || r.look == Look::Computing;
            p.setPen(solid ? QColor(Qt::white) : theme.text);
            const QRectF t = b.adjusted(5, 0, -4, 0);
            p.drawText(
                t, Qt::AlignVCenter | Qt::AlignLeft,
                p.fontMetrics().elidedText(text, Qt::ElideRight, static_cast<int>(t.width())));
        }
    }
    for (const LaneCap& c : m_caps)
        paintCap(p, bar, c, theme);
}

void TimelinePainter::paintLabels(QPainter& p, const TimelineLayout& l, const TimelineFrame& f,
                                  const Theme& theme) {
    p.save();
    p.setClipRect(l.labels);
    p.fillRect(l.labels, theme.surface);
    const LaneSet& lanes = f.run->lanes(f.mode);
    const Trace& trace = f.run->trace;
    if (f.laneHeight >= 9) {
        const QFont normal = theme.font(std::clamp(f.laneHeight * 0.4, 7.5, 10.5 * f.scale));
        QFont bold = normal;
        bold.setBold(true);
        for (int lane = l.firstLane; lane <= l.lastLane; ++lane) {
            const Lane& info = lanes.lanes()[static_cast<std::size_t>(lane)];
            const double top = l.laneTop(lane, f);
            const bool selected = f.mode == LaneMode::Tasks && info.id == f.selected;
            if (selected)
                p.fillRect(QRectF(l.labels.left(), top, l.labels.width(), f.laneHeight),
                           faint(theme.selection, 150));
            const int indent = std::min<int>(info.depth, 6) * 10;
            const double cy = top + f.laneHeight / 2.0;
            const QColor swatch =
                f.mode == LaneMode::Tasks
                    ? theme.taskColor(info.id)
                    : theme.taskColor(f.run->colorTaskOf(static_cast<WorkerId>(info.id)));
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(swatch);
            const double r = std::min(5.0, f.laneHeight * 0.22);
            p.drawEllipse(QPointF(l.labels.left() + 10 + indent, cy), r, r);
            const QString name =
                f.mode == LaneMode::Tasks
                    ? Format::taskTitle(trace, info.id)
                    : QString::fromStdString(trace.workerName(static_cast<WorkerId>(info.id)));
            p.setFont(selected ? bold : normal);
            double left = l.labels.left() + 20 + indent;
            if (f.mode == LaneMode::Tasks) {
                // The task's number, as the code gutter shows it in the task's arrow.
                const QString number = QString::number(info.id);
                p.setPen(theme.mutedText);
                const double w = p.fontMetrics().horizontalAdvance(number) + 5;
                p.drawText(QRectF(left, top, w, f.laneHeight), Qt::AlignVCenter | Qt::AlignLeft,
                           number);
                left += w;
            }
            p.setPen(theme.text);
            const QRectF text(left, top, std::max(0.0, l.labels.right() - 6 - left), f.laneHeight);
            p.drawText(
                text, Qt::AlignVCenter | Qt::AlignLeft,
                p.fontMetrics().elidedText(name, Qt::ElideMiddle, static_cast<int>(text.width())));
        }
    }
    p.restore();
    p.fillRect(QRect(l.labels.right(), l.labels.top(), 1, l.labels.height()), theme.grid);
}

void TimelinePainter::paintHeader(QPainter& p, const TimelineLayout& l, const TimelineFrame& f,
                                  const TimeAxis& axis, const Theme& theme) {
    p.save();
    p.fillRect(QRect(l.labels.left(), l.header.top(), l.labels.width(), l.header.height()),
               theme.surface);
    p.fillRect(l.header, theme.surface);
    p.setClipRect(l.header.adjusted(0, 0, 0, l.lanes.height()));
    const QFont font = theme.font(9 * f.scale);
    p.setFont(font);
    const QFontMetrics fm(font);
    const double spacing = fm.horizontalAdvance(QStringLiteral("0.0000 s")) + 18;
    const auto ticks = axis.ticks(spacing / 2);
    const double step = axis.tickStep(spacing / 2);
    for (const AxisTick& t : ticks) {
        const double x = std::round(axis.toX(t.value)) + 0.5;
        // Grid lines run down the lanes, faint; the labelled ones stronger.
        p.fillRect(QRectF(x, l.lanes.top(), 1, l.lanes.height()),
                   faint(theme.grid, t.major ? 200 : 90));
        p.fillRect(QRectF(x, l.header.bottom() - (t.major ? 8 : 4), 1, t.major ? 8 : 4),
                   theme.mutedText);
        if (!t.major && step * axis.pixelsPerUnit() < spacing) continue;
        QString label;
        if (f.axisKind == AxisKind::VirtualTime)
            label = Format::seconds(static_cast<Time>(std::llround(t.value)),
                                    static_cast<Time>(std::llround(step)));
        else
            label = QLocale().toString(static_cast<qlonglong>(std::llround(t.value)));
        p.setPen(t.major ? theme.text : theme.mutedText);
        p.drawText(QRectF(x + 4, l.header.top(), 200, l.header.height() - 6),
                   Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    p.restore();
    p.setPen(theme.mutedText);
    p.setFont(theme.font(8.5 * f.scale, true));
    const QString unit =
        f.axisKind == AxisKind::VirtualTime ? Format::tr("virtual time") : Format::tr("loop ticks");
    p.drawText(
        QRect(l.labels.left() + 10, l.header.top(), l.labels.width() - 12, l.header.height()),
        Qt::AlignVCenter | Qt::AlignLeft, unit);
    p.fillRect(QRect(l.labels.left(), l.header.bottom(), l.labels.width() + l.header.width(), 1),
               theme.grid);
}

void TimelinePainter::paintArrows(QPainter& p, const TimelineLayout& l, const TimelineFrame& f,
                                  const TimeAxis& axis, const AxisDomain& domain,
                                  const Theme& theme) {
    const auto& arrows = f.run->arrows;
    const LaneSet& lanes = f.run->lanes(f.mode);
    const Trace& trace = f.run->trace;
    // The events inside the window, by sequence number.
    std::uint64_t seqBegin, seqEnd;
    if (f.axisKind == AxisKind::VirtualTime) {
        seqBegin = trace.firstAtOrAfter(static_cast<Time>(std::max(0.0, axis.begin())));
        seqEnd = trace.countUpTo(static_cast<Time>(std::ceil(axis.end())));
    } else {
        seqBegin = f.run->ticks.seqAt(axis.begin());
        seqEnd = f.run->ticks.seqAt(axis.end() + 1);
    }
    seqEnd = std::min(seqEnd, f.playhead.seq);
    auto first = std::partition_point(arrows.begin(), arrows.end(),
                                      [&](const Arrow& a) { return a.seq < seqBegin; });
    auto last =
        std::partition_point(first, arrows.end(), [&](const Arrow& a) { return a.seq < seqEnd; });
    // Too many arrows would hide the lanes: then only those touching the
    // selected task are drawn.
    const bool dense = last - first > 600;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double half = f.laneHeight / 2.0;
    int drawn = 0;
    for (auto it = first; it != last && drawn < 1500; ++it) {
        const Arrow& a = *it;
        if (dense && a.from != f.selected && a.to != f.selected) continue;
        const int la = lanes.laneOf(a.from), lb = lanes.laneOf(a.to);
        if (la < 0 || lb < 0 || la == lb) continue;
        if (std::max(la, lb) < l.firstLane || std::min(la, lb) > l.lastLane) continue;
        const double x = axis.toX(domain.ofEvent(a.seq));
        if (x < l.lanes.left() - 4 || x > l.lanes.right() + 4) continue;
        const double y0 = l.laneTop(la, f) + half, y1 = l.laneTop(lb, f) + half;
        const double dir = y1 > y0 ? 1 : -1;
        QColor c;
        Qt::PenStyle style = Qt::SolidLine;
        switch (a.kind) {
        case ArrowKind::Spawn: c = theme.spawnArrow; break;
        case ArrowKind::Await:
            c = theme.waitTask;
            style = Qt::DashLine;
            break;
        case ArrowKind::Wake: c = theme.wakeArrow; break;
        case ArrowKind::Cancel: c = theme.cancelArrow; break;
        }
        const double w = (a.kind == ArrowKind::Cancel ? 2.0 : 1.4) * theme.lineWidth;
        p.setPen(QPen(c, w, style, Qt::RoundCap));
        // A gentle S so arrows at one time do not merge into one line.
        const double endY = y1 - dir * half * 0.55;
        QPainterPath path(QPointF(x, y0 + dir * half * 0.4));
        path.cubicTo(QPointF(x + 6, (y0 + endY) / 2), QPointF(x - 2, (y0 + endY) / 2),
                     QPointF(x, endY));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        const double ah = 5 * theme.lineWidth + 1;
        QPolygonF head;
        head << QPointF(x, endY + dir * 1) << QPointF(x - ah * 0.7, endY - dir * ah)
             << QPointF(x + ah * 0.7, endY - dir * ah);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawPolygon(head);
        ++drawn;
    }
    p.restore();
}

void TimelinePainter::paintNotes(QPainter& p, const TimelineLayout& l, const TimelineFrame& f,
                                 const TimeAxis& axis, const AxisDomain& domain,
                                 const Theme& theme) {
    const LaneSet& lanes = f.run->lanes(f.mode);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double h = f.laneHeight;
    for (const TraceNote& n : f.run->notes) {
        if (n.seq >= f.playhead.seq) break; // not happened yet
        const int lane = lanes.laneOf(n.task);
        if (lane < l.firstLane || lane > l.lastLane) continue;
        const double x = axis.toX(domain.ofEvent(n.seq));
        if (n.kind == NoteKind::Deadline) {
            // The deadline as a bracket over the lane, from the moment it was
            // armed to the moment it runs out (known from the start).
            const Trace& trace = f.run->trace;
            const std::uint64_t endSeq = trace.firstAtOrAfter(n.deadline);
            const double x1 = f.axisKind == AxisKind::VirtualTime
                                  ? axis.toX(static_cast<double>(n.deadline))
                                  : axis.toX(domain.ofEvent(std::min(endSeq, trace.size() - 1)));
            if (x1 < l.lanes.left() || x > l.lanes.right()) continue;
            const double top = l.laneTop(lane, f) + 1.5;
            const double tick = std::clamp(h * 0.3, 3.0, 7.0);
            p.setPen(QPen(theme.failed, 1.4 * theme.lineWidth, Qt::SolidLine, Qt::FlatCap));
            p.setBrush(Qt::NoBrush);
            QPainterPath bracket(QPointF(x, top + tick));
            bracket.lineTo(x, top);
            bracket.lineTo(x1, top);
            bracket.lineTo(x1, top + tick);
            p.drawPath(bracket);
            continue;
        }
        if (x < l.lanes.left() - 8 || x > l.lanes.right() + 8) continue;
        const double top = l.laneTop(lane, f);
        const double s = std::clamp(h * 0.32, 4.0, 9.0);
        if (n.kind == NoteKind::Warning) {
            // A warning sign standing on the lane at the moment asyncio warned.
            QPainterPath tri;
            tri.moveTo(x, top + 1);
            tri.lineTo(x + s, top + 1 + 1.7 * s);
            tri.lineTo(x - s, top + 1 + 1.7 * s);
            tri.closeSubpath();
            p.setPen(QPen(theme.ready.darker(160), 1));
            p.setBrush(theme.ready);
            p.drawPath(tri);
            p.setPen(theme.ink);
            p.setFont(theme.font(std::max(5.0, s * 0.9), true));
            p.drawText(QRectF(x - s, top + 1 + 0.5 * s, 2 * s, 1.2 * s), Qt::AlignCenter,
                       QStringLiteral("!"));
        } else if (n.kind == NoteKind::TimeoutError) {
            // The timeout ran out here: a clock.
            const QPointF c(x, top + h / 2.0);
            const double r = std::clamp(h * 0.3, 3.0, 8.0);
            p.setPen(QPen(theme.failed, 1.6 * theme.lineWidth));
            p.setBrush(theme.surface);
            p.drawEllipse(c, r, r);
            p.drawLine(c, c + QPointF(0, -r * 0.7));
            p.drawLine(c, c + QPointF(r * 0.55, 0));
        } else {
            // CancelledError thrown in at the await: a red bolt into the lane.
            const QColor c = theme.cancelArrow;
            QPainterPath bolt;
            bolt.moveTo(x + 0.3 * s, top);
            bolt.lineTo(x - 0.5 * s, top + h * 0.5);
            bolt.lineTo(x + 0.2 * s, top + h * 0.5);
            bolt.lineTo(x - 0.3 * s, top + h);
            bolt.lineTo(x + 0.7 * s, top + h * 0.42);
            bolt.lineTo(x, top + h * 0.42);
            bolt.closeSubpath();
            p.setPen(QPen(c.darker(130), 1));
            p.setBrush(c);
            p.drawPath(bolt);
        }
    }
    p.restore();
}

void TimelinePainter::paintCursor(QPainter& p, const TimelineLayout& l, const TimelineFrame& f,
                                  const TimeAxis& axis, const AxisDomain& domain,
                                  const Theme& theme) {
    const double x = axis.toX(domain.ofPlayhead(f.playhead));
    if (x < l.lanes.left() - 1 || x > l.lanes.right() + 1) return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    // What has not happened yet is veiled, so a prediction is not spoiled.
    if (x < l.lanes.right())
        p.fillRect(QRectF(x, l.lanes.top(), l.lanes.right() - x + 1, l.lanes.height()),
                   faint(theme.background, 120));
    p.fillRect(QRectF(x - theme.lineWidth, l.header.top() + 4, 2 * theme.lineWidth,
                      l.lanes.bottom() - l.header.top() - 3),
               theme.cursor);
    QPolygonF knob;
    const double top = l.header.bottom() - 10;
    knob << QPointF(x - 6, top) << QPointF(x + 6, top) << QPointF(x, top + 9);
    p.setPen(Qt::NoPen);
    p.setBrush(theme.cursor);
    p.drawPolygon(knob);
    p.restore();
}

void TimelinePainter::paintLegend(QPainter& p, const QRect& legend, const Theme& theme,
                                  double scale) {
    if (legend.height() <= 0) return;
    preparePatterns(theme);
    p.save();
    p.fillRect(legend, theme.surface);
    p.fillRect(QRect(legend.left(), legend.top(), legend.width(), 1), theme.grid);
    const QFont font = theme.font(8.5 * scale);
    p.setFont(font);
    const QFontMetrics fm(font);
    struct Item {
        Look look;
        QString text;
    };
    const Item items[] = {
        {Look::Running, Format::tr("running")},     {Look::Computing, Format::tr("CPU")},
        {Look::Ready, Format::tr("ready")},         {Look::WaitingIo, Format::tr("I/O")},
        {Look::WaitingTimer, Format::tr("timer")},  {Look::WaitingTask, Format::tr("awaiting")},
        {Look::Blocked, Format::tr("blocked")},     {Look::Queued, Format::tr("GIL / core")},
        {Look::Startup, Format::tr("start-up")},    {Look::Done, Format::tr("done")},
        {Look::Cancelled, Format::tr("cancelled")}, {Look::Failed, Format::tr("failed")},
    };
    const int h = legend.height();
    const double barH = std::min(14.0, h * 0.5);
    double x = legend.left() + 10;
    const double cy = legend.top() + h / 2.0 + 0.5;
    for (const Item& it : items) {
        const double sample = isTerminal(it.look) ? 14 : 26;
        const double width = sample + 6 + fm.horizontalAdvance(it.text) + 16;
        if (x + width > legend.right()) break;
        const QRectF bar(x, cy - barH / 2, sample, barH);
        if (isTerminal(it.look)) {
            paintCap(p, bar, LaneCap{x + sample / 2, it.look, 0}, theme);
        } else {
            paintRun(p, bar, LaneRun{static_cast<int>(x), static_cast<int>(x + sample), it.look, 0},
                     theme, true);
        }
        p.setPen(theme.text);
        p.drawText(QRectF(x + sample + 6, legend.top(), width, h), Qt::AlignVCenter | Qt::AlignLeft,
                   it.text);
        x += width;
    }
    p.restore();
}

} // namespace coroscope
