// SPDX-License-Identifier: MIT
// CPython's symbol table pass: scopes and the errors it raises (duplicate
// parameters, global and nonlocal misuse, yield in comprehensions), and for
// every function whether it is a generator and whether it awaits.
#include "script/checks/semantic_check.h"

#include "script/checks/text_util.h"
#include "script/syntax/ast_walk.h"

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace coroscope::detail {

namespace {

enum SymbolFlag : uint16_t {
    DefGlobal = 1,
    DefLocal = 2,
    DefParam = 4,
    DefNonlocal = 8,
    Use = 16,
    DefAnnot = 32,
    DefCompIter = 64,
};

enum class ScopeKind { Module, Function, Class, Lambda, Comprehension };

struct Scope {
    ScopeKind kind = ScopeKind::Module;
    Scope* parent = nullptr;
    const char* comprehensionName = nullptr;
    std::vector<std::pair<std::string_view, uint16_t>> symbols;
    // global and nonlocal statements, where errors about a name point.
    std::vector<std::pair<std::string_view, ast::Location>> directives;
    std::vector<std::unique_ptr<Scope>> children;
    ast::FunctionDef* function = nullptr;
    bool generator = false;
    bool awaits = false;
    bool coroutine = false;
    int comprehensionIterDepth = 0;
    bool comprehensionIterTarget = false;

    bool isFunctionBlock() const {
        return kind == ScopeKind::Function || kind == ScopeKind::Lambda ||
               kind == ScopeKind::Comprehension;
    }
    uint16_t lookup(std::string_view name) const {
        for (const auto& [symbol, flags] : symbols) {
            if (symbol == name) return flags;
        }
        return 0;
    }
    uint16_t& flagsOf(std::string_view name) {
        for (auto& [symbol, flags] : symbols) {
            if (symbol == name) return flags;
        }
        symbols.emplace_back(name, 0);
        return symbols.back().second;
    }
    ast::Location directiveFor(std::string_view name) const {
        for (const auto& [symbol, where] : directives) {
            if (symbol == name) return where;
        }
        return {};
    }
};

struct ScopeFailure {
    std::string message;
    ast::Location where;
};

class ScopeBuilder {
public:
    void build(const ast::Module& module) {
        m_root.kind = ScopeKind::Module;
        m_current = &m_root;
        for (const ast::Stmt* stmt : module.body())
            visitStmt(*stmt);
        analyze(m_root, nullptr);
    }

private:
    [[noreturn]] static void fail(std::string message, const ast::Location& where) {
        throw ScopeFailure{std::move(message), where};
    }

    Scope* enter(ScopeKind kind) {
        auto scope = std::make_unique<Scope>();
        scope->kind = kind;
        scope->parent = m_current;
        m_current->children.push_back(std::move(scope));
        m_current = m_current->children.back().get();
        return m_current;
    }

    void leave() { m_current = m_current->parent; }

    void addDef(std::string_view name, uint16_t flag, const ast::Location& where) {
        uint16_t& flags = m_current->flagsOf(name);
        if ((flag & DefParam) && (flags & DefParam))
            fail(concat({"duplicate argument '", name, "' in function definition"}), where);
        flags |= flag;
        if (m_current->comprehensionIterTarget) flags |= DefCompIter;
    }

    void visitBody(ast::NodeList<ast::Stmt> body) {
        for (const ast::Stmt* stmt : body)
            visitStmt(*stmt);
    }

    void visitParameters(const ast::Arguments& args) {
        for (const ast::NodeList<ast::Arg> list : {args.posOnlyArgs, args.args, args.kwOnlyArgs}) {
            for (const ast::Arg* arg : list)
                addDef(arg->name, DefParam, arg->loc);
        }
        for (const ast::Arg* arg : {args.varArg, args.kwArg}) {
            if (arg) addDef(arg->name, DefParam, arg->loc);
        }
    }

    void visitDefaults(const ast::Arguments& args) {
        for (const ast::Expr* value : args.defaults)
            visitExpr(*value);
        for (const ast::Expr* value : args.kwDefaults) {
            if (value) visitExpr(*value);
        }
    }

    void declare(const ast::Stmt& stmt, std::span<const std::string_view> names, bool global) {
        for (const std::string_view name : names) {
            if (!global && m_current->kind == ScopeKind::Module)
                fail("nonlocal declaration not allowed at module level", stmt.loc);
            const uint16_t flags = m_current->lookup(name);
            if (flags & (DefParam | DefLocal | Use | DefAnnot)) {
                const std::string_view kind = global ? "global" : "nonlocal";
                if (flags & DefParam)
                    fail(concat({"name '", name, "' is parameter and ", kind}), stmt.loc);
                if (flags & Use)
                    fail(concat({"name '", name, "' is used prior to ", kind, " declaration"}),
                         stmt.loc);
                if (flags & DefAnnot)
                    fail(concat({"annotated name '", name, "' can't be ", kind}), stmt.loc);
                fail(concat({"name '", name, "' is assigned to before ", kind, " declaration"}),
                     stmt.loc);
            }
            addDef(name, global ? DefGlobal : DefNonlocal, stmt.loc);
            m_current->directives.emplace_back(name, stmt.loc);
        }
    }

    void visitStmt(const ast::Stmt& stmt) {
        switch (stmt.kind) {
        case ast::StmtKind::FunctionDef: {
            const auto& def = ast::as<ast::FunctionDef>(stmt);
            addDef(def.name, DefLocal, stmt.loc);
            visitDefaults(*def.args);
            visitAnnotations(*def.args, def.returns);
            for (const ast::Expr* decorator : def.decorators)
                visitExpr(*decorator);
            Scope* scope = enter(ScopeKind::Function);
            // The tree is the module's own; the pass records what it learns.
            scope->function = const_cast<ast::FunctionDef*>(&def);
            scope->coroutine = def.isAsync;
            visitParameters(*def.args);
            visitBody(def.body);
            scope->function->isGenerator = scope->generator;
            scope->function->hasAwait = scope->awaits;
            leave();
            return;
        }
        case ast::StmtKind::ClassDef: {
            const auto& def = ast::as<ast::ClassDef>(stmt);
            addDef(def.name, DefLocal, stmt.loc);
            for (const ast::Expr* base : def.bases)
                visitExpr(*base);
            for (const ast::Keyword* keyword : def.keywords)
                visitExpr(*keyword->value);
            for (const ast::Expr* decorator : def.decorators)
                visitExpr(*decorator);
            enter(ScopeKind::Class);
            visitBody(def.body);
            leave();
            return;
        }
        case ast::StmtKind::AnnAssign: {
            const auto& assign = ast::as<ast::AnnAssign>(stmt);
            if (assign.target->kind == ast::ExprKind::Name) {
                const std::string_view name = ast::as<ast::Name>(*assign.target).id;
                const uint16_t flags = m_current->lookup(name);
                if ((flags & (DefGlobal | DefNonlocal)) && m_current->kind != ScopeKind::Module &&
                    assign.simple)
                    fail(concat({"annotated name '", name, "' can't be ",
                                 (flags & DefGlobal) ? "global" : "nonlocal"}),
                         stmt.loc);
                if (assign.simple)
                    addDef(name, DefAnnot | DefLocal, assign.target->loc);
                else if (assign.value)
                    addDef(name, DefLocal, assign.target->loc);
            } else {
                visitExpr(*assign.target);
            }
            visitExpr(*assign.annotation);
            if (assign.value) visitExpr(*assign.value);
            return;
        }
        case ast::StmtKind::Try: {
            // CPython's order: body, else, handlers, finally.
            const auto& tryStmt = ast::as<ast::Try>(stmt);
            visitBody(tryStmt.body);
            visitBody(tryStmt.orelse);
            for (const ast::ExceptHandler* handler : tryStmt.handlers) {
                if (handler->type) visitExpr(*handler->type);
                if (!handler->name.empty()) addDef(handler->name, DefLocal, handler->loc);
                visitBody(handler->body);
            }
            visitBody(tryStmt.finalBody);
            return;
        }
        case ast::StmtKind::Import:
        case ast::StmtKind::ImportFrom: {
            const bool from = stmt.kind == ast::StmtKind::ImportFrom;
            const ast::NodeList<ast::Alias> names =
                from ? ast::as<ast::ImportFrom>(stmt).names : ast::as<ast::Import>(stmt).names;
            for (const ast::Alias* alias : names) {
                if (alias->name == "*") {
                    if (m_current->kind != ScopeKind::Module)
                        fail("import * only allowed at module level", stmt.loc);
                    continue;
                }
                std::string_view bound = alias->asName.empty() ? alias->name : alias->asName;
                if (!from && alias->asName.empty()) bound = bound.substr(0, bound.find('.'));
                addDef(bound, DefLocal, alias->loc);
            }
            return;
        }
        case ast::StmtKind::Global: declare(stmt, ast::as<ast::Global>(stmt).names, true); return;
        case ast::StmtKind::Nonlocal:
            declare(stmt, ast::as<ast::Nonlocal>(stmt).names, false);
            return;
        case ast::StmtKind::For:
            if (ast::as<ast::For>(stmt).isAsync) m_current->awaits = true;
            break;
        case ast::StmtKind::With:
            if (ast::as<ast::With>(stmt).isAsync) m_current->awaits = true;
            break;
        default: break;
        }
        ast::forEachChild(
            stmt, [this](const ast::Expr& child) { visitExpr(child); },
            [this](const ast::Stmt& child) { visitStmt(child); });
    }

    void visitAnnotations(const ast::Arguments& args, const ast::Expr* returns) {
        for (const ast::NodeList<ast::Arg> list : {args.posOnlyArgs, args.args, args.kwOnlyArgs}) {
            for (const ast::Arg* arg : list) {
                if (arg->annotation) visitExpr(*arg->annotation);
            }
        }
        for (const ast::Arg* arg : {args.varArg, args.kwArg}) {
            if (arg && arg->annotation) visitExpr(*arg->annotation);
        }
        if (returns) visitExpr(*returns);
    }

    void visitExpr(const ast::Expr& expr) {
        switch (expr.kind) {
        case ast::ExprKind::Name: {
            const auto& name = ast::as<ast::Name>(expr);
            addDef(name.id, expr.ctx == ast::ExprContext::Load ? Use : DefLocal, expr.loc);
            return;
        }
        case ast::ExprKind::NamedExpr: {
            const auto& named = ast::as<ast::NamedExpr>(expr);
            if (m_current->comprehensionIterDepth > 0)
                fail("assignment expression cannot be used in a comprehension iterable expression",
                     expr.loc);
            visitExpr(*named.value);
            bindNamedTarget(ast::as<ast::Name>(*named.target));
            return;
        }
        case ast::ExprKind::Lambda: {
            const auto& lambda = ast::as<ast::Lambda>(expr);
            visitDefaults(*lambda.args);
            enter(ScopeKind::Lambda);
            visitParameters(*lambda.args);
            visitExpr(*lambda.body);
            leave();
            return;
        }
        case ast::ExprKind::ListComp:
            return visitComprehension(expr, ast::as<ast::ListComp>(expr).elt, nullptr,
                                      ast::as<ast::ListComp>(expr).generators,
                                      "list comprehension");
        case ast::ExprKind::SetComp:
            return visitComprehension(expr, ast::as<ast::SetComp>(expr).elt, nullptr,
                                      ast::as<ast::SetComp>(expr).generators, "set comprehension");
        case ast::ExprKind::DictComp:
            return visitComprehension(
                expr, ast::as<ast::DictComp>(expr).key, ast::as<ast::DictComp>(expr).value,
                ast::as<ast::DictComp>(expr).generators, "dict comprehension");
        case ast::ExprKind::GeneratorExp:
            return visitComprehension(expr, ast::as<ast::GeneratorExp>(expr).elt, nullptr,
                                      ast::as<ast::GeneratorExp>(expr).generators,
                                      "generator expression");
        case ast::ExprKind::Yield:
        case ast::ExprKind::YieldFrom:
            ast::forEachChild(expr, [this](const ast::Expr& child) { visitExpr(child); });
            m_current->generator = true;
            if (m_current->kind == ScopeKind::Comprehension)
                fail(concat({"'yield' inside ", m_current->comprehensionName}), expr.loc);
            return;
        case ast::ExprKind::Await:
            visitExpr(*ast::as<ast::Await>(expr).value);
            m_current->coroutine = true;
            m_current->awaits = true;
            return;
        default:
            ast::forEachChild(expr, [this](const ast::Expr& child) { visitExpr(child); });
            return;
        }
    }

    void visitComprehension(const ast::Expr& node, const ast::Expr* element, const ast::Expr* value,
                            ast::NodeList<ast::Comprehension> generators, const char* name) {
        const bool isGenerator = node.kind == ast::ExprKind::GeneratorExp;
        const ast::Comprehension& outermost = *generators[0];
        // The first iterable is evaluated in the enclosing scope.
        ++m_current->comprehensionIterDepth;
        visitExpr(*outermost.iter);
        --m_current->comprehensionIterDepth;
        Scope* scope = enter(ScopeKind::Comprehension);
        scope->comprehensionName = name;
        if (outermost.isAsync) {
            scope->coroutine = true;
            scope->awaits = true;
        }
        for (size_t i = 0; i < generators.size(); ++i) {
            const ast::Comprehension& generator = *generators[i];
            if (i > 0) {
                ++scope->comprehensionIterDepth;
                visitExpr(*generator.iter);
                --scope->comprehensionIterDepth;
                if (generator.isAsync) {
                    scope->coroutine = true;
                    scope->awaits = true;
                }
            }
            scope->comprehensionIterTarget = true;
            visitExpr(*generator.target);
            scope->comprehensionIterTarget = false;
            for (const ast::Expr* condition : generator.ifs)
                visitExpr(*condition);
        }
        if (value) visitExpr(*value);
        visitExpr(*element);
        const bool awaits = scope->awaits && !isGenerator;
        const bool coroutine = scope->coroutine && !isGenerator;
        leave();
        // An awaiting list comprehension suspends the code around it.
        if (awaits) m_current->awaits = true;
        if (coroutine) m_current->coroutine = true;
    }

    void bindNamedTarget(const ast::Name& target) {
        // `x := value` inside a comprehension binds x in the enclosing function.
        for (Scope* scope = m_current; scope; scope = scope->parent) {
            if (scope->kind == ScopeKind::Comprehension) {
                if (scope->lookup(target.id) & DefCompIter)
                    fail(concat({"assignment expression cannot rebind comprehension iteration "
                                 "variable '",
                                 target.id, "'"}),
                         target.loc);
                continue;
            }
            if (scope->kind == ScopeKind::Class && scope != m_current)
                fail("assignment expression within a comprehension cannot be used in a class body",
                     target.loc);
            if (scope != m_current) {
                const uint16_t flags = scope->lookup(target.id);
                addDef(target.id,
                       (flags & DefGlobal) || scope->kind == ScopeKind::Module ? DefGlobal
                                                                               : DefNonlocal,
                       target.loc);
                m_current->directives.emplace_back(target.id, target.loc);
                scope->flagsOf(target.id) |=
                    scope->kind == ScopeKind::Module ? DefGlobal : DefLocal;
                return;
            }
            addDef(target.id, DefLocal, target.loc);
            return;
        }
    }

    // CPython's analyze pass: a nonlocal name must be bound in an enclosing
    // function.
    void analyze(const Scope& scope, const std::vector<std::string_view>* bound) {
        for (const auto& [name, flags] : scope.symbols) {
            if ((flags & DefGlobal) && (flags & DefNonlocal))
                fail(concat({"name '", name, "' is nonlocal and global"}),
                     scope.directiveFor(name));
            if ((flags & DefNonlocal) &&
                (!bound || std::find(bound->begin(), bound->end(), name) == bound->end()))
                fail(concat({"no binding for nonlocal '", name, "' found"}),
                     scope.directiveFor(name));
        }
        std::vector<std::string_view> childBound;
        if (bound) childBound = *bound;
        // Methods see the implicit __class__ cell of their class.
        if (scope.kind == ScopeKind::Class) childBound.push_back("__class__");
        if (scope.isFunctionBlock()) {
            for (const auto& [name, flags] : scope.symbols) {
                if ((flags & (DefLocal | DefParam)) && !(flags & (DefGlobal | DefNonlocal)))
                    childBound.push_back(name);
            }
        }
        for (const auto& child : scope.children)
            analyze(*child, &childBound);
    }

    Scope m_root;
    Scope* m_current = nullptr;
};

} // namespace

std::optional<SemanticFailure> checkScopes(const ast::Module& module) {
    ScopeBuilder builder;
    try {
        builder.build(module);
    } catch (const ScopeFailure& failure) {
        return SemanticFailure{failure.message, failure.where};
    }
    return std::nullopt;
}

} // namespace coroscope::detail
