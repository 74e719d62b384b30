// SPDX-License-Identifier: MIT
#pragma once

#include "model/edit_store.h"
#include "model/lesson.h"
#include "model/lesson_loader.h"
#include "model/run_model.h"
#include "model/script_job.h"

#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace coroscope {

// The learner's session with the open lesson, without widgets: its runs, the
// predict-first answers, the parameter values, the edits of its scripts and
// the lessons done. The window shows it and forwards the learner's input.
//
// Where state lives and its invariants:
//  - m_lesson is not owned (the window's catalog holds it); null before the
//    first open().
//  - m_runs and m_generation have one slot per script of m_lesson; a run
//    slot is null until that script has run (a rejected run is not kept).
//  - A run is accepted only while its slot still waits for its generation:
//    serial numbers never repeat, so a run started before the lesson was
//    opened again, or before the script was run again, is dropped.
//  - Parameter values and done marks are persisted in QSettings, edits in
//    the EditStore's files, the moment they change; m_edits has one slot per
//    script of m_lesson, the learner's text or nullopt, as the store holds
//    it. A value set through setParameters is inside its range; a constant
//    the learner writes in the code is taken as written (the code is what
//    runs), even outside the range.
//  - The code and the parameters are one truth: source() is the learner's
//    text (or the shipped one) with every constant's literal set to its
//    parameter's value, and an edit that changes a literal moves the value.
//  - m_runValues has one slot per script: the values its run was made with.
class LessonSession : public QObject {
    Q_OBJECT

public:
    using RunDone = std::function<void(std::shared_ptr<const RunModel>)>;
    // Runs a job and calls `done` with its model on this thread, at once or
    // later (the window runs it on a worker thread; tests, synchronously).
    using Runner = std::function<void(ScriptJob job, RunDone done)>;

    explicit LessonSession(Runner runner, ScriptChecker checker = scriptChecker(),
                           QObject* parent = nullptr, EditStore edits = EditStore());
    // Stops the runs still going: nobody will look at them.
    ~LessonSession() override;

    // Makes `lesson` the current one, at its first script, with no runs yet
    // and the saved (or default) parameter values. Does not run anything.
    void open(const Lesson* lesson);
    const Lesson* lesson() const { return m_lesson; }
    int scriptCount() const;
    // The script shown (0-based).
    int script() const { return m_script; }
    void setScript(int index);

    // Runs
    // The current script first, then the others when the lesson compares them.
    void runCurrent();
    // The current script first, then every other one.
    void runAll();
    void runScript(int index);
    const std::vector<std::shared_ptr<const RunModel>>& runs() const { return m_runs; }
    std::shared_ptr<const RunModel> run(int index) const;
    // Puts a run made elsewhere in a slot (tests), as if that script had produced it.
    void setRun(int index, std::shared_ptr<const RunModel> run);
    // Scripts still running in the background.
    int runsInFlight() const { return m_runsInFlight; }
    // Asks the script's run, or every run, to stop at once; what it did
    // until then arrives as its run (stopped, with a message saying so).
    void stopRun(int index);
    void stopRuns();
    // The script has a run going that the session waits for.
    bool running(int index) const {
        return validScript(index) && m_stops[static_cast<std::size_t>(index)] != nullptr;
    }

    // Predict-first questions
    const Question* questionBefore(int script) const;
    // The current script's question when it has not been put yet in this
    // session (and marks it put); null otherwise.
    const Question* takeQuestion();
    // The run the question was put about (the one shown when it was asked):
    // the one its answer is judged against, whatever ran since. Null when
    // it was not asked.
    std::shared_ptr<const RunModel> askedRun(const QString& questionId) const {
        return m_askedRuns.value(questionId);
    }
    // The parameter values of the run the question was asked about.
    QMap<QString, double> askedValues(const QString& questionId) const;
    bool asked(const QString& questionId) const { return m_asked.contains(questionId); }
    // Records the learner's choice for the current script's question.
    void recordAnswer(int choice);
    // The choice made for a question, -1 when none.
    int answer(const QString& questionId) const { return m_answers.value(questionId, -1); }
    // Forgets the current script's question was put and answered (ask again).
    bool forgetQuestion();

