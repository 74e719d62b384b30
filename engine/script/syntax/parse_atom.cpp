// SPDX-License-Identifier: MIT
// Primaries and atoms: calls, subscripts, displays, comprehensions, literals.
#include "script/syntax/parser.h"
#include "script/syntax/string_literal.h"

#include <string>

namespace coroscope::detail {

namespace {

// Where CPython ends the range of "Generator expression must be parenthesized".
ast::Location lastComprehensionItem(ast::NodeList<ast::Comprehension> generators) {
    const ast::Comprehension& last = *generators.back();
    return last.ifs.empty() ? last.iter->loc : last.ifs.back()->loc;
}

} // namespace

bool Parser::atComprehensionStart() {
    return at(TokenKind::KwFor) || (at(TokenKind::KwAsync) && kind(1) == TokenKind::KwFor);
}

ast::Expr* Parser::parsePrimary() {
    const Token& start = peek();
    ast::Expr* expr = parseAtom();
    for (;;) {
        switch (kind()) {
        case TokenKind::Dot: {
            advance();
            const Token& name = expect(TokenKind::Name);
            auto* node = m_arena.make<ast::Attribute>();
            node->value = expr;
            node->attr = text(name);
            node->loc = finishLoc(start);
            expr = node;
            break;
        }
        case TokenKind::LParen: {
            const Token& open = advance();
            auto* node = m_arena.make<ast::Call>();
            node->func = expr;
            parseArguments(open, true, node->args, node->keywords);
            expect(TokenKind::RParen);
            node->loc = finishLoc(start);
            expr = node;
            break;
        }
        case TokenKind::LBracket:
            // An empty subscript is no subscript: `a []` reads as two
            // expressions, as in CPython.
            if (kind(1) == TokenKind::RBracket) return expr;
            expr = parseSubscript(expr, start);
            break;
        default: return expr;
        }
    }
}

void Parser::parseArguments(const Token& open, bool isCall, ast::NodeList<ast::Expr>& args,
                            ast::NodeList<ast::Keyword>& keywords) {
    const size_t argsMark = mark();
    const size_t keywordsMark = m_auxScratch.size();
    bool sawKeyword = false;
    bool sawDoubleStar = false;
    int count = 0;
    while (!at(TokenKind::RParen)) {
        const Token& start = peek();
        if (at(TokenKind::Star)) {
            if (sawDoubleStar)
                failAt(start, "iterable argument unpacking follows keyword argument unpacking");
            ast::Expr* starred = parseStarred(false);
            if (count == 0 && atComprehensionStart())
                fail("iterable unpacking cannot be used in comprehension", starred->loc);
            push(starred);
        } else if (at(TokenKind::DoubleStar)) {
            advance();
            auto* keyword = m_arena.make<ast::Keyword>();
            keyword->value = parseExpression();
            keyword->loc = finishLoc(start);
            m_auxScratch.push_back(keyword);
            sawDoubleStar = true;
        } else if (at(TokenKind::Name) && kind(1) == TokenKind::Equal) {
            const Token& name = advance();
            const Token& equal = advance();
            auto* keyword = m_arena.make<ast::Keyword>();
            keyword->arg = text(name);
            keyword->value = parseExpression();
            if (atComprehensionStart())
                fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                     spanTokens(name, equal));
            keyword->loc = finishLoc(start);
            m_auxScratch.push_back(keyword);
            sawKeyword = true;
        } else if ((at(TokenKind::KwTrue) || at(TokenKind::KwFalse) || at(TokenKind::KwNone)) &&
                   kind(1) == TokenKind::Equal) {
            const Token& constant = advance();
            const Token& equal = advance();
            fail("cannot assign to " + std::string(text(constant)), spanTokens(constant, equal));
        } else {
            ast::Expr* value = parseNamedExpression(false);
            if (!isCall && atComprehensionStart()) invalidSyntax();
            if (atComprehensionStart()) {
                auto* generator = m_arena.make<ast::GeneratorExp>();
                generator->elt = value;
                generator->generators = parseComprehensionClauses();
                if (count > 0 || at(TokenKind::Comma))
                    fail("Generator expression must be parenthesized",
                         span(value->loc, lastComprehensionItem(generator->generators)));
                if (!at(TokenKind::RParen)) invalidSyntax();
                // The call's parentheses are the generator's own.
                generator->loc = spanTokens(open, peek());
                value = generator;
            } else if (at(TokenKind::Equal)) {
                fail("expression cannot contain assignment, perhaps you meant \"==\"?",
                     span(value->loc, locOf(peek())));
            } else if (sawDoubleStar || sawKeyword) {
                // CPython reads the remaining arguments before it complains.
                tryParse([&] {
                    while (accept(TokenKind::Comma) && !at(TokenKind::RParen)) {
                        if (at(TokenKind::Star) || at(TokenKind::DoubleStar))
                            advance();
                        else if (at(TokenKind::Name) && kind(1) == TokenKind::Equal)
                            m_pos += 2;
                        parseExpression();
                    }
                });
                failAt(peek(), sawDoubleStar
                                   ? "positional argument follows keyword argument unpacking"
                                   : "positional argument follows keyword argument");
            }
            push(value);
        }
        ++count;
        if (!accept(TokenKind::Comma)) break;
    }
    args = listFrom<ast::Expr>(argsMark);
    keywords = listFrom<ast::Keyword>(m_auxScratch, keywordsMark);
}

