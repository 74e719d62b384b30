// SPDX-License-Identifier: MIT
#include "ui/playback/playback_controller.h"

#include "ui/panels/transport_bar.h"

#include <QCoroTimer>
#include <QPointer>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace coroscope {

namespace {
// Loop ticks shown per second at 1x, when pacing by ticks.
constexpr double kTicksPerSecond = 4.0;
constexpr auto kFrame = std::chrono::milliseconds(16);
} // namespace

PlaybackController::PlaybackController(QObject* parent)
    : QObject(parent) {}

PlaybackController::~PlaybackController() {
    ++m_generation; // a driver still waiting on its frame ends there
}

AxisKind PlaybackController::pacing() const {
    if (m_axis == AxisKind::Ticks) return AxisKind::Ticks;
    return m_run && m_run->trace.endTime() == 0 ? AxisKind::Ticks : AxisKind::VirtualTime;
}

void PlaybackController::setRun(std::shared_ptr<const RunModel> run,
                                std::vector<NarrationCue> cues) {
    setPlaying(false);
    m_run = std::move(run);
    m_cues = std::move(cues);
    restart();
}

void PlaybackController::setSpeed(double speed) {
    speed = std::clamp(speed, 0.1, 100.0);
    if (speed == m_speed) return;
    m_speed = speed;
    Q_EMIT speedChanged(speed);
}

void PlaybackController::slower() {
    const auto& s = TransportBar::speeds();
    auto it = std::lower_bound(s.begin(), s.end(), m_speed - 1e-9);
    if (it != s.begin()) setSpeed(*std::prev(it));
}

void PlaybackController::faster() {
    const auto& s = TransportBar::speeds();
    auto it = std::upper_bound(s.begin(), s.end(), m_speed + 1e-9);
    if (it != s.end()) setSpeed(*it);
}

void PlaybackController::setPlayhead(const Playhead& p) {
    if (p == m_playhead) return;
    m_playhead = p;
    Q_EMIT playheadChanged(p);
}

void PlaybackController::setPlaying(bool playing) {
    if (playing == m_playing) return;
    m_playing = playing;
    ++m_generation; // any other driver stops at its next frame
    Q_EMIT playingChanged(playing);
}

int PlaybackController::currentStep() const {
    return m_nextCue > 0 ? m_cues[m_nextCue - 1].step : -1;
}

std::size_t PlaybackController::nextTimedCue() const {
    // Key steps are told only when the presenter asks while a step shows;
    // steps whose trigger never happened in this run are passed over.
    std::size_t j = m_nextCue;
    while (j < m_cues.size() && !m_cues[j].at)
        ++j;
    return j;
}

bool PlaybackController::reachCues() {
    const std::size_t j = nextTimedCue();
    if (j >= m_cues.size() || m_cues[j].at->seq > m_playhead.seq) return false;
    m_nextCue = j + 1;
    m_waiting = true;
    setPlaying(false);
    Q_EMIT narrationChanged(m_cues[j].step, true);
    return true;
}

void PlaybackController::rearmCues() {
    m_waiting = false;
    m_nextCue = 0;
    // Cues at or before the playhead count as told (and the key steps
    // between them); the first one after it is next.
    for (std::size_t i = 0; i < m_cues.size(); ++i) {
        if (m_cues[i].at && m_cues[i].at->seq > m_playhead.seq) break;
        m_nextCue = i + 1;
    }
    while (m_nextCue > 0 && m_cues[m_nextCue - 1].onKey)
        --m_nextCue;
    // After a jump, the step told last is shown only while the picture is
    // still the one it tells of.
    const bool holds = m_nextCue == 0 || cueHolds(m_cues[m_nextCue - 1], m_playhead);
    Q_EMIT narrationChanged(holds ? currentStep() : -1, false);
}

