// SPDX-License-Identifier: MIT
#include "ui/playback/lesson_runner.h"

#include <QFuture>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include <QCoroFuture>

#include "script/interp/run.h"

namespace coroscope {

namespace {

// The run's budgets as the settings raise or lower them ("budgets/steps"
// and the other names of runBudgets()); a value out of range is ignored.
void applyBudgetSettings(RunOptions& options) {
    const QSettings settings;
    for (const RunBudgetField& b : runBudgets()) {
        const QString key = QStringLiteral("budgets/") + QString::fromUtf8(b.name);
        if (!settings.contains(key)) continue;
        std::string ignored;
        setRunBudget(options, b.name, settings.value(key).toString().toStdString(), ignored);
    }
    // The engine puts the budget's name where "{}" is.
    options.budgetHint = LessonRunner::tr("raise it with the setting budgets/%1 in %2")
                             .arg(QStringLiteral("{}"), settings.fileName())
                             .toStdString();
}

} // namespace

std::shared_ptr<const RunModel> LessonRunner::runNow(const ScriptJob& job) {
    RunOptions options;
    options.fileName = job.fileName.toStdString();
    options.params = job.params;
    options.watchLines = job.watchLines;
    options.stop = job.stop.get();
    applyBudgetSettings(options);
    RunResult result = runScript(job.source.toStdString(), options);
    std::vector<RunProblem> problems;
    for (const ScriptError& e : result.errors) {
        std::string message = e.message;
        if (!e.hint.empty()) message += " (" + e.hint + ")";
        problems.push_back(RunProblem{e.line, e.column, e.endLine, e.endColumn, message});
    }
    return makeRunModel(std::move(result.trace), std::move(result.out), std::move(result.err),
                        result.exitStatus, std::move(problems));
}

QCoro::Task<std::shared_ptr<const RunModel>> LessonRunner::run(ScriptJob job) {
    QFuture<std::shared_ptr<const RunModel>> future =
        QtConcurrent::run([job = std::move(job)] { return runNow(job); });
    auto result = co_await future;
    co_return result;
}

namespace {

// A plain function, not a lambda: the job and the callback live in the
// coroutine's own frame, not in a capture that may be gone.
QCoro::Task<> runAndDeliver(ScriptJob job,
                            std::function<void(std::shared_ptr<const RunModel>)> done) {
    auto running = LessonRunner::run(std::move(job));
    std::shared_ptr<const RunModel> result = co_await running;
    done(std::move(result));
}

} // namespace

void LessonRunner::runThen(ScriptJob job,
                           std::function<void(std::shared_ptr<const RunModel>)> done) {
    runAndDeliver(std::move(job), std::move(done));
}

} // namespace coroscope
