// SPDX-License-Identifier: MIT
#pragma once

#include "model/run_model.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <functional>

class QPainter;
class QWidget;

namespace coroscope {

// Writes a picture of a view (as PNG or SVG, by the file's extension) or a
// run as Chrome trace JSON that Perfetto opens. Each returns an error
// message, empty on success.
class Export {
    Q_DECLARE_TR_FUNCTIONS(Export)

public:
    using PaintFn = std::function<void(QPainter&, const QRect&)>;

    static QString picture(const QString& path, QSize size, const PaintFn& paint,
                           const QString& title);
    static QString png(const QString& path, QSize size, const PaintFn& paint, double scale = 2.0);
    static QString svg(const QString& path, QSize size, const PaintFn& paint, const QString& title);
    static QString chromeTrace(const QString& path, const RunModel& run);
    // A widget drawn as it is on screen (the code view, panels).
    static PaintFn widget(QWidget* w);
};

} // namespace coroscope
