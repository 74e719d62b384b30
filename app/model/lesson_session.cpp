// SPDX-License-Identifier: MIT
#include "model/lesson_session.h"

#include "core/assert.h"

#include <QPointer>
#include <QSettings>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace coroscope {

namespace {

QString editKey(const Lesson& lesson, const LessonScript& script) {
    return QStringLiteral("edits/%1/%2").arg(lesson.id, script.file);
}

QString parameterKey(const Lesson& lesson, const QString& name) {
    return QStringLiteral("parameters/%1/%2").arg(lesson.id, name);
}

const QString kDoneKey = QStringLiteral("progress/done");

} // namespace

double clampParameter(const LessonParameter& parameter, double value) {
    if (!(parameter.minimum <= parameter.maximum)) return value;
    return std::clamp(value, parameter.minimum, parameter.maximum);
}

LessonSession::LessonSession(Runner runner, ScriptChecker checker, QObject* parent)
    : QObject(parent)
    , m_runner(std::move(runner))
    , m_checker(std::move(checker)) {
    const QStringList done = QSettings().value(kDoneKey).toStringList();
    m_done = QSet<QString>(done.begin(), done.end());
}

void LessonSession::open(const Lesson* lesson) {
    m_lesson = lesson;
    m_script = 0;
    const std::size_t scripts = lesson ? lesson->scripts.size() : 0;
    m_runs.assign(scripts, nullptr);
    m_generation.assign(scripts, 0);
    m_values.clear();
    if (!lesson) return;
    for (const LessonParameter& p : lesson->parameters)
        m_values[p.name] = clampParameter(
            p, QSettings().value(parameterKey(*lesson, p.name), p.defaultValue).toDouble());
    checkInvariants();
}

int LessonSession::scriptCount() const {
    return m_lesson ? static_cast<int>(m_lesson->scripts.size()) : 0;
}

void LessonSession::checkInvariants() const {
    const auto scripts = static_cast<std::size_t>(scriptCount());
    COROSCOPE_ASSERT(m_runs.size() == scripts && m_generation.size() == scripts,
                     "one run slot and one generation per script");
    COROSCOPE_ASSERT(m_runsInFlight >= 0, "every finished run was started");
    COROSCOPE_ASSERT(scripts == 0 || validScript(m_script), "the shown script exists");
    if (m_lesson)
        for (const LessonParameter& p : m_lesson->parameters)
            COROSCOPE_ASSERT(!m_values.contains(p.name) ||
                                 clampParameter(p, m_values.value(p.name)) ==
                                     m_values.value(p.name),
                             "parameter values stay inside their ranges");
}

bool LessonSession::validScript(int index) const {
    return index >= 0 && index < scriptCount();
}

void LessonSession::setScript(int index) {
    if (validScript(index)) m_script = index;
}

void LessonSession::runCurrent() {
    if (!m_lesson) return;
    runScript(m_script);
    if (m_lesson->compare)
        for (int i = 0; i < scriptCount(); ++i)
            if (i != m_script) runScript(i);
}

void LessonSession::runAll() {
    if (!m_lesson) return;
    runScript(m_script);
    for (int i = 0; i < scriptCount(); ++i)
        if (i != m_script) runScript(i);
}

void LessonSession::runScript(int index) {
    if (!validScript(index)) return;
    const auto slot = static_cast<std::size_t>(index);
    const LessonScript& script = m_lesson->scripts[slot];
    const QString text = source(index);
    // A script that does not parse is not run; the window shows where.
    if (m_checker)
        if (const std::optional<ScriptIssue> issue = m_checker(script.file, text)) {
            Q_EMIT runRejected(index, *issue);
            return;
        }
    Q_EMIT runStarted(index);
    const std::uint64_t generation = ++m_runSerial;
    m_generation[slot] = generation;
    ScriptJob job{script.file, text, m_lesson->parametersFor(text, m_values),
                  m_lesson->watchedLines(index)};
    ++m_runsInFlight;
    // The runner may call back after this session is gone, or at once.
    m_runner(std::move(job), [self = QPointer<LessonSession>(this), index, lessonId = m_lesson->id,
                              generation](std::shared_ptr<const RunModel> run) {
        if (self) self->finished(index, lessonId, generation, std::move(run));
    });
}

