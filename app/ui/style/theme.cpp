// SPDX-License-Identifier: MIT
#include "ui/style/theme.h"

#include <QApplication>

namespace coroscope {

namespace {

// Okabe & Ito, "Color Universal Design" (2008).
const QColor kBlack(0x00, 0x00, 0x00);
const QColor kOrange(0xE6, 0x9F, 0x00);
const QColor kSkyBlue(0x56, 0xB4, 0xE9);
const QColor kBluishGreen(0x00, 0x9E, 0x73);
const QColor kYellow(0xF0, 0xE4, 0x42);
const QColor kBlue(0x00, 0x72, 0xB2);
const QColor kVermillion(0xD5, 0x5E, 0x00);
const QColor kReddishPurple(0xCC, 0x79, 0xA7);

Theme makeLight() {
    Theme t;
    t.id = Theme::Id::Light;
    t.background = QColor(0xFA, 0xFA, 0xF7);
    t.surface = QColor(0xFF, 0xFF, 0xFF);
    t.text = QColor(0x1F, 0x23, 0x28);
    t.mutedText = QColor(0x5F, 0x66, 0x6E);
    t.grid = QColor(0xD9, 0xDC, 0xE0);
    t.stripe = QColor(0xF1, 0xF2, 0xEE);
    t.cursor = QColor(0xC2, 0x18, 0x5B);
    t.selection = QColor(0xFF, 0xE0, 0x8A);
    t.accent = kBlue;
    t.running = kBlue;
    t.computing = QColor(0x00, 0x4E, 0x7A);
    t.ready = kOrange;
    t.io = kSkyBlue.darker(115);
    t.timer = kBluishGreen;
    t.waitTask = kReddishPurple;
    t.blocked = kVermillion;
    t.queued = kReddishPurple.darker(130);
    t.startup = QColor(0x6B, 0x6B, 0x6B);
    t.done = QColor(0x30, 0x30, 0x30);
    t.cancelled = QColor(0x20, 0x20, 0x20);
    t.failed = kVermillion.darker(110);
    t.spawnArrow = QColor(0x70, 0x76, 0x7E);
    t.wakeArrow = kBluishGreen;
    t.cancelArrow = kVermillion;
    t.floor = QColor(0xF7, 0xF1, 0xE6);
    t.floorLine = QColor(0xEC, 0xE3, 0xD3);
    t.wall = QColor(0x5A, 0x4E, 0x44);
    t.tableTop = QColor(0xFF, 0xFF, 0xFF);
    t.tableEdge = QColor(0xB8, 0x9B, 0x76);
    t.cloth = QColor(0xFF, 0xFD, 0xF8);
    t.chair = QColor(0xC9, 0xAE, 0x8A);
    t.customer = QColor(0x8C, 0x7B, 0x6B);
    t.kitchen = QColor(0xE8, 0xEE, 0xF1);
    t.kitchenTile = QColor(0xDA, 0xE2, 0xE7);
    t.counter = QColor(0xA9, 0xB4, 0xBC);
    t.paper = QColor(0xFF, 0xFF, 0xF4);
    t.ink = QColor(0x26, 0x2A, 0x30);
    t.plate = QColor(0xFF, 0xFF, 0xFF);
    t.food = QColor(0x7F, 0xB0, 0x4C);
    t.burnt = QColor(0x2B, 0x22, 0x1C);
    t.bell = QColor(0xD8, 0xA1, 0x1C);
    t.ice = QColor(0x9C, 0xD3, 0xF0);
    t.taskColors = {kBlue,
                    kOrange,
                    kBluishGreen,
                    kVermillion,
                    kReddishPurple,
                    kSkyBlue.darker(120),
                    QColor(0xA8, 0x9A, 0x00),
                    QColor(0x55, 0x55, 0x55),
                    QColor(0x7A, 0x52, 0x30),
                    QColor(0x3D, 0x2B, 0x8F),
                    QColor(0x8B, 0x1E, 0x3F),
                    QColor(0x00, 0x60, 0x6B)};
    return t;
}

Theme makeDark() {
    Theme t = makeLight();
    t.id = Theme::Id::Dark;
    t.background = QColor(0x1C, 0x1E, 0x22);
    t.surface = QColor(0x25, 0x28, 0x2D);
    t.text = QColor(0xE8, 0xEA, 0xED);
    t.mutedText = QColor(0xA0, 0xA6, 0xAD);
    t.grid = QColor(0x3A, 0x3F, 0x46);
    t.stripe = QColor(0x22, 0x25, 0x29);
    t.cursor = QColor(0xFF, 0x6F, 0xA8);
    t.selection = QColor(0x5C, 0x4B, 0x12);
    t.running = kSkyBlue;
    t.computing = QColor(0x8F, 0xCF, 0xF3);
    t.io = kSkyBlue;
    t.timer = QColor(0x3B, 0xC4, 0x9A);
    t.done = QColor(0xD0, 0xD0, 0xD0);
    t.cancelled = QColor(0xF0, 0xF0, 0xF0);
    t.failed = QColor(0xFF, 0x7A, 0x33);
    t.blocked = QColor(0xF0, 0x7A, 0x2A);
    t.startup = QColor(0xA0, 0xA0, 0xA0);
    t.spawnArrow = QColor(0x9A, 0xA0, 0xA8);
    t.floor = QColor(0x2E, 0x2A, 0x26);
    t.floorLine = QColor(0x38, 0x33, 0x2E);
    t.wall = QColor(0xB0, 0xA4, 0x96);
    t.tableTop = QColor(0x4A, 0x43, 0x3C);
    t.tableEdge = QColor(0x8C, 0x74, 0x58);
    t.cloth = QColor(0x55, 0x4D, 0x45);
    t.chair = QColor(0x6E, 0x5C, 0x48);
    t.customer = QColor(0xB8, 0xA8, 0x98);
    t.kitchen = QColor(0x26, 0x2E, 0x34);
    t.kitchenTile = QColor(0x2E, 0x37, 0x3E);
    t.counter = QColor(0x5E, 0x6A, 0x73);
    t.paper = QColor(0xF4, 0xF1, 0xE4);
    t.plate = QColor(0xEE, 0xEE, 0xEE);
    t.taskColors = {kSkyBlue,
                    kOrange,
                    QColor(0x2F, 0xC4, 0x95),
                    QColor(0xFF, 0x85, 0x3A),
                    kReddishPurple,
                    kYellow,
                    QColor(0x9E, 0xC9, 0xFF),
                    QColor(0xCC, 0xCC, 0xCC),
                    QColor(0xD9, 0xA0, 0x6A),
                    QColor(0xA9, 0x9C, 0xF5),
                    QColor(0xFF, 0x6F, 0x91),
                    QColor(0x7F, 0xE0, 0xD0)};
    return t;
}

// For a projector: pure white and black, saturated states, thick strokes and
// bigger type, so a washed-out image in a bright room still reads.
Theme makeContrast() {
    Theme t = makeLight();
    t.id = Theme::Id::Contrast;
    t.background = QColor(0xFF, 0xFF, 0xFF);
    t.surface = QColor(0xFF, 0xFF, 0xFF);
    t.text = kBlack;
    t.mutedText = QColor(0x20, 0x20, 0x20);
    t.grid = QColor(0x80, 0x80, 0x80);
    t.stripe = QColor(0xF0, 0xF0, 0xF0);
    t.cursor = QColor(0xD0, 0x00, 0x60);
    t.selection = QColor(0xFF, 0xD5, 0x4F);
    t.running = QColor(0x00, 0x4C, 0x99);
    t.computing = QColor(0x00, 0x2E, 0x5C);
    t.io = QColor(0x00, 0x72, 0xB2);
    t.timer = QColor(0x00, 0x6B, 0x4E);
    t.floor = QColor(0xFF, 0xFB, 0xF2);
    t.floorLine = QColor(0xE0, 0xD6, 0xC4);
    t.wall = kBlack;
    t.tableEdge = QColor(0x5A, 0x40, 0x20);
    t.kitchen = QColor(0xE4, 0xEC, 0xF2);
    t.ink = kBlack;
    t.lineWidth = 2.0;
    t.fontScale = 1.15;
    return t;
}

} // namespace

QColor Theme::colorOf(Look look) const {
    switch (look) {
    case Look::None: return background;
    case Look::Running: return running;
    case Look::Computing: return computing;
    case Look::Ready: return ready;
    case Look::WaitingIo: return io;
    case Look::WaitingTimer: return timer;
    case Look::WaitingTask: return waitTask;
    case Look::Blocked: return blocked;
    case Look::Queued: return queued;
    case Look::Startup: return startup;
    case Look::Done: return done;
    case Look::Cancelled: return cancelled;
    case Look::Failed: return failed;
    }
    return text;
}

QColor Theme::taskColor(TaskId task) const {
    return taskColors[task % taskColors.size()];
}

QPalette Theme::palette() const {
    QPalette p;
    p.setColor(QPalette::Window,
               id == Id::Dark ? QColor(0x2A, 0x2D, 0x32) : QColor(0xEF, 0xEF, 0xEC));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, surface);
    p.setColor(QPalette::AlternateBase, stripe);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button,
               id == Id::Dark ? QColor(0x33, 0x37, 0x3D) : QColor(0xF4, 0xF4, 0xF1));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight,
               id == Id::Dark ? QColor(0x2F, 0x6F, 0xB0) : QColor(0x2A, 0x6F, 0xB8));
    p.setColor(QPalette::HighlightedText, QColor(Qt::white));
    p.setColor(QPalette::ToolTipBase, surface);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, mutedText);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::Disabled, QPalette::Text, mutedText);
    p.setColor(QPalette::Disabled, QPalette::WindowText, mutedText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, mutedText);
    return p;
}

QFont Theme::font(double points, bool bold) const {
    QFont f = QApplication::font();
    f.setPointSizeF(points * fontScale);
    f.setBold(bold);
    return f;
}

const Theme& Theme::light() {
    static const Theme t = makeLight();
    return t;
}
const Theme& Theme::dark() {
    static const Theme t = makeDark();
    return t;
}
const Theme& Theme::contrast() {
    static const Theme t = makeContrast();
    return t;
}

const Theme& Theme::byName(const QString& name) {
    if (name == QStringLiteral("dark")) return dark();
    if (name == QStringLiteral("contrast")) return contrast();
    return light();
}

QString Theme::name() const {
    switch (id) {
    case Id::Light: return QStringLiteral("light");
    case Id::Dark: return QStringLiteral("dark");
    case Id::Contrast: return QStringLiteral("contrast");
    }
    return QStringLiteral("light");
}

} // namespace coroscope