    // Parameters
    const QMap<QString, double>& parameters() const { return m_values; }
    // Takes the values given (each clamped to its parameter's range; the
    // others are kept), writes them into the scripts' constants, and runs
    // every script again.
    void setParameters(const QMap<QString, double>& values);
    // The parameters script `index` takes (machine.* ones and the constants it assigns).
    std::vector<LessonParameter> parametersOf(int index) const;
    // The values the script's run was made with (its parameters only); empty before it ran.
    QMap<QString, double> runValues(int index) const;

    // Edits
    // The learner's edit of a script, else the script as shipped.
    QString source(int index) const;
    bool isEdited(int index) const;
    // Keeps `text` as the learner's version of the script (none when it is
    // the shipped one but for its constants' values); a constant's literal
    // that changed becomes its parameter's value (parametersChanged).
    void setSource(int index, const QString& text);
    // Throws the learner's edit away.
    void resetSource(int index);

    // Progress
    const QSet<QString>& done() const { return m_done; }
    // Marks the current lesson done (once).
    void markDone();

Q_SIGNALS:
    // A script passed its check and was handed to the runner.
    void runStarted(int script);
    // runsInFlight() changed: a run was handed over, or one came back
    // (awaited or not).
    void runsInFlightChanged(int runs);
    // A script did not pass its check and was not run.
    void runRejected(int script, const ScriptIssue& issue);
    // A run came in for the current lesson, still awaited. Kept in runs()
    // (when it ran) before this is emitted.
    void runReady(int script, std::shared_ptr<const RunModel> run);
    void answerRecorded(const QString& questionId, int choice);
    void parametersChanged(const QMap<QString, double>& values);
    void editChanged(int script, bool edited);
    void lessonDone(const QString& lessonId);
    // Something about the learner's edits went wrong (a file set aside, a
    // save that failed); one sentence to show, nothing was lost in memory.
    void editProblem(const QString& message);

private:
    bool validScript(int index) const;
    // Checks the invariants above (debug builds).
    void checkInvariants() const;
    void finished(int index, const QString& lessonId, std::uint64_t generation,
                  std::shared_ptr<const RunModel> run);
    // The text kept for a script: the learner's edit, else the shipped one.
    QString keptSource(int index) const;
    // Keeps the edit in memory and in its file; nullopt removes it.
    void keepEdit(int index, std::optional<QString> text);
    // Says what the store set aside or could not save (editProblem).
    void reportStoreProblems();
    // Takes the constants `text` assigns as plain literals; true when one changed.
    bool takeConstants(const QString& text);
    // True when the script's run was made with other values than now.
    bool stale(int index) const;

    Runner m_runner;
    ScriptChecker m_checker;
    const Lesson* m_lesson = nullptr;
    int m_script = 0;
    std::vector<std::shared_ptr<const RunModel>> m_runs;
    std::vector<std::uint64_t> m_generation;          // per script: the run it waits for
    std::vector<QMap<QString, double>> m_runValues;   // per script: its run's values
    std::vector<QMap<QString, double>> m_startValues; // per script: its awaited run's values
    std::uint64_t m_runSerial = 0;
    int m_runsInFlight = 0;
    QMap<QString, double> m_values;
    QMap<QString, int> m_answers; // question id -> chosen choice
    QSet<QString> m_asked;        // questions put to the learner in this session
    QMap<QString, std::shared_ptr<const RunModel>> m_askedRuns; // question id -> its run
    QMap<QString, QMap<QString, double>> m_askedValues;         // question id -> its values
    QSet<QString> m_done; // ids of the lessons played to the end
    EditStore m_store;
    std::vector<std::optional<QString>> m_edits; // per script: the learner's text
    // Per script: the stop flag of the run it waits for (null when none is going).
    std::vector<std::shared_ptr<std::atomic<bool>>> m_stops;
};

// A parameter's value inside its range.
double clampParameter(const LessonParameter& parameter, double value);

} // namespace coroscope
