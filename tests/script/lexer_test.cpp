// SPDX-License-Identifier: MIT
// The tokenizer: indentation, line joining, literals, operators, positions.
#include "script/syntax/lexer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace coroscope {
namespace {

struct Lexed {
    SourceFile source;
    LexResult result;

    explicit Lexed(std::string text)
        : source("demo.py", std::move(text))
        , result(Lexer(source).tokenize()) {}

    std::vector<TokenKind> kinds() const {
        std::vector<TokenKind> out;
        for (const Token& token : result.tokens)
            out.push_back(token.kind);
        return out;
    }

    std::string text(size_t index) const {
        const Token& token = result.tokens.at(index);
        return std::string(source.text().substr(token.begin, token.end - token.begin));
    }

    // The texts of the tokens of one kind, in order.
    std::vector<std::string> texts(TokenKind kind) const {
        std::vector<std::string> out;
        for (size_t i = 0; i < result.tokens.size(); ++i) {
            if (result.tokens[i].kind == kind) out.push_back(text(i));
        }
        return out;
    }
};

using K = TokenKind;

TEST(Lexer, IndentedBlocksOpenAndCloseWithIndentAndDedent) {
    const Lexed lexed("if x:\n    y\n    if z:\n        w\nv\n");
    EXPECT_EQ(lexed.kinds(), (std::vector<K>{K::KwIf, K::Name, K::Colon, K::Newline, K::Indent,
                                             K::Name, K::Newline, K::KwIf, K::Name, K::Colon,
                                             K::Newline, K::Indent, K::Name, K::Newline, K::Dedent,
                                             K::Dedent, K::Name, K::Newline, K::EndMarker}));
    EXPECT_FALSE(lexed.result.failure);
}

TEST(Lexer, OpenBlocksCloseAtEndOfFile) {
    const Lexed lexed("def f():\n    return 1");
    EXPECT_EQ(lexed.kinds(), (std::vector<K>{K::KwDef, K::Name, K::LParen, K::RParen, K::Colon,
                                             K::Newline, K::Indent, K::KwReturn, K::Number,
                                             K::Newline, K::Dedent, K::EndMarker}));
}

TEST(Lexer, BlankLinesAndCommentsDoNotTakePartInIndentation) {
    const Lexed lexed("if x:\n\n    # a comment\n  \n    y  # trailing\n");
    EXPECT_EQ(lexed.kinds(), (std::vector<K>{K::KwIf, K::Name, K::Colon, K::Newline, K::Indent,
                                             K::Name, K::Newline, K::Dedent, K::EndMarker}));
}

TEST(Lexer, NewlinesInsideBracketsJoinLines) {
    const Lexed lexed("x = (1,\n     2,\n\n  3)\n");
    EXPECT_EQ(lexed.kinds(),
              (std::vector<K>{K::Name, K::Equal, K::LParen, K::Number, K::Comma, K::Number,
                              K::Comma, K::Number, K::RParen, K::Newline, K::EndMarker}));
    EXPECT_EQ(lexed.result.tokens[7].line, 4u);
}

TEST(Lexer, BackslashJoinsLines) {
    const Lexed lexed("x = 1 + \\\n    2\n");
    EXPECT_EQ(lexed.kinds(), (std::vector<K>{K::Name, K::Equal, K::Number, K::Plus, K::Number,
                                             K::Newline, K::EndMarker}));
    EXPECT_EQ(lexed.result.tokens[4].line, 2u);
    EXPECT_EQ(lexed.result.tokens[4].column, 5u);
}

TEST(Lexer, TokensKnowTheirLinesAndColumns) {
    const Lexed lexed("async def main():\n    await x\n");
    const Token& await = lexed.result.tokens[8];
    EXPECT_EQ(await.kind, K::KwAwait);
    EXPECT_EQ(await.line, 2u);
    EXPECT_EQ(await.column, 5u);
    EXPECT_EQ(await.endColumn, 10u);
}

TEST(Lexer, NumbersAcceptUnderscoresBasesFractionsAndExponents) {
    const Lexed lexed("1_000 0x_ff 0o17 0b1010 3.14 .5 1. 1e10 2.5E-3 1_0.0_1 7j 1e5J 0\n");
    EXPECT_EQ(lexed.texts(K::Number),
              (std::vector<std::string>{"1_000", "0x_ff", "0o17", "0b1010", "3.14", ".5", "1.",
                                        "1e10", "2.5E-3", "1_0.0_1", "7j", "1e5J", "0"}));
    EXPECT_FALSE(lexed.result.failure);
}

TEST(Lexer, NumberDirectlyFollowedByAKeywordIsStillANumber) {
    const Lexed lexed("x = 1if y else 2\n");
    EXPECT_EQ(lexed.texts(K::Number), (std::vector<std::string>{"1", "2"}));
    EXPECT_EQ(lexed.result.tokens[3].kind, K::KwIf);
}

TEST(Lexer, StringsOfEveryPrefixAndQuoteAreOneToken) {
    const Lexed lexed(R"(a = 'x' "y" r'\d' b"raw" Rb'z' f"{v}" rf'{w}' u'u' '''t
q''' """d""")"
                      "\n");
    const std::vector<std::string> strings = lexed.texts(K::String);
    ASSERT_EQ(strings.size(), 10u);
    EXPECT_EQ(strings[2], R"(r'\d')");
    EXPECT_EQ(strings[8], "'''t\nq'''");
    EXPECT_EQ(lexed.result.tokens.back().kind, K::EndMarker);
}

TEST(Lexer, StringFlagsRecordThePrefix) {
    const Lexed lexed("f'{x}' rb'' '''t'''\n");
    EXPECT_EQ(lexed.result.tokens[0].flags, StringFormat);
    EXPECT_EQ(lexed.result.tokens[1].flags, StringRaw | StringBytes);
    EXPECT_EQ(lexed.result.tokens[2].flags, StringTriple);
}

TEST(Lexer, MultiLineStringKnowsWhereItEnds) {
    const Lexed lexed("s = \"\"\"one\ntwo\"\"\"\n");
    const Token& string = lexed.result.tokens[2];
    EXPECT_EQ(string.line, 1u);
    EXPECT_EQ(string.column, 5u);
    EXPECT_EQ(string.endLine, 2u);
    EXPECT_EQ(string.endColumn, 7u);
}

TEST(Lexer, EscapedQuoteDoesNotEndAString) {
    const Lexed lexed(R"(s = 'it\'s' + "say \"hi\"")"
                      "\n");
    EXPECT_EQ(lexed.texts(K::String).size(), 2u);
    EXPECT_FALSE(lexed.result.failure);
}

TEST(Lexer, OperatorsTakeTheLongestMatch) {
    const Lexed lexed("a := b -> c **= d //= e @ f @= g >>= h <<= i != j == k ... l ** m // n\n");
    const std::vector<K> kinds = lexed.kinds();
    const std::vector<K> operators = {
        K::ColonEqual, K::Arrow,           K::DoubleStarEqual, K::DoubleSlashEqual, K::At,
        K::AtEqual,    K::RightShiftEqual, K::LeftShiftEqual,  K::NotEqual,         K::EqEqual,
        K::Ellipsis,   K::DoubleStar,      K::DoubleSlash};
    std::vector<K> found;
    for (K kind : kinds) {
        if (kind != K::Name && kind != K::Newline && kind != K::EndMarker) found.push_back(kind);
    }
    EXPECT_EQ(found, operators);
}

TEST(Lexer, KeywordsAreKeywordsAndSoftKeywordsAreNames) {
    const Lexed lexed("async await match case _ None\n");
    EXPECT_EQ(lexed.kinds(), (std::vector<K>{K::KwAsync, K::KwAwait, K::Name, K::Name, K::Name,
                                             K::KwNone, K::Newline, K::EndMarker}));
}

TEST(Lexer, LettersOfAnyScriptMakeNames) {
    const Lexed lexed("завдання = café + 名前\n");
    EXPECT_EQ(lexed.texts(K::Name), (std::vector<std::string>{"завдання", "café", "名前"}));
    EXPECT_EQ(lexed.result.tokens[2].column, 12u);
}

TEST(Lexer, StopsAtTheFirstErrorWithAnErrorToken) {
    const Lexed lexed("x = 1\ny = 'open\nz = 2\n");
    ASSERT_TRUE(lexed.result.failure);
    EXPECT_EQ(lexed.result.tokens.back().kind, K::LexError);
    EXPECT_EQ(lexed.result.failure->error.message,
              "unterminated string literal (detected at line 2)");
    EXPECT_TRUE(lexed.result.failure->overridesParserErrors);
}

TEST(Lexer, EndOfFileInsideBracketsRemembersTheBracket) {
    const Lexed lexed("x = [1,\n  (2, 3\n");
    ASSERT_TRUE(lexed.result.failure);
    EXPECT_EQ(lexed.result.failure->error.message, "'(' was never closed");
    EXPECT_EQ(lexed.result.failure->openBracket.open, '(');
    EXPECT_EQ(lexed.result.failure->openBracket.line, 2);
    EXPECT_EQ(lexed.result.failure->openBracket.column, 3);
    EXPECT_FALSE(lexed.result.failure->overridesParserErrors);
}

TEST(Lexer, TokensRecordTheirBracketDepth) {
    const Lexed lexed("f(a, [b])\n");
    EXPECT_EQ(lexed.result.tokens[0].depth, 0u);
    EXPECT_EQ(lexed.result.tokens[2].depth, 1u);
    EXPECT_EQ(lexed.result.tokens[5].depth, 2u);
    EXPECT_EQ(lexed.result.tokens[7].depth, 0u);
}

TEST(Lexer, TooDeepNestingIsAnErrorNotACrash) {
    const Lexed lexed(std::string(300, '(') + "\n");
    ASSERT_TRUE(lexed.result.failure);
    EXPECT_EQ(lexed.result.failure->error.message, "too many nested parentheses");
}

TEST(Lexer, RangeModeTokenizesAnFStringFieldWithoutNewlines) {
    const SourceFile source("demo.py", "f'''{a +\n b}'''\n");
    const LexResult result = Lexer(source).tokenizeRange(5, 11);
    std::vector<K> kinds;
    for (const Token& token : result.tokens)
        kinds.push_back(token.kind);
    EXPECT_EQ(kinds, (std::vector<K>{K::Name, K::Plus, K::Name, K::EndMarker}));
    EXPECT_EQ(result.tokens[2].line, 2u);
    EXPECT_EQ(result.tokens[2].column, 2u);
}

} // namespace
} // namespace coroscope
