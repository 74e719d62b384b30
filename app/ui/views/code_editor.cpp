// SPDX-License-Identifier: MIT
#include "ui/views/code_editor.h"

#include "ui/style/format.h"
#include "ui/views/python_highlighter.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace coroscope {

namespace {

class Gutter : public QWidget {
public:
    explicit Gutter(CodeEditor* editor)
        : QWidget(editor)
        , m_editor(editor) {}
    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { m_editor->paintGutter(event); }

private:
    CodeEditor* m_editor;
};

constexpr int kArrowWidth = 15;
constexpr int kNoteWidth = 13;

} // namespace

CodeEditor::CodeEditor(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
    , m_highlighter(new PythonHighlighter(document()))
    , m_theme(&Theme::light()) {
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    setCodeFont(12);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { updateGutterWidth(); });
    connect(this, &QPlainTextEdit::updateRequest, this,
            [this](const QRect& r, int dy) { updateGutter(r, dy); });
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        // An edit makes the underlined error stale; the next run re-checks.
        // (Re-highlighting also says "text changed": compare the text.)
        if (m_issue && toPlainText() != m_issueText) {
            m_issue.reset();
            refreshSelections();
        }
    });
    updateGutterWidth();
}

void CodeEditor::setCodeFont(double points) {
    QFont f(QStringLiteral("DejaVu Sans Mono"));
    f.setStyleHint(QFont::Monospace);
    f.setFixedPitch(true);
    f.setPointSizeF(points);
    setFont(f);
    setTabStopDistance(QFontMetricsF(f).horizontalAdvance(QLatin1Char(' ')) * 4);
    updateGutterWidth();
}

void CodeEditor::setTheme(const Theme* theme) {
    m_theme = theme;
    m_highlighter->setTheme(*theme);
    QPalette pal = palette();
    pal.setColor(QPalette::Base, theme->surface);
    pal.setColor(QPalette::Text, theme->text);
    setPalette(pal);
    refreshSelections();
    m_gutter->update();
}

int CodeEditor::gutterWidth() const {
    const int digits = std::max(2, static_cast<int>(QString::number(blockCount()).size()));
    // Room for three task arrows before the numbers.
    return 8 + 3 * kArrowWidth + kNoteWidth +
           fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits + 10;
}

void CodeEditor::updateGutterWidth() {
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void CodeEditor::updateGutter(const QRect& rect, int dy) {
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect())) updateGutterWidth();
}

