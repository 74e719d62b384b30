// SPDX-License-Identifier: MIT
#pragma once

#include "ui/style/theme.h"

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <cstdint>

class QPainter;

namespace coroscope::icons {

// The restaurant's pictures, drawn as vectors (no emoji font needed), each
// centred on a point and sized by `size` (about its height in pixels).
void waiter(QPainter& p, QPointF at, double size, const QColor& color, const Theme& theme);
void customer(QPainter& p, QPointF at, double size, const QColor& shirt);
// A soft colour for a customer's shirt, varied from table to table.
QColor shirt(std::uint32_t index);
void chair(QPainter& p, QPointF at, double size, const QColor& color, bool empty);
void table(QPainter& p, QPointF at, double radius, const Theme& theme, bool dim);
void plate(QPainter& p, QPointF at, double size, const Theme& theme);
void burntDish(QPainter& p, QPointF at, double size, const Theme& theme);
void menuCard(QPainter& p, QPointF at, double size, const Theme& theme);
void notepad(QPainter& p, QPointF at, double size, const Theme& theme, bool pencil);
void hourglass(QPainter& p, QPointF at, double size, const QColor& color, double sand);
void bell(QPainter& p, QPointF at, double size, const Theme& theme, double ringing);
void ticket(QPainter& p, const QRectF& r, const Theme& theme, double progress, const QString& title,
            const QString& caption, bool blocking, const QColor& accent);
void ring(QPainter& p, QPointF at, double radius, double width, double progress,
          const QColor& color, const QColor& track);
void cross(QPainter& p, QPointF at, double size, const QColor& color, double width);
void dots(QPainter& p, QPointF at, double size, const QColor& color);
void snowflake(QPainter& p, QPointF at, double size, const QColor& color);
void chip(QPainter& p, QPointF at, const QString& text, const QColor& fill, const QColor& ink);
// The rectangle chip() fills for a text in a font, centred on `at`.
QRectF chipRect(const QFont& font, QPointF at, const QString& text);
// A cook seen from above: a white toque on a head (a task that takes from a queue).
void cook(QPainter& p, QPointF at, double size);
// A crate of orders (a task that fills a queue).
void crate(QPainter& p, QPointF at, double size, const QColor& color);
// A kitchen timer: a clock face whose hand and arc show how far the sleep is.
void clock(QPainter& p, QPointF at, double size, const QColor& color, double progress);
// A small bubble above a waiter that says what it does.
void badge(QPainter& p, QPointF at, double size, const QColor& fill, const QColor& edge);

} // namespace coroscope::icons
