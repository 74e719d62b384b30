// SPDX-License-Identifier: MIT
#include "render_support.h"

#include <QDir>

#include <cstdlib>

namespace coroscope::test {

QImage canvas(int width, int height) {
    QImage img(width, height, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::magenta);
    return img;
}

namespace {
bool near(QRgb px, const QColor& c, int tolerance) {
    return std::abs(qRed(px) - c.red()) <= tolerance &&
           std::abs(qGreen(px) - c.green()) <= tolerance &&
           std::abs(qBlue(px) - c.blue()) <= tolerance;
}
} // namespace

int countColor(const QImage& img, const QRect& rect, const QColor& color, int tolerance) {
    const QRect r = rect.intersected(img.rect());
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        for (int x = r.left(); x <= r.right(); ++x)
            if (near(line[x], color, tolerance)) ++n;
    }
    return n;
}

bool rowHas(const QImage& img, int y, int x0, int x1, const QColor& color, int tolerance) {
    if (y < 0 || y >= img.height()) return false;
    const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
    for (int x = std::max(0, x0); x <= std::min(img.width() - 1, x1); ++x)
        if (near(line[x], color, tolerance)) return true;
    return false;
}

void keep(const QImage& img, const QString& name) {
    const char* dir = std::getenv("COROSCOPE_TEST_IMAGES");
    if (!dir || !*dir) return;
    QDir().mkpath(QString::fromLocal8Bit(dir));
    img.save(QDir(QString::fromLocal8Bit(dir)).filePath(name + QStringLiteral(".png")));
}

} // namespace coroscope::test
