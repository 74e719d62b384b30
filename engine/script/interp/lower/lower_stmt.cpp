// SPDX-License-Identifier: MIT
// Lowering of statements and of the module, plus the entry point.
#include "script/interp/lower/lower.h"

#include "script/interp/runtime/objects.h"

#include <cassert>

namespace coroscope::interp {

namespace {

std::uint8_t flagsOf(const ir::Block& b) {
    return b.async ? ir::kAsync : 0;
}

} // namespace

ir::Block Lowerer::block(ast::NodeList<ast::Stmt> body) {
    std::vector<const ir::Stmt*> out;
    bool async = false;
    for (const ast::Stmt* s : body) {
        if (const ir::Stmt* n = stmt(*s)) {
            out.push_back(n);
            async |= n->isAsync();
        }
    }
    ir::Block b;
    b.stmts = copy(out);
    b.async = async;
    return b;
}

const ir::Stmt* Lowerer::stmt(const ast::Stmt& s) {
    const std::uint32_t line = s.loc.line;
    switch (s.kind) {
    case ast::StmtKind::FunctionDef: {
        const auto& def = ast::as<ast::FunctionDef>(s);
        auto* n = makeStmt<ir::Def>(ir::SOp::Def, line);
        n->decorators = exprs(def.decorators);
        n->function = function(&def, def.name, *def.args, def.body, nullptr, def.isAsync,
                               def.isGenerator, line);
        n->target = nameNode(def.name, line, true);
        n->flags = flagsOf(n->decorators) | flagsOf(n->function);
        return n;
    }
    case ast::StmtKind::ClassDef: return classDef(ast::as<ast::ClassDef>(s));
    case ast::StmtKind::Return: {
        auto* n = makeStmt<ir::Return>(ir::SOp::Return, line);
        n->value = optExpr(ast::as<ast::Return>(s).value);
        n->flags = flagsOf(n->value);
        return n;
    }
    case ast::StmtKind::Delete: {
        auto* n = makeStmt<ir::Delete>(ir::SOp::Delete, line);
        std::vector<const ir::Expr*> targets;
        for (const ast::Expr* t : ast::as<ast::Delete>(s).targets)
            targets.push_back(target(*t));
        n->targets = copy(targets);
        n->flags = flagsOf(n->targets);
        return n;
    }
    case ast::StmtKind::Assign: {
        const auto& a = ast::as<ast::Assign>(s);
        auto* n = makeStmt<ir::Assign>(ir::SOp::Assign, line);
        std::vector<const ir::Expr*> targets;
        for (const ast::Expr* t : a.targets)
            targets.push_back(target(*t));
        n->targets = copy(targets);
        n->value = expr(*a.value);
        n->paramName = nullptr;
        if (m_scope->type == Scope::Type::Module && a.targets.size() == 1 &&
            a.targets[0]->kind == ast::ExprKind::Name) {
            std::string_view name = ast::as<ast::Name>(*a.targets[0]).id;
            if (m_parameters.count(name)) n->paramName = intern(name);
        }
        n->flags = flagsOf(n->targets) | flagsOf(n->value);
        return n;
    }
    case ast::StmtKind::AugAssign: {
        const auto& a = ast::as<ast::AugAssign>(s);
        auto* n = makeStmt<ir::AugAssign>(ir::SOp::AugAssign, line);
        n->target = target(*a.target);
        n->value = expr(*a.value);
        n->aux = binOpCode(a.op);
        n->flags = flagsOf(n->target) | flagsOf(n->value);
        return n;
    }
    case ast::StmtKind::AnnAssign: {
        const auto& a = ast::as<ast::AnnAssign>(s);
        if (!a.value) return nullptr;
        auto* n = makeStmt<ir::Assign>(ir::SOp::Assign, line);
        std::vector<const ir::Expr*> targets{target(*a.target)};
        n->targets = copy(targets);
        n->value = expr(*a.value);
        n->paramName = nullptr;
        if (m_scope->type == Scope::Type::Module && a.target->kind == ast::ExprKind::Name) {
            std::string_view name = ast::as<ast::Name>(*a.target).id;
            if (m_parameters.count(name)) n->paramName = intern(name);
        }
        n->flags = flagsOf(n->targets) | flagsOf(n->value);
        return n;
    }
    case ast::StmtKind::For: {
        const auto& f = ast::as<ast::For>(s);
        auto* n = makeStmt<ir::For>(ir::SOp::For, line);
        n->target = target(*f.target);
        n->iter = expr(*f.iter);
        n->body = block(f.body);
        n->orelse = block(f.orelse);
        n->isAsync = f.isAsync;
        // Always the async executor: the next item may come from a generator
        // or an executor's results, whose code may block.
        n->flags = ir::kAsync | flagsOf(n->target) | flagsOf(n->iter) | flagsOf(n->body) |
                   flagsOf(n->orelse);
        return n;
    }
    case ast::StmtKind::While: {
        const auto& w = ast::as<ast::While>(s);
        auto* n = makeStmt<ir::While>(ir::SOp::While, line);
        n->test = expr(*w.test);
        n->body = block(w.body);
        n->orelse = block(w.orelse);
        n->flags = flagsOf(n->test) | flagsOf(n->body) | flagsOf(n->orelse);
        return n;
    }
    case ast::StmtKind::If: {
        const auto& i = ast::as<ast::If>(s);
        auto* n = makeStmt<ir::If>(ir::SOp::If, line);
        n->test = expr(*i.test);
        n->body = block(i.body);
        n->orelse = block(i.orelse);
        n->flags = flagsOf(n->test) | flagsOf(n->body) | flagsOf(n->orelse);
        return n;
    }
    case ast::StmtKind::With: {
        const auto& w = ast::as<ast::With>(s);
        auto* n = makeStmt<ir::With>(ir::SOp::With, line);
        std::vector<ir::WithItem> items;
        std::uint8_t flags = ir::kAsync;
        for (const ast::WithItem* item : w.items) {
            ir::WithItem i{};
            i.context = expr(*item->contextExpr);
            i.target = item->optionalVars ? target(*item->optionalVars) : nullptr;
            flags |= flagsOf(i.context) | flagsOf(i.target);
            items.push_back(i);
        }
        n->items = copy(items);
        n->body = block(w.body);
        n->isAsync = w.isAsync;
        n->flags = flags | flagsOf(n->body);
        return n;
    }
    case ast::StmtKind::Raise: {
        const auto& r = ast::as<ast::Raise>(s);
        auto* n = makeStmt<ir::Raise>(ir::SOp::Raise, line);
        n->exc = optExpr(r.exc);
        n->cause = optExpr(r.cause);
        n->hasCause = r.cause != nullptr;
        n->flags = flagsOf(n->exc) | flagsOf(n->cause);
        return n;
    }
    case ast::StmtKind::Try: {
        const auto& t = ast::as<ast::Try>(s);
        auto* n = makeStmt<ir::Try>(ir::SOp::Try, line);
        n->body = block(t.body);
        std::uint8_t flags = flagsOf(n->body);
        std::vector<ir::Handler> handlers;
        for (const ast::ExceptHandler* h : t.handlers) {
            ir::Handler handler{};
            handler.type = optExpr(h->type);
            handler.target = h->name.empty() ? nullptr : nameNode(h->name, h->loc.line, true);
            handler.body = block(h->body);
            handler.line = h->loc.line;
            flags |= flagsOf(handler.type) | flagsOf(handler.body);
            handlers.push_back(handler);
        }
        n->handlers = copy(handlers);
        n->orelse = block(t.orelse);
        n->finalBody = block(t.finalBody);
        n->flags = flags | flagsOf(n->orelse) | flagsOf(n->finalBody);
        return n;
    }
    case ast::StmtKind::Assert: {
        const auto& a = ast::as<ast::Assert>(s);
        auto* n = makeStmt<ir::Assert>(ir::SOp::Assert, line);
        n->test = expr(*a.test);
        n->msg = optExpr(a.msg);
        n->flags = flagsOf(n->test) | flagsOf(n->msg);
        return n;
    }
    case ast::StmtKind::Import:
    case ast::StmtKind::ImportFrom: return importStmt(s);
    case ast::StmtKind::Global:
    case ast::StmtKind::Nonlocal: return nullptr;
    case ast::StmtKind::Expr: {
        auto* n = makeStmt<ir::ExprStmt>(ir::SOp::Expr, line);
        n->value = expr(*ast::as<ast::ExprStmt>(s).value);
        n->flags = flagsOf(n->value);
        return n;
    }
    case ast::StmtKind::Pass: return makeStmt<ir::Stmt>(ir::SOp::Pass, line);
    case ast::StmtKind::Break: return makeStmt<ir::Stmt>(ir::SOp::Break, line);
    case ast::StmtKind::Continue: return makeStmt<ir::Stmt>(ir::SOp::Continue, line);
    case ast::StmtKind::Match: assert(!"checkScript refuses the match statement"); return nullptr;
    }
    assert(!"every kind of statement is lowered");
    return nullptr;
}

const ir::Stmt* Lowerer::importStmt(const ast::Stmt& s) {
    const std::uint32_t line = s.loc.line;
    auto* n = makeStmt<ir::Import>(ir::SOp::Import, line);
    std::vector<ir::ImportItem> items;
    if (s.kind == ast::StmtKind::Import) {
        for (const ast::Alias* a : ast::as<ast::Import>(s).names) {
            ir::ImportItem item{};
            item.module = intern(a->name);
            item.attr = nullptr;
            item.bindTop = a->asName.empty();
            std::string_view bound =
                a->asName.empty() ? a->name.substr(0, a->name.find('.')) : a->asName;
            item.target = nameNode(bound, line, true);
            items.push_back(item);
        }
    } else {
        const auto& f = ast::as<ast::ImportFrom>(s);
        for (const ast::Alias* a : f.names) {
            ir::ImportItem item{};
            item.module = intern(f.module);
            item.attr = intern(a->name);
            item.bindTop = false;
            item.target = nameNode(a->asName.empty() ? a->name : a->asName, line, true);
            items.push_back(item);
        }
    }
    n->items = copy(items);
    return n;
}

const ir::Stmt* Lowerer::classDef(const ast::ClassDef& def) {
    const std::uint32_t line = def.loc.line;
    auto* n = makeStmt<ir::Class>(ir::SOp::Class, line);
    n->name = intern(def.name);
    n->decorators = exprs(def.decorators);
    n->bases = exprs(def.bases);
    const Scope& inner = m_scopes.of(&def);
    std::vector<std::uint32_t> closure;
    for (std::string_view free : inner.freeVars)
        closure.push_back(m_scope->cellSlotFor(free));
    n->closure = copy(closure);

    const Scope* outer = m_scope;
    m_qualNames.push_back(qualPrefix() + std::string(def.name));
    m_qualIsFunction.push_back(false);
    m_scope = &inner;
    auto* c = m_program.arena.make<ir::CodeInfo>();
    c->name = intern(def.name);
    c->qualname = intern(m_qualNames.back());
    c->kind = ir::CodeKind::Class;
    c->firstLine = line;
    c->nSlots = inner.nSlots;
    c->firstFree = inner.firstFree;
    c->nFree = static_cast<std::uint32_t>(inner.freeVars.size());
    std::vector<StrObject*> names;
    for (std::string_view free : inner.freeVars)
        names.push_back(intern(free));
    c->slotNames = copy(names);
    c->body = block(def.body);
    n->body = c;
    m_scope = outer;
    m_qualNames.pop_back();
    m_qualIsFunction.pop_back();
    n->target = nameNode(def.name, line, true);
    // The body runs Python code of its own: always the async executor.
    n->flags = ir::kAsync | flagsOf(n->bases) | flagsOf(n->decorators);
    return n;
}

const ir::CodeInfo* Lowerer::lowerModuleCode() {
    m_scope = &m_scopes.module();
    auto* c = m_program.arena.make<ir::CodeInfo>();
    c->name = intern("<module>");
    c->qualname = c->name;
    c->kind = ir::CodeKind::Module;
    c->firstLine = 1;
    c->body = block(m_module.body());
    return c;
}

std::unique_ptr<Program> lowerModule(const ast::Module& module,
                                     const std::set<std::string, std::less<>>& parameters) {
    auto program = std::make_unique<Program>();
    ScopeTable scopes(module);
    Lowerer lowerer(module, *program, scopes, parameters);
    program->module = lowerer.lowerModuleCode();
    return program;
}

} // namespace coroscope::interp
