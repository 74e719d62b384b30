// SPDX-License-Identifier: MIT
#include "model/lesson_session.h"

#include "core/assert.h"
#include "model/script_constants.h"

#include <QPointer>
#include <QSettings>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace coroscope {

namespace {

// Where earlier versions kept an edit, in the settings; moved to a file on open.
QString legacyEditKey(const Lesson& lesson, const LessonScript& script) {
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

LessonSession::LessonSession(Runner runner, ScriptChecker checker, QObject* parent, EditStore edits)
    : QObject(parent)
    , m_runner(std::move(runner))
    , m_checker(std::move(checker))
    , m_store(std::move(edits)) {
    const QStringList done = QSettings().value(kDoneKey).toStringList();
    m_done = QSet<QString>(done.begin(), done.end());
}

LessonSession::~LessonSession() {
    stopRuns();
}

void LessonSession::open(const Lesson* lesson) {
    m_lesson = lesson;
    m_script = 0;
    const std::size_t scripts = lesson ? lesson->scripts.size() : 0;
    m_runs.assign(scripts, nullptr);
    m_generation.assign(scripts, 0);
    m_runValues.assign(scripts, {});
    m_startValues.assign(scripts, {});
    m_edits.assign(scripts, std::nullopt);
    stopRuns(); // the runs of the lesson before are not awaited any more
    m_stops.assign(scripts, nullptr);
    m_values.clear();
    if (!lesson) return;
    QSettings settings;
    for (std::size_t i = 0; i < scripts; ++i) {
        const LessonScript& s = lesson->scripts[i];
        const QString key = legacyEditKey(*lesson, s);
        if (settings.contains(key)) {
            const QString text = settings.value(key).toString();
            if (m_store.save(lesson->id, s.file, text)) settings.remove(key);
            m_edits[i] = text;
            continue;
        }
        m_edits[i] = m_store.load(lesson->id, s.file);
    }
    reportStoreProblems();
    for (const LessonParameter& p : lesson->parameters)
        m_values[p.name] = clampParameter(
            p, QSettings().value(parameterKey(*lesson, p.name), p.defaultValue).toDouble());
    // An edit's constants are what the learner last wrote: they win over a
    // value the range held in.
    for (int i = 0; i < scriptCount(); ++i)
        if (isEdited(i)) takeConstants(keptSource(i));
    checkInvariants();
}

int LessonSession::scriptCount() const {
    return m_lesson ? static_cast<int>(m_lesson->scripts.size()) : 0;
}

void LessonSession::checkInvariants() const {
    const auto scripts = static_cast<std::size_t>(scriptCount());
    COROSCOPE_ASSERT(m_runs.size() == scripts && m_generation.size() == scripts &&
                         m_runValues.size() == scripts && m_startValues.size() == scripts &&
                         m_edits.size() == scripts && m_stops.size() == scripts,
                     "one run slot, generation, set of values, edit and stop per script");
    COROSCOPE_ASSERT(m_runsInFlight >= 0, "every finished run was started");
    COROSCOPE_ASSERT(scripts == 0 || validScript(m_script), "the shown script exists");
    if (m_lesson)
        for (const LessonParameter& p : m_lesson->parameters)
            COROSCOPE_ASSERT(
                !p.name.startsWith(QStringLiteral("machine.")) || !m_values.contains(p.name) ||
                    clampParameter(p, m_values.value(p.name)) == m_values.value(p.name),
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
    // The others too when they are compared, or when they ran with values
    // the learner has since changed (in the code of this script).
    for (int i = 0; i < scriptCount(); ++i)
        if (i != m_script && (m_lesson->compare || stale(i))) runScript(i);
}

bool LessonSession::stale(int index) const {
    if (!validScript(index) || !m_runs[static_cast<std::size_t>(index)]) return false;
    const QMap<QString, double>& ran = m_runValues[static_cast<std::size_t>(index)];
    for (auto it = ran.cbegin(); it != ran.cend(); ++it)
        if (m_values.value(it.key(), it.value()) != it.value()) return true;
    return false;
}

std::vector<LessonParameter> LessonSession::parametersOf(int index) const {
    if (!validScript(index)) return {};
    return m_lesson->parametersOf(keptSource(index));
}

QMap<QString, double> LessonSession::runValues(int index) const {
    return validScript(index) ? m_runValues[static_cast<std::size_t>(index)]
                              : QMap<QString, double>();
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
    QMap<QString, double> used;
    for (const LessonParameter& p : m_lesson->parametersOf(text))
        used[p.name] = m_values.value(p.name, p.defaultValue);
    m_startValues[slot] = used;
    // A run of this script still going is not awaited any more: stop it.
    if (m_stops[slot]) m_stops[slot]->store(true);
    m_stops[slot] = std::make_shared<std::atomic<bool>>(false);
    ScriptJob job{script.file, text, m_lesson->parametersFor(text, m_values),
                  m_lesson->watchedLines(index), m_stops[slot]};
    ++m_runsInFlight;
    Q_EMIT runsInFlightChanged(m_runsInFlight);
    // The runner may call back after this session is gone, or at once.
    m_runner(std::move(job), [self = QPointer<LessonSession>(this), index, lessonId = m_lesson->id,
                              generation](std::shared_ptr<const RunModel> run) {
        if (self) self->finished(index, lessonId, generation, std::move(run));
    });
}

void LessonSession::stopRun(int index) {
    if (!validScript(index)) return;
    if (const auto& stop = m_stops[static_cast<std::size_t>(index)]) stop->store(true);
}

void LessonSession::stopRuns() {
    for (const auto& stop : m_stops)
        if (stop) stop->store(true);
}

void LessonSession::finished(int index, const QString& lessonId, std::uint64_t generation,
                             std::shared_ptr<const RunModel> run) {
    --m_runsInFlight;
    Q_EMIT runsInFlightChanged(m_runsInFlight);
    if (!m_lesson || m_lesson->id != lessonId || !validScript(index) ||
        m_generation[static_cast<std::size_t>(index)] != generation)
        return;
    m_stops[static_cast<std::size_t>(index)] = nullptr; // the awaited run is over
    if (run && run->ran()) {
        m_runs[static_cast<std::size_t>(index)] = run;
        m_runValues[static_cast<std::size_t>(index)] =
            m_startValues[static_cast<std::size_t>(index)];
    }
    checkInvariants();
    Q_EMIT runReady(index, std::move(run));
}

std::shared_ptr<const RunModel> LessonSession::run(int index) const {
    return validScript(index) ? m_runs[static_cast<std::size_t>(index)] : nullptr;
}

void LessonSession::setRun(int index, std::shared_ptr<const RunModel> run) {
    if (!validScript(index)) return;
    const auto slot = static_cast<std::size_t>(index);
    m_runs[slot] = std::move(run);
    m_runValues[slot].clear();
    for (const LessonParameter& p : parametersOf(index))
        m_runValues[slot][p.name] = m_values.value(p.name, p.defaultValue);
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
    m_askedRuns[q->id] = run(m_script);
    m_askedValues[q->id] = runValues(m_script);
    return q;
}

QMap<QString, double> LessonSession::askedValues(const QString& questionId) const {
    return m_askedValues.value(questionId);
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
    m_askedRuns.remove(q->id);
    m_askedValues.remove(q->id);
    return true;
}

void LessonSession::setParameters(const QMap<QString, double>& values) {
    // Only a value that changes is clamped: one the learner wrote in the
    // code outside its range stays while another parameter moves.
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (m_values.contains(it.key()) && m_values.value(it.key()) == it.value()) continue;
        double v = it.value();
        if (m_lesson)
            for (const LessonParameter& p : m_lesson->parameters)
                if (p.name == it.key()) v = clampParameter(p, v);
        m_values[it.key()] = v;
    }
    if (m_lesson)
        for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
            QSettings().setValue(parameterKey(*m_lesson, it.key()), it.value());
    checkInvariants();
    Q_EMIT parametersChanged(m_values);
    runAll();
}

QString LessonSession::keptSource(int index) const {
    if (!validScript(index)) return {};
    const auto slot = static_cast<std::size_t>(index);
    return m_edits[slot] ? *m_edits[slot] : m_lesson->scripts[slot].source;
}

QString LessonSession::source(int index) const {
    if (!validScript(index)) return {};
    return withConstants(keptSource(index), m_lesson->parameters, m_values);
}

bool LessonSession::isEdited(int index) const {
    // A constant's value is a parameter, not an edit.
    return validScript(index) &&
           source(index) != withConstants(m_lesson->scripts[static_cast<std::size_t>(index)].source,
                                          m_lesson->parameters, m_values);
}

bool LessonSession::takeConstants(const QString& text) {
    bool changed = false;
    for (const LessonParameter& p : m_lesson->parametersOf(text)) {
        const std::optional<double> v = constantIn(text, p);
        if (!v || (m_values.contains(p.name) && m_values.value(p.name) == *v)) continue;
        m_values[p.name] = *v;
        QSettings().setValue(parameterKey(*m_lesson, p.name), *v);
        changed = true;
    }
    return changed;
}

void LessonSession::setSource(int index, const QString& text) {
    if (!validScript(index)) return;
    const LessonScript& s = m_lesson->scripts[static_cast<std::size_t>(index)];
    const bool moved = takeConstants(text);
    // Edits are kept per lesson and script until reset.
    const bool edited = withConstants(text, m_lesson->parameters, m_values) !=
                        withConstants(s.source, m_lesson->parameters, m_values);
    keepEdit(index, edited ? std::optional<QString>(text) : std::nullopt);
    checkInvariants();
    Q_EMIT editChanged(index, edited);
    if (moved) Q_EMIT parametersChanged(m_values);
}

void LessonSession::resetSource(int index) {
    if (!validScript(index)) return;
    keepEdit(index, std::nullopt);
    Q_EMIT editChanged(index, false);
}

void LessonSession::keepEdit(int index, std::optional<QString> text) {
    const auto slot = static_cast<std::size_t>(index);
    const QString& file = m_lesson->scripts[slot].file;
    if (text && text == m_edits[slot]) return; // already in its file
    if (text) {
        if (!m_store.save(m_lesson->id, file, *text))
            Q_EMIT editProblem(tr("Your edit of %1 could not be saved (%2); it is kept until "
                                  "Coroscope is closed.")
                                   .arg(file, m_store.lastError()));
    } else {
        m_store.remove(m_lesson->id, file);
    }
    m_edits[slot] = std::move(text);
}

void LessonSession::reportStoreProblems() {
    for (const QString& p : m_store.takeProblems())
        Q_EMIT editProblem(p);
}

void LessonSession::markDone() {
    if (!m_lesson || m_done.contains(m_lesson->id)) return;
    m_done.insert(m_lesson->id);
    QSettings().setValue(kDoneKey, QStringList(m_done.begin(), m_done.end()));
    Q_EMIT lessonDone(m_lesson->id);
}

} // namespace coroscope
