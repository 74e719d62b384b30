// SPDX-License-Identifier: MIT
#include "ui/panels/lesson_list.h"

#include <QFileInfo>
#include <QPainter>
#include <QPainterPath>
#include <QStyledItemDelegate>

namespace coroscope {

namespace {

class LessonDelegate : public QStyledItemDelegate {
public:
    LessonDelegate(const Theme* const* theme, const double* scale, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_theme(theme)
        , m_scale(scale) {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override {
        const QFontMetrics fm(font(option, 11));
        return {200, static_cast<int>(fm.height() * 2.9)};
    }

    void paint(QPainter* p, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        const Theme& theme = **m_theme;
        const QRect r = option.rect.adjusted(4, 2, -4, -2);
        const bool selected = option.state & QStyle::State_Selected;
        const bool broken = index.data(LessonList::BrokenRole).toBool();
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        if (selected) {
            QColor c = theme.accent;
            c.setAlpha(40);
            p->setPen(QPen(theme.accent, 1.5));
            p->setBrush(c);
            p->drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        } else if (option.state & QStyle::State_MouseOver) {
            p->setPen(Qt::NoPen);
            p->setBrush(theme.stripe);
            p->drawRoundedRect(r, 6, 6);
        }
        // The lesson's number in a disc, or a warning sign for a broken folder.
        const double d = r.height() * 0.5;
        const QPointF c(r.left() + 10 + d / 2, r.center().y());
        if (broken) {
            QPainterPath tri;
            tri.moveTo(c + QPointF(0, -d / 2));
            tri.lineTo(c + QPointF(d / 2, d / 2.4));
            tri.lineTo(c + QPointF(-d / 2, d / 2.4));
            tri.closeSubpath();
            p->setPen(Qt::NoPen);
            p->setBrush(theme.failed);
            p->drawPath(tri);
            p->setPen(QPen(Qt::white, 2));
            p->drawLine(c + QPointF(0, -d * 0.18), c + QPointF(0, d * 0.1));
            p->drawPoint(c + QPointF(0, d * 0.25));
        } else {
            const bool done = index.data(LessonList::DoneRole).toBool();
            p->setPen(Qt::NoPen);
            p->setBrush(done ? theme.timer : theme.grid);
            p->drawEllipse(c, d / 2, d / 2);
            if (done) { // a tick
                p->setPen(QPen(Qt::white, d * 0.14, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                QPainterPath tick;
                tick.moveTo(c + QPointF(-d * 0.22, 0));
                tick.lineTo(c + QPointF(-d * 0.05, d * 0.18));
                tick.lineTo(c + QPointF(d * 0.24, -d * 0.18));
                p->setBrush(Qt::NoBrush);
                p->drawPath(tick);
            } else {
                p->setPen(theme.text);
                p->setFont(font(option, 10, true));
                p->drawText(QRectF(c.x() - d / 2, c.y() - d / 2, d, d), Qt::AlignCenter,
                            index.data(LessonList::OrderRole).toString());
            }
        }
        const QRect text = r.adjusted(static_cast<int>(20 + d), 4, -6, -4);
        const QFont title = font(option, 11, true);
        const QFont summary = font(option, 9.5, false);
        p->setFont(title);
        p->setPen(broken ? theme.failed : theme.text);
        const QRect top(text.left(), text.top(), text.width(), text.height() / 2);
        p->drawText(top, Qt::AlignLeft | Qt::AlignBottom,
                    QFontMetrics(title).elidedText(index.data(Qt::DisplayRole).toString(),
                                                   Qt::ElideRight, top.width()));
        p->setFont(summary);
        p->setPen(theme.mutedText);
        const QRect bottom(text.left(), text.center().y() + 2, text.width(), text.height() / 2);
        p->drawText(bottom, Qt::AlignLeft | Qt::AlignTop,
                    QFontMetrics(summary).elidedText(index.data(LessonList::SummaryRole).toString(),
                                                     Qt::ElideRight, bottom.width()));
        p->restore();
    }

private:
    QFont font(const QStyleOptionViewItem& option, double points, bool bold = false) const {
        QFont f = option.font;
        f.setPointSizeF(points * *m_scale * (*m_theme)->fontScale);
        f.setBold(bold);
        return f;
    }
    const Theme* const* m_theme;
    const double* m_scale;
};

} // namespace

LessonList::LessonList(QWidget* parent)
    : QListWidget(parent)
    , m_theme(&Theme::light()) {
    setItemDelegate(new LessonDelegate(&m_theme, &m_scale, this));
    setMouseTracking(true);
    setUniformItemSizes(false);
    setFrameShape(QFrame::NoFrame);
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item && !item->data(BrokenRole).toBool())
            Q_EMIT lessonChosen(item->data(IdRole).toString());
    });
}

void LessonList::setCatalog(const LessonCatalog& catalog, const QString& language) {
    const QSignalBlocker block(this);
    const QString current = currentItem() ? currentItem()->data(IdRole).toString() : QString();
    clear();
    for (const Lesson& l : catalog.lessons) {
        auto* item = new QListWidgetItem(l.title.in(language), this);
        item->setData(IdRole, l.id);
        item->setData(SummaryRole, l.summary.in(language));
        item->setData(OrderRole, l.order);
        item->setToolTip(
            QStringLiteral("<b>%1</b><br>%2")
                .arg(l.title.in(language).toHtmlEscaped(), l.summary.in(language).toHtmlEscaped()));
    }
    // Broken folders: one entry each, with every problem in its tooltip.
    QMap<QString, QStringList> broken;
    for (const LessonProblem& p : catalog.problems)
        broken[p.folder] << p.describe();
    for (auto it = broken.begin(); it != broken.end(); ++it) {
        auto* item = new QListWidgetItem(
            tr("%1 (cannot be loaded)").arg(QFileInfo(it.key()).fileName()), this);
        item->setData(BrokenRole, true);
        item->setData(SummaryRole, it.value().first());
        item->setToolTip(it.value().join(QLatin1Char('\n')));
        item->setFlags(Qt::ItemIsEnabled);
    }
    if (!current.isEmpty()) selectLesson(current);
}

void LessonList::setDone(const QSet<QString>& done) {
    for (int i = 0; i < count(); ++i)
        item(i)->setData(DoneRole, done.contains(item(i)->data(IdRole).toString()));
}

void LessonList::selectLesson(const QString& id) {
    const QSignalBlocker block(this);
    for (int i = 0; i < count(); ++i)
        if (item(i)->data(IdRole).toString() == id) setCurrentRow(i);
}

void LessonList::setTheme(const Theme* theme) {
    m_theme = theme;
    viewport()->update();
}

void LessonList::setTextScale(double scale) {
    m_scale = scale;
    doItemsLayout();
}

} // namespace coroscope
