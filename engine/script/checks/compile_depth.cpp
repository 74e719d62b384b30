// SPDX-License-Identifier: MIT
// The depth of the syntax tree, checked before any pass walks it: every
// later pass (the checks, the lowering, the evaluator) recurses over the
// tree, so a sum of ten thousand terms would take them as deep as it goes.
#include "script/checks/semantic_check.h"
#include "script/syntax/ast_walk.h"

#include <algorithm>
#include <cstddef>
#include <vector>

namespace coroscope::detail {

namespace {

// CPython's compiler allows three levels per level of the recursion limit
// (COMPILER_STACK_FRAME_SCALE): a sum of about 2,900 terms compiles there,
// and 3,000 do not.
constexpr int kMaxTreeDepth = 2990;

struct TooDeep {
    ast::Location where;
};

// An explicit stack, not recursion: the tree being measured may be deeper
// than the native stack (a sanitizer build's frames are several times larger).
class DepthWalk {
public:
    void walk(const ast::Stmt& root) {
        m_pending.push_back({nullptr, &root, 1});
        while (!m_pending.empty()) {
            const Item item = m_pending.back();
            m_pending.pop_back();
            if (item.depth > kMaxTreeDepth) throw TooDeep{item.e ? item.e->loc : item.s->loc};
            const std::size_t first = m_pending.size();
            const auto pushExpr = [&](const ast::Expr& child) {
                m_pending.push_back({&child, nullptr, item.depth + 1});
            };
            if (item.e) {
                ast::forEachChild(*item.e, pushExpr);
            } else {
                ast::forEachChild(*item.s, pushExpr, [&](const ast::Stmt& child) {
                    m_pending.push_back({nullptr, &child, item.depth + 1});
                });
            }
            // Children are taken in source order, so the error names the
            // first place that is too deep, as a recursive walk would.
            std::reverse(m_pending.begin() + std::ptrdiff_t(first), m_pending.end());
        }
    }

private:
    struct Item {
        const ast::Expr* e;
        const ast::Stmt* s;
        int depth;
    };
    std::vector<Item> m_pending;
};

} // namespace

std::optional<SemanticFailure> checkTreeDepth(const ast::Module& module) {
    DepthWalk walk;
    try {
        for (const ast::Stmt* s : module.body())
            walk.walk(*s);
    } catch (const TooDeep& deep) {
        return SemanticFailure{"maximum recursion depth exceeded during compilation", deep.where};
    }
    return std::nullopt;
}

} // namespace coroscope::detail
