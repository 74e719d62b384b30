// SPDX-License-Identifier: MIT
#pragma once

#include "script/interp/eval/interp.h"

#include <vector>

// Evaluates a child expression into `out` inside an Interp coroutine that
// has the frame `f`: directly when the child cannot suspend, else in a
// coroutine of its own. (A macro because co_await must be in the body of
// the coroutine that suspends.)
#define COROSCOPE_EVAL_CHILD(out, expr)                                                            \
    do {                                                                                           \
        if (!(expr).isAsync()) {                                                                   \
            (out) = eval(f, (expr));                                                               \
        } else {                                                                                   \
            Eval<Value> child_ = evalAsync(f, (expr));                                             \
            (out) = co_await std::move(child_);                                                    \
        }                                                                                          \
    } while (false)

// What both evaluators (the plain one and the coroutine one) do once the
// children of a node are evaluated: one definition of each operation.
namespace coroscope::interp::detail {

// An element of a list/tuple/set display: a Starred one is expanded.
void addDisplayItem(const ir::Expr& e, Value v, std::vector<Value>& items);
Value makeDisplay(ir::Op op, std::vector<Value> items);
// A key/value of a dict display; a null key merges a mapping (**m).
void addDictItem(DictObject& d, const ir::Expr* key, const Value& k, Value v);
// An f-string field: the conversion (!s, !r, !a), then the format spec.
std::string formatField(const Value& v, std::uint8_t conversion, const Value* spec);
// a op b for one link of a comparison chain.
bool compareLink(ir::CmpOp op, const Value& a, const Value& b);
Value makeSlice(Value lower, Value upper, Value step);
// The value of a name that is unbound (NameError / UnboundLocalError).
[[noreturn]] void nameError(StrObject* name);
[[noreturn]] void freeVariableError(StrObject* name);

} // namespace coroscope::interp::detail
