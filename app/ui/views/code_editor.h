// SPDX-License-Identifier: MIT
#pragma once

#include "model/code_marks.h"
#include "model/lesson_loader.h"
#include "model/run_model.h"
#include "model/trace_notes.h"
#include "ui/style/theme.h"

#include <QPlainTextEdit>

#include <memory>
#include <optional>
#include <vector>

namespace coroscope {

class PythonHighlighter;

// The script, editable, with line numbers. The current line of every live
// task is marked in that task's colour: an arrow in the gutter per task (so
// several tasks on one line show several arrows), with the task's number in
// it so tasks differ without colour, and a tint across the line. A warning
// or a CancelledError that happened on a line has a sign beside its number. A parse error is
// underlined in place, wavy, where the parser says.
class CodeEditor : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit CodeEditor(QWidget* parent = nullptr);

    void setMarks(std::vector<CodeMark> marks);
    // Warnings and CancelledErrors that have happened, each at its line.
    void setNotes(std::vector<TraceNote> notes);
    const std::vector<TraceNote>& notes() const { return m_notes; }
    // The run the marks come from, for task names in tooltips.
    void setRun(std::shared_ptr<const RunModel> run) { m_run = std::move(run); }
    void setSelectedTask(TaskId task);
    void setIssue(std::optional<ScriptIssue> issue);
    // Lines (1-based) a parameter has just rewritten, shown with an accent
    // tint until the text is set again.
    void setChangedLines(std::vector<int> lines);
    const std::vector<int>& changedLines() const { return m_changed; }
    const std::optional<ScriptIssue>& issue() const { return m_issue; }
    void setTheme(const Theme* theme);
    void setCodeFont(double points);
    // Scrolls so the first marked line is visible (while playing).
    void revealMarks();

    int gutterWidth() const;
    void paintGutter(QPaintEvent* event);
    // Where the gutter arrow of the k-th task on `line` is drawn (tests).
    QRect arrowRect(int line, int k) const;
    // Where a line's note sign is drawn (tests).
    QRect noteRect(int line) const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect& rect, int dy);
    void refreshSelections();

    QWidget* m_gutter;
    PythonHighlighter* m_highlighter;
    std::vector<CodeMark> m_marks;
    std::vector<TraceNote> m_notes;
    std::optional<ScriptIssue> m_issue;
    std::vector<int> m_changed;
    QString m_issueText; // the text the issue was found in
    TaskId m_selected = 0;
    std::shared_ptr<const RunModel> m_run;
    const Theme* m_theme;
};

} // namespace coroscope
