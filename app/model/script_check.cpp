// SPDX-License-Identifier: MIT
// The bridge from lesson checking to the scenario language's checks.
#include "model/lesson_loader.h"

#include "script/checks/parse.h"

namespace coroscope {

ScriptChecker parserScriptChecker() {
    return [](const QString& fileName, const QString& source) -> std::optional<ScriptIssue> {
        ParseResult result = parseScript(fileName.toStdString(), source.toStdString());
        if (result.ok() || result.errors.empty()) return std::nullopt;
        const ScriptError& e = result.errors.front();
        QString message = QString::fromStdString(e.message);
        if (!e.hint.empty()) message += QStringLiteral(" (") + QString::fromStdString(e.hint) + ')';
        return ScriptIssue{e.line, e.column, e.endLine, e.endColumn, message};
    };
}

} // namespace coroscope
