// SPDX-License-Identifier: MIT
#pragma once

#include "script/syntax/ast.h"
#include "script/syntax/script_error.h"

#include <optional>
#include <string>
#include <vector>

// The errors CPython raises after parsing: first while it builds scopes (its
// symbol table), then while it compiles. Internal to the front end.
namespace coroscope::detail {

struct SemanticFailure {
    std::string message;
    ast::Location where;
};

// A tree too deep for the passes that recurse over it (a sum of ten
// thousand terms): CPython's RecursionError during compilation.
std::optional<SemanticFailure> checkTreeDepth(const ast::Module& module);

// Scopes: duplicate parameters, global and nonlocal misuse, yield inside a
// comprehension. Records on every FunctionDef whether it is a generator and
// whether it awaits.
std::optional<SemanticFailure> checkScopes(const ast::Module& module);

// Compilation: await, yield, return, break and continue where they cannot
// be, async with and async for outside async functions, misplaced starred
// expressions, repeated keyword arguments.
std::optional<SemanticFailure> checkCompilation(const ast::Module& module);

// The three, in CPython's order, as at most one error.
std::vector<ScriptError> checkSemantics(const ast::Module& module);

} // namespace coroscope::detail
