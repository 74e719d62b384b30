// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace coroscope {

// A scenario script's text with the start of every line, so that byte offsets
// can be turned into the 1-based line and column an editor shows. Columns
// count Unicode code points, as CPython's SyntaxError offsets do.
class SourceFile {
public:
    // Line endings are normalised to '\n' and a UTF-8 byte order mark is
    // dropped, so every later stage sees one kind of newline.
    SourceFile(std::string fileName, std::string text);

    const std::string& fileName() const { return m_fileName; }
    std::string_view text() const { return m_text; }

    int lineCount() const { return static_cast<int>(m_lineStarts.size()); }
    // The text of a 1-based line without its newline; empty when out of range.
    std::string_view lineText(int line) const;
    uint32_t lineStart(int line) const { return m_lineStarts[static_cast<size_t>(line - 1)]; }
    // The 1-based line holding a byte offset.
    int lineAt(uint32_t offset) const;
    // The 1-based column of a byte offset on a known line.
    int columnAt(int line, uint32_t offset) const;
    // The 1-based column of a byte offset.
    int columnAt(uint32_t offset) const { return columnAt(lineAt(offset), offset); }

private:
    std::string m_fileName;
    std::string m_text;
    std::vector<uint32_t> m_lineStarts;
    // Lines holding only ASCII map bytes to columns directly.
    std::vector<bool> m_lineIsAscii;
};

// Counts the code points of a UTF-8 byte range (continuation bytes are skipped).
int countCodePoints(std::string_view text);

} // namespace coroscope
