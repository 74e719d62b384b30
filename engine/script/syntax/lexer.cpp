// SPDX-License-Identifier: MIT
#include "script/syntax/lexer.h"

#include <cstdio>

namespace coroscope {

namespace {

// CPython's limits: deeper nesting is almost surely generated text.
constexpr size_t kMaxBracketDepth = 200;
constexpr size_t kMaxIndentDepth = 100;

char closingFor(char open) {
    return open == '(' ? ')' : open == '[' ? ']' : '}';
}

} // namespace

Lexer::Lexer(const SourceFile& source)
    : m_source(source)
    , m_text(source.text()) {}

LexResult Lexer::tokenize() {
    m_pos = 0;
    m_end = static_cast<uint32_t>(m_text.size());
    m_line = 1;
    m_atLineStart = true;
    m_rangeMode = false;
    m_result.tokens.reserve(m_text.size() / 3 + 16);
    run();
    return std::move(m_result);
}

LexResult Lexer::tokenizeRange(uint32_t begin, uint32_t end) {
    m_pos = begin;
    m_end = end;
    m_line = m_source.lineAt(begin);
    m_atLineStart = false;
    m_rangeMode = true;
    run();
    return std::move(m_result);
}

void Lexer::run() {
    while (!m_done) {
        if (m_atLineStart && !handleLineStart()) continue;
        if (!m_done) lexToken();
    }
}

char Lexer::peekChar(uint32_t ahead) const {
    const uint32_t at = m_pos + ahead;
    return at < m_end ? m_text[at] : '\0';
}

ScriptError Lexer::makeError(std::string message, int line, int column) const {
    ScriptError error;
    error.file = m_source.fileName();
    error.line = line;
    error.column = column;
    error.message = std::move(message);
    error.lineText = std::string(m_source.lineText(line));
    return error;
}

void Lexer::fail(ScriptError error, bool overrides) {
    Token token;
    token.kind = TokenKind::LexError;
    token.begin = token.end = m_pos;
    token.line = token.endLine = static_cast<uint32_t>(error.line);
    token.column = token.endColumn = static_cast<uint32_t>(error.column);
    m_result.tokens.push_back(token);
    LexFailure failure{std::move(error), overrides, {}};
    if (!m_brackets.empty()) {
        const Bracket& open = m_brackets.back();
        failure.openBracket = {open.open, open.line, m_source.columnAt(open.line, open.offset)};
    }
    m_result.failure = std::move(failure);
    m_done = true;
}

void Lexer::failAtCursor(std::string message, int line, uint32_t cur, bool overrides) {
    const uint32_t lineBegin = m_source.lineStart(line);
    int column = cur > lineBegin ? m_source.columnAt(line, cur) - 1 : 1;
    if (column < 1) column = 1;
    fail(makeError(std::move(message), line, column), overrides);
}

void Lexer::emit(TokenKind kind, uint32_t begin, uint32_t end, uint8_t flags) {
    Token token;
    token.kind = kind;
    token.flags = flags;
    token.depth = static_cast<uint16_t>(m_brackets.size() + (m_rangeMode ? 1 : 0));
    token.begin = begin;
    token.end = end;
    token.line = token.endLine = static_cast<uint32_t>(m_line);
    token.column = columnOf(begin);
    token.endColumn = columnOf(end);
    m_result.tokens.push_back(token);
}

uint32_t Lexer::columnOf(uint32_t offset) {
    if (m_columnLine != m_line) {
        m_columnLine = m_line;
        m_columnLineStart = m_source.lineStart(m_line);
        const uint32_t next = m_line < m_source.lineCount() ? m_source.lineStart(m_line + 1)
                                                            : static_cast<uint32_t>(m_text.size());
        m_columnLineAscii = true;
        for (uint32_t i = m_columnLineStart; i < next && m_columnLineAscii; ++i)
            m_columnLineAscii = static_cast<unsigned char>(m_text[i]) < 0x80;
    }
    if (m_columnLineAscii && offset >= m_columnLineStart) return offset - m_columnLineStart + 1;
    return static_cast<uint32_t>(m_source.columnAt(m_line, offset));
}

void Lexer::emitAt(TokenKind kind, uint32_t offset) {
    emit(kind, offset, offset);
}

bool Lexer::handleLineStart() {
    m_atLineStart = false;
    int col = 0;
    int altCol = 0;
    int continuedCol = -1;
    uint32_t p = m_pos;
    for (;;) {
        const char c = p < m_end ? m_text[p] : '\0';
        if (c == ' ') {
            ++col;
            ++altCol;
        } else if (c == '\t') {
            col = (col / 8 + 1) * 8;
            ++altCol;
        } else if (c == '\f') {
            col = altCol = 0;
        } else if (c == '\\') {
            if (p + 1 >= m_end || (m_text[p + 1] == '\n' && p + 2 >= m_end)) {
                m_pos = p;
                fail(makeError("unexpected EOF while parsing", m_line,
                               countCodePoints(m_source.lineText(m_line)) + 1),
                     false);
                return false;
            }
            if (m_text[p + 1] != '\n') {
                uint32_t length = 1;
                decodeUtf8(m_text, p + 1, length);
                m_pos = p;
                failAtCursor("unexpected character after line continuation character", m_line,
                             p + 1 + length, false);
                return false;
            }
            // The first backslash decides the indentation of what follows.
            if (continuedCol < 0) continuedCol = col;
            ++p;
            ++m_line;
        } else {
            break;
        }
        ++p;
    }
    const char c = p < m_end ? m_text[p] : '\0';
    if (c == '#' || c == '\n' || p >= m_end) {
        // Blank and comment-only lines do not take part in indentation.
        m_pos = p;
        while (m_pos < m_end && m_text[m_pos] != '\n')
            ++m_pos;
        if (m_pos < m_end) {
            ++m_pos;
            ++m_line;
            m_atLineStart = true;
            return false;
        }
        return true;
    }
    if (continuedCol >= 0) col = altCol = continuedCol;
    m_pos = p;
    const auto tabError = [&] {
        ScriptError error =
            makeError("inconsistent use of tabs and spaces in indentation", m_line, 1);
        error.kind = ScriptErrorKind::TabError;
        fail(std::move(error), false);
        return false;
    };
    if (col == m_indents.back()) {
        if (altCol != m_altIndents.back()) return tabError();
    } else if (col > m_indents.back()) {
        if (m_indents.size() >= kMaxIndentDepth) {
            ScriptError error = makeError("too many levels of indentation", m_line, 1);
            error.kind = ScriptErrorKind::IndentationError;
            fail(std::move(error), false);
            return false;
        }
        if (altCol <= m_altIndents.back()) return tabError();
        m_indents.push_back(col);
        m_altIndents.push_back(altCol);
        emitAt(TokenKind::Indent, p);
    } else {
        size_t depth = m_indents.size();
        while (depth > 1 && col < m_indents[depth - 1])
            --depth;
        if (col != m_indents[depth - 1]) {
            // CPython points just past the end of the line.
            const int column = countCodePoints(m_source.lineText(m_line)) + 1;
            ScriptError error =
                makeError("unindent does not match any outer indentation level", m_line, column);
            error.kind = ScriptErrorKind::IndentationError;
            fail(std::move(error), false);
            return false;
        }
        if (altCol != m_altIndents[depth - 1]) return tabError();
        while (m_indents.size() > depth) {
            m_indents.pop_back();
            m_altIndents.pop_back();
            emitAt(TokenKind::Dedent, p);
        }
    }
    return true;
}

void Lexer::lexToken() {
    uint32_t commentStart = 0;
    for (;;) {
        if (m_pos >= m_end) break;
        const char c = m_text[m_pos];
        if (c == ' ' || c == '\t' || c == '\f') {
            ++m_pos;
        } else if (c == '#') {
            commentStart = m_pos;
            while (m_pos < m_end && m_text[m_pos] != '\n')
                ++m_pos;
        } else if (c == '\\') {
            const bool joinsLine = m_pos + 1 < m_end && m_text[m_pos + 1] == '\n';
            if (m_pos + 1 >= m_end || (joinsLine && m_pos + 2 >= m_end)) {
                const int line = m_line;
                ScriptError error = makeError("unexpected EOF while parsing", line,
                                              countCodePoints(m_source.lineText(line)) + 1);
                fail(std::move(error), false);
                return;
            }
            if (!joinsLine) {
                uint32_t length = 1;
                decodeUtf8(m_text, m_pos + 1, length);
                failAtCursor("unexpected character after line continuation character", m_line,
                             m_pos + 1 + length, false);
                return;
            }
            m_pos += 2;
            ++m_line;
        } else if (c == '\n') {
            if (m_brackets.empty() && !m_rangeMode) {
                // As CPython, a comment before the newline is part of it.
                emit(TokenKind::Newline, commentStart ? commentStart : m_pos, m_pos);
                ++m_pos;
                ++m_line;
                m_atLineStart = true;
                return;
            }
            ++m_pos;
            ++m_line;
        } else {
            break;
        }
    }

    if (m_pos >= m_end) {
        if (m_rangeMode) {
            emitAt(TokenKind::EndMarker, m_end);
            m_done = true;
            return;
        }
        if (!m_brackets.empty()) {
            const Bracket& open = m_brackets.back();
            ScriptError error = makeError(std::string("'") + open.open + "' was never closed",
                                          open.line, m_source.columnAt(open.line, open.offset));
            fail(std::move(error), false);
            return;
        }
        if (!m_result.tokens.empty() && m_result.tokens.back().kind != TokenKind::Newline) {
            m_line = m_source.lineCount();
            emit(TokenKind::Newline, m_end, m_end);
            m_result.tokens.back().endColumn += 1;
        }
        m_line = m_source.lineCount();
        while (m_indents.size() > 1) {
            m_indents.pop_back();
            emitAt(TokenKind::Dedent, m_end);
        }
        emitAt(TokenKind::EndMarker, m_end);
        Token& marker = m_result.tokens.back();
        marker.column = marker.endColumn =
            static_cast<uint32_t>(countCodePoints(m_source.lineText(m_line)) + 1);
        m_done = true;
        return;
    }

    const auto c = static_cast<unsigned char>(m_text[m_pos]);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80) {
        lexName();
    } else if ((c >= '0' && c <= '9') || (c == '.' && peekChar(1) >= '0' && peekChar(1) <= '9')) {
        lexNumber();
    } else if (c == '\'' || c == '"') {
        lexString(m_pos, 0);
    } else if (c == 0) {
        failAtCursor("source code cannot contain null bytes", m_line, m_pos + 1);
    } else if (c < 0x20 || c == 0x7F) {
        char message[64];
        std::snprintf(message, sizeof message, "invalid non-printable character U+%04X", c);
        failAtCursor(message, m_line, m_pos + 1);
    } else {
        lexOperator();
    }
}

