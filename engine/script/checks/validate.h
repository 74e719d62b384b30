// SPDX-License-Identifier: MIT
#pragma once

#include "script/syntax/ast.h"
#include "script/syntax/script_error.h"

#include <vector>

namespace coroscope {

// What the sandbox refuses in a parsed script, before it runs: match
// statements, except*, yield from, decorators and modules it does not
// provide, and names such as open or eval whatever they are bound to. Every
// error names what is not supported and, in its hint, what to use instead.
// Empty when the script may run. The tables are in sandbox_policy.h.
std::vector<ScriptError> validateScript(const Module& module);

} // namespace coroscope
