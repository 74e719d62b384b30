// SPDX-License-Identifier: MIT
#include "ui/views/restaurant_view.h"

#include "ui/style/format.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace coroscope {

namespace {
// How long, in real time, a walk and a bell take on screen.
constexpr double kWalkSeconds = 0.35;
constexpr double kBellSeconds = 0.8;
constexpr double kMaxWalkingSpeed = 10.0;
} // namespace

RestaurantView::RestaurantView(QWidget* parent)
    : QWidget(parent)
    , m_theme(&Theme::light())
    , m_glide(new QVariantAnimation(this)) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setMotion(0);
    m_glide->setStartValue(0.0);
    m_glide->setEndValue(1.0);
    m_glide->setDuration(280);
    connect(m_glide, &QVariantAnimation::valueChanged, this, [this](const QVariant& v) {
        m_frame.blend = v.toDouble();
        update();
    });
}

void RestaurantView::setClockShown(bool shown) {
    m_frame.showClock = shown;
    update();
}

void RestaurantView::setRun(std::shared_ptr<const RunModel> run) {
    m_run = std::move(run);
    m_frame.run = m_run.get();
    m_glide->stop();
    m_frame.from = nullptr;
    m_frame.blend = 1;
    m_layout = {};
    update();
}

void RestaurantView::setPlayhead(const Playhead& p) {
    // A step while paused: glide from where the waiters were drawn.
    const bool step = !m_moving && m_run && isVisible() &&
                      (p.seq > m_frame.playhead.seq ? p.seq - m_frame.playhead.seq
                                                    : m_frame.playhead.seq - p.seq) <= 2;
    if (step && !m_layout.waiterAt.empty()) {
        m_glideFrom = m_layout.waiterAt;
        m_frame.from = &m_glideFrom;
        m_frame.blend = 0;
        m_glide->stop();
        m_glide->start();
    } else if (!step) {
        m_glide->stop();
        m_frame.from = nullptr;
        m_frame.blend = 1;
    }
    m_frame.playhead = p;
    update();
}

void RestaurantView::setSelectedTask(TaskId task) {
    m_frame.selected = task;
    update();
}

void RestaurantView::setTheme(const Theme* theme) {
    m_theme = theme;
    update();
}

void RestaurantView::setMotion(double speed) {
    m_moving = speed > 0;
    // Fast playback shows where everyone is, without walks that would only blur.
    m_frame.options.walk =
        speed > 0 && speed <= kMaxWalkingSpeed ? seconds(kWalkSeconds * speed) : 0;
    // Paused, a bell still shows for a moment of virtual time after it rang.
    m_frame.options.bellFade = seconds(kBellSeconds * (speed > 0 ? speed : 0.25));
    update();
}

void RestaurantView::render(QPainter& painter, const QRect& rect) {
    RestaurantFrame exact = m_frame; // an export is the exact picture
    exact.from = nullptr;
    exact.blend = 1;
    m_painter.paint(painter, QRectF(rect), exact, *m_theme);
}

void RestaurantView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    m_layout = m_painter.paint(p, QRectF(rect()), m_frame, *m_theme);
}

void RestaurantView::mousePressEvent(QMouseEvent* e) {
    if (!m_run || e->button() != Qt::LeftButton) return;
    const RestaurantScene scene =
        buildScene(m_run->trace, m_run->restaurant, m_frame.playhead, m_frame.options);
    const int table = m_layout.tableAt(scene, e->position());
    Q_EMIT taskClicked(table >= 0 ? scene.tables[static_cast<std::size_t>(table)].task : 0);
}

bool RestaurantView::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip && m_run) {
        auto* help = static_cast<QHelpEvent*>(e);
        const RestaurantScene scene =
            buildScene(m_run->trace, m_run->restaurant, m_frame.playhead, m_frame.options);
        const int table = m_layout.tableAt(scene, help->pos());
        if (table < 0) {
            // A waiter: the worker's full name and what it does.
            for (const auto& [worker, at] : m_layout.waiterAt) {
                const QPointF d = at - QPointF(help->pos());
                if (d.x() * d.x() + d.y() * d.y() > 30 * 30) continue;
                for (const SceneWaiter& w : scene.waiters)
                    if (w.worker == worker) {
                        QToolTip::showText(
                            help->globalPos(),
                            QStringLiteral("<b>%1</b><br>%2")
                                .arg(QString::fromStdString(m_run->trace.workerName(worker))
                                         .toHtmlEscaped(),
                                     Format::activity(w.activity).toHtmlEscaped()),
                            this);
                        return true;
                    }
            }
            QToolTip::hideText();
            return true;
        }
        const SceneTable& t = scene.tables[static_cast<std::size_t>(table)];
        QString text = QStringLiteral("<b>%1</b><br>%2")
                           .arg(QString::fromStdString(m_run->restaurant.clients[t.client].name)
                                    .toHtmlEscaped(),
                                Format::tableState(t.state).toHtmlEscaped());
        if (t.task)
            text += QStringLiteral("<br>") +
                    tr("served by task %1")
                        .arg(QString::fromStdString(m_run->trace.taskName(t.task)).toHtmlEscaped());
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(e);
}

void RestaurantView::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange || e->type() == QEvent::FontChange) update();
    QWidget::changeEvent(e);
}

} // namespace coroscope
