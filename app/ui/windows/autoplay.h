// SPDX-License-Identifier: MIT
#pragma once

#include "model/run_model.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace coroscope {

class MainWindow;

// How long an Autoplay shows each thing, in ticks of its driver.
struct AutoplayPace {
    int tickMs = 200;            // 0: no timer, tick() is called from outside (tests)
    double scriptSeconds = 12.0; // each script plays in about this much real time
    int readTicks = 12;          // a narration step that waits, read
    int endTicks = 15;           // the end of a run, and the question's answer
    int runWaitTicks = 150;      // a script whose run never comes is skipped
    int stallTicks = 900;        // a script not at its end by then has stalled
};

// Plays the whole catalogue, unattended, as a speaker would: every script of
// every lesson through its narration (each waiting step read for a few
// seconds), a predict-first question answered with its first choice, the
// answer shown, then the next script, the next lesson, and the first lesson
// again after the last. For a kiosk, and for the long run that shows the
// app stays alive. It drives the window only through what a user can do.
//
// With a heartbeat file, the GUI thread rewrites it every second (a hung
// event loop stops the beats): the beat count, the lesson and script shown,
// how many scripts have been played, and how many had to be skipped because
// they never got going (stalls), which a healthy run never has.
class Autoplay : public QObject {
    Q_OBJECT

public:
    explicit Autoplay(MainWindow* window, QString heartbeatFile = {}, AutoplayPace pace = {});

    int scriptsPlayed() const { return m_scriptsPlayed; }
    int loops() const { return m_loops; }
    int stalls() const { return m_stalls; }
    // One step of the driver, as its timer makes it.
    void tick();

private:
    void advance();
    // Does what the window's action of that name does, as its key would.
    void trigger(const char* action);
    void startScript();
    void newPhase() { m_phaseTicks = 0; }
    void writeHeartbeat();

    MainWindow* m_window;
    QString m_heartbeatFile;
    AutoplayPace m_pace;
    QTimer m_ticker;
    QTimer m_beater;
    int m_phaseTicks = 0;  // since the script, the narration step or the end was reached
    int m_scriptTicks = 0; // since the script was opened
    const RunModel* m_shown = nullptr;
    bool m_finished = false;
    bool m_waiting = false;
    bool m_runRequested = false;
    int m_scriptsPlayed = 0;
    int m_loops = 0;
    int m_stalls = 0;
    quint64 m_beats = 0;
};

} // namespace coroscope
