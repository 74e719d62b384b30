// SPDX-License-Identifier: MIT
#pragma once

#include "script/syntax/ast.h"
#include "script/syntax/script_error.h"

#include <vector>

// Part of checkScript (check.h), which is what callers use.
namespace coroscope::detail {

// What a parsed script uses that cannot run: what the sandbox refuses (match
// statements, except*, yield from, decorators and modules it does not
// provide, names such as open or eval whatever they are bound to) and the
// values the interpreter has no type for (integers beyond 64 bits, complex
// numbers, bytes). Every error names what is not supported and, in its hint,
// what to use instead. Empty when the script may run. The sandbox's tables
// are in sandbox_policy.h.
std::vector<ScriptError> checkSupport(const Module& module);

} // namespace coroscope::detail
