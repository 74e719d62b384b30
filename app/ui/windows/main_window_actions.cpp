// SPDX-License-Identifier: MIT
// The window's actions, menus and toolbar; export and presenter mode.
#include "ui/windows/main_window.h"

#include "model/script_constants.h"

#include "model/lesson_view.h"
#include "model/measure.h"
#include "ui/export/export.h"
#include "ui/panels/code_panel.h"
#include "ui/panels/predict_card.h"
#include "ui/style/language.h"
#include "ui/views/compare_view.h"
#include "ui/views/restaurant_view.h"
#include "ui/views/timeline_view.h"
#include "ui/windows/presenter_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <tuple>

namespace coroscope {

QAction* MainWindow::action(const char* objectName, const QKeySequence& key,
                            std::function<void()> fn) {
    auto* a = new QAction(this);
    a->setObjectName(QLatin1String(objectName));
    if (!key.isEmpty()) a->setShortcut(key);
    connect(a, &QAction::triggered, this, [fn = std::move(fn)] { fn(); });
    addAction(a); // shortcuts work wherever the focus is in the window
    return a;
}

void MainWindow::createActions() {
    auto& a = m_actions;
    a.run = action("run", QKeySequence(Qt::CTRL | Qt::Key_R), [this] { m_session.runCurrent(); });
    a.run->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
    a.stop =
        action("stop", QKeySequence(Qt::CTRL | Qt::Key_Period), [this] { m_session.stopRuns(); });
    a.stop->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Period), QKeySequence(Qt::SHIFT | Qt::Key_F5)});
    a.stop->setEnabled(false);
    a.reset = action("resetScript", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                     [this] { resetSource(); });
    a.nextLesson =
        action("nextLesson", QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] { nextLesson(1); });
    a.previousLesson = action("previousLesson", QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                              [this] { nextLesson(-1); });
    for (int i = 0; i < 9; ++i)
        a.scripts.push_back(action(qPrintable(QStringLiteral("script%1").arg(i + 1)),
                                   QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)),
                                   [this, i] { chooseScript(i); }));
    a.askAgain = action("askAgain", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] {
        if (m_session.forgetQuestion()) {
            m_playback.restart();
            askFirst();
        }
    });
    // A predict-first question comes before the run moves at all, and while
    // it is open nothing moves the run on (the answer would show).
    a.play = action("playPause", QKeySequence(Qt::Key_Space), [this] {
        if (questionOpen()) return;
        if (m_playback.playing() || !askFirst()) m_playback.playOrContinue();
    });
    // → is always one event, at a narration step too; the clicker's Page
    // Down, Space and Continue go on to the next step.
    a.stepForward = action("stepForward", QKeySequence(Qt::Key_Right), [this] {
        if (!questionOpen() && !askFirst()) m_playback.stepForward();
    });
    a.stepBack = action("stepBack", QKeySequence(Qt::Key_Left), [this] { m_playback.stepBack(); });
    a.restart = action("restart", QKeySequence(Qt::Key_R), [this] { m_playback.restart(); });
    a.restart->setShortcuts({QKeySequence(Qt::Key_R), QKeySequence(Qt::Key_Home)});
    a.toEnd = action("toEnd", QKeySequence(Qt::Key_End), [this] {
        if (m_current && !questionOpen()) m_playback.seek(m_current->trace.endTime() + 1);
    });
    a.slower = action("slower", QKeySequence(Qt::Key_BracketLeft), [this] { m_playback.slower(); });
    a.faster =
        action("faster", QKeySequence(Qt::Key_BracketRight), [this] { m_playback.faster(); });
    // A presenter's clicker sends Page Down / Page Up.
    a.next = action("next", QKeySequence(Qt::Key_PageDown), [this] {
        if (!questionOpen() && !askFirst()) m_playback.next();
    });
    a.previous =
        action("previous", QKeySequence(Qt::Key_PageUp), [this] { m_playback.stepBack(); });
    a.lanesByWorker = action("lanesByWorker", QKeySequence(Qt::Key_W), [this] {
        m_timeline->setMode(m_actions.lanesByWorker->isChecked() ? LaneMode::Workers
                                                                 : LaneMode::Tasks);
    });
    a.lanesByWorker->setCheckable(true);
    a.ticksAxis = action("ticksAxis", QKeySequence(Qt::Key_T), [this] {
        const AxisKind k =
            m_actions.ticksAxis->isChecked() ? AxisKind::Ticks : AxisKind::VirtualTime;
        m_timeline->setAxisKind(k);
        m_playback.setAxisKind(k);
    });
    a.ticksAxis->setCheckable(true);
    a.zoomIn = action("zoomIn", QKeySequence(Qt::Key_Plus), [this] { m_timeline->zoomIn(); });
    a.zoomIn->setShortcuts(
        {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence::ZoomIn});
    a.zoomOut = action("zoomOut", QKeySequence(Qt::Key_Minus), [this] { m_timeline->zoomOut(); });
    a.zoomOut->setShortcuts({QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut});
    a.fit = action("zoomToFit", QKeySequence(Qt::Key_F), [this] { m_timeline->zoomToFit(); });
    a.fit->setShortcuts({QKeySequence(Qt::Key_F), QKeySequence(Qt::CTRL | Qt::Key_0)});
    a.arrows = action("arrows", QKeySequence(Qt::Key_A),
                      [this] { m_timeline->setShowArrows(m_actions.arrows->isChecked()); });
    a.arrows->setCheckable(true);
    a.arrows->setChecked(true);
    a.showRestaurant = action("showRestaurant", QKeySequence(Qt::CTRL | Qt::Key_1),
                              [this] { m_stage->setCurrentIndex(0); });
    a.showCompare = action("showCompare", QKeySequence(Qt::CTRL | Qt::Key_2),
                           [this] { m_stage->setCurrentIndex(1); });
    a.presenter = action("presenter", QKeySequence(Qt::Key_F11), [this] { togglePresenter(); });
    a.resetLayout = action("resetLayout", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0),
                           [this] { resetLayout(); });
    a.exportPng =
        action("exportPng", QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportPicture(false); });
    a.exportSvg = action("exportSvg", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                         [this] { exportPicture(true); });
    a.exportTrace = action("exportTrace", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E),
                           [this] { exportChromeTrace(); });
    a.quit = action("quit", QKeySequence::Quit, [this] { close(); });
    a.shortcuts = action("shortcuts", QKeySequence(Qt::Key_F1), [this] { showShortcuts(); });
    a.about = action("about", QKeySequence(Qt::SHIFT | Qt::Key_F1), [this] {
        QMessageBox::about(this, tr("About Coroscope"),
                           tr("<h3>Coroscope %1</h3><p>See concurrency happen: Python's asyncio, "
                              "threads and processes on a simulated machine, drawn as they run.</p>"
                              "<p>MIT licence.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    a.themes = new QActionGroup(this);
    a.languages = new QActionGroup(this);
}

void MainWindow::createMenus() {
    auto& a = m_actions;
    const QColor ink = m_theme->text;
    auto set = [](QAction* act, const QString& text, const QString& tip) {
        act->setText(text);
        QString shortcut = act->shortcut().toString(QKeySequence::NativeText);
        act->setToolTip(shortcut.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, shortcut));
        act->setStatusTip(tip);
    };
    set(a.run, tr("&Run"), tr("Check the script and run it again with the current parameters"));
    a.run->setIcon(actionIcon(ActionIcon::Run, m_theme->timer));
    set(a.stop, tr("&Stop"), tr("End the runs still going at once; what they did stays shown"));
    a.stop->setIcon(actionIcon(ActionIcon::Stop, m_theme->text));
    set(a.reset, tr("Reset to &original"),
        tr("Throw away your edits and restore the lesson's script"));
    set(a.nextLesson, tr("&Next lesson"), tr("Open the next lesson"));
    set(a.previousLesson, tr("&Previous lesson"), tr("Open the previous lesson"));
    set(a.askAgain, tr("&Ask the question again"),
        tr("Put the predict-first question again and restart"));
    set(a.play, m_playback.playing() ? tr("Pause") : tr("Play"),
        tr("Play or pause; at a narration step, go on"));
    a.play->setIcon(actionIcon(m_playback.playing() ? ActionIcon::Pause : ActionIcon::Play, ink));
    set(a.stepForward, tr("Step &forward"), tr("One event forward, at a narration step too"));
    a.stepForward->setIcon(actionIcon(ActionIcon::StepForward, ink));
    set(a.stepBack, tr("Step &back"), tr("One event back"));
    a.stepBack->setIcon(actionIcon(ActionIcon::StepBack, ink));
    set(a.restart, tr("&Restart"), tr("Back to the start of the run"));
    a.restart->setIcon(actionIcon(ActionIcon::Restart, ink));
    set(a.toEnd, tr("To the &end"), tr("Jump to the end of the run"));
    set(a.slower, tr("&Slower"), tr("Halve the playback speed"));
    set(a.faster, tr("F&aster"), tr("Double the playback speed"));
    set(a.next, tr("&Next (clicker)"), tr("Go on past a narration step, else one event forward"));
    set(a.previous, tr("Pre&vious (clicker)"), tr("One event back"));
    set(a.lanesByWorker, tr("Lanes by &worker"),
        tr("One lane per worker (loop, thread, process) instead of per task"));
    a.lanesByWorker->setIcon(actionIcon(ActionIcon::Lanes, ink));
    set(a.ticksAxis, tr("Loop &ticks axis"),
        tr("Space events by loop ticks, so steps that take no time show"));
    a.ticksAxis->setIcon(actionIcon(ActionIcon::Ticks, ink));
    set(a.zoomIn, tr("Zoom &in"), tr("Zoom the timeline in"));
    a.zoomIn->setIcon(actionIcon(ActionIcon::ZoomIn, ink));
    set(a.zoomOut, tr("Zoom &out"), tr("Zoom the timeline out"));
    a.zoomOut->setIcon(actionIcon(ActionIcon::ZoomOut, ink));
    set(a.fit, tr("Zoom to &fit"), tr("Show the whole run"));
    a.fit->setIcon(actionIcon(ActionIcon::Fit, ink));
    set(a.arrows, tr("&Arrows"), tr("Show spawn, await, wake-up and cancel arrows"));
    set(a.showRestaurant, tr("&Restaurant"), tr("Show the restaurant"));
    set(a.showCompare, tr("&Compare"), tr("Show the comparison of the lesson's scripts"));
    set(a.presenter, tr("&Presenter mode"),
        tr("Full screen, large type, high contrast, for a projector"));
    a.presenter->setIcon(actionIcon(ActionIcon::Presenter, ink));
    set(a.resetLayout, tr("Reset &layout"), tr("Put every panel back where it started"));
    set(a.exportPng, tr("Export view as &PNG…"),
        tr("Save the view under the mouse, or the restaurant, as a PNG picture"));
    a.exportPng->setIcon(actionIcon(ActionIcon::Export, ink));
    set(a.exportSvg, tr("Export view as &SVG…"), tr("Save the view as an SVG drawing"));
    set(a.exportTrace, tr("Export &Chrome trace…"),
        tr("Save the run as JSON for Perfetto or chrome://tracing"));
    set(a.quit, tr("&Quit"), tr("Close Coroscope"));
    set(a.shortcuts, tr("&Keyboard shortcuts"), tr("List every shortcut"));
    set(a.about, tr("&About Coroscope"), tr("Version and licence"));

    menuBar()->clear();
    qDeleteAll(menuBar()->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly));
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->addActions({a.exportPng, a.exportSvg, a.exportTrace});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a.quit);
    m_lessonMenu = menuBar()->addMenu(tr("&Lesson"));
    m_lessonMenu->addActions({a.run, a.stop, a.reset, a.askAgain});
    m_lessonMenu->addSeparator();
    m_lessonMenu->addActions({a.previousLesson, a.nextLesson});
    m_lessonMenu->addSeparator();
    for (std::size_t i = 0; i < a.scripts.size(); ++i) {
        QAction* s = a.scripts[i];
        const bool present = lesson() && i < lesson()->scripts.size();
        const LessonScript* script = present ? &lesson()->scripts[i] : nullptr;
        set(s,
            script ? tr("Script &%1: %2")
                         .arg(i + 1)
                         .arg(script->label.isEmpty() ? script->file
                                                      : script->label.in(m_language->code()))
                   : tr("Script %1").arg(i + 1),
            tr("Show and play this script of the lesson"));
        s->setEnabled(present);
        s->setVisible(present);
        m_lessonMenu->addAction(s);
    }
    m_playMenu = menuBar()->addMenu(tr("&Playback"));
    m_playMenu->addActions({a.play, a.stepBack, a.stepForward, a.restart, a.toEnd});
    m_playMenu->addSeparator();
    m_playMenu->addActions({a.slower, a.faster});
    m_playMenu->addSeparator();
    m_playMenu->addActions({a.previous, a.next});
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addActions({a.showRestaurant, a.showCompare});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({a.lanesByWorker, a.ticksAxis, a.arrows, a.zoomIn, a.zoomOut, a.fit});
    m_viewMenu->addSeparator();
    m_panelsMenu = m_viewMenu->addMenu(tr("Pa&nels"));
    int panel = 0;
    for (QDockWidget* d : m_docks) {
        QAction* t = d->toggleViewAction();
        t->setShortcut(
            QKeySequence(Qt::CTRL | Qt::SHIFT | static_cast<Qt::Key>(Qt::Key_1 + panel++)));
        t->setToolTip(tr("Show or hide the %1 panel (%2)")
                          .arg(d->windowTitle(), t->shortcut().toString(QKeySequence::NativeText)));
        if (!actions().contains(t)) addAction(t);
        m_panelsMenu->addAction(t);
    }
    m_panelsMenu->addSeparator();
    m_panelsMenu->addAction(a.resetLayout);
    m_themeMenu = m_viewMenu->addMenu(tr("&Theme"));
    for (QAction* t : a.themes->actions())
        delete t;
    const std::tuple<QString, QString, Qt::Key> themes[] = {
        {QStringLiteral("light"), tr("&Light"), Qt::Key_L},
        {QStringLiteral("dark"), tr("&Dark"), Qt::Key_D},
        {QStringLiteral("contrast"), tr("&High contrast"), Qt::Key_H}};
    for (const auto& [id, label, key] : themes) {
        auto* t = new QAction(label, a.themes);
        t->setCheckable(true);
        t->setData(id);
        t->setChecked(m_theme->name() == id);
        t->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | key));
        t->setToolTip(tr("Use the %1 theme (%2)")
                          .arg(QString(label).remove(QLatin1Char('&')),
                               t->shortcut().toString(QKeySequence::NativeText)));
        addAction(t);
        connect(t, &QAction::triggered, this, [this, theme = id] { setTheme(theme); });
        m_themeMenu->addAction(t);
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(a.presenter);
    m_languageMenu = menuBar()->addMenu(tr("L&anguage"));
    for (QAction* t : a.languages->actions())
        delete t;
    QStringList codes{QString()};
    codes << Language::available();
    int index = 0;
    for (const QString& code : codes) {
        const QString label =
            code.isEmpty()
                ? tr("System language (%1)").arg(Language::nativeName(Language::systemLanguage()))
                : Language::nativeName(code);
        auto* t = new QAction(label, a.languages);
        t->setCheckable(true);
        t->setChecked(m_language->setting() == code);
        t->setShortcut(
            QKeySequence(Qt::CTRL | Qt::ALT | static_cast<Qt::Key>(Qt::Key_0 + index++)));
        t->setToolTip(tr("Show Coroscope and its lessons in this language (%1)")
                          .arg(t->shortcut().toString(QKeySequence::NativeText)));
        addAction(t);
        connect(t, &QAction::triggered, this, [this, code] {
            QSettings().setValue(QStringLiteral("language"), code);
            m_language->set(code);
        });
        m_languageMenu->addAction(t);
    }
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addActions({a.shortcuts, a.about});
}

