// SPDX-License-Identifier: MIT
#include "ui/export/export.h"

#include "core/chrome_trace.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace coroscope {

QString Export::picture(const QString& path, QSize size, const PaintFn& paint,
                        const QString& title) {
    if (QFileInfo(path).suffix().compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0)
        return svg(path, size, paint, title);
    return png(path, size, paint);
}

QString Export::png(const QString& path, QSize size, const PaintFn& paint, double scale) {
    // Twice the pixels of the screen, so the picture stays sharp on a slide.
    QImage img(size * scale, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(scale);
    img.fill(Qt::white);
    {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        paint(p, QRect(QPoint(0, 0), size));
    }
    if (!img.save(path, "PNG")) return tr("Could not write %1.").arg(path);
    return {};
}

QString Export::svg(const QString& path, QSize size, const PaintFn& paint, const QString& title) {
    QSvgGenerator gen;
    gen.setFileName(path);
    gen.setSize(size);
    // The view box keeps pixel coordinates (the size alone is read as millimetres).
    gen.setViewBox(QRect(QPoint(0, 0), size));
    gen.setTitle(title);
    gen.setDescription(tr("Drawn by Coroscope"));
    QPainter p;
    if (!p.begin(&gen)) return tr("Could not write %1.").arg(path);
    paint(p, QRect(QPoint(0, 0), size));
    p.end();
    if (!QFileInfo::exists(path)) return tr("Could not write %1.").arg(path);
    return {};
}

QString Export::chromeTrace(const QString& path, const RunModel& run) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return tr("Could not write %1.").arg(path);
    const std::string json = chromeTraceJson(run.trace);
    file.write(json.data(), static_cast<qint64>(json.size()));
    if (!file.commit()) return tr("Could not write %1.").arg(path);
    return {};
}

Export::PaintFn Export::widget(QWidget* w) {
    return [w](QPainter& p, const QRect& r) {
        p.save();
        p.translate(r.topLeft());
        w->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
        p.restore();
    };
}

} // namespace coroscope
