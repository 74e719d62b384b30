// SPDX-License-Identifier: MIT
#pragma once

#include "model/lesson.h"
#include "model/measure.h"
#include "ui/style/theme.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace coroscope {

// A predict-first question, as a card over the stage: the prompt and a
// button per choice before the run; after it, the learner's answer beside
// the run's own (the choice nearest what was measured).
class PredictCard : public QFrame {
    Q_OBJECT

public:
    explicit PredictCard(QWidget* parent = nullptr);

    void ask(const Question& question, const QString& language);
    // The run is over: show what it measured against what was chosen (-1: nothing).
    void answer(const Question& question, const QString& language, int chosen,
                const Measured& measured);
    void setTheme(const Theme* theme);
    void setTextScale(double scale);
    // Centre over the anchor (or the parent), inside the parent.
    void place();
    // Whether every choice's text is whole at the card's width.
    bool choicesFit() const;
    void setAnchor(QWidget* anchor) { m_anchor = anchor; }
    // Showing the run's answer rather than asking.
    bool answering() const { return m_answering; }
    // Answers with choice `choice` (0-based), as its key does; false when
    // no question is being asked or there is no such choice.
    bool choose(int choice);

Q_SIGNALS:
    void chosen(int choice);
    void dismissed();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void clearChoices();

    QLabel* m_title;
    QLabel* m_prompt;
    QVBoxLayout* m_choices;
    QLabel* m_hint;
    const Theme* m_theme;
    QWidget* m_anchor = nullptr;
    double m_scale = 1.0;
    int m_choiceCount = 0;
    bool m_answering = false;
};

} // namespace coroscope
