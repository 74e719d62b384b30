// SPDX-License-Identifier: MIT
#include "ui/views/output_view.h"

#include <algorithm>

namespace coroscope {

OutputView::OutputView(QWidget* parent)
    : QPlainTextEdit(parent) {
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont f(QStringLiteral("DejaVu Sans Mono"));
    f.setStyleHint(QFont::Monospace);
    f.setPointSizeF(10);
    setFont(f);
    setMaximumBlockCount(20000);
}

void OutputView::setRun(std::shared_ptr<const RunModel> run) {
    m_run = std::move(run);
    m_prints.clear();
    if (m_run)
        for (std::uint64_t s = 0; s < m_run->trace.size(); ++s)
            if (m_run->trace.record(s).kind == EventKind::Print) m_prints.push_back(s);
    rebuild(0);
}

void OutputView::rebuild(std::size_t upTo) {
    clear();
    m_shown = 0;
    m_errShown = false;
    if (!m_run) return;
    QStringList lines;
    for (std::size_t i = 0; i < upTo && i < m_prints.size(); ++i)
        lines << QString::fromUtf8(m_run->trace.text(m_run->trace.record(m_prints[i]).other));
    if (!lines.isEmpty()) appendPlainText(lines.join(QLatin1Char('\n')));
    m_shown = upTo;
}

void OutputView::setPlayhead(const Playhead& p) {
    if (!m_run) return;
    const auto n = static_cast<std::size_t>(
        std::lower_bound(m_prints.begin(), m_prints.end(), p.seq) - m_prints.begin());
    const bool end = p.seq >= m_run->trace.size();
    if (n < m_shown || (m_errShown && !end)) {
        rebuild(n);
    } else {
        for (std::size_t i = m_shown; i < n; ++i) {
            QString line =
                QString::fromUtf8(m_run->trace.text(m_run->trace.record(m_prints[i]).other));
            if (line.endsWith(QLatin1Char('\n'))) line.chop(1);
            appendPlainText(line);
        }
        m_shown = n;
    }
    if (end && !m_errShown && !m_run->err.empty()) {
        QTextCharFormat red;
        red.setForeground(m_theme->failed);
        QTextCursor c(document());
        c.movePosition(QTextCursor::End);
        if (!document()->isEmpty()) c.insertBlock();
        c.insertText(QString::fromStdString(m_run->err).trimmed(), red);
        m_errShown = true;
    }
}

void OutputView::setTheme(const Theme* theme) {
    m_theme = theme;
}

} // namespace coroscope
