// SPDX-License-Identifier: MIT
// Name resolution, as CPython's symtable.c does it: a first pass records
// which names each scope binds, declares and uses; a second pass decides
// for every name whether it is a local, a cell shared with nested
// functions, a free variable, a class-namespace name or a global; a third
// lays out the frame slots.
#include "script/interp/runtime/scope.h"

#include "script/syntax/ast_walk.h"

#include <algorithm>

namespace coroscope::interp {

Scope::Entry* Scope::find(std::string_view name) {
    auto it = index.find(name);
    return it == index.end() ? nullptr : &entries[it->second];
}

const Scope::Entry* Scope::find(std::string_view name) const {
    auto it = index.find(name);
    return it == index.end() ? nullptr : &entries[it->second];
}

Scope::Entry& Scope::ensure(std::string_view name) {
    auto [it, added] = index.emplace(name, entries.size());
    if (added) entries.push_back(Entry{name});
    return entries[it->second];
}

std::uint32_t Scope::freeSlot(std::string_view name) const {
    auto it = std::find(freeVars.begin(), freeVars.end(), name);
    return firstFree + static_cast<std::uint32_t>(it - freeVars.begin());
}

std::uint32_t Scope::cellSlotFor(std::string_view name) const {
    const Entry* e = find(name);
    if (type != Type::Class && e && e->kind == NameKind::Cell) return e->slot;
    return freeSlot(name);
}

NameKind Scope::kindOf(std::string_view name) const {
    const Entry* e = find(name);
    if (e) return e->kind;
    return type == Type::Class ? NameKind::ClassName : NameKind::Global;
}

class ScopeBuilder {
public:
    explicit ScopeBuilder(ScopeTable& table)
        : m_table(table) {}

    void build(const ast::Module& module) {
        Scope* top = open(Scope::Type::Module, &module, nullptr);
        for (const ast::Stmt* s : module.body())
            visitStmt(*top, *s);
        for (auto& scope : m_table.m_scopes)
            resolve(*scope); // parents come before their children
        for (auto& scope : m_table.m_scopes)
            layout(*scope);
    }

private:
    Scope* open(Scope::Type type, const void* node, Scope* parent) {
        m_table.m_scopes.push_back(std::make_unique<Scope>());
        Scope* s = m_table.m_scopes.back().get();
        s->type = type;
        s->parent = parent;
        m_table.m_byNode[node] = s;
        return s;
    }

    static void bind(Scope& s, std::string_view name) { s.ensure(name).bound = true; }
    static void use(Scope& s, std::string_view name) { s.ensure(name); }
    static void param(Scope& s, std::string_view name) {
        Scope::Entry& e = s.ensure(name);
        e.param = true;
        e.bound = true;
        s.params.push_back(name);
    }

    void visitArguments(Scope& outer, Scope& inner, const ast::Arguments& args) {
        for (const ast::Expr* d : args.defaults)
            visitExpr(outer, *d);
        for (const ast::Expr* d : args.kwDefaults)
            if (d) visitExpr(outer, *d);
        for (const ast::Arg* a : args.posOnlyArgs)
            param(inner, a->name);
        for (const ast::Arg* a : args.args)
            param(inner, a->name);
        for (const ast::Arg* a : args.kwOnlyArgs)
            param(inner, a->name);
        if (args.varArg) param(inner, args.varArg->name);
        if (args.kwArg) param(inner, args.kwArg->name);
    }

