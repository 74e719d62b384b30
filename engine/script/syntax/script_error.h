// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace coroscope {

// The exception class CPython would raise, printed on the last line of format().
enum class ScriptErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    // Valid Python that the sandbox refuses to run.
    UnsupportedError,
    // A tree too deep to compile.
    RecursionError,
};

std::string_view scriptErrorKindName(ScriptErrorKind kind);

// One problem found in a script before it runs. Lines and columns are
// 1-based; columns count code points. A column of 0 means the error is about
// the line as a whole (CPython then draws no caret). endColumn is exclusive,
// as CPython's SyntaxError.end_offset; 0 means "one character".
struct ScriptError {
    std::string file;
    int line = 0;
    int column = 0;
    std::string message;
    // What to use instead; may be empty.
    std::string hint;
    ScriptErrorKind kind = ScriptErrorKind::SyntaxError;
    int endLine = 0;
    int endColumn = 0;
    // The source line the error is on, without its newline, for format().
    std::string lineText;

    // Prints the error the way CPython reports a SyntaxError, plus a hint line.
    std::string format() const;
};

} // namespace coroscope
