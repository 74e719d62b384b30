// SPDX-License-Identifier: MIT
#pragma once

#include "model/look.h"

#include "core/event.h"

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QString>

#include <array>

namespace coroscope {

// Colours and sizes shared by every view. States use the Okabe-Ito palette
// (distinguishable with the common colour-vision deficiencies), and each is
// also drawn with its own pattern or shape. Three themes: light for a
// screen, dark for a dim room, and high contrast for a projector.
struct Theme {
    enum class Id { Light, Dark, Contrast };
    Id id = Id::Light;

    QColor background, surface, text, mutedText, grid, stripe, cursor, selection, accent;
    QColor running, computing, ready, io, timer, waitTask, blocked, queued, startup, done,
        cancelled, failed;
    QColor spawnArrow, wakeArrow, cancelArrow;
    // The restaurant
    QColor floor, floorLine, wall, tableTop, tableEdge, cloth, chair, customer, kitchen,
        kitchenTile, counter, paper, ink, plate, food, burnt, bell, ice;
    std::array<QColor, 12> taskColors{}; // twelve tasks before a colour repeats
    double lineWidth = 1.0;              // thicker on a projector
    double fontScale = 1.0;

    QColor colorOf(Look look) const;
    QColor taskColor(TaskId task) const;
    QPalette palette() const;
    // The font views draw with, at `points` before the theme's scale.
    QFont font(double points, bool bold = false) const;

    static const Theme& light();
    static const Theme& dark();
    static const Theme& contrast();
    static const Theme& byName(const QString& name);
    QString name() const;
};

} // namespace coroscope
