// SPDX-License-Identifier: MIT
#pragma once

#include "model/lesson_loader.h"
#include "model/lesson_session.h"
#include "ui/painters/action_icons.h"
#include "ui/playback/lesson_runner.h"
#include "ui/playback/playback_controller.h"
#include "ui/style/theme.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QTabWidget;
class QToolBar;

namespace coroscope {

class CodePanel;
class CompareView;
class EventLogView;
class Language;
class LessonList;
class NarrationPanel;
class OutputView;
class ParametersPanel;
class PredictCard;
class RunProgress;
class PresenterWindow;
class RestaurantView;
class TimelineView;
class TransportBar;

// The window: lessons on the left, the code beside them, the restaurant (or
// the comparison) in the middle, the timeline under them, narration,
// parameters, the event log and the output at the bottom, and the transport
// bar. Every view draws the current run at the playback's playhead.
//
// The lesson session (m_session) holds the lesson's runs, answers, parameter
// values, edits and done marks; the window holds the widgets and shows it.
// Invariant: the views show the session's run of its current script when
// that ran (m_current), else nothing.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Language* language, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads the lessons from these roots (the built-in ones and the user's by default).
    void loadLessons(const QStringList& roots = LessonLoader::defaultRoots());
    // False (and nothing changes) when no lesson has this id.
    bool openLesson(const QString& id);
    // Shows the lesson's script `script` (0-based); with `pausedAt`, paused
    // at that virtual time once its run is in, without asking its question
    // first (a slide, a screenshot). False when there is no such script.
    bool openScript(int script, std::optional<Time> pausedAt = std::nullopt);
    // Brings a view forward (one of kLessonViews; another name shows the restaurant).
    void showView(const QString& view);
    const Lesson* lesson() const { return m_session.lesson(); }
    const LessonCatalog& catalog() const { return m_catalog; }
    int script() const { return m_session.script(); }
    LessonSession* session() { return &m_session; }
    PlaybackController* playback() { return &m_playback; }
    const std::shared_ptr<const RunModel>& currentRun() const { return m_current; }
    // Scripts still running in the background.
    int runsInFlight() const { return m_session.runsInFlight(); }
    // A predict-first question is on the card, not yet answered or skipped.
    bool questionOpen() const { return m_openQuestion.has_value(); }
    void setTheme(const QString& name);
    // A sentence for the user that is not about the run (settings set
    // aside at start-up): in the status bar, long enough to be read.
    void showNotice(const QString& message);
    // Shows a run made elsewhere (tests): as if the current script had produced it.
    void showRun(const std::shared_ptr<const RunModel>& run);
    // Called once openScript's moment is on screen (a screenshot can be taken).
    void setMomentShownCallback(std::function<void()> callback) {
        m_momentShown = std::move(callback);
    }
    // Called instead when that moment can never be shown (its script was
    // refused before running), with why.
    void setMomentFailedCallback(std::function<void(const QString&)> callback) {
        m_momentFailed = std::move(callback);
    }
    // The window a screenshot of the moment shows: the presenter's when open.
    QWidget* stageWindow();
    // The first paint of a lesson calls this back once (start-up measurement).
    void setFirstPaintCallback(std::function<void()> callback) {
        m_firstPaint = std::move(callback);
    }

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Building (main_window.cpp, main_window_actions.cpp)
    void createViews();
    void createDocks();
    void createActions();
    void createMenus();
    void connectViews();
    void retranslate();
    void restoreSettings();
    void saveSettings();
    void resetLayout();
    void applyDefaultSizes();
    QDockWidget* dock(QWidget* content, const QString& objectName);
    QAction* action(const char* objectName, const QKeySequence& key, std::function<void()> fn);

