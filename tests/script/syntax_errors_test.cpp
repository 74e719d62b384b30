// SPDX-License-Identifier: MIT
// Bad inputs: each must give exactly the message, line and column CPython
// 3.11 reports (checked against `compile()` when the table was written).
#include "script_test_support.h"

namespace coroscope {
namespace {

struct BadInput {
    const char* name;
    const char* source;
    ScriptErrorKind kind;
    const char* message;
    int line;
    int column;
};

// Generated once from CPython 3.11.7; the names say what each case is.
const BadInput kBadInputs[] = {
    {"UnclosedCallInsideACoroutineIsReportedWhereItOpens",
     "async def main():\n    await asyncio.sleep(1\n", ScriptErrorKind::SyntaxError,
     "'(' was never closed", 2, 24},
    {"UnclosedBracketWinsOverTheErrorOnTheNextLine", "foo(a, b\nbar()\n",
     ScriptErrorKind::SyntaxError, "'(' was never closed", 1, 4},
    {"UnclosedListAtEndOfFile", "x = [1, 2\n", ScriptErrorKind::SyntaxError, "'[' was never closed",
     1, 5},
    {"UnclosedCallBeforeAnAssignment", "print(x\ny = 2\n", ScriptErrorKind::SyntaxError,
     "'(' was never closed", 1, 6},
    {"UnmatchedClosingParenthesis", "x = 1)\n", ScriptErrorKind::SyntaxError, "unmatched ')'", 1,
     6},
    {"ClosingBracketOfTheWrongKind", "x = (1]\n", ScriptErrorKind::SyntaxError,
     "closing parenthesis ']' does not match opening parenthesis '('", 1, 7},
    {"ClosingBracketOfTheWrongKindOnALaterLine", "x = (1,\n2]\n", ScriptErrorKind::SyntaxError,
     "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 2},
    {"UnindentMatchingNoOuterLevel", "if x:\n  a\n b\n", ScriptErrorKind::IndentationError,
     "unindent does not match any outer indentation level", 3, 3},
    {"UnexpectedIndentOnTheFirstLine", " x = 1\n", ScriptErrorKind::IndentationError,
     "unexpected indent", 1, 1},
    {"UnexpectedIndentAfterAStatement", "x = 1\n  y = 2\n", ScriptErrorKind::IndentationError,
     "unexpected indent", 2, 2},
    {"MissingIndentedBlockAfterIf", "if x:\npass\n", ScriptErrorKind::IndentationError,
     "expected an indented block after 'if' statement on line 1", 2, 1},
    {"MissingIndentedBlockAfterFunctionDefinition", "async def main():\nawait asyncio.sleep(1)\n",
     ScriptErrorKind::IndentationError,
     "expected an indented block after function definition on line 1", 2, 1},
    {"MissingIndentedBlockAfterClassDefinition", "class A:\npass\n",
     ScriptErrorKind::IndentationError,
     "expected an indented block after class definition on line 1", 2, 1},
    {"MissingIndentedBlockAfterExcept", "try:\n    pass\nexcept ValueError:\npass\n",
     ScriptErrorKind::IndentationError,
     "expected an indented block after 'except' statement on line 3", 4, 1},
    {"MissingIndentedBlockAtEndOfFile", "for x in y:\n", ScriptErrorKind::IndentationError,
     "expected an indented block after 'for' statement on line 1", 1, 12},
    {"InconsistentTabsAndSpaces", "if x:\n\tif y:\n        pass\n", ScriptErrorKind::TabError,
     "inconsistent use of tabs and spaces in indentation", 3, 1},
    {"UnterminatedString", "x = 'abc\n", ScriptErrorKind::SyntaxError,
     "unterminated string literal (detected at line 1)", 1, 5},
    {"UnterminatedTripleQuotedString", "x = '''abc\n\n", ScriptErrorKind::SyntaxError,
     "unterminated triple-quoted string literal (detected at line 2)", 1, 5},
    {"InvalidCharacter",
     "x = 1 \xc2\xa4"
     " 2\n",
     ScriptErrorKind::SyntaxError,
     "invalid character '\xc2\xa4"
     "' (U+00A4)",
     1, 7},
    {"InvalidCurlyQuote",
     "print(\xe2\x80\x9c"
     "hello\xe2\x80\x9d"
     ")\n",
     ScriptErrorKind::SyntaxError,
     "invalid character '\xe2\x80\x9c"
     "' (U+201C)",
     1, 7},
    {"InvalidNonPrintableCharacter",
     "x = a\xc2\xa0"
     "b\n",
     ScriptErrorKind::SyntaxError, "invalid non-printable character U+00A0", 1, 6},
    {"LeadingZerosInDecimalLiteral", "x = 0777\n", ScriptErrorKind::SyntaxError,
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
     "integers",
     1, 5},
    {"InvalidDecimalLiteral", "x = 1abc\n", ScriptErrorKind::SyntaxError, "invalid decimal literal",
     1, 5},
    {"InvalidDigitInBinaryLiteral", "x = 0b102\n", ScriptErrorKind::SyntaxError,
     "invalid digit '2' in binary literal", 1, 9},
    {"CharacterAfterLineContinuation", "x = 1 \\ 2\n", ScriptErrorKind::SyntaxError,
     "unexpected character after line continuation character", 1, 8},
    {"EndOfFileAfterLineContinuation", "x = 1 + \\\n", ScriptErrorKind::SyntaxError,
     "unexpected EOF while parsing", 1, 10},
    {"PrintStatementOfPython2", "print 'hello'\n", ScriptErrorKind::SyntaxError,
     "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1},
    {"AssignmentInsteadOfComparisonInIf", "if x = 1:\n    pass\n", ScriptErrorKind::SyntaxError,
     "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4},
    {"AssignmentToLiteral", "1 = x\n", ScriptErrorKind::SyntaxError,
     "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1},
    {"AssignmentToFunctionCall", "f() = 1\n", ScriptErrorKind::SyntaxError,
     "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1},
    {"AssignmentToTrue", "True = 1\n", ScriptErrorKind::SyntaxError, "cannot assign to True", 1, 1},
    {"ForLoopTargetIsALiteral", "for 1 in x:\n    pass\n", ScriptErrorKind::SyntaxError,
     "cannot assign to literal", 1, 5},
    {"DeletingAFunctionCall", "del f()\n", ScriptErrorKind::SyntaxError,
     "cannot delete function call", 1, 5},
    {"AugmentedAssignmentToTuple", "a, b += 1\n", ScriptErrorKind::SyntaxError,
     "'tuple' is an illegal expression for augmented assignment", 1, 1},
    {"StarredAssignmentTargetAlone", "*a = 1\n", ScriptErrorKind::SyntaxError,
     "starred assignment target must be in a list or tuple", 1, 1},
    {"StarredExpressionAsValue", "x = *a\n", ScriptErrorKind::SyntaxError,
     "can't use starred expression here", 1, 5},
    {"ForgottenCommaInTuple", "x = (1 2)\n", ScriptErrorKind::SyntaxError,
     "invalid syntax. Perhaps you forgot a comma?", 1, 6},
    {"ForgottenCommaBetweenArguments", "print(a b)\n", ScriptErrorKind::SyntaxError,
     "invalid syntax. Perhaps you forgot a comma?", 1, 7},
    {"ForgottenCommaInComprehensionTarget", "x = [t for tin done]\n", ScriptErrorKind::SyntaxError,
     "invalid syntax. Perhaps you forgot a comma?", 1, 12},
    {"MissingColonAfterIf", "if x\n    pass\n", ScriptErrorKind::SyntaxError, "expected ':'", 1, 5},
    {"MissingColonAfterWhile", "while True\n    pass\n", ScriptErrorKind::SyntaxError,
     "expected ':'", 1, 11},
    {"MissingColonAfterDef", "def f()\n    pass\n", ScriptErrorKind::SyntaxError, "expected ':'", 1,
     8},
    {"MissingElseInConditionalExpression", "x = a if b\n", ScriptErrorKind::SyntaxError,
     "expected 'else' after 'if' expression", 1, 5},
    {"DanglingOperator", "x = 1 +\n", ScriptErrorKind::SyntaxError, "invalid syntax", 1, 8},
    {"ImportFromWrittenBackwards", "import a from b\n", ScriptErrorKind::SyntaxError,
     "invalid syntax", 1, 10},
    {"TrailingCommaInImportFrom", "from x import a,\n", ScriptErrorKind::SyntaxError,
     "trailing comma not allowed without surrounding parentheses", 1, 17},
    {"PositionalArgumentAfterKeyword", "f(a=1, b)\n", ScriptErrorKind::SyntaxError,
     "positional argument follows keyword argument", 1, 9},
    {"KeywordArgumentRepeated", "f(a=1, a=2)\n", ScriptErrorKind::SyntaxError,
     "keyword argument repeated: a", 1, 8},
    {"AssignmentInsideCallArgument", "f(a.b=1)\n", ScriptErrorKind::SyntaxError,
     "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3},
    {"UnparenthesizedGeneratorAmongArguments", "f(x for x in y, 1)\n", ScriptErrorKind::SyntaxError,
     "Generator expression must be parenthesized", 1, 3},
    {"StarredValueInDictionary", "x = {a: *b}\n", ScriptErrorKind::SyntaxError,
     "cannot use a starred expression in a dictionary value", 1, 9},
    {"NonDefaultParameterAfterDefault", "def f(a=1, b):\n    pass\n", ScriptErrorKind::SyntaxError,
     "non-default argument follows default argument", 1, 12},
    {"DuplicateParameter", "def f(a, a):\n    pass\n", ScriptErrorKind::SyntaxError,
     "duplicate argument 'a' in function definition", 1, 10},
    {"BareStarWithoutNamedParameters", "def f(*):\n    pass\n", ScriptErrorKind::SyntaxError,
     "named arguments must follow bare *", 1, 7},
    {"TryWithoutExceptOrFinally", "try:\n    pass\n", ScriptErrorKind::SyntaxError,
     "expected 'except' or 'finally' block", 2, 9},
    {"BareExceptThatIsNotLast", "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
     ScriptErrorKind::SyntaxError, "default 'except:' must be last", 3, 1},
    {"AwaitInAPlainFunction", "def f():\n    await g()\n", ScriptErrorKind::SyntaxError,
     "'await' outside async function", 2, 5},
    {"AwaitAtModuleLevel", "await g()\n", ScriptErrorKind::SyntaxError, "'await' outside function",
     1, 1},
    {"AwaitInAClassBodyInsideACoroutine", "async def f():\n    class A:\n        await x\n",
     ScriptErrorKind::SyntaxError, "'await' outside function", 3, 9},
    {"AwaitInALambda", "async def f():\n    return lambda: await x\n", ScriptErrorKind::SyntaxError,
     "'await' outside async function", 2, 20},
    {"AsyncWithInAPlainFunction", "def f():\n    async with x:\n        pass\n",
     ScriptErrorKind::SyntaxError, "'async with' outside async function", 2, 5},
    {"AsyncForInAPlainFunction", "def f():\n    async for x in y:\n        pass\n",
     ScriptErrorKind::SyntaxError, "'async for' outside async function", 2, 5},
    {"AsyncComprehensionInAPlainFunction", "def f():\n    return [await y for y in z]\n",
     ScriptErrorKind::SyntaxError, "asynchronous comprehension outside of an asynchronous function",
     2, 12},
    {"ReturnWithValueInAsyncGenerator", "async def f():\n    yield 1\n    return 2\n",
     ScriptErrorKind::SyntaxError, "'return' with value in async generator", 3, 5},
    {"YieldFromInCoroutine", "async def f():\n    yield from x\n", ScriptErrorKind::SyntaxError,
     "'yield from' inside async function", 2, 5},
    {"YieldInsideListComprehension", "x = [(yield) for a in b]\n", ScriptErrorKind::SyntaxError,
     "'yield' inside list comprehension", 1, 7},
    {"ReturnOutsideFunction", "return 1\n", ScriptErrorKind::SyntaxError,
     "'return' outside function", 1, 1},
    {"ReturnInClassBody", "class A:\n    return 1\n", ScriptErrorKind::SyntaxError,
     "'return' outside function", 2, 5},
    {"YieldOutsideFunction", "yield 1\n", ScriptErrorKind::SyntaxError, "'yield' outside function",
     1, 1},
    {"BreakOutsideLoop", "break\n", ScriptErrorKind::SyntaxError, "'break' outside loop", 1, 1},
    {"BreakInLoopElse", "for x in y:\n    pass\nelse:\n    break\n", ScriptErrorKind::SyntaxError,
     "'break' outside loop", 4, 5},
    {"BreakInFunctionInsideLoop", "while x:\n    def f():\n        break\n",
     ScriptErrorKind::SyntaxError, "'break' outside loop", 3, 9},
    {"ContinueOutsideLoop", "continue\n", ScriptErrorKind::SyntaxError,
     "'continue' not properly in loop", 1, 1},
    {"NonlocalAtModuleLevel", "nonlocal x\n", ScriptErrorKind::SyntaxError,
     "nonlocal declaration not allowed at module level", 1, 1},
    {"NonlocalWithoutBinding", "def f():\n    nonlocal x\n", ScriptErrorKind::SyntaxError,
     "no binding for nonlocal 'x' found", 2, 5},
    {"GlobalAfterAssignment", "def f():\n    x = 1\n    global x\n", ScriptErrorKind::SyntaxError,
     "name 'x' is assigned to before global declaration", 3, 5},
    {"GlobalAfterUse", "def f():\n    print(x)\n    global x\n", ScriptErrorKind::SyntaxError,
     "name 'x' is used prior to global declaration", 3, 5},
    {"ParameterDeclaredGlobal", "def f(x):\n    global x\n", ScriptErrorKind::SyntaxError,
     "name 'x' is parameter and global", 2, 5},
};

class SyntaxErrorTest : public ::testing::TestWithParam<BadInput> {};

TEST_P(SyntaxErrorTest, MatchesCPython) {
    const BadInput& expected = GetParam();
    const ParseResult result = parseScript("demo.py", expected.source);
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1u);
    const ScriptError& error = result.errors[0];
    EXPECT_EQ(error.message, expected.message);
    EXPECT_EQ(error.kind, expected.kind);
    EXPECT_EQ(error.line, expected.line);
    EXPECT_EQ(error.column, expected.column);
    EXPECT_EQ(error.file, "demo.py");
}

INSTANTIATE_TEST_SUITE_P(CPython311, SyntaxErrorTest, ::testing::ValuesIn(kBadInputs),
                         [](const ::testing::TestParamInfo<BadInput>& input) {
                             return std::string(input.param.name);
                         });

TEST(SyntaxErrors, ATokenizerErrorLaterInTheFileWinsOverAParserError) {
    // CPython's tokenizer runs on after a parser error and reports its own.
    const ScriptError error = test::errorOf("x = = 1\ny = 'abc\n");
    EXPECT_EQ(error.message, "unterminated string literal (detected at line 2)");
    EXPECT_EQ(error.line, 2);
}

TEST(SyntaxErrors, AnIndentationErrorLaterInTheFileDoesNotHideAParserError) {
    const ScriptError error = test::errorOf("x = = 1\nif x:\n\tif y:\n        pass\n");
    EXPECT_EQ(error.message, "invalid syntax");
    EXPECT_EQ(error.line, 1);
    EXPECT_EQ(error.column, 5);
}

TEST(SyntaxErrors, UnexpectedIndentIsNotReplacedByALaterError) {
    const ScriptError error = test::errorOf("x = 1\n    y = 2\nz = )\n");
    EXPECT_EQ(error.message, "unexpected indent");
    EXPECT_EQ(error.kind, ScriptErrorKind::IndentationError);
}

TEST(SyntaxErrors, ParserErrorsComeBeforeScopeErrorsAndScopeErrorsBeforeCompileErrors) {
    EXPECT_EQ(test::errorOf("await x\nnonlocal y\n").message,
              "nonlocal declaration not allowed at module level");
    EXPECT_EQ(test::errorOf("nonlocal y\nx = = 1\n").message, "invalid syntax");
}

TEST(SyntaxErrors, SoftKeywordPrefixesSuppressTheCommaHintAsInCPython) {
    // CPython compares names with its soft keywords over the name's length.
    EXPECT_EQ(test::errorOf("f(m b)\n").message, "invalid syntax");
    EXPECT_EQ(test::errorOf("f(a b)\n").message, "invalid syntax. Perhaps you forgot a comma?");
}

TEST(SyntaxErrors, ErrorsCarryTheirSourceLineForPrinting) {
    const ScriptError error = test::errorOf("async def main():\n    await asyncio.sleep(1\n");
    EXPECT_EQ(error.lineText, "    await asyncio.sleep(1");
    EXPECT_EQ(error.kind, ScriptErrorKind::SyntaxError);
}

TEST(SyntaxErrors, AwaitIsAllowedWhereCPythonAllowsIt) {
    test::parseValid("async def f():\n"
                     "    x = [await g(y) for y in z]\n"
                     "    gen = (await g(y) for y in z)\n"
                     "    async with a as b:\n"
                     "        async for c in b:\n"
                     "            await c\n"
                     "def h():\n"
                     "    return (await g(y) for y in z)\n");
}

TEST(SyntaxErrors, NonlocalFindsBindingsThroughClassesAndComprehensions) {
    test::parseValid("def outer():\n"
                     "    x = 1\n"
                     "    [y := 2 for _ in range(3)]\n"
                     "    class Inner:\n"
                     "        def method(self):\n"
                     "            nonlocal x, y\n"
                     "            x = y\n");
}

} // namespace
} // namespace coroscope
