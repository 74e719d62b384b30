// SPDX-License-Identifier: MIT
// The checks CPython's compiler makes, in the order it makes them: where
// await, yield, return, break and continue may appear, async statements and
// comprehensions outside async functions, starred expressions, keywords.
#include "script/checks/semantic_check.h"

#include "script/syntax/ast_walk.h"

#include <string>

namespace coroscope::detail {

namespace {

enum class Unit { Module, Function, AsyncFunction, Class, Lambda, Comprehension };

struct Context {
    Unit unit = Unit::Module;
    const ast::FunctionDef* function = nullptr;
    int loops = 0;
};

struct CompileFailure {
    std::string message;
    ast::Location where;
};

ast::NodeList<ast::Comprehension> generatorsOf(const ast::Expr& node) {
    switch (node.kind) {
    case ast::ExprKind::ListComp: return ast::as<ast::ListComp>(node).generators;
    case ast::ExprKind::SetComp: return ast::as<ast::SetComp>(node).generators;
    case ast::ExprKind::DictComp: return ast::as<ast::DictComp>(node).generators;
    default: return ast::as<ast::GeneratorExp>(node).generators;
    }
}

bool isComprehension(const ast::Expr& node) {
    return node.kind == ast::ExprKind::ListComp || node.kind == ast::ExprKind::SetComp ||
           node.kind == ast::ExprKind::DictComp || node.kind == ast::ExprKind::GeneratorExp;
}

bool comprehensionIsAsync(const ast::Expr& node);

// Whether evaluating the expression in the current scope awaits.
bool containsAwait(const ast::Expr& node) {
    if (node.kind == ast::ExprKind::Await) return true;
    if (node.kind == ast::ExprKind::Lambda) return false;
    if (isComprehension(node)) {
        // Its first iterable is evaluated here; its body only counts when it
        // is not a generator expression.
        if (containsAwait(*generatorsOf(node)[0]->iter)) return true;
        return node.kind != ast::ExprKind::GeneratorExp && comprehensionIsAsync(node);
    }
    bool found = false;
    ast::forEachChild(node, [&](const ast::Expr& child) { found = found || containsAwait(child); });
    return found;
}

// CPython marks a comprehension as a coroutine when it has `async for` or
// awaits inside its own scope.
bool comprehensionIsAsync(const ast::Expr& node) {
    const ast::NodeList<ast::Comprehension> generators = generatorsOf(node);
    for (size_t i = 0; i < generators.size(); ++i) {
        const ast::Comprehension& generator = *generators[i];
        if (generator.isAsync || (i > 0 && containsAwait(*generator.iter))) return true;
        for (const ast::Expr* condition : generator.ifs) {
            if (containsAwait(*condition)) return true;
        }
    }
    switch (node.kind) {
    case ast::ExprKind::ListComp: return containsAwait(*ast::as<ast::ListComp>(node).elt);
    case ast::ExprKind::SetComp: return containsAwait(*ast::as<ast::SetComp>(node).elt);
    case ast::ExprKind::DictComp:
        return containsAwait(*ast::as<ast::DictComp>(node).key) ||
               containsAwait(*ast::as<ast::DictComp>(node).value);
    default: return containsAwait(*ast::as<ast::GeneratorExp>(node).elt);
    }
}

class CompileChecker {
public:
    void run(const ast::Module& module) {
        Context context;
        body(module.body(), context);
    }

private:
    [[noreturn]] static void fail(std::string message, const ast::Location& where) {
        throw CompileFailure{std::move(message), where};
    }

    void body(ast::NodeList<ast::Stmt> statements, const Context& context) {
        for (const ast::Stmt* statement : statements)
            stmt(*statement, context);
    }

    void exprs(ast::NodeList<ast::Expr> nodes, const Context& context) {
        for (const ast::Expr* node : nodes)
            expr(*node, context);
    }

    // Elements of displays and call arguments, where *value is allowed.
    void elements(ast::NodeList<ast::Expr> nodes, const Context& context) {
        for (const ast::Expr* node : nodes) {
            if (node->kind == ast::ExprKind::Starred)
                expr(*ast::as<ast::Starred>(*node).value, context);
            else
                expr(*node, context);
        }
    }

    void checkForbiddenName(std::string_view name, const ast::Location& where) {
        if (name == "__debug__") fail("cannot assign to __debug__", where);
    }

    void arguments(const ast::Arguments& args, const Context& context) {
        exprs(args.defaults, context);
        for (const ast::Expr* value : args.kwDefaults) {
            if (value) expr(*value, context);
        }
    }

    void keywords(ast::NodeList<ast::Keyword> list, const ast::Location& call) {
        for (size_t i = 0; i < list.size(); ++i) {
            if (list[i]->arg.empty()) continue;
            checkForbiddenName(list[i]->arg, call);
            for (size_t j = i + 1; j < list.size(); ++j) {
                if (list[j]->arg == list[i]->arg)
                    fail("keyword argument repeated: " + std::string(list[i]->arg), list[j]->loc);
            }
        }
    }

