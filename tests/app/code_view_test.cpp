// SPDX-License-Identifier: MIT
#include "render_support.h"
#include "ui/views/code_editor.h"

#include <QApplication>
#include <QTextBlock>

#include <gtest/gtest.h>

using namespace coroscope;
using namespace coroscope::test;

namespace {

QImage shot(CodeEditor& editor) {
    editor.resize(700, 300);
    editor.show();
    QApplication::processEvents();
    return editor.grab().toImage();
}

// The gutter's rectangle for an arrow, in the editor's own coordinates.
QRect inEditor(const CodeEditor& editor, QRect gutterRect) {
    return gutterRect.translated(editor.contentsRect().topLeft());
}

} // namespace

TEST(CodeView, MarksTheLineOfEveryLiveTaskInThatTasksColour) {
    CodeEditor editor;
    editor.setPlainText(
        QStringLiteral("import asyncio\n\nasync def worker(n):\n    await asyncio.sleep(n)\n\n"
                       "async def main():\n    await asyncio.gather(worker(1), worker(2))\n"));
    // Two tasks on line 4, main on line 7.
    editor.setMarks(
        {{2, 4, Look::WaitingTimer}, {3, 4, Look::WaitingTimer}, {1, 7, Look::Running}});
    const QImage img = shot(editor);
    keep(img, QStringLiteral("code-marks"));
    const Theme& theme = Theme::light();
    const QRect first = inEditor(editor, editor.arrowRect(4, 0));
    const QRect second = inEditor(editor, editor.arrowRect(4, 1));
    const QRect main = inEditor(editor, editor.arrowRect(7, 0));
    EXPECT_GT(countColor(img, first, theme.taskColor(2).darker(115), 30), 6);
    EXPECT_GT(countColor(img, second, theme.taskColor(3).darker(115), 30), 6);
    EXPECT_GT(countColor(img, main, theme.taskColor(1), 20), 10); // running: a filled arrow
    // No arrow where no task is.
    EXPECT_EQ(countColor(img, inEditor(editor, editor.arrowRect(2, 0)), theme.taskColor(1), 20), 0);
}

TEST(CodeView, ShowsAParseErrorInPlaceAndKeepsTheText) {
    CodeEditor editor;
    const QString text =
        QStringLiteral("async def main():\n    await asyncio.sleep(0.1\n    print('never')\n");
    editor.setPlainText(text);
    editor.setIssue(ScriptIssue{2, 24, 2, 25, QStringLiteral("'(' was never closed")});
    const QImage img = shot(editor);
    keep(img, QStringLiteral("code-error"));
    EXPECT_EQ(editor.toPlainText(), text);
    // The wavy underline is in the failed colour, under line 2 near column 24.
    const QTextBlock block = editor.document()->findBlockByNumber(1);
    QTextCursor c(block);
    c.setPosition(block.position() + 23);
    const QRect caret = editor.cursorRect(c).translated(editor.viewport()->pos());
    const QRect under(caret.left() - 4, caret.top(), 30, caret.height() + 4);
    EXPECT_GT(countColor(img, under, Theme::light().failed, 40), 3);
    // An edit clears the stale underline.
    editor.insertPlainText(QStringLiteral(")"));
    EXPECT_FALSE(editor.issue().has_value());
}
