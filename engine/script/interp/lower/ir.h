// SPDX-License-Identifier: MIT
#pragma once

#include "script/interp/runtime/value.h"

#include <cstdint>
#include <span>

// The tree the evaluator walks: the syntax tree with every name resolved to
// where it lives (a slot of the frame, a cell, the globals), constants made
// into values, and each node flagged with whether evaluating it may run
// Python code that suspends. Nodes live in the program's arena and are
// trivially destructible; values they name are owned by the program.
namespace coroscope::interp {
class StrObject;
}

namespace coroscope::interp::ir {

struct Expr;
struct Stmt;
struct CodeInfo;
using ExprList = std::span<const Expr* const>;
using Names = std::span<StrObject* const>;
using Slots = std::span<const std::uint32_t>;

enum class Op : std::uint8_t {
    Const,
    Local,      // a slot of the frame
    Deref,      // a slot of the frame holding a cell
    Global,     // globals, then builtins
    Name,       // class body: its namespace, then globals, then builtins
    ClassDeref, // class body: its namespace, then a cell
    Attr,
    Subscript,
    Slice,
    Call,
    CallMethod, // obj.name(args) without making a bound method
    Binary,
    Unary,
    Not,
    And,
    Or,
    Compare,
    IfExp,
    List,
    Tuple,
    Set,
    Dict,
    Comp,
    Lambda,
    Await,
    Yield,
    FString,
    Format,
    Starred,
    Walrus,
};

enum class BinOp : std::uint8_t {
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv
};
enum class UnaryOp : std::uint8_t { Invert, Plus, Minus };
enum class CmpOp : std::uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

enum : std::uint8_t {
    // Holds a call, an await or a yield: the async evaluator runs it, so that
    // the Python code it calls may suspend.
    kAsync = 1,
    // Holds an await or a yield itself.
    kSuspends = 2,
};

// Call and CallMethod's aux: how the call is evaluated.
enum class CallShape : std::uint8_t {
    // The callee or an argument may suspend: evaluated one part at a time.
    General = 0,
    // Callee and arguments need no suspension: evaluated before the call
    // starts, without a frame.
    Simple = 1,
};

struct Expr {
    Op op;
    std::uint8_t flags = 0;
    // The operator of Binary/Unary, a Comp's kind, a Format's conversion, a
    // call's CallShape.
    std::uint8_t aux = 0;
    std::uint32_t line = 0;
    bool isAsync() const { return flags & kAsync; }
    bool isSimpleCall() const {
        return (op == Op::Call || op == Op::CallMethod) &&
               aux == static_cast<std::uint8_t>(CallShape::Simple);
    }
};

struct Const : Expr {
    const Value* value;
};
// Local and Deref: the slot; the name for error messages.
struct Local : Expr {
    std::uint32_t slot;
    StrObject* name;
};
// Global and Name.
struct GlobalName : Expr {
    StrObject* name;
};
struct ClassDeref : Expr {
    StrObject* name;
    std::uint32_t slot;
};
struct Attr : Expr {
    const Expr* value;
    StrObject* name;
};
struct Subscript : Expr {
    const Expr* value;
    const Expr* index;
};
struct Slice : Expr {
    const Expr* lower;
    const Expr* upper;
    const Expr* step;
};
// Arguments of a call. A positional argument may be a Starred (*args); a
// keyword with a null name is **mapping.
struct Arguments {
    ExprList args;
    Names kwNames;
    ExprList kwValues;
    bool simple = true; // no *args and no **kwargs
};
struct Call : Expr {
    const Expr* func;
    Arguments a;
};
struct CallMethod : Expr {
    const Expr* object;
    StrObject* name;
    Arguments a;
};
struct Binary : Expr {
    const Expr* left;
    const Expr* right;
};
// Unary, Not, Await, Yield, Starred.
struct Operand : Expr {
    const Expr* value;
};
// And, Or; also FString (its parts) and List, Tuple, Set (their elements).
struct Sequence : Expr {
    ExprList items;
};
struct Compare : Expr {
    const Expr* left;
    std::span<const CmpOp> ops;
    ExprList comparators;
};
struct IfExp : Expr {
    const Expr* test;
    const Expr* body;
    const Expr* orelse;
};
// A null key stands for **mapping.
struct DictDisplay : Expr {
    ExprList keys;
    ExprList values;
};

enum class CompKind : std::uint8_t { List, Set, Dict, Generator };
struct CompFor {
    const Expr* target;
    const Expr* iter; // null for the first: the iterator is passed in
    ExprList ifs;
    bool isAsync;
};
struct Comp : Expr {
    const CodeInfo* code;
    const Expr* firstIter; // evaluated in the enclosing scope
    std::span<const CompFor> fors;
    const Expr* elt; // the key for a dict
    const Expr* value;
    Slots closure; // enclosing slots whose cells become the free variables
};
// def and lambda: makes a function object.
struct MakeFunction : Expr {
    const CodeInfo* code;
    ExprList defaults;
    ExprList kwDefaults; // one per keyword-only parameter, null when none
    Slots closure;
};
struct Format : Expr {
    const Expr* value;
    const Expr* spec; // an FString, or null
};
struct Walrus : Expr {
    const Expr* target;
    const Expr* value;
};

// ---------------------------------------------------------------- statements

enum class SOp : std::uint8_t {
    Expr,
    Assign,
    AugAssign,
    Return,
    Delete,
    Pass,
    Break,
    Continue,
    If,
    While,
    For,
    With,
    Raise,
    Try,
    Assert,
    Import,
    Def,
    Class,
};

struct Block {
    std::span<const Stmt* const> stmts;
    // Some statement needs the async executor.
    bool async = false;
    bool empty() const { return stmts.empty(); }
};

struct Stmt {
    SOp op;
    std::uint8_t flags = 0;
    std::uint8_t aux = 0; // AugAssign's operator
    std::uint32_t line = 0;
    bool isAsync() const { return flags & kAsync; }
};

struct ExprStmt : Stmt {
    const Expr* value;
};
struct Assign : Stmt {
    ExprList targets;
    const Expr* value;
    StrObject* paramName; // a top-level UPPER_CASE constant a run parameter overrides
};
struct AugAssign : Stmt {
    const Expr* target;
    const Expr* value;
};
struct Return : Stmt {
    const Expr* value; // null: None
};
struct Delete : Stmt {
    ExprList targets;
};
struct If : Stmt {
    const Expr* test;
    Block body;
    Block orelse;
};
struct While : Stmt {
    const Expr* test;
    Block body;
    Block orelse;
};
struct For : Stmt {
    const Expr* target;
    const Expr* iter;
    Block body;
    Block orelse;
    bool isAsync;
};
struct WithItem {
    const Expr* context;
    const Expr* target; // null when there is no `as`
};
struct With : Stmt {
    std::span<const WithItem> items;
    Block body;
    bool isAsync;
};
struct Raise : Stmt {
    const Expr* exc; // null: re-raise
    const Expr* cause;
    bool hasCause;
};
struct Handler {
    const Expr* type;   // null: bare except
    const Expr* target; // the `as` name, or null
    Block body;
    std::uint32_t line;
};
struct Try : Stmt {
    Block body;
    std::span<const Handler> handlers;
    Block orelse;
    Block finalBody;
};
struct Assert : Stmt {
    const Expr* test;
    const Expr* msg;
};
// import a.b [as c] / from m import x [as y]
struct ImportItem {
    StrObject* module; // dotted
    StrObject* attr;   // from-import: the name taken; null for `import`
    const Expr* target;
    bool bindTop; // `import a.b` binds a
};
struct Import : Stmt {
    std::span<const ImportItem> items;
};
struct Def : Stmt {
    const MakeFunction* function;
    ExprList decorators;
    const Expr* target;
};
struct Class : Stmt {
    StrObject* name;
    ExprList bases;
    const CodeInfo* body;
    Slots closure;
    ExprList decorators;
    const Expr* target;
};

// ---------------------------------------------------------------- code

enum class CodeKind : std::uint8_t { Module, Function, Lambda, Comprehension, Class };

// What a function (or module, class body, comprehension) needs to run.
// Slots: parameters first (positional, keyword-only, *args, **kwargs), then
// the other locals, then the free variables [firstFree, firstFree + nFree).
struct CodeInfo {
    StrObject* name;
    StrObject* qualname;
    std::uint32_t firstLine = 0;
    CodeKind kind = CodeKind::Function;
    bool isAsync = false;
    bool isGenerator = false;
    std::uint16_t nPositional = 0; // positional-only included
    std::uint16_t nPosOnly = 0;
    std::uint16_t nKwOnly = 0;
    bool varArgs = false;
    bool varKw = false;
    std::uint32_t nSlots = 0;
    std::uint32_t firstFree = 0;
    std::uint32_t nFree = 0;
    Names slotNames; // every slot's name
    Slots cellSlots; // slots that hold a fresh cell at entry
    Block body;
    const Expr* lambdaBody = nullptr;
    std::uint32_t nParams() const {
        return nPositional + nKwOnly + (varArgs ? 1 : 0) + (varKw ? 1 : 0);
    }
};

} // namespace coroscope::interp::ir