    void keywordValues(ast::NodeList<ast::Keyword> list, const Context& context) {
        for (const ast::Keyword* keyword : list)
            expr(*keyword->value, context);
    }

    void target(const ast::Expr& node, const Context& context) {
        switch (node.kind) {
        case ast::ExprKind::Starred:
            fail("starred assignment target must be in a list or tuple", node.loc);
        case ast::ExprKind::List:
        case ast::ExprKind::Tuple: {
            const ast::NodeList<ast::Expr> elements = node.kind == ast::ExprKind::List
                                                          ? ast::as<ast::List>(node).elts
                                                          : ast::as<ast::Tuple>(node).elts;
            int starred = 0;
            for (const ast::Expr* element : elements)
                starred += element->kind == ast::ExprKind::Starred;
            if (starred > 1) fail("multiple starred expressions in assignment", node.loc);
            for (const ast::Expr* element : elements) {
                if (element->kind == ast::ExprKind::Starred)
                    target(*ast::as<ast::Starred>(*element).value, context);
                else
                    target(*element, context);
            }
            return;
        }
        case ast::ExprKind::Name: checkForbiddenName(ast::as<ast::Name>(node).id, node.loc); return;
        case ast::ExprKind::Attribute:
            expr(*ast::as<ast::Attribute>(node).value, context);
            checkForbiddenName(ast::as<ast::Attribute>(node).attr, node.loc);
            return;
        default: expr(node, context); return;
        }
    }

    void stmt(const ast::Stmt& node, const Context& context) {
        switch (node.kind) {
        case ast::StmtKind::FunctionDef: {
            const auto& def = ast::as<ast::FunctionDef>(node);
            exprs(def.decorators, context);
            arguments(*def.args, context);
            Context inner{def.isAsync ? Unit::AsyncFunction : Unit::Function, &def, 0};
            body(def.body, inner);
            return;
        }
        case ast::StmtKind::ClassDef: {
            const auto& def = ast::as<ast::ClassDef>(node);
            exprs(def.decorators, context);
            keywords(def.keywords, node.loc);
            elements(def.bases, context);
            keywordValues(def.keywords, context);
            Context inner{Unit::Class, nullptr, 0};
            body(def.body, inner);
            return;
        }
        case ast::StmtKind::Return: {
            const auto& ret = ast::as<ast::Return>(node);
            if (context.unit != Unit::Function && context.unit != Unit::AsyncFunction)
                fail("'return' outside function", node.loc);
            if (ret.value && context.unit == Unit::AsyncFunction && context.function->isGenerator)
                fail("'return' with value in async generator", node.loc);
            if (ret.value) expr(*ret.value, context);
            return;
        }
        case ast::StmtKind::Delete:
            for (const ast::Expr* element : ast::as<ast::Delete>(node).targets)
                target(*element, context);
            return;
        case ast::StmtKind::Assign: {
            const auto& assign = ast::as<ast::Assign>(node);
            expr(*assign.value, context);
            for (const ast::Expr* element : assign.targets)
                target(*element, context);
            return;
        }
        case ast::StmtKind::AugAssign:
            target(*ast::as<ast::AugAssign>(node).target, context);
            expr(*ast::as<ast::AugAssign>(node).value, context);
            return;
        case ast::StmtKind::AnnAssign: {
            const auto& assign = ast::as<ast::AnnAssign>(node);
            if (assign.value) {
                expr(*assign.value, context);
                target(*assign.target, context);
            }
            return;
        }
        case ast::StmtKind::For: {
            const auto& loop = ast::as<ast::For>(node);
            if (loop.isAsync && context.unit != Unit::AsyncFunction)
                fail("'async for' outside async function", node.loc);
            expr(*loop.iter, context);
            target(*loop.target, context);
            Context inside = context;
            ++inside.loops;
            body(loop.body, inside);
            body(loop.orelse, context);
            return;
        }
        case ast::StmtKind::While: {
            const auto& loop = ast::as<ast::While>(node);
            expr(*loop.test, context);
            Context inside = context;
            ++inside.loops;
            body(loop.body, inside);
            body(loop.orelse, context);
            return;
        }
        case ast::StmtKind::With: {
            const auto& with = ast::as<ast::With>(node);
            if (with.isAsync && context.unit != Unit::AsyncFunction)
                fail("'async with' outside async function", node.loc);
            for (const ast::WithItem* item : with.items) {
                expr(*item->contextExpr, context);
                if (item->optionalVars) target(*item->optionalVars, context);
            }
            body(with.body, context);
            return;
        }
        case ast::StmtKind::Try: {
            const auto& tryStmt = ast::as<ast::Try>(node);
            body(tryStmt.body, context);
            body(tryStmt.orelse, context);
            for (size_t i = 0; i < tryStmt.handlers.size(); ++i) {
                const ast::ExceptHandler& handler = *tryStmt.handlers[i];
                if (!handler.type && i + 1 < tryStmt.handlers.size())
                    fail("default 'except:' must be last", handler.loc);
                if (handler.type) expr(*handler.type, context);
                body(handler.body, context);
            }
            body(tryStmt.finalBody, context);
            return;
        }
        case ast::StmtKind::Break:
            if (context.loops == 0) fail("'break' outside loop", node.loc);
            return;
        case ast::StmtKind::Continue:
            if (context.loops == 0) fail("'continue' not properly in loop", node.loc);
            return;
        default:
            ast::forEachChild(
                node, [&](const ast::Expr& child) { expr(child, context); },
                [&](const ast::Stmt& child) { stmt(child, context); });
            return;
        }
    }