void MainWindow::exportPicture(bool svg) {
    // The view the mouse is over, or that has the focus; else the stage.
    QWidget* under = QApplication::widgetAt(QCursor::pos());
    QWidget* target = m_stage->currentWidget();
    for (QWidget* w = under ? under : QApplication::focusWidget(); w; w = w->parentWidget()) {
        if (w == m_timeline || w == m_code || w == m_restaurant || w == m_compare) {
            target = w;
            break;
        }
    }
    const QString name = lessonViewName(target == m_timeline  ? LessonView::Timeline
                                        : target == m_code    ? LessonView::Code
                                        : target == m_compare ? LessonView::Compare
                                                              : LessonView::Restaurant);
    const QString dir =
        QSettings()
            .value(QStringLiteral("exportDir"),
                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .toString();
    const QString suffix = svg ? QStringLiteral("svg") : QStringLiteral("png");
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Export view as SVG") : tr("Export view as PNG"),
        QDir(dir).filePath(
            QStringLiteral("%1-%2.%3")
                .arg(lesson() ? lesson()->id : QStringLiteral("coroscope"), name, suffix)),
        svg ? tr("SVG drawings (*.svg)") : tr("PNG pictures (*.png)"));
    if (path.isEmpty()) return;
    QSettings().setValue(QStringLiteral("exportDir"), QFileInfo(path).absolutePath());
    Export::PaintFn paint;
    if (target == m_timeline)
        paint = [this](QPainter& p, const QRect& r) { m_timeline->render(p, r); };
    else if (target == m_restaurant)
        paint = [this](QPainter& p, const QRect& r) { m_restaurant->render(p, r); };
    else if (target == m_compare)
        paint = [this](QPainter& p, const QRect& r) { m_compare->render(p, r); };
    else
        paint = Export::widget(target);
    const QString error = Export::picture(path, target->size(), paint, windowTitle());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::exportChromeTrace() {
    if (!m_current || !m_current->ran()) {
        QMessageBox::information(this, tr("Export"),
                                 tr("Run the script first: there is no trace to export."));
        return;
    }
    const QString dir =
        QSettings()
            .value(QStringLiteral("exportDir"),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chrome trace"),
        QDir(dir).filePath(
            QStringLiteral("%1.trace.json").arg(lesson() ? lesson()->id : QStringLiteral("run"))),
        tr("Chrome trace JSON (*.json)"));
    if (path.isEmpty()) return;
    const QString error = Export::chromeTrace(path, *m_current);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export"), error);
    else
        statusBar()->showMessage(
            tr("Saved %1 (open it in Perfetto)").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::togglePresenter() {
    if (m_presenter) {
        m_presenter->close();
        return;
    }
    m_presenter = new PresenterWindow(this);
    m_presenter->setAttribute(Qt::WA_DeleteOnClose);
    m_presenter->addSharedActions(actions()); // the same keys work there
    m_presenter->setRun(m_current, lesson(), script(), m_language->code());
    m_presenter->setPlayhead(m_playback.playhead());
    m_presenter->setSelectedTask(m_selected);
    m_presenter->setNarration(m_narrationStep, m_narrationWaiting, m_session.runValues(script()));
    m_presenter->setCompare(m_compare->runs());
    // The question or answer up now is the presenter's too.
    if (const Question* q = lesson() ? m_session.questionBefore(script()) : nullptr;
        q && !m_predict->isHidden()) {
        const Question put = fillParameters(*q, lesson()->parameters, m_session.askedValues(q->id));
        const std::shared_ptr<const RunModel> asked = m_session.askedRun(q->id);
        if (!m_predict->answering())
            m_presenter->ask(put);
        else if (asked || m_current)
            m_presenter->answer(put, m_session.answer(q->id),
                                measureRun((asked ? asked : m_current)->trace, q->measure));
    }
    connect(m_presenter, &PresenterWindow::predicted, m_predict, &PredictCard::chosen);
    connect(m_presenter, &PresenterWindow::questionDismissed, m_predict, &PredictCard::dismissed);
    connect(m_presenter, &PresenterWindow::continueRequested, &m_playback,
            &PlaybackController::next);
    // The whole screen the window is on, even where no window manager does it.
    if (QScreen* s = screen()) m_presenter->setGeometry(s->geometry());
    m_presenter->showFullScreen();
}

void MainWindow::showShortcuts() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto* table = new QTableWidget(&dialog);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (QAction* act : actions()) {
        if (act->shortcuts().isEmpty()) continue;
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(act->text().remove(QLatin1Char('&'))));
        QStringList keys;
        for (const QKeySequence& k : act->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        table->setItem(row, 1, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(560, 620);
    dialog.exec();
}

} // namespace coroscope
