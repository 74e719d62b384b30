// SPDX-License-Identifier: MIT
#pragma once

#include "model/lane_runs.h"
#include "model/narration_schedule.h"
#include "model/playhead.h"
#include "model/run_model.h"

#include <QElapsedTimer>
#include <QObject>

#include <QCoroTask>

#include <memory>
#include <vector>

namespace coroscope {

// Plays a run against real time. The playhead moves by `speed` virtual
// seconds per real second (or, on the loop-ticks axis and for runs that take
// no virtual time, by ticks), stops at each narration cue, and can step one
// event at a time either way.
//
// The pacing is a coroutine on the Qt event loop: while playing, one
// `drive()` awaits a frame, moves the playhead by the real time that passed,
// and looks for a cue on the way. Pausing ends it; playing starts a new one.
// Invariants: at most one drive() of the current generation is alive;
// m_nextCue indexes the first cue not yet told; m_waiting means playback is
// paused on the cue before m_nextCue, which the next key continues past.
class PlaybackController : public QObject {
    Q_OBJECT

public:
    explicit PlaybackController(QObject* parent = nullptr);
    ~PlaybackController() override;

    void setRun(std::shared_ptr<const RunModel> run, std::vector<NarrationCue> cues);
    const std::shared_ptr<const RunModel>& run() const { return m_run; }
    Playhead playhead() const { return m_playhead; }
    bool playing() const { return m_playing; }
    bool waitingOnNarration() const { return m_waiting; }
    double speed() const { return m_speed; }
    AxisKind pacing() const;
    // Drivers still alive (one while playing; a stopped one lives until its frame ends).
    int liveDrivers() const { return *m_liveDrivers; }

    void setSpeed(double speed);
    void slower();
    void faster();
    void setAxisKind(AxisKind kind) { m_axis = kind; }
    void play();
    void pause();
    void togglePlay();
    void stepForward();
    void stepBack();
    void restart();
    void seek(Time t);
    void seekTick(double tick);
    // The clicker's "next": past a narration step if one is showing, else one event on.
    void next();
    // Space: past a narration step if one is showing, else play or pause.
    void playOrContinue();
    // Moves the playhead by `realMs` of real time at the current speed, as a
    // frame does; stops at a cue or the end. Returns whether to keep playing.
    bool advance(double realMs);

Q_SIGNALS:
    void playheadChanged(const coroscope::Playhead& p);
    void playingChanged(bool playing);
    void speedChanged(double speed);
    // A narration step to show (its index in the lesson); waiting: paused on it.
    void narrationChanged(int step, bool waiting);
    void finished();

private:
    QCoro::Task<> drive(std::uint64_t generation);
    void setPlayhead(const Playhead& p);
    void setPlaying(bool playing);
    // Fires the cues at or before the playhead, stopping at the first that pauses.
    bool reachCues();
    std::size_t nextTimedCue() const;
    void rearmCues();
    int currentStep() const;

    std::shared_ptr<const RunModel> m_run;
    std::vector<NarrationCue> m_cues;
    std::size_t m_nextCue = 0;
    Playhead m_playhead;
    double m_tickPosition = 0; // exact position while pacing by ticks
    double m_speed = 0.25;
    AxisKind m_axis = AxisKind::VirtualTime;
    bool m_playing = false;
    bool m_waiting = false;
    std::uint64_t m_generation = 0;
    std::shared_ptr<int> m_liveDrivers = std::make_shared<int>(0);
};

} // namespace coroscope
