// SPDX-License-Identifier: MIT
#pragma once

#include "ui/views/code_editor.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QToolButton;

namespace coroscope {

// The code view with what surrounds it: a button per script of the lesson
// (wrapping onto more rows rather than cutting a script's name), the
// Run and "Reset to original" buttons, and a banner for the parse error or
// the traceback of the last run.
class CodePanel : public QWidget {
    Q_OBJECT

public:
    explicit CodePanel(QWidget* parent = nullptr);

    CodeEditor* editor() const { return m_editor; }
    void setScripts(const QStringList& labels, int current);
    void setCurrentScript(int index);
    // The scripts' names as the chooser shows them, in order.
    QStringList scriptLabels() const;
    void setModified(bool modified);
    // A message under the code: an error (red) or a note; empty hides it.
    void showMessage(const QString& text, bool error);
    // The buttons under the code: Run, and Stop while a run is going.
    void setRunActions(QAction* run, QAction* stop);
    void setRunning(bool running);
    void setTheme(const Theme* theme);
    void retranslate();

Q_SIGNALS:
    void scriptChosen(int index);
    void resetRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void restyleMessage();

    QWidget* m_scripts;
    QButtonGroup* m_scriptButtons;
    CodeEditor* m_editor;
    QLabel* m_message;
    QToolButton* m_run;
    QToolButton* m_stop;
    QToolButton* m_reset;
    const Theme* m_theme;
    bool m_error = false;
};

} // namespace coroscope
