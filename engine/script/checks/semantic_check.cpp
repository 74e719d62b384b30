// SPDX-License-Identifier: MIT
#include "script/checks/semantic_check.h"

namespace coroscope::detail {

std::vector<ScriptError> checkSemantics(const ast::Module& module) {
    std::optional<SemanticFailure> failure = checkScopes(module);
    if (!failure) failure = checkCompilation(module);
    if (!failure) return {};
    ScriptError error;
    error.file = module.fileName();
    error.line = static_cast<int>(failure->where.line);
    error.column = static_cast<int>(failure->where.column);
    error.endLine = static_cast<int>(failure->where.endLine);
    error.endColumn = static_cast<int>(failure->where.endColumn);
    error.message = std::move(failure->message);
    error.lineText = std::string(module.source().lineText(error.line));
    return {std::move(error)};
}

} // namespace coroscope::detail
