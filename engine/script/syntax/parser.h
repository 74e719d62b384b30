// SPDX-License-Identifier: MIT
#pragma once

#include "script/syntax/ast.h"
#include "script/syntax/lexer.h"
#include "script/syntax/script_error.h"
#include "script/syntax/source_file.h"
#include "script/syntax/token.h"

#include <algorithm>
#include <span>
#include <string>
#include <vector>

// The recursive descent parser behind parseScript(). It follows Python 3.11's
// grammar and reproduces the messages of CPython's "invalid_" rules for the
// mistakes learners make; internal to the front end.
namespace coroscope::detail {

// Unwinds the parser to parseScript(); never escapes it.
struct ParseAbort {
    ScriptError error;
    // CPython lets a later tokenizer error replace most parser errors, but
    // not "unexpected indent".
    bool final = false;
    // A rule simply did not match ("invalid syntax"), as opposed to one of
    // CPython's specific messages.
    bool generic = false;
};

// The parser reached the token where the lexer stopped: the lexer's error is
// the answer, whatever the parser was trying.
struct LexAbort {};

// How an assignment target is checked, as CPython's TARGETS_TYPE.
enum class TargetKind { Star, For, Del };

struct DecodeResult;

class Parser {
public:
    Parser(const SourceFile& source, std::span<const Token> tokens, Arena& arena);

    ast::NodeList<ast::Stmt> parseFile();
    // An f-string replacement field: (yield_expr | star_expressions) then the
    // end of the tokens; open and close are the braces around it.
    ast::Expr* parseFStringField(const ast::Location& open, const ast::Location& close);

    // The furthest token the parser looked at, where CPython reports a
    // generic syntax error and against which unclosed brackets compete.
    const Token& furthestToken() const;

    // Used by the f-string builder, which works on the same source.
    const SourceFile& source() const { return m_source; }
    Arena& arena() { return m_arena; }
    std::string_view text(const Token& token) const;
    [[noreturn]] void fail(std::string message, const ast::Location& where,
                           ScriptErrorKind kind = ScriptErrorKind::SyntaxError);
    [[noreturn]] void failAt(const Token& token, std::string message,
                             ScriptErrorKind kind = ScriptErrorKind::SyntaxError);
    static ast::Location locOf(const Token& token);
    ast::Location spanTokens(const Token& first, const Token& last) const;
    // The token ahead of the current one; reaching the lexer's error token
    // ends the parse with the lexer's error.
    const Token& peek(size_t ahead = 0) {
        size_t index = m_pos + ahead;
        if (index >= m_tokens.size()) index = m_tokens.size() - 1;
        // m_firstPassFurthest never passes m_furthest.
        if (index > m_firstPassFurthest) {
            if (index > m_furthest) m_furthest = index;
            if (!m_noInvalid) m_firstPassFurthest = index;
        }
        const Token& token = m_tokens[index];
        if (token.kind == TokenKind::LexError) [[unlikely]]
            throw LexAbort{};
        return token;
    }

private:
    // ------------------------------------------------------------ tokens
    TokenKind kind(size_t ahead = 0) { return peek(ahead).kind; }
    bool at(TokenKind k) { return kind() == k; }
    const Token& advance();
    bool accept(TokenKind k);
    const Token& expect(TokenKind k);
    const Token& previous() const { return m_tokens[m_pos - 1]; }
    bool startsExpression(TokenKind k) const;
    bool atComprehensionStart();
    bool atEndOfSimpleStatement();

    // Runs a parse that may fail; on failure everything is as before. The
    // "invalid_" checks are off inside, as in CPython's first pass.
    template <class F>
    bool tryParse(F&& attempt) {
        const size_t pos = m_pos;
        const int depth = m_depth;
        const size_t scratch = m_scratch.size();
        const size_t aux = m_auxScratch.size();
        const size_t cmp = m_cmpScratch.size();
        const bool noInvalid = m_noInvalid;
        m_noInvalid = true;
        try {
            attempt();
            m_noInvalid = noInvalid;
            return true;
        } catch (const ParseAbort&) {
            m_pos = pos;
            m_depth = depth;
            m_scratch.resize(scratch);
            m_auxScratch.resize(aux);
            m_cmpScratch.resize(cmp);
            m_noInvalid = noInvalid;
            return false;
        }
    }

