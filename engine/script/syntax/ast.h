// SPDX-License-Identifier: MIT
#pragma once

#include "script/syntax/arena.h"
#include "script/syntax/source_file.h"

#include <cassert>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>

// The syntax tree of a scenario script, shaped like CPython's `ast` module so
// that what a learner reads in Python's documentation maps one to one.
//
// Every node carries its position: 1-based line and column (columns count
// code points) and the end position, endColumn being exclusive. Nodes live in
// the arena of their Module and are reached through plain pointers; a tree
// walker switches on `kind` and casts with ast::as<T>().
namespace coroscope::ast {

template <class T>
using NodeList = std::span<T* const>;

struct Location {
    uint32_t line = 0;
    uint32_t column = 0;
    uint32_t endLine = 0;
    uint32_t endColumn = 0;
};

// ---------------------------------------------------------------- expressions

enum class ExprKind : uint8_t {
    Name,
    Constant,
    JoinedStr,
    FormattedValue,
    BinOp,
    UnaryOp,
    BoolOp,
    Compare,
    Call,
    Attribute,
    Subscript,
    Slice,
    List,
    Tuple,
    Dict,
    Set,
    ListComp,
    SetComp,
    DictComp,
    GeneratorExp,
    Lambda,
    IfExp,
    Await,
    Yield,
    // Parsed so that it can be rejected with a clear message.
    YieldFrom,
    Starred,
    NamedExpr,
};

// Whether a Name, Attribute, Subscript, Starred, List or Tuple is read,
// assigned or deleted.
enum class ExprContext : uint8_t { Load, Store, Del };

struct Expr {
    explicit Expr(ExprKind k)
        : kind(k) {}
    ExprKind kind;
    ExprContext ctx = ExprContext::Load;
    // Written inside parentheses (which are not part of loc).
    bool parenthesized = false;
    Location loc;
};

template <ExprKind K>
struct ExprOf : Expr {
    static constexpr ExprKind kKind = K;
    ExprOf()
        : Expr(K) {}
};

struct Name : ExprOf<ExprKind::Name> {
    std::string_view id;
};

enum class ConstantKind : uint8_t {
    None,
    True,
    False,
    Ellipsis,
    Int,
    // An integer literal that does not fit in 64 bits; text holds its digits.
    BigInt,
    Float,
    // 2j: floatValue is the imaginary part.
    Imaginary,
    Str,
    Bytes,
};

struct Constant : ExprOf<ExprKind::Constant> {
    ConstantKind valueKind = ConstantKind::None;
    // Written with a u prefix (CPython records kind='u').
    bool unicodePrefix = false;
    int64_t intValue = 0;
    double floatValue = 0;
    // The decoded value of Str and Bytes (UTF-8), the digits of BigInt.
    std::string_view text;
};

// An f-string: Constant(Str) parts and FormattedValue fields.
struct JoinedStr : ExprOf<ExprKind::JoinedStr> {
    NodeList<Expr> values;
};

enum class Conversion : uint8_t { None, Str, Repr, Ascii };

struct FormattedValue : ExprOf<ExprKind::FormattedValue> {
    Expr* value = nullptr;
    Conversion conversion = Conversion::None;
    // The part after ':', itself an f-string; null when absent.
    JoinedStr* formatSpec = nullptr;
};

enum class BinaryOperator : uint8_t {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
};

struct BinOp : ExprOf<ExprKind::BinOp> {
    Expr* left = nullptr;
    BinaryOperator op = BinaryOperator::Add;
    Expr* right = nullptr;
};

enum class UnaryOperator : uint8_t { Invert, Not, UAdd, USub };

struct UnaryOp : ExprOf<ExprKind::UnaryOp> {
    UnaryOperator op = UnaryOperator::Not;
    Expr* operand = nullptr;
};

enum class BoolOperator : uint8_t { And, Or };

// a or b or c: one node with every operand.
struct BoolOp : ExprOf<ExprKind::BoolOp> {
    BoolOperator op = BoolOperator::And;
    NodeList<Expr> values;
};

enum class CmpOperator : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// a < b <= c: left, then one operator per comparator.
struct Compare : ExprOf<ExprKind::Compare> {
    Expr* left = nullptr;
    std::span<const CmpOperator> ops;
    NodeList<Expr> comparators;
};

// name=value in a call or class header; an empty arg is **value.
struct Keyword {
    std::string_view arg;
    Expr* value = nullptr;
    Location loc;
};

struct Call : ExprOf<ExprKind::Call> {
    Expr* func = nullptr;
    // Positional arguments; *args appear as Starred.
    NodeList<Expr> args;
    NodeList<Keyword> keywords;
};

struct Attribute : ExprOf<ExprKind::Attribute> {
    Expr* value = nullptr;
    std::string_view attr;
};

struct Subscript : ExprOf<ExprKind::Subscript> {
    Expr* value = nullptr;
    // A Slice, a Tuple (a[1:2, 3]) or any expression.
    Expr* slice = nullptr;
};

struct Slice : ExprOf<ExprKind::Slice> {
    Expr* lower = nullptr;
    Expr* upper = nullptr;
    Expr* step = nullptr;
};

struct List : ExprOf<ExprKind::List> {
    NodeList<Expr> elts;
};

struct Tuple : ExprOf<ExprKind::Tuple> {
    NodeList<Expr> elts;
};

struct Set : ExprOf<ExprKind::Set> {
    NodeList<Expr> elts;
};

// {k: v, **d}: a null key stands for **value.
struct Dict : ExprOf<ExprKind::Dict> {
    NodeList<Expr> keys;
    NodeList<Expr> values;
};

// One `[async] for target in iter if cond...` clause of a comprehension.
struct Comprehension {
    Expr* target = nullptr;
    Expr* iter = nullptr;
    NodeList<Expr> ifs;
    bool isAsync = false;
};

struct ListComp : ExprOf<ExprKind::ListComp> {
    Expr* elt = nullptr;
    NodeList<Comprehension> generators;
};

struct SetComp : ExprOf<ExprKind::SetComp> {
    Expr* elt = nullptr;
    NodeList<Comprehension> generators;
};

struct GeneratorExp : ExprOf<ExprKind::GeneratorExp> {
    Expr* elt = nullptr;
    NodeList<Comprehension> generators;
};

struct DictComp : ExprOf<ExprKind::DictComp> {
    Expr* key = nullptr;
    Expr* value = nullptr;
    NodeList<Comprehension> generators;
};

// A parameter; the annotation is kept but never evaluated by the sandbox.
struct Arg {
    std::string_view name;
    Expr* annotation = nullptr;
    Location loc;
};

struct Arguments {
    // Parameters before '/'.
    NodeList<Arg> posOnlyArgs;
    NodeList<Arg> args;
    Arg* varArg = nullptr;
    NodeList<Arg> kwOnlyArgs;
    // One per keyword-only parameter; null when it has no default.
    NodeList<Expr> kwDefaults;
    Arg* kwArg = nullptr;
    // Defaults of the last positional parameters (posOnlyArgs then args).
    NodeList<Expr> defaults;
};

struct Lambda : ExprOf<ExprKind::Lambda> {
    Arguments* args = nullptr;
    Expr* body = nullptr;
};

struct IfExp : ExprOf<ExprKind::IfExp> {
    Expr* test = nullptr;
    Expr* body = nullptr;
    Expr* orelse = nullptr;
};

struct Await : ExprOf<ExprKind::Await> {
    Expr* value = nullptr;
};

struct Yield : ExprOf<ExprKind::Yield> {
    Expr* value = nullptr;
};

struct YieldFrom : ExprOf<ExprKind::YieldFrom> {
    Expr* value = nullptr;
};

struct Starred : ExprOf<ExprKind::Starred> {
    Expr* value = nullptr;
};

// target := value
struct NamedExpr : ExprOf<ExprKind::NamedExpr> {
    Expr* target = nullptr;
    Expr* value = nullptr;
};

// ----------------------------------------------------------------- statements

enum class StmtKind : uint8_t {
    FunctionDef,
    ClassDef,
    Return,
    Delete,
    Assign,
    AugAssign,
    AnnAssign,
    For,
    While,
    If,
    With,
    Raise,
    Try,
    Assert,
    Import,
    ImportFrom,
    Global,
    Nonlocal,
    Expr,
    Pass,
    Break,
    Continue,
    // Parsed far enough to be rejected with a clear message.
    Match,
};

struct Stmt {
    explicit Stmt(StmtKind k)
        : kind(k) {}
    StmtKind kind;
    Location loc;
};

template <StmtKind K>
struct StmtOf : Stmt {
    static constexpr StmtKind kKind = K;
    StmtOf()
        : Stmt(K) {}
};

// def and async def.
struct FunctionDef : StmtOf<StmtKind::FunctionDef> {
    std::string_view name;
    Arguments* args = nullptr;
    NodeList<Stmt> body;
    NodeList<Expr> decorators;
    Expr* returns = nullptr;
    bool isAsync = false;
    // Contains yield (outside nested functions, lambdas and classes).
    bool isGenerator = false;
    // Contains await, async for, async with or an asynchronous comprehension
    // outside nested functions, lambdas, classes and generator expressions.
    bool hasAwait = false;
};

struct ClassDef : StmtOf<StmtKind::ClassDef> {
    std::string_view name;
    NodeList<Expr> bases;
    // class A(metaclass=M): parsed, ignored by the sandbox.
    NodeList<Keyword> keywords;
    NodeList<Stmt> body;
    NodeList<Expr> decorators;
};

struct Return : StmtOf<StmtKind::Return> {
    Expr* value = nullptr;
};

struct Delete : StmtOf<StmtKind::Delete> {
    NodeList<Expr> targets;
};

// a = b = value: targets in source order.
struct Assign : StmtOf<StmtKind::Assign> {
    NodeList<Expr> targets;
    Expr* value = nullptr;
};

struct AugAssign : StmtOf<StmtKind::AugAssign> {
    Expr* target = nullptr;
    BinaryOperator op = BinaryOperator::Add;
    Expr* value = nullptr;
};

struct AnnAssign : StmtOf<StmtKind::AnnAssign> {
    Expr* target = nullptr;
    Expr* annotation = nullptr;
    Expr* value = nullptr;
    // The target is a bare name, not in parentheses.
    bool simple = false;
};

// for and async for.
struct For : StmtOf<StmtKind::For> {
    Expr* target = nullptr;
    Expr* iter = nullptr;
    NodeList<Stmt> body;
    NodeList<Stmt> orelse;
    bool isAsync = false;
};

struct While : StmtOf<StmtKind::While> {
    Expr* test = nullptr;
    NodeList<Stmt> body;
    NodeList<Stmt> orelse;
};

// elif is an If alone in orelse, as in CPython.
struct If : StmtOf<StmtKind::If> {
    Expr* test = nullptr;
    NodeList<Stmt> body;
    NodeList<Stmt> orelse;
};

struct WithItem {
    Expr* contextExpr = nullptr;
    Expr* optionalVars = nullptr;
};

// with and async with.
struct With : StmtOf<StmtKind::With> {
    NodeList<WithItem> items;
    NodeList<Stmt> body;
    bool isAsync = false;
};

struct Raise : StmtOf<StmtKind::Raise> {
    Expr* exc = nullptr;
    Expr* cause = nullptr;
};

struct ExceptHandler {
    Expr* type = nullptr;
    // Empty when there is no `as name`.
    std::string_view name;
    NodeList<Stmt> body;
    Location loc;
};

struct Try : StmtOf<StmtKind::Try> {
    NodeList<Stmt> body;
    NodeList<ExceptHandler> handlers;
    NodeList<Stmt> orelse;
    NodeList<Stmt> finalBody;
    // except* (exception groups), rejected by the validator.
    bool isStar = false;
};

struct Assert : StmtOf<StmtKind::Assert> {
    Expr* test = nullptr;
    Expr* msg = nullptr;
};

// A dotted module or imported name with its optional alias.
struct Alias {
    std::string_view name;
    std::string_view asName;
    Location loc;
};

struct Import : StmtOf<StmtKind::Import> {
    NodeList<Alias> names;
};

struct ImportFrom : StmtOf<StmtKind::ImportFrom> {
    // Empty for `from . import x`.
    std::string_view module;
    NodeList<Alias> names;
    // The number of leading dots.
    int level = 0;
};

struct Global : StmtOf<StmtKind::Global> {
    std::span<const std::string_view> names;
};

struct Nonlocal : StmtOf<StmtKind::Nonlocal> {
    std::span<const std::string_view> names;
};

struct ExprStmt : StmtOf<StmtKind::Expr> {
    Expr* value = nullptr;
};

struct Pass : StmtOf<StmtKind::Pass> {};
struct Break : StmtOf<StmtKind::Break> {};
struct Continue : StmtOf<StmtKind::Continue> {};

struct Match : StmtOf<StmtKind::Match> {
    Expr* subject = nullptr;
};

// ------------------------------------------------------------------- helpers

// Checked downcasts: the kind must match (asserted in debug builds).
template <class T>
const T& as(const Expr& node) {
    assert(node.kind == T::kKind);
    return static_cast<const T&>(node);
}

template <class T>
const T& as(const Stmt& node) {
    assert(node.kind == T::kKind);
    return static_cast<const T&>(node);
}

// Null when the node is of another kind.
template <class T>
const T* dynCast(const Expr* node) {
    return node && node->kind == T::kKind ? static_cast<const T*>(node) : nullptr;
}

template <class T>
const T* dynCast(const Stmt* node) {
    return node && node->kind == T::kKind ? static_cast<const T*>(node) : nullptr;
}

// A parsed script: its source and the tree, which lives as long as this.
class Module {
public:
    explicit Module(std::shared_ptr<const SourceFile> source)
        : m_source(std::move(source)) {}
    Module(const Module&) = delete;
    Module& operator=(const Module&) = delete;

    const SourceFile& source() const { return *m_source; }
    const std::shared_ptr<const SourceFile>& sharedSource() const { return m_source; }
    const std::string& fileName() const { return m_source->fileName(); }
    NodeList<Stmt> body() const { return m_body; }

    Arena& arena() { return m_arena; }
    void setBody(NodeList<Stmt> body) { m_body = body; }

private:
    std::shared_ptr<const SourceFile> m_source;
    Arena m_arena;
    NodeList<Stmt> m_body;
};

} // namespace coroscope::ast

namespace coroscope {
using ast::Module;
} // namespace coroscope