void LessonSession::finished(int index, const QString& lessonId, std::uint64_t generation,
                             std::shared_ptr<const RunModel> run) {
    --m_runsInFlight;
    if (!m_lesson || m_lesson->id != lessonId || !validScript(index) ||
        m_generation[static_cast<std::size_t>(index)] != generation)
        return;
    if (run && run->ran()) m_runs[static_cast<std::size_t>(index)] = run;
    checkInvariants();
    Q_EMIT runReady(index, std::move(run));
}

std::shared_ptr<const RunModel> LessonSession::run(int index) const {
    return validScript(index) ? m_runs[static_cast<std::size_t>(index)] : nullptr;
}

void LessonSession::setRun(int index, std::shared_ptr<const RunModel> run) {
    if (validScript(index)) m_runs[static_cast<std::size_t>(index)] = std::move(run);
}

const Question* LessonSession::questionBefore(int script) const {
    if (!validScript(script)) return nullptr;
    for (const Question& q : m_lesson->questions)
        if (q.before == m_lesson->scripts[static_cast<std::size_t>(script)].file) return &q;
    return nullptr;
}

const Question* LessonSession::takeQuestion() {
    const Question* q = questionBefore(m_script);
    if (!q || m_asked.contains(q->id)) return nullptr;
    m_asked.insert(q->id);
    return q;
}

void LessonSession::recordAnswer(int choice) {
    const Question* q = questionBefore(m_script);
    if (!q) return;
    m_answers[q->id] = choice;
    Q_EMIT answerRecorded(q->id, choice);
}

bool LessonSession::forgetQuestion() {
    const Question* q = questionBefore(m_script);
    if (!q) return false;
    m_asked.remove(q->id);
    m_answers.remove(q->id);
    return true;
}

void LessonSession::setParameters(const QMap<QString, double>& values) {
    m_values = values;
    if (m_lesson)
        for (const LessonParameter& p : m_lesson->parameters)
            if (m_values.contains(p.name)) m_values[p.name] = clampParameter(p, m_values[p.name]);
    if (m_lesson)
        for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
            QSettings().setValue(parameterKey(*m_lesson, it.key()), it.value());
    checkInvariants();
    Q_EMIT parametersChanged(m_values);
    runAll();
}

QString LessonSession::source(int index) const {
    if (!validScript(index)) return {};
    const LessonScript& s = m_lesson->scripts[static_cast<std::size_t>(index)];
    return QSettings().value(editKey(*m_lesson, s), s.source).toString();
}

bool LessonSession::isEdited(int index) const {
    return validScript(index) &&
           source(index) != m_lesson->scripts[static_cast<std::size_t>(index)].source;
}

void LessonSession::setSource(int index, const QString& text) {
    if (!validScript(index)) return;
    const LessonScript& s = m_lesson->scripts[static_cast<std::size_t>(index)];
    // Edits are kept per lesson and script until reset.
    if (text == s.source)
        QSettings().remove(editKey(*m_lesson, s));
    else
        QSettings().setValue(editKey(*m_lesson, s), text);
    Q_EMIT editChanged(index, text != s.source);
}

void LessonSession::resetSource(int index) {
    if (!validScript(index)) return;
    QSettings().remove(editKey(*m_lesson, m_lesson->scripts[static_cast<std::size_t>(index)]));
    Q_EMIT editChanged(index, false);
}

void LessonSession::markDone() {
    if (!m_lesson || m_done.contains(m_lesson->id)) return;
    m_done.insert(m_lesson->id);
    QSettings().setValue(kDoneKey, QStringList(m_done.begin(), m_done.end()));
    Q_EMIT lessonDone(m_lesson->id);
}

} // namespace coroscope
