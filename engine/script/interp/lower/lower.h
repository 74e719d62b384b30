// SPDX-License-Identifier: MIT
#pragma once

#include "script/interp/lower/ir.h"
#include "script/interp/runtime/scope.h"
#include "script/syntax/arena.h"
#include "script/syntax/ast.h"

#include <deque>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace coroscope::interp {

// A module made ready to run: its IR and the values the IR names.
struct Program {
    Arena arena;
    std::deque<Value> constants; // stable addresses
    const ir::CodeInfo* module = nullptr;
};

// Lowers a module that checkScript (script/checks/check.h) passed: what it
// refuses, lowering asserts is not there. `parameters` are the names of the top-level
// constants a run overrides (their assignments are marked). Must be called
// with the run's interpreter current (names are interned in it).
std::unique_ptr<Program> lowerModule(const ast::Module& module,
                                     const std::set<std::string, std::less<>>& parameters);

// Whether evaluating a node (or any of a list) may call Python code or suspend.
inline std::uint8_t flagsOf(const ir::Expr* e) {
    return e ? e->flags : 0;
}

inline std::uint8_t flagsOf(ir::ExprList list) {
    std::uint8_t f = 0;
    for (const ir::Expr* e : list)
        f |= flagsOf(e);
    return f;
}

// The lowering state, shared by lower_expr.cpp and lower_stmt.cpp.
class Lowerer {
public:
    Lowerer(const ast::Module& module, Program& program, const ScopeTable& scopes,
            const std::set<std::string, std::less<>>& parameters)
        : m_module(module)
        , m_program(program)
        , m_scopes(scopes)
        , m_parameters(parameters) {}

    const ir::CodeInfo* lowerModuleCode();

    // Expressions (lower_expr.cpp).
    const ir::Expr* expr(const ast::Expr& e);
    const ir::Expr* optExpr(const ast::Expr* e) { return e ? expr(*e) : nullptr; }
    ir::ExprList exprs(ast::NodeList<ast::Expr> list);
    const ir::Expr* target(const ast::Expr& e); // a Store or Del context
    const ir::Expr* nameNode(std::string_view name, std::uint32_t line, bool store);
    const ir::MakeFunction* function(const void* node, std::string_view name,
                                     const ast::Arguments& args, ast::NodeList<ast::Stmt> body,
                                     const ast::Expr* lambdaBody, bool isAsync, bool isGenerator,
                                     std::uint32_t line);

    // Statements (lower_stmt.cpp).
    ir::Block block(ast::NodeList<ast::Stmt> body);
    const ir::Stmt* stmt(const ast::Stmt& s);

    template <class T>
    T* make(ir::Op op, std::uint32_t line) {
        T* n = m_program.arena.make<T>();
        n->op = op;
        n->line = line;
        return n;
    }
    template <class T>
    T* makeStmt(ir::SOp op, std::uint32_t line) {
        T* n = m_program.arena.make<T>();
        n->op = op;
        n->line = line;
        return n;
    }
    template <class T>
    std::span<const T> copy(const std::vector<T>& v) {
        auto s = m_program.arena.copy(std::span<const T>(v));
        return {s.data(), s.size()};
    }
    const Value* constant(Value v) {
        m_program.constants.push_back(std::move(v));
        return &m_program.constants.back();
    }
    static std::uint8_t binOpCode(ast::BinaryOperator op);
    const Scope& scope() const { return *m_scope; }
    std::string qualPrefix() const;

private:
    const ir::CodeInfo* code(const Scope& scope, const void* node, std::string_view name,
                             ir::CodeKind kind, std::uint32_t line);
    const ir::Expr* comprehension(const ast::Expr& e);
    ir::Arguments arguments(ast::NodeList<ast::Expr> args, ast::NodeList<ast::Keyword> keywords,
                            std::uint8_t& flags);
    const ir::Stmt* classDef(const ast::ClassDef& def);
    const ir::Stmt* importStmt(const ast::Stmt& s);

    const ast::Module& m_module;
    Program& m_program;
    const ScopeTable& m_scopes;
    const std::set<std::string, std::less<>>& m_parameters;
    const Scope* m_scope = nullptr;
    std::vector<std::string> m_qualNames; // of the enclosing functions and classes
    std::vector<bool> m_qualIsFunction;
};

} // namespace coroscope::interp
