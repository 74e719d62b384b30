// SPDX-License-Identifier: MIT
#include "ui/painters/restaurant_icons.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace coroscope::icons {

namespace {
constexpr double kPi = 3.14159265358979323846;

QColor alpha(QColor c, int a) {
    c.setAlpha(a);
    return c;
}
} // namespace

void waiter(QPainter& p, QPointF at, double size, const QColor& color, const Theme& theme) {
    // Seen from above: shoulders, an apron tie, a head.
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double r = size / 2;
    p.setPen(Qt::NoPen);
    p.setBrush(alpha(QColor(0, 0, 0), 40));
    p.drawEllipse(at + QPointF(r * 0.08, r * 0.14), r * 1.02, r * 0.66);
    p.setPen(QPen(color.darker(140), std::max(1.0, size * 0.05)));
    p.setBrush(color);
    p.drawEllipse(at, r, r * 0.62);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 220));
    p.drawRoundedRect(QRectF(at.x() - r * 0.16, at.y() - r * 0.58, r * 0.32, r * 1.16), r * 0.1,
                      r * 0.1);
    p.setBrush(theme.id == Theme::Id::Dark ? QColor(0x3A, 0x2E, 0x26) : QColor(0x4A, 0x36, 0x2A));
    p.setPen(QPen(QColor(0, 0, 0, 60), std::max(0.8, size * 0.03)));
    p.drawEllipse(at, r * 0.4, r * 0.4);
    p.restore();
}

QColor shirt(std::uint32_t index) {
    static const QColor shirts[] = {QColor(0x9F, 0xC5, 0xE8), QColor(0xF4, 0xB6, 0x9C),
                                    QColor(0xB7, 0xD7, 0xA8), QColor(0xE4, 0xB8, 0xD6),
                                    QColor(0xF6, 0xD7, 0x8B), QColor(0xA8, 0xD8, 0xD0),
                                    QColor(0xC9, 0xC1, 0xE6), QColor(0xE8, 0xC3, 0x9E)};
    return shirts[index % (sizeof shirts / sizeof shirts[0])];
}

void customer(QPainter& p, QPointF at, double size, const QColor& shirtColor) {
    // Seen from above, seated: shoulders in a shirt, a head of hair.
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double r = size / 2;
    p.setPen(QPen(shirtColor.darker(135), std::max(1.0, size * 0.05)));
    p.setBrush(shirtColor);
    p.drawEllipse(at, r * 0.95, r * 0.55);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x5A, 0x45, 0x38));
    p.drawEllipse(at + QPointF(0, -r * 0.05), r * 0.38, r * 0.38);
    p.restore();
}

void chair(QPainter& p, QPointF at, double size, const QColor& color, bool empty) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double s = size;
    QRectF seat(at.x() - s * 0.42, at.y() - s * 0.36, s * 0.84, s * 0.72);
    p.setPen(QPen(color.darker(130), std::max(1.0, s * 0.06)));
    p.setBrush(empty ? alpha(color, 90) : color);
    p.drawRoundedRect(seat, s * 0.12, s * 0.12);
    p.setBrush(color.darker(118));
    p.drawRoundedRect(QRectF(seat.left(), seat.top() - s * 0.16, seat.width(), s * 0.2), s * 0.08,
                      s * 0.08);
    p.restore();
}

void table(QPainter& p, QPointF at, double radius, const Theme& theme, bool dim) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(alpha(QColor(0, 0, 0), dim ? 14 : 30));
    p.drawEllipse(at + QPointF(radius * 0.06, radius * 0.1), radius, radius);
    p.setPen(QPen(dim ? alpha(theme.tableEdge, 110) : theme.tableEdge,
                  std::max(1.5, radius * 0.07) * std::sqrt(theme.lineWidth)));
    p.setBrush(dim ? alpha(theme.cloth, 150) : theme.cloth);
    p.drawEllipse(at, radius, radius);
    p.restore();
}

