// SPDX-License-Identifier: MIT
// checkScript(): the parser (with CPython's compile-time checks), then the
// refusals of the sandbox and the interpreter.
#include "script/checks/check.h"

#include "script/checks/parse.h"
#include "script/checks/validate.h"

namespace coroscope {

CheckedScript checkScript(std::string fileName, std::string text) {
    ParseResult parsed = parseScript(std::move(fileName), std::move(text));
    CheckedScript result;
    result.errors = std::move(parsed.errors);
    result.module = std::move(parsed.module);
    if (result.module) result.errors = detail::checkSupport(*result.module);
    return result;
}

std::set<std::string, std::less<>> topLevelAssignments(const Module& module) {
    std::set<std::string, std::less<>> names;
    for (const ast::Stmt* s : module.body()) {
        if (const auto* a = ast::dynCast<ast::Assign>(s)) {
            for (const ast::Expr* t : a->targets)
                if (const auto* n = ast::dynCast<ast::Name>(t)) names.emplace(n->id);
        } else if (const auto* an = ast::dynCast<ast::AnnAssign>(s)) {
            if (const auto* n = ast::dynCast<ast::Name>(an->target)) names.emplace(n->id);
        }
    }
    return names;
}

} // namespace coroscope
