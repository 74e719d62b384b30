// SPDX-License-Identifier: MIT
#pragma once

#include "script/syntax/script_error.h"
#include "script/syntax/source_file.h"
#include "script/syntax/token.h"

#include <optional>
#include <vector>

namespace coroscope {

// A tokenizer error and how it competes with a parser error found earlier in
// the file: CPython's tokenizer runs ahead to the end of the file after a
// parser error and some of its errors take precedence.
struct LexFailure {
    ScriptError error;
    // Raised by CPython's tokenizer itself (bad characters, strings, numbers,
    // brackets): wins over any parser error.
    bool overridesParserErrors = false;
    // The innermost bracket open where the lexer stopped, if any: CPython
    // then reports it as never closed instead of a parser error found on a
    // later line.
    struct OpenBracket {
        char open = 0;
        int line = 0;
        int column = 0;
    };
    OpenBracket openBracket;
};

struct LexResult {
    // Ends with an EndMarker, or with a LexError token where lexing stopped.
    std::vector<Token> tokens;
    std::optional<LexFailure> failure;
};

// Python 3.11's tokenizer: indentation, implicit and explicit line joining,
// numbers, strings (f-strings stay whole tokens, scanned later), operators.
class Lexer {
public:
    explicit Lexer(const SourceFile& source);

    LexResult tokenize();
    // Tokenizes the byte range of an f-string replacement field as if it
    // were inside brackets: newlines join and no indentation is tracked.
    LexResult tokenizeRange(uint32_t begin, uint32_t end);

private:
    struct Bracket {
        char open;
        uint32_t offset;
        int line;
    };

    void run();
    bool handleLineStart();
    void lexToken();
    void lexOperator();
    void lexName();
    void lexNumber();
    void lexString(uint32_t tokenBegin, uint8_t flags);
    bool verifyEndOfNumber(uint32_t at, const char* kind);
    char charAt(uint32_t at) const;
    void lexInvalidCharacter(char32_t codePoint, uint32_t invalidEnd);

    char peekChar(uint32_t ahead = 0) const;
    void emit(TokenKind kind, uint32_t begin, uint32_t end, uint8_t flags = 0);
    void emitAt(TokenKind kind, uint32_t offset);
    // Records the error and stops; column counts the code points before cur
    // on the line, as CPython's tokenizer does.
    void failAtCursor(std::string message, int line, uint32_t cur, bool overrides = true);
    void fail(ScriptError error, bool overrides);
    ScriptError makeError(std::string message, int line, int column) const;

    // The column of an offset on the current line, fast on ASCII lines.
    uint32_t columnOf(uint32_t offset);

    const SourceFile& m_source;
    std::string_view m_text;
    // Where the line m_columnLine starts, and whether it is all ASCII.
    int m_columnLine = 0;
    uint32_t m_columnLineStart = 0;
    bool m_columnLineAscii = false;
    uint32_t m_pos = 0;
    uint32_t m_end = 0;
    int m_line = 1;
    bool m_atLineStart = true;
    bool m_rangeMode = false;
    bool m_done = false;
    std::vector<int> m_indents{0};
    std::vector<int> m_altIndents{0};
    std::vector<Bracket> m_brackets;
    LexResult m_result;
};

// Decodes one UTF-8 code point at pos; invalid bytes decode to U+FFFD with a
// length of 1.
char32_t decodeUtf8(std::string_view text, uint32_t pos, uint32_t& length);
// Whether a non-ASCII code point may be part of an identifier. This is an
// approximation of Unicode's XID properties that rejects punctuation, symbols,
// spaces and emoji and accepts letters of every script.
bool isIdentifierCodePoint(char32_t codePoint);
bool isPrintableCodePoint(char32_t codePoint);

} // namespace coroscope