    void comprehension(const ast::Expr& node, const Context& context) {
        if (node.kind != ast::ExprKind::GeneratorExp && context.unit != Unit::AsyncFunction &&
            context.unit != Unit::Comprehension && comprehensionIsAsync(node))
            fail("asynchronous comprehension outside of an asynchronous function", node.loc);
        const ast::NodeList<ast::Comprehension> generators = generatorsOf(node);
        const Context inner{Unit::Comprehension, nullptr, 0};
        for (size_t i = 0; i < generators.size(); ++i) {
            if (i > 0) expr(*generators[i]->iter, inner);
            target(*generators[i]->target, inner);
            exprs(generators[i]->ifs, inner);
        }
        switch (node.kind) {
        case ast::ExprKind::ListComp: expr(*ast::as<ast::ListComp>(node).elt, inner); break;
        case ast::ExprKind::SetComp: expr(*ast::as<ast::SetComp>(node).elt, inner); break;
        case ast::ExprKind::DictComp:
            expr(*ast::as<ast::DictComp>(node).key, inner);
            expr(*ast::as<ast::DictComp>(node).value, inner);
            break;
        default: expr(*ast::as<ast::GeneratorExp>(node).elt, inner); break;
        }
        // The first iterable is evaluated where the comprehension is.
        expr(*generators[0]->iter, context);
    }

    void expr(const ast::Expr& node, const Context& context) {
        switch (node.kind) {
        case ast::ExprKind::Await:
            if (context.unit == Unit::Module || context.unit == Unit::Class)
                fail("'await' outside function", node.loc);
            if (context.unit == Unit::Function || context.unit == Unit::Lambda)
                fail("'await' outside async function", node.loc);
            expr(*ast::as<ast::Await>(node).value, context);
            return;
        case ast::ExprKind::Yield:
        case ast::ExprKind::YieldFrom:
            if (context.unit == Unit::Module || context.unit == Unit::Class)
                fail("'yield' outside function", node.loc);
            if (node.kind == ast::ExprKind::YieldFrom && context.unit == Unit::AsyncFunction)
                fail("'yield from' inside async function", node.loc);
            ast::forEachChild(node, [&](const ast::Expr& child) { expr(child, context); });
            return;
        case ast::ExprKind::Lambda: {
            const auto& lambda = ast::as<ast::Lambda>(node);
            arguments(*lambda.args, context);
            expr(*lambda.body, Context{Unit::Lambda, nullptr, 0});
            return;
        }
        case ast::ExprKind::ListComp:
        case ast::ExprKind::SetComp:
        case ast::ExprKind::DictComp:
        case ast::ExprKind::GeneratorExp: comprehension(node, context); return;
        case ast::ExprKind::Starred: fail("can't use starred expression here", node.loc);
        case ast::ExprKind::List: elements(ast::as<ast::List>(node).elts, context); return;
        case ast::ExprKind::Tuple: elements(ast::as<ast::Tuple>(node).elts, context); return;
        case ast::ExprKind::Set: elements(ast::as<ast::Set>(node).elts, context); return;
        case ast::ExprKind::Call: {
            const auto& call = ast::as<ast::Call>(node);
            expr(*call.func, context);
            keywords(call.keywords, node.loc);
            elements(call.args, context);
            keywordValues(call.keywords, context);
            return;
        }
        case ast::ExprKind::NamedExpr:
            expr(*ast::as<ast::NamedExpr>(node).value, context);
            target(*ast::as<ast::NamedExpr>(node).target, context);
            return;
        default:
            ast::forEachChild(node, [&](const ast::Expr& child) { expr(child, context); });
            return;
        }
    }
};

} // namespace

std::optional<SemanticFailure> checkCompilation(const ast::Module& module) {
    CompileChecker checker;
    try {
        checker.run(module);
    } catch (const CompileFailure& failure) {
        return SemanticFailure{failure.message, failure.where};
    }
    return std::nullopt;
}

} // namespace coroscope::detail
