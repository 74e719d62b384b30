// SPDX-License-Identifier: MIT
// Statements: every kind of statement node, their positions, and what the
// parser records about functions. The expected trees are what CPython
// 3.11's ast.dump() prints for the same source.
#include "script_test_support.h"

namespace coroscope {
namespace {

TEST(ParserStatements, AsyncFunctionWithEveryKindOfParameter) {
    EXPECT_EQ(
        test::dumpOf(
            "async def fetch(url, /, retries=3, *args, timeout: float = 1.0, verbose, **options) "
            "-> str:\n    return url\n"),
        "Module(body=[AsyncFunctionDef(name='fetch', args=arguments(posonlyargs=[arg(arg='url"
        "')], args=[arg(arg='retries')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='timeout"
        "', annotation=Name(id='float', ctx=Load())), arg(arg='verbose')], kw_defaults=[Const"
        "ant(value=1.0), None], kwarg=arg(arg='options'), defaults=[Constant(value=3)]), body"
        "=[Return(value=Name(id='url', ctx=Load()))], decorator_list=[], returns=Name(id='str"
        "', ctx=Load()))], type_ignores=[])");
}

TEST(ParserStatements, DecoratorsArePartOfTheFunction) {
    EXPECT_EQ(test::dumpOf("@staticmethod\n@cache(size=2)\ndef f():\n    pass\n"),
              "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyarg"
              "s=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='staticme"
              "thod', ctx=Load()), Call(func=Name(id='cache', ctx=Load()), args=[], keywords=[keywo"
              "rd(arg='size', value=Constant(value=2))])])], type_ignores=[])");
}

TEST(ParserStatements, ClassWithBasesKeywordsAndMethods) {
    EXPECT_EQ(
        test::dumpOf(
            "class Worker(Base, metaclass=Meta):\n    count = 0\n\n    def run(self):\n        pa"
            "ss\n"),
        "Module(body=[ClassDef(name='Worker', bases=[Name(id='Base', ctx=Load())], keywords=["
        "keyword(arg='metaclass', value=Name(id='Meta', ctx=Load()))], body=[Assign(targets=["
        "Name(id='count', ctx=Store())], value=Constant(value=0)), FunctionDef(name='run', ar"
        "gs=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], "
        "defaults=[]), body=[Pass()], decorator_list=[])], decorator_list=[])], type_ignores="
        "[])");
}

TEST(ParserStatements, AssignmentWithSeveralTargets) {
    EXPECT_EQ(test::dumpOf("a = b = c = 0\n"),
              "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store()), N"
              "ame(id='c', ctx=Store())], value=Constant(value=0))], type_ignores=[])");
}

TEST(ParserStatements, UnpackingAssignmentWithAStarredTarget) {
    EXPECT_EQ(
        test::dumpOf("first, *rest, (x, [y, z]) = values\n"),
        "Module(body=[Assign(targets=[Tuple(elts=[Name(id='first', ctx=Store()), Starred(valu"
        "e=Name(id='rest', ctx=Store()), ctx=Store()), Tuple(elts=[Name(id='x', ctx=Store()),"
        " List(elts=[Name(id='y', ctx=Store()), Name(id='z', ctx=Store())], ctx=Store())], ct"
        "x=Store())], ctx=Store())], value=Name(id='values', ctx=Load()))], type_ignores=[])");
}

TEST(ParserStatements, AugmentedAssignmentOfEveryOperator) {
    EXPECT_EQ(
        test::dumpOf(
            "x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1; x @= 1; x &= 1; x |= 1; x "
            "^= 1; x <<= 1; x >>= 1\n"),
        "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(va"
        "lue=1)), AugAssign(target=Name(id='x', ctx=Store()), op=Sub(), value=Constant(value="
        "1)), AugAssign(target=Name(id='x', ctx=Store()), op=Mult(), value=Constant(value=1))"
        ", AugAssign(target=Name(id='x', ctx=Store()), op=Div(), value=Constant(value=1)), Au"
        "gAssign(target=Name(id='x', ctx=Store()), op=FloorDiv(), value=Constant(value=1)), A"
        "ugAssign(target=Name(id='x', ctx=Store()), op=Mod(), value=Constant(value=1)), AugAs"
        "sign(target=Name(id='x', ctx=Store()), op=Pow(), value=Constant(value=1)), AugAssign"
        "(target=Name(id='x', ctx=Store()), op=MatMult(), value=Constant(value=1)), AugAssign"
        "(target=Name(id='x', ctx=Store()), op=BitAnd(), value=Constant(value=1)), AugAssign("
        "target=Name(id='x', ctx=Store()), op=BitOr(), value=Constant(value=1)), AugAssign(ta"
        "rget=Name(id='x', ctx=Store()), op=BitXor(), value=Constant(value=1)), AugAssign(tar"
        "get=Name(id='x', ctx=Store()), op=LShift(), value=Constant(value=1)), AugAssign(targ"
        "et=Name(id='x', ctx=Store()), op=RShift(), value=Constant(value=1))], type_ignores=["
        "])");
}

TEST(ParserStatements, AnnotatedAssignments) {
    EXPECT_EQ(test::dumpOf("count: int = 0\nself.name: str\n(parenthesized): int = 1\n"),
              "Module(body=[AnnAssign(target=Name(id='count', ctx=Store()), annotation=Name(id='int"
              "', ctx=Load()), value=Constant(value=0), simple=1), AnnAssign(target=Attribute(value"
              "=Name(id='self', ctx=Load()), attr='name', ctx=Store()), annotation=Name(id='str', c"
              "tx=Load()), simple=0), AnnAssign(target=Name(id='parenthesized', ctx=Store()), annot"
              "ation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0)], type_ignores="
              "[])");
}

TEST(ParserStatements, ForAndAsyncForWithElse) {
    EXPECT_EQ(
        test::dumpOf(
            "async def f():\n    for i, item in enumerate(items):\n        continue\n    else:\n "
            "       pass\n    async for chunk in stream:\n        break\n"),
        "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwon"
        "lyargs=[], kw_defaults=[], defaults=[]), body=[For(target=Tuple(elts=[Name(id='i', c"
        "tx=Store()), Name(id='item', ctx=Store())], ctx=Store()), iter=Call(func=Name(id='en"
        "umerate', ctx=Load()), args=[Name(id='items', ctx=Load())], keywords=[]), body=[Cont"
        "inue()], orelse=[Pass()]), AsyncFor(target=Name(id='chunk', ctx=Store()), iter=Name("
        "id='stream', ctx=Load()), body=[Break()], orelse=[])], decorator_list=[])], type_ign"
        "ores=[])");
}

TEST(ParserStatements, WhileWithElse) {
    EXPECT_EQ(test::dumpOf("while running:\n    step()\nelse:\n    done()\n"),
              "Module(body=[While(test=Name(id='running', ctx=Load()), body=[Expr(value=Call(func=N"
              "ame(id='step', ctx=Load()), args=[], keywords=[]))], orelse=[Expr(value=Call(func=Na"
              "me(id='done', ctx=Load()), args=[], keywords=[]))])], type_ignores=[])");
}

TEST(ParserStatements, ElifChainsNestInOrelse) {
    EXPECT_EQ(test::dumpOf(
                  "if a:\n    x = 1\nelif b:\n    x = 2\nelif c:\n    x = 3\nelse:\n    x = 4\n"),
              "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Assign(targets=[Name(id='x', ct"
              "x=Store())], value=Constant(value=1))], orelse=[If(test=Name(id='b', ctx=Load()), bo"
              "dy=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=2))], orelse=[I"
              "f(test=Name(id='c', ctx=Load()), body=[Assign(targets=[Name(id='x', ctx=Store())], v"
              "alue=Constant(value=3))], orelse=[Assign(targets=[Name(id='x', ctx=Store())], value="
              "Constant(value=4))])])])], type_ignores=[])");
}

TEST(ParserStatements, WithAndAsyncWithSeveralItems) {
    EXPECT_EQ(
        test::dumpOf(
            "async def f():\n    with open_a() as a, open_b() as (b, c), lock:\n        pass\n   "
            " async with session.get(url) as response:\n        pass\n"),
        "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwon"
        "lyargs=[], kw_defaults=[], defaults=[]), body=[With(items=[withitem(context_expr=Cal"
        "l(func=Name(id='open_a', ctx=Load()), args=[], keywords=[]), optional_vars=Name(id='"
        "a', ctx=Store())), withitem(context_expr=Call(func=Name(id='open_b', ctx=Load()), ar"
        "gs=[], keywords=[]), optional_vars=Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c"
        "', ctx=Store())], ctx=Store())), withitem(context_expr=Name(id='lock', ctx=Load()))]"
        ", body=[Pass()]), AsyncWith(items=[withitem(context_expr=Call(func=Attribute(value=N"
        "ame(id='session', ctx=Load()), attr='get', ctx=Load()), args=[Name(id='url', ctx=Loa"
        "d())], keywords=[]), optional_vars=Name(id='response', ctx=Store()))], body=[Pass()]"
        ")], decorator_list=[])], type_ignores=[])");
}

TEST(ParserStatements, ParenthesizedWithItems) {
    EXPECT_EQ(test::dumpOf("with (\n    A() as a,\n    B() as b,\n):\n    pass\n"),
              "Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='A', ctx=Load()), a"
              "rgs=[], keywords=[]), optional_vars=Name(id='a', ctx=Store())), withitem(context_exp"
              "r=Call(func=Name(id='B', ctx=Load()), args=[], keywords=[]), optional_vars=Name(id='"
              "b', ctx=Store()))], body=[Pass()])], type_ignores=[])");
}

TEST(ParserStatements, TryWithHandlersElseAndFinally) {
    EXPECT_EQ(
        test::dumpOf(
            "try:\n    risky()\nexcept (ValueError, KeyError) as e:\n    handle(e)\nexcept asynci"
            "o.CancelledError:\n    raise\nexcept:\n    pass\nelse:\n    ok()\nfinally:\n    clea"
            "nup()\n"),
        "Module(body=[Try(body=[Expr(value=Call(func=Name(id='risky', ctx=Load()), args=[], k"
        "eywords=[]))], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='ValueError', ctx=Lo"
        "ad()), Name(id='KeyError', ctx=Load())], ctx=Load()), name='e', body=[Expr(value=Cal"
        "l(func=Name(id='handle', ctx=Load()), args=[Name(id='e', ctx=Load())], keywords=[]))"
        "]), ExceptHandler(type=Attribute(value=Name(id='asyncio', ctx=Load()), attr='Cancell"
        "edError', ctx=Load()), body=[Raise()]), ExceptHandler(body=[Pass()])], orelse=[Expr("
        "value=Call(func=Name(id='ok', ctx=Load()), args=[], keywords=[]))], finalbody=[Expr("
        "value=Call(func=Name(id='cleanup', ctx=Load()), args=[], keywords=[]))])], type_igno"
        "res=[])");
}

TEST(ParserStatements, RaiseFromAndAssert) {
    EXPECT_EQ(test::dumpOf(
                  "raise RuntimeError('boom') from err\nassert x > 0, 'must be positive'\nraise\n"),
              "Module(body=[Raise(exc=Call(func=Name(id='RuntimeError', ctx=Load()), args=[Constant"
              "(value='boom')], keywords=[]), cause=Name(id='err', ctx=Load())), Assert(test=Compar"
              "e(left=Name(id='x', ctx=Load()), ops=[Gt()], comparators=[Constant(value=0)]), msg=C"
              "onstant(value='must be positive')), Raise()], type_ignores=[])");
}

TEST(ParserStatements, ImportsWithDottedNamesAndAliases) {
    EXPECT_EQ(
        test::dumpOf(
            "import asyncio, concurrent.futures as cf\nfrom concurrent.futures import ThreadPoolE"
            "xecutor as Pool, wait\nfrom . import sibling\nfrom ..pkg import (a,\n    b,)\nfrom m"
            " import *\n"),
        "Module(body=[Import(names=[alias(name='asyncio'), alias(name='concurrent.futures', a"
        "sname='cf')]), ImportFrom(module='concurrent.futures', names=[alias(name='ThreadPool"
        "Executor', asname='Pool'), alias(name='wait')], level=0), ImportFrom(names=[alias(na"
        "me='sibling')], level=1), ImportFrom(module='pkg', names=[alias(name='a'), alias(nam"
        "e='b')], level=2), ImportFrom(module='m', names=[alias(name='*')], level=0)], type_i"
        "gnores=[])");
}

TEST(ParserStatements, GlobalNonlocalPassBreakContinueDelete) {
    EXPECT_EQ(
        test::dumpOf(
            "def outer():\n    x = 0\n    def inner():\n        nonlocal x\n        global y\n   "
            "     del x, y[0], z.attr\n    pass\n"),
        "Module(body=[FunctionDef(name='outer', args=arguments(posonlyargs=[], args=[], kwonl"
        "yargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store"
        "())], value=Constant(value=0)), FunctionDef(name='inner', args=arguments(posonlyargs"
        "=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Nonlocal(names=['x'"
        "]), Global(names=['y']), Delete(targets=[Name(id='x', ctx=Del()), Subscript(value=Na"
        "me(id='y', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id"
        "='z', ctx=Load()), attr='attr', ctx=Del())])], decorator_list=[]), Pass()], decorato"
        "r_list=[])], type_ignores=[])");
}

TEST(ParserStatements, SemicolonsSeparateSimpleStatements) {
    EXPECT_EQ(test::dumpOf("a = 1; b = 2;\n"),
              "Module(body=[Assign(targets=[Name(id='a', ctx=Store())], value=Constant(value=1)), A"
              "ssign(targets=[Name(id='b', ctx=Store())], value=Constant(value=2))], type_ignores=["
              "])");
}

TEST(ParserStatements, SimpleStatementsMayFollowTheColon) {
    EXPECT_EQ(test::dumpOf("if x: y = 1; z = 2\n"),
              "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Assign(targets=[Name(id='y', ct"
              "x=Store())], value=Constant(value=1)), Assign(targets=[Name(id='z', ctx=Store())], v"
              "alue=Constant(value=2))], orelse=[])], type_ignores=[])");
}

TEST(ParserStatements, MatchStatementIsParsedForTheValidator) {
    EXPECT_EQ(test::dumpOf("match command:\n    case 'go':\n        pass\n"),
              "Module(body=[Match(subject=Name(id='command', ctx=Load()))], type_ignores=[])");
}

TEST(ParserStatements, FunctionsRecordWhetherTheyAwaitOrYield) {
    const ParseResult result = test::parseValid("async def main():\n"
                                                "    async with lock:\n"
                                                "        pass\n"
                                                "async def ticker():\n"
                                                "    yield 1\n"
                                                "async def plain():\n"
                                                "    def nested():\n"
                                                "        yield 2\n"
                                                "    return lambda: 3\n"
                                                "async def gathers():\n"
                                                "    return [await f(x) for x in xs]\n"
                                                "async def spawns():\n"
                                                "    return (await f(x) for x in xs)\n"
                                                "def generator():\n"
                                                "    x = yield\n");
    ASSERT_TRUE(result.ok());
    const auto body = result.module->body();
    const auto function = [&](size_t i) -> const ast::FunctionDef& {
        return ast::as<ast::FunctionDef>(*body[i]);
    };
    EXPECT_TRUE(function(0).hasAwait);
    EXPECT_FALSE(function(0).isGenerator);
    EXPECT_TRUE(function(1).isGenerator);
    EXPECT_FALSE(function(1).hasAwait);
    EXPECT_FALSE(function(2).isGenerator);
    EXPECT_FALSE(function(2).hasAwait);
    EXPECT_TRUE(ast::as<ast::FunctionDef>(*function(2).body[0]).isGenerator);
    EXPECT_TRUE(function(3).hasAwait);
    EXPECT_FALSE(function(4).hasAwait);
    EXPECT_TRUE(function(5).isGenerator);
    EXPECT_FALSE(function(5).isAsync);
}

TEST(ParserStatements, CompoundStatementsEndWithTheirLastLine) {
    const ParseResult result = test::parseValid("if ready:\n"
                                                "    start()\n"
                                                "else:\n"
                                                "    wait(\n"
                                                "        1)\n"
                                                "after()\n");
    ASSERT_TRUE(result.ok());
    const ast::Stmt& branch = *result.module->body()[0];
    EXPECT_TRUE(test::locatedAt(branch.loc, 1, 1, 5, 11));
    EXPECT_TRUE(test::locatedAt(result.module->body()[1]->loc, 6, 1, 6, 8));
}

TEST(ParserStatements, DecoratedFunctionStartsAtDef) {
    const ParseResult result = test::parseValid("@property\ndef name(self):\n    return 1\n");
    ASSERT_TRUE(result.ok());
    const auto& def = ast::as<ast::FunctionDef>(*result.module->body()[0]);
    EXPECT_TRUE(test::locatedAt(def.loc, 2, 1, 3, 13));
    EXPECT_TRUE(test::locatedAt(def.decorators[0]->loc, 1, 2, 1, 10));
}

TEST(ParserStatements, ExceptHandlersKnowTheirPositionAndName) {
    const ParseResult result =
        test::parseValid("try:\n    pass\nexcept OSError as error:\n    log(error)\n");
    ASSERT_TRUE(result.ok());
    const auto& tryStmt = ast::as<ast::Try>(*result.module->body()[0]);
    ASSERT_EQ(tryStmt.handlers.size(), 1u);
    EXPECT_EQ(tryStmt.handlers[0]->name, "error");
    EXPECT_TRUE(test::locatedAt(tryStmt.handlers[0]->loc, 3, 1, 4, 15));
}

TEST(ParserStatements, AssignmentTargetsAreStoreContexts) {
    const ParseResult result = test::parseValid("a, b.c, d[0], *e = f\n");
    ASSERT_TRUE(result.ok());
    const auto& assign = ast::as<ast::Assign>(*result.module->body()[0]);
    const auto& tuple = ast::as<ast::Tuple>(*assign.targets[0]);
    EXPECT_EQ(tuple.ctx, ast::ExprContext::Store);
    for (const ast::Expr* element : tuple.elts)
        EXPECT_EQ(element->ctx, ast::ExprContext::Store);
    EXPECT_EQ(ast::as<ast::Starred>(*tuple.elts[3]).value->ctx, ast::ExprContext::Store);
    EXPECT_EQ(assign.value->ctx, ast::ExprContext::Load);
}

TEST(ParserStatements, EmptyAndCommentOnlyScriptsHaveNoStatements) {
    EXPECT_EQ(test::dumpOf(""), "Module(body=[], type_ignores=[])");
    EXPECT_EQ(test::dumpOf("# nothing here\n\n   \n"), "Module(body=[], type_ignores=[])");
}

TEST(ParserStatements, LastLineWithoutNewlineIsComplete) {
    EXPECT_EQ(test::dumpOf("x = 1"),
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], "
              "type_ignores=[])");
}

TEST(ParserStatements, MatchIsStillANameOutsideAMatchStatement) {
    EXPECT_EQ(
        test::dumpOf("match = re.match(p, s)\nmatch(x)\n"),
        "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Call(func=Attribu"
        "te(value=Name(id='re', ctx=Load()), attr='match', ctx=Load()), args=[Name(id='p', ct"
        "x=Load()), Name(id='s', ctx=Load())], keywords=[])), Expr(value=Call(func=Name(id='m"
        "atch', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[]))], type_ignores=[])");
}

} // namespace
} // namespace coroscope
