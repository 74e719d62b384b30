// SPDX-License-Identifier: MIT
#include "ui/views/timeline_view.h"

#include "ui/style/format.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

#include <algorithm>

namespace coroscope {

TimelineView::TimelineView(QWidget* parent)
    : QWidget(parent)
    , m_theme(&Theme::light())
    , m_scroll(new QScrollBar(Qt::Vertical, this)) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_frame.axis = TimeAxis(0, 1e9, 0, 1);
    connect(m_scroll, &QScrollBar::valueChanged, this, [this](int v) {
        m_frame.scrollY = v;
        update();
    });
    updateScrollBar();
}

void TimelineView::setRun(std::shared_ptr<const RunModel> run) {
    const bool same = run && m_run && run->trace.endTime() == m_run->trace.endTime() &&
                      run->trace.tasks().size() == m_run->trace.tasks().size();
    m_run = std::move(run);
    m_frame.run = m_run.get();
    if (!same || !m_fitted) zoomToFit();
    updateScrollBar();
    update();
}

void TimelineView::setPlayhead(const Playhead& p) {
    m_frame.playhead = p;
    if (m_follow && m_run) {
        const AxisDomain domain(m_frame.axisKind, m_run->trace, m_run->ticks);
        m_frame.axis = m_frame.axis.revealing(domain.ofPlayhead(p), domainEnd());
    }
    update();
}

void TimelineView::setSelectedTask(TaskId task) {
    m_frame.selected = task;
    update();
}

void TimelineView::setTheme(const Theme* theme) {
    m_theme = theme;
    updateScrollBar();
    update();
}

void TimelineView::setMode(LaneMode mode) {
    m_frame.mode = mode;
    m_frame.scrollY = 0;
    updateScrollBar();
    update();
}

void TimelineView::setAxisKind(AxisKind kind) {
    if (kind == m_frame.axisKind) return;
    m_frame.axisKind = kind;
    zoomToFit();
}

void TimelineView::setScale(double scale) {
    m_frame.scale = scale;
    updateScrollBar(); // sets the lane height for this scale and size
    update();
}

void TimelineView::setShowArrows(bool on) {
    m_frame.showArrows = on;
    update();
}

double TimelineView::domainEnd() const {
    if (!m_run) return 1e9;
    const AxisDomain domain(m_frame.axisKind, m_run->trace, m_run->ticks);
    return std::max(domain.extent(), domain.minSpan());
}

TimelineLayout TimelineView::currentLayout() const {
    QRect r = rect();
    if (m_scroll->isVisible()) r.setRight(r.right() - m_scroll->width());
    return TimelinePainter::layout(r, m_frame, *m_theme);
}

void TimelineView::zoomToFit() {
    // A run that takes no virtual time still gets a visible window.
    m_frame.axis = m_frame.axis.fitted(domainEnd());
    m_fitted = m_run != nullptr;
    update();
}

void TimelineView::zoomAt(double x, double factor) {
    if (!m_run) return;
    const AxisDomain domain(m_frame.axisKind, m_run->trace, m_run->ticks);
    const TimelineLayout l = currentLayout();
    const TimeAxis placed = TimelinePainter::placedAxis(l, m_frame);
    const TimeAxis zoomed = placed.zoomedAt(x, factor, domainEnd(), domain.minSpan());
    m_frame.axis = TimeAxis(zoomed.begin(), zoomed.end(), 0, 1);
    update();
}

void TimelineView::zoomIn() {
    const TimelineLayout l = currentLayout();
    const TimeAxis placed = TimelinePainter::placedAxis(l, m_frame);
    const double cursor = m_run
                              ? placed.toX(AxisDomain(m_frame.axisKind, m_run->trace, m_run->ticks)
                                               .ofPlayhead(m_frame.playhead))
                              : 0;
    zoomAt(cursor >= l.lanes.left() && cursor <= l.lanes.right() ? cursor : l.lanes.center().x(),
           1.6);
}

void TimelineView::zoomOut() {
    zoomAt(currentLayout().lanes.center().x(), 1 / 1.6);
}