void plate(QPainter& p, QPointF at, double size, const Theme& theme) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double r = size / 2;
    p.setPen(QPen(QColor(0, 0, 0, 50), std::max(1.0, r * 0.08)));
    p.setBrush(theme.plate);
    p.drawEllipse(at, r, r);
    p.setPen(QPen(QColor(0, 0, 0, 30), std::max(0.8, r * 0.05)));
    p.drawEllipse(at, r * 0.72, r * 0.72);
    p.setPen(Qt::NoPen);
    p.setBrush(theme.food);
    p.drawEllipse(at + QPointF(-r * 0.2, -r * 0.12), r * 0.3, r * 0.26);
    p.setBrush(QColor(0xE0, 0x8E, 0x3C));
    p.drawEllipse(at + QPointF(r * 0.22, -r * 0.05), r * 0.26, r * 0.22);
    p.setBrush(QColor(0xF2, 0xD0, 0x6B));
    p.drawEllipse(at + QPointF(0, r * 0.28), r * 0.28, r * 0.18);
    p.restore();
}

void burntDish(QPainter& p, QPointF at, double size, const Theme& theme) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double r = size / 2;
    p.setPen(QPen(QColor(0, 0, 0, 70), std::max(1.0, r * 0.08)));
    p.setBrush(theme.plate.darker(108));
    p.drawEllipse(at, r, r);
    QPainterPath blob;
    blob.moveTo(at + QPointF(-r * 0.5, 0));
    for (int i = 1; i <= 8; ++i) {
        const double a = i * kPi / 4;
        const double rr = r * (i % 2 ? 0.62 : 0.45);
        blob.lineTo(at + QPointF(-std::cos(a) * rr, std::sin(a) * rr));
    }
    blob.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(theme.burnt);
    p.drawPath(blob);
    // Smoke.
    p.setPen(
        QPen(QColor(0x80, 0x80, 0x80, 170), std::max(1.2, r * 0.1), Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    for (int k = -1; k <= 1; ++k) {
        QPainterPath s;
        const QPointF base = at + QPointF(k * r * 0.35, -r * 0.7);
        s.moveTo(base);
        s.cubicTo(base + QPointF(r * 0.25, -r * 0.3), base + QPointF(-r * 0.25, -r * 0.55),
                  base + QPointF(0, -r * 0.85));
        p.drawPath(s);
    }
    p.restore();
}

void menuCard(QPainter& p, QPointF at, double size, const Theme& theme) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(at.x() - size * 0.32, at.y() - size * 0.42, size * 0.64, size * 0.84);
    p.setPen(QPen(theme.tableEdge.darker(120), std::max(1.0, size * 0.05)));
    p.setBrush(QColor(0x9C, 0x2F, 0x2F));
    p.drawRoundedRect(r, size * 0.05, size * 0.05);
    p.setPen(QPen(QColor(0xF2, 0xD2, 0x8A), std::max(1.0, size * 0.05)));
    p.drawLine(QPointF(r.left() + r.width() * 0.25, r.top() + r.height() * 0.3),
               QPointF(r.right() - r.width() * 0.25, r.top() + r.height() * 0.3));
    p.drawLine(QPointF(r.left() + r.width() * 0.25, r.top() + r.height() * 0.5),
               QPointF(r.right() - r.width() * 0.25, r.top() + r.height() * 0.5));
    p.restore();
}

void notepad(QPainter& p, QPointF at, double size, const Theme& theme, bool pencil) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(at.x() - size * 0.34, at.y() - size * 0.44, size * 0.68, size * 0.88);
    p.setPen(QPen(theme.ink, std::max(1.0, size * 0.06)));
    p.setBrush(theme.paper);
    p.drawRect(r);
    p.setPen(QPen(alpha(theme.ink, 150), std::max(0.8, size * 0.04)));
    for (int i = 1; i <= 3; ++i) {
        const double y = r.top() + r.height() * i / 4.5 + size * 0.05;
        p.drawLine(QPointF(r.left() + size * 0.1, y), QPointF(r.right() - size * 0.1, y));
    }
    p.fillRect(QRectF(r.left(), r.top(), r.width(), size * 0.12), QColor(0xC8, 0x3C, 0x3C));
    if (pencil) {
        p.setPen(QPen(QColor(0xE6, 0x9F, 0x00), std::max(1.5, size * 0.14), Qt::SolidLine,
                      Qt::RoundCap));
        p.drawLine(at + QPointF(size * 0.1, size * 0.3), at + QPointF(size * 0.55, -size * 0.25));
    }
    p.restore();
}

