// SPDX-License-Identifier: MIT
#include "script/syntax/script_error.h"

#include <algorithm>

namespace coroscope {

std::string_view scriptErrorKindName(ScriptErrorKind kind) {
    switch (kind) {
    case ScriptErrorKind::SyntaxError: return "SyntaxError";
    case ScriptErrorKind::IndentationError: return "IndentationError";
    case ScriptErrorKind::TabError: return "TabError";
    case ScriptErrorKind::UnsupportedError: return "UnsupportedError";
    case ScriptErrorKind::RecursionError: return "RecursionError";
    }
    return "SyntaxError";
}

namespace {

long codePointLength(std::string_view text) {
    return static_cast<long>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

} // namespace

std::string ScriptError::format() const {
    // An error of no line (a parameter, a machine setting) names the file only.
    std::string out = "  File \"" + file + "\"";
    if (line > 0) out += ", line " + std::to_string(line);
    out += "\n";
    if (!lineText.empty() && line > 0) {
        // Mirrors CPython: the line is shown without its indentation and the
        // carets shift left by the same amount; a caret left of the text is
        // not drawn.
        std::string_view text = lineText;
        long offset = column - 1;
        const long length = codePointLength(text);
        long end = endLine > line ? length + 1 : endColumn - 1;
        if (end <= offset) end = offset + 1;
        end = std::min(end, std::max(length, offset + 1));
        while (!text.empty() &&
               (text.front() == ' ' || text.front() == '\t' || text.front() == '\f')) {
            text.remove_prefix(1);
            --offset;
            --end;
        }
        const long shown = codePointLength(text);
        if (offset > shown) offset = shown;
        out += "    ";
        out += text;
        out += "\n";
        if (offset >= 0) {
            out += "    ";
            out.append(static_cast<size_t>(offset), ' ');
            out.append(static_cast<size_t>(std::max(1L, end - offset)), '^');
            out += "\n";
        }
    }
    out += scriptErrorKindName(kind);
    out += ": ";
    out += message;
    out += "\n";
    if (!hint.empty()) out += "Hint: " + hint + "\n";
    return out;
}

} // namespace coroscope
