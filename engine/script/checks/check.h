// SPDX-License-Identifier: MIT
#pragma once

#include "script/syntax/ast.h"
#include "script/syntax/script_error.h"

#include <functional>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace coroscope {

// What checking a scenario script found.
struct CheckedScript {
    // The syntax tree, when the script parses: kept even when it is refused,
    // so that a caller can report more (a run's parameters) at once. Only a
    // tree without errors may be lowered.
    std::unique_ptr<Module> module;
    // In source order, each with file, line, column and, for a refusal, a
    // hint. A syntax error comes alone, as CPython stops at the first.
    std::vector<ScriptError> errors;

    bool ok() const { return module != nullptr && errors.empty(); }
};

// Everything that is checked before a script runs, in one place: parsing,
// CPython's compile-time checks, the sandbox (modules and names it refuses)
// and every construct the interpreter does not support. A script that passes
// can be lowered and run; the editor, the lesson loader and `coroscope run`
// all check through here. Never throws for bad input.
CheckedScript checkScript(std::string fileName, std::string text);

// The names a module assigns at its top level (`CLIENTS = 3`, `CLIENTS: int
// = 3`): the constants a run's parameters may override.
std::set<std::string, std::less<>> topLevelAssignments(const Module& module);

} // namespace coroscope
