// SPDX-License-Identifier: MIT
// The depth of the syntax tree, checked before any pass walks it: every
// later pass (the checks, the lowering, the evaluator) recurses over the
// tree, so a sum of ten thousand terms would take them as deep as it goes.
#include "script/checks/semantic_check.h"
#include "script/syntax/ast_walk.h"

namespace coroscope::detail {

namespace {

// CPython's compiler allows three levels per level of the recursion limit
// (COMPILER_STACK_FRAME_SCALE): a sum of about 2,900 terms compiles there,
// and 3,000 do not.
constexpr int kMaxTreeDepth = 2990;

struct TooDeep {
    ast::Location where;
};

class DepthWalk {
public:
    void expr(const ast::Expr& e, int depth) {
        if (depth > kMaxTreeDepth) throw TooDeep{e.loc};
        ast::forEachChild(e, [&](const ast::Expr& child) { expr(child, depth + 1); });
    }
    void stmt(const ast::Stmt& s, int depth) {
        if (depth > kMaxTreeDepth) throw TooDeep{s.loc};
        ast::forEachChild(
            s, [&](const ast::Expr& child) { expr(child, depth + 1); },
            [&](const ast::Stmt& child) { stmt(child, depth + 1); });
    }
};

} // namespace

std::optional<SemanticFailure> checkTreeDepth(const ast::Module& module) {
    DepthWalk walk;
    try {
        for (const ast::Stmt* s : module.body())
            walk.stmt(*s, 1);
    } catch (const TooDeep& deep) {
        return SemanticFailure{"maximum recursion depth exceeded during compilation", deep.where};
    }
    return std::nullopt;
}

} // namespace coroscope::detail
