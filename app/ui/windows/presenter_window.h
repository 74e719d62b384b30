// SPDX-License-Identifier: MIT
#pragma once

#include "model/lesson.h"
#include "model/measure.h"
#include "model/playhead.h"
#include "model/run_model.h"
#include "ui/style/theme.h"
#include "ui/views/compare_view.h"

#include <QMap>
#include <QWidget>

#include <memory>
#include <vector>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QToolButton;

namespace coroscope {

class CodeEditor;
class NarrationPanel;
class PredictCard;
class RestaurantView;
class TimelineView;

// Presenter mode: full screen, large type, the view or the pair of views
// the speaker picks (1 code, 2 restaurant, 3 timeline, 4 compare, 5 code
// and restaurant, 6 code and timeline) above the narration, which is always
// laid out whole. The speaker's theme, text size and views are remembered.
// It draws the same run at the same playhead as the main window, and the
// same keys (and a clicker's Page Up / Page Down, B or . to blank) drive it.
class PresenterWindow : public QWidget {
    Q_OBJECT

public:
    // What the stage shows, by the number key that picks it less one.
    enum class Stage { Code, Restaurant, Timeline, Compare, CodeAndRestaurant, CodeAndTimeline };
    static constexpr int kStageCount = 6;

    explicit PresenterWindow(QWidget* parent = nullptr);

    // The main window's actions, but for those whose keys the presenter's own use.
    void addSharedActions(const QList<QAction*>& actions);

    void setRun(std::shared_ptr<const RunModel> run, const Lesson* lesson, int script,
                const QString& language);
    void setPlayhead(const Playhead& p);
    void setSelectedTask(TaskId task);
    // The narration's step; its {NAME}s are said with `values`, those of the
    // run shown.
    void setNarration(int step, bool waiting, const QMap<QString, double>& values = {});
    void setMotion(double speed);
    void setCompare(std::vector<ComparedRun> runs);

    // The predict-first card, over the stage: the question, then the run's answer.
    void ask(const Question& question);
    void answer(const Question& question, int chosen, const Measured& measured);
    void hideQuestion();

    // A Stage, as a number; remembered.
    void showView(int view);
    int view() const;
    // Black, to draw the room's eyes to the speaker; again to come back.
    void setBlanked(bool blanked);
    bool blanked() const;
    // Type size, times the presenter's own large sizes; remembered.
    void setFontScale(double scale);
    double fontScale() const { return m_fontScale; }
    void largerText();
    void smallerText();
    // "light", "dark" or "contrast"; remembered apart from the main window's.
    void setTheme(const QString& name);
    const Theme* theme() const { return m_theme; }

    NarrationPanel* narration() const { return m_narration; }
    PredictCard* predictCard() const { return m_predict; }
    QAction* action(const char* objectName) const;

Q_SIGNALS:
    // The speaker answered the predict-first question here.
    void predicted(int choice);
    void questionDismissed();
    void continueRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void retranslate();
    void applyTheme();
    void applyFontScale();
    void fitNarration();
    void fitCode();
    void fitCard();
    void fitHeader();
    void elideTitle();
    // The type size: the speaker's, on a screen's height.
    double typeScale() const;
    QMenu* menu();

    std::shared_ptr<const RunModel> m_run;
    const Lesson* m_lesson = nullptr;
    int m_script = 0;
    QString m_language;
    int m_step = -1;
    bool m_waiting = false;
    QMap<QString, double> m_values;
    Stage m_view = Stage::Restaurant;
    double m_fontScale = 1.0;
    const Theme* m_theme;
    QString m_titleText;
    int m_clockWidth = 0;
    QLabel* m_title;
    QLabel* m_clock;
    QLabel* m_hint;
    QToolButton* m_menuButton;
    QSplitter* m_stage;
    CodeEditor* m_code;
    RestaurantView* m_restaurant;
    TimelineView* m_timeline;
    CompareView* m_compare;
    NarrationPanel* m_narration;
    PredictCard* m_predict;
    QWidget* m_blank;
    QMenu* m_menu = nullptr;
    QActionGroup* m_views = nullptr;
    QActionGroup* m_themes = nullptr;
    QAction *m_blankAction = nullptr, *m_larger = nullptr, *m_smaller = nullptr,
            *m_normalSize = nullptr, *m_leave = nullptr;
};

} // namespace coroscope
