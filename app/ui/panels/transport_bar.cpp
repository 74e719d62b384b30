// SPDX-License-Identifier: MIT
#include "ui/panels/transport_bar.h"

#include "ui/style/format.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QSlider>
#include <QToolButton>

#include <cmath>

namespace coroscope {

namespace {
constexpr int kScrubSteps = 10000;
}

const std::vector<double>& TransportBar::speeds() {
    static const std::vector<double> s = {0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 20, 50, 100};
    return s;
}

QString TransportBar::speedText(double speed) {
    return tr("%1×").arg(QLocale().toString(speed, 'g', 3));
}

TransportBar::TransportBar(const Actions& actions, QWidget* parent)
    : QWidget(parent)
    , m_speed(new QSlider(Qt::Horizontal, this))
    , m_speedLabel(new QLabel(this))
    , m_speedCaption(new QLabel(this))
    , m_scrub(new QSlider(Qt::Horizontal, this))
    , m_clock(new QLabel(this))
    , m_events(new QLabel(this))
    , m_theme(&Theme::light()) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 12, 4);
    layout->setSpacing(4);
    for (QAction* a : {actions.restart, actions.stepBack, actions.playPause, actions.stepForward}) {
        auto* b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setAutoRaise(true);
        b->setIconSize(QSize(26, 26));
        layout->addWidget(b);
    }
    layout->addSpacing(14);
    layout->addWidget(m_speedCaption);
    m_speed->setRange(0, static_cast<int>(speeds().size()) - 1);
    m_speed->setPageStep(1);
    m_speed->setFixedWidth(130);
    layout->addWidget(m_speed);
    m_speedLabel->setMinimumWidth(QFontMetrics(font()).horizontalAdvance(QStringLiteral("100×")) +
                                  12);
    layout->addWidget(m_speedLabel);
    layout->addSpacing(14);
    m_scrub->setRange(0, kScrubSteps);
    // A scrubber must stay a scrubber on a 1280-pixel projector; the event
    // line gives way instead (its tooltip has it all).
    // Its width depends on the bar's alone, never on the texts beside it,
    // so it does not jump under the pointer while the event line changes.
    m_scrub->setMinimumWidth(180);
    layout->addWidget(m_scrub, 3);
    layout->addSpacing(10);
    m_events->setMaximumWidth(460);
    m_events->setMinimumWidth(120);
    m_events->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_events, 2);
    layout->addSpacing(8);
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_clock);
    // The view tools share the bar, so the window spends one row on controls.
    if (!actions.tools.isEmpty()) layout->addSpacing(12);
    for (QAction* a : actions.tools) {
        auto* b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setAutoRaise(true);
        b->setIconSize(QSize(22, 22));
        b->setToolButtonStyle(Qt::ToolButtonIconOnly);
        layout->addWidget(b);
    }
    connect(m_speed, &QSlider::valueChanged, this,
            [this](int i) { Q_EMIT speedRequested(speeds()[static_cast<std::size_t>(i)]); });
    connect(m_scrub, &QSlider::sliderPressed, this, [this] { m_scrubbing = true; });
    connect(m_scrub, &QSlider::sliderReleased, this, [this] { m_scrubbing = false; });
    connect(m_scrub, &QSlider::valueChanged, this, [this](int v) {
        if (!m_scrub->isSliderDown() && !m_scrubbing) return; // moved by setPlayhead
        Q_EMIT seekRequested(
            static_cast<Time>(std::llround(static_cast<double>(m_end) * v / kScrubSteps)));
    });
    connect(m_scrub, &QSlider::actionTriggered, this, [this](int action) {
        if (action == QAbstractSlider::SliderMove) return;
        // A click on the groove or a page key: seek there.
        const int v = m_scrub->sliderPosition();
        Q_EMIT seekRequested(
            static_cast<Time>(std::llround(static_cast<double>(m_end) * v / kScrubSteps)));
    });
    setLarge(false);
    retranslate();
}

void TransportBar::setExtent(Time end, std::uint64_t events) {
    m_end = end;
    m_count = events;
    m_scrub->setEnabled(end > 0);
    setPlayhead(Playhead{});
}

void TransportBar::setPlayhead(const Playhead& p) {
    m_playhead = p;
    if (!m_scrub->isSliderDown()) {
        const QSignalBlocker block(m_scrub);
        m_scrub->setValue(
            m_end > 0 ? static_cast<int>(std::llround(static_cast<double>(p.time) * kScrubSteps /
                                                      static_cast<double>(m_end)))
                      : (p.seq >= m_count && m_count > 0 ? kScrubSteps : 0));
    }
    m_clock->setText(Format::clock(p.time));
    QString text = tr("event %1 / %2")
                       .arg(QLocale().toString(static_cast<qulonglong>(p.seq)),
                            QLocale().toString(static_cast<qulonglong>(m_count)));
    // What just happened, for someone stepping one event at a time.
    if (m_run && p.seq > 0 && p.seq <= m_run->trace.size())
        text += QStringLiteral("  ·  ") + Format::event(m_run->trace, p.seq - 1);
    m_eventText = text;
    showEventText();
}

void TransportBar::showEventText() {
    m_events->setText(
        QFontMetrics(m_events->font())
            .elidedText(m_eventText, Qt::ElideRight, m_events->contentsRect().width()));
    m_events->setToolTip(m_eventText);
}

void TransportBar::resizeEvent(QResizeEvent* e) {
    QWidget::resizeEvent(e);
    showEventText();
}

void TransportBar::setSpeed(double speed) {
    const auto& s = speeds();
    int best = 0;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (std::abs(std::log(s[i] / speed)) <
            std::abs(std::log(s[static_cast<std::size_t>(best)] / speed)))
            best = static_cast<int>(i);
    const QSignalBlocker block(m_speed);
    m_speed->setValue(best);
    m_speedLabel->setText(speedText(speed));
}

void TransportBar::setTheme(const Theme* theme) {
    m_theme = theme;
    m_clock->setStyleSheet(QStringLiteral("color: %1;").arg(theme->cursor.name()));
}

void TransportBar::setLarge(bool large) {
    QFont clock = font();
    clock.setPointSizeF(font().pointSizeF() * (large ? 2.0 : 1.45));
    clock.setBold(true);
    m_clock->setFont(clock);
    // Wide enough for any time a run reaches, so the clock never pushes the
    // scrubber aside as it counts.
    m_clock->setFixedWidth(QFontMetrics(clock).horizontalAdvance(QStringLiteral("t = 000.000 s")) +
                           8);
}

void TransportBar::retranslate() {
    m_speedCaption->setText(tr("Speed"));
    m_speed->setToolTip(tr("Playback speed, in virtual seconds per second ([ slower, ] faster)"));
    m_scrub->setToolTip(tr("Drag to move through the run"));
    m_clock->setToolTip(tr("Virtual time at the playhead"));
    if (m_run || m_count > 0) setPlayhead(m_playhead); // the event line, in the new language
}

void TransportBar::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(e);
}

} // namespace coroscope
