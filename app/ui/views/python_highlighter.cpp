// SPDX-License-Identifier: MIT
#include "ui/views/python_highlighter.h"

#include "ui/style/theme.h"

namespace coroscope {

PythonHighlighter::PythonHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document) {
    setTheme(Theme::light());
}

void PythonHighlighter::setTheme(const Theme& theme) {
    const bool dark = theme.id == Theme::Id::Dark;
    auto fmt = [](QColor c, bool bold = false, bool italic = false) {
        QTextCharFormat f;
        f.setForeground(c);
        if (bold) f.setFontWeight(QFont::Bold);
        f.setFontItalic(italic);
        return f;
    };
    const QColor keyword = dark ? QColor(0xC6, 0x92, 0xE8) : QColor(0x7A, 0x1F, 0xA2);
    const QColor async = dark ? QColor(0x5F, 0xB8, 0xFF) : QColor(0x00, 0x5C, 0xC5);
    const QColor builtin = dark ? QColor(0x4E, 0xC9, 0xB0) : QColor(0x00, 0x70, 0x6A);
    const QColor number = dark ? QColor(0xF0, 0xA4, 0x6B) : QColor(0xA6, 0x4B, 0x00);
    const QColor string = dark ? QColor(0xA5, 0xD6, 0x7F) : QColor(0x2E, 0x7D, 0x32);
    const QColor comment = dark ? QColor(0x8A, 0x93, 0x9C) : QColor(0x6A, 0x73, 0x7D);
    const QColor decorator = dark ? QColor(0xE5, 0xC0, 0x7B) : QColor(0x9A, 0x67, 0x00);

    m_rules.clear();
    auto words = [](const char* list) {
        return QRegularExpression(QStringLiteral("\\b(?:%1)\\b").arg(QLatin1String(list)));
    };
    m_rules.push_back({words("def|class|return|if|elif|else|for|while|try|except|finally|raise|"
                             "with|as|import|from|pass|break|continue|in|is|not|and|or|lambda|"
                             "global|nonlocal|yield|del|assert|None|True|False"),
                       fmt(keyword, true)});
    m_rules.push_back({words("async|await"), fmt(async, true)});
    m_rules.push_back({words("asyncio|print|range|len|sum|min|max|enumerate|zip|sorted|list|"
                             "dict|tuple|set|str|int|float|bool|isinstance|Exception|"
                             "CancelledError|TimeoutError|sim|time|threading|requests|aiohttp"),
                       fmt(builtin)});
    m_rules.push_back({QRegularExpression(
                           QStringLiteral("\\b[0-9][0-9_]*(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?\\b")),
                       fmt(number)});
    m_rules.push_back({QRegularExpression(QStringLiteral("^\\s*@[\\w.]+")), fmt(decorator)});
    m_rules.push_back({QRegularExpression(QStringLiteral("\\bdef\\s+(\\w+)")), fmt(async), 1});
    m_string = fmt(string);
    m_comment = fmt(comment, false, true);
    m_dark = dark;
    rehighlight();
}

void PythonHighlighter::highlightBlock(const QString& text) {
    for (const Rule& rule : m_rules) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            setFormat(static_cast<int>(m.capturedStart(rule.group)),
                      static_cast<int>(m.capturedLength(rule.group)), rule.format);
        }
    }
    // Strings and comments, scanned by hand so a '#' inside a string and a
    // quote inside a comment are right. State 1/2: inside ''' / """.
    int i = 0;
    const int n = static_cast<int>(text.size());
    int state = previousBlockState();
    if (state == 1 || state == 2) {
        const QString close = state == 1 ? QStringLiteral("'''") : QStringLiteral("\"\"\"");
        const int end = static_cast<int>(text.indexOf(close));
        if (end < 0) {
            setFormat(0, n, m_string);
            setCurrentBlockState(state);
            return;
        }
        setFormat(0, end + 3, m_string);
        i = end + 3;
    }
    setCurrentBlockState(0);
    while (i < n) {
        const QChar c = text[i];
        if (c == QLatin1Char('#')) {
            setFormat(i, n - i, m_comment);
            return;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const bool triple = i + 2 < n && text[i + 1] == c && text[i + 2] == c;
            const QString quote = triple ? QString(3, c) : QString(c);
            int start = i;
            // A prefix (f, r, b) belongs to the string.
            while (start > 0 && text[start - 1].isLetter() &&
                   QStringLiteral("fFrRbBuU").contains(text[start - 1]))
                --start;
            int j = i + static_cast<int>(quote.size());
            bool closed = false;
            while (j < n) {
                if (text[j] == QLatin1Char('\\')) {
                    j += 2;
                    continue;
                }
                if (text.mid(j, quote.size()) == quote) {
                    j += static_cast<int>(quote.size());
                    closed = true;
                    break;
                }
                ++j;
            }
            setFormat(start, std::min(j, n) - start, m_string);
            if (!closed && triple) setCurrentBlockState(c == QLatin1Char('\'') ? 1 : 2);
            i = j;
            continue;
        }
        ++i;
    }
}

} // namespace coroscope