ast::Expr* Parser::parseSubscript(ast::Expr* value, const Token& start) {
    advance();
    const Token& sliceStart = peek();
    ast::Expr* first = at(TokenKind::Star) ? parseStarred(false) : parseSlice();
    ast::Expr* slice = first;
    if (at(TokenKind::Comma) || first->kind == ast::ExprKind::Starred) {
        const size_t listMark = mark();
        push(first);
        while (accept(TokenKind::Comma)) {
            if (at(TokenKind::RBracket)) break;
            push(at(TokenKind::Star) ? parseStarred(false) : parseSlice());
        }
        auto* tuple = m_arena.make<ast::Tuple>();
        tuple->elts = listFrom<ast::Expr>(listMark);
        tuple->loc = finishLoc(sliceStart);
        slice = tuple;
    }
    expect(TokenKind::RBracket);
    auto* node = m_arena.make<ast::Subscript>();
    node->value = value;
    node->slice = slice;
    node->loc = finishLoc(start);
    return node;
}

ast::Expr* Parser::parseSlice() {
    const Token& start = peek();
    ast::Expr* lower = nullptr;
    if (!at(TokenKind::Colon)) {
        lower = parseNamedExpression();
        if (!at(TokenKind::Colon)) return lower;
    }
    advance();
    auto* node = m_arena.make<ast::Slice>();
    node->lower = lower;
    const auto atSliceEnd = [this] {
        return at(TokenKind::Colon) || at(TokenKind::Comma) || at(TokenKind::RBracket);
    };
    if (!atSliceEnd()) node->upper = parseExpression();
    if (accept(TokenKind::Colon) && !atSliceEnd()) node->step = parseExpression();
    node->loc = finishLoc(start);
    return node;
}

ast::Expr* Parser::parseAtom() {
    const Token& token = peek();
    switch (token.kind) {
    case TokenKind::Name: {
        advance();
        auto* node = make<ast::Name>(locOf(token));
        node->id = text(token);
        return node;
    }
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::KwNone:
    case TokenKind::Ellipsis: {
        advance();
        auto* node = make<ast::Constant>(locOf(token));
        node->valueKind = token.kind == TokenKind::KwTrue    ? ast::ConstantKind::True
                          : token.kind == TokenKind::KwFalse ? ast::ConstantKind::False
                          : token.kind == TokenKind::KwNone  ? ast::ConstantKind::None
                                                             : ast::ConstantKind::Ellipsis;
        return node;
    }
    case TokenKind::Number: advance(); return parseNumber(token);
    case TokenKind::String: return parseStrings();
    case TokenKind::LParen: return parseParenthesized();
    case TokenKind::LBracket: return parseListDisplay();
    case TokenKind::LBrace: return parseBraceDisplay();
    default: invalidSyntax();
    }
}

ast::Expr* Parser::parseParenthesized() {
    const Token& open = advance();
    if (at(TokenKind::RParen)) {
        advance();
        auto* tuple = m_arena.make<ast::Tuple>();
        tuple->loc = finishLoc(open);
        tuple->parenthesized = true;
        return tuple;
    }
    if (at(TokenKind::KwYield)) {
        ast::Expr* yield = parseYieldExpression();
        expect(TokenKind::RParen);
        yield->parenthesized = true;
        return yield;
    }
    ast::Expr* first = parseStarNamedExpression();
    if (atComprehensionStart()) {
        if (first->kind == ast::ExprKind::Starred)
            fail("iterable unpacking cannot be used in comprehension", first->loc);
        auto* node = m_arena.make<ast::GeneratorExp>();
        node->elt = first;
        node->generators = parseComprehensionClauses();
        expect(TokenKind::RParen);
        node->loc = finishLoc(open);
        return node;
    }
    if (at(TokenKind::Comma)) {
        const size_t listMark = mark();
        push(first);
        while (accept(TokenKind::Comma)) {
            if (at(TokenKind::RParen)) break;
            push(parseStarNamedExpression());
        }
        expect(TokenKind::RParen);
        auto* tuple = m_arena.make<ast::Tuple>();
        tuple->elts = listFrom<ast::Expr>(listMark);
        tuple->loc = finishLoc(open);
        tuple->parenthesized = true;
        return tuple;
    }
    expect(TokenKind::RParen);
    if (first->kind == ast::ExprKind::Starred)
        fail("cannot use starred expression here", first->loc);
    first->parenthesized = true;
    return first;
}