    // Lessons and runs (main_window_lessons.cpp)
    void chooseScript(int index);
    void sourceEdited();
    void resetSource();
    void showRejected(int index, const ScriptIssue& issue);
    void showRunning(int index);
    void runFinished(int index, const std::shared_ptr<const RunModel>& run);
    void setCurrentRun(const std::shared_ptr<const RunModel>& run);
    void showNarration(int step, bool waiting);
    void playbackFinished();
    bool askFirst(); // true if a question was put up instead of playing
    // The question on the card while the learner has not chosen or skipped:
    // nothing on screen gives its answer away meanwhile (null: none).
    void setOpenQuestion(const Question* question);
    // The editor shows the parameters' values in the constants, the lines
    // that changed marked.
    void showConstants();
    void updateCompare();
    void selectTask(TaskId task);
    void nextLesson(int direction);
    // openLesson's work; `run` false shows the lesson without running any
    // of its scripts (at start-up: nothing runs until the learner asks).
    bool showLesson(const QString& id, bool run);
    // Stop's state, the code panel's Stop button and the progress follow
    // the runs going.
    void showRunsInFlight(int runs);
    // Under the code of a script that has not run and is not running: how
    // to run it (in the current language).
    void promptToRun();

    // Export and presenter (main_window_actions.cpp)
    void exportPicture(bool svg);
    void exportChromeTrace();
    void togglePresenter();
    void showShortcuts();

    Language* m_language;
    const Theme* m_theme;
    LessonCatalog m_catalog; // holds the session's lesson
    LessonSession m_session;
    std::shared_ptr<const RunModel> m_current;
    PlaybackController m_playback;
    TaskId m_selected = 0;
    std::function<void()> m_firstPaint;
    std::function<void()> m_momentShown;
    std::function<void(const QString&)> m_momentFailed;
    std::optional<Time> m_pausedAt;         // openPausedAt's time, until the run is in
    bool m_loadingSource = false;           // the editor's text is being set, not edited
    std::optional<Question> m_openQuestion; // as put, its numbers filled in
    int m_narrationStep = -1;               // the step the narration panel shows
    bool m_narrationWaiting = false;

    // Views
    LessonList* m_lessons = nullptr;
    CodePanel* m_code = nullptr;
    QTabWidget* m_stage = nullptr;
    RestaurantView* m_restaurant = nullptr;
    CompareView* m_compare = nullptr;
    TimelineView* m_timeline = nullptr;
    NarrationPanel* m_narration = nullptr;
    ParametersPanel* m_params = nullptr;
    EventLogView* m_log = nullptr;
    OutputView* m_output = nullptr;
    TransportBar* m_transport = nullptr;
    PredictCard* m_predict = nullptr;
    RunProgress* m_progress = nullptr;
    QPointer<PresenterWindow> m_presenter;
    QToolBar* m_transportBar = nullptr;
    std::vector<QDockWidget*> m_docks;
    QByteArray m_defaultState;
    // The docks' saved layout until the window has its size to lay it out in;
    // empty once applied.
    QByteArray m_pendingState;

    // Actions, by purpose
    struct {
        QAction *run, *stop, *reset, *nextLesson, *previousLesson, *askAgain;
        QAction *play, *stepForward, *stepBack, *restart, *toEnd, *slower, *faster, *next,
            *previous;
        QAction *lanesByWorker, *ticksAxis, *zoomIn, *zoomOut, *fit, *arrows, *showRestaurant,
            *showCompare, *presenter, *resetLayout;
        QAction *exportPng, *exportSvg, *exportTrace, *quit, *shortcuts, *about;
        QActionGroup *themes, *languages;
        std::vector<QAction*> scripts; // Alt+1... : the lesson's scripts
    } m_actions{};
    QMenu *m_fileMenu = nullptr, *m_lessonMenu = nullptr, *m_playMenu = nullptr,
          *m_viewMenu = nullptr, *m_themeMenu = nullptr, *m_languageMenu = nullptr,
          *m_panelsMenu = nullptr, *m_helpMenu = nullptr;
};

} // namespace coroscope