    void visitStmt(Scope& s, const ast::Stmt& stmt) {
        switch (stmt.kind) {
        case ast::StmtKind::FunctionDef: {
            const auto& def = ast::as<ast::FunctionDef>(stmt);
            for (const ast::Expr* d : def.decorators)
                visitExpr(s, *d);
            bind(s, def.name);
            Scope* inner = open(Scope::Type::Function, &def, &s);
            visitArguments(s, *inner, *def.args);
            for (const ast::Stmt* b : def.body)
                visitStmt(*inner, *b);
            return;
        }
        case ast::StmtKind::ClassDef: {
            const auto& def = ast::as<ast::ClassDef>(stmt);
            for (const ast::Expr* d : def.decorators)
                visitExpr(s, *d);
            for (const ast::Expr* b : def.bases)
                visitExpr(s, *b);
            bind(s, def.name);
            Scope* inner = open(Scope::Type::Class, &def, &s);
            for (const ast::Stmt* b : def.body)
                visitStmt(*inner, *b);
            return;
        }
        case ast::StmtKind::Global:
            for (std::string_view n : ast::as<ast::Global>(stmt).names)
                s.ensure(n).global = true;
            return;
        case ast::StmtKind::Nonlocal:
            for (std::string_view n : ast::as<ast::Nonlocal>(stmt).names)
                s.ensure(n).nonlocal = true;
            return;
        case ast::StmtKind::Import:
            for (const ast::Alias* a : ast::as<ast::Import>(stmt).names)
                bind(s, a->asName.empty() ? a->name.substr(0, a->name.find('.')) : a->asName);
            return;
        case ast::StmtKind::ImportFrom:
            for (const ast::Alias* a : ast::as<ast::ImportFrom>(stmt).names)
                bind(s, a->asName.empty() ? a->name : a->asName);
            return;
        case ast::StmtKind::Try:
            for (const ast::ExceptHandler* h : ast::as<ast::Try>(stmt).handlers)
                if (!h->name.empty()) bind(s, h->name);
            break;
        case ast::StmtKind::AnnAssign: {
            // The annotation is not evaluated; only the target and value count.
            const auto& a = ast::as<ast::AnnAssign>(stmt);
            visitExpr(s, *a.target);
            if (a.value) visitExpr(s, *a.value);
            return;
        }
        default: break;
        }
        ast::forEachChild(
            stmt, [&](const ast::Expr& e) { visitExpr(s, e); },
            [&](const ast::Stmt& b) { visitStmt(s, b); });
    }

    template <class Comp>
    void visitComprehension(Scope& s, const ast::Expr& node, const Comp& comp) {
        visitExpr(s, *comp.generators[0]->iter);
        Scope* inner = open(Scope::Type::Comprehension, &node, &s);
        inner->params.push_back(".0");
        inner->ensure(".0").param = true;
        inner->ensure(".0").bound = true;
        for (std::size_t i = 0; i < comp.generators.size(); ++i) {
            const ast::Comprehension* g = comp.generators[i];
            visitExpr(*inner, *g->target);
            if (i > 0) visitExpr(*inner, *g->iter);
            for (const ast::Expr* cond : g->ifs)
                visitExpr(*inner, *cond);
        }
    }

    void visitExpr(Scope& s, const ast::Expr& expr) {
        switch (expr.kind) {
        case ast::ExprKind::Name: {
            const auto& n = ast::as<ast::Name>(expr);
            if (expr.ctx == ast::ExprContext::Load)
                use(s, n.id);
            else
                bind(s, n.id);
            return;
        }
        case ast::ExprKind::Lambda: {
            const auto& l = ast::as<ast::Lambda>(expr);
            Scope* inner = open(Scope::Type::Function, &l, &s);
            visitArguments(s, *inner, *l.args);
            visitExpr(*inner, *l.body);
            return;
        }
        case ast::ExprKind::ListComp: {
            const auto& c = ast::as<ast::ListComp>(expr);
            visitComprehension(s, expr, c);
            visitExpr(*m_table.m_byNode[&expr], *c.elt);
            return;
        }
        case ast::ExprKind::SetComp: {
            const auto& c = ast::as<ast::SetComp>(expr);
            visitComprehension(s, expr, c);
            visitExpr(*m_table.m_byNode[&expr], *c.elt);
            return;
        }
        case ast::ExprKind::GeneratorExp: {
            const auto& c = ast::as<ast::GeneratorExp>(expr);
            visitComprehension(s, expr, c);
            visitExpr(*m_table.m_byNode[&expr], *c.elt);
            return;
        }
        case ast::ExprKind::DictComp: {
            const auto& c = ast::as<ast::DictComp>(expr);
            visitComprehension(s, expr, c);
            Scope* inner = m_table.m_byNode[&expr];
            visitExpr(*inner, *c.key);
            visitExpr(*inner, *c.value);
            return;
        }
        case ast::ExprKind::NamedExpr: {
            // The target belongs to the nearest scope that is not a comprehension.
            const auto& w = ast::as<ast::NamedExpr>(expr);
            visitExpr(s, *w.value);
            std::string_view name = ast::as<ast::Name>(*w.target).id;
            Scope* target = &s;
            while (target->type == Scope::Type::Comprehension) {
                target->ensure(name).nonlocal = true;
                target = target->parent;
            }
            if (target->type == Scope::Type::Module) {
                for (Scope* c = &s; c != target; c = c->parent)
                    c->ensure(name).global = true;
            }
            bind(*target, name);
            return;
        }
        default: break;
        }
        ast::forEachChild(expr, [&](const ast::Expr& e) { visitExpr(s, e); });
    }