    // Like tryParse() with the "invalid_" checks on: their specific errors
    // escape, a rule that simply fails does not (CPython's second pass).
    template <class F>
    bool tryParseWithChecks(F&& attempt) {
        const size_t pos = m_pos;
        const int depth = m_depth;
        const size_t scratch = m_scratch.size();
        const size_t aux = m_auxScratch.size();
        const size_t cmp = m_cmpScratch.size();
        const size_t firstPassFurthest = m_firstPassFurthest;
        try {
            attempt();
            m_firstPassFurthest = firstPassFurthest;
            return true;
        } catch (const ParseAbort& abort) {
            m_firstPassFurthest = firstPassFurthest;
            if (!abort.generic) throw;
            m_pos = pos;
            m_depth = depth;
            m_scratch.resize(scratch);
            m_auxScratch.resize(aux);
            m_cmpScratch.resize(cmp);
            return false;
        }
    }
    // The kind of a token ahead without counting it as seen.
    TokenKind lookAhead(size_t ahead) const {
        return m_tokens[std::min(m_pos + ahead, m_tokens.size() - 1)].kind;
    }

    // ------------------------------------------------------------ errors
    // CPython's generic "invalid syntax" at the current token (or "unexpected
    // indent" when that token is an indent).
    [[noreturn]] void invalidSyntax();
    [[noreturn]] void expectedColon();
    void expectHeaderColon(bool forced);
    void checkDecode(const DecodeResult& result, const Token& token);
    ScriptError makeError(std::string message, const ast::Location& where,
                          ScriptErrorKind kind) const;

    // ------------------------------------------------------------ nodes
    template <class T>
    T* make(const ast::Location& loc) {
        T* node = m_arena.make<T>();
        node->loc = loc;
        return node;
    }
    static ast::Location span(const ast::Location& from, const ast::Location& to);
    // From a rule's first token to the last token consumed, as CPython.
    ast::Location finishLoc(const Token& start) const { return spanTokens(start, previous()); }
    // A compound statement ends with the last token of its last line, which
    // may be a ';' after its last statement.
    ast::Location finishCompound(const Token& start) const;
    size_t mark() const { return m_scratch.size(); }
    void push(void* item) { m_scratch.push_back(item); }
    template <class T>
    ast::NodeList<T> listFrom(std::vector<void*>& stack, size_t from) {
        const size_t count = stack.size() - from;
        if (count == 0) return {};
        auto** data = static_cast<T**>(m_arena.allocate(sizeof(T*) * count, alignof(T*)));
        for (size_t i = 0; i < count; ++i)
            data[i] = static_cast<T*>(stack[from + i]);
        stack.resize(from);
        return {data, count};
    }
    template <class T>
    ast::NodeList<T> listFrom(size_t from) {
        return listFrom<T>(m_scratch, from);
    }

    // ------------------------------------------------------------ statements
    void parseStatement();
    void parseSimpleStatements();
    ast::Stmt* parseSimpleStatement();
    ast::Stmt* parseExpressionStatement();
    ast::Stmt* parseAnnotatedAssignment(ast::Expr* target, const Token& start);
    ast::Stmt* parseAssignment(ast::Expr* first, const Token& start);
    ast::Stmt* parseReturn();
    ast::Stmt* parseRaise();
    ast::Stmt* parseAssert();
    ast::Stmt* parseDelete();
    ast::Stmt* parseImport();
    ast::Stmt* parseImportFrom();
    ast::Stmt* parseGlobalOrNonlocal();
    std::string_view parseDottedName(ast::Location& loc);
    ast::Alias* parseAlias(bool dotted);

    ast::Stmt* parseCompound();
    ast::NodeList<ast::Stmt> parseBlock(const char* construct, const Token& header);
    ast::Stmt* parseDecorated();
    ast::Stmt* parseFunctionDef(ast::NodeList<ast::Expr> decorators);
    ast::Stmt* parseClassDef(ast::NodeList<ast::Expr> decorators);
    ast::Arguments* parseParameters(bool lambda);
    ast::Arg* parseParameter(bool lambda, bool starAnnotation);
    ast::Stmt* parseIf(bool isElif);
    ast::Stmt* parseWhile();
    ast::Stmt* parseFor();
    ast::Stmt* parseWith();
    ast::WithItem* parseWithItem();
    ast::Stmt* parseTry();
    ast::Stmt* parseMatch();
    bool atMatchStatement();
    ast::NodeList<ast::Stmt> parseElseBlock();

