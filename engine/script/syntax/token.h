// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

namespace coroscope {

enum class TokenKind : uint8_t {
    EndMarker,
    Newline,
    Indent,
    Dedent,
    Name,
    Number,
    String,
    // The lexer stopped here; the error is in LexResult::error.
    LexError,
    // A character Python tokenizes but no rule accepts ($, ?, !, backtick).
    Unknown,

    // Operators and delimiters.
    LParen,
    RParen,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semicolon,
    Dot,
    Ellipsis,
    Arrow,
    ColonEqual,
    Equal,
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    At,
    Pipe,
    Caret,
    Ampersand,
    Tilde,
    LeftShift,
    RightShift,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    EqEqual,
    NotEqual,
    PlusEqual,
    MinusEqual,
    StarEqual,
    DoubleStarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AtEqual,
    PipeEqual,
    CaretEqual,
    AmpersandEqual,
    LeftShiftEqual,
    RightShiftEqual,

    // Keywords (soft keywords such as match stay names).
    KwFalse,
    KwNone,
    KwTrue,
    KwAnd,
    KwAs,
    KwAssert,
    KwAsync,
    KwAwait,
    KwBreak,
    KwClass,
    KwContinue,
    KwDef,
    KwDel,
    KwElif,
    KwElse,
    KwExcept,
    KwFinally,
    KwFor,
    KwFrom,
    KwGlobal,
    KwIf,
    KwImport,
    KwIn,
    KwIs,
    KwLambda,
    KwNonlocal,
    KwNot,
    KwOr,
    KwPass,
    KwRaise,
    KwReturn,
    KwTry,
    KwWhile,
    KwWith,
    KwYield,
};

// Prefix letters of a string token.
enum StringFlag : uint8_t {
    StringRaw = 1,
    StringBytes = 2,
    StringFormat = 4,
    StringUnicode = 8,
    StringTriple = 16,
};

struct Token {
    TokenKind kind = TokenKind::EndMarker;
    // StringFlag bits for strings.
    uint8_t flags = 0;
    // Bracket nesting after this token (an f-string field counts as one).
    uint16_t depth = 0;
    // Byte range in the source text.
    uint32_t begin = 0;
    uint32_t end = 0;
    // 1-based; endColumn is exclusive.
    uint32_t line = 0;
    uint32_t column = 0;
    uint32_t endLine = 0;
    uint32_t endColumn = 0;
};

} // namespace coroscope