ast::Expr* Parser::parseListDisplay() {
    const Token& open = advance();
    if (accept(TokenKind::RBracket)) {
        auto* list = m_arena.make<ast::List>();
        list->loc = finishLoc(open);
        return list;
    }
    ast::Expr* first = parseStarNamedExpression();
    if (atComprehensionStart()) {
        if (first->kind == ast::ExprKind::Starred)
            fail("iterable unpacking cannot be used in comprehension", first->loc);
        auto* node = m_arena.make<ast::ListComp>();
        node->elt = first;
        node->generators = parseComprehensionClauses();
        expect(TokenKind::RBracket);
        node->loc = finishLoc(open);
        return node;
    }
    const size_t listMark = mark();
    push(first);
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RBracket) || atComprehensionStart()) break;
        push(parseStarNamedExpression());
    }
    checkUnparenthesizedTarget(listMark);
    expect(TokenKind::RBracket);
    auto* list = m_arena.make<ast::List>();
    list->elts = listFrom<ast::Expr>(listMark);
    list->loc = finishLoc(open);
    return list;
}

void Parser::parseDictEntry(ast::Expr* key) {
    // Keys go on the scratch stack and values on the auxiliary one; a null
    // key stands for **value.
    if (!key && at(TokenKind::DoubleStar)) {
        advance();
        push(nullptr);
        m_auxScratch.push_back(parseBitwiseOr());
        return;
    }
    if (!key) key = parseExpression();
    if (!at(TokenKind::Colon)) {
        if (at(TokenKind::RBrace) || at(TokenKind::Comma))
            failAt(previous(), "':' expected after dictionary key");
        invalidSyntax();
    }
    const Token& colon = advance();
    if (at(TokenKind::Star))
        failAt(peek(), "cannot use a starred expression in a dictionary value");
    if (at(TokenKind::RBrace) || at(TokenKind::Comma))
        failAt(colon, "expression expected after dictionary key and ':'");
    push(key);
    m_auxScratch.push_back(parseExpression());
}

void Parser::checkUnparenthesizedTarget(size_t elementsMark) {
    // [a, b for ...]: CPython's invalid_comprehension.
    if (!atComprehensionStart()) return;
    const auto* first = static_cast<const ast::Expr*>(m_scratch[elementsMark]);
    const ast::Location end = m_scratch.size() - elementsMark > 1
                                  ? static_cast<const ast::Expr*>(m_scratch.back())->loc
                                  : locOf(previous());
    fail("did you forget parentheses around the comprehension target?", span(first->loc, end));
}

ast::Expr* Parser::parseBraceDisplay() {
    const Token& open = advance();
    if (accept(TokenKind::RBrace)) {
        auto* dict = m_arena.make<ast::Dict>();
        dict->loc = finishLoc(open);
        return dict;
    }
    ast::Expr* first = nullptr;
    if (!at(TokenKind::DoubleStar)) {
        first = parseStarNamedExpression();
        if (!at(TokenKind::Colon)) {
            // A set display or comprehension.
            if (atComprehensionStart()) {
                if (first->kind == ast::ExprKind::Starred)
                    fail("iterable unpacking cannot be used in comprehension", first->loc);
                auto* node = m_arena.make<ast::SetComp>();
                node->elt = first;
                node->generators = parseComprehensionClauses();
                expect(TokenKind::RBrace);
                node->loc = finishLoc(open);
                return node;
            }
            const size_t listMark = mark();
            push(first);
            while (accept(TokenKind::Comma)) {
                if (at(TokenKind::RBrace) || atComprehensionStart()) break;
                push(parseStarNamedExpression());
            }
            checkUnparenthesizedTarget(listMark);
            expect(TokenKind::RBrace);
            auto* set = m_arena.make<ast::Set>();
            set->elts = listFrom<ast::Expr>(listMark);
            set->loc = finishLoc(open);
            return set;
        }
    }
    const size_t keysMark = mark();
    const size_t valuesMark = m_auxScratch.size();
    const Token& firstEntry = peek();
    parseDictEntry(first);
    if (atComprehensionStart()) {
        if (!m_scratch.back())
            fail("dict unpacking cannot be used in dict comprehension", finishLoc(firstEntry));
        auto* node = m_arena.make<ast::DictComp>();
        node->value = static_cast<ast::Expr*>(m_auxScratch.back());
        m_auxScratch.pop_back();
        node->key = static_cast<ast::Expr*>(m_scratch.back());
        m_scratch.pop_back();
        node->generators = parseComprehensionClauses();
        expect(TokenKind::RBrace);
        node->loc = finishLoc(open);
        return node;
    }
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RBrace)) break;
        parseDictEntry(nullptr);
    }
    expect(TokenKind::RBrace);
    auto* dict = m_arena.make<ast::Dict>();
    dict->keys = listFrom<ast::Expr>(keysMark);
    dict->values = listFrom<ast::Expr>(m_auxScratch, valuesMark);
    dict->loc = finishLoc(open);
    return dict;
}