void hourglass(QPainter& p, QPointF at, double size, const QColor& color, double sand) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double w = size * 0.5, h = size * 0.5;
    sand = std::clamp(sand, 0.0, 1.0);
    // Sand: the top empties as the bottom fills.
    QPainterPath top;
    const double ty = at.y() - h * (1 - sand) * 0.9;
    top.moveTo(at.x() - w * 0.8 * (1 - sand * 0.9), ty);
    top.lineTo(at.x() + w * 0.8 * (1 - sand * 0.9), ty);
    top.lineTo(at.x(), at.y());
    top.closeSubpath();
    QPainterPath bottom;
    const double by = at.y() + h - h * sand * 0.9;
    bottom.moveTo(at.x(), by);
    bottom.lineTo(at.x() + w * 0.85, at.y() + h * 0.95);
    bottom.lineTo(at.x() - w * 0.85, at.y() + h * 0.95);
    bottom.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xE6, 0xB8, 0x4F));
    if (sand < 0.98) p.drawPath(top);
    if (sand > 0.02) p.drawPath(bottom);
    QPainterPath glass;
    glass.moveTo(at.x() - w, at.y() - h);
    glass.lineTo(at.x() + w, at.y() - h);
    glass.lineTo(at.x() + w * 0.12, at.y());
    glass.lineTo(at.x() + w, at.y() + h);
    glass.lineTo(at.x() - w, at.y() + h);
    glass.lineTo(at.x() - w * 0.12, at.y());
    glass.closeSubpath();
    p.setPen(QPen(color, std::max(1.2, size * 0.08), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(glass);
    p.drawLine(QPointF(at.x() - w * 1.2, at.y() - h), QPointF(at.x() + w * 1.2, at.y() - h));
    p.drawLine(QPointF(at.x() - w * 1.2, at.y() + h), QPointF(at.x() + w * 1.2, at.y() + h));
    p.restore();
}

void bell(QPainter& p, QPointF at, double size, const Theme& theme, double ringing) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double r = size / 2;
    if (ringing > 0) {
        // Sound: arcs on both sides, and a glow.
        p.setPen(Qt::NoPen);
        p.setBrush(alpha(theme.bell, static_cast<int>(90 * ringing)));
        p.drawEllipse(at, r * 1.9, r * 1.9);
        p.setPen(QPen(alpha(theme.bell.darker(130), static_cast<int>(255 * ringing)),
                      std::max(1.5, size * 0.08), Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        for (int k = 1; k <= 2; ++k) {
            const double rr = r * (1.0 + 0.45 * k);
            const QRectF box(at.x() - rr, at.y() - rr, 2 * rr, 2 * rr);
            p.drawArc(box, 20 * 16, 50 * 16);
            p.drawArc(box, 110 * 16, 50 * 16);
        }
    }
    QPainterPath dome;
    dome.moveTo(at.x() - r, at.y() + r * 0.45);
    dome.cubicTo(QPointF(at.x() - r, at.y() - r * 0.9), QPointF(at.x() + r, at.y() - r * 0.9),
                 QPointF(at.x() + r, at.y() + r * 0.45));
    dome.closeSubpath();
    p.setPen(QPen(theme.bell.darker(150), std::max(1.0, size * 0.06)));
    p.setBrush(theme.bell);
    p.drawPath(dome);
    p.setBrush(theme.bell.darker(130));
    p.drawRoundedRect(QRectF(at.x() - r * 1.2, at.y() + r * 0.42, r * 2.4, r * 0.28), r * 0.1,
                      r * 0.1);
    p.drawEllipse(QPointF(at.x(), at.y() - r * 0.62), r * 0.16, r * 0.16);
    p.restore();
}

void ring(QPainter& p, QPointF at, double radius, double width, double progress,
          const QColor& color, const QColor& track) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(track, width, Qt::SolidLine, Qt::FlatCap));
    p.drawEllipse(box);
    p.setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap));
    const int span = -static_cast<int>(std::lround(std::clamp(progress, 0.0, 1.0) * 360 * 16));
    p.drawArc(box, 90 * 16, span);
    p.restore();
}

