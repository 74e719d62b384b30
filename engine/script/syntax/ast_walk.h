// SPDX-License-Identifier: MIT
#pragma once

#include "script/syntax/ast.h"

// Generic traversal: the direct children of a node, in source order, so that
// a pass only spells out the nodes it cares about.
namespace coroscope::ast {

template <class OnExpr>
void forEachChild(const Arguments& args, OnExpr&& onExpr) {
    for (const NodeList<Arg> list : {args.posOnlyArgs, args.args, args.kwOnlyArgs}) {
        for (const Arg* arg : list) {
            if (arg->annotation) onExpr(*arg->annotation);
        }
    }
    for (const Arg* arg : {args.varArg, args.kwArg}) {
        if (arg && arg->annotation) onExpr(*arg->annotation);
    }
    for (const Expr* value : args.defaults)
        onExpr(*value);
    for (const Expr* value : args.kwDefaults) {
        if (value) onExpr(*value);
    }
}

template <class OnExpr>
void forEachChild(const Expr& node, OnExpr&& onExpr) {
    const auto visit = [&](const Expr* child) {
        if (child) onExpr(*child);
    };
    const auto visitAll = [&](NodeList<Expr> children) {
        for (const Expr* child : children)
            visit(child);
    };
    const auto visitGenerators = [&](NodeList<Comprehension> generators) {
        for (const Comprehension* generator : generators) {
            visit(generator->target);
            visit(generator->iter);
            visitAll(generator->ifs);
        }
    };
    switch (node.kind) {
    case ExprKind::Name:
    case ExprKind::Constant: return;
    case ExprKind::JoinedStr: return visitAll(as<JoinedStr>(node).values);
    case ExprKind::FormattedValue:
        visit(as<FormattedValue>(node).value);
        return visit(as<FormattedValue>(node).formatSpec);
    case ExprKind::BinOp: visit(as<BinOp>(node).left); return visit(as<BinOp>(node).right);
    case ExprKind::UnaryOp: return visit(as<UnaryOp>(node).operand);
    case ExprKind::BoolOp: return visitAll(as<BoolOp>(node).values);
    case ExprKind::Compare:
        visit(as<Compare>(node).left);
        return visitAll(as<Compare>(node).comparators);
    case ExprKind::Call:
        visit(as<Call>(node).func);
        visitAll(as<Call>(node).args);
        for (const Keyword* keyword : as<Call>(node).keywords)
            visit(keyword->value);
        return;
    case ExprKind::Attribute: return visit(as<Attribute>(node).value);
    case ExprKind::Subscript:
        visit(as<Subscript>(node).value);
        return visit(as<Subscript>(node).slice);
    case ExprKind::Slice:
        visit(as<Slice>(node).lower);
        visit(as<Slice>(node).upper);
        return visit(as<Slice>(node).step);
    case ExprKind::List: return visitAll(as<List>(node).elts);
    case ExprKind::Tuple: return visitAll(as<Tuple>(node).elts);
    case ExprKind::Set: return visitAll(as<Set>(node).elts);
    case ExprKind::Dict: {
        const auto& dict = as<Dict>(node);
        for (size_t i = 0; i < dict.values.size(); ++i) {
            visit(dict.keys[i]);
            visit(dict.values[i]);
        }
        return;
    }
    case ExprKind::ListComp:
        visit(as<ListComp>(node).elt);
        return visitGenerators(as<ListComp>(node).generators);
    case ExprKind::SetComp:
        visit(as<SetComp>(node).elt);
        return visitGenerators(as<SetComp>(node).generators);
    case ExprKind::GeneratorExp:
        visit(as<GeneratorExp>(node).elt);
        return visitGenerators(as<GeneratorExp>(node).generators);
    case ExprKind::DictComp:
        visit(as<DictComp>(node).key);
        visit(as<DictComp>(node).value);
        return visitGenerators(as<DictComp>(node).generators);
    case ExprKind::Lambda:
        forEachChild(*as<Lambda>(node).args, onExpr);
        return visit(as<Lambda>(node).body);
    case ExprKind::IfExp:
        visit(as<IfExp>(node).body);
        visit(as<IfExp>(node).test);
        return visit(as<IfExp>(node).orelse);
    case ExprKind::Await: return visit(as<Await>(node).value);
    case ExprKind::Yield: return visit(as<Yield>(node).value);
    case ExprKind::YieldFrom: return visit(as<YieldFrom>(node).value);
    case ExprKind::Starred: return visit(as<Starred>(node).value);
    case ExprKind::NamedExpr:
        visit(as<NamedExpr>(node).target);
        return visit(as<NamedExpr>(node).value);
    }
}

template <class OnExpr, class OnStmt>
void forEachChild(const Stmt& node, OnExpr&& onExpr, OnStmt&& onStmt) {
    const auto visit = [&](const Expr* child) {
        if (child) onExpr(*child);
    };
    const auto visitAll = [&](NodeList<Expr> children) {
        for (const Expr* child : children)
            visit(child);
    };
    const auto body = [&](NodeList<Stmt> statements) {
        for (const Stmt* statement : statements)
            onStmt(*statement);
    };
    switch (node.kind) {
    case StmtKind::FunctionDef: {
        const auto& def = as<FunctionDef>(node);
        visitAll(def.decorators);
        forEachChild(*def.args, onExpr);
        visit(def.returns);
        return body(def.body);
    }
    case StmtKind::ClassDef: {
        const auto& def = as<ClassDef>(node);
        visitAll(def.decorators);
        visitAll(def.bases);
        for (const Keyword* keyword : def.keywords)
            visit(keyword->value);
        return body(def.body);
    }
    case StmtKind::Return: return visit(as<Return>(node).value);
    case StmtKind::Delete: return visitAll(as<Delete>(node).targets);
    case StmtKind::Assign: visitAll(as<Assign>(node).targets); return visit(as<Assign>(node).value);
    case StmtKind::AugAssign:
        visit(as<AugAssign>(node).target);
        return visit(as<AugAssign>(node).value);
    case StmtKind::AnnAssign:
        visit(as<AnnAssign>(node).target);
        visit(as<AnnAssign>(node).annotation);
        return visit(as<AnnAssign>(node).value);
    case StmtKind::For:
        visit(as<For>(node).target);
        visit(as<For>(node).iter);
        body(as<For>(node).body);
        return body(as<For>(node).orelse);
    case StmtKind::While:
        visit(as<While>(node).test);
        body(as<While>(node).body);
        return body(as<While>(node).orelse);
    case StmtKind::If:
        visit(as<If>(node).test);
        body(as<If>(node).body);
        return body(as<If>(node).orelse);
    case StmtKind::With:
        for (const WithItem* item : as<With>(node).items) {
            visit(item->contextExpr);
            visit(item->optionalVars);
        }
        return body(as<With>(node).body);
    case StmtKind::Raise: visit(as<Raise>(node).exc); return visit(as<Raise>(node).cause);
    case StmtKind::Try: {
        const auto& tryStmt = as<Try>(node);
        body(tryStmt.body);
        for (const ExceptHandler* handler : tryStmt.handlers) {
            visit(handler->type);
            body(handler->body);
        }
        body(tryStmt.orelse);
        return body(tryStmt.finalBody);
    }
    case StmtKind::Assert: visit(as<Assert>(node).test); return visit(as<Assert>(node).msg);
    case StmtKind::Expr: return visit(as<ExprStmt>(node).value);
    case StmtKind::Match: return visit(as<Match>(node).subject);
    case StmtKind::Import:
    case StmtKind::ImportFrom:
    case StmtKind::Global:
    case StmtKind::Nonlocal:
    case StmtKind::Pass:
    case StmtKind::Break:
    case StmtKind::Continue: return;
    }
}

} // namespace coroscope::ast