bool PlaybackController::advance(double realMs) {
    if (!m_run) return false;
    const Trace& trace = m_run->trace;
    Playhead target;
    if (pacing() == AxisKind::VirtualTime) {
        const Time end = trace.endTime();
        const Time t = std::min<Time>(end, m_playhead.time + seconds(realMs / 1000.0 * m_speed));
        target = t >= end ? playheadAtEnd(trace) : playheadAtTime(trace, t);
    } else {
        m_tickPosition += realMs / 1000.0 * m_speed * kTicksPerSecond;
        const std::uint64_t seq =
            std::min<std::uint64_t>(trace.size(), m_run->ticks.seqAt(m_tickPosition));
        target = seq >= trace.size() ? playheadAtEnd(trace)
                                     : Playhead{seq, seq > 0 ? trace.timeOf(seq - 1) : 0};
    }
    if (target.seq < m_playhead.seq) target = m_playhead; // never backwards while playing
    // The next cue on the way stops playback there.
    const std::size_t j = nextTimedCue();
    if (j < m_cues.size() && m_cues[j].at->seq <= target.seq) {
        const Playhead at = *m_cues[j].at;
        setPlayhead(at.seq >= m_playhead.seq ? at : m_playhead);
        m_tickPosition = m_run->ticks.positionOf(m_playhead.seq);
        reachCues();
        if (m_playhead.seq >= trace.size()) Q_EMIT finished(); // the last step closes the run
        return false;
    }
    setPlayhead(target);
    if (target.seq >= trace.size() && target.time >= trace.endTime()) {
        setPlaying(false);
        Q_EMIT finished();
        return false;
    }
    return true;
}

QCoro::Task<> PlaybackController::drive(std::uint64_t generation) {
    // The controller may go away while a frame is awaited: look before touching it.
    QPointer<PlaybackController> self(this);
    std::shared_ptr<int> live = m_liveDrivers;
    ++*live;
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        auto frame = QCoro::sleepFor(kFrame);
        co_await frame;
        if (!self || self->m_generation != generation || !self->m_playing) break;
        const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        clock.restart();
        if (!self->advance(ms)) break;
    }
    --*live;
}

void PlaybackController::play() {
    if (!m_run || m_playing) return;
    if (m_playhead.seq >= m_run->trace.size()) restart();
    if (m_playing) return;
    if (m_waiting) {
        m_waiting = false;
        Q_EMIT narrationChanged(currentStep(), false);
    }
    m_tickPosition = std::max(m_tickPosition, m_run->ticks.positionOf(m_playhead.seq));
    setPlaying(true);
    drive(m_generation); // runs on its own; it ends when playback stops
}

void PlaybackController::pause() {
    setPlaying(false);
}

void PlaybackController::togglePlay() {
    if (m_playing)
        pause();
    else
        play();
}

void PlaybackController::stepForward() {
    if (!m_run) return;
    pause();
    if (m_waiting) {
        m_waiting = false;
        Q_EMIT narrationChanged(currentStep(), false);
    }
    setPlayhead(coroscope::stepForward(m_run->trace, m_playhead));
    m_tickPosition = m_run->ticks.positionOf(m_playhead.seq);
    reachCues();
}

void PlaybackController::stepBack() {
    if (!m_run) return;
    pause();
    setPlayhead(coroscope::stepBack(m_run->trace, m_playhead));
    m_tickPosition = m_run->ticks.positionOf(m_playhead.seq);
    rearmCues();
}

void PlaybackController::restart() {
    setPlaying(false);
    m_waiting = false;
    m_nextCue = 0;
    m_tickPosition = 0;
    setPlayhead(Playhead{});
    if (!reachCues()) Q_EMIT narrationChanged(-1, false);
}

void PlaybackController::seek(Time t) {
    if (!m_run) return;
    pause();
    const Time end = m_run->trace.endTime();
    setPlayhead(t >= end && end > 0 ? playheadAtEnd(m_run->trace)
                                    : playheadAtTime(m_run->trace, std::max<Time>(t, 0)));
    m_tickPosition = m_run->ticks.positionOf(m_playhead.seq);
    rearmCues();
}

void PlaybackController::seekTick(double tick) {
    if (!m_run) return;
    pause();
    const std::uint64_t seq =
        std::min<std::uint64_t>(m_run->trace.size(), m_run->ticks.seqAt(tick));
    setPlayhead(Playhead{seq, seq > 0 ? m_run->trace.timeOf(seq - 1) : 0});
    m_tickPosition = tick;
    rearmCues();
}

void PlaybackController::next() {
    if (!m_run) return;
    if (m_waiting) {
        // A key step comes next: tell it and stay; otherwise go on playing.
        if (m_nextCue < m_cues.size() && m_cues[m_nextCue].onKey) {
            Q_EMIT narrationChanged(m_cues[m_nextCue].step, true);
            ++m_nextCue;
            return;
        }
        play();
        return;
    }
    stepForward();
}

void PlaybackController::playOrContinue() {
    if (m_waiting) {
        next();
        return;
    }
    togglePlay();
}

} // namespace coroscope