void TimelineView::updateScrollBar() {
    const std::size_t lanes = m_run ? m_run->lanes(m_frame.mode).size() : 0;
    TimelineLayout l = TimelinePainter::layout(rect(), m_frame, *m_theme);
    // Lanes keep their full height while eight of them fit; below that they
    // give up a sixth of it, so a small window still shows eight lanes.
    m_frame.laneHeight =
        std::clamp(l.lanes.height() / 8, static_cast<int>(std::lround(20 * m_frame.scale)),
                   static_cast<int>(std::lround(24 * m_frame.scale)));
    const int content = static_cast<int>(lanes) * m_frame.laneHeight;
    const int visible = l.lanes.height();
    const int max = std::max(0, content - visible + m_frame.laneHeight / 2);
    m_scroll->setVisible(max > 0);
    m_scroll->setRange(0, max);
    m_scroll->setPageStep(std::max(1, visible));
    m_scroll->setSingleStep(m_frame.laneHeight);
    m_scroll->setGeometry(width() - m_scroll->sizeHint().width(), l.lanes.top(),
                          m_scroll->sizeHint().width(), l.lanes.height());
    m_frame.scrollY = m_scroll->value();
}

void TimelineView::render(QPainter& painter, const QRect& rect) {
    m_painter.paint(painter, rect, m_frame, *m_theme);
}

void TimelineView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    QRect r = rect();
    if (m_scroll->isVisible()) {
        p.fillRect(QRect(width() - m_scroll->width(), 0, m_scroll->width(), height()),
                   m_theme->surface);
        r.setRight(r.right() - m_scroll->width());
    }
    m_painter.paint(p, r, m_frame, *m_theme);
    if (!m_run) {
        p.setPen(m_theme->mutedText);
        p.setFont(m_theme->font(12));
        p.drawText(r, Qt::AlignCenter,
                   tr("The timeline appears here when the lesson's script runs."));
    }
    if (m_run && m_run->trace.endTime() == 0 && m_frame.axisKind == AxisKind::VirtualTime &&
        m_run->trace.size() > 0) {
        // All of it happens at one instant: say where to look.
        const TimelineLayout l = currentLayout();
        p.setPen(m_theme->mutedText);
        p.setFont(m_theme->font(10));
        p.drawText(l.lanes.adjusted(40, 0, -10, -6), Qt::AlignRight | Qt::AlignBottom,
                   tr("This run takes no virtual time: switch the axis to loop ticks (T) to "
                      "see each step."));
    }
    if (hasFocus()) {
        p.setPen(QPen(m_theme->accent, 2));
        p.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void TimelineView::resizeEvent(QResizeEvent*) {
    updateScrollBar();
}

void TimelineView::wheelEvent(QWheelEvent* e) {
    const QPointF pos = e->position();
    const QPoint delta = e->angleDelta();
    if (e->modifiers() & Qt::ControlModifier) {
        if (delta.y() != 0) zoomAt(pos.x(), std::pow(1.0015, delta.y()));
    } else if ((e->modifiers() & Qt::ShiftModifier) || delta.x() != 0) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        const TimeAxis placed = TimelinePainter::placedAxis(currentLayout(), m_frame);
        const TimeAxis moved = placed.pannedBy(-d / 2.0, domainEnd());
        m_frame.axis = TimeAxis(moved.begin(), moved.end(), 0, 1);
        update();
    } else {
        m_scroll->setValue(m_scroll->value() - delta.y() / 2);
    }
    e->accept();
}

void TimelineView::seekAt(double x) {
    if (!m_run) return;
    const TimeAxis placed = TimelinePainter::placedAxis(currentLayout(), m_frame);
    const double v = std::clamp(placed.toValue(x), 0.0,
                                AxisDomain(m_frame.axisKind, m_run->trace, m_run->ticks).extent());
    if (m_frame.axisKind == AxisKind::VirtualTime)
        Q_EMIT seekRequested(static_cast<Time>(std::llround(v)));
    else
        Q_EMIT seekTickRequested(v);
}

void TimelineView::mousePressEvent(QMouseEvent* e) {
    setFocus();
    if (e->button() != Qt::LeftButton) return;
    const TimelineLayout l = currentLayout();
    if (l.header.contains(e->pos())) {
        m_seeking = true;
        seekAt(e->position().x());
        return;
    }
    m_dragging = true;
    m_dragMoved = false;
    m_dragStart = m_dragLast = e->pos();
    setCursor(Qt::ClosedHandCursor);
}

void TimelineView::mouseMoveEvent(QMouseEvent* e) {
    if (m_seeking) {
        seekAt(e->position().x());
        return;
    }
    if (!m_dragging) return;
    const QPoint d = e->pos() - m_dragLast;
    m_dragLast = e->pos();
    if ((e->pos() - m_dragStart).manhattanLength() > 3) m_dragMoved = true;
    const TimeAxis placed = TimelinePainter::placedAxis(currentLayout(), m_frame);
    const TimeAxis moved = placed.pannedBy(-d.x(), domainEnd());
    m_frame.axis = TimeAxis(moved.begin(), moved.end(), 0, 1);
    m_scroll->setValue(m_scroll->value() - d.y());
    update();
}