    // ------------------------------------------------------------ targets
    // Sets Store/Del contexts, or raises CPython's "cannot assign to ...".
    void checkTarget(ast::Expr* target, TargetKind targetKind);
    void setContext(ast::Expr* target, ast::ExprContext ctx);
    ast::Expr* parseTargetList();
    // The target of a for loop or comprehension, and the `in` after it.
    ast::Expr* parseForTarget();
    ast::Expr* parseStarTarget();
    [[noreturn]] void failInvalidAssignment(ast::Expr* first, size_t firstEqual,
                                            size_t targetsMark);
    // At a '=' where no assignment may be (`if x = 1:`, `f() = 1`): raises
    // CPython's "Maybe you meant '=='" messages when they apply.
    void checkStrayEquals(ast::Expr* expr);

    // ------------------------------------------------------------ expressions
    ast::Expr* parseStarExpressions();
    ast::Expr* parseStarExpression();
    ast::Expr* parseStarNamedExpression();
    ast::Expr* parseStarred(bool bitwiseOperand);
    ast::Expr* parseNamedExpression(bool checkEquals = true);
    ast::Expr* parseExpression();
    ast::Expr* parseYieldExpression();
    ast::Expr* parseDisjunction();
    ast::Expr* parseConjunction();
    ast::Expr* parseInversion();
    ast::Expr* parseComparison();
    ast::Expr* parseBitwiseOr() { return parseBinary(1); }
    ast::Expr* parseBinary(int minPrecedence);
    ast::Expr* parseFactor();
    ast::Expr* parsePower();
    ast::Expr* parsePrimary();
    void parseArguments(const Token& open, bool isCall, ast::NodeList<ast::Expr>& args,
                        ast::NodeList<ast::Keyword>& keywords);
    ast::Expr* parseSubscript(ast::Expr* value, const Token& start);
    ast::Expr* parseSlice();
    ast::Expr* parseAtom();
    ast::Expr* parseParenthesized();
    ast::Expr* parseListDisplay();
    ast::Expr* parseBraceDisplay();
    void parseDictEntry(ast::Expr* key);
    void checkUnparenthesizedTarget(size_t elementsMark);
    ast::NodeList<ast::Comprehension> parseComprehensionClauses();
    ast::Expr* parseLambda();
    ast::Expr* parseStrings();
    ast::Expr* parseNumber(const Token& token);
    // An expression directly followed by another: a forgotten comma inside
    // brackets, or Python 2's print statement (CPython's invalid_expression).
    void checkJuxtaposed(ast::Expr* first, size_t startIndex);

    const SourceFile& m_source;
    std::span<const Token> m_tokens;
    Arena& m_arena;
    size_t m_pos = 0;
    size_t m_furthest = 0;
    // The same, leaving out the speculative parses that explain errors.
    size_t m_firstPassFurthest = 0;
    int m_depth = 0;
    bool m_noInvalid = false;
    // Lists under construction; nested rules push above and pop back.
    std::vector<void*> m_scratch;
    // Keywords of calls and values of dicts, built alongside m_scratch.
    std::vector<void*> m_auxScratch;
    std::vector<ast::CmpOperator> m_cmpScratch;
    std::string m_decodeBuffer;

    // Counts nesting so that pathological input fails instead of
    // overflowing the stack.
    class DepthGuard {
    public:
        explicit DepthGuard(Parser& parser);
        ~DepthGuard() { --m_parser.m_depth; }
        DepthGuard(const DepthGuard&) = delete;
        DepthGuard& operator=(const DepthGuard&) = delete;

    private:
        Parser& m_parser;
    };
};

// The name CPython uses for an expression kind in messages ("function call").
const char* expressionName(const ast::Expr& expr);

// Builds the JoinedStr of adjacent string tokens of which at least one is an
// f-string; the tokens are consumed already.
ast::Expr* buildJoinedString(Parser& parser, std::span<const Token> strings);

} // namespace coroscope::detail
