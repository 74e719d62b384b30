// SPDX-License-Identifier: MIT
// ast::dump(): statements.
#include "script/syntax/ast_dump_writer.h"

namespace coroscope::ast::dumping {

void Dumper::stmt(const Stmt* node) {
    switch (node->kind) {
    case StmtKind::FunctionDef: {
        const auto& def = as<FunctionDef>(*node);
        NodeScope scope(*this, def.isAsync ? "AsyncFunctionDef" : "FunctionDef");
        string("name", def.name);
        field("args");
        arguments(*def.args);
        stmts("body", def.body);
        exprs("decorator_list", def.decorators);
        optionalChild("returns", def.returns);
        location(node->loc);
        return;
    }
    case StmtKind::ClassDef: {
        const auto& def = as<ClassDef>(*node);
        NodeScope scope(*this, "ClassDef");
        string("name", def.name);
        exprs("bases", def.bases);
        list("keywords", def.keywords, [this](const Keyword& k) { keyword(k); });
        stmts("body", def.body);
        exprs("decorator_list", def.decorators);
        location(node->loc);
        return;
    }
    case StmtKind::Return: {
        NodeScope scope(*this, "Return");
        optionalChild("value", as<Return>(*node).value);
        location(node->loc);
        return;
    }
    case StmtKind::Delete: {
        NodeScope scope(*this, "Delete");
        exprs("targets", as<Delete>(*node).targets);
        location(node->loc);
        return;
    }
    case StmtKind::Assign: {
        const auto& assign = as<Assign>(*node);
        NodeScope scope(*this, "Assign");
        exprs("targets", assign.targets);
        child("value", assign.value);
        location(node->loc);
        return;
    }
    case StmtKind::AugAssign: {
        const auto& assign = as<AugAssign>(*node);
        NodeScope scope(*this, "AugAssign");
        child("target", assign.target);
        raw("op", std::string(operatorName(assign.op)) + "()");
        child("value", assign.value);
        location(node->loc);
        return;
    }
    case StmtKind::AnnAssign: {
        const auto& assign = as<AnnAssign>(*node);
        NodeScope scope(*this, "AnnAssign");
        child("target", assign.target);
        child("annotation", assign.annotation);
        optionalChild("value", assign.value);
        number("simple", assign.simple ? 1 : 0);
        location(node->loc);
        return;
    }
    case StmtKind::For: {
        const auto& loop = as<For>(*node);
        NodeScope scope(*this, loop.isAsync ? "AsyncFor" : "For");
        child("target", loop.target);
        child("iter", loop.iter);
        stmts("body", loop.body);
        stmts("orelse", loop.orelse);
        location(node->loc);
        return;
    }
    case StmtKind::While: {
        const auto& loop = as<While>(*node);
        NodeScope scope(*this, "While");
        child("test", loop.test);
        stmts("body", loop.body);
        stmts("orelse", loop.orelse);
        location(node->loc);
        return;
    }
    case StmtKind::If: {
        const auto& branch = as<If>(*node);
        NodeScope scope(*this, "If");
        child("test", branch.test);
        stmts("body", branch.body);
        stmts("orelse", branch.orelse);
        location(node->loc);
        return;
    }
    case StmtKind::With: {
        const auto& with = as<With>(*node);
        NodeScope scope(*this, with.isAsync ? "AsyncWith" : "With");
        list("items", with.items, [this](const WithItem& item) {
            NodeScope itemScope(*this, "withitem");
            child("context_expr", item.contextExpr);
            optionalChild("optional_vars", item.optionalVars);
        });
        stmts("body", with.body);
        location(node->loc);
        return;
    }
    case StmtKind::Raise: {
        const auto& raise = as<Raise>(*node);
        NodeScope scope(*this, "Raise");
        optionalChild("exc", raise.exc);
        optionalChild("cause", raise.cause);
        location(node->loc);
        return;
    }
    case StmtKind::Try: {
        const auto& tryStmt = as<Try>(*node);
        NodeScope scope(*this, tryStmt.isStar ? "TryStar" : "Try");
        stmts("body", tryStmt.body);
        list("handlers", tryStmt.handlers, [this](const ExceptHandler& handler) {
            NodeScope handlerScope(*this, "ExceptHandler");
            optionalChild("type", handler.type);
            optionalString("name", handler.name);
            stmts("body", handler.body);
            location(handler.loc);
        });
        stmts("orelse", tryStmt.orelse);
        stmts("finalbody", tryStmt.finalBody);
        location(node->loc);
        return;
    }
    case StmtKind::Assert: {
        const auto& assertion = as<Assert>(*node);
        NodeScope scope(*this, "Assert");
        child("test", assertion.test);
        optionalChild("msg", assertion.msg);
        location(node->loc);
        return;
    }
    case StmtKind::Import:
    case StmtKind::ImportFrom: {
        const bool from = node->kind == StmtKind::ImportFrom;
        NodeScope scope(*this, from ? "ImportFrom" : "Import");
        if (from) optionalString("module", as<ImportFrom>(*node).module);
        const NodeList<Alias> names = from ? as<ImportFrom>(*node).names : as<Import>(*node).names;
        list("names", names, [this](const Alias& alias) {
            NodeScope aliasScope(*this, "alias");
            string("name", alias.name);
            optionalString("asname", alias.asName);
            location(alias.loc);
        });
        if (from) number("level", as<ImportFrom>(*node).level);
        location(node->loc);
        return;
    }
    case StmtKind::Global:
    case StmtKind::Nonlocal: {
        const bool global = node->kind == StmtKind::Global;
        NodeScope scope(*this, global ? "Global" : "Nonlocal");
        const auto names = global ? as<Global>(*node).names : as<Nonlocal>(*node).names;
        field("names");
        out += '[';
        for (size_t i = 0; i < names.size(); ++i) {
            if (i) out += ", ";
            out += pythonRepr(names[i]);
        }
        out += ']';
        location(node->loc);
        return;
    }
    case StmtKind::Expr: {
        NodeScope scope(*this, "Expr");
        child("value", as<ExprStmt>(*node).value);
        location(node->loc);
        return;
    }
    case StmtKind::Pass:
    case StmtKind::Break:
    case StmtKind::Continue: {
        NodeScope scope(*this, node->kind == StmtKind::Pass    ? "Pass"
                               : node->kind == StmtKind::Break ? "Break"
                                                               : "Continue");
        location(node->loc);
        return;
    }
    case StmtKind::Match: {
        NodeScope scope(*this, "Match");
        child("subject", as<Match>(*node).subject);
        location(node->loc);
        return;
    }
    }
}

} // namespace coroscope::ast::dumping
