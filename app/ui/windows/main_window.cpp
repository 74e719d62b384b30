// SPDX-License-Identifier: MIT
#include "ui/windows/main_window.h"

#include "ui/panels/code_panel.h"
#include "ui/panels/lesson_list.h"
#include "ui/panels/narration_panel.h"
#include "ui/panels/parameters_panel.h"
#include "ui/panels/predict_card.h"
#include "ui/panels/run_progress.h"
#include "ui/panels/transport_bar.h"
#include "ui/style/language.h"
#include "ui/views/compare_view.h"
#include "ui/views/event_log.h"
#include "ui/views/output_view.h"
#include "ui/views/restaurant_view.h"
#include "ui/views/timeline_view.h"
#include "ui/windows/presenter_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

#include <algorithm>
#include <utility>

namespace coroscope {

MainWindow::MainWindow(Language* language, QWidget* parent)
    : QMainWindow(parent)
    , m_language(language)
    , m_theme(&Theme::light())
    , m_session(&LessonRunner::runThen) {
    setObjectName(QStringLiteral("mainWindow"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks |
                   QMainWindow::AllowNestedDocks);
    setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);
    createViews();
    createActions();
    createDocks();
    createMenus();
    connectViews();
    retranslate();
    m_defaultState = saveState();
    restoreSettings();
    connect(m_language, &Language::changed, this, [this] {
        // Lesson texts follow the language too.
        const QString id = lesson() ? lesson()->id : QString();
        m_lessons->setCatalog(m_catalog, m_language->code());
        m_lessons->setDone(m_session.done());
        if (lesson()) {
            m_lessons->selectLesson(id);
            m_params->setParameters(m_session.parametersOf(script()), m_session.parameters(),
                                    m_language->code());
            QStringList labels;
            for (const LessonScript& s : lesson()->scripts)
                labels << (s.label.isEmpty() ? s.file : s.label.in(m_language->code()));
            m_code->setScripts(labels, script());
            showNarration(m_narrationStep, m_narrationWaiting);
            updateCompare();
        }
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews() {
    m_lessons = new LessonList(this);
    m_code = new CodePanel(this);
    m_progress = new RunProgress(this);
    statusBar()->addPermanentWidget(m_progress);
    m_stage = new QTabWidget(this);
    m_stage->setDocumentMode(true);
    m_restaurant = new RestaurantView(m_stage);
    m_compare = new CompareView(m_stage);
    m_stage->addTab(m_restaurant, QString());
    m_stage->addTab(m_compare, QString());
    m_stage->installEventFilter(this);
    m_restaurant->installEventFilter(this);
    setCentralWidget(m_stage);
    // The card floats over the whole window, centred on the stage, so a
    // small stage does not cut it off.
    m_predict = new PredictCard(this);
    m_predict->setAnchor(m_stage);
    m_predict->installEventFilter(this); // the presenter's card goes when this one does
    m_timeline = new TimelineView(this);
    m_narration = new NarrationPanel(this);
    m_params = new ParametersPanel(this);
    m_log = new EventLogView(this);
    m_output = new OutputView(this);
}

QDockWidget* MainWindow::dock(QWidget* content, const QString& objectName) {
    auto* d = new QDockWidget(this);
    d->setObjectName(objectName);
    d->setWidget(content);
    d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                   QDockWidget::DockWidgetFloatable);
    m_docks.push_back(d);
    return d;
}

void MainWindow::createDocks() {
    auto* lessons = dock(m_lessons, QStringLiteral("lessonsDock"));
    auto* code = dock(m_code, QStringLiteral("codeDock"));
    auto* timeline = dock(m_timeline, QStringLiteral("timelineDock"));
    auto* narration = dock(m_narration, QStringLiteral("narrationDock"));
    auto* params = dock(m_params, QStringLiteral("parametersDock"));
    auto* log = dock(m_log, QStringLiteral("eventLogDock"));
    auto* output = dock(m_output, QStringLiteral("outputDock"));
    addDockWidget(Qt::LeftDockWidgetArea, lessons);
    splitDockWidget(lessons, code, Qt::Horizontal);
    addDockWidget(Qt::BottomDockWidgetArea, timeline);
    splitDockWidget(timeline, narration, Qt::Vertical);
    splitDockWidget(narration, params, Qt::Horizontal);
    tabifyDockWidget(params, log);
    tabifyDockWidget(log, output);
    params->raise();

    TransportBar::Actions a{m_actions.restart,
                            m_actions.stepBack,
                            m_actions.play,
                            m_actions.stepForward,
                            m_actions.slower,
                            m_actions.faster,
                            {m_actions.run, m_actions.lanesByWorker, m_actions.ticksAxis,
                             m_actions.fit, m_actions.exportPng, m_actions.presenter}};
    m_transport = new TransportBar(a, this);
    m_transportBar = new QToolBar(this);
    m_transportBar->setObjectName(QStringLiteral("transportBar"));
    m_transportBar->setMovable(false);
    m_transportBar->setFloatable(false);
    m_transportBar->addWidget(m_transport);
    addToolBar(Qt::BottomToolBarArea, m_transportBar);
}

void MainWindow::connectViews() {
    m_code->setRunActions(m_actions.run, m_actions.stop);
    connect(&m_session, &LessonSession::runsInFlightChanged, this, &MainWindow::showRunsInFlight);
    connect(&m_session, &LessonSession::editProblem, this, [this](const QString& message) {
        qWarning("coroscope: %s", qPrintable(message));
        showNotice(message);
    });
    connect(m_lessons, &LessonList::lessonChosen, this, &MainWindow::openLesson);
    connect(&m_playback, &PlaybackController::playheadChanged, this, [this](const Playhead& p) {
        m_timeline->setPlayhead(p);
        m_restaurant->setPlayhead(p);
        m_compare->setTime(p.time);
        m_log->setPlayhead(p);
        m_output->setPlayhead(p);
        m_transport->setPlayhead(p);
        if (m_current) {
            m_code->editor()->setMarks(liveTaskLines(m_current->trace, p));
            m_code->editor()->setNotes(notesBefore(m_current->notes, p.seq));
            if (m_playback.playing()) m_code->editor()->revealMarks();
        }
        if (m_presenter) m_presenter->setPlayhead(p);
    });
    connect(&m_playback, &PlaybackController::playingChanged, this, [this](bool playing) {
        m_actions.play->setIcon(
            actionIcon(playing ? ActionIcon::Pause : ActionIcon::Play, m_theme->text));
        m_actions.play->setText(playing ? tr("Pause") : tr("Play"));
        m_restaurant->setMotion(playing ? m_playback.speed() : 0);
        m_timeline->setFollowPlayhead(true);
        if (m_presenter) m_presenter->setMotion(playing ? m_playback.speed() : 0);
    });
    connect(&m_playback, &PlaybackController::speedChanged, this, [this](double speed) {
        m_transport->setSpeed(speed);
        if (m_playback.playing()) m_restaurant->setMotion(speed);
        QSettings().setValue(QStringLiteral("speed"), speed);
    });
    connect(&m_playback, &PlaybackController::narrationChanged, this, &MainWindow::showNarration);
    connect(&m_playback, &PlaybackController::finished, this, &MainWindow::playbackFinished);
    // While a question is open the run stays where the question put it.
    connect(m_transport, &TransportBar::seekRequested, this, [this](Time t) {
        if (!questionOpen()) m_playback.seek(t);
    });
    connect(m_transport, &TransportBar::speedRequested, &m_playback, &PlaybackController::setSpeed);
    connect(m_timeline, &TimelineView::seekRequested, this, [this](Time t) {
        if (!questionOpen()) m_playback.seek(t);
    });
    connect(m_timeline, &TimelineView::seekTickRequested, this, [this](double tick) {
        if (!questionOpen()) m_playback.seekTick(tick);
    });
    connect(m_timeline, &TimelineView::taskClicked, this, &MainWindow::selectTask);
    connect(m_restaurant, &RestaurantView::taskClicked, this, &MainWindow::selectTask);
    connect(m_log, &EventLogView::eventClicked, this, [this](std::uint64_t seq, TaskId) {
        if (!m_current) return;
        selectTask(m_current->trace.record(seq).task);
    });
    connect(m_narration, &NarrationPanel::continueRequested, &m_playback,
            &PlaybackController::next);
    connect(m_code, &CodePanel::scriptChosen, this, &MainWindow::chooseScript);
    connect(m_code, &CodePanel::resetRequested, this, &MainWindow::resetSource);
    connect(m_code->editor(), &QPlainTextEdit::textChanged, this, &MainWindow::sourceEdited);
    // What the session reports, shown.
    connect(&m_session, &LessonSession::runRejected, this, &MainWindow::showRejected);
    connect(&m_session, &LessonSession::runStarted, this, &MainWindow::showRunning);
    connect(&m_session, &LessonSession::runReady, this, &MainWindow::runFinished);
    connect(&m_session, &LessonSession::editChanged, this, [this](int index, bool edited) {
        if (index == script()) m_code->setModified(edited);
    });
    connect(&m_session, &LessonSession::lessonDone, this,
            [this] { m_lessons->setDone(m_session.done()); });
    connect(m_params, &ParametersPanel::valuesChanged, &m_session, &LessonSession::setParameters);
    // One truth: a value from the panel shows in the code, one typed in the code moves the panel.
    connect(&m_session, &LessonSession::parametersChanged, this,
            [this](const QMap<QString, double>& values) {
                m_params->setValues(values);
                showConstants();
            });
    connect(m_predict, &PredictCard::chosen, this, [this](int choice) {
        m_session.recordAnswer(choice);
        setOpenQuestion(nullptr);
        m_predict->hide();
        m_playback.play();
    });
    connect(m_predict, &PredictCard::dismissed, this, [this] {
        setOpenQuestion(nullptr);
        m_predict->hide();
    });
    connect(m_stage, &QTabWidget::currentChanged, this, [this] { m_predict->place(); });
}

void MainWindow::retranslate() {
    setWindowTitle(lesson() ? tr("%1 — Coroscope").arg(lesson()->title.in(m_language->code()))
                            : tr("Coroscope"));
    m_stage->setTabText(0, tr("Restaurant"));
    m_stage->setTabText(1, tr("Compare"));
    m_stage->setTabToolTip(
        0, tr("Waiters are workers, tables are clients, the kitchen is I/O (Ctrl+1)"));
    m_stage->setTabToolTip(1, tr("The lesson's scripts on one time axis (Ctrl+2)"));
    const QString titles[] = {tr("Lessons"),    tr("Code"),      tr("Timeline"), tr("Narration"),
                              tr("Parameters"), tr("Event log"), tr("Output")};
    for (std::size_t i = 0; i < m_docks.size() && i < 7; ++i)
        m_docks[i]->setWindowTitle(titles[i]);
    m_transportBar->setWindowTitle(tr("Playback"));
    m_progress->retranslate();
    promptToRun();
    m_transport->retranslate();
}

void MainWindow::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) {
        // A passing message was written in the old language.
        statusBar()->clearMessage();
        retranslate();
        createMenus(); // menu texts and tooltips
    }
    QMainWindow::changeEvent(e);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* e) {
    if (watched == m_stage && e->type() == QEvent::Resize) m_predict->place();
    if (watched == m_predict && e->type() == QEvent::Hide && m_predict->isHidden() && m_presenter)
        m_presenter->hideQuestion();
    if (watched == m_restaurant && e->type() == QEvent::Paint && m_firstPaint && lesson()) {
        // Report after this paint has reached the screen.
        auto callback = std::move(m_firstPaint);
        m_firstPaint = nullptr;
        QTimer::singleShot(0, this, [callback] { callback(); });
    }
    return QMainWindow::eventFilter(watched, e);
}

void MainWindow::setTheme(const QString& name) {
    m_theme = &Theme::byName(name);
    QApplication::setPalette(m_theme->palette());
    m_timeline->setTheme(m_theme);
    m_restaurant->setTheme(m_theme);
    m_compare->setTheme(m_theme);
    m_code->setTheme(m_theme);
    m_narration->setTheme(m_theme);
    m_log->setTheme(m_theme);
    m_output->setTheme(m_theme);
    m_lessons->setTheme(m_theme);
    m_transport->setTheme(m_theme);
    m_predict->setTheme(m_theme);
    createMenus(); // icons follow the text colour
    QSettings().setValue(QStringLiteral("theme"), name);
    if (m_actions.themes)
        for (QAction* a : m_actions.themes->actions())
            a->setChecked(a->data().toString() == name);
}

void MainWindow::restoreSettings() {
    QSettings s;
    const QSize screen = QGuiApplication::primaryScreen()
                             ? QGuiApplication::primaryScreen()->availableSize()
                             : QSize(1920, 1080);
    // The window's own rectangle, not restoreGeometry's frame: before the window
    // is shown the frame is not known yet, and the window would come back a
    // title bar lower than it was.
    const QRect saved = s.value(QStringLiteral("window/rect")).toRect();
    const QScreen* onScreen = saved.isValid() ? QGuiApplication::screenAt(saved.center()) : nullptr;
    if (onScreen) {
        setGeometry(saved.intersected(onScreen->availableGeometry()));
        if (s.value(QStringLiteral("window/maximized")).toBool())
            setWindowState(windowState() | Qt::WindowMaximized);
    } else {
        resize(screen);
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    // Docks restored into a window not yet at its size come back squeezed:
    // their layout waits for the first turn of the event loop after show().
    m_pendingState = s.value(QStringLiteral("window/state")).toByteArray();
    QTimer::singleShot(0, this, [this] {
        const QByteArray state = std::exchange(m_pendingState, {});
        if (!restoreState(state)) applyDefaultSizes();
    });
    setTheme(s.value(QStringLiteral("theme"), QStringLiteral("light")).toString());
    m_playback.setSpeed(s.value(QStringLiteral("speed"), 0.25).toDouble());
    m_transport->setSpeed(m_playback.speed());
    m_timeline->setMode(s.value(QStringLiteral("timeline/workers"), false).toBool()
                            ? LaneMode::Workers
                            : LaneMode::Tasks);
    m_actions.lanesByWorker->setChecked(m_timeline->mode() == LaneMode::Workers);
}

void MainWindow::saveSettings() {
    QSettings s;
    const bool maximized = isMaximized() || isFullScreen();
    s.setValue(QStringLiteral("window/rect"), maximized ? normalGeometry() : geometry());
    s.setValue(QStringLiteral("window/maximized"), maximized);
    s.setValue(QStringLiteral("window/state"),
               m_pendingState.isEmpty() ? saveState() : m_pendingState);
    if (lesson()) s.setValue(QStringLiteral("lastLesson"), lesson()->id);
    s.setValue(QStringLiteral("timeline/workers"), m_timeline->mode() == LaneMode::Workers);
}

void MainWindow::applyDefaultSizes() {
    // Sizes that read well from 1280 x 720 up, in proportion to the window.
    const int w = width(), h = height();
    resizeDocks({m_docks[0], m_docks[1]},
                {std::clamp(w / 7, 180, 290), std::clamp(w * 37 / 100, 400, 740)}, Qt::Horizontal);
    // The timeline gets room for eight lanes at least, below its axis and above
    // its legend, even at 720 px; the narration's row is never asked to be
    // smaller than its panels allow, which would take the room from the lanes.
    const int row =
        std::max({m_docks[3]->minimumSizeHint().height(), m_docks[4]->minimumSizeHint().height(),
                  m_docks[5]->minimumSizeHint().height()});
    resizeDocks({m_docks[2], m_docks[3]},
                {std::clamp(h * 36 / 100, 260, 420), std::clamp(h / 8, row, 160)}, Qt::Vertical);
    resizeDocks({m_docks[3], m_docks[4]}, {w * 62 / 100, w * 38 / 100}, Qt::Horizontal);
}

void MainWindow::resetLayout() {
    restoreState(m_defaultState);
    for (QDockWidget* d : m_docks)
        d->show();
    applyDefaultSizes();
}

void MainWindow::showNotice(const QString& message) {
    statusBar()->showMessage(message, 30000);
}

void MainWindow::closeEvent(QCloseEvent* e) {
    // Nobody will look at a run still going: it ends now, with the window.
    m_session.stopRuns();
    m_playback.pause();
    if (m_presenter) m_presenter->close();
    saveSettings();
    QMainWindow::closeEvent(e);
}

} // namespace coroscope
