// SPDX-License-Identifier: MIT
#pragma once

#include "model/resource_states.h"
#include "ui/style/theme.h"

#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace coroscope {

// What a primitive's state says in words: "queue: 2 of 2 slots full",
// "limit: 3 of 3 places taken", "lock: held by Task-2".
QString resourceSummary(const ResourceState& r, const Trace& trace);
// Who waits for it, by task name, or "" when nobody does.
QString resourceWaiters(const ResourceState& r, const Trace& trace);

// One primitive in a box, as the restaurant shows it: its name and state,
// its slots or places (filled as taken) and the tasks waiting for it, in
// their colours. Returns the rectangles of the texts it drew.
std::vector<QRectF> paintResource(QPainter& p, const QRectF& box, const ResourceState& r,
                                  const Trace& trace, const Theme& theme, double points);

} // namespace coroscope