ast::NodeList<ast::Comprehension> Parser::parseComprehensionClauses() {
    const size_t listMark = mark();
    while (atComprehensionStart()) {
        auto* clause = m_arena.make<ast::Comprehension>();
        clause->isAsync = accept(TokenKind::KwAsync);
        advance();
        clause->target = parseForTarget();
        clause->iter = parseDisjunction();
        const size_t ifsMark = mark();
        while (accept(TokenKind::KwIf))
            push(parseDisjunction());
        clause->ifs = listFrom<ast::Expr>(ifsMark);
        push(clause);
    }
    return listFrom<ast::Comprehension>(listMark);
}

ast::Expr* Parser::parseNumber(const Token& token) {
    const std::string_view literal = text(token);
    auto* node = make<ast::Constant>(locOf(token));
    const char last = literal.back();
    const bool radix = literal.size() > 1 && literal[0] == '0' &&
                       std::string_view("xXoObB").find(literal[1]) != std::string_view::npos;
    if (last == 'j' || last == 'J') {
        node->valueKind = ast::ConstantKind::Imaginary;
        node->floatValue = parseFloatLiteral(literal);
    } else if (!radix && literal.find_first_of(".eE") != std::string_view::npos) {
        node->valueKind = ast::ConstantKind::Float;
        node->floatValue = parseFloatLiteral(literal);
    } else if (parseIntLiteral(literal, node->intValue)) {
        node->valueKind = ast::ConstantKind::Int;
    } else {
        node->valueKind = ast::ConstantKind::BigInt;
        node->text = m_arena.copyString(withoutUnderscores(literal));
    }
    return node;
}

ast::Expr* Parser::parseStrings() {
    const size_t first = m_pos;
    bool anyFormat = false;
    bool anyBytes = false;
    bool allBytes = true;
    while (at(TokenKind::String)) {
        const Token& token = advance();
        anyFormat = anyFormat || (token.flags & StringFormat);
        const bool bytes = token.flags & StringBytes;
        anyBytes = anyBytes || bytes;
        allBytes = allBytes && bytes;
    }
    const std::span<const Token> strings = m_tokens.subspan(first, m_pos - first);
    if (anyBytes && !allBytes) {
        for (const Token& token : strings) {
            // CPython reports it at the token after the strings.
            if (((token.flags & StringBytes) != 0) != ((strings[0].flags & StringBytes) != 0))
                failAt(peek(), "cannot mix bytes and nonbytes literals");
        }
    }
    if (anyFormat) return buildJoinedString(*this, strings);

    auto* node = make<ast::Constant>(spanTokens(strings.front(), strings.back()));
    node->valueKind = anyBytes ? ast::ConstantKind::Bytes : ast::ConstantKind::Str;
    node->unicodePrefix = strings[0].flags & StringUnicode;
    // The common case, one string without escapes, points into the source.
    if (strings.size() == 1) {
        const std::string_view body = stringBody(text(strings[0]), strings[0].flags);
        if ((strings[0].flags & StringRaw) || body.find('\\') == std::string_view::npos) {
            for (char c : body) {
                if (anyBytes && static_cast<unsigned char>(c) >= 0x80)
                    failAt(peek(), "bytes can only contain ASCII literal characters");
            }
            node->text = body;
            return node;
        }
    }
    m_decodeBuffer.clear();
    for (const Token& token : strings) {
        const std::string_view body = stringBody(text(token), token.flags);
        checkDecode(
            decodeString(body, token.flags & StringRaw, token.flags & StringBytes, m_decodeBuffer),
            token);
    }
    node->text = m_arena.copyString(m_decodeBuffer);
    return node;
}

void Parser::checkDecode(const DecodeResult& result, const Token& token) {
    if (result.status == DecodeStatus::Ok) return;
    if (result.status == DecodeStatus::Unsupported)
        failAt(token, result.message, ScriptErrorKind::UnsupportedError);
    // CPython reports escape errors at the token after the string.
    failAt(peek(), result.message);
}

} // namespace coroscope::detail
