// SPDX-License-Identifier: MIT
#pragma once

#include "script/syntax/ast.h"
#include "script/syntax/script_error.h"

#include <memory>
#include <string>
#include <vector>

namespace coroscope {

// Either a syntax tree or, when the script is not valid Python 3.11, the
// errors CPython would report (the first one, as CPython stops there).
struct ParseResult {
    std::unique_ptr<Module> module;
    std::vector<ScriptError> errors;

    bool ok() const { return module != nullptr; }
};

// Parses a scenario script and runs the checks CPython makes when it compiles
// (await outside async function, break outside loop, ...). Never throws for
// bad input.
ParseResult parseScript(std::string fileName, std::string text);

} // namespace coroscope
