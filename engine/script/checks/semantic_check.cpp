// SPDX-License-Identifier: MIT
#include "script/checks/semantic_check.h"

namespace coroscope::detail {

std::vector<ScriptError> checkSemantics(const ast::Module& module) {
    ScriptError error;
    std::optional<SemanticFailure> failure = checkTreeDepth(module);
    if (failure) {
        error.kind = ScriptErrorKind::RecursionError;
    } else {
        failure = checkScopes(module);
        if (!failure) failure = checkCompilation(module);
    }
    if (!failure) return {};
    error.file = module.fileName();
    error.line = static_cast<int>(failure->where.line);
    error.column = static_cast<int>(failure->where.column);
    error.endLine = static_cast<int>(failure->where.endLine);
    error.endColumn = static_cast<int>(failure->where.endColumn);
    error.message = std::move(failure->message);
    // CPython shows no line for a RecursionError: the whole tree is at fault.
    if (error.kind != ScriptErrorKind::RecursionError)
        error.lineText = std::string(module.source().lineText(error.line));
    return {std::move(error)};
}

} // namespace coroscope::detail
