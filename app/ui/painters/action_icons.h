// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QIcon>

namespace coroscope {

// Icons for the actions, drawn rather than loaded: the same on every
// desktop, with no icon theme installed, and sharp at any size.
enum class ActionIcon {
    Play,
    Pause,
    StepForward,
    StepBack,
    Restart,
    Run,
    Stop,
    ZoomIn,
    ZoomOut,
    Fit,
    Presenter,
    Export,
    Lanes,
    Ticks
};

QIcon actionIcon(ActionIcon icon, const QColor& color);

} // namespace coroscope