void ticket(QPainter& p, const QRectF& r, const Theme& theme, double progress, const QString& title,
            const QString& caption, bool blocking, const QColor& accent) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(alpha(QColor(0, 0, 0), 35));
    p.drawRect(r.translated(1.5, 2));
    QPainterPath paper;
    const double notch = r.width() * 0.12;
    paper.moveTo(r.topLeft());
    paper.lineTo(r.topRight());
    paper.lineTo(r.right(), r.bottom() - notch);
    // A torn bottom edge.
    const int teeth = 5;
    for (int i = teeth; i >= 0; --i) {
        const double x = r.left() + r.width() * i / teeth;
        paper.lineTo(x, r.bottom() - (i % 2 ? 0 : notch));
    }
    paper.closeSubpath();
    p.setPen(QPen(blocking ? theme.blocked : theme.ink.lighter(150), blocking ? 2.0 : 1.0));
    p.setBrush(theme.paper);
    p.drawPath(paper);
    p.fillRect(QRectF(r.left(), r.top(), r.width(), std::max(3.0, r.height() * 0.07)), accent);
    // The clip that holds it on the rail.
    p.fillRect(QRectF(r.center().x() - r.width() * 0.18, r.top() - 4, r.width() * 0.36, 6),
               theme.counter.darker(130));
    QFont f = theme.font(std::clamp(r.width() * 0.19, 6.5, 11.0), true);
    p.setFont(f);
    p.setPen(theme.ink);
    const QRectF titleBox(r.left() + 2, r.top() + r.height() * 0.08, r.width() - 4,
                          r.height() * 0.24);
    p.drawText(titleBox, Qt::AlignCenter,
               QFontMetricsF(f).elidedText(title, Qt::ElideRight, titleBox.width()));
    const double rr = std::min(r.width(), r.height()) * 0.24;
    const QPointF c(r.center().x(), r.top() + r.height() * 0.56);
    ring(p, c, rr, std::max(2.0, rr * 0.38), progress, blocking ? theme.blocked : theme.io,
         alpha(theme.ink, 40));
    if (!caption.isEmpty() && r.height() > 50) {
        QFont small = theme.font(std::clamp(r.width() * 0.14, 6.0, 8.5));
        p.setFont(small);
        p.setPen(alpha(theme.ink, 200));
        const QRectF capBox(r.left() + 2, r.bottom() - r.height() * 0.26, r.width() - 4,
                            r.height() * 0.18);
        p.drawText(capBox, Qt::AlignCenter,
                   QFontMetricsF(small).elidedText(caption, Qt::ElideRight, capBox.width()));
    }
    p.restore();
}

void cross(QPainter& p, QPointF at, double size, const QColor& color, double width) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap));
    const double s = size / 2;
    p.drawLine(at + QPointF(-s, -s), at + QPointF(s, s));
    p.drawLine(at + QPointF(-s, s), at + QPointF(s, -s));
    p.restore();
}

void dots(QPainter& p, QPointF at, double size, const QColor& color) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    for (int k = -1; k <= 1; ++k)
        p.drawEllipse(at + QPointF(k * size * 0.32, 0), size * 0.11, size * 0.11);
    p.restore();
}

void snowflake(QPainter& p, QPointF at, double size, const QColor& color) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color, std::max(1.2, size * 0.09), Qt::SolidLine, Qt::RoundCap));
    const double r = size / 2;
    for (int k = 0; k < 3; ++k) {
        const double a = k * kPi / 3 + kPi / 2;
        const QPointF d(std::cos(a) * r, std::sin(a) * r);
        p.drawLine(at - d, at + d);
        for (int side : {-1, 1}) {
            const QPointF tip = at + d * side;
            const QPointF mid = at + d * side * 0.6;
            const double b = a + (side > 0 ? 0 : kPi);
            p.drawLine(mid, mid + QPointF(std::cos(b + 0.7), std::sin(b + 0.7)) * r * 0.3);
            p.drawLine(mid, mid + QPointF(std::cos(b - 0.7), std::sin(b - 0.7)) * r * 0.3);
            (void)tip;
        }
    }
    p.restore();
}

