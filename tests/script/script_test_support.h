// SPDX-License-Identifier: MIT
#pragma once

#include "script/checks/parse.h"
#include "script/syntax/ast.h"
#include "script/syntax/ast_dump.h"

#include <gtest/gtest.h>

#include <string>

namespace coroscope::test {

// Parses a script that must be valid; the test fails with the error otherwise.
inline ParseResult parseValid(std::string text) {
    ParseResult result = parseScript("demo.py", std::move(text));
    EXPECT_TRUE(result.ok()) << (result.errors.empty() ? std::string("no error")
                                                       : result.errors[0].format());
    return result;
}

// The module in Python's ast.dump() format (without positions).
inline std::string dumpOf(std::string text) {
    const ParseResult result = parseValid(std::move(text));
    return result.ok() ? ast::dump(*result.module) : std::string();
}

// The first statement in ast.dump() format.
inline std::string dumpFirst(std::string text, bool positions = false) {
    const ParseResult result = parseValid(std::move(text));
    if (!result.ok() || result.module->body().empty()) return {};
    return ast::dump(*result.module->body()[0], positions);
}

// The value of the first statement, which must be an expression statement.
inline const ast::Expr* firstExpression(const ParseResult& result) {
    if (!result.ok() || result.module->body().empty()) return nullptr;
    const auto* statement = ast::dynCast<ast::ExprStmt>(result.module->body()[0]);
    return statement ? statement->value : nullptr;
}

// The error of a script that must be invalid.
inline ScriptError errorOf(std::string text) {
    ParseResult result = parseScript("demo.py", std::move(text));
    EXPECT_FALSE(result.ok());
    if (result.errors.empty()) return {};
    return result.errors[0];
}

inline ::testing::AssertionResult locatedAt(const ast::Location& loc, uint32_t line,
                                            uint32_t column, uint32_t endLine, uint32_t endColumn) {
    if (loc.line == line && loc.column == column && loc.endLine == endLine &&
        loc.endColumn == endColumn)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "at " << loc.line << ":" << loc.column << "-" << loc.endLine << ":" << loc.endColumn
           << ", expected " << line << ":" << column << "-" << endLine << ":" << endColumn;
}

} // namespace coroscope::test
