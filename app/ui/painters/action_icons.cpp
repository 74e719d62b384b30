// SPDX-License-Identifier: MIT
#include "ui/painters/action_icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <tuple>

namespace coroscope {

namespace {

void draw(QPainter& p, ActionIcon icon, double s, const QColor& c) {
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    auto triangle = [&](double x0, double x1, double top, double bottom, bool right) {
        QPainterPath t;
        if (right) {
            t.moveTo(x0, top);
            t.lineTo(x1, (top + bottom) / 2);
            t.lineTo(x0, bottom);
        } else {
            t.moveTo(x1, top);
            t.lineTo(x0, (top + bottom) / 2);
            t.lineTo(x1, bottom);
        }
        t.closeSubpath();
        p.drawPath(t);
    };
    const double m = s * 0.2;
    switch (icon) {
    case ActionIcon::Play: triangle(s * 0.28, s * 0.8, m, s - m, true); break;
    case ActionIcon::Pause:
        p.drawRoundedRect(QRectF(s * 0.24, m, s * 0.17, s - 2 * m), 1, 1);
        p.drawRoundedRect(QRectF(s * 0.59, m, s * 0.17, s - 2 * m), 1, 1);
        break;
    case ActionIcon::StepForward:
        triangle(s * 0.2, s * 0.66, m, s - m, true);
        p.drawRect(QRectF(s * 0.68, m, s * 0.12, s - 2 * m));
        break;
    case ActionIcon::StepBack:
        triangle(s * 0.34, s * 0.8, m, s - m, false);
        p.drawRect(QRectF(s * 0.2, m, s * 0.12, s - 2 * m));
        break;
    case ActionIcon::Restart: {
        p.drawRect(QRectF(s * 0.18, m, s * 0.12, s - 2 * m));
        triangle(s * 0.3, s * 0.56, m, s - m, false);
        triangle(s * 0.54, s * 0.8, m, s - m, false);
        break;
    }
    case ActionIcon::Run: {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(c, s * 0.1));
        p.drawEllipse(QRectF(s * 0.12, s * 0.12, s * 0.76, s * 0.76));
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        triangle(s * 0.4, s * 0.7, s * 0.3, s * 0.7, true);
        break;
    }
    case ActionIcon::Stop:
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawRoundedRect(QRectF(s * 0.22, s * 0.22, s * 0.56, s * 0.56), s * 0.06, s * 0.06);
        break;
    case ActionIcon::ZoomIn:
    case ActionIcon::ZoomOut: {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(c, s * 0.1, Qt::SolidLine, Qt::RoundCap));
        p.drawEllipse(QRectF(s * 0.14, s * 0.14, s * 0.5, s * 0.5));
        p.drawLine(QPointF(s * 0.58, s * 0.58), QPointF(s * 0.85, s * 0.85));
        p.drawLine(QPointF(s * 0.27, s * 0.39), QPointF(s * 0.51, s * 0.39));
        if (icon == ActionIcon::ZoomIn)
            p.drawLine(QPointF(s * 0.39, s * 0.27), QPointF(s * 0.39, s * 0.51));
        break;
    }
    case ActionIcon::Fit: {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(c, s * 0.09, Qt::SolidLine, Qt::RoundCap));
        const double a = s * 0.15, b = s * 0.85, k = s * 0.25;
        for (auto [x, y, dx, dy] :
             {std::tuple{a, a, 1, 1}, {b, a, -1, 1}, {a, b, 1, -1}, {b, b, -1, -1}}) {
            p.drawLine(QPointF(x, y), QPointF(x + dx * k, y));
            p.drawLine(QPointF(x, y), QPointF(x, y + dy * k));
        }
        p.drawLine(QPointF(s * 0.35, s * 0.5), QPointF(s * 0.65, s * 0.5));
        break;
    }
    case ActionIcon::Presenter: {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(c, s * 0.08));
        p.drawRect(QRectF(s * 0.12, s * 0.16, s * 0.76, s * 0.5));
        p.drawLine(QPointF(s * 0.5, s * 0.66), QPointF(s * 0.5, s * 0.84));
        p.drawLine(QPointF(s * 0.3, s * 0.86), QPointF(s * 0.7, s * 0.86));
        break;
    }
    case ActionIcon::Export: {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(c, s * 0.09, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawLine(QPointF(s * 0.5, s * 0.14), QPointF(s * 0.5, s * 0.6));
        p.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.5, s * 0.14));
        p.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.5, s * 0.14));
        p.drawPolyline(QPolygonF{QPointF(s * 0.16, s * 0.55), QPointF(s * 0.16, s * 0.86),
                                 QPointF(s * 0.84, s * 0.86), QPointF(s * 0.84, s * 0.55)});
        break;
    }
    case ActionIcon::Lanes:
        for (int i = 0; i < 3; ++i)
            p.drawRoundedRect(
                QRectF(s * (0.14 + 0.12 * i), s * (0.2 + 0.22 * i), s * 0.6, s * 0.14), 2, 2);
        break;
    case ActionIcon::Ticks:
        for (int i = 0; i < 5; ++i)
            p.drawRect(QRectF(s * (0.14 + 0.15 * i), s * 0.3, s * 0.09, s * 0.4));
        break;
    }
}

} // namespace

QIcon actionIcon(ActionIcon icon, const QColor& color) {
    QIcon out;
    for (int size : {16, 22, 32, 48}) {
        for (int ratio : {1, 2}) {
            QPixmap pm(size * ratio, size * ratio);
            pm.setDevicePixelRatio(ratio);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            draw(p, icon, size, color);
            p.end();
            out.addPixmap(pm);
        }
    }
    return out;
}

} // namespace coroscope
