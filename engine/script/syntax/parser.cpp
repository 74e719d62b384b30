// SPDX-License-Identifier: MIT
// The parser's plumbing: tokens, errors, blocks and the simple statements.
#include "script/syntax/parser.h"

#include <cstdio>

namespace coroscope::detail {

namespace {

// Deep enough for any script a person writes; shallow enough that the
// recursion stays far from the stack's end, even in instrumented builds.
constexpr int kMaxDepth = 300;

} // namespace

Parser::Parser(const SourceFile& source, std::span<const Token> tokens, Arena& arena)
    : m_source(source)
    , m_tokens(tokens)
    , m_arena(arena) {
    m_scratch.reserve(256);
}

Parser::DepthGuard::DepthGuard(Parser& parser)
    : m_parser(parser) {
    if (++m_parser.m_depth > kMaxDepth) {
        --m_parser.m_depth;
        m_parser.failAt(m_parser.peek(), "too many nested expressions");
    }
}

// ---------------------------------------------------------------- tokens

const Token& Parser::advance() {
    const Token& token = peek();
    if (m_pos + 1 < m_tokens.size()) ++m_pos;
    return token;
}

bool Parser::accept(TokenKind k) {
    if (!at(k)) return false;
    advance();
    return true;
}

const Token& Parser::expect(TokenKind k) {
    if (!at(k)) invalidSyntax();
    return advance();
}

std::string_view Parser::text(const Token& token) const {
    return m_source.text().substr(token.begin, token.end - token.begin);
}

const Token& Parser::furthestToken() const {
    size_t index = m_furthest < m_tokens.size() ? m_furthest : m_tokens.size() - 1;
    // A lexer error token carries no position of its own worth comparing.
    if (m_tokens[index].kind == TokenKind::LexError && index > 0) --index;
    return m_tokens[index];
}

bool Parser::startsExpression(TokenKind k) const {
    switch (k) {
    case TokenKind::Name:
    case TokenKind::Number:
    case TokenKind::String:
    case TokenKind::LParen:
    case TokenKind::LBracket:
    case TokenKind::LBrace:
    case TokenKind::Minus:
    case TokenKind::Plus:
    case TokenKind::Tilde:
    case TokenKind::KwNot:
    case TokenKind::KwLambda:
    case TokenKind::KwAwait:
    case TokenKind::KwNone:
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::Ellipsis: return true;
    default: return false;
    }
}

// ---------------------------------------------------------------- errors

ScriptError Parser::makeError(std::string message, const ast::Location& where,
                              ScriptErrorKind kind) const {
    ScriptError error;
    error.file = m_source.fileName();
    error.line = static_cast<int>(where.line);
    error.column = static_cast<int>(where.column);
    error.endLine = static_cast<int>(where.endLine);
    error.endColumn = static_cast<int>(where.endColumn);
    error.message = std::move(message);
    error.kind = kind;
    error.lineText = std::string(m_source.lineText(error.line));
    return error;
}

void Parser::fail(std::string message, const ast::Location& where, ScriptErrorKind kind) {
    throw ParseAbort{makeError(std::move(message), where, kind)};
}

void Parser::failAt(const Token& token, std::string message, ScriptErrorKind kind) {
    fail(std::move(message), locOf(token), kind);
}

void Parser::invalidSyntax() {
    const Token& token = peek();
    if (token.kind == TokenKind::Indent) {
        // CPython reports the width of the indentation and draws no caret.
        const ast::Location where{token.line, token.column > 1 ? token.column - 1 : 1, token.line,
                                  0};
        throw ParseAbort{makeError("unexpected indent", where, ScriptErrorKind::IndentationError),
                         true};
    }
    if (token.kind == TokenKind::Dedent)
        throw ParseAbort{makeError("unexpected unindent",
                                   {token.line, token.column - 1, token.line, 0},
                                   ScriptErrorKind::IndentationError),
                         true};
    // CPython reports the furthest token its first pass looked at.
    const Token* where = &token;
    const Token& furthest = m_tokens[m_firstPassFurthest];
    if (m_firstPassFurthest > m_pos && furthest.kind != TokenKind::LexError &&
        furthest.kind != TokenKind::Indent && furthest.kind != TokenKind::Dedent)
        where = &furthest;
    ast::Location loc = locOf(*where);
    // At the end of the file (not of an f-string field) CPython has no column.
    if (where->kind == TokenKind::EndMarker && where->begin == m_source.text().size())
        loc.column = loc.endColumn = 0;
    ParseAbort abort{makeError("invalid syntax", loc, ScriptErrorKind::SyntaxError)};
    abort.generic = true;
    throw abort;
}

void Parser::expectedColon() {
    failAt(peek(), "expected ':'");
}

// ---------------------------------------------------------------- locations

ast::Location Parser::span(const ast::Location& from, const ast::Location& to) {
    return {from.line, from.column, to.endLine, to.endColumn};
}

ast::Location Parser::locOf(const Token& token) {
    return {token.line, token.column, token.endLine, token.endColumn};
}

ast::Location Parser::spanTokens(const Token& first, const Token& last) const {
    return {first.line, first.column, last.endLine, last.endColumn};
}

ast::Location Parser::finishCompound(const Token& start) const {
    size_t last = m_pos - 1;
    while (last > 0 &&
           (m_tokens[last].kind == TokenKind::Newline || m_tokens[last].kind == TokenKind::Indent ||
            m_tokens[last].kind == TokenKind::Dedent))
        --last;
    return spanTokens(start, m_tokens[last]);
}

// ---------------------------------------------------------------- file and blocks

ast::NodeList<ast::Stmt> Parser::parseFile() {
    const size_t listMark = mark();
    while (!at(TokenKind::EndMarker))
        parseStatement();
    return listFrom<ast::Stmt>(listMark);
}

void Parser::parseStatement() {
    DepthGuard guard(*this);
    switch (kind()) {
    case TokenKind::KwDef:
    case TokenKind::KwIf:
    case TokenKind::KwClass:
    case TokenKind::KwWith:
    case TokenKind::KwFor:
    case TokenKind::KwTry:
    case TokenKind::KwWhile:
    case TokenKind::At: push(parseCompound()); return;
    case TokenKind::KwAsync: {
        const TokenKind next = kind(1);
        if (next != TokenKind::KwDef && next != TokenKind::KwWith && next != TokenKind::KwFor) {
            advance();
            invalidSyntax();
        }
        push(parseCompound());
        return;
    }
    case TokenKind::Name:
        if (atMatchStatement()) {
            push(parseMatch());
            return;
        }
        break;
    default: break;
    }
    parseSimpleStatements();
}

ast::NodeList<ast::Stmt> Parser::parseBlock(const char* construct, const Token& header) {
    const size_t listMark = mark();
    if (at(TokenKind::Newline)) {
        advance();
        if (!at(TokenKind::Indent)) {
            char message[128];
            std::snprintf(message, sizeof message, "expected an indented block after %s on line %u",
                          construct, header.line);
            const Token& next = peek();
            // At a dedent CPython points at the end of the indentation.
            if (next.kind == TokenKind::Dedent)
                fail(message, {next.line, next.column - 1, next.line, 0},
                     ScriptErrorKind::IndentationError);
            failAt(next, message, ScriptErrorKind::IndentationError);
        }
        advance();
        while (!at(TokenKind::Dedent) && !at(TokenKind::EndMarker))
            parseStatement();
        accept(TokenKind::Dedent);
    } else {
        parseSimpleStatements();
    }
    return listFrom<ast::Stmt>(listMark);
}

void Parser::parseSimpleStatements() {
    for (;;) {
        push(parseSimpleStatement());
        if (!accept(TokenKind::Semicolon) || at(TokenKind::Newline)) break;
    }
    expect(TokenKind::Newline);
}

ast::Stmt* Parser::parseSimpleStatement() {
    const Token& first = peek();
    switch (first.kind) {
    case TokenKind::KwReturn: return parseReturn();
    case TokenKind::KwImport: return parseImport();
    case TokenKind::KwFrom: return parseImportFrom();
    case TokenKind::KwRaise: return parseRaise();
    case TokenKind::KwPass: advance(); return make<ast::Pass>(locOf(first));
    case TokenKind::KwBreak: advance(); return make<ast::Break>(locOf(first));
    case TokenKind::KwContinue: advance(); return make<ast::Continue>(locOf(first));
    case TokenKind::KwDel: return parseDelete();
    case TokenKind::KwAssert: return parseAssert();
    case TokenKind::KwGlobal:
    case TokenKind::KwNonlocal: return parseGlobalOrNonlocal();
    default: return parseExpressionStatement();
    }
}

bool Parser::atEndOfSimpleStatement() {
    return at(TokenKind::Newline) || at(TokenKind::Semicolon);
}

ast::Stmt* Parser::parseReturn() {
    const Token& keyword = advance();
    auto* node = m_arena.make<ast::Return>();
    if (!atEndOfSimpleStatement()) node->value = parseStarExpressions();
    node->loc = finishLoc(keyword);
    return node;
}

ast::Stmt* Parser::parseRaise() {
    const Token& keyword = advance();
    auto* node = m_arena.make<ast::Raise>();
    if (!atEndOfSimpleStatement()) {
        node->exc = parseExpression();
        if (accept(TokenKind::KwFrom)) node->cause = parseExpression();
    }
    node->loc = finishLoc(keyword);
    return node;
}

ast::Stmt* Parser::parseAssert() {
    const Token& keyword = advance();
    auto* node = m_arena.make<ast::Assert>();
    node->test = parseExpression();
    if (accept(TokenKind::Comma)) node->msg = parseExpression();
    node->loc = finishLoc(keyword);
    return node;
}

ast::Stmt* Parser::parseDelete() {
    const Token& keyword = advance();
    const size_t listMark = mark();
    do {
        if (atEndOfSimpleStatement() && mark() > listMark) break;
        ast::Expr* target = parseExpression();
        checkTarget(target, TargetKind::Del);
        push(target);
    } while (accept(TokenKind::Comma));
    if (!atEndOfSimpleStatement()) invalidSyntax();
    auto* node = make<ast::Delete>(finishLoc(keyword));
    node->targets = listFrom<ast::Expr>(listMark);
    return node;
}

ast::Stmt* Parser::parseGlobalOrNonlocal() {
    const Token& keyword = advance();
    std::vector<std::string_view> names;
    do
        names.push_back(text(expect(TokenKind::Name)));
    while (accept(TokenKind::Comma));
    const auto stored = m_arena.copy<std::string_view>(names);
    const ast::Location where = finishLoc(keyword);
    if (keyword.kind == TokenKind::KwGlobal) {
        auto* node = make<ast::Global>(where);
        node->names = stored;
        return node;
    }
    auto* node = make<ast::Nonlocal>(where);
    node->names = stored;
    return node;
}

std::string_view Parser::parseDottedName(ast::Location& loc) {
    const Token& first = expect(TokenKind::Name);
    const Token* last = &first;
    bool dotted = false;
    while (at(TokenKind::Dot)) {
        advance();
        last = &expect(TokenKind::Name);
        dotted = true;
    }
    loc = spanTokens(first, *last);
    if (!dotted) return text(first);
    // Spaces are allowed around the dots; the name keeps only the parts.
    std::string joined;
    for (size_t i = 0;; ++i) {
        const Token& token = *(&first + i);
        if (token.kind == TokenKind::Name)
            joined += text(token);
        else
            joined += '.';
        if (&token == last) break;
    }
    return m_arena.copyString(joined);
}

ast::Alias* Parser::parseAlias(bool dotted) {
    auto* alias = m_arena.make<ast::Alias>();
    if (dotted) {
        alias->name = parseDottedName(alias->loc);
    } else {
        const Token& name = expect(TokenKind::Name);
        alias->name = text(name);
        alias->loc = locOf(name);
    }
    if (accept(TokenKind::KwAs)) {
        const Token& asName = expect(TokenKind::Name);
        alias->asName = text(asName);
        alias->loc = span(alias->loc, locOf(asName));
    }
    return alias;
}

ast::Stmt* Parser::parseImport() {
    const Token& keyword = advance();
    const size_t listMark = mark();
    do
        push(parseAlias(true));
    while (accept(TokenKind::Comma));
    auto* node = make<ast::Import>(finishLoc(keyword));
    node->names = listFrom<ast::Alias>(listMark);
    return node;
}

ast::Stmt* Parser::parseImportFrom() {
    const Token& keyword = advance();
    int level = 0;
    for (;;) {
        if (accept(TokenKind::Dot))
            level += 1;
        else if (accept(TokenKind::Ellipsis))
            level += 3;
        else
            break;
    }
    std::string_view module;
    if (level == 0 || at(TokenKind::Name)) {
        ast::Location ignored;
        module = parseDottedName(ignored);
    }
    expect(TokenKind::KwImport);
    const size_t listMark = mark();
    if (at(TokenKind::Star)) {
        const Token& star = advance();
        auto* alias = m_arena.make<ast::Alias>();
        alias->name = "*";
        alias->loc = locOf(star);
        push(alias);
    } else if (at(TokenKind::LParen)) {
        advance();
        do {
            if (at(TokenKind::RParen) && mark() > listMark) break;
            push(parseAlias(false));
        } while (accept(TokenKind::Comma));
        expect(TokenKind::RParen);
    } else {
        do {
            if (atEndOfSimpleStatement() && mark() > listMark)
                failAt(peek(), "trailing comma not allowed without surrounding parentheses");
            push(parseAlias(false));
        } while (accept(TokenKind::Comma));
    }
    auto* node = make<ast::ImportFrom>(finishLoc(keyword));
    node->module = module;
    node->level = level;
    node->names = listFrom<ast::Alias>(listMark);
    return node;
}

} // namespace coroscope::detail
