// SPDX-License-Identifier: MIT
#pragma once

#include "model/lane_runs.h"
#include "model/time_axis.h"
#include "ui/painters/timeline_painter.h"

#include <QRectF>

class QPainter;

namespace coroscope {

// The height of the rows the primitives take under the lanes (0: none).
double timelineResourcesHeight(const TimelineFrame& f, const Theme& theme);

// The program's queues, locks and semaphores in their own rows under the
// lanes (l.resources): the name in the label column and, across the lanes'
// width, the count over time as a step chart (items queued, places taken,
// held) up to the playhead, with its state there in words. Returns the
// rectangles of the texts it drew.
std::vector<QRectF> paintTimelineResources(QPainter& p, const TimelineLayout& l,
                                           const TimelineFrame& f, const TimeAxis& axis,
                                           const AxisDomain& domain, const Theme& theme);

} // namespace coroscope
