// SPDX-License-Identifier: MIT
#include "script/syntax/source_file.h"

#include <algorithm>

namespace coroscope {

namespace {

std::string normaliseNewlines(std::string text) {
    if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF &&
        static_cast<unsigned char>(text[1]) == 0xBB && static_cast<unsigned char>(text[2]) == 0xBF)
        text.erase(0, 3);
    if (text.find('\r') == std::string::npos) return text;
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out.push_back('\n');
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else {
            out.push_back(text[i]);
        }
    }
    return out;
}

} // namespace

int countCodePoints(std::string_view text) {
    int count = 0;
    for (char c : text)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

SourceFile::SourceFile(std::string fileName, std::string text)
    : m_fileName(std::move(fileName))
    , m_text(normaliseNewlines(std::move(text))) {
    m_lineStarts.push_back(0);
    bool ascii = true;
    for (size_t i = 0; i < m_text.size(); ++i) {
        const auto c = static_cast<unsigned char>(m_text[i]);
        if (c == '\n') {
            m_lineIsAscii.push_back(ascii);
            ascii = true;
            if (i + 1 < m_text.size()) m_lineStarts.push_back(static_cast<uint32_t>(i + 1));
        } else if (c >= 0x80) {
            ascii = false;
        }
    }
    if (m_lineIsAscii.size() < m_lineStarts.size()) m_lineIsAscii.push_back(ascii);
}

std::string_view SourceFile::lineText(int line) const {
    if (line < 1 || line > lineCount()) return {};
    const uint32_t begin = lineStart(line);
    uint32_t end = line < lineCount() ? lineStart(line + 1) : static_cast<uint32_t>(m_text.size());
    if (end > begin && m_text[end - 1] == '\n') --end;
    return std::string_view(m_text).substr(begin, end - begin);
}

int SourceFile::lineAt(uint32_t offset) const {
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    return static_cast<int>(it - m_lineStarts.begin());
}

int SourceFile::columnAt(int line, uint32_t offset) const {
    if (line < 1 || line > lineCount()) return 1;
    const uint32_t begin = lineStart(line);
    if (offset <= begin) return 1;
    if (m_lineIsAscii[static_cast<size_t>(line - 1)]) return static_cast<int>(offset - begin) + 1;
    return countCodePoints(std::string_view(m_text).substr(begin, offset - begin)) + 1;
}

} // namespace coroscope
