// SPDX-License-Identifier: MIT
// Expressions from star_expressions down to power, in Python 3.11's order of
// precedence, and the checks CPython's invalid_expression rules make.
#include "script/syntax/parser.h"

#include <string>

namespace coroscope::detail {

namespace {

// Binding power of binary operators; 0 for any other token.
int binaryPrecedence(TokenKind kind) {
    switch (kind) {
    case TokenKind::Pipe: return 1;
    case TokenKind::Caret: return 2;
    case TokenKind::Ampersand: return 3;
    case TokenKind::LeftShift:
    case TokenKind::RightShift: return 4;
    case TokenKind::Plus:
    case TokenKind::Minus: return 5;
    case TokenKind::Star:
    case TokenKind::Slash:
    case TokenKind::DoubleSlash:
    case TokenKind::Percent:
    case TokenKind::At: return 6;
    default: return 0;
    }
}

ast::BinaryOperator binaryOperator(TokenKind kind) {
    switch (kind) {
    case TokenKind::Pipe: return ast::BinaryOperator::BitOr;
    case TokenKind::Caret: return ast::BinaryOperator::BitXor;
    case TokenKind::Ampersand: return ast::BinaryOperator::BitAnd;
    case TokenKind::LeftShift: return ast::BinaryOperator::LShift;
    case TokenKind::RightShift: return ast::BinaryOperator::RShift;
    case TokenKind::Plus: return ast::BinaryOperator::Add;
    case TokenKind::Minus: return ast::BinaryOperator::Sub;
    case TokenKind::Star: return ast::BinaryOperator::Mult;
    case TokenKind::Slash: return ast::BinaryOperator::Div;
    case TokenKind::DoubleSlash: return ast::BinaryOperator::FloorDiv;
    case TokenKind::Percent: return ast::BinaryOperator::Mod;
    default: return ast::BinaryOperator::MatMult;
    }
}

} // namespace

ast::Expr* Parser::parseStarExpressions() {
    const Token& start = peek();
    ast::Expr* first = parseStarExpression();
    if (!at(TokenKind::Comma)) return first;
    const size_t listMark = mark();
    push(first);
    while (accept(TokenKind::Comma)) {
        if (!startsExpression(kind()) && !at(TokenKind::Star)) break;
        push(parseStarExpression());
    }
    auto* tuple = m_arena.make<ast::Tuple>();
    tuple->elts = listFrom<ast::Expr>(listMark);
    tuple->loc = finishLoc(start);
    return tuple;
}

ast::Expr* Parser::parseStarred(bool bitwiseOperand) {
    const Token& star = advance();
    auto* node = m_arena.make<ast::Starred>();
    node->value = bitwiseOperand ? parseBitwiseOr() : parseExpression();
    node->loc = finishLoc(star);
    return node;
}

ast::Expr* Parser::parseStarExpression() {
    if (at(TokenKind::Star)) return parseStarred(true);
    return parseExpression();
}

ast::Expr* Parser::parseStarNamedExpression() {
    if (at(TokenKind::Star)) return parseStarred(true);
    return parseNamedExpression();
}

ast::Expr* Parser::parseNamedExpression(bool checkEquals) {
    if (at(TokenKind::Name) && kind(1) == TokenKind::ColonEqual) {
        const Token& name = advance();
        advance();
        auto* target = make<ast::Name>(locOf(name));
        target->id = text(name);
        target->ctx = ast::ExprContext::Store;
        auto* node = m_arena.make<ast::NamedExpr>();
        node->target = target;
        node->value = parseExpression();
        node->loc = finishLoc(name);
        return node;
    }
    ast::Expr* expr = parseExpression();
    if (at(TokenKind::ColonEqual) && !m_noInvalid)
        fail(std::string("cannot use assignment expressions with ") + expressionName(*expr),
             expr->loc);
    if (checkEquals && at(TokenKind::Equal) && !m_noInvalid) checkStrayEquals(expr);
    return expr;
}

ast::Expr* Parser::parseExpression() {
    DepthGuard guard(*this);
    if (at(TokenKind::KwLambda)) return parseLambda();
    const Token& start = peek();
    const size_t startIndex = m_pos;
    ast::Expr* body = parseDisjunction();
    if (at(TokenKind::KwIf)) {
        const size_t ifPos = m_pos;
        advance();
        ast::Expr* test = parseDisjunction();
        if (!at(TokenKind::KwElse)) {
            if (m_noInvalid) {
                // The grammar falls back to the bare disjunction.
                m_pos = ifPos;
                return body;
            }
            if (!at(TokenKind::Colon))
                fail("expected 'else' after 'if' expression", span(body->loc, test->loc));
            invalidSyntax();
        }
        advance();
        auto* node = m_arena.make<ast::IfExp>();
        node->test = test;
        node->body = body;
        node->orelse = parseExpression();
        node->loc = finishLoc(start);
        return node;
    }
    if (!m_noInvalid && startsExpression(kind())) checkJuxtaposed(body, startIndex);
    return body;
}

void Parser::checkJuxtaposed(ast::Expr* first, size_t startIndex) {
    // Valid Python never has an expression directly followed by another, so
    // these speculative parses only run on the way to an error.
    const Token& firstToken = m_tokens[startIndex];
    const bool startsWithName = firstToken.kind == TokenKind::Name;
    const std::string_view firstText = text(firstToken);
    const bool legacy = first->kind == ast::ExprKind::Name && !first->parenthesized &&
                        (firstText == "print" || firstText == "exec");
    // CPython compares a name with the soft keywords over the name's length
    // only, so "m" and "ca" count as soft keywords too.
    const auto isPrefixOf = [&](std::string_view keyword) {
        return !firstText.empty() && keyword.substr(0, firstText.size()) == firstText;
    };
    const bool softKeyword =
        startsWithName && (isPrefixOf("match") || isPrefixOf("case") || firstText == "_");
    const bool nameThenString =
        startsWithName && m_tokens[startIndex + 1].kind == TokenKind::String;
    const size_t resume = m_pos;
    if (!legacy && !softKeyword && !nameThenString) {
        const ast::Expr* second = nullptr;
        bool insideBrackets = false;
        tryParse([&] {
            second = parseExpression();
            insideBrackets = previous().depth > 0;
        });
        m_pos = resume;
        if (second && insideBrackets)
            fail("invalid syntax. Perhaps you forgot a comma?", span(first->loc, second->loc));
    }
    // invalid_legacy_expression reads on after any name, so the lexer may
    // stop it first.
    if (!startsWithName || m_tokens[startIndex + 1].kind == TokenKind::LParen) return;
    m_pos = startIndex + 1;
    const ast::Expr* rest = nullptr;
    tryParseWithChecks([&] { rest = parseStarExpressions(); });
    m_pos = resume;
    if (rest && legacy) {
        const std::string name(firstText);
        fail("Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?",
             span(first->loc, rest->loc));
    }
}

ast::Expr* Parser::parseYieldExpression() {
    const Token& keyword = advance();
    if (accept(TokenKind::KwFrom)) {
        auto* node = m_arena.make<ast::YieldFrom>();
        node->value = parseExpression();
        node->loc = finishLoc(keyword);
        return node;
    }
    auto* node = m_arena.make<ast::Yield>();
    if (startsExpression(kind()) || at(TokenKind::Star)) node->value = parseStarExpressions();
    node->loc = finishLoc(keyword);
    return node;
}

ast::Expr* Parser::parseDisjunction() {
    const Token& start = peek();
    ast::Expr* first = parseConjunction();
    if (!at(TokenKind::KwOr)) return first;
    const size_t listMark = mark();
    push(first);
    while (accept(TokenKind::KwOr))
        push(parseConjunction());
    auto* node = m_arena.make<ast::BoolOp>();
    node->op = ast::BoolOperator::Or;
    node->values = listFrom<ast::Expr>(listMark);
    node->loc = finishLoc(start);
    return node;
}

ast::Expr* Parser::parseConjunction() {
    const Token& start = peek();
    ast::Expr* first = parseInversion();
    if (!at(TokenKind::KwAnd)) return first;
    const size_t listMark = mark();
    push(first);
    while (accept(TokenKind::KwAnd))
        push(parseInversion());
    auto* node = m_arena.make<ast::BoolOp>();
    node->op = ast::BoolOperator::And;
    node->values = listFrom<ast::Expr>(listMark);
    node->loc = finishLoc(start);
    return node;
}

ast::Expr* Parser::parseInversion() {
    if (!at(TokenKind::KwNot)) return parseComparison();
    DepthGuard guard(*this);
    const Token& keyword = advance();
    auto* node = m_arena.make<ast::UnaryOp>();
    node->op = ast::UnaryOperator::Not;
    node->operand = parseInversion();
    node->loc = finishLoc(keyword);
    return node;
}

ast::Expr* Parser::parseComparison() {
    const Token& start = peek();
    ast::Expr* left = parseBitwiseOr();
    const size_t opsMark = m_cmpScratch.size();
    const size_t listMark = mark();
    for (;;) {
        ast::CmpOperator op;
        switch (kind()) {
        case TokenKind::EqEqual: op = ast::CmpOperator::Eq; break;
        case TokenKind::NotEqual: op = ast::CmpOperator::NotEq; break;
        case TokenKind::Less: op = ast::CmpOperator::Lt; break;
        case TokenKind::LessEqual: op = ast::CmpOperator::LtE; break;
        case TokenKind::Greater: op = ast::CmpOperator::Gt; break;
        case TokenKind::GreaterEqual: op = ast::CmpOperator::GtE; break;
        case TokenKind::KwIn: op = ast::CmpOperator::In; break;
        case TokenKind::KwNot:
            if (kind(1) != TokenKind::KwIn) goto done;
            advance();
            op = ast::CmpOperator::NotIn;
            break;
        case TokenKind::KwIs:
            if (kind(1) == TokenKind::KwNot) {
                advance();
                op = ast::CmpOperator::IsNot;
            } else {
                op = ast::CmpOperator::Is;
            }
            break;
        default: goto done;
        }
        advance();
        m_cmpScratch.push_back(op);
        push(parseBitwiseOr());
    }
done:
    if (m_cmpScratch.size() == opsMark) return left;
    auto* node = m_arena.make<ast::Compare>();
    node->left = left;
    node->ops = m_arena.copy<ast::CmpOperator>(
        std::span<const ast::CmpOperator>(m_cmpScratch).subspan(opsMark));
    m_cmpScratch.resize(opsMark);
    node->comparators = listFrom<ast::Expr>(listMark);
    node->loc = finishLoc(start);
    return node;
}

ast::Expr* Parser::parseBinary(int minPrecedence) {
    const Token& start = peek();
    ast::Expr* left = parseFactor();
    for (;;) {
        const int precedence = binaryPrecedence(kind());
        if (precedence == 0 || precedence < minPrecedence) return left;
        const ast::BinaryOperator op = binaryOperator(advance().kind);
        auto* node = m_arena.make<ast::BinOp>();
        node->left = left;
        node->op = op;
        node->right = parseBinary(precedence + 1);
        node->loc = finishLoc(start);
        left = node;
    }
}

ast::Expr* Parser::parseFactor() {
    const TokenKind k = kind();
    if (k != TokenKind::Plus && k != TokenKind::Minus && k != TokenKind::Tilde) return parsePower();
    DepthGuard guard(*this);
    const Token& op = advance();
    auto* node = m_arena.make<ast::UnaryOp>();
    node->op = k == TokenKind::Plus    ? ast::UnaryOperator::UAdd
               : k == TokenKind::Minus ? ast::UnaryOperator::USub
                                       : ast::UnaryOperator::Invert;
    node->operand = parseFactor();
    node->loc = finishLoc(op);
    return node;
}

ast::Expr* Parser::parsePower() {
    const Token& start = peek();
    ast::Expr* base = nullptr;
    if (at(TokenKind::KwAwait)) {
        advance();
        auto* node = m_arena.make<ast::Await>();
        node->value = parsePrimary();
        node->loc = finishLoc(start);
        base = node;
    } else {
        base = parsePrimary();
    }
    if (!accept(TokenKind::DoubleStar)) return base;
    // Right-associative, and binds tighter than a unary minus on its left.
    auto* node = m_arena.make<ast::BinOp>();
    node->left = base;
    node->op = ast::BinaryOperator::Pow;
    node->right = parseFactor();
    node->loc = finishLoc(start);
    return node;
}

ast::Expr* Parser::parseLambda() {
    const Token& keyword = advance();
    auto* node = m_arena.make<ast::Lambda>();
    node->args = parseParameters(true);
    expect(TokenKind::Colon);
    node->body = parseExpression();
    node->loc = finishLoc(keyword);
    return node;
}

} // namespace coroscope::detail
