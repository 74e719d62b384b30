// SPDX-License-Identifier: MIT
#pragma once

#include "script/syntax/ast.h"

#include <string>

namespace coroscope::ast {

// The tree in the text format of Python's ast.dump(), so that a tree can be
// compared with what CPython produces for the same script. With attributes,
// positions are printed as CPython's 0-based col_offset and end_col_offset.
std::string dump(const Module& module, bool includeAttributes = false);
std::string dump(const Stmt& stmt, bool includeAttributes = false);
std::string dump(const Expr& expr, bool includeAttributes = false);

// Python's repr() of a str or bytes value, of a float.
std::string pythonRepr(std::string_view text, bool bytes = false);
std::string pythonFloatRepr(double value);

} // namespace coroscope::ast
