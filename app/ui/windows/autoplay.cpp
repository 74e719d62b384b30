// SPDX-License-Identifier: MIT
#include "ui/windows/autoplay.h"

#include "ui/panels/predict_card.h"
#include "ui/windows/main_window.h"

#include <QAction>
#include <QSaveFile>

#include <algorithm>

namespace coroscope {

namespace {

// Ticks per virtual "second" when a run is paced by ticks (the controller's own).
constexpr double kTicksPerSecond = 4.0;

// The speed that plays `run` in about `realSeconds`, whatever its length, so
// that the catalogue comes round again within minutes.
double speedFor(const RunModel& run, double realSeconds) {
    const double length = run.trace.endTime() > 0
                              ? toSeconds(run.trace.endTime())
                              : run.ticks.positionOf(run.trace.size()) / kTicksPerSecond;
    return std::clamp(length / realSeconds, 0.1, 100.0);
}

} // namespace

Autoplay::Autoplay(MainWindow* window, QString heartbeatFile, AutoplayPace pace)
    : QObject(window)
    , m_window(window)
    , m_heartbeatFile(std::move(heartbeatFile))
    , m_pace(pace) {
    connect(window->playback(), &PlaybackController::finished, this, [this] {
        if (m_finished) return;
        m_finished = true;
        newPhase();
    });
    connect(&m_ticker, &QTimer::timeout, this, &Autoplay::tick);
    if (m_pace.tickMs > 0) m_ticker.start(m_pace.tickMs);
    if (!m_heartbeatFile.isEmpty()) {
        connect(&m_beater, &QTimer::timeout, this, &Autoplay::writeHeartbeat);
        m_beater.start(1000);
        writeHeartbeat();
    }
    startScript();
}

void Autoplay::startScript() {
    m_shown = nullptr;
    m_finished = false;
    m_waiting = false;
    m_runRequested = false;
    m_phaseTicks = 0;
    m_scriptTicks = 0;
}

void Autoplay::tick() {
    if (!m_window->lesson()) return;
    PlaybackController* playback = m_window->playback();
    const RunModel* run = m_window->currentRun().get();
    ++m_phaseTicks;
    if (++m_scriptTicks > m_pace.stallTicks) {
        ++m_stalls;
        advance();
        return;
    }
    if (!run) {
        // Ask for the run as the Run button does, once nothing is running.
        if (!m_runRequested && m_window->runsInFlight() == 0 && m_phaseTicks > 1) {
            m_runRequested = true;
            trigger("run");
        }
        if (m_phaseTicks > m_pace.runWaitTicks) {
            ++m_stalls;
            advance();
        }
        return;
    }
    if (run != m_shown) {
        // A new run (the script's, or one it was run again into): from its start.
        m_shown = run;
        m_finished = false;
        newPhase();
        playback->setSpeed(speedFor(*run, m_pace.scriptSeconds));
        playback->restart();
    }
    if (m_window->questionOpen()) {
        // A guess, as a learner would make one; choosing plays the run.
        // The window's card or the presenter's, whichever is asking.
        for (PredictCard* card : m_window->findChildren<PredictCard*>())
            if (card->choose(0)) break;
        return;
    }
    if (m_finished) {
        if (m_phaseTicks > m_pace.endTicks) advance();
        return;
    }
    if (playback->waitingOnNarration()) {
        if (!m_waiting) {
            m_waiting = true;
            newPhase();
        } else if (m_phaseTicks > m_pace.readTicks) {
            m_waiting = false;
            trigger("next"); // the clicker's key
        }
        return;
    }
    m_waiting = false;
    // Space, as the speaker presses it: a predict-first question comes first.
    if (!playback->playing()) trigger("playPause");
}

void Autoplay::trigger(const char* action) {
    for (QAction* a : m_window->actions())
        if (a->objectName() == QLatin1String(action)) {
            a->trigger();
            return;
        }
}

void Autoplay::advance() {
    ++m_scriptsPlayed;
    const Lesson* lesson = m_window->lesson();
    const int next = m_window->script() + 1;
    if (lesson && next < static_cast<int>(lesson->scripts.size())) {
        startScript();
        m_window->openScript(next);
        return;
    }
    const std::vector<Lesson>& lessons = m_window->catalog().lessons;
    if (lessons.empty()) return;
    std::size_t i = 0;
    while (lesson && i < lessons.size() && lessons[i].id != lesson->id)
        ++i;
    i = lesson && i + 1 < lessons.size() ? i + 1 : 0;
    if (i == 0) ++m_loops;
    startScript();
    m_window->openLesson(lessons[i].id);
}

void Autoplay::writeHeartbeat() {
    // Written whole and renamed into place: a reader never sees half a beat.
    QSaveFile file(m_heartbeatFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) return;
    const Lesson* lesson = m_window->lesson();
    const QString text =
        QStringLiteral("beat %1\nlesson %2\nscript %3\nplayed %4\nloops %5\nstalls %6\n")
            .arg(++m_beats)
            .arg(lesson ? lesson->id : QStringLiteral("-"))
            .arg(m_window->script() + 1)
            .arg(m_scriptsPlayed)
            .arg(m_loops)
            .arg(m_stalls);
    file.write(text.toUtf8());
    file.commit();
}

} // namespace coroscope
