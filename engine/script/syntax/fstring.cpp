// SPDX-License-Identifier: MIT
// f-strings: Python 3.11 keeps an f-string as one token and splits it after
// lexing, following CPython's fstring_find_literal and fstring_find_expr.
// Replacement fields are tokenized and parsed in place, so every node inside
// keeps its true line and column; errors there are prefixed "f-string: ".
#include "script/syntax/parser.h"
#include "script/syntax/string_literal.h"

#include <string>
#include <vector>

namespace coroscope::detail {

namespace {

constexpr int kMaxNestedBrackets = 200;

class FStringBuilder {
public:
    FStringBuilder(Parser& parser, std::span<const Token> strings)
        : m_parser(parser)
        , m_text(parser.source().text())
        , m_loc(parser.spanTokens(strings.front(), strings.back())) {}

    ast::Expr* build(std::span<const Token> strings) {
        std::vector<ast::Expr*> parts;
        std::string literal;
        for (const Token& token : strings) {
            m_token = &token;
            m_raw = token.flags & StringRaw;
            const std::string_view body = stringBody(m_parser.text(token), token.flags);
            const auto bodyBegin = static_cast<uint32_t>(body.data() - m_text.data());
            const auto bodyEnd = bodyBegin + static_cast<uint32_t>(body.size());
            if (!(token.flags & StringFormat)) {
                decode(body, literal);
                continue;
            }
            uint32_t p = bodyBegin;
            scan(p, bodyEnd, 0, parts, literal);
        }
        flush(literal, parts);
        return joined(parts);
    }

private:
    ast::Location charLocation(uint32_t offset) const {
        const int line = m_parser.source().lineAt(offset);
        const auto column = static_cast<uint32_t>(m_parser.source().columnAt(line, offset));
        const auto l = static_cast<uint32_t>(line);
        return {l, column, l, column + 1};
    }

    [[noreturn]] void failAt(uint32_t offset, const std::string& message) {
        m_parser.fail("f-string: " + message, charLocation(offset));
    }

    // CPython words these two without the colon.
    [[noreturn]] void failExpressionPart(uint32_t offset, const char* what) {
        m_parser.fail(std::string("f-string expression part cannot include ") + what,
                      charLocation(offset));
    }

    void decode(std::string_view chunk, std::string& literal) {
        const DecodeResult result = decodeString(chunk, m_raw, false, literal);
        if (result.status == DecodeStatus::Unsupported)
            m_parser.failAt(*m_token, result.message, ScriptErrorKind::UnsupportedError);
        if (result.status == DecodeStatus::Error) m_parser.failAt(*m_token, result.message);
    }

    void flush(std::string& literal, std::vector<ast::Expr*>& parts) {
        if (literal.empty()) return;
        auto* constant = m_parser.arena().make<ast::Constant>();
        constant->valueKind = ast::ConstantKind::Str;
        constant->text = m_parser.arena().copyString(literal);
        constant->loc = m_loc;
        parts.push_back(constant);
        literal.clear();
    }

    ast::JoinedStr* joined(const std::vector<ast::Expr*>& parts) {
        auto* node = m_parser.arena().make<ast::JoinedStr>();
        node->values = m_parser.arena().copy<ast::Expr*>(parts);
        node->loc = m_loc;
        return node;
    }

    // Literal text up to a '{' that opens a field or a '}' that closes a
    // format spec; doubled braces are literal only outside format specs.
    void scanLiteral(uint32_t& p, uint32_t end, int level, std::string& literal) {
        uint32_t chunk = p;
        while (p < end) {
            char ch = m_text[p++];
            if (!m_raw && ch == '\\' && p < end) {
                ch = m_text[p++];
                if (ch == 'N' && p < end && m_text[p] == '{') {
                    while (p < end && m_text[p] != '}')
                        ++p;
                    if (p < end) ++p;
                    continue;
                }
            }
            if (ch != '{' && ch != '}') continue;
            if (level == 0) {
                if (p < end && m_text[p] == ch) {
                    decode(m_text.substr(chunk, p - chunk), literal);
                    chunk = ++p;
                    continue;
                }
                if (ch == '}') failAt(p - 1, "single '}' is not allowed");
            }
            --p;
            break;
        }
        decode(m_text.substr(chunk, p - chunk), literal);
    }

    void scan(uint32_t& p, uint32_t end, int level, std::vector<ast::Expr*>& parts,
              std::string& literal) {
        for (;;) {
            scanLiteral(p, end, level, literal);
            if (p >= end || m_text[p] == '}') break;
            ast::FormattedValue* field = scanField(p, end, level, literal);
            flush(literal, parts);
            parts.push_back(field);
        }
        if (level > 0 && (p >= end || m_text[p] != '}')) failAt(p, "expecting '}'");
    }

