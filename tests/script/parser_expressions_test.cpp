// SPDX-License-Identifier: MIT
// Expressions: Python 3.11's precedence and associativity, every kind of
// expression node, and exact positions. The expected trees are what
// CPython 3.11's ast.dump() prints for the same source.
#include "script_test_support.h"

namespace coroscope {
namespace {

TEST(ParserExpressions, PowerBindsTighterThanUnaryMinusOnItsLeft) {
    EXPECT_EQ(test::dumpFirst("-2 ** -3"),
              "Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right="
              "UnaryOp(op=USub(), operand=Constant(value=3)))))");
}

TEST(ParserExpressions, PowerIsRightAssociative) {
    EXPECT_EQ(test::dumpFirst("a ** b ** c"),
              "Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=BinOp(left=Name(id='"
              "b', ctx=Load()), op=Pow(), right=Name(id='c', ctx=Load()))))");
}

TEST(ParserExpressions, MultiplicationBindsTighterThanAddition) {
    EXPECT_EQ(test::dumpFirst("a + b * c - d / e // f % g @ h"),
              "Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=BinOp(lef"
              "t=Name(id='b', ctx=Load()), op=Mult(), right=Name(id='c', ctx=Load()))), op=Sub(), r"
              "ight=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=Div(),"
              " right=Name(id='e', ctx=Load())), op=FloorDiv(), right=Name(id='f', ctx=Load())), op"
              "=Mod(), right=Name(id='g', ctx=Load())), op=MatMult(), right=Name(id='h', ctx=Load()"
              "))))");
}

TEST(ParserExpressions, ShiftsAndBitwiseOperatorsFollowPythonPrecedence) {
    EXPECT_EQ(test::dumpFirst("a | b ^ c & d << e >> f"),
              "Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id"
              "='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd"
              "(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=Name(id"
              "='e', ctx=Load())), op=RShift(), right=Name(id='f', ctx=Load()))))))");
}

TEST(ParserExpressions, ChainedComparisonKeepsEveryOperand) {
    EXPECT_EQ(test::dumpFirst("a < b <= c == d != e > f >= g"),
              "Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), Eq(), NotEq(), G"
              "t(), GtE()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(i"
              "d='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g',"
              " ctx=Load())]))");
}

TEST(ParserExpressions, MembershipAndIdentityComparisonsHaveTwoWordOperators) {
    EXPECT_EQ(test::dumpFirst("a not in b is not c in d is e"),
              "Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[NotIn(), IsNot(), In(), Is()]"
              ", comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx="
              "Load()), Name(id='e', ctx=Load())]))");
}

TEST(ParserExpressions, NotBindsLooserThanComparisonAndTighterThanAnd) {
    EXPECT_EQ(test::dumpFirst("not a == b and c or not d"),
              "Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operan"
              "d=Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Name(id='b', ctx=L"
              "oad())])), Name(id='c', ctx=Load())]), UnaryOp(op=Not(), operand=Name(id='d', ctx=Lo"
              "ad()))]))");
}

TEST(ParserExpressions, BooleanOperatorsFlattenIntoOneNode) {
    EXPECT_EQ(test::dumpFirst("a or b or c and d and e"),
              "Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()"
              "), BoolOp(op=And(), values=[Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name"
              "(id='e', ctx=Load())])]))");
}

TEST(ParserExpressions, ConditionalExpressionNestsToTheRight) {
    EXPECT_EQ(test::dumpFirst("a if b else c if d else e"),
              "Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orels"
              "e=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id"
              "='e', ctx=Load()))))");
}

TEST(ParserExpressions, CallTakesPositionalStarredKeywordAndDoubleStarredArguments) {
    EXPECT_EQ(test::dumpFirst("f(a, *b, c=1, *d, **e, g=2)"),
              "Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starr"
              "ed(value=Name(id='b', ctx=Load()), ctx=Load()), Starred(value=Name(id='d', ctx=Load("
              ")), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value"
              "=Name(id='e', ctx=Load())), keyword(arg='g', value=Constant(value=2))]))");
}

TEST(ParserExpressions, SoleGeneratorArgumentNeedsNoExtraParentheses) {
    EXPECT_EQ(test::dumpFirst("sum(x * x for x in range(10) if x % 2)"),
              "Expr(value=Call(func=Name(id='sum', ctx=Load()), args=[GeneratorExp(elt=BinOp(left=N"
              "ame(id='x', ctx=Load()), op=Mult(), right=Name(id='x', ctx=Load())), generators=[com"
              "prehension(target=Name(id='x', ctx=Store()), iter=Call(func=Name(id='range', ctx=Loa"
              "d()), args=[Constant(value=10)], keywords=[]), ifs=[BinOp(left=Name(id='x', ctx=Load"
              "()), op=Mod(), right=Constant(value=2))], is_async=0)])], keywords=[]))");
}

TEST(ParserExpressions, AttributesSubscriptsAndCallsChain) {
    EXPECT_EQ(test::dumpFirst("a.b[c](d).e[f:g:h]"),
              "Expr(value=Subscript(value=Attribute(value=Call(func=Subscript(value=Attribute(value"
              "=Name(id='a', ctx=Load()), attr='b', ctx=Load()), slice=Name(id='c', ctx=Load()), ct"
              "x=Load()), args=[Name(id='d', ctx=Load())], keywords=[]), attr='e', ctx=Load()), sli"
              "ce=Slice(lower=Name(id='f', ctx=Load()), upper=Name(id='g', ctx=Load()), step=Name(i"
              "d='h', ctx=Load())), ctx=Load()))");
}

TEST(ParserExpressions, SubscriptWithSeveralSlicesIsATuple) {
    EXPECT_EQ(test::dumpFirst("m[1:2, ::3, x]"),
              "Expr(value=Subscript(value=Name(id='m', ctx=Load()), slice=Tuple(elts=[Slice(lower=C"
              "onstant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3)), Name(id='"
              "x', ctx=Load())], ctx=Load()), ctx=Load()))");
}

TEST(ParserExpressions, DisplaysOfEveryKind) {
    EXPECT_EQ(test::dumpFirst("([1, *a], (2,), {3, 4}, {'k': 5, **d}, ())"),
              "Expr(value=Tuple(elts=[List(elts=[Constant(value=1), Starred(value=Name(id='a', ctx="
              "Load()), ctx=Load())], ctx=Load()), Tuple(elts=[Constant(value=2)], ctx=Load()), Set"
              "(elts=[Constant(value=3), Constant(value=4)]), Dict(keys=[Constant(value='k'), None]"
              ", values=[Constant(value=5), Name(id='d', ctx=Load())]), Tuple(elts=[], ctx=Load())]"
              ", ctx=Load()))");
}

TEST(ParserExpressions, ComprehensionsWithSeveralClauses) {
    EXPECT_EQ(test::dumpFirst("[x + y for x in a if x for y in b if y if x < y]"),
              "Expr(value=ListComp(elt=BinOp(left=Name(id='x', ctx=Load()), op=Add(), right=Name(id"
              "='y', ctx=Load())), generators=[comprehension(target=Name(id='x', ctx=Store()), iter"
              "=Name(id='a', ctx=Load()), ifs=[Name(id='x', ctx=Load())], is_async=0), comprehensio"
              "n(target=Name(id='y', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[Name(id='y',"
              " ctx=Load()), Compare(left=Name(id='x', ctx=Load()), ops=[Lt()], comparators=[Name(i"
              "d='y', ctx=Load())])], is_async=0)]))");
}

TEST(ParserExpressions, DictAndSetComprehensions) {
    EXPECT_EQ(test::dumpFirst("({k: v for k, v in items}, {s for s in t})"),
              "Expr(value=Tuple(elts=[DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx"
              "=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Na"
              "me(id='v', ctx=Store())], ctx=Store()), iter=Name(id='items', ctx=Load()), ifs=[], i"
              "s_async=0)]), SetComp(elt=Name(id='s', ctx=Load()), generators=[comprehension(target"
              "=Name(id='s', ctx=Store()), iter=Name(id='t', ctx=Load()), ifs=[], is_async=0)])], c"
              "tx=Load()))");
}

TEST(ParserExpressions, LambdaWithEveryKindOfParameter) {
    EXPECT_EQ(test::dumpFirst("lambda a, b=1, *c, d, e=2, **f: a"),
              "Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], "
              "vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Con"
              "stant(value=2)], kwarg=arg(arg='f'), defaults=[Constant(value=1)]), body=Name(id='a'"
              ", ctx=Load())))");
}

TEST(ParserExpressions, NamedExpressionInParentheses) {
    EXPECT_EQ(test::dumpFirst("(n := len(a)) > 10"),
              "Expr(value=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), value=Call(func="
              "Name(id='len', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[])), ops=[Gt("
              ")], comparators=[Constant(value=10)]))");
}

TEST(ParserExpressions, StarredAndUnpackingInTuple) {
    EXPECT_EQ(test::dumpFirst("x, *rest"),
              "Expr(value=Tuple(elts=[Name(id='x', ctx=Load()), Starred(value=Name(id='rest', ctx=L"
              "oad()), ctx=Load())], ctx=Load()))");
}

TEST(ParserExpressions, ConstantsOfEveryKind) {
    EXPECT_EQ(test::dumpFirst(
                  "(None, True, False, ..., 42, 1_000_000, 0xff, 3.5, 1e-3, 2j, 'text', b'raw')"),
              "Expr(value=Tuple(elts=[Constant(value=None), Constant(value=True), Constant(value=Fa"
              "lse), Constant(value=Ellipsis), Constant(value=42), Constant(value=1000000), Constan"
              "t(value=255), Constant(value=3.5), Constant(value=0.001), Constant(value=2j), Consta"
              "nt(value='text'), Constant(value=b'raw')], ctx=Load()))");
}

TEST(ParserExpressions, AdjacentStringsConcatenate) {
    EXPECT_EQ(test::dumpFirst("'abc' \"def\" '''ghi'''"),
              "Expr(value=Constant(value='abcdefghi'))");
}

TEST(ParserExpressions, EscapesAreDecoded) {
    EXPECT_EQ(test::dumpFirst(
                  "'tab\\t newline\\n hex\\x41 unicode\\u00e9 octal\\101 quote\\' backslash\\\\'"),
              "Expr(value=Constant(value=\"tab\\t newline\\n hexA unicode\xc3\xa9"
              " octalA quote' b"
              "ackslash\\\\\"))");
}

TEST(ParserExpressions, RawStringsKeepBackslashes) {
    EXPECT_EQ(test::dumpFirst("r'\\d+\\s*'"), "Expr(value=Constant(value='\\\\d+\\\\s*'))");
}

TEST(ParserExpressions, PositionalOnlyParametersInLambda) {
    EXPECT_EQ(test::dumpFirst("lambda a, /, b: a"),
              "Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kw"
              "onlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='a', ctx=Load())))");
}

// The first statement inside `async def f():` (or `def f():`), for
// expressions CPython only accepts in a function.
std::string dumpInFunction(const std::string& expression, const char* header = "async def f():") {
    const ParseResult result = test::parseValid(std::string(header) + "\n    " + expression + "\n");
    if (!result.ok()) return {};
    return ast::dump(*ast::as<ast::FunctionDef>(*result.module->body()[0]).body[0]);
}

TEST(ParserExpressions, AsyncComprehensionClause) {
    EXPECT_EQ(dumpInFunction("[r async for r in results() if await ok(r)]"),
              "Expr(value=ListComp(elt=Name(id='r', ctx=Load()), generators=[comprehension(target="
              "Name(id='r', ctx=Store()), iter=Call(func=Name(id='results', ctx=Load()), args=[], k"
              "eywords=[]), ifs=[Await(value=Call(func=Name(id='ok', ctx=Load()), args=[Name(id='r'"
              ", ctx=Load())], keywords=[]))], is_async=1)]))");
}

TEST(ParserExpressions, AwaitBindsToAPrimary) {
    EXPECT_EQ(dumpInFunction("await asyncio.sleep(1) + 1"),
              "Expr(value=BinOp(left=Await(value=Call(func=Attribute(value=Name(id='asyncio', ctx="
              "Load()), attr='sleep', ctx=Load()), args=[Constant(value=1)], keywords=[])), op=Add("
              "), right=Constant(value=1)))");
}

TEST(ParserExpressions, YieldValueInParentheses) {
    EXPECT_EQ(dumpInFunction("(yield a, b)", "def f():"),
              "Expr(value=Yield(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load("
              "))], ctx=Load())))");
}

TEST(ParserPositions, ParenthesizedOperandStartsTheBinaryOperationAtItsParenthesis) {
    EXPECT_EQ(test::dumpFirst("(a) + b", true),
              "Expr(value=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1,"
              " end_col_offset=2), op=Add(), right=Name(id='b', ctx=Load(), lineno=1, col_offset=6,"
              " end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offs"
              "et=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)");
}

TEST(ParserPositions, CallSpansFromItsFunctionToItsClosingParenthesis) {
    EXPECT_EQ(test::dumpFirst("asyncio.gather(\n    fetch(1),\n    fetch(2),\n)", true),
              "Expr(value=Call(func=Attribute(value=Name(id='asyncio', ctx=Load(), lineno=1, col_of"
              "fset=0, end_lineno=1, end_col_offset=7), attr='gather', ctx=Load(), lineno=1, col_of"
              "fset=0, end_lineno=1, end_col_offset=14), args=[Call(func=Name(id='fetch', ctx=Load("
              "), lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), args=[Constant(value=1, "
              "lineno=2, col_offset=10, end_lineno=2, end_col_offset=11)], keywords=[], lineno=2, c"
              "ol_offset=4, end_lineno=2, end_col_offset=12), Call(func=Name(id='fetch', ctx=Load()"
              ", lineno=3, col_offset=4, end_lineno=3, end_col_offset=9), args=[Constant(value=2, l"
              "ineno=3, col_offset=10, end_lineno=3, end_col_offset=11)], keywords=[], lineno=3, co"
              "l_offset=4, end_lineno=3, end_col_offset=12)], keywords=[], lineno=1, col_offset=0, "
              "end_lineno=4, end_col_offset=1), lineno=1, col_offset=0, end_lineno=4, end_col_offse"
              "t=1)");
}

TEST(ParserPositions, TupleWithoutParenthesesSpansItsElementsAndTrailingComma) {
    EXPECT_EQ(test::dumpFirst("x = 1, 2,", true),
              "Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_"
              "col_offset=1)], value=Tuple(elts=[Constant(value=1, lineno=1, col_offset=4, end_line"
              "no=1, end_col_offset=5), Constant(value=2, lineno=1, col_offset=7, end_lineno=1, end"
              "_col_offset=8)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=9)"
              ", lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)");
}

TEST(ParserPositions, SliceSpansItsColons) {
    EXPECT_EQ(test::dumpFirst("a[1:]", true),
              "Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_line"
              "no=1, end_col_offset=1), slice=Slice(lower=Constant(value=1, lineno=1, col_offset=2,"
              " end_lineno=1, end_col_offset=3), lineno=1, col_offset=2, end_lineno=1, end_col_offs"
              "et=4), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), lineno=1"
              ", col_offset=0, end_lineno=1, end_col_offset=5)");
}

TEST(ParserPositions, KeywordArgumentSpansNameAndValue) {
    EXPECT_EQ(test::dumpFirst("f(timeout=5)", true),
              "Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, "
              "end_col_offset=1), args=[], keywords=[keyword(arg='timeout', value=Constant(value=5,"
              " lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), lineno=1, col_offset=2, "
              "end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_off"
              "set=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)");
}

TEST(ParserPositions, NodesInsideAMultiLineExpressionKeepTheirOwnLines) {
    const ParseResult result = test::parseValid("total = (first\n         + second)\n");
    ASSERT_TRUE(result.ok());
    const auto& assign = ast::as<ast::Assign>(*result.module->body()[0]);
    const auto& sum = ast::as<ast::BinOp>(*assign.value);
    EXPECT_TRUE(test::locatedAt(sum.loc, 1, 10, 2, 18));
    EXPECT_TRUE(test::locatedAt(sum.right->loc, 2, 12, 2, 18));
    EXPECT_TRUE(sum.parenthesized);
    // The statement ends after the closing parenthesis.
    EXPECT_TRUE(test::locatedAt(assign.loc, 1, 1, 2, 19));
}

TEST(ParserPositions, ColumnsCountCharactersAfterNonAsciiText) {
    const ParseResult result = test::parseValid("print('日本', naïve)\n");
    ASSERT_TRUE(result.ok());
    const auto& call = ast::as<ast::Call>(*test::firstExpression(result));
    EXPECT_TRUE(test::locatedAt(call.args[1]->loc, 1, 13, 1, 18));
    EXPECT_TRUE(test::locatedAt(call.loc, 1, 1, 1, 19));
}

TEST(ParserExpressions, ATreeWalkerSwitchesOnKindAndCasts) {
    // How the interpreter reads the tree: switch on kind, cast with as<T>().
    const ParseResult result =
        test::parseValid("async def main(delay):\n    await asyncio.sleep(delay * 2)\n");
    ASSERT_TRUE(result.ok());
    const auto& main = ast::as<ast::FunctionDef>(*result.module->body()[0]);
    EXPECT_TRUE(main.isAsync);
    EXPECT_EQ(main.args->args[0]->name, "delay");
    const ast::Expr* expr = ast::as<ast::ExprStmt>(*main.body[0]).value;
    ASSERT_EQ(expr->kind, ast::ExprKind::Await);
    const auto& call = ast::as<ast::Call>(*ast::as<ast::Await>(*expr).value);
    const auto& callee = ast::as<ast::Attribute>(*call.func);
    EXPECT_EQ(ast::as<ast::Name>(*callee.value).id, "asyncio");
    EXPECT_EQ(callee.attr, "sleep");
    ASSERT_EQ(call.args.size(), 1u);
    const auto* product = ast::dynCast<ast::BinOp>(call.args[0]);
    ASSERT_NE(product, nullptr);
    EXPECT_EQ(product->op, ast::BinaryOperator::Mult);
    EXPECT_EQ(ast::as<ast::Constant>(*product->right).intValue, 2);
    EXPECT_EQ(ast::dynCast<ast::Name>(call.args[0]), nullptr);
}

TEST(ParserExpressions, ChainedComparisonKeepsOperatorsInOrder) {
    const ParseResult result = test::parseValid("0 <= i < n != m\n");
    ASSERT_TRUE(result.ok());
    const auto& compare = ast::as<ast::Compare>(*test::firstExpression(result));
    ASSERT_EQ(compare.ops.size(), 3u);
    EXPECT_EQ(compare.ops[0], ast::CmpOperator::LtE);
    EXPECT_EQ(compare.ops[1], ast::CmpOperator::Lt);
    EXPECT_EQ(compare.ops[2], ast::CmpOperator::NotEq);
    EXPECT_EQ(compare.comparators.size(), 3u);
}

TEST(ParserExpressions, IntegersBeyondSixtyFourBitsKeepTheirDigits) {
    const ParseResult result = test::parseValid("123456789012345678901234567890\n");
    ASSERT_TRUE(result.ok());
    const auto& constant = ast::as<ast::Constant>(*test::firstExpression(result));
    EXPECT_EQ(constant.valueKind, ast::ConstantKind::BigInt);
    EXPECT_EQ(constant.text, "123456789012345678901234567890");
}

TEST(ParserExpressions, NumbersHaveTheirValues) {
    const ParseResult result =
        test::parseValid("(0x_ff, 0o17, 0b101, 9_223_372_036_854_775_807, 2.5e3)\n");
    ASSERT_TRUE(result.ok());
    const auto& tuple = ast::as<ast::Tuple>(*test::firstExpression(result));
    EXPECT_EQ(ast::as<ast::Constant>(*tuple.elts[0]).intValue, 255);
    EXPECT_EQ(ast::as<ast::Constant>(*tuple.elts[1]).intValue, 15);
    EXPECT_EQ(ast::as<ast::Constant>(*tuple.elts[2]).intValue, 5);
    EXPECT_EQ(ast::as<ast::Constant>(*tuple.elts[3]).intValue, INT64_MAX);
    EXPECT_DOUBLE_EQ(ast::as<ast::Constant>(*tuple.elts[4]).floatValue, 2500.0);
}

TEST(ParserExpressions, StringValuesAreDecodedUtf8) {
    const ParseResult result = test::parseValid("'caf\\xe9 \\u2713 ok'\n");
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(ast::as<ast::Constant>(*test::firstExpression(result)).text, "café ✓ ok");
}

TEST(ParserExpressions, DictionaryUnpackingHasANullKey) {
    const ParseResult result = test::parseValid("{'a': 1, **rest}\n");
    ASSERT_TRUE(result.ok());
    const auto& dict = ast::as<ast::Dict>(*test::firstExpression(result));
    ASSERT_EQ(dict.keys.size(), 2u);
    EXPECT_NE(dict.keys[0], nullptr);
    EXPECT_EQ(dict.keys[1], nullptr);
    EXPECT_EQ(ast::as<ast::Name>(*dict.values[1]).id, "rest");
}

} // namespace
} // namespace coroscope
