// SPDX-License-Identifier: MIT
#include "ui/panels/predict_card.h"

#include "ui/style/format.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace coroscope {

PredictCard::PredictCard(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_prompt(new QLabel(this))
    , m_choices(new QVBoxLayout)
    , m_hint(new QLabel(this))
    , m_theme(&Theme::light()) {
    setObjectName(QStringLiteral("predictCard"));
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->setSpacing(12);
    m_prompt->setWordWrap(true);
    m_hint->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_prompt);
    layout->addLayout(m_choices);
    layout->addWidget(m_hint);
    hide();
}

void PredictCard::clearChoices() {
    while (QLayoutItem* item = m_choices->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_choiceCount = 0;
}

void PredictCard::ask(const Question& q, const QString& language) {
    m_answering = false;
    clearChoices();
    m_title->setText(tr("Predict first"));
    m_prompt->setText(q.prompt.in(language));
    for (std::size_t i = 0; i < q.choices.size(); ++i) {
        auto* b = new QPushButton(QStringLiteral("%1.  %2")
                                      .arg(QChar(u'A' + static_cast<int>(i)))
                                      .arg(q.choices[i].text.in(language)),
                                  this);
        b->setToolTip(tr("Press %1").arg(i + 1));
        const int choice = static_cast<int>(i);
        connect(b, &QPushButton::clicked, this, [this, choice] { Q_EMIT chosen(choice); });
        m_choices->addWidget(b);
        b->show(); // now, not when the layout gets round to it: the card is sized below
        ++m_choiceCount;
    }
    m_hint->setText(tr("Choose an answer (1–%1), then watch the run. Esc skips the question.")
                        .arg(q.choices.size()));
    setTheme(m_theme);
    show();
    raise();
    place();
    setFocus();
}

void PredictCard::answer(const Question& q, const QString& language, int chosen,
                         const Measured& measured) {
    m_answering = true;
    clearChoices();
    const int nearest = nearestChoice(q, measured);
    int correct = -1;
    for (std::size_t i = 0; i < q.choices.size(); ++i)
        if (q.choices[i].id == q.correct) correct = static_cast<int>(i);
    m_title->setText(chosen == nearest ? tr("You predicted it") : tr("The run says otherwise"));
    QString value;
    switch (q.measure) {
    case Measure::TotalTime: value = Format::seconds(seconds(measured.number)); break;
    case Measure::PeakMemory:
        value = Format::bytes(static_cast<std::uint64_t>(measured.number));
        break;
    case Measure::Workers: value = QLocale().toString(static_cast<int>(measured.number)); break;
    case Measure::FirstDone: value = measured.text; break;
    }
    QString text = QStringLiteral("<p>%1</p>").arg(q.prompt.in(language).toHtmlEscaped());
    text += QStringLiteral("<p>") + tr("The run measured <b>%1</b>.").arg(value.toHtmlEscaped()) +
            QStringLiteral("</p>");
    auto choiceText = [&](int i) {
        return i >= 0 ? QStringLiteral("%1. %2")
                            .arg(QChar(u'A' + i))
                            .arg(q.choices[static_cast<std::size_t>(i)].text.in(language))
                      : tr("no answer");
    };
    text += QStringLiteral("<p>") + tr("Your answer: %1").arg(choiceText(chosen).toHtmlEscaped()) +
            QStringLiteral("<br>") +
            tr("The run's answer: %1").arg(choiceText(nearest).toHtmlEscaped());
    if (correct >= 0 && correct != nearest)
        text += QStringLiteral("<br>") +
                tr("(The lesson expected %1.)").arg(choiceText(correct).toHtmlEscaped());
    text += QStringLiteral("</p>");
    m_prompt->setText(text);
    m_hint->setText(tr("Press Esc or click to close."));
    setTheme(m_theme);
    show();
    raise();
    place();
    setFocus();
}

void PredictCard::setTheme(const Theme* theme) {
    m_theme = theme;
    const QString border = m_answering ? theme->timer.name() : theme->accent.name();
    setStyleSheet(
        QStringLiteral("#predictCard { background: %1; border: 3px solid %2; border-radius: 14px; }"
                       "QLabel { color: %3; background: transparent; }"
                       "QPushButton { text-align: left; padding: 10px 16px; font-size: %4pt; }")
            .arg(theme->surface.name(), border, theme->text.name())
            .arg(13 * m_scale * theme->fontScale));
    m_title->setFont(theme->font(18 * m_scale, true));
    m_prompt->setFont(theme->font(14 * m_scale));
    m_hint->setFont(theme->font(10 * m_scale));
}

void PredictCard::setTextScale(double scale) {
    m_scale = scale;
    setTheme(m_theme);
}

void PredictCard::place() {
    if (!parentWidget()) return;
    const QRect area = parentWidget()->rect();
    const QRect over =
        m_anchor ? QRect(m_anchor->mapTo(parentWidget(), QPoint(0, 0)), m_anchor->size()) : area;
    // As wide as the longest choice needs, as far as the window allows.
    int needed = 0;
    for (const QPushButton* b : findChildren<QPushButton*>())
        needed = std::max(needed, b->sizeHint().width());
    if (layout())
        needed += layout()->contentsMargins().left() + layout()->contentsMargins().right();
    const int w = std::min(area.width() - 40, std::max(needed, static_cast<int>(620 * m_scale)));
    setFixedWidth(std::max(240, w));
    adjustSize();
    // What the margins round the choices take shows only once laid out.
    int shortfall = 0;
    for (const QPushButton* b : findChildren<QPushButton*>())
        shortfall = std::max(shortfall, b->sizeHint().width() - b->width());
    if (shortfall > 0 && width() < area.width() - 40) {
        setFixedWidth(std::min(area.width() - 40, width() + shortfall));
        adjustSize();
    }
    // Over the anchor when it has room, else as near as the window allows.
    const int x = std::clamp(over.center().x() - width() / 2, area.left() + 10,
                             std::max(area.left() + 10, area.right() - width() - 10));
    const int y = std::clamp(over.top() + (over.height() - height()) / 3, area.top() + 10,
                             std::max(area.top() + 10, area.bottom() - height() - 10));
    move(x, y);
}

bool PredictCard::choicesFit() const {
    for (const QPushButton* b : findChildren<QPushButton*>())
        if (b->sizeHint().width() > b->width()) return false;
    return true;
}

bool PredictCard::choose(int choice) {
    if (isHidden() || m_answering || choice < 0 || choice >= m_choiceCount) return false;
    Q_EMIT chosen(choice);
    return true;
}

void PredictCard::keyPressEvent(QKeyEvent* e) {
    if (choose(e->key() - Qt::Key_1)) return;
    if (e->key() == Qt::Key_Escape ||
        (m_answering && (e->key() == Qt::Key_Space || e->key() == Qt::Key_Return))) {
        Q_EMIT dismissed();
        return;
    }
    QFrame::keyPressEvent(e);
}

} // namespace coroscope