void CodeEditor::resizeEvent(QResizeEvent* event) {
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void CodeEditor::setMarks(std::vector<CodeMark> marks) {
    if (marks.size() == m_marks.size() && std::equal(marks.begin(), marks.end(), m_marks.begin(),
                                                     [](const CodeMark& a, const CodeMark& b) {
                                                         return a.task == b.task &&
                                                                a.line == b.line &&
                                                                a.look == b.look &&
                                                                a.caller == b.caller;
                                                     }))
        return;
    m_marks = std::move(marks);
    refreshSelections();
    m_gutter->update();
}

void CodeEditor::setNotes(std::vector<TraceNote> notes) {
    if (notes.size() == m_notes.size() &&
        std::equal(notes.begin(), notes.end(), m_notes.begin(),
                   [](const TraceNote& a, const TraceNote& b) { return a.seq == b.seq; }))
        return;
    m_notes = std::move(notes);
    m_gutter->update();
}

void CodeEditor::setSelectedTask(TaskId task) {
    m_selected = task;
    refreshSelections();
    m_gutter->update();
}

void CodeEditor::setIssue(std::optional<ScriptIssue> issue) {
    m_issue = std::move(issue);
    m_issueText = m_issue ? toPlainText() : QString();
    refreshSelections();
    if (m_issue && m_issue->line > 0) {
        const QTextBlock block = document()->findBlockByNumber(m_issue->line - 1);
        if (block.isValid()) {
            QTextCursor c(block);
            setTextCursor(c);
            ensureCursorVisible();
        }
    }
}

void CodeEditor::revealMarks() {
    if (m_marks.empty()) return;
    // The selected task's line if it is live, else the first marked line.
    std::uint32_t line = m_marks.front().line;
    for (const CodeMark& m : m_marks)
        if (m.task == m_selected) line = m.line;
    const QTextBlock block = document()->findBlockByNumber(static_cast<int>(line) - 1);
    if (!block.isValid()) return;
    const QRectF r = blockBoundingGeometry(block).translated(contentOffset());
    if (r.top() < 0 || r.bottom() > viewport()->height()) {
        QTextCursor c(block);
        const QTextCursor keep = textCursor();
        setTextCursor(c);
        centerCursor();
        setTextCursor(keep);
    }
}

void CodeEditor::setChangedLines(std::vector<int> lines) {
    m_changed = std::move(lines);
    refreshSelections();
}

void CodeEditor::refreshSelections() {
    QList<QTextEdit::ExtraSelection> selections;
    // A tint across each line with a live task: the colour of its first task,
    // or of the selected task when it is there.
    std::uint32_t lastLine = 0;
    for (const CodeMark& m : m_marks) {
        if (m.line == lastLine && m.task != m_selected) continue;
        const QTextBlock block = document()->findBlockByNumber(static_cast<int>(m.line) - 1);
        if (!block.isValid()) continue;
        if (m.line == lastLine) selections.removeLast();
        lastLine = m.line;
        QTextEdit::ExtraSelection s;
        QColor tint = m_theme->taskColor(m.task);
        tint.setAlpha(m.caller ? (m.task == m_selected ? 36 : 18)
                               : (m.task == m_selected ? 70 : 38));
        s.format.setBackground(tint);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.cursor = QTextCursor(block);
        selections.append(s);
    }
    for (int line : m_changed) {
        const QTextBlock block = document()->findBlockByNumber(line - 1);
        if (!block.isValid()) continue;
        QTextEdit::ExtraSelection s;
        QColor tint = m_theme->accent;
        tint.setAlpha(60);
        s.format.setBackground(tint);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.cursor = QTextCursor(block);
        selections.append(s);
    }
    if (m_issue && m_issue->line > 0) {
        const QTextBlock block = document()->findBlockByNumber(m_issue->line - 1);
        if (block.isValid()) {
            QTextEdit::ExtraSelection line;
            QColor bg = m_theme->failed;
            bg.setAlpha(28);
            line.format.setBackground(bg);
            line.format.setProperty(QTextFormat::FullWidthSelection, true);
            line.cursor = QTextCursor(block);
            selections.append(line);
            QTextEdit::ExtraSelection wave;
            wave.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            wave.format.setUnderlineColor(m_theme->failed);
            QTextCursor c(block);
            const int length = static_cast<int>(block.text().size());
            const int start = std::clamp(m_issue->column - 1, 0, std::max(0, length - 1));
            // At least the rest of the word, so a one-character mark is seen.
            int end = m_issue->endLine == m_issue->line && m_issue->endColumn > m_issue->column + 1
                          ? m_issue->endColumn - 1
                          : start + 1;
            const QString text = block.text();
            while (end < length && end - start < 3 && !text[end].isSpace())
                ++end;
            end = std::clamp(end, start + 1, std::max(start + 1, length));
            if (length == 0) end = start;
            c.setPosition(block.position() + start);
            c.setPosition(block.position() + std::min(end, length), QTextCursor::KeepAnchor);
            wave.cursor = c;
            selections.append(wave);
        }
    }
    setExtraSelections(selections);
}

QRect CodeEditor::arrowRect(int line, int k) const {
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid()) return {};
    const QRectF r = blockBoundingGeometry(block).translated(contentOffset());
    const int h = static_cast<int>(r.height());
    return QRect(4 + k * kArrowWidth, static_cast<int>(r.top()) + 2, kArrowWidth - 1, h - 4);
}

