// SPDX-License-Identifier: MIT
#include "ui/panels/narration_panel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <cmath>
#include <memory>

namespace coroscope {

NarrationPanel::NarrationPanel(QWidget* parent)
    : QWidget(parent)
    , m_where(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_continue(new QPushButton(this))
    , m_theme(&Theme::light()) {
    m_text->setOpenExternalLinks(true);
    m_text->setFrameShape(QFrame::NoFrame);
    auto* bottom = new QHBoxLayout;
    bottom->setContentsMargins(8, 0, 8, 4);
    bottom->addWidget(m_where, 1);
    bottom->addWidget(m_continue);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_text, 1);
    layout->addLayout(bottom);
    connect(m_continue, &QPushButton::clicked, this, &NarrationPanel::continueRequested);
    m_continue->hide();
    retranslate();
}

void NarrationPanel::setStep(const QString& markdown, int index, int count, bool waiting) {
    m_index = index;
    m_count = count;
    m_waiting = waiting;
    m_markdown = markdown;
    restyle();
    retranslate();
}

void NarrationPanel::setSummary(const QString& title, const QString& summary) {
    m_index = -1;
    m_waiting = false;
    m_markdown = QStringLiteral("### %1\n\n%2").arg(title, summary);
    restyle();
    retranslate();
}

void NarrationPanel::setTextScale(double scale) {
    m_scale = scale;
    restyle();
}

void NarrationPanel::setTheme(const Theme* theme) {
    m_theme = theme;
    restyle();
}

QString NarrationPanel::plainText() const {
    return m_text->toPlainText();
}

int NarrationPanel::neededHeight(int width) const {
    // A copy, so the shown text keeps its layout.
    const std::unique_ptr<QTextDocument> doc(m_text->document()->clone());
    doc->setDefaultFont(m_text->document()->defaultFont());
    doc->setDocumentMargin(m_text->document()->documentMargin());
    // As narrow as with a scroll bar: a layout that fits so has no need of one.
    const QMargins margins = contentsMargins();
    doc->setTextWidth(width - margins.left() - margins.right() - 2 * m_text->frameWidth() -
                      m_text->verticalScrollBar()->sizeHint().width());
    // The row under the text as the layout will make it, margins and all.
    QLayout* row = layout()->itemAt(1)->layout();
    row->invalidate();
    return static_cast<int>(std::ceil(doc->size().height())) + 2 * m_text->frameWidth() +
           row->sizeHint().height() + margins.top() + margins.bottom() + 2;
}

int NarrationPanel::textHeight() const {
    return static_cast<int>(std::ceil(m_text->document()->size().height()));
}

int NarrationPanel::textRoom() const {
    return m_text->viewport()->height();
}

void NarrationPanel::restyle() {
    QFont f = m_theme->font(12.5 * m_scale);
    m_text->document()->setDefaultFont(f);
    // Code spans take their size from the font in place when the text is
    // read: read it again, so they stay the size of the words around them.
    m_text->setMarkdown(m_markdown);
    m_text->document()->setDefaultStyleSheet(
        QStringLiteral("code { background: %1; color: %2; }")
            .arg(m_theme->stripe.name(), m_theme->text.name()));
    QPalette pal = m_text->palette();
    pal.setColor(QPalette::Base, m_theme->surface);
    pal.setColor(QPalette::Text, m_theme->text);
    m_text->setPalette(pal);
    QFont small = m_theme->font(9.5 * std::max(1.0, m_scale * 0.8));
    m_where->setFont(small);
    m_continue->setFont(small);
}

void NarrationPanel::retranslate() {
    if (m_index >= 0)
        m_where->setText(tr("Step %1 of %2").arg(m_index + 1).arg(m_count) +
                         (m_waiting
                              ? QStringLiteral("  ·  ") + tr("press Space or Page Down to go on")
                              : QString()));
    else
        m_where->setText(tr("Press Space to play, → to step one event."));
    m_continue->setText(tr("Continue"));
    m_continue->setToolTip(tr("Go on with the run (Space or Page Down)"));
    m_continue->setVisible(m_waiting);
}

void NarrationPanel::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(e);
}

} // namespace coroscope