void TimelineView::mouseReleaseEvent(QMouseEvent* e) {
    if (m_seeking) {
        m_seeking = false;
        return;
    }
    if (!m_dragging) return;
    m_dragging = false;
    unsetCursor();
    if (m_dragMoved || !m_run) return;
    // A click: select the task of the lane (in worker mode, the task it runs).
    const TimelineLayout l = currentLayout();
    const int lane = l.laneAt(e->position().y(), m_frame, m_run->lanes(m_frame.mode).size());
    if (lane < 0) {
        Q_EMIT taskClicked(0);
        return;
    }
    const LaneSet& lanes = m_run->lanes(m_frame.mode);
    if (m_frame.mode == LaneMode::Tasks) {
        Q_EMIT taskClicked(lanes.lanes()[static_cast<std::size_t>(lane)].id);
        return;
    }
    const auto& spans = lanes.spansOf(m_run->trace, static_cast<std::size_t>(lane));
    const TimeAxis placed = TimelinePainter::placedAxis(l, m_frame);
    const AxisDomain domain(m_frame.axisKind, m_run->trace, m_run->ticks);
    const int s = spanUnder(spans, domain, placed, m_frame.playhead, e->position().x(), 3);
    Q_EMIT taskClicked(s >= 0 ? spans[static_cast<std::size_t>(s)].task : 0);
}

void TimelineView::keyPressEvent(QKeyEvent* e) {
    switch (e->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); break;
    case Qt::Key_Minus: zoomOut(); break;
    case Qt::Key_Up: m_scroll->setValue(m_scroll->value() - m_frame.laneHeight); break;
    case Qt::Key_Down: m_scroll->setValue(m_scroll->value() + m_frame.laneHeight); break;
    default: QWidget::keyPressEvent(e); return;
    }
    e->accept();
}

QString TimelineView::tooltipAt(QPoint pos) const {
    if (!m_run) return {};
    const TimelineLayout l = currentLayout();
    const LaneSet& lanes = m_run->lanes(m_frame.mode);
    const int lane = l.laneAt(pos.y(), m_frame, lanes.size());
    const Trace& trace = m_run->trace;
    if (lane >= 0 && l.labels.contains(pos)) {
        // A lane's name is elided in the middle to fit: the whole of it here.
        const std::uint32_t id = lanes.lanes()[static_cast<std::size_t>(lane)].id;
        const QString name =
            m_frame.mode == LaneMode::Tasks
                ? tr("task %1: %2").arg(id).arg(Format::taskTitle(trace, id))
                : QString::fromStdString(trace.workerName(static_cast<WorkerId>(id)));
        return name.toHtmlEscaped();
    }
    if (lane < 0 || !l.lanes.contains(pos)) return {};
    const auto& spans = lanes.spansOf(trace, static_cast<std::size_t>(lane));
    const TimeAxis placed = TimelinePainter::placedAxis(l, m_frame);
    const AxisDomain domain(m_frame.axisKind, trace, m_run->ticks);
    const int index = spanUnder(spans, domain, placed, m_frame.playhead, pos.x(), 3);
    if (index < 0) return {};
    const Span& s = spans[static_cast<std::size_t>(index)];
    const QString task = s.task ? QString::fromStdString(trace.taskName(s.task)) : tr("(idle)");
    QString text = QStringLiteral("<b>%1</b>").arg(task.toHtmlEscaped());
    if (m_frame.mode == LaneMode::Workers)
        text += QStringLiteral(" · %1").arg(
            QString::fromStdString(trace.workerName(static_cast<WorkerId>(
                                       lanes.lanes()[static_cast<std::size_t>(lane)].id)))
                .toHtmlEscaped());
    text += QStringLiteral("<br>") + Format::spanState(trace, s).toHtmlEscaped();
    if (s.line > 0) text += QStringLiteral("<br>") + tr("line %1").arg(s.line);
    const bool open = s.endSeq >= m_frame.playhead.seq;
    const Time end = open ? m_frame.playhead.time : s.end;
    text += QStringLiteral("<br>") +
            tr("from %1 for %2").arg(Format::seconds(s.begin), Format::seconds(end - s.begin));
    if (open && !isTerminal(lookOf(s))) text += QStringLiteral(" ") + tr("(so far)");
    text += QStringLiteral("<br>") +
            tr("on %1").arg(QString::fromStdString(trace.workerName(s.worker)).toHtmlEscaped());
    return text;
}

bool TimelineView::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(e);
}

void TimelineView::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange || e->type() == QEvent::FontChange) update();
    QWidget::changeEvent(e);
}

} // namespace coroscope