QRectF chipRect(const QFont& font, QPointF at, const QString& text) {
    const QFontMetricsF fm(font);
    const double w = fm.horizontalAdvance(text) + fm.height() * 0.8;
    const double h = fm.height() * 1.15;
    return QRectF(at.x() - w / 2, at.y() - h / 2, w, h);
}

void cook(QPainter& p, QPointF at, double size) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double r = size / 2;
    // Shoulders in a white jacket, and the toque's puffs.
    p.setPen(QPen(QColor(0x90, 0x90, 0x90), std::max(1.0, size * 0.05)));
    p.setBrush(QColor(0xF7, 0xF7, 0xF2));
    p.drawEllipse(at, r * 0.95, r * 0.55);
    for (int i = -1; i <= 1; ++i)
        p.drawEllipse(at + QPointF(i * r * 0.26, -r * 0.12), r * 0.28, r * 0.28);
    p.drawEllipse(at + QPointF(0, -r * 0.22), r * 0.3, r * 0.3);
    p.restore();
}

void crate(QPainter& p, QPointF at, double size, const QColor& color) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double w = size * 0.8, h = size * 0.55;
    const QRectF box(at.x() - w / 2, at.y() - h / 2, w, h);
    p.setPen(QPen(color.darker(150), std::max(1.0, size * 0.06)));
    p.setBrush(color);
    p.drawRect(box);
    p.drawLine(box.topLeft(), box.bottomRight());
    p.drawLine(box.topRight(), box.bottomLeft());
    p.restore();
}

void clock(QPainter& p, QPointF at, double size, const QColor& color, double progress) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double r = size / 2;
    progress = std::clamp(progress, 0.0, 1.0);
    p.setPen(QPen(color.darker(130), std::max(1.2, size * 0.08)));
    p.setBrush(QColor(0xFF, 0xFF, 0xFF));
    p.drawEllipse(at, r, r);
    // The time passed, as a slice from twelve o'clock.
    p.setPen(Qt::NoPen);
    QColor slice = color;
    slice.setAlpha(110);
    p.setBrush(slice);
    p.drawPie(QRectF(at.x() - r * 0.8, at.y() - r * 0.8, r * 1.6, r * 1.6), 90 * 16,
              -static_cast<int>(progress * 360 * 16));
    const double a = progress * 2 * 3.14159265358979 - 3.14159265358979 / 2;
    p.setPen(QPen(color.darker(160), std::max(1.2, size * 0.08), Qt::SolidLine, Qt::RoundCap));
    p.drawLine(at, at + QPointF(std::cos(a) * r * 0.75, std::sin(a) * r * 0.75));
    // The winding knob on top.
    p.setBrush(color.darker(130));
    p.drawRect(QRectF(at.x() - r * 0.18, at.y() - r * 1.3, r * 0.36, r * 0.25));
    p.restore();
}

void chip(QPainter& p, QPointF at, const QString& text, const QColor& fill, const QColor& ink) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = chipRect(p.font(), at, text);
    const double h = r.height();
    p.setPen(QPen(fill.darker(125), 1));
    p.setBrush(fill);
    p.drawRoundedRect(r, h / 2, h / 2);
    p.setPen(ink);
    p.drawText(r, Qt::AlignCenter, text);
    p.restore();
}

void badge(QPainter& p, QPointF at, double size, const QColor& fill, const QColor& edge) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(edge, std::max(1.0, size * 0.06)));
    p.setBrush(fill);
    const double r = size / 2;
    QPainterPath bubble;
    bubble.addEllipse(at, r, r);
    QPainterPath tail;
    tail.moveTo(at + QPointF(-r * 0.3, r * 0.8));
    tail.lineTo(at + QPointF(0, r * 1.35));
    tail.lineTo(at + QPointF(r * 0.3, r * 0.8));
    tail.closeSubpath();
    p.drawPath(bubble.united(tail));
    p.restore();
}

} // namespace coroscope::icons
