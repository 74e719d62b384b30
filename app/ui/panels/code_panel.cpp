// SPDX-License-Identifier: MIT
#include "ui/panels/code_panel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace coroscope {

CodePanel::CodePanel(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabBar(this))
    , m_editor(new CodeEditor(this))
    , m_message(new QLabel(this))
    , m_run(new QToolButton(this))
    , m_reset(new QToolButton(this))
    , m_theme(&Theme::light()) {
    // Script tabs on top (their labels shortened to fit), the buttons under
    // the code, beside any message about the last run.
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->setUsesScrollButtons(false);
    m_run->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_reset->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(6);
    m_message->hide();
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(4, 2, 4, 2);
    buttons->addStretch(1);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_run);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tabs);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int i) {
        if (i >= 0) Q_EMIT scriptChosen(i);
    });
    connect(m_reset, &QToolButton::clicked, this, &CodePanel::resetRequested);
    retranslate();
}

void CodePanel::setScripts(const QStringList& labels, int current) {
    const QSignalBlocker block(m_tabs);
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    for (const QString& l : labels)
        m_tabs->setTabToolTip(m_tabs->addTab(l), l);
    m_tabs->setCurrentIndex(current);
    m_tabs->setVisible(labels.size() > 0);
}

void CodePanel::setCurrentScript(int index) {
    const QSignalBlocker block(m_tabs);
    m_tabs->setCurrentIndex(index);
}

void CodePanel::setModified(bool modified) {
    m_reset->setEnabled(modified);
}

void CodePanel::showMessage(const QString& text, bool error) {
    m_error = error;
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    restyleMessage();
}

void CodePanel::setRunAction(QAction* run) {
    m_run->setDefaultAction(run);
}

void CodePanel::setTheme(const Theme* theme) {
    m_theme = theme;
    m_editor->setTheme(theme);
    restyleMessage();
}

void CodePanel::restyleMessage() {
    const Theme* theme = m_theme;
    QColor bg = m_error ? theme->failed : theme->accent;
    bg.setAlpha(m_error ? 36 : 24);
    m_message->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-top: 2px solid %3; "
                       "font-family: 'DejaVu Sans Mono', monospace; }")
            .arg(bg.name(QColor::HexArgb), theme->text.name(),
                 (m_error ? theme->failed : theme->accent).name()));
}

void CodePanel::retranslate() {
    m_reset->setText(tr("Reset to original"));
    m_reset->setToolTip(tr("Throw away your edits to this script and restore the lesson's own"));
}

void CodePanel::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(e);
}

} // namespace coroscope
