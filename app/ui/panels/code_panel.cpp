// SPDX-License-Identifier: MIT
#include "ui/panels/code_panel.h"

#include "ui/panels/flow_layout.h"

#include <QAbstractButton>
#include <QAction>
#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace coroscope {

CodePanel::CodePanel(QWidget* parent)
    : QWidget(parent)
    , m_scripts(new QWidget(this))
    , m_scriptButtons(new QButtonGroup(this))
    , m_editor(new CodeEditor(this))
    , m_message(new QLabel(this))
    , m_run(new QToolButton(this))
    , m_stop(new QToolButton(this))
    , m_reset(new QToolButton(this))
    , m_theme(&Theme::light()) {
    // The scripts on top, each name whole; the buttons under the code,
    // beside any message about the last run.
    auto* flow = new FlowLayout(m_scripts, 2);
    flow->setContentsMargins(4, 3, 4, 3);
    m_scriptButtons->setExclusive(true);
    m_run->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_stop->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_stop->hide();
    m_reset->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(6);
    m_message->hide();
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(4, 2, 4, 2);
    buttons->addStretch(1);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_run);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_scripts);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(m_scriptButtons, &QButtonGroup::idClicked, this, [this](int i) {
        if (i >= 0) Q_EMIT scriptChosen(i);
    });
    connect(m_reset, &QToolButton::clicked, this, &CodePanel::resetRequested);
    retranslate();
}

void CodePanel::setScripts(const QStringList& labels, int current) {
    for (QAbstractButton* b : m_scriptButtons->buttons()) {
        m_scriptButtons->removeButton(b);
        delete b;
    }
    for (int i = 0; i < labels.size(); ++i) {
        auto* b = new QToolButton(m_scripts);
        b->setText(labels[i]);
        b->setToolTip(tr("Show script %1: %2").arg(i + 1).arg(labels[i]));
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_scriptButtons->addButton(b, i);
        m_scripts->layout()->addWidget(b);
    }
    setCurrentScript(current);
    m_scripts->setVisible(labels.size() > 0);
}

QStringList CodePanel::scriptLabels() const {
    QStringList labels;
    for (QAbstractButton* b : m_scriptButtons->buttons())
        labels << b->text();
    return labels;
}

void CodePanel::setCurrentScript(int index) {
    if (QAbstractButton* b = m_scriptButtons->button(index)) b->setChecked(true);
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

void CodePanel::setRunActions(QAction* run, QAction* stop) {
    m_run->setDefaultAction(run);
    m_stop->setDefaultAction(stop);
}

void CodePanel::setRunning(bool running) {
    m_stop->setVisible(running);
}

void CodePanel::setTheme(const Theme* theme) {
    m_theme = theme;
    m_editor->setTheme(theme);
    // The shown script reads as the chosen tab: tinted and underlined, not
    // bold (a bold name is wider than the room its button was laid out for).
    QColor tint = theme->accent;
    tint.setAlpha(40);
    m_scripts->setStyleSheet(
        QStringLiteral("QToolButton { padding: 3px 8px; border: none; border-bottom: 2px solid "
                       "transparent; } QToolButton:checked { background: %1; border-bottom: 2px "
                       "solid %2; }")
            .arg(tint.name(QColor::HexArgb), theme->accent.name()));
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
