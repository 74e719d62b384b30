// SPDX-License-Identifier: MIT
// Names, numbers and strings: the parts of the tokenizer that read literals.
#include "script/pylib/utf8.h"
#include "script/syntax/lexer.h"

#include <cstdio>
#include <cstring>

namespace coroscope {

namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isHexDigit(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool isPotentialIdentifierChar(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' ||
           u >= 0x80;
}

struct Keyword {
    std::string_view text;
    TokenKind kind;
};

constexpr Keyword kKeywords[] = {
    {"False", TokenKind::KwFalse},
    {"None", TokenKind::KwNone},
    {"True", TokenKind::KwTrue},
    {"and", TokenKind::KwAnd},
    {"as", TokenKind::KwAs},
    {"assert", TokenKind::KwAssert},
    {"async", TokenKind::KwAsync},
    {"await", TokenKind::KwAwait},
    {"break", TokenKind::KwBreak},
    {"class", TokenKind::KwClass},
    {"continue", TokenKind::KwContinue},
    {"def", TokenKind::KwDef},
    {"del", TokenKind::KwDel},
    {"elif", TokenKind::KwElif},
    {"else", TokenKind::KwElse},
    {"except", TokenKind::KwExcept},
    {"finally", TokenKind::KwFinally},
    {"for", TokenKind::KwFor},
    {"from", TokenKind::KwFrom},
    {"global", TokenKind::KwGlobal},
    {"if", TokenKind::KwIf},
    {"import", TokenKind::KwImport},
    {"in", TokenKind::KwIn},
    {"is", TokenKind::KwIs},
    {"lambda", TokenKind::KwLambda},
    {"nonlocal", TokenKind::KwNonlocal},
    {"not", TokenKind::KwNot},
    {"or", TokenKind::KwOr},
    {"pass", TokenKind::KwPass},
    {"raise", TokenKind::KwRaise},
    {"return", TokenKind::KwReturn},
    {"try", TokenKind::KwTry},
    {"while", TokenKind::KwWhile},
    {"with", TokenKind::KwWith},
    {"yield", TokenKind::KwYield},
};

TokenKind keywordKind(std::string_view word) {
    // Keywords are 2 to 8 lowercase letters (or capitalised constants), so
    // most names are rejected on their first letter or length.
    if (word.size() < 2 || word.size() > 8) return TokenKind::Name;
    for (const Keyword& keyword : kKeywords) {
        if (keyword.text[0] == word[0] && keyword.text == word) return keyword.kind;
    }
    return TokenKind::Name;
}

} // namespace

char32_t decodeUtf8(std::string_view text, uint32_t pos, uint32_t& length) {
    length = 1;
    if (pos >= text.size()) return 0;
    const auto b0 = static_cast<unsigned char>(text[pos]);
    if (b0 < 0x80) return b0;
    int extra = 0;
    char32_t cp = 0;
    if ((b0 & 0xE0) == 0xC0) {
        extra = 1;
        cp = b0 & 0x1F;
    } else if ((b0 & 0xF0) == 0xE0) {
        extra = 2;
        cp = b0 & 0x0F;
    } else if ((b0 & 0xF8) == 0xF0) {
        extra = 3;
        cp = b0 & 0x07;
    } else {
        return 0xFFFD;
    }
    if (pos + static_cast<uint32_t>(extra) >= text.size()) return 0xFFFD;
    for (int i = 1; i <= extra; ++i) {
        const auto b = static_cast<unsigned char>(text[pos + static_cast<uint32_t>(i)]);
        if ((b & 0xC0) != 0x80) return 0xFFFD;
        cp = (cp << 6) | (b & 0x3F);
    }
    const char32_t minimum = extra == 1 ? 0x80 : extra == 2 ? 0x800 : 0x10000;
    if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0xFFFD;
    length = static_cast<uint32_t>(extra + 1);
    return cp;
}

bool isPrintableCodePoint(char32_t cp) {
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0xA0) || cp == 0xAD) return false;
    if ((cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
        (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF ||
        (cp >= 0xFFF9 && cp <= 0xFFFB) || (cp >= 0xD800 && cp <= 0xDFFF) ||
        (cp >= 0xE000 && cp <= 0xF8FF) || (cp & 0xFFFE) == 0xFFFE ||
        (cp >= 0xFDD0 && cp <= 0xFDEF) || cp >= 0xE0000)
        return false;
    return true;
}

bool isIdentifierCodePoint(char32_t cp) {
    struct Range {
        char32_t first;
        char32_t last;
    };
    // Blocks of punctuation, symbols, spaces, controls and emoji; everything
    // else outside ASCII is taken for a letter, digit or combining mark.
    static constexpr Range kExcluded[] = {
        {0x80, 0xA9},     {0xAB, 0xB4},       {0xB6, 0xB6},     {0xB8, 0xB9},     {0xBB, 0xBF},
        {0xD7, 0xD7},     {0xF7, 0xF7},       {0x2000, 0x203E}, {0x2041, 0x2053}, {0x2055, 0x206F},
        {0x20A0, 0x20CF}, {0x2190, 0x245F},   {0x2460, 0x24FF}, {0x2500, 0x2BFF}, {0x2E00, 0x2E7F},
        {0x3000, 0x3004}, {0x3008, 0x3020},   {0x3030, 0x3030}, {0x303D, 0x303F}, {0xD800, 0xF8FF},
        {0xFE10, 0xFE1F}, {0xFE30, 0xFE32},   {0xFE35, 0xFE4C}, {0xFE50, 0xFE6F}, {0xFEFF, 0xFEFF},
        {0xFF01, 0xFF0F}, {0xFF1A, 0xFF20},   {0xFF3B, 0xFF3E}, {0xFF40, 0xFF40}, {0xFF5B, 0xFF65},
        {0xFFF0, 0xFFFF}, {0x1F000, 0x1FAFF},
    };
    for (const Range& range : kExcluded) {
        if (cp < range.first) return true;
        if (cp <= range.last) return false;
    }
    return cp <= 0x10FFFF;
}

char Lexer::charAt(uint32_t at) const {
    // CPython's tokenizer sees a newline after the last line.
    return at < m_end ? m_text[at] : '\n';
}

void Lexer::lexInvalidCharacter(char32_t cp, uint32_t invalidEnd) {
    char message[80];
    if (isPrintableCodePoint(cp)) {
        std::string glyph;
        pylib::appendUtf8(glyph, cp);
        std::snprintf(message, sizeof message, "invalid character '%s' (U+%04X)", glyph.c_str(),
                      static_cast<unsigned>(cp));
    } else {
        std::snprintf(message, sizeof message, "invalid non-printable character U+%04X",
                      static_cast<unsigned>(cp));
    }
    failAtCursor(message, m_line, invalidEnd);
}

void Lexer::lexName() {
    const uint32_t begin = m_pos;
    bool sawB = false, sawR = false, sawU = false, sawF = false;
    for (uint32_t p = begin;; ++p) {
        const char c = charAt(p);
        if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B'))
            sawB = true;
        else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'))
            sawU = true;
        else if (!(sawR || sawU) && (c == 'r' || c == 'R'))
            sawR = true;
        else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F'))
            sawF = true;
        else
            break;
        const char next = charAt(p + 1);
        if (next == '\'' || next == '"') {
            const uint8_t flags = (sawB ? StringBytes : 0) | (sawR ? StringRaw : 0) |
                                  (sawU ? StringUnicode : 0) | (sawF ? StringFormat : 0);
            m_pos = p + 1;
            lexString(begin, flags);
            return;
        }
    }

    uint32_t p = begin;
    bool ascii = true;
    while (p < m_end && isPotentialIdentifierChar(m_text[p])) {
        ascii = ascii && static_cast<unsigned char>(m_text[p]) < 0x80;
        ++p;
    }
    if (!ascii) {
        for (uint32_t q = begin; q < p;) {
            uint32_t length = 1;
            const char32_t cp = decodeUtf8(m_text, q, length);
            if (cp >= 0x80 && !isIdentifierCodePoint(cp)) {
                lexInvalidCharacter(cp, q + length);
                return;
            }
            q += length;
        }
    }
    m_pos = p;
    const TokenKind kind = ascii ? keywordKind(m_text.substr(begin, p - begin)) : TokenKind::Name;
    emit(kind, begin, p);
}

bool Lexer::verifyEndOfNumber(uint32_t at, const char* kind) {
    // As CPython 3.11: a number directly followed by a keyword that may come
    // after a number (1if x else y) is accepted; other letters are an error.
    const char c = charAt(at);
    const auto lookahead = [&](const char* rest) {
        uint32_t p = at + 1;
        for (; *rest; ++rest, ++p) {
            if (charAt(p) != *rest) return false;
        }
        return !isPotentialIdentifierChar(charAt(p));
    };
    bool keywordFollows = false;
    switch (c) {
    case 'a': keywordFollows = lookahead("nd"); break;
    case 'e': keywordFollows = lookahead("lse"); break;
    case 'f': keywordFollows = lookahead("or"); break;
    case 'i': {
        const char next = charAt(at + 1);
        keywordFollows = next == 'f' || next == 'n' || next == 's';
        break;
    }
    case 'o': keywordFollows = lookahead("r"); break;
    case 'n': keywordFollows = lookahead("ot"); break;
    default: break;
    }
    if (keywordFollows || !isPotentialIdentifierChar(c)) return true;
    failAtCursor(std::string("invalid ") + kind + " literal", m_line, at);
    return false;
}

void Lexer::lexNumber() {
    const uint32_t begin = m_pos;
    uint32_t p = begin;
    // Reads digits and single underscores between digits; p starts on a digit.
    const auto decimalTail = [&]() {
        for (;;) {
            while (isDigit(charAt(p)))
                ++p;
            if (charAt(p) != '_') return true;
            ++p;
            if (!isDigit(charAt(p))) {
                failAtCursor("invalid decimal literal", m_line, p);
                return false;
            }
        }
    };
    const auto finish = [&](uint32_t end) {
        m_pos = end;
        emit(TokenKind::Number, begin, end);
    };
    // Hexadecimal, octal and binary share one shape.
    const auto radixLiteral = [&](const char* kind, auto isRadixDigit) {
        ++p;
        char c = charAt(p);
        do {
            if (c == '_') c = charAt(++p);
            if (!isRadixDigit(c)) {
                if (std::strcmp(kind, "hexadecimal") != 0 && isDigit(c)) {
                    failAtCursor(std::string("invalid digit '") + c + "' in " + kind + " literal",
                                 m_line, p + 1);
                } else {
                    failAtCursor(std::string("invalid ") + kind + " literal", m_line, p);
                }
                return;
            }
            do
                c = charAt(++p);
            while (isRadixDigit(c));
        } while (c == '_');
        if (std::strcmp(kind, "hexadecimal") != 0 && isDigit(c)) {
            failAtCursor(std::string("invalid digit '") + c + "' in " + kind + " literal", m_line,
                         p + 1);
            return;
        }
        if (verifyEndOfNumber(p, kind)) finish(p);
    };

    enum class Next { Fraction, Exponent, Imaginary, End };
    Next next = Next::End;
    char c = charAt(p);
    if (c == '.') {
        ++p;
        next = Next::Fraction;
    } else if (c == '0') {
        c = charAt(++p);
        if (c == 'x' || c == 'X') return radixLiteral("hexadecimal", isHexDigit);
        if (c == 'o' || c == 'O')
            return radixLiteral("octal", [](char d) { return d >= '0' && d <= '7'; });
        if (c == 'b' || c == 'B')
            return radixLiteral("binary", [](char d) { return d == '0' || d == '1'; });
        bool nonZero = false;
        for (;;) {
            if (c == '_') {
                c = charAt(++p);
                if (!isDigit(c)) {
                    failAtCursor("invalid decimal literal", m_line, p);
                    return;
                }
            }
            if (c != '0') break;
            c = charAt(++p);
        }
        const uint32_t zerosEnd = p;
        if (isDigit(c)) {
            nonZero = true;
            if (!decimalTail()) return;
            c = charAt(p);
        }
        if (c == '.') {
            ++p;
            next = Next::Fraction;
        } else if (c == 'e' || c == 'E') {
            next = Next::Exponent;
        } else if (c == 'j' || c == 'J') {
            next = Next::Imaginary;
        } else if (nonZero) {
            ScriptError error = makeError("leading zeros in decimal integer literals are not "
                                          "permitted; use an 0o prefix for octal integers",
                                          m_line, m_source.columnAt(m_line, begin));
            error.endLine = m_line;
            error.endColumn = m_source.columnAt(m_line, zerosEnd);
            fail(std::move(error), true);
            return;
        } else {
            if (verifyEndOfNumber(p, "decimal")) finish(p);
            return;
        }
    } else {
        if (!decimalTail()) return;
        c = charAt(p);
        if (c == '.') {
            ++p;
            next = Next::Fraction;
        } else if (c == 'e' || c == 'E') {
            next = Next::Exponent;
        } else if (c == 'j' || c == 'J') {
            next = Next::Imaginary;
        }
    }

    if (next == Next::Fraction) {
        if (isDigit(charAt(p)) && !decimalTail()) return;
        c = charAt(p);
        next = (c == 'e' || c == 'E')   ? Next::Exponent
               : (c == 'j' || c == 'J') ? Next::Imaginary
                                        : Next::End;
    }
    if (next == Next::Exponent) {
        const uint32_t exponentAt = p;
        c = charAt(++p);
        if (c == '+' || c == '-') {
            c = charAt(++p);
            if (!isDigit(c)) {
                failAtCursor("invalid decimal literal", m_line, p);
                return;
            }
        } else if (!isDigit(c)) {
            // "1else" is a number then a keyword; "1e" alone is an error.
            if (verifyEndOfNumber(exponentAt, "decimal")) finish(exponentAt);
            return;
        }
        if (!decimalTail()) return;
        c = charAt(p);
        next = (c == 'j' || c == 'J') ? Next::Imaginary : Next::End;
    }
    if (next == Next::Imaginary) {
        ++p;
        if (verifyEndOfNumber(p, "imaginary")) finish(p);
        return;
    }
    if (verifyEndOfNumber(p, "decimal")) finish(p);
}

void Lexer::lexString(uint32_t tokenBegin, uint8_t flags) {
    const char quote = m_text[m_pos];
    const int startLine = m_line;
    uint32_t p = m_pos + 1;
    int quoteSize = 1;
    if (charAt(p) == quote && p < m_end) {
        if (p + 1 < m_end && m_text[p + 1] == quote) {
            quoteSize = 3;
            flags |= StringTriple;
            p += 2;
        } else {
            // The empty string.
            m_pos = p + 1;
            emit(TokenKind::String, tokenBegin, m_pos, flags);
            return;
        }
    }
    int line = m_line;
    const auto unterminated = [&](int detectedAt) {
        char message[96];
        std::snprintf(message, sizeof message,
                      "unterminated %sstring literal (detected at line %d)",
                      quoteSize == 3 ? "triple-quoted " : "", detectedAt);
        failAtCursor(message, startLine, tokenBegin + 1);
    };
    for (;;) {
        if (p >= m_end) {
            unterminated(m_source.lineCount());
            return;
        }
        const char c = m_text[p];
        if (c == '\n') {
            if (quoteSize == 1) {
                unterminated(line);
                return;
            }
            ++line;
            ++p;
        } else if (c == '\\') {
            ++p;
            if (p < m_end) {
                if (m_text[p] == '\n') ++line;
                ++p;
            }
        } else if (c == quote) {
            ++p;
            if (quoteSize == 1) break;
            if (p + 1 < m_end && m_text[p] == quote && m_text[p + 1] == quote) {
                p += 2;
                break;
            }
        } else {
            ++p;
        }
    }
    Token token;
    token.kind = TokenKind::String;
    token.flags = flags;
    token.depth = static_cast<uint16_t>(m_brackets.size() + (m_rangeMode ? 1 : 0));
    token.begin = tokenBegin;
    token.end = p;
    token.line = static_cast<uint32_t>(startLine);
    token.column = static_cast<uint32_t>(m_source.columnAt(startLine, tokenBegin));
    token.endLine = static_cast<uint32_t>(line);
    token.endColumn = static_cast<uint32_t>(m_source.columnAt(line, p));
    m_result.tokens.push_back(token);
    m_line = line;
    m_pos = p;
}

} // namespace coroscope
