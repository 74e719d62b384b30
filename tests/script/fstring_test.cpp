// SPDX-License-Identifier: MIT
// f-strings: the JoinedStr structure CPython 3.11 builds, the positions of
// the expressions inside, and the errors of the f-string scanner.
#include "script_test_support.h"

namespace coroscope {
namespace {

TEST(FString, LiteralTextAndFieldsAlternate) {
    EXPECT_EQ(test::dumpFirst("f'took {elapsed} s for {n} tasks'"),
              "Expr(value=JoinedStr(values=[Constant(value='took '), FormattedValue(value=Name(id='"
              "elapsed', ctx=Load()), conversion=-1), Constant(value=' s for '), FormattedValue(val"
              "ue=Name(id='n', ctx=Load()), conversion=-1), Constant(value=' tasks')]))");
}

TEST(FString, ConversionAndFormatSpec) {
    EXPECT_EQ(test::dumpFirst("f'{value!r:>10}'"),
              "Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='value', ctx=Load()), conv"
              "ersion=114, format_spec=JoinedStr(values=[Constant(value='>10')]))]))");
}

TEST(FString, FormatSpecMayHoldFields) {
    EXPECT_EQ(test::dumpFirst("f'{price:{width}.{precision}f}'"),
              "Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='price', ctx=Load()), conv"
              "ersion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='width', ctx=L"
              "oad()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='precision"
              "', ctx=Load()), conversion=-1), Constant(value='f')]))]))");
}

TEST(FString, SelfDocumentingFieldPrintsItsSource) {
    EXPECT_EQ(test::dumpFirst("f'{n=} {delay = :.2f}'"),
              "Expr(value=JoinedStr(values=[Constant(value='n='), FormattedValue(value=Name(id='n',"
              " ctx=Load()), conversion=114), Constant(value=' delay = '), FormattedValue(value=Nam"
              "e(id='delay', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(val"
              "ue='.2f')]))]))");
}

TEST(FString, DoubledBracesAreLiteralBraces) {
    EXPECT_EQ(test::dumpFirst("f'{{literal}} {x}'"),
              "Expr(value=JoinedStr(values=[Constant(value='{literal} '), FormattedValue(value=Name"
              "(id='x', ctx=Load()), conversion=-1)]))");
}

TEST(FString, QuotesOfTheOtherKindNestInsideFields) {
    EXPECT_EQ(test::dumpFirst("f\"{', '.join(names)} and {d['key']}\""),
              "Expr(value=JoinedStr(values=[FormattedValue(value=Call(func=Attribute(value=Constant"
              "(value=', '), attr='join', ctx=Load()), args=[Name(id='names', ctx=Load())], keyword"
              "s=[]), conversion=-1), Constant(value=' and '), FormattedValue(value=Subscript(value"
              "=Name(id='d', ctx=Load()), slice=Constant(value='key'), ctx=Load()), conversion=-1)]"
              "))");
}

TEST(FString, ConcatenationMergesLiteralParts) {
    EXPECT_EQ(test::dumpFirst("'start ' f'{a}' ' middle ' f'{b!s}' ' end'"),
              "Expr(value=JoinedStr(values=[Constant(value='start '), FormattedValue(value=Name(id="
              "'a', ctx=Load()), conversion=-1), Constant(value=' middle '), FormattedValue(value=N"
              "ame(id='b', ctx=Load()), conversion=115), Constant(value=' end')]))");
}

TEST(FString, TripleQuotedFStringSpansLines) {
    EXPECT_EQ(test::dumpFirst("f'''line {one}\n{two!a}'''"),
              "Expr(value=JoinedStr(values=[Constant(value='line '), FormattedValue(value=Name(id='"
              "one', ctx=Load()), conversion=-1), Constant(value='\\n'), FormattedValue(value=Name("
              "id='two', ctx=Load()), conversion=97)]))");
}

TEST(FString, RawFStringKeepsBackslashes) {
    EXPECT_EQ(test::dumpFirst("rf'\\d{n}'"),
              "Expr(value=JoinedStr(values=[Constant(value='\\\\d'), FormattedValue(value=Name(id='"
              "n', ctx=Load()), conversion=-1)]))");
}

TEST(FString, FieldMayHoldATupleOrAGenerator) {
    EXPECT_EQ(test::dumpFirst("f'{a, b} {x for x in y}'"),
              "Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='a', ctx=Load("
              ")), Name(id='b', ctx=Load())], ctx=Load()), conversion=-1), Constant(value=' '), For"
              "mattedValue(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehensi"
              "on(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async"
              "=0)]), conversion=-1)]))");
}

TEST(FString, ComparisonOperatorsDoNotEndAField) {
    EXPECT_EQ(test::dumpFirst("f'{a != b} {c >= d} {e < f}'"),
              "Expr(value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='a', ctx=Load"
              "()), ops=[NotEq()], comparators=[Name(id='b', ctx=Load())]), conversion=-1), Constan"
              "t(value=' '), FormattedValue(value=Compare(left=Name(id='c', ctx=Load()), ops=[GtE()"
              "], comparators=[Name(id='d', ctx=Load())]), conversion=-1), Constant(value=' '), For"
              "mattedValue(value=Compare(left=Name(id='e', ctx=Load()), ops=[Lt()], comparators=[Na"
              "me(id='f', ctx=Load())]), conversion=-1)]))");
}

TEST(FString, EmptyFString) {
    EXPECT_EQ(test::dumpFirst("f''"), "Expr(value=JoinedStr(values=[]))");
}

TEST(FString, ExpressionsInsideKeepTheirTruePositions) {
    const ParseResult result =
        test::parseValid("print(f\"{name:<10} took {time.perf_counter() - start:.1f}s\")\n");
    ASSERT_TRUE(result.ok());
    const auto& call = ast::as<ast::Call>(*test::firstExpression(result));
    const auto& joined = ast::as<ast::JoinedStr>(*call.args[0]);
    ASSERT_EQ(joined.values.size(), 4u);
    const auto& field = ast::as<ast::FormattedValue>(*joined.values[2]);
    EXPECT_TRUE(test::locatedAt(field.value->loc, 1, 26, 1, 53));
    const auto& difference = ast::as<ast::BinOp>(*field.value);
    EXPECT_TRUE(test::locatedAt(difference.right->loc, 1, 48, 1, 53));
    // The parts themselves carry the position of the whole string, as in CPython.
    EXPECT_TRUE(test::locatedAt(joined.loc, 1, 7, 1, 60));
    EXPECT_TRUE(test::locatedAt(field.loc, 1, 7, 1, 60));
    ASSERT_NE(field.formatSpec, nullptr);
    EXPECT_EQ(ast::as<ast::Constant>(*field.formatSpec->values[0]).text, ".1f");
}

TEST(FString, FieldsOfATripleQuotedStringKnowTheirLines) {
    const ParseResult result = test::parseValid("x = f'''\n  {a +\n   b}'''\n");
    ASSERT_TRUE(result.ok());
    const auto& assign = ast::as<ast::Assign>(*result.module->body()[0]);
    const auto& joined = ast::as<ast::JoinedStr>(*assign.value);
    const auto& field = ast::as<ast::FormattedValue>(*joined.values[1]);
    EXPECT_TRUE(test::locatedAt(field.value->loc, 2, 4, 3, 5));
    EXPECT_TRUE(test::locatedAt(ast::as<ast::BinOp>(*field.value).right->loc, 3, 4, 3, 5));
}

TEST(FString, ConversionIsRecorded) {
    const ParseResult result = test::parseValid("f'{a!s}{b!r}{c!a}{d}'\n");
    ASSERT_TRUE(result.ok());
    const auto& joined = ast::as<ast::JoinedStr>(*test::firstExpression(result));
    EXPECT_EQ(ast::as<ast::FormattedValue>(*joined.values[0]).conversion, ast::Conversion::Str);
    EXPECT_EQ(ast::as<ast::FormattedValue>(*joined.values[1]).conversion, ast::Conversion::Repr);
    EXPECT_EQ(ast::as<ast::FormattedValue>(*joined.values[2]).conversion, ast::Conversion::Ascii);
    EXPECT_EQ(ast::as<ast::FormattedValue>(*joined.values[3]).conversion, ast::Conversion::None);
}

// CPython 3.11 words these errors as below but places most of them after the
// string or relative to the field; Coroscope points at the character at
// fault, as CPython 3.12 does.
struct FStringErrorCase {
    const char* source;
    const char* message;
    int column;
};

class FStringError : public ::testing::TestWithParam<FStringErrorCase> {};

TEST_P(FStringError, IsWordedAsCPythonAndPointsAtTheCharacter) {
    const FStringErrorCase& expected = GetParam();
    const ScriptError error = test::errorOf(expected.source);
    EXPECT_EQ(error.message, expected.message);
    EXPECT_EQ(error.line, 1);
    EXPECT_EQ(error.column, expected.column);
}

INSTANTIATE_TEST_SUITE_P(
    Scanner, FStringError,
    ::testing::Values(
        FStringErrorCase{"x = f'{}'\n", "f-string: empty expression not allowed", 7},
        FStringErrorCase{"x = f'{a'\n", "f-string: expecting '}'", 9},
        FStringErrorCase{"x = f'}'\n", "f-string: single '}' is not allowed", 7},
        FStringErrorCase{"x = f'{a!x}'\n",
                         "f-string: invalid conversion character: expected 's', 'r', or 'a'", 10},
        FStringErrorCase{"x = f'{a\\n}'\n", "f-string expression part cannot include a backslash",
                         9},
        FStringErrorCase{"x = f'{a#}'\n", "f-string expression part cannot include '#'", 9},
        FStringErrorCase{"x = f'{a:{b:{c}}}'\n", "f-string: expressions nested too deeply", 13},
        FStringErrorCase{"x = f'{a)}'\n", "f-string: unmatched ')'", 9},
        FStringErrorCase{"x = f'{(a]}'\n",
                         "f-string: closing parenthesis ']' does not match opening parenthesis "
                         "'('",
                         10},
        FStringErrorCase{"x = f'{\"a}'\n", "f-string: unterminated string", 8},
        FStringErrorCase{"x = f'{a b}'\n", "f-string: invalid syntax. Perhaps you forgot a comma?",
                         8},
        FStringErrorCase{"x = f'{a +}'\n", "f-string: invalid syntax", 11},
        FStringErrorCase{"x = f'{*a}'\n", "f-string: cannot use starred expression here", 8}));

} // namespace
} // namespace coroscope
