// SPDX-License-Identifier: MIT
#include "lesson_runner.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <QCoroFuture>

#if COROSCOPE_HAVE_INTERPRETER
#include "script/run.h"
#endif

namespace coroscope {

bool LessonRunner::available() {
    return COROSCOPE_HAVE_INTERPRETER != 0;
}

std::shared_ptr<const RunModel> LessonRunner::runNow(const ScriptJob& job) {
#if COROSCOPE_HAVE_INTERPRETER
    RunOptions options;
    options.fileName = job.fileName.toStdString();
    options.params = job.params;
    options.watchLines = job.watchLines;
    RunResult result = runScript(job.source.toStdString(), options);
    std::vector<RunProblem> problems;
    for (const ScriptError& e : result.errors) {
        std::string message = e.message;
        if (!e.hint.empty()) message += " (" + e.hint + ")";
        problems.push_back(RunProblem{e.line, e.column, e.endLine, e.endColumn, message});
    }
    return makeRunModel(std::move(result.trace), std::move(result.out), std::move(result.err),
                        result.exitStatus, std::move(problems));
#else
    (void)job;
    return makeRunModel(Trace{}, {}, {}, 2,
                        {RunProblem{0, 0, 0, 0,
                                    tr("This build of Coroscope has no interpreter, so scripts "
                                       "cannot run yet.")
                                        .toStdString()}});
#endif
}

QCoro::Task<std::shared_ptr<const RunModel>> LessonRunner::run(ScriptJob job) {
    QFuture<std::shared_ptr<const RunModel>> future =
        QtConcurrent::run([job = std::move(job)] { return runNow(job); });
    auto result = co_await future;
    co_return result;
}

} // namespace coroscope