QRect CodeEditor::noteRect(int line) const {
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid()) return {};
    const QRectF r = blockBoundingGeometry(block).translated(contentOffset());
    const int h = static_cast<int>(r.height());
    return QRect(4 + 3 * kArrowWidth, static_cast<int>(r.top()) + 2, kNoteWidth - 1, h - 4);
}

void CodeEditor::paintGutter(QPaintEvent* event) {
    QPainter p(m_gutter);
    p.fillRect(event->rect(), m_theme->background);
    p.setRenderHint(QPainter::Antialiasing);
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber();
    double top = blockBoundingGeometry(block).translated(contentOffset()).top();
    const int numberRight = m_gutter->width() - 8;
    auto mark = m_marks.begin();
    while (block.isValid() && top <= event->rect().bottom()) {
        const double h = blockBoundingRect(block).height();
        const int line = number + 1;
        bool live = false;
        while (mark != m_marks.end() && mark->line < static_cast<std::uint32_t>(line))
            ++mark;
        int k = 0;
        for (auto it = mark; it != m_marks.end() && it->line == static_cast<std::uint32_t>(line);
             ++it, ++k) {
            live = true;
            if (k >= 3) { // more tasks than room: say how many more
                p.setPen(m_theme->text);
                p.setFont(m_theme->font(7, true));
                p.drawText(QRectF(2, top, 3 * kArrowWidth, h), Qt::AlignRight | Qt::AlignBottom,
                           QStringLiteral("+%1").arg(
                               std::count_if(it, m_marks.end(), [&](const CodeMark& m) {
                                   return m.line == static_cast<std::uint32_t>(line);
                               })));
                break;
            }
            // An arrow in the task's colour; a hollow one for a task that is
            // not running (waiting there), a filled one for a running task.
            const QRectF r(4 + k * kArrowWidth, top + h * 0.18, kArrowWidth - 2, h * 0.64);
            QPainterPath arrow;
            arrow.moveTo(r.left(), r.top());
            arrow.lineTo(r.right(), r.center().y());
            arrow.lineTo(r.left(), r.bottom());
            arrow.closeSubpath();
            const QColor c = m_theme->taskColor(it->task);
            const bool running = it->look == Look::Running || it->look == Look::Computing ||
                                 it->look == Look::Blocked;
            // A frame further out on the task's await chain: a dashed outline,
            // never filled, since the task is not running there.
            QPen pen(c.darker(it->task == m_selected ? 160 : 115),
                     it->task == m_selected ? 2.2 : 1.2);
            if (it->caller) pen.setStyle(Qt::DashLine);
            p.setPen(pen);
            p.setBrush(running && !it->caller ? c : m_theme->surface);
            p.drawPath(arrow);
            // The task's number, so tasks differ without their colours.
            p.setPen(running && !it->caller ? QColor(Qt::white) : c.darker(140));
            p.setFont(m_theme->font(it->task >= 10 ? 5.5 : 6.5, true));
            p.drawText(r.adjusted(0, 0, -r.width() * 0.25, 0), Qt::AlignCenter,
                       QString::number(it->task));
        }
        // A warning (a triangle with "!"), a CancelledError (a red X) or a
        // TimeoutError (a clock) that happened on this line.
        bool warned = false, cancelled = false, timedOut = false;
        for (const TraceNote& n : m_notes) {
            if (n.line != static_cast<std::uint32_t>(line)) continue;
            warned |= n.kind == NoteKind::Warning;
            cancelled |= n.kind == NoteKind::CancelledError;
            timedOut |= n.kind == NoteKind::TimeoutError;
        }
        const QRectF sign(4 + 3 * kArrowWidth, top + h * 0.15, kNoteWidth - 2, h * 0.7);
        if (warned) {
            QPainterPath tri;
            tri.moveTo(sign.center().x(), sign.top());
            tri.lineTo(sign.right(), sign.bottom());
            tri.lineTo(sign.left(), sign.bottom());
            tri.closeSubpath();
            p.setPen(QPen(m_theme->ready.darker(150), 1));
            p.setBrush(m_theme->ready);
            p.drawPath(tri);
            p.setPen(m_theme->ink);
            p.setFont(m_theme->font(6.5, true));
            p.drawText(sign.adjusted(0, sign.height() * 0.25, 0, 0), Qt::AlignCenter,
                       QStringLiteral("!"));
        } else if (cancelled) {
            const double s = std::min(sign.width(), sign.height()) * 0.4;
            p.setPen(QPen(m_theme->cancelArrow, 2.2, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(sign.center() + QPointF(-s, -s), sign.center() + QPointF(s, s));
            p.drawLine(sign.center() + QPointF(-s, s), sign.center() + QPointF(s, -s));
        } else if (timedOut) {
            const double r = std::min(sign.width(), sign.height()) * 0.45;
            p.setPen(QPen(m_theme->failed, 1.6));
            p.setBrush(m_theme->surface);
            p.drawEllipse(sign.center(), r, r);
            p.drawLine(sign.center(), sign.center() + QPointF(0, -r * 0.7));
            p.drawLine(sign.center(), sign.center() + QPointF(r * 0.55, 0));
        }
        p.setPen(live ? m_theme->text : m_theme->mutedText);
        QFont f = font();
        f.setBold(live);
        p.setFont(f);
        p.drawText(QRectF(0, top, numberRight, h), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(line));
        block = block.next();
        top += h;
        ++number;
    }
}

void CodeEditor::paintEvent(QPaintEvent* e) {
    QPlainTextEdit::paintEvent(e);
    if (!m_issue || m_issue->line <= 0) return;
    // The parser's message, at the end of the line it is about.
    const QTextBlock block = document()->findBlockByNumber(m_issue->line - 1);
    if (!block.isValid() || !block.isVisible()) return;
    QTextCursor end(block);
    end.movePosition(QTextCursor::EndOfBlock);
    const QRect at = cursorRect(end);
    QPainter p(viewport());
    QFont f = font();
    f.setItalic(true);
    f.setPointSizeF(f.pointSizeF() * 0.9);
    p.setFont(f);
    p.setPen(m_theme->failed);
    const int x = at.right() + fontMetrics().horizontalAdvance(QStringLiteral("    "));
    const QRect box(x, at.top(), std::max(0, viewport()->width() - x - 4), at.height());
    p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetrics(f).elidedText(QStringLiteral("← ") + m_issue->message, Qt::ElideRight,
                                          box.width()));
}

bool CodeEditor::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const QTextCursor c = cursorForPosition(inViewport);
        const int line = c.blockNumber() + 1;
        QStringList lines;
        if (m_issue && m_issue->line == line) lines << m_issue->message.toHtmlEscaped();
        for (const TraceNote& n : m_notes) {
            if (n.line != static_cast<std::uint32_t>(line) || !m_run) continue;
            const QString who = QString::fromStdString(m_run->trace.taskName(n.task));
            if (n.kind == NoteKind::Deadline) continue;
            if (n.kind == NoteKind::CancelledError)
                lines << tr("%1: CancelledError thrown in here").arg(who.toHtmlEscaped());
            else if (n.kind == NoteKind::TimeoutError)
                lines << tr("%1: the timeout ran out: TimeoutError").arg(who.toHtmlEscaped());
            else
                lines << tr("%1: warning: %2")
                             .arg(who.toHtmlEscaped(), QString::fromUtf8(m_run->trace.text(n.text))
                                                           .section(QLatin1Char('\n'), 0, 0)
                                                           .toHtmlEscaped());
        }
        for (const CodeMark& m : m_marks)
            if (m.line == static_cast<std::uint32_t>(line)) {
                const QString who =
                    m_run ? QString::fromStdString(m_run->trace.taskName(m.task)).toHtmlEscaped()
                          : QString::number(m.task);
                lines << (m.caller ? tr("%1: awaits here the coroutine it calls").arg(who)
                                   : tr("%1: %2").arg(who, Format::look(m.look)));
            }
        if (lines.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), lines.join(QStringLiteral("<br>")), this);
        return true;
    }
    return QPlainTextEdit::event(e);
}

} // namespace coroscope
