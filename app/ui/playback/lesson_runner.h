// SPDX-License-Identifier: MIT
#pragma once

#include "model/run_model.h"
#include "model/script_job.h"

#include <QCoreApplication>
#include <QString>

#include <QCoroTask>

#include <functional>
#include <memory>

namespace coroscope {

// The one way the application runs a script: through the interpreter of
// engine/script (runScript), never anything canned. A run happens off the
// GUI thread; its RunModel (trace and indexes) is built there too.
class LessonRunner {
    Q_DECLARE_TR_FUNCTIONS(LessonRunner)

public:
    // Runs a job here and now (command line, tests).
    static std::shared_ptr<const RunModel> runNow(const ScriptJob& job);
    // Runs a job on a worker thread; resumes on the GUI thread with the result.
    static QCoro::Task<std::shared_ptr<const RunModel>> run(ScriptJob job);
    // The same, calling `done` back on the GUI thread (a LessonSession's runner).
    static void runThen(ScriptJob job, std::function<void(std::shared_ptr<const RunModel>)> done);
};

} // namespace coroscope
