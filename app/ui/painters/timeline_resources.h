// SPDX-License-Identifier: MIT
#pragma once

#include "model/lane_runs.h"
#include "model/time_axis.h"
#include "ui/painters/timeline_painter.h"

#include <QRectF>

class QPainter;

namespace coroscope {

// The height of the band the primitives take at the bottom of the lanes (0: none).
double timelineResourcesHeight(const TimelineFrame& f, const Theme& theme);

// The program's queues, locks and semaphores under the lanes: for each, its
// count over time as a step chart (items queued, places taken, held) up to
// the playhead, with its state there in words. Returns the labels' rects.
std::vector<QRectF> paintTimelineResources(QPainter& p, const QRect& lanes, const TimelineFrame& f,
                                           const TimeAxis& axis, const AxisDomain& domain,
                                           const Theme& theme);

} // namespace coroscope
