// SPDX-License-Identifier: MIT
#include "ui/panels/run_progress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace coroscope {

namespace {
constexpr int kShowAfterMs = 100;
} // namespace

RunProgress::RunProgress(QWidget* parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this)) {
    m_bar->setRange(0, 0); // busy: how long a script runs cannot be known
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(120);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    m_tick.setInterval(kShowAfterMs);
    connect(&m_tick, &QTimer::timeout, this, &RunProgress::update);
    hide();
}

void RunProgress::setRunning(int runs) {
    const bool was = m_runs > 0;
    m_runs = runs;
    if (runs <= 0) {
        m_tick.stop();
        hide();
        return;
    }
    if (!was) {
        m_since.start();
        m_tick.start();
    }
}

void RunProgress::retranslate() {
    if (isVisible()) update();
}

void RunProgress::update() {
    if (m_since.elapsed() < kShowAfterMs) return;
    const double s = static_cast<double>(m_since.elapsed()) / 1000.0;
    m_label->setText(
        m_runs == 1
            ? tr("Running… %1 s").arg(QLocale().toString(s, 'f', 1))
            : tr("Running %n scripts… %1 s", nullptr, m_runs).arg(QLocale().toString(s, 'f', 1)));
    show();
}

} // namespace coroscope
