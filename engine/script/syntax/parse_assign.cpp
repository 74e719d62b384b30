// SPDX-License-Identifier: MIT
// Expression statements, assignments and assignment targets, with the
// messages of CPython's invalid_assignment and invalid_named_expression rules.
#include "script/syntax/parser.h"

#include <cstdio>
#include <string>

namespace coroscope::detail {

namespace {

bool isAugAssign(TokenKind kind) {
    return kind >= TokenKind::PlusEqual && kind <= TokenKind::RightShiftEqual;
}

ast::BinaryOperator augOperator(TokenKind kind) {
    switch (kind) {
    case TokenKind::PlusEqual: return ast::BinaryOperator::Add;
    case TokenKind::MinusEqual: return ast::BinaryOperator::Sub;
    case TokenKind::StarEqual: return ast::BinaryOperator::Mult;
    case TokenKind::DoubleStarEqual: return ast::BinaryOperator::Pow;
    case TokenKind::SlashEqual: return ast::BinaryOperator::Div;
    case TokenKind::DoubleSlashEqual: return ast::BinaryOperator::FloorDiv;
    case TokenKind::PercentEqual: return ast::BinaryOperator::Mod;
    case TokenKind::AtEqual: return ast::BinaryOperator::MatMult;
    case TokenKind::PipeEqual: return ast::BinaryOperator::BitOr;
    case TokenKind::CaretEqual: return ast::BinaryOperator::BitXor;
    case TokenKind::AmpersandEqual: return ast::BinaryOperator::BitAnd;
    case TokenKind::LeftShiftEqual: return ast::BinaryOperator::LShift;
    default: return ast::BinaryOperator::RShift;
    }
}

bool isSimpleTarget(const ast::Expr& expr) {
    return expr.kind == ast::ExprKind::Name || expr.kind == ast::ExprKind::Attribute ||
           expr.kind == ast::ExprKind::Subscript;
}

// CPython's _PyPegen_get_invalid_target: the first part of a target that
// cannot be assigned to, or null.
const ast::Expr* invalidTarget(const ast::Expr* expr, TargetKind targetKind) {
    switch (expr->kind) {
    case ast::ExprKind::List:
        for (const ast::Expr* element : ast::as<ast::List>(*expr).elts) {
            if (const ast::Expr* bad = invalidTarget(element, targetKind)) return bad;
        }
        return nullptr;
    case ast::ExprKind::Tuple:
        for (const ast::Expr* element : ast::as<ast::Tuple>(*expr).elts) {
            if (const ast::Expr* bad = invalidTarget(element, targetKind)) return bad;
        }
        return nullptr;
    case ast::ExprKind::Starred:
        if (targetKind == TargetKind::Del) return expr;
        return invalidTarget(ast::as<ast::Starred>(*expr).value, targetKind);
    case ast::ExprKind::Compare: {
        // `for a in b` parsed as a comparison: look at the left side.
        const auto& compare = ast::as<ast::Compare>(*expr);
        if (targetKind == TargetKind::For)
            return compare.ops[0] == ast::CmpOperator::In ? invalidTarget(compare.left, targetKind)
                                                          : nullptr;
        return expr;
    }
    case ast::ExprKind::Name:
    case ast::ExprKind::Subscript:
    case ast::ExprKind::Attribute: return nullptr;
    default: return expr;
    }
}

// Whether CPython's bitwise_or rule could have produced the expression.
bool isBitwiseOrLevel(const ast::Expr& expr) {
    if (expr.parenthesized) return true;
    switch (expr.kind) {
    case ast::ExprKind::BoolOp:
    case ast::ExprKind::Compare:
    case ast::ExprKind::IfExp:
    case ast::ExprKind::Lambda:
    case ast::ExprKind::NamedExpr:
    case ast::ExprKind::Starred:
    case ast::ExprKind::Yield:
    case ast::ExprKind::YieldFrom: return false;
    case ast::ExprKind::UnaryOp: return ast::as<ast::UnaryOp>(expr).op != ast::UnaryOperator::Not;
    default: return true;
    }
}

// The lookahead !(list|tuple|genexp|'True'|'None'|'False') of
// invalid_named_expression: what the expression's first atom is.
bool startsWithDisplayOrConstant(const ast::Expr* expr) {
    for (;;) {
        if (expr->parenthesized) return expr->kind == ast::ExprKind::Tuple;
        switch (expr->kind) {
        case ast::ExprKind::BinOp: expr = ast::as<ast::BinOp>(*expr).left; break;
        case ast::ExprKind::Attribute: expr = ast::as<ast::Attribute>(*expr).value; break;
        case ast::ExprKind::Subscript: expr = ast::as<ast::Subscript>(*expr).value; break;
        case ast::ExprKind::Call: expr = ast::as<ast::Call>(*expr).func; break;
        case ast::ExprKind::List:
        case ast::ExprKind::GeneratorExp: return true;
        case ast::ExprKind::Constant: {
            const auto value = ast::as<ast::Constant>(*expr).valueKind;
            return value == ast::ConstantKind::True || value == ast::ConstantKind::False ||
                   value == ast::ConstantKind::None;
        }
        default: return false;
        }
    }
}

} // namespace

const char* expressionName(const ast::Expr& expr) {
    switch (expr.kind) {
    case ast::ExprKind::Attribute: return "attribute";
    case ast::ExprKind::Subscript: return "subscript";
    case ast::ExprKind::Starred: return "starred";
    case ast::ExprKind::Name: return "name";
    case ast::ExprKind::List: return "list";
    case ast::ExprKind::Tuple: return "tuple";
    case ast::ExprKind::Lambda: return "lambda";
    case ast::ExprKind::Call: return "function call";
    case ast::ExprKind::BoolOp:
    case ast::ExprKind::BinOp:
    case ast::ExprKind::UnaryOp: return "expression";
    case ast::ExprKind::GeneratorExp: return "generator expression";
    case ast::ExprKind::Yield:
    case ast::ExprKind::YieldFrom: return "yield expression";
    case ast::ExprKind::Await: return "await expression";
    case ast::ExprKind::ListComp: return "list comprehension";
    case ast::ExprKind::SetComp: return "set comprehension";
    case ast::ExprKind::DictComp: return "dict comprehension";
    case ast::ExprKind::Dict: return "dict literal";
    case ast::ExprKind::Set: return "set display";
    case ast::ExprKind::JoinedStr:
    case ast::ExprKind::FormattedValue: return "f-string expression";
    case ast::ExprKind::Constant:
        switch (ast::as<ast::Constant>(expr).valueKind) {
        case ast::ConstantKind::None: return "None";
        case ast::ConstantKind::True: return "True";
        case ast::ConstantKind::False: return "False";
        case ast::ConstantKind::Ellipsis: return "ellipsis";
        default: return "literal";
        }
    case ast::ExprKind::Compare: return "comparison";
    case ast::ExprKind::IfExp: return "conditional expression";
    case ast::ExprKind::NamedExpr: return "named expression";
    case ast::ExprKind::Slice: return "slice";
    }
    return "expression";
}

ast::Stmt* Parser::parseExpressionStatement() {
    const Token& start = peek();
    ast::Expr* first = at(TokenKind::KwYield) ? parseYieldExpression() : parseStarExpressions();

    if (at(TokenKind::ColonEqual) && (first->kind != ast::ExprKind::Name || first->parenthesized))
        fail(std::string("cannot use assignment expressions with ") + expressionName(*first),
             first->loc);
    if (at(TokenKind::Colon)) return parseAnnotatedAssignment(first, start);
    if (at(TokenKind::Equal)) return parseAssignment(first, start);
    if (isAugAssign(kind())) {
        if (!isSimpleTarget(*first)) {
            fail(std::string("'") + expressionName(*first) +
                     "' is an illegal expression for augmented assignment",
                 first->loc);
        }
        const Token& op = advance();
        auto* node = m_arena.make<ast::AugAssign>();
        node->target = first;
        node->op = augOperator(op.kind);
        node->value = at(TokenKind::KwYield) ? parseYieldExpression() : parseStarExpressions();
        setContext(first, ast::ExprContext::Store);
        node->loc = finishLoc(start);
        return node;
    }
    auto* node = m_arena.make<ast::ExprStmt>();
    node->value = first;
    node->loc = finishLoc(start);
    return node;
}

ast::Stmt* Parser::parseAnnotatedAssignment(ast::Expr* target, const Token& start) {
    // CPython's messages about annotation targets need an annotation.
    if (!isSimpleTarget(*target) && !startsExpression(lookAhead(1))) invalidSyntax();
    if (target->kind == ast::ExprKind::Tuple) {
        const auto& tuple = ast::as<ast::Tuple>(*target);
        const ast::Location where =
            target->parenthesized || tuple.elts.empty() ? target->loc : tuple.elts[0]->loc;
        fail("only single target (not tuple) can be annotated", where);
    }
    if (target->kind == ast::ExprKind::List)
        fail("only single target (not list) can be annotated", target->loc);
    if (!isSimpleTarget(*target)) fail("illegal target for annotation", target->loc);
    advance();
    auto* node = m_arena.make<ast::AnnAssign>();
    node->target = target;
    node->annotation = parseExpression();
    if (accept(TokenKind::Equal))
        node->value = at(TokenKind::KwYield) ? parseYieldExpression() : parseStarExpressions();
    node->simple = target->kind == ast::ExprKind::Name && !target->parenthesized;
    setContext(target, ast::ExprContext::Store);
    node->loc = finishLoc(start);
    return node;
}

ast::Stmt* Parser::parseAssignment(ast::Expr* first, const Token& start) {
    const size_t targetsMark = mark();
    push(first);
    const size_t firstEqual = m_pos;
    ast::Expr* value = nullptr;
    while (at(TokenKind::Equal)) {
        // invalid_assignment needs no right-hand side: `f() =` is already
        // "cannot assign to function call".
        const auto* target = static_cast<const ast::Expr*>(m_scratch.back());
        if (target->kind == ast::ExprKind::Yield || target->kind == ast::ExprKind::YieldFrom ||
            invalidTarget(target, TargetKind::Star))
            failInvalidAssignment(first, firstEqual, targetsMark);
        advance();
        ast::Expr* rhs = at(TokenKind::KwYield) ? parseYieldExpression() : parseStarExpressions();
        if (at(TokenKind::Equal))
            push(rhs);
        else
            value = rhs;
    }
    auto* node = m_arena.make<ast::Assign>();
    node->targets = listFrom<ast::Expr>(targetsMark);
    for (ast::Expr* target : node->targets)
        setContext(target, ast::ExprContext::Store);
    node->value = value;
    node->loc = finishLoc(start);
    return node;
}

void Parser::failInvalidAssignment(ast::Expr* first, size_t firstEqual, size_t targetsMark) {
    // invalid_named_expression is tried first, on the last expression before
    // the first '=': `f() = 1` reads as a comparison written with '='.
    ast::Expr* candidate = first;
    bool followedByEqual = true;
    if (first->kind == ast::ExprKind::Tuple && !first->parenthesized) {
        const auto& tuple = ast::as<ast::Tuple>(*first);
        candidate = tuple.elts.empty() ? nullptr : tuple.elts.back();
        followedByEqual = m_tokens[firstEqual - 1].kind != TokenKind::Comma;
    }
    if (candidate && followedByEqual) {
        const size_t resume = m_pos;
        m_pos = firstEqual;
        checkStrayEquals(candidate);
        m_pos = resume;
    }
    // Then the first target, in order, that cannot be assigned.
    for (size_t i = targetsMark; i < m_scratch.size(); ++i) {
        const auto* target = static_cast<const ast::Expr*>(m_scratch[i]);
        if ((target->kind == ast::ExprKind::Yield || target->kind == ast::ExprKind::YieldFrom) &&
            !target->parenthesized)
            fail("assignment to yield expression not possible", target->loc);
        if (const ast::Expr* bad = invalidTarget(target, TargetKind::Star))
            fail(std::string("cannot assign to ") + expressionName(*bad), bad->loc);
    }
    invalidSyntax();
}

void Parser::checkStrayEquals(ast::Expr* expr) {
    // At a '=' where no assignment may be: `if x = 1:` or `f() = 1`.
    const size_t resume = m_pos;
    advance();
    const ast::Expr* rhs = nullptr;
    const TokenKind rhsStart = kind();
    if (startsExpression(rhsStart) && rhsStart != TokenKind::KwNot &&
        rhsStart != TokenKind::KwLambda) {
        tryParse([&] { rhs = parseBitwiseOr(); });
        if (rhs && (at(TokenKind::Equal) || at(TokenKind::ColonEqual))) rhs = nullptr;
    }
    m_pos = resume;
    if (!rhs) return;
    if (expr->kind == ast::ExprKind::Name && !expr->parenthesized)
        fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
             span(expr->loc, rhs->loc));
    if (isBitwiseOrLevel(*expr) && !startsWithDisplayOrConstant(expr)) {
        fail(std::string("cannot assign to ") + expressionName(*expr) +
                 " here. Maybe you meant '==' instead of '='?",
             expr->loc);
    }
}

