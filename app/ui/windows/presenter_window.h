// SPDX-License-Identifier: MIT
#pragma once

#include "model/lesson.h"
#include "model/playhead.h"
#include "model/run_model.h"

#include <QWidget>

#include <memory>

class QLabel;
class QStackedWidget;

namespace coroscope {

class CodeEditor;
class NarrationPanel;
class PredictCard;
class RestaurantView;
class TimelineView;

// Presenter mode: full screen, large type, the high-contrast theme, one view
// the speaker picks (1 code, 2 restaurant, 3 timeline) above the narration.
// It draws the same run at the same playhead as the main window, and the
// same keys (and a clicker's Page Up / Page Down) drive it.
class PresenterWindow : public QWidget {
    Q_OBJECT

public:
    explicit PresenterWindow(QWidget* parent = nullptr);

    void setRun(std::shared_ptr<const RunModel> run, const Lesson* lesson, int script,
                const QString& language);
    void setPlayhead(const Playhead& p);
    void setSelectedTask(TaskId task);
    void setNarration(int step, bool waiting);
    void setMotion(double speed);
    void ask(const Question& question);
    // 0 code, 1 restaurant, 2 timeline
    void showView(int view);
    int view() const;

Q_SIGNALS:
    // The speaker answered the predict-first question here.
    void predicted(int choice);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void retranslate();

    std::shared_ptr<const RunModel> m_run;
    const Lesson* m_lesson = nullptr;
    int m_script = 0;
    QString m_language;
    int m_step = -1;
    bool m_waiting = false;
    QLabel* m_title;
    QLabel* m_clock;
    QLabel* m_hint;
    QStackedWidget* m_stack;
    CodeEditor* m_code;
    RestaurantView* m_restaurant;
    TimelineView* m_timeline;
    NarrationPanel* m_narration;
    PredictCard* m_predict;
};

} // namespace coroscope