void Lexer::lexOperator() {
    const uint32_t begin = m_pos;
    const char c = m_text[m_pos];
    const char c1 = peekChar(1);
    const char c2 = peekChar(2);
    TokenKind kind = TokenKind::Unknown;
    uint32_t length = 1;
    const auto pick = [&](TokenKind single, char second, TokenKind twoChars) {
        if (c1 == second) {
            kind = twoChars;
            length = 2;
        } else {
            kind = single;
        }
    };
    switch (c) {
    case '(':
    case '[':
    case '{':
        if (m_brackets.size() >= kMaxBracketDepth) {
            failAtCursor("too many nested parentheses", m_line, m_pos + 1);
            return;
        }
        m_brackets.push_back({c, m_pos, m_line});
        kind = c == '(' ? TokenKind::LParen : c == '[' ? TokenKind::LBracket : TokenKind::LBrace;
        break;
    case ')':
    case ']':
    case '}': {
        if (m_brackets.empty()) {
            failAtCursor(std::string("unmatched '") + c + "'", m_line, m_pos + 1);
            return;
        }
        const Bracket open = m_brackets.back();
        if (closingFor(open.open) != c) {
            std::string message = std::string("closing parenthesis '") + c +
                                  "' does not match opening parenthesis '" + open.open + "'";
            if (open.line != m_line) message += " on line " + std::to_string(open.line);
            failAtCursor(std::move(message), m_line, m_pos + 1);
            return;
        }
        m_brackets.pop_back();
        kind = c == ')' ? TokenKind::RParen : c == ']' ? TokenKind::RBracket : TokenKind::RBrace;
        break;
    }
    case ':': pick(TokenKind::Colon, '=', TokenKind::ColonEqual); break;
    case ',': kind = TokenKind::Comma; break;
    case ';': kind = TokenKind::Semicolon; break;
    case '.':
        if (c1 == '.' && c2 == '.') {
            kind = TokenKind::Ellipsis;
            length = 3;
        } else {
            kind = TokenKind::Dot;
        }
        break;
    case '=': pick(TokenKind::Equal, '=', TokenKind::EqEqual); break;
    case '+': pick(TokenKind::Plus, '=', TokenKind::PlusEqual); break;
    case '-':
        if (c1 == '>') {
            kind = TokenKind::Arrow;
            length = 2;
        } else {
            pick(TokenKind::Minus, '=', TokenKind::MinusEqual);
        }
        break;
    case '*':
        if (c1 == '*') {
            kind = c2 == '=' ? TokenKind::DoubleStarEqual : TokenKind::DoubleStar;
            length = c2 == '=' ? 3 : 2;
        } else {
            pick(TokenKind::Star, '=', TokenKind::StarEqual);
        }
        break;
    case '/':
        if (c1 == '/') {
            kind = c2 == '=' ? TokenKind::DoubleSlashEqual : TokenKind::DoubleSlash;
            length = c2 == '=' ? 3 : 2;
        } else {
            pick(TokenKind::Slash, '=', TokenKind::SlashEqual);
        }
        break;
    case '%': pick(TokenKind::Percent, '=', TokenKind::PercentEqual); break;
    case '@': pick(TokenKind::At, '=', TokenKind::AtEqual); break;
    case '|': pick(TokenKind::Pipe, '=', TokenKind::PipeEqual); break;
    case '^': pick(TokenKind::Caret, '=', TokenKind::CaretEqual); break;
    case '&': pick(TokenKind::Ampersand, '=', TokenKind::AmpersandEqual); break;
    case '~': kind = TokenKind::Tilde; break;
    case '<':
        if (c1 == '<') {
            kind = c2 == '=' ? TokenKind::LeftShiftEqual : TokenKind::LeftShift;
            length = c2 == '=' ? 3 : 2;
        } else if (c1 == '>') {
            // Python 2's inequality: a token no rule accepts.
            length = 2;
        } else {
            pick(TokenKind::Less, '=', TokenKind::LessEqual);
        }
        break;
    case '>':
        if (c1 == '>') {
            kind = c2 == '=' ? TokenKind::RightShiftEqual : TokenKind::RightShift;
            length = c2 == '=' ? 3 : 2;
        } else {
            pick(TokenKind::Greater, '=', TokenKind::GreaterEqual);
        }
        break;
    case '!':
        if (c1 == '=') {
            kind = TokenKind::NotEqual;
            length = 2;
        }
        break;
    default: break;
    }
    m_pos += length;
    emit(kind, begin, m_pos);
}

} // namespace coroscope
