// SPDX-License-Identifier: MIT
#pragma once

#include "model/run_model.h"

#include <QCoreApplication>
#include <QString>

#include <QCoroTask>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace coroscope {

// One script to run: its file name (for messages), its text and the
// parameter values as Python literals.
struct ScriptJob {
    QString fileName;
    QString source;
    std::vector<std::pair<std::string, std::string>> params;
    std::vector<std::uint32_t> watchLines; // reported when first reached (narration)
};

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
};

} // namespace coroscope
