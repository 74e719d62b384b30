// SPDX-License-Identifier: MIT
// Opening lessons, running their scripts, and what follows a run.
#include "ui/windows/main_window.h"

#include "model/measure.h"
#include "ui/panels/code_panel.h"
#include "ui/panels/lesson_list.h"
#include "ui/panels/narration_panel.h"
#include "ui/panels/parameters_panel.h"
#include "ui/panels/predict_card.h"
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

#include <utility>

namespace coroscope {

namespace {
QString editKey(const Lesson& lesson, const LessonScript& script) {
    return QStringLiteral("edits/%1/%2").arg(lesson.id, script.file);
}
} // namespace

void MainWindow::loadLessons(const QStringList& roots) {
    m_catalog = LessonLoader(parserScriptChecker()).loadRoots(roots);
    m_lessons->setCatalog(m_catalog, m_language->code());
    m_lessons->setDone(m_done);
    for (const LessonProblem& p : m_catalog.problems)
        qWarning("coroscope: lesson %s", qPrintable(p.describe()));
    const QString last = QSettings().value(QStringLiteral("lastLesson")).toString();
    if (m_catalog.find(last))
        openLesson(last);
    else if (!m_catalog.lessons.empty())
        openLesson(m_catalog.lessons.front().id);
    else
        m_narration->setSummary(tr("No lessons found"),
                                tr("Lessons are folders with a lesson.json; put one in %1.")
                                    .arg(LessonLoader::defaultRoots().value(1)));
}

bool MainWindow::openLesson(const QString& id) {
    const Lesson* lesson = m_catalog.find(id);
    if (!lesson) return false;
    m_pausedAt.reset();
    m_playback.pause();
    m_predict->hide();
    m_lesson = lesson;
    m_script = 0;
    m_runs.assign(lesson->scripts.size(), nullptr);
    m_runGeneration.assign(lesson->scripts.size(), 0);
    m_values.clear();
    for (const LessonParameter& p : lesson->parameters)
        m_values[p.name] =
            QSettings()
                .value(QStringLiteral("parameters/%1/%2").arg(lesson->id, p.name), p.defaultValue)
                .toDouble();
    m_lessons->selectLesson(id);
    const QString lang = m_language->code();
    QStringList labels;
    for (const LessonScript& s : lesson->scripts)
        labels << (s.label.isEmpty() ? s.file : s.label.in(lang));
    m_code->setScripts(labels, 0);
    m_params->setParameters(lesson->parameters, m_values, lang);
    m_narrationStep = -1;
    m_narration->setSummary(lesson->title.in(lang), lesson->summary.in(lang));
    QSettings().setValue(QStringLiteral("lastLesson"), id);
    retranslate();
    createMenus(); // the Lesson menu lists this lesson's scripts
    setCurrentRun(nullptr);
    chooseScript(0);
    showView(lesson->view);
    runAll();
    return true;
}

QWidget* MainWindow::stageWindow() {
    if (m_presenter && m_presenter->isVisible()) return m_presenter;
    return this;
}

bool MainWindow::openScript(int script, std::optional<Time> pausedAt) {
    if (!m_lesson || script < 0 || script >= static_cast<int>(m_lesson->scripts.size()))
        return false;
    chooseScript(script);
    if (!pausedAt) return true;
    m_pausedAt = std::max<Time>(*pausedAt, 0);
    if (m_current) {
        m_playback.seek(*m_pausedAt);
        m_pausedAt.reset();
        if (m_momentShown) std::exchange(m_momentShown, nullptr)();
    }
    return true;
}

void MainWindow::showView(const QString& view) {
    if (view == QStringLiteral("compare")) {
        m_stage->setCurrentWidget(m_compare);
    } else {
        m_stage->setCurrentWidget(m_restaurant);
        if (view == QStringLiteral("timeline")) {
            m_docks[2]->show();
            m_docks[2]->raise();
            m_timeline->setFocus();
        } else if (view == QStringLiteral("code")) {
            m_docks[1]->show();
            m_docks[1]->raise();
        }
    }
}

QString MainWindow::sourceOf(int index) const {
    if (!m_lesson || index < 0 || index >= static_cast<int>(m_lesson->scripts.size())) return {};
    const LessonScript& s = m_lesson->scripts[static_cast<std::size_t>(index)];
    return QSettings().value(editKey(*m_lesson, s), s.source).toString();
}

void MainWindow::chooseScript(int index) {
    if (!m_lesson || index < 0 || index >= static_cast<int>(m_lesson->scripts.size())) return;
    m_playback.pause();
    m_predict->hide(); // a question or answer belongs to the script it was about
    m_pausedAt.reset();
    m_script = index;
    m_code->setCurrentScript(index);
    m_loadingSource = true;
    m_code->editor()->setPlainText(sourceOf(index));
    m_loadingSource = false;
    const LessonScript& s = m_lesson->scripts[static_cast<std::size_t>(index)];
    m_code->setModified(sourceOf(index) != s.source);
    m_code->showMessage({}, false);
    setCurrentRun(m_runs[static_cast<std::size_t>(index)]);
    if (m_presenter) m_presenter->setRun(m_current, m_lesson, m_script, m_language->code());
}

void MainWindow::sourceEdited() {
    if (m_loadingSource || !m_lesson) return;
    const LessonScript& s = m_lesson->scripts[static_cast<std::size_t>(m_script)];
    const QString text = m_code->editor()->toPlainText();
    // Edits are kept per lesson and script until reset.
    if (text == s.source)
        QSettings().remove(editKey(*m_lesson, s));
    else
        QSettings().setValue(editKey(*m_lesson, s), text);
    m_code->setModified(text != s.source);
}

void MainWindow::resetSource() {
    if (!m_lesson) return;
    const LessonScript& s = m_lesson->scripts[static_cast<std::size_t>(m_script)];
    QSettings().remove(editKey(*m_lesson, s));
    m_loadingSource = true;
    m_code->editor()->setPlainText(s.source);
    m_loadingSource = false;
    m_code->setModified(false);
    runCurrent();
}

void MainWindow::parametersChanged(const QMap<QString, double>& values) {
    m_values = values;
    if (m_lesson)
        for (auto it = values.begin(); it != values.end(); ++it)
            QSettings().setValue(QStringLiteral("parameters/%1/%2").arg(m_lesson->id, it.key()),
                                 it.value());
    runAll();
}

void MainWindow::runCurrent() {
    if (!m_lesson) return;
    runScript(m_script);
    if (m_lesson->compare)
        for (int i = 0; i < static_cast<int>(m_lesson->scripts.size()); ++i)
            if (i != m_script) runScript(i);
}

void MainWindow::runAll() {
    if (!m_lesson) return;
    runScript(m_script);
    for (int i = 0; i < static_cast<int>(m_lesson->scripts.size()); ++i)
        if (i != m_script) runScript(i);
}

bool MainWindow::parsesCleanly(int index, const QString& source) {
    const ScriptChecker check = parserScriptChecker();
    if (!check) return true;
    const LessonScript& script = m_lesson->scripts[static_cast<std::size_t>(index)];
    const std::optional<ScriptIssue> issue = check(script.file, source);
    if (!issue) return true;
    if (index == m_script) {
        m_code->editor()->setIssue(issue);
        m_code->showMessage(tr("%1, line %2, column %3: %4")
                                .arg(script.file)
                                .arg(issue->line)
                                .arg(issue->column)
                                .arg(issue->message),
                            true);
    }
    return false;
}

QCoro::Task<> MainWindow::runScript(int index) {
    if (!m_lesson) co_return;
    const auto slot = static_cast<std::size_t>(index);
    const QString source = index == m_script ? m_code->editor()->toPlainText() : sourceOf(index);
    const LessonScript& script = m_lesson->scripts[slot];
    // A script that does not parse is shown in place and not run. (Checked
    // in a plain function: no temporaries in this coroutine's frame.)
    if (!parsesCleanly(index, source)) co_return;
    if (index == m_script) {
        m_code->editor()->setIssue(std::nullopt);
        m_code->showMessage(tr("Running %1…").arg(script.file), false);
    }
    // Serial numbers never repeat, not even when the lesson is opened again.
    const std::uint64_t generation = ++m_runSerial;
    m_runGeneration[slot] = generation;
    const QString lessonId = m_lesson->id;
    QPointer<MainWindow> self(this);
    ScriptJob job{script.file, source, m_lesson->parametersFor(source, m_values),
                  m_lesson->watchedLines(index)};
    ++m_runsInFlight;
    auto running = LessonRunner::run(std::move(job));
    std::shared_ptr<const RunModel> run = co_await running;
    if (!self) co_return;
    --m_runsInFlight;
    if (!m_lesson || m_lesson->id != lessonId || m_runGeneration[slot] != generation) co_return;
    runFinished(index, std::move(run));
}

void MainWindow::runFinished(int index, std::shared_ptr<const RunModel> run) {
    const auto slot = static_cast<std::size_t>(index);
    const LessonScript& script = m_lesson->scripts[slot];
    if (index == m_script) {
        if (!run->ran()) {
            // Rejected before running: say where, keep what was shown.
            std::optional<ScriptIssue> issue;
            QStringList lines;
            for (const RunProblem& p : run->problems) {
                if (!issue && p.line > 0)
                    issue = ScriptIssue{p.line, p.column, p.endLine, p.endColumn,
                                        QString::fromStdString(p.message)};
                lines << (p.line > 0 ? tr("%1, line %2: %3")
                                           .arg(script.file)
                                           .arg(p.line)
                                           .arg(QString::fromStdString(p.message))
                                     : QString::fromStdString(p.message));
            }
            m_code->editor()->setIssue(issue);
            m_code->showMessage(lines.join(QLatin1Char('\n')), true);
            updateCompare();
            return;
        }
        m_code->showMessage(run->exitStatus == 1 ? QString::fromStdString(run->err).trimmed()
                                                 : QString(),
                            run->exitStatus == 1);
    }
    if (run->ran()) m_runs[slot] = run;
    if (index == m_script) {
        setCurrentRun(run);
        if (m_pausedAt) {
            m_playback.seek(*m_pausedAt);
            m_pausedAt.reset();
            if (m_momentShown) std::exchange(m_momentShown, nullptr)();
        } else {
            askFirst();
        }
    }
    updateCompare();
}

void MainWindow::showRun(std::shared_ptr<const RunModel> run) {
    if (m_lesson && m_script < static_cast<int>(m_runs.size()))
        m_runs[static_cast<std::size_t>(m_script)] = run;
    setCurrentRun(std::move(run));
}

void MainWindow::setCurrentRun(std::shared_ptr<const RunModel> run) {
    m_current = run && run->ran() ? run : nullptr;
    m_selected = 0;
    m_timeline->setRun(m_current);
    m_restaurant->setRun(m_current);
    m_log->setRun(m_current);
    m_output->setRun(m_current);
    m_code->editor()->setRun(m_current);
    m_code->editor()->setMarks({});
    m_transport->setRun(m_current);
    m_transport->setExtent(m_current ? m_current->trace.endTime() : 0,
                           m_current ? m_current->trace.size() : 0);
    std::vector<NarrationCue> cues;
    if (m_current && m_lesson) cues = scheduleNarration(*m_lesson, m_script, m_current->trace);
    m_playback.setRun(m_current, std::move(cues));
    if (m_presenter) m_presenter->setRun(m_current, m_lesson, m_script, m_language->code());
    selectTask(0);
}

void MainWindow::showNarration(int step, bool waiting) {
    m_narrationStep = step;
    m_narrationWaiting = waiting;
    if (!m_lesson) return;
    const QString lang = m_language->code();
    if (step < 0 || step >= static_cast<int>(m_lesson->narration.size())) {
        m_narration->setSummary(m_lesson->title.in(lang), m_lesson->summary.in(lang));
    } else {
        const auto steps = m_lesson->stepsOf(m_script);
        const int position =
            static_cast<int>(std::find(steps.begin(), steps.end(), step) - steps.begin());
        m_narration->setStep(
            m_lesson->narrationFor(m_lesson->narration[static_cast<std::size_t>(step)].id, lang),
            position, static_cast<int>(steps.size()), waiting);
    }
    if (m_presenter) m_presenter->setNarration(step, waiting);
}

const Question* MainWindow::questionBefore(int script) const {
    if (!m_lesson || script < 0 || script >= static_cast<int>(m_lesson->scripts.size()))
        return nullptr;
    for (const Question& q : m_lesson->questions)
        if (q.before == m_lesson->scripts[static_cast<std::size_t>(script)].file) return &q;
    return nullptr;
}

bool MainWindow::askFirst() {
    const Question* q = questionBefore(m_script);
    if (!q || m_asked.contains(q->id) || !m_current) return false;
    m_asked.insert(q->id);
    m_playback.pause();
    m_predict->ask(*q, m_language->code());
    if (m_presenter) m_presenter->ask(*q);
    return true;
}

void MainWindow::playbackFinished() {
    markDone();
    const Question* q = questionBefore(m_script);
    if (!q || !m_current || !m_asked.contains(q->id)) return;
    const Measured measured = measureRun(m_current->trace, q->measure);
    m_predict->answer(*q, m_language->code(), m_answers.value(q->id, -1), measured);
}

void MainWindow::markDone() {
    if (!m_lesson || m_done.contains(m_lesson->id)) return;
    m_done.insert(m_lesson->id);
    QSettings().setValue(QStringLiteral("progress/done"),
                         QStringList(m_done.begin(), m_done.end()));
    m_lessons->setDone(m_done);
}

void MainWindow::updateCompare() {
    if (!m_lesson) return;
    std::vector<ComparedRun> runs;
    if (m_lesson->compare)
        for (std::size_t i = 0; i < m_lesson->scripts.size(); ++i) {
            const LessonScript& s = m_lesson->scripts[i];
            runs.push_back(
                {s.label.isEmpty() ? s.file : s.label.in(m_language->code()), m_runs[i]});
        }
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
    if (!m_lesson) return;
    for (std::size_t i = 0; i < m_catalog.lessons.size(); ++i)
        if (m_catalog.lessons[i].id == m_lesson->id) {
            const auto j = static_cast<std::ptrdiff_t>(i) + direction;
            if (j >= 0 && j < static_cast<std::ptrdiff_t>(m_catalog.lessons.size()))
                openLesson(m_catalog.lessons[static_cast<std::size_t>(j)].id);
            return;
        }
}

} // namespace coroscope
