// SPDX-License-Identifier: MIT
// How long the timeline takes to draw a big run into a 1920x1080 image:
// 10,000 tasks and about a million events, made by the real scheduler, at
// full zoom-out, mid zoom and full zoom-in. A frame must stay under 16 ms.
// Run with the release preset: build/release/bench/render_bench
#include "model/run_model.h"
#include "scenarios.h"
#include "ui/painters/timeline_painter.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

#include <cstdlib>

using namespace coroscope;

namespace {

const RunModel& bigRun() {
    // 10,000 tasks x 33 sleeps (and some CPU work): about 1.1 million events.
    static const std::shared_ptr<const RunModel> run = scenarios::manySleepers(10'000, 33);
    return *run;
}

// One frame of the timeline showing `span` of the run around its middle,
// lanes scrolled to the middle of the ten thousand.
void timelineFrame(benchmark::State& state, double spanFraction, int laneHeight) {
    const RunModel& run = bigRun();
    const double end = static_cast<double>(run.trace.endTime());
    TimelineFrame f;
    f.run = &run;
    f.playhead = playheadAtEnd(run.trace);
    f.laneHeight = laneHeight;
    f.scrollY = 5000.0 * laneHeight;
    const double span = spanFraction >= 1 ? end * 1.04 : std::max(1000.0, end * spanFraction);
    f.axis = spanFraction >= 1 ? TimeAxis().fitted(end)
                               : TimeAxis(end / 2 - span / 2, end / 2 + span / 2, 0, 1);
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    TimelinePainter painter;
    for (auto _ : state) {
        QPainter p(&image);
        painter.paint(p, image.rect(), f, Theme::light());
        p.end();
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["events"] = static_cast<double>(run.trace.size());
    state.counters["tasks"] = static_cast<double>(run.trace.tasks().size() - 1);
}

void FullZoomOut(benchmark::State& s) {
    timelineFrame(s, 1.0, 24);
}
void MidZoom(benchmark::State& s) {
    timelineFrame(s, 1.0 / 40, 24);
}
void FullZoomIn(benchmark::State& s) {
    timelineFrame(s, 0, 24); // the smallest window: one microsecond
}
// The same with 2-pixel lanes: over 500 lanes on screen at once.
void FullZoomOutDense(benchmark::State& s) {
    timelineFrame(s, 1.0, 2);
}

} // namespace

BENCHMARK(FullZoomOut)->Unit(benchmark::kMillisecond);
BENCHMARK(MidZoom)->Unit(benchmark::kMillisecond);
BENCHMARK(FullZoomIn)->Unit(benchmark::kMillisecond);
BENCHMARK(FullZoomOutDense)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
    // Fonts need a GUI application; no display is needed for a QImage.
    if (!std::getenv("QT_QPA_PLATFORM")) setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    bigRun(); // build the trace before timing
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