    // A name used in `s` but bound in an enclosing function: every scope on
    // the way receives the cell; the binder keeps it in a cell.
    static bool findEnclosing(Scope& s, std::string_view name) {
        std::vector<Scope*> between;
        for (Scope* p = s.parent; p && p->type != Scope::Type::Module; p = p->parent) {
            Scope::Entry* e = p->find(name);
            if (e && e->global) return false;
            if (p->type != Scope::Type::Class && e && !e->nonlocal &&
                (e->kind == NameKind::Local || e->kind == NameKind::Cell) && e->bound) {
                e->kind = NameKind::Cell;
                for (Scope* q : between)
                    addFree(*q, name);
                return true;
            }
            if (p->type != Scope::Type::Class && e && e->kind == NameKind::Free) {
                for (Scope* q : between)
                    addFree(*q, name);
                return true;
            }
            between.push_back(p);
        }
        return false;
    }

    static void addFree(Scope& s, std::string_view name) {
        if (std::find(s.freeVars.begin(), s.freeVars.end(), name) == s.freeVars.end())
            s.freeVars.push_back(name);
        if (s.type != Scope::Type::Class) s.ensure(name).kind = NameKind::Free;
    }

    static void resolve(Scope& s) {
        for (std::size_t i = 0; i < s.entries.size(); ++i) {
            Scope::Entry& e = s.entries[i];
            std::string_view name = e.name;
            if (s.type == Scope::Type::Module || e.global) {
                e.kind = NameKind::Global;
            } else if (s.type == Scope::Type::Class) {
                if (e.nonlocal) {
                    e.kind = findEnclosing(s, name) ? NameKind::ClassFree : NameKind::ClassName;
                    if (e.kind == NameKind::ClassFree) addFree(s, name);
                } else if (e.bound) {
                    e.kind = NameKind::ClassName;
                } else if (findEnclosing(s, name)) {
                    s.entries[i].kind = NameKind::ClassFree;
                    addFree(s, name);
                } else {
                    s.entries[i].kind = NameKind::ClassName;
                }
            } else if (e.nonlocal) {
                bool found = findEnclosing(s, name);
                s.entries[i].kind = found ? NameKind::Free : NameKind::Global;
                if (found) addFree(s, name);
            } else if (e.bound) {
                if (e.kind != NameKind::Cell) e.kind = NameKind::Local;
            } else if (findEnclosing(s, name)) {
                addFree(s, name);
            } else {
                s.entries[i].kind = NameKind::Global;
            }
        }
    }

    static void layout(Scope& s) {
        std::uint32_t next = 0;
        if (s.isFunctionLike()) {
            for (std::string_view p : s.params)
                s.find(p)->slot = next++;
            for (Scope::Entry& e : s.entries)
                if (!e.param && (e.kind == NameKind::Local || e.kind == NameKind::Cell))
                    e.slot = next++;
        }
        s.firstFree = next;
        s.nSlots = next + static_cast<std::uint32_t>(s.freeVars.size());
    }

    ScopeTable& m_table;
};

ScopeTable::ScopeTable(const ast::Module& module) {
    ScopeBuilder(*this).build(module);
}

} // namespace coroscope::interp
