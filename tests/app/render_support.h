// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QImage>
#include <QRect>
#include <QString>

#include <ostream>

namespace coroscope::test {

// A fresh image to render a view into, filled so nothing is left undefined.
QImage canvas(int width, int height);
// How many pixels of `rect` are within `tolerance` (per channel) of `color`.
int countColor(const QImage& img, const QRect& rect, const QColor& color, int tolerance = 12);
// Whether any pixel of row y, between x0 and x1, is near `color`.
bool rowHas(const QImage& img, int y, int x0, int x1, const QColor& color, int tolerance = 12);
// Saves the image when COROSCOPE_TEST_IMAGES names a folder: a way to look at
// what a test saw.
void keep(const QImage& img, const QString& name);

} // namespace coroscope::test

// GoogleTest prints QStrings as text, not as arrays of code units.
inline void PrintTo(const QString& s, std::ostream* os) {
    *os << '"' << s.toStdString() << '"';
}

// And rectangles as x,y w×h.
inline void PrintTo(const QRect& r, std::ostream* os) {
    *os << r.x() << ',' << r.y() << ' ' << r.width() << "x" << r.height();
}
