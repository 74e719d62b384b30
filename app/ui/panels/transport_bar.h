// SPDX-License-Identifier: MIT
#pragma once

#include "model/playhead.h"
#include "model/run_model.h"
#include "ui/style/theme.h"

#include <QList>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QSlider;
class QToolButton;

namespace coroscope {

// The playback controls along the bottom: restart, step back, play/pause,
// step forward, the speed (0.1x to 100x of virtual time), a scrubber over
// the run, and the clock "t = 0.420 s".
class TransportBar : public QWidget {
    Q_OBJECT

public:
    struct Actions {
        QAction* restart;
        QAction* stepBack;
        QAction* playPause;
        QAction* stepForward;
        QAction* slower;
        QAction* faster;
        QList<QAction*> tools; // shown as icons at the right end
    };
    explicit TransportBar(const Actions& actions, QWidget* parent = nullptr);

    // The run's extent (its end time and event count) for the scrubber.
    void setExtent(Time end, std::uint64_t events);
    // The run whose last event the bar describes.
    void setRun(std::shared_ptr<const RunModel> run) { m_run = std::move(run); }
    void setPlayhead(const Playhead& p);
    void setSpeed(double speed);
    void setTheme(const Theme* theme);
    void setLarge(bool large);
    void retranslate();

    // Speeds the slider and the [ ] keys step through.
    static const std::vector<double>& speeds();
    static QString speedText(double speed);

Q_SIGNALS:
    void seekRequested(Time t);
    void speedRequested(double speed);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // The event line, elided to the room the layout gives it.
    void showEventText();

    QSlider* m_speed;
    QLabel* m_speedLabel;
    QLabel* m_speedCaption;
    QSlider* m_scrub;
    QLabel* m_clock;
    QLabel* m_events;
    QString m_eventText;
    Playhead m_playhead;
    std::shared_ptr<const RunModel> m_run;
    Time m_end = 0;
    std::uint64_t m_count = 0;
    bool m_scrubbing = false;
    const Theme* m_theme;
};

} // namespace coroscope
