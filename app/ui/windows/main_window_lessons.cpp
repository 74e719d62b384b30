// SPDX-License-Identifier: MIT
// Opening lessons, running their scripts, and what follows a run.
#include "ui/windows/main_window.h"

#include "model/lesson_view.h"
#include "model/measure.h"
#include "model/script_constants.h"
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

#include <QDockWidget>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <utility>

namespace coroscope {

void MainWindow::loadLessons(const QStringList& roots) {
    m_catalog = LessonLoader(scriptChecker()).loadRoots(roots);
    m_lessons->setCatalog(m_catalog, m_language->code());
    m_lessons->setDone(m_session.done());
    for (const LessonProblem& p : m_catalog.problems)
        qWarning("coroscope: lesson %s", qPrintable(p.describe()));
    // Nothing runs at start-up until the learner asks: an edit that once
    // crashed or ran away must not do it again at every start.
    const QString last = QSettings().value(QStringLiteral("lastLesson")).toString();
    if (m_catalog.find(last))
        showLesson(last, false);
    else if (!m_catalog.lessons.empty())
        showLesson(m_catalog.lessons.front().id, false);
    else
        m_narration->setSummary(tr("No lessons found"),
                                tr("Lessons are folders with a lesson.json; put one in %1.")
                                    .arg(LessonLoader::defaultRoots().value(1)));
}

bool MainWindow::openLesson(const QString& id) {
    return showLesson(id, true);
}

bool MainWindow::showLesson(const QString& id, bool run) {
    const Lesson* lesson = m_catalog.find(id);
    if (!lesson) return false;
    m_pausedAt.reset();
    m_playback.pause();
    m_predict->hide();
    m_session.open(lesson);
    m_lessons->selectLesson(id);
    const QString lang = m_language->code();
    QStringList labels;
    for (const LessonScript& s : lesson->scripts)
        labels << (s.label.isEmpty() ? s.file : s.label.in(lang));
    m_code->setScripts(labels, 0);
    m_narrationStep = -1;
    m_narration->setSummary(lesson->title.in(lang), lesson->summary.in(lang));
    QSettings().setValue(QStringLiteral("lastLesson"), id);
    retranslate();
    createMenus(); // the Lesson menu lists this lesson's scripts
    setCurrentRun(nullptr);
    chooseScript(0);
    showView(lesson->view);
    if (run) m_session.runAll();
    return true;
}

QWidget* MainWindow::stageWindow() {
    if (m_presenter && m_presenter->isVisible()) return m_presenter;
    return this;
}

bool MainWindow::openScript(int script, std::optional<Time> pausedAt) {
    if (!lesson() || script < 0 || script >= static_cast<int>(lesson()->scripts.size()))
        return false;
    chooseScript(script);
    if (!pausedAt) return true;
    m_pausedAt = std::max<Time>(*pausedAt, 0);
    if (m_current) {
        m_playback.seek(*m_pausedAt);
        m_pausedAt.reset();
        if (m_momentShown) std::exchange(m_momentShown, nullptr)();
    } else if (m_session.runsInFlight() == 0) {
        // A moment of a script was asked for: that asks for its run.
        m_session.runAll();
    }
    return true;
}

void MainWindow::showView(const QString& view) {
    // A name not in the table shows the restaurant.
    const LessonView shown = lessonViewNamed(view).value_or(LessonView::Restaurant);
    if (shown == LessonView::Compare) {
        m_stage->setCurrentWidget(m_compare);
        return;
    }
    m_stage->setCurrentWidget(m_restaurant);
    if (shown == LessonView::Timeline) {
        m_docks[2]->show();
        m_docks[2]->raise();
        m_timeline->setFocus();
    } else if (shown == LessonView::Code) {
        m_docks[1]->show();
        m_docks[1]->raise();
    }
}

void MainWindow::chooseScript(int index) {
    if (!lesson() || index < 0 || index >= static_cast<int>(lesson()->scripts.size())) return;
    m_playback.pause();
    m_predict->hide(); // a question or answer belongs to the script it was about
    setOpenQuestion(nullptr);
    m_pausedAt.reset();
    m_session.setScript(index);
    m_code->setCurrentScript(index);
    m_loadingSource = true;
    m_code->editor()->setPlainText(m_session.source(index));
    m_loadingSource = false;
    m_code->editor()->setChangedLines({});
    // Only what this script takes: another script's constant would change nothing here.
    m_params->setParameters(m_session.parametersOf(index), m_session.parameters(),
                            m_language->code());
    m_code->setModified(m_session.isEdited(index));
    m_code->showMessage({}, false);
    setCurrentRun(m_session.run(index));
    if (m_presenter) m_presenter->setRun(m_current, lesson(), script(), m_language->code());
    promptToRun();
}

void MainWindow::promptToRun() {
    if (!lesson() || m_session.run(script()) || m_session.running(script())) return;
    m_code->showMessage(tr("Press Run (%1) to run this script and see what it does.")
                            .arg(m_actions.run->shortcut().toString(QKeySequence::NativeText)),
                        false);
}

void MainWindow::sourceEdited() {
    if (m_loadingSource || !lesson()) return;
    m_session.setSource(script(), m_code->editor()->toPlainText());
}

void MainWindow::showConstants() {
    if (!lesson()) return;
    // Line by line, so the learner's cursor, scroll and undo stay where they were.
    const QStringList want = m_session.source(script()).split(QLatin1Char('\n'));
    QTextDocument* doc = m_code->editor()->document();
    if (doc->blockCount() != want.size()) return; // the code is being typed: it follows later
    std::vector<int> changed;
    m_loadingSource = true;
    for (int i = 0; i < want.size(); ++i) {
        const QTextBlock block = doc->findBlockByNumber(i);
        if (block.text() == want[i]) continue;
        QTextCursor c(block);
        c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        c.insertText(want[i]);
        changed.push_back(i + 1);
    }
    m_loadingSource = false;
    if (changed.empty()) return;
    m_code->editor()->setChangedLines(changed);
    QTextCursor at(doc->findBlockByNumber(changed.front() - 1));
    m_code->editor()->setTextCursor(at);
    m_code->editor()->ensureCursorVisible();
}

void MainWindow::resetSource() {
    if (!lesson()) return;
    m_session.stopRun(script()); // the edit's run is not the one to show
    m_session.resetSource(script());
    m_loadingSource = true;
    m_code->editor()->setPlainText(lesson()->scripts[static_cast<std::size_t>(script())].source);
    m_loadingSource = false;
    m_code->setModified(false);
    m_session.runCurrent();
}

void MainWindow::showRejected(int index, const ScriptIssue& issue) {
    if (index != script()) return;
    const LessonScript& s = lesson()->scripts[static_cast<std::size_t>(index)];
    m_code->editor()->setIssue(issue);
    m_code->showMessage(tr("%1, line %2, column %3: %4")
                            .arg(s.file)
                            .arg(issue.line)
                            .arg(issue.column)
                            .arg(issue.message),
                        true);
}

void MainWindow::showRunsInFlight(int runs) {
    m_actions.stop->setEnabled(runs > 0);
    m_code->setRunning(runs > 0);
    m_progress->setRunning(runs);
}

void MainWindow::showRunning(int index) {
    if (index != script()) return;
    m_code->editor()->setIssue(std::nullopt);
    m_code->showMessage(
        tr("Running %1…").arg(lesson()->scripts[static_cast<std::size_t>(index)].file), false);
}

void MainWindow::runFinished(int index, const std::shared_ptr<const RunModel>& run) {
    // The session has kept the run (when it ran) and checked it is still awaited.
    if (index != script()) {
        updateCompare();
        return;
    }
    const LessonScript& s = lesson()->scripts[static_cast<std::size_t>(index)];
    if (!run->ran()) {
        // Rejected before running: say where, keep what was shown.
        std::optional<ScriptIssue> issue;
        QStringList lines;
        for (const RunProblem& p : run->problems) {
            if (!issue && p.line > 0)
                issue = ScriptIssue{p.line, p.column, p.endLine, p.endColumn,
                                    QString::fromStdString(p.message)};
            lines << (p.line > 0 ? tr("%1, line %2: %3")
                                       .arg(s.file)
                                       .arg(p.line)
                                       .arg(QString::fromStdString(p.message))
                                 : QString::fromStdString(p.message));
        }
        m_code->editor()->setIssue(issue);
        m_code->showMessage(lines.join(QLatin1Char('\n')), true);
        if (m_pausedAt && m_momentFailed) {
            m_pausedAt.reset();
            m_momentShown = nullptr;
            std::exchange(m_momentFailed, nullptr)(lines.join(QLatin1Char('\n')));
        }
        updateCompare();
        return;
    }
    m_code->showMessage(run->exitStatus == 1 ? QString::fromStdString(run->err).trimmed()
                                             : QString(),
                        run->exitStatus == 1);
    setCurrentRun(run);
    if (m_pausedAt) {
        m_playback.seek(*m_pausedAt);
        m_pausedAt.reset();
        if (m_momentShown) std::exchange(m_momentShown, nullptr)();
    } else {
        askFirst();
    }
    updateCompare();
}

void MainWindow::showRun(const std::shared_ptr<const RunModel>& run) {
    if (lesson()) m_session.setRun(script(), run);
    setCurrentRun(run);
}

void MainWindow::setCurrentRun(const std::shared_ptr<const RunModel>& run) {
    m_current = run && run->ran() ? run : nullptr;
    m_selected = 0;
    m_timeline->setRun(m_current);
    m_restaurant->setRun(m_current);
    m_log->setRun(m_current);
    m_output->setRun(m_current);
    m_code->editor()->setRun(m_current);
    m_code->editor()->setMarks({});
    m_code->editor()->setNotes({});
    m_transport->setRun(m_current);
    m_transport->setExtent(m_current ? m_current->trace.endTime() : 0,
                           m_current ? m_current->trace.size() : 0);
    std::vector<NarrationCue> cues;
    if (m_current && lesson()) cues = scheduleNarration(*lesson(), script(), m_current->trace);
    m_playback.setRun(m_current, std::move(cues));
    if (m_presenter) m_presenter->setRun(m_current, lesson(), script(), m_language->code());
    selectTask(0);
}

void MainWindow::showNarration(int step, bool waiting) {
    m_narrationStep = step;
    m_narrationWaiting = waiting;
    if (!lesson()) return;
    const QString lang = m_language->code();
    if (step < 0 || step >= static_cast<int>(lesson()->narration.size())) {
        m_narration->setSummary(lesson()->title.in(lang), lesson()->summary.in(lang));
    } else {
        const auto steps = lesson()->stepsOf(script());
        const int position =
            static_cast<int>(std::find(steps.begin(), steps.end(), step) - steps.begin());
        // The numbers the narration says are the run's own.
        m_narration->setStep(
            fillParameters(lesson()->narrationFor(
                               lesson()->narration[static_cast<std::size_t>(step)].id, lang),
                           lesson()->parameters, m_session.runValues(script()), lang),
            position, static_cast<int>(steps.size()), waiting);
    }
    if (m_presenter) m_presenter->setNarration(step, waiting, m_session.runValues(script()));
}

bool MainWindow::askFirst() {
    if (!m_current) return false;
    const Question* q = m_session.takeQuestion();
    if (!q) return false;
    // Before the run moves at all: nothing past its start is on screen.
    m_playback.pause();
    m_playback.restart();
    const Question put = fillParameters(*q, lesson()->parameters, m_session.askedValues(q->id));
    setOpenQuestion(&put);
    m_predict->ask(put, m_language->code());
    if (m_presenter) m_presenter->ask(put);
    return true;
}

void MainWindow::setOpenQuestion(const Question* question) {
    m_openQuestion = question ? std::optional<Question>(*question) : std::nullopt;
    std::optional<Concealed> concealed;
    if (question && lesson())
        concealed = Concealed{lesson()->scriptIndex(question->before), question->measure};
    m_compare->setConcealed(concealed);
}

void MainWindow::playbackFinished() {
    m_session.markDone();
    const Question* q = m_session.questionBefore(script());
    if (!q || !m_current || !m_session.asked(q->id)) return;
    // Judged against the run it was asked about, in the words put then.
    const std::shared_ptr<const RunModel> asked = m_session.askedRun(q->id);
    const Measured measured = measureRun((asked ? asked : m_current)->trace, q->measure);
    const Question put = fillParameters(*q, lesson()->parameters, m_session.askedValues(q->id));
    m_predict->answer(put, m_language->code(), m_session.answer(q->id), measured);
    if (m_presenter) m_presenter->answer(put, m_session.answer(q->id), measured);
}

void MainWindow::updateCompare() {
    if (!lesson()) return;
    std::vector<ComparedRun> runs;
    if (lesson()->compare)
        for (std::size_t i = 0; i < lesson()->scripts.size(); ++i) {
            const LessonScript& s = lesson()->scripts[i];
            runs.push_back(
                {s.label.isEmpty() ? s.file : s.label.in(m_language->code()), m_session.runs()[i]});
        }
    if (m_presenter) m_presenter->setCompare(runs);
    m_compare->setRuns(std::move(runs));
}

void MainWindow::selectTask(TaskId task) {
    m_selected = task;
    m_timeline->setSelectedTask(task);
    m_restaurant->setSelectedTask(task);
    m_code->editor()->setSelectedTask(task);
    m_log->setSelectedTask(task);
    if (m_presenter) m_presenter->setSelectedTask(task);
    if (task && m_current)
        statusBar()->showMessage(
            tr("Selected %1").arg(QString::fromStdString(m_current->trace.taskName(task))), 4000);
}

void MainWindow::nextLesson(int direction) {
    if (!lesson()) return;
    for (std::size_t i = 0; i < m_catalog.lessons.size(); ++i)
        if (m_catalog.lessons[i].id == lesson()->id) {
            const auto j = static_cast<std::ptrdiff_t>(i) + direction;
            if (j >= 0 && j < static_cast<std::ptrdiff_t>(m_catalog.lessons.size()))
                openLesson(m_catalog.lessons[static_cast<std::size_t>(j)].id);
            return;
        }
}

} // namespace coroscope
