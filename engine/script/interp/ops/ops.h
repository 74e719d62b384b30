// SPDX-License-Identifier: MIT
#pragma once

#include "script/interp/lower/ir.h"
#include "script/interp/runtime/objects.h"

#include <cstdint>
#include <string>

// The operations of Python's data model on values: what the evaluator and
// the builtins apply. Each works on the builtin types directly and calls a
// user class's dunder method (__eq__, __lt__, __repr__, ...) when there is
// one; such a call runs to completion without suspending.
namespace coroscope::interp {

class TypeObject;

// hash(v); TypeError "unhashable type: 'list'".
std::int64_t hashValue(const Value& v);
// Python's hash of an int and of a float (equal when the float is integral).
std::int64_t hashInt(std::int64_t i);
std::int64_t hashFloat(double d);
// a == b
bool equals(const Value& a, const Value& b);
// a < b, raising TypeError "'<' not supported between instances of ..."
bool lessThan(const Value& a, const Value& b);
// The result of a comparison operator (in, is, ==, <, ...).
bool compare(ir::CmpOp op, const Value& a, const Value& b);
// bool(v)
bool truthy(const Value& v);
// item in container
bool contains(const Value& container, const Value& item);

Value binary(ir::BinOp op, const Value& a, const Value& b);
// In place: a += b mutates a list; otherwise the same as binary.
Value inplace(ir::BinOp op, const Value& a, const Value& b);
Value unary(ir::UnaryOp op, const Value& v);
// The symbol of an operator ("+", "//", ...), for error messages.
const char* opSymbol(ir::BinOp op);

// repr(v) and str(v).
std::string repr(const Value& v);
// A callable as a label names it: a function's qualname, a builtin's name,
// else `otherwise` (a callback's repr, a pool job's type name).
std::string callableName(const Value& fn, std::string otherwise);
std::string str(const Value& v);
// format(v, spec)
std::string format(const Value& v, std::string_view spec);

// len(v), obj[index], obj[index] = value, del obj[index].
std::int64_t length(const Value& v);
Value getItem(const Value& obj, const Value& index);
void setItem(const Value& obj, const Value& index, Value value);
void delItem(const Value& obj, const Value& index);

// Attributes. getAttr raises AttributeError; findAttr returns false.
Value getAttr(const Value& obj, StrObject* name);
bool findAttr(const Value& obj, StrObject* name, Value& out);
void setAttr(const Value& obj, StrObject* name, Value value);
void delAttr(const Value& obj, StrObject* name);

// An int index from a value (TypeError otherwise), and a Python-style
// index normalised against a length (IndexError "<what> index out of range").
std::int64_t toIndex(const Value& v, const char* what);
std::int64_t normaliseIndex(std::int64_t i, std::int64_t size, const char* what);

} // namespace coroscope::interp
