// SPDX-License-Identifier: MIT
// The bridge from lesson checking to the scenario parser, kept in one file so
// the rest of the application does not depend on whether it is built.
#include "lesson_loader.h"

#if COROSCOPE_HAVE_PARSER
#include "script/parse.h"
#endif

namespace coroscope {

bool parserAvailable() {
    return COROSCOPE_HAVE_PARSER != 0;
}

ScriptChecker parserScriptChecker() {
#if COROSCOPE_HAVE_PARSER
    return [](const QString& fileName, const QString& source) -> std::optional<ScriptIssue> {
        ParseResult result = parseScript(fileName.toStdString(), source.toStdString());
        if (result.ok() || result.errors.empty()) return std::nullopt;
        const ScriptError& e = result.errors.front();
        QString message = QString::fromStdString(e.message);
        if (!e.hint.empty()) message += QStringLiteral(" (") + QString::fromStdString(e.hint) + ')';
        return ScriptIssue{e.line, e.column, e.endLine, e.endColumn, message};
    };
#else
    return {};
#endif
}

} // namespace coroscope