void Parser::checkTarget(ast::Expr* target, TargetKind targetKind) {
    if (const ast::Expr* bad = invalidTarget(target, targetKind)) {
        const char* verb = targetKind == TargetKind::Del ? "cannot delete " : "cannot assign to ";
        fail(std::string(verb) + expressionName(*bad), bad->loc);
    }
    setContext(target,
               targetKind == TargetKind::Del ? ast::ExprContext::Del : ast::ExprContext::Store);
}

void Parser::setContext(ast::Expr* target, ast::ExprContext ctx) {
    switch (target->kind) {
    case ast::ExprKind::Name:
    case ast::ExprKind::Attribute:
    case ast::ExprKind::Subscript: target->ctx = ctx; break;
    case ast::ExprKind::Starred:
        target->ctx = ctx;
        setContext(static_cast<ast::Starred*>(target)->value, ctx);
        break;
    case ast::ExprKind::List:
        target->ctx = ctx;
        for (ast::Expr* element : static_cast<ast::List*>(target)->elts)
            setContext(element, ctx);
        break;
    case ast::ExprKind::Tuple:
        target->ctx = ctx;
        for (ast::Expr* element : static_cast<ast::Tuple*>(target)->elts)
            setContext(element, ctx);
        break;
    default: break;
    }
}

