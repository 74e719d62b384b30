// SPDX-License-Identifier: MIT
#pragma once

#include "ui/style/theme.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace coroscope {

// What happens now, and why: the narration step the playback stopped on, in
// Markdown, with where it is in the lesson and how to go on.
class NarrationPanel : public QWidget {
    Q_OBJECT

public:
    explicit NarrationPanel(QWidget* parent = nullptr);

    // `index` of `count` steps; an empty text shows the lesson's summary.
    void setStep(const QString& markdown, int index, int count, bool waiting);
    void setSummary(const QString& title, const QString& summary);
    void setTextScale(double scale);
    void setTheme(const Theme* theme);
    void retranslate();
    QString plainText() const;
    // The height that shows all of the text, laid out `width` wide.
    int neededHeight(int width) const;
    // The text's laid-out height and the room it has on screen.
    int textHeight() const;
    int textRoom() const;

Q_SIGNALS:
    void continueRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void restyle();

    QLabel* m_where;
    QTextBrowser* m_text;
    QPushButton* m_continue;
    const Theme* m_theme;
    QString m_markdown;
    double m_scale = 1.0;
    int m_index = -1;
    int m_count = 0;
    bool m_waiting = false;
};

} // namespace coroscope
