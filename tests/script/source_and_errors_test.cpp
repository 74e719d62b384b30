// SPDX-License-Identifier: MIT
// SourceFile positions and the CPython-style printing of ScriptError.
#include "script/checks/parse.h"
#include "script/syntax/source_file.h"

#include <gtest/gtest.h>

namespace coroscope {
namespace {

TEST(SourceFile, LinesAreNumberedFromOneWithoutTheirNewlines) {
    const SourceFile source("demo.py", "import asyncio\n\nasync def main():\n    pass");
    EXPECT_EQ(source.lineCount(), 4);
    EXPECT_EQ(source.lineText(1), "import asyncio");
    EXPECT_EQ(source.lineText(2), "");
    EXPECT_EQ(source.lineText(4), "    pass");
    EXPECT_EQ(source.lineText(5), "");
}

TEST(SourceFile, WindowsAndOldMacLineEndingsBecomeNewlines) {
    const SourceFile source("demo.py", "a = 1\r\nb = 2\rc = 3\r\n");
    EXPECT_EQ(source.text(), "a = 1\nb = 2\nc = 3\n");
    EXPECT_EQ(source.lineCount(), 3);
    EXPECT_EQ(source.lineText(2), "b = 2");
}

TEST(SourceFile, ByteOrderMarkIsDropped) {
    const SourceFile source("demo.py", "\xEF\xBB\xBFx = 1\n");
    EXPECT_EQ(source.text(), "x = 1\n");
}

TEST(SourceFile, ColumnsCountCodePointsNotBytes) {
    // "é" is two bytes; the column of what follows it counts it once.
    const SourceFile source("demo.py", "x = 'é' + y\n");
    const auto yOffset = static_cast<uint32_t>(source.text().find('y'));
    EXPECT_EQ(source.lineAt(yOffset), 1);
    EXPECT_EQ(source.columnAt(yOffset), 11);
}

TEST(SourceFile, OffsetsMapToTheirLine) {
    const SourceFile source("demo.py", "a\nbb\nccc\n");
    EXPECT_EQ(source.lineAt(0), 1);
    EXPECT_EQ(source.lineAt(2), 2);
    EXPECT_EQ(source.lineAt(5), 3);
    EXPECT_EQ(source.columnAt(7), 3);
}

TEST(ScriptError, FormatPrintsLikeCPython) {
    const ParseResult result =
        parseScript("demo.py", "import asyncio\n\nasync def main():\n    await asyncio.sleep(1\n");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errors[0].format(), "  File \"demo.py\", line 4\n"
                                         "    await asyncio.sleep(1\n"
                                         "                       ^\n"
                                         "SyntaxError: '(' was never closed\n");
}

TEST(ScriptError, FormatAddsTheHintOnItsOwnLine) {
    ScriptError error;
    error.file = "demo.py";
    error.line = 3;
    error.column = 5;
    error.lineText = "    time.sleep(1)";
    error.message = "time.sleep() blocks the event loop";
    error.hint = "use asyncio.sleep() inside coroutines";
    EXPECT_EQ(error.format(), "  File \"demo.py\", line 3\n"
                              "    time.sleep(1)\n"
                              "    ^\n"
                              "SyntaxError: time.sleep() blocks the event loop\n"
                              "Hint: use asyncio.sleep() inside coroutines\n");
}

TEST(ScriptError, FormatUnderlinesTheWholeRange) {
    const ParseResult result = parseScript("demo.py", "f() = 1\n");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errors[0].format(),
              "  File \"demo.py\", line 1\n"
              "    f() = 1\n"
              "    ^^^\n"
              "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of "
              "'='?\n");
}

TEST(ScriptError, FormatUnderlinesAMultiLineRangeToTheEndOfItsFirstLine) {
    const ParseResult result =
        parseScript("demo.py", "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errors[0].format(), "  File \"demo.py\", line 3\n"
                                         "    except:\n"
                                         "    ^^^^^^^\n"
                                         "SyntaxError: default 'except:' must be last\n");
}

TEST(ScriptError, FormatDrawsNoCaretLeftOfTheText) {
    const ParseResult result = parseScript("demo.py", "x = 1\n  y = 2\n");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errors[0].format(), "  File \"demo.py\", line 2\n"
                                         "    y = 2\n"
                                         "IndentationError: unexpected indent\n");
}

TEST(ScriptError, FormatNamesTheKindOfError) {
    EXPECT_NE(parseScript("demo.py", "if x:\n\tif y:\n        pass\n")
                  .errors[0]
                  .format()
                  .find("TabError: inconsistent use of tabs and spaces in indentation"),
              std::string::npos);
}

} // namespace
} // namespace coroscope