ast::Expr* Parser::parseStarTarget() {
    if (!at(TokenKind::Star)) return parseBitwiseOr();
    const Token& star = advance();
    auto* node = m_arena.make<ast::Starred>();
    node->value = parseBitwiseOr();
    node->loc = finishLoc(star);
    return node;
}

ast::Expr* Parser::parseForTarget() {
    const size_t start = m_pos;
    ast::Expr* target = parseTargetList();
    if (!at(TokenKind::KwIn)) {
        // CPython's invalid_for_target reads the target as an expression,
        // which notices a forgotten comma or an expression target.
        const size_t failing = m_pos;
        m_pos = start;
        ast::Expr* expression = parseStarExpressions();
        if (const ast::Expr* bad = invalidTarget(expression, TargetKind::For))
            fail(std::string("cannot assign to ") + expressionName(*bad), bad->loc);
        m_pos = failing;
        invalidSyntax();
    }
    checkTarget(target, TargetKind::For);
    advance();
    return target;
}

ast::Expr* Parser::parseTargetList() {
    const Token& start = peek();
    ast::Expr* first = parseStarTarget();
    if (!at(TokenKind::Comma)) return first;
    const size_t listMark = mark();
    push(first);
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::KwIn) || at(TokenKind::Equal)) break;
        push(parseStarTarget());
    }
    auto* tuple = m_arena.make<ast::Tuple>();
    tuple->elts = listFrom<ast::Expr>(listMark);
    tuple->loc = finishLoc(start);
    return tuple;
}

} // namespace coroscope::detail
