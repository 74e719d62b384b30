// SPDX-License-Identifier: MIT
// Compound statements: functions, classes, if, while, for, with, try, match.
#include "script/syntax/parser.h"

#include <vector>

namespace coroscope::detail {

ast::Stmt* Parser::parseCompound() {
    switch (kind()) {
    case TokenKind::KwDef: return parseFunctionDef({});
    case TokenKind::KwAsync:
        if (kind(1) == TokenKind::KwDef) return parseFunctionDef({});
        if (kind(1) == TokenKind::KwWith) return parseWith();
        return parseFor();
    case TokenKind::KwIf: return parseIf(false);
    case TokenKind::KwClass: return parseClassDef({});
    case TokenKind::KwWith: return parseWith();
    case TokenKind::KwFor: return parseFor();
    case TokenKind::KwTry: return parseTry();
    case TokenKind::KwWhile: return parseWhile();
    default: return parseDecorated();
    }
}

void Parser::expectHeaderColon(bool forced) {
    // Some rules of the grammar force the ':' (def, try, else, finally);
    // the others only explain a missing one at the end of the line.
    if (at(TokenKind::Colon)) {
        advance();
        return;
    }
    if (forced || at(TokenKind::Newline)) expectedColon();
    invalidSyntax();
}

ast::Stmt* Parser::parseDecorated() {
    const size_t listMark = mark();
    while (accept(TokenKind::At)) {
        push(parseNamedExpression());
        expect(TokenKind::Newline);
    }
    const ast::NodeList<ast::Expr> decorators = listFrom<ast::Expr>(listMark);
    if (at(TokenKind::KwDef) || (at(TokenKind::KwAsync) && kind(1) == TokenKind::KwDef))
        return parseFunctionDef(decorators);
    if (at(TokenKind::KwClass)) return parseClassDef(decorators);
    invalidSyntax();
}

ast::Stmt* Parser::parseFunctionDef(ast::NodeList<ast::Expr> decorators) {
    const Token& start = peek();
    auto* node = m_arena.make<ast::FunctionDef>();
    node->isAsync = accept(TokenKind::KwAsync);
    const Token& keyword = expect(TokenKind::KwDef);
    node->name = text(expect(TokenKind::Name));
    if (!at(TokenKind::LParen)) failAt(peek(), "expected '('");
    advance();
    node->args = parseParameters(false);
    expect(TokenKind::RParen);
    if (accept(TokenKind::Arrow)) node->returns = parseExpression();
    expectHeaderColon(true);
    node->decorators = decorators;
    node->body = parseBlock("function definition", keyword);
    node->loc = finishCompound(start);
    return node;
}

ast::Stmt* Parser::parseClassDef(ast::NodeList<ast::Expr> decorators) {
    const Token& keyword = advance();
    auto* node = m_arena.make<ast::ClassDef>();
    node->name = text(expect(TokenKind::Name));
    if (at(TokenKind::LParen)) {
        const Token& open = advance();
        parseArguments(open, false, node->bases, node->keywords);
        expect(TokenKind::RParen);
    }
    expectHeaderColon(false);
    node->decorators = decorators;
    node->body = parseBlock("class definition", keyword);
    node->loc = finishCompound(keyword);
    return node;
}

ast::Arg* Parser::parseParameter(bool lambda, bool starAnnotation) {
    const Token& name = expect(TokenKind::Name);
    auto* arg = m_arena.make<ast::Arg>();
    arg->name = text(name);
    if (!lambda && accept(TokenKind::Colon))
        arg->annotation =
            starAnnotation && at(TokenKind::Star) ? parseStarred(false) : parseExpression();
    arg->loc = finishLoc(name);
    return arg;
}

ast::Arguments* Parser::parseParameters(bool lambda) {
    const TokenKind end = lambda ? TokenKind::Colon : TokenKind::RParen;
    std::vector<ast::Arg*> posOnly;
    std::vector<ast::Arg*> args;
    std::vector<ast::Arg*> kwOnly;
    std::vector<ast::Expr*> defaults;
    std::vector<ast::Expr*> kwDefaults;
    auto* result = m_arena.make<ast::Arguments>();
    bool sawSlash = false;
    bool sawStar = false;
    bool sawDefault = false;
    while (!at(end)) {
        const Token& token = peek();
        if (token.kind == TokenKind::Slash) {
            if (args.empty() && !sawSlash && !sawStar && kind(1) != TokenKind::Comma)
                invalidSyntax();
            advance();
            if (sawSlash) failAt(token, "/ may appear only once");
            if (sawStar) failAt(token, "/ must be ahead of *");
            if (args.empty()) failAt(token, "at least one argument must precede /");
            posOnly.swap(args);
            sawSlash = true;
        } else if (token.kind == TokenKind::Star) {
            advance();
            if (sawStar) failAt(token, "* argument may appear only once");
            sawStar = true;
            if (at(TokenKind::Name)) {
                result->varArg = parseParameter(lambda, true);
                if (at(TokenKind::Equal))
                    failAt(peek(), "var-positional argument cannot have default value");
            } else if (at(end) || (at(TokenKind::Comma) &&
                                   (kind(1) == end || kind(1) == TokenKind::DoubleStar))) {
                failAt(token, "named arguments must follow bare *");
            }
        } else if (token.kind == TokenKind::DoubleStar) {
            advance();
            result->kwArg = parseParameter(lambda, false);
            if (at(TokenKind::Equal))
                failAt(peek(), "var-keyword argument cannot have default value");
            if (accept(TokenKind::Comma) && !at(end))
                failAt(peek(), "arguments cannot follow var-keyword argument");
            break;
        } else {
            ast::Arg* arg = parseParameter(lambda, false);
            ast::Expr* value = nullptr;
            if (at(TokenKind::Equal)) {
                const Token& equal = advance();
                if (at(TokenKind::Comma) || at(end))
                    failAt(equal, "expected default value expression");
                value = parseExpression();
                sawDefault = true;
            } else if (!sawStar && sawDefault && (at(TokenKind::Comma) || at(end))) {
                fail("non-default argument follows default argument", arg->loc);
            }
            if (sawStar) {
                kwOnly.push_back(arg);
                kwDefaults.push_back(value);
            } else {
                args.push_back(arg);
                if (value) defaults.push_back(value);
            }
        }
        if (!accept(TokenKind::Comma)) break;
    }
    result->posOnlyArgs = m_arena.copy<ast::Arg*>(posOnly);
    result->args = m_arena.copy<ast::Arg*>(args);
    result->kwOnlyArgs = m_arena.copy<ast::Arg*>(kwOnly);
    result->defaults = m_arena.copy<ast::Expr*>(defaults);
    result->kwDefaults = m_arena.copy<ast::Expr*>(kwDefaults);
    return result;
}

ast::Stmt* Parser::parseIf(bool isElif) {
    const Token& keyword = advance();
    auto* node = m_arena.make<ast::If>();
    node->test = parseNamedExpression();
    expectHeaderColon(false);
    node->body = parseBlock(isElif ? "'elif' statement" : "'if' statement", keyword);
    if (at(TokenKind::KwElif)) {
        const size_t listMark = mark();
        push(parseIf(true));
        node->orelse = listFrom<ast::Stmt>(listMark);
    } else if (at(TokenKind::KwElse)) {
        node->orelse = parseElseBlock();
    }
    node->loc = finishCompound(keyword);
    return node;
}

ast::NodeList<ast::Stmt> Parser::parseElseBlock() {
    const Token& keyword = advance();
    expectHeaderColon(true);
    return parseBlock("'else' statement", keyword);
}

ast::Stmt* Parser::parseWhile() {
    const Token& keyword = advance();
    auto* node = m_arena.make<ast::While>();
    node->test = parseNamedExpression();
    expectHeaderColon(false);
    node->body = parseBlock("'while' statement", keyword);
    if (at(TokenKind::KwElse)) node->orelse = parseElseBlock();
    node->loc = finishCompound(keyword);
    return node;
}

ast::Stmt* Parser::parseFor() {
    const Token& start = peek();
    auto* node = m_arena.make<ast::For>();
    node->isAsync = accept(TokenKind::KwAsync);
    const Token& keyword = expect(TokenKind::KwFor);
    node->target = parseForTarget();
    node->iter = parseStarExpressions();
    expectHeaderColon(false);
    node->body = parseBlock("'for' statement", keyword);
    if (at(TokenKind::KwElse)) node->orelse = parseElseBlock();
    node->loc = finishCompound(start);
    return node;
}

ast::WithItem* Parser::parseWithItem() {
    auto* item = m_arena.make<ast::WithItem>();
    item->contextExpr = parseExpression();
    if (accept(TokenKind::KwAs)) {
        ast::Expr* target = parseExpression();
        if (!at(TokenKind::Comma) && !at(TokenKind::RParen) && !at(TokenKind::Colon) &&
            !at(TokenKind::Newline))
            invalidSyntax();
        checkTarget(target, TargetKind::Star);
        item->optionalVars = target;
    }
    return item;
}

ast::Stmt* Parser::parseWith() {
    const Token& start = peek();
    auto* node = m_arena.make<ast::With>();
    node->isAsync = accept(TokenKind::KwAsync);
    const Token& keyword = expect(TokenKind::KwWith);
    const size_t listMark = mark();
    bool parenthesized = false;
    if (at(TokenKind::LParen)) {
        // with (a as b, c as d): items in parentheses, unless the
        // parentheses belong to the first expression.
        parenthesized = tryParse([&] {
            advance();
            do {
                if (at(TokenKind::RParen) && mark() > listMark) break;
                push(parseWithItem());
            } while (accept(TokenKind::Comma));
            expect(TokenKind::RParen);
            if (!at(TokenKind::Colon)) invalidSyntax();
        });
    }
    if (!parenthesized) {
        do
            push(parseWithItem());
        while (accept(TokenKind::Comma));
    }
    expectHeaderColon(false);
    node->items = listFrom<ast::WithItem>(listMark);
    node->body = parseBlock("'with' statement", keyword);
    node->loc = finishCompound(start);
    return node;
}

ast::Stmt* Parser::parseTry() {
    const Token& keyword = advance();
    expectHeaderColon(true);
    auto* node = m_arena.make<ast::Try>();
    node->body = parseBlock("'try' statement", keyword);
    if (!at(TokenKind::KwExcept) && !at(TokenKind::KwFinally)) {
        // Where CPython points: the end of the block, which for a dedent is
        // the next token, or column 0 when more dedents follow.
        const Token& last = previous();
        if (last.kind != TokenKind::Dedent) failAt(last, "expected 'except' or 'finally' block");
        if (at(TokenKind::Dedent))
            fail("expected 'except' or 'finally' block", {peek().line, 0, peek().line, 0});
        failAt(peek(), "expected 'except' or 'finally' block");
    }
    const size_t listMark = mark();
    int starKind = -1;
    while (at(TokenKind::KwExcept)) {
        const Token& except = advance();
        const bool star = accept(TokenKind::Star);
        if (starKind >= 0 && star != (starKind == 1))
            failAt(except, "cannot have both 'except' and 'except*' on the same 'try'");
        starKind = star ? 1 : 0;
        auto* handler = m_arena.make<ast::ExceptHandler>();
        if (!at(TokenKind::Colon)) {
            if (at(TokenKind::Newline)) expectedColon();
            handler->type = parseExpression();
            if (at(TokenKind::Comma))
                fail("multiple exception types must be parenthesized", handler->type->loc);
            if (accept(TokenKind::KwAs)) handler->name = text(expect(TokenKind::Name));
        }
        expectHeaderColon(false);
        handler->body = parseBlock(star ? "'except*' statement" : "'except' statement", except);
        handler->loc = finishCompound(except);
        push(handler);
    }
    node->handlers = listFrom<ast::ExceptHandler>(listMark);
    node->isStar = starKind == 1;
    if (!node->handlers.empty() && at(TokenKind::KwElse)) {
        node->orelse = parseElseBlock();
    }
    if (at(TokenKind::KwFinally)) {
        const Token& finally = advance();
        expectHeaderColon(true);
        node->finalBody = parseBlock("'finally' statement", finally);
    }
    node->loc = finishCompound(keyword);
    return node;
}

bool Parser::atMatchStatement() {
    // `match` is a keyword only at the start of a statement whose line ends
    // with ':' and opens a block; elsewhere it is a plain name.
    if (text(peek()) != "match" || !(startsExpression(kind(1)) || kind(1) == TokenKind::Star))
        return false;
    size_t index = m_pos + 1;
    while (index < m_tokens.size() && m_tokens[index].kind != TokenKind::Newline &&
           m_tokens[index].kind != TokenKind::EndMarker &&
           m_tokens[index].kind != TokenKind::LexError)
        ++index;
    return index + 1 < m_tokens.size() && m_tokens[index].kind == TokenKind::Newline &&
           m_tokens[index - 1].kind == TokenKind::Colon &&
           m_tokens[index + 1].kind == TokenKind::Indent;
}

ast::Stmt* Parser::parseMatch() {
    const Token& keyword = advance();
    auto* node = m_arena.make<ast::Match>();
    node->subject = parseStarExpressions();
    expect(TokenKind::Colon);
    expect(TokenKind::Newline);
    expect(TokenKind::Indent);
    // The case blocks are skipped: the validator rejects the statement.
    int depth = 1;
    const Token* last = &keyword;
    while (depth > 0 && !at(TokenKind::EndMarker)) {
        const Token& token = advance();
        if (token.kind == TokenKind::Indent)
            ++depth;
        else if (token.kind == TokenKind::Dedent)
            --depth;
        else if (token.kind != TokenKind::Newline)
            last = &token;
    }
    node->loc = spanTokens(keyword, *last);
    return node;
}

} // namespace coroscope::detail
