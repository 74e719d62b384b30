// SPDX-License-Identifier: MIT
// The bridge from lesson checking and the editor to the scenario language's
// one check: what checkScript finds is what a run would refuse.
#include "model/lesson_loader.h"

#include "script/checks/check.h"
#include "script/checks/parse.h"

namespace coroscope {

ScriptChecker scriptChecker() {
    return [](const QString& fileName, const QString& source) -> std::optional<ScriptIssue> {
        const CheckedScript result = checkScript(fileName.toStdString(), source.toStdString());
        if (result.errors.empty()) return std::nullopt;
        const ScriptError& e = result.errors.front();
        QString message = QString::fromStdString(e.message);
        if (!e.hint.empty()) message += QStringLiteral(" (") + QString::fromStdString(e.hint) + ')';
        return ScriptIssue{e.line, e.column, e.endLine, e.endColumn, message};
    };
}

QStringList topLevelNamesOf(const QString& fileName, const QString& source) {
    QStringList names;
    const ParseResult parsed = parseScript(fileName.toStdString(), source.toStdString());
    if (!parsed.ok()) return names;
    for (const std::string& name : topLevelAssignments(*parsed.module))
        names << QString::fromStdString(name);
    return names;
}

} // namespace coroscope