    // Finds where the expression of a field ends: at '!', ':', '=' or '}'
    // outside brackets and strings, '!=' and the like excepted.
    uint32_t findExpressionEnd(uint32_t p, uint32_t end) {
        char quote = 0;
        int quoteSize = 0;
        uint32_t quoteStart = 0;
        char brackets[kMaxNestedBrackets];
        uint32_t bracketAt[kMaxNestedBrackets];
        int depth = 0;
        while (p < end) {
            const char ch = m_text[p];
            if (ch == '\\') failExpressionPart(p, "a backslash");
            if (quote) {
                if (ch == quote) {
                    if (quoteSize == 1) {
                        quote = 0;
                    } else if (p + 2 < end && m_text[p + 1] == ch && m_text[p + 2] == ch) {
                        quote = 0;
                        p += 2;
                    }
                }
                ++p;
                continue;
            }
            if (ch == '\'' || ch == '"') {
                quoteStart = p;
                quoteSize = 1;
                if (p + 2 < end && m_text[p + 1] == ch && m_text[p + 2] == ch) {
                    quoteSize = 3;
                    p += 2;
                }
                quote = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (depth >= kMaxNestedBrackets) failAt(p, "too many nested parenthesis");
                brackets[depth] = ch;
                bracketAt[depth++] = p;
            } else if (ch == '#') {
                failExpressionPart(p, "'#'");
            } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' ||
                                      ch == '>' || ch == '<')) {
                if (p + 1 < end && m_text[p + 1] == '=' && ch != ':' && ch != '}') {
                    p += 2;
                    continue;
                }
                if (ch != '>' && ch != '<') break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (depth == 0) failAt(p, std::string("unmatched '") + ch + "'");
                const char open = brackets[--depth];
                if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                      (open == '{' && ch == '}')))
                    failAt(p, std::string("closing parenthesis '") + ch +
                                  "' does not match opening parenthesis '" + open + "'");
            }
            ++p;
        }
        if (quote) failAt(quoteStart, "unterminated string");
        if (depth > 0)
            failAt(bracketAt[depth - 1], std::string("unmatched '") + brackets[depth - 1] + "'");
        if (p >= end) failAt(p, "expecting '}'");
        return p;
    }

    ast::Expr* parseExpression(uint32_t begin, uint32_t end) {
        bool blank = true;
        for (uint32_t q = begin; q < end && blank; ++q) {
            const char c = m_text[q];
            blank = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
        }
        if (blank) failAt(begin - 1, "empty expression not allowed");
        Lexer lexer(m_parser.source());
        const LexResult lexed = lexer.tokenizeRange(begin, end);
        if (lexed.failure) throw ParseAbort{lexed.failure->error};
        Parser inner(m_parser.source(), lexed.tokens, m_parser.arena());
        try {
            return inner.parseFStringField(charLocation(begin - 1), charLocation(end));
        } catch (ParseAbort& abort) {
            abort.error.message = "f-string: " + abort.error.message;
            throw;
        } catch (const LexAbort&) {
            throw ParseAbort{lexed.failure->error};
        }
    }

    ast::FormattedValue* scanField(uint32_t& p, uint32_t end, int level, std::string& literal) {
        if (level >= 2) failAt(p, "expressions nested too deeply");
        const uint32_t exprBegin = ++p;
        p = findExpressionEnd(p, end);
        auto* field = m_parser.arena().make<ast::FormattedValue>();
        field->loc = m_loc;
        field->value = parseExpression(exprBegin, p);

        bool debug = false;
        if (m_text[p] == '=') {
            ++p;
            while (p < end && (m_text[p] == ' ' || m_text[p] == '\t' || m_text[p] == '\n' ||
                               m_text[p] == '\r' || m_text[p] == '\f' || m_text[p] == '\v'))
                ++p;
            if (p >= end) failAt(p, "expecting '}'");
            // f'{x=}' prints its own source text first.
            literal.append(m_text.substr(exprBegin, p - exprBegin));
            debug = true;
        }
        if (m_text[p] == '!') {
            ++p;
            if (p >= end) failAt(p, "expecting '}'");
            const char conversion = m_text[p];
            if (conversion != 's' && conversion != 'r' && conversion != 'a')
                failAt(p, "invalid conversion character: expected 's', 'r', or 'a'");
            field->conversion = conversion == 's'   ? ast::Conversion::Str
                                : conversion == 'r' ? ast::Conversion::Repr
                                                    : ast::Conversion::Ascii;
            ++p;
        }
        if (p < end && m_text[p] == ':') {
            ++p;
            if (p >= end) failAt(p, "expecting '}'");
            std::vector<ast::Expr*> specParts;
            std::string specLiteral;
            scan(p, end, level + 1, specParts, specLiteral);
            flush(specLiteral, specParts);
            field->formatSpec = joined(specParts);
        }
        if (p >= end || m_text[p] != '}') failAt(p, "expecting '}'");
        ++p;
        if (debug && !field->formatSpec && field->conversion == ast::Conversion::None)
            field->conversion = ast::Conversion::Repr;
        return field;
    }

    Parser& m_parser;
    std::string_view m_text;
    ast::Location m_loc;
    const Token* m_token = nullptr;
    bool m_raw = false;
};

} // namespace

ast::Expr* buildJoinedString(Parser& parser, std::span<const Token> strings) {
    FStringBuilder builder(parser, strings);
    return builder.build(strings);
}

ast::Expr* Parser::parseFStringField(const ast::Location& open, const ast::Location& close) {
    // CPython parses a field as if it were in parentheses: a tuple or a
    // generator expression there spans the braces.
    ast::Expr* expr = nullptr;
    bool spansBraces = false;
    if (at(TokenKind::KwYield)) {
        expr = parseYieldExpression();
    } else {
        expr = parseStarExpressions();
        spansBraces = expr->kind == ast::ExprKind::Tuple && !expr->parenthesized;
        if (atComprehensionStart() && !spansBraces && expr->kind != ast::ExprKind::Starred) {
            auto* generator = m_arena.make<ast::GeneratorExp>();
            generator->elt = expr;
            generator->generators = parseComprehensionClauses();
            expr = generator;
            spansBraces = true;
        }
    }
    if (!at(TokenKind::EndMarker)) invalidSyntax();
    if (expr->kind == ast::ExprKind::Starred) fail("cannot use starred expression here", expr->loc);
    if (spansBraces) expr->loc = span(open, close);
    return expr;
}

} // namespace coroscope::detail
