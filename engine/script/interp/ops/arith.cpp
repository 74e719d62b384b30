// SPDX-License-Identifier: MIT
// Arithmetic and the other binary and unary operators.
#include "script/interp/eval/interp.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/exceptions.h"
#include "script/interp/runtime/iter.h"
#include "script/interp/runtime/set_object.h"
#include "script/pylib/numeric.h"
#include "script/pylib/percent_format.h"

namespace coroscope::interp {

namespace {

[[noreturn]] void intOverflow() {
    overflowError("integer overflow: Coroscope's integers have 64 bits (at most "
                  "9223372036854775807)");
}

std::int64_t checked(std::optional<std::int64_t> v) {
    if (!v) intOverflow();
    return *v;
}

const char* dunder(ir::BinOp op, bool reflected) {
    static const char* names[][2] = {
        {"__add__", "__radd__"},          {"__sub__", "__rsub__"},
        {"__mul__", "__rmul__"},          {"__matmul__", "__rmatmul__"},
        {"__truediv__", "__rtruediv__"},  {"__mod__", "__rmod__"},
        {"__pow__", "__rpow__"},          {"__lshift__", "__rlshift__"},
        {"__rshift__", "__rrshift__"},    {"__or__", "__ror__"},
        {"__xor__", "__rxor__"},          {"__and__", "__rand__"},
        {"__floordiv__", "__rfloordiv__"}};
    return names[static_cast<int>(op)][reflected ? 1 : 0];
}

[[noreturn]] void unsupported(ir::BinOp op, const Value& a, const Value& b) {
    if (op == ir::BinOp::Add && (a.is(Kind::Str) || a.is(Kind::List) || a.is(Kind::Tuple)))
        typeError("can only concatenate " + typeName(a) + " (not \"" + typeName(b) + "\") to " +
                  typeName(a));
    typeError(std::string("unsupported operand type(s) for ") + opSymbol(op) + ": '" + typeName(a) +
              "' and '" + typeName(b) + "'");
}

Value intOp(ir::BinOp op, std::int64_t x, std::int64_t y, bool bothBool) {
    std::int64_t r = 0;
    switch (op) {
    case ir::BinOp::Add:
        if (__builtin_add_overflow(x, y, &r)) intOverflow();
        return Value::integer(r);
    case ir::BinOp::Sub:
        if (__builtin_sub_overflow(x, y, &r)) intOverflow();
        return Value::integer(r);
    case ir::BinOp::Mul:
        if (__builtin_mul_overflow(x, y, &r)) intOverflow();
        return Value::integer(r);
    case ir::BinOp::Div: return Value::real(pylib::intTrueDiv(x, y));
    case ir::BinOp::FloorDiv:
        if (y == 0) zeroDivisionError("integer division or modulo by zero");
        return Value::integer(checked(pylib::intFloorDiv(x, y)));
    case ir::BinOp::Mod:
        if (y == 0) zeroDivisionError("integer modulo by zero");
        return Value::integer(pylib::intMod(x, y));
    case ir::BinOp::Pow:
        if (y < 0)
            return Value::real(pylib::floatPow(static_cast<double>(x), static_cast<double>(y)));
        return Value::integer(checked(pylib::intPow(x, y)));
    case ir::BinOp::LShift:
        if (y < 0) valueError("negative shift count");
        if (x == 0) return Value::integer(0);
        if (y >= 63 || (x > 0 ? x > (INT64_MAX >> y) : x < (INT64_MIN >> y))) intOverflow();
        return Value::integer(static_cast<std::int64_t>(static_cast<std::uint64_t>(x) << y));
    case ir::BinOp::RShift:
        if (y < 0) valueError("negative shift count");
        return Value::integer(y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
    case ir::BinOp::BitAnd: return bothBool ? Value::boolean(x & y) : Value::integer(x & y);
    case ir::BinOp::BitOr: return bothBool ? Value::boolean(x | y) : Value::integer(x | y);
    case ir::BinOp::BitXor: return bothBool ? Value::boolean(x ^ y) : Value::integer(x ^ y);
    case ir::BinOp::MatMul: break;
    }
    return Value();
}

Value floatOp(ir::BinOp op, double x, double y) {
    switch (op) {
    case ir::BinOp::Add: return Value::real(x + y);
    case ir::BinOp::Sub: return Value::real(x - y);
    case ir::BinOp::Mul: return Value::real(x * y);
    case ir::BinOp::Div: return Value::real(pylib::floatTrueDiv(x, y));
    case ir::BinOp::FloorDiv: return Value::real(pylib::floatFloorDiv(x, y));
    case ir::BinOp::Mod: return Value::real(pylib::floatMod(x, y));
    case ir::BinOp::Pow: return Value::real(pylib::floatPow(x, y));
    default: return Value();
    }
}

std::int64_t repeatCount(const Value& n) {
    return n.asInt() < 0 ? 0 : n.asInt();
}

// The bytes `count` items of `itemBytes` each take, checked as CPython
// checks a repetition: a count past the largest index is an OverflowError for
// a str ("repeated string is too long") and a MemoryError for a list or a
// tuple; a request no budget could hold is a MemoryError, as a failed
// allocation is in CPython (rather than a C++ length error, or a size that
// wraps round to a small one).
std::size_t repeatedBytes(std::size_t length, std::int64_t times, std::size_t itemBytes, bool str) {
    constexpr auto kMaxIndex = static_cast<std::uint64_t>(INT64_MAX);
    if (length == 0 || times <= 0) return 0;
    const auto count = static_cast<std::uint64_t>(times);
    if (count > kMaxIndex / length) {
        if (str) overflowError("repeated string is too long");
        raise(newException(types().MemoryError));
    }
    const std::uint64_t items = count * length;
    if (items > kMaxIndex / itemBytes || items * itemBytes > Heap::current().limit())
        raise(newException(types().MemoryError));
    return static_cast<std::size_t>(items * itemBytes);
}

Value repeatSequence(const Value& seq, const Value& n) {
    std::int64_t times = repeatCount(n);
    if (seq.is(Kind::Str)) {
        const std::string& s = seq.as<StrObject>()->str();
        repeatedBytes(s.size(), times, 1, true);
        if (times > 0 && s.size() > 0)
            Heap::current().grow(s.size() * static_cast<std::size_t>(times));
        std::string out;
        out.reserve(s.size() * static_cast<std::size_t>(times));
        for (std::int64_t i = 0; i < times; ++i)
            out += s;
        Heap::current().shrink(s.size() * static_cast<std::size_t>(times));
        return strValue(std::move(out));
    }
    const auto& items = seq.as<SequenceObject>()->items();
    repeatedBytes(items.size(), times, sizeof(Value), false);
    Heap::current().grow(items.size() * static_cast<std::size_t>(times) * sizeof(Value));
    Heap::current().shrink(items.size() * static_cast<std::size_t>(times) * sizeof(Value));
    std::vector<Value> out;
    out.reserve(items.size() * static_cast<std::size_t>(times));
    for (std::int64_t i = 0; i < times; ++i)
        out.insert(out.end(), items.begin(), items.end());
    if (seq.is(Kind::List)) return Value(newList(std::move(out)));
    return Value(newTuple(std::move(out)));
}

Value setOp(ir::BinOp op, SetObject& a, SetObject& b, bool frozen) {
    auto out = newSet(frozen);
    auto each = [](SetObject& s, auto fn) {
        for (std::size_t i = s.nextActive(0); i < s.slots().size(); i = s.nextActive(i + 1))
            fn(s.slots()[i].key);
    };
    switch (op) {
    case ir::BinOp::BitOr:
        each(a, [&](const Value& v) { out->add(v); });
        each(b, [&](const Value& v) { out->add(v); });
        break;
    case ir::BinOp::BitAnd: {
        // CPython iterates the smaller set.
        SetObject& small = b.size() < a.size() ? b : a;
        SetObject& large = b.size() < a.size() ? a : b;
        each(small, [&](const Value& v) {
            if (large.contains(v)) out->add(v);
        });
        break;
    }
    case ir::BinOp::Sub:
        each(a, [&](const Value& v) {
            if (!b.contains(v)) out->add(v);
        });
        break;
    case ir::BinOp::BitXor:
        each(a, [&](const Value& v) {
            if (!b.contains(v)) out->add(v);
        });
        each(b, [&](const Value& v) {
            if (!a.contains(v)) out->add(v);
        });
        break;
    default: return Value();
    }
    return Value(out);
}

pylib::PercentValue percentValue(const Value& v) {
    if (v.isBool()) return pylib::PercentValue::ofBool(v.asBool());
    if (v.isInt()) return pylib::PercentValue::ofInt(v.asInt());
    if (v.isFloat()) return pylib::PercentValue::ofFloat(v.asFloat());
    if (v.is(Kind::Str)) return pylib::PercentValue::ofStr(v.as<StrObject>()->str());
    return pylib::PercentValue::ofOther(typeName(v), 0);
}

Value percent(const Value& fmt, const Value& args) {
    pylib::PercentArgs a;
    std::vector<Value> others;
    auto add = [&](const Value& v) {
        pylib::PercentValue pv = percentValue(v);
        if (pv.kind == pylib::PercentValue::Kind::Other) {
            pv.handle = others.size();
            others.push_back(v);
        }
        a.values.push_back(std::move(pv));
    };
    if (args.is(Kind::Tuple)) {
        a.isTuple = true;
        for (const Value& v : args.as<TupleObject>()->items())
            add(v);
    } else {
        add(args);
        if (args.is(Kind::Dict)) {
            a.lookup = [&](std::string_view key) {
                Value* v = args.as<DictObject>()->findStr(key);
                if (!v) keyError(strValue(std::string(key)));
                pylib::PercentValue pv = percentValue(*v);
                if (pv.kind == pylib::PercentValue::Kind::Other) {
                    pv.handle = others.size();
                    others.push_back(*v);
                }
                return pv;
            };
        }
    }
    return strValue(pylib::percentFormat(fmt.as<StrObject>()->view(), a,
                                         [&](const pylib::PercentValue& pv, char conversion) {
                                             const Value& v = others[pv.handle];
                                             return conversion == 's' ? str(v) : repr(v);
                                         }));
}

Value userBinary(ir::BinOp op, const Value& a, const Value& b) {
    if (a.is(Kind::Instance))
        if (Value* fn = a.obj()->type()->lookup(dunder(op, false)))
            return interp().call(*fn, {a, b});
    if (b.is(Kind::Instance))
        if (Value* fn = b.obj()->type()->lookup(dunder(op, true)))
            return interp().call(*fn, {b, a});
    unsupported(op, a, b);
}

} // namespace

const char* opSymbol(ir::BinOp op) {
    static const char* symbols[] = {"+",  "-",  "*", "@", "/", "%", "** or pow()",
                                    "<<", ">>", "|", "^", "&", "//"};
    return symbols[static_cast<int>(op)];
}

Value binary(ir::BinOp op, const Value& a, const Value& b) {
    if (a.isIntLike() && b.isIntLike()) {
        Value r = intOp(op, a.asInt(), b.asInt(), a.isBool() && b.isBool());
        if (op != ir::BinOp::MatMul) return r;
    }
    if (a.isNumber() && b.isNumber()) {
        Value r = floatOp(op, a.toDouble(), b.toDouble());
        if (!r.isNone()) return r;
        unsupported(op, a, b);
    }
    if (a.is(Kind::Str)) {
        if (op == ir::BinOp::Add && b.is(Kind::Str)) {
            const std::string& x = a.as<StrObject>()->str();
            const std::string& y = b.as<StrObject>()->str();
            Heap::current().grow(x.size() + y.size());
            Heap::current().shrink(x.size() + y.size());
            std::string out;
            out.reserve(x.size() + y.size());
            out += x;
            out += y;
            return strValue(std::move(out));
        }
        if (op == ir::BinOp::Mul && b.isIntLike()) return repeatSequence(a, b);
        if (op == ir::BinOp::Mod) return percent(a, b);
    }
    if (a.is(Kind::List) || a.is(Kind::Tuple)) {
        if (op == ir::BinOp::Add && b.isObject() && b.obj()->kind() == a.obj()->kind()) {
            std::vector<Value> out = a.as<SequenceObject>()->items();
            const auto& more = b.as<SequenceObject>()->items();
            out.insert(out.end(), more.begin(), more.end());
            if (a.is(Kind::List)) return Value(newList(std::move(out)));
            return Value(newTuple(std::move(out)));
        }
        if (op == ir::BinOp::Mul && b.isIntLike()) return repeatSequence(a, b);
    }
    if (a.isIntLike() && op == ir::BinOp::Mul &&
        (b.is(Kind::Str) || b.is(Kind::List) || b.is(Kind::Tuple)))
        return repeatSequence(b, a);
    if (a.is(Kind::Set) && b.is(Kind::Set)) {
        Value r = setOp(op, *a.as<SetObject>(), *b.as<SetObject>(), a.as<SetObject>()->frozen());
        if (!r.isNone()) return r;
    }
    if (a.is(Kind::Dict) && b.is(Kind::Dict) && op == ir::BinOp::BitOr) {
        auto out = newDict();
        for (const Value& d : {a, b}) {
            auto* src = d.as<DictObject>();
            for (std::size_t i = src->nextLive(0); i < src->entries().size();
                 i = src->nextLive(i + 1))
                out->set(src->entries()[i].key, src->entries()[i].value);
        }
        return Value(out);
    }
    return userBinary(op, a, b);
}

Value inplace(ir::BinOp op, const Value& a, const Value& b) {
    if (a.is(Kind::List) && op == ir::BinOp::Add) {
        auto* list = a.as<ListObject>();
        std::vector<Value> more = toVector(b);
        for (Value& v : more)
            list->append(std::move(v));
        return a;
    }
    if (a.is(Kind::Set) && b.is(Kind::Set) && !a.as<SetObject>()->frozen() &&
        (op == ir::BinOp::BitOr || op == ir::BinOp::BitAnd || op == ir::BinOp::Sub ||
         op == ir::BinOp::BitXor)) {
        Value r = binary(op, a, b);
        auto* target = a.as<SetObject>();
        target->clear();
        auto* src = r.as<SetObject>();
        for (std::size_t i = src->nextActive(0); i < src->slots().size();
             i = src->nextActive(i + 1))
            target->add(src->slots()[i].key);
        return a;
    }
    if (a.is(Kind::Instance)) {
        static const char* inplaceNames[] = {"__iadd__",     "__isub__", "__imul__", "__imatmul__",
                                             "__itruediv__", "__imod__", "__ipow__", "__ilshift__",
                                             "__irshift__",  "__ior__",  "__ixor__", "__iand__",
                                             "__ifloordiv__"};
        if (Value* fn = a.obj()->type()->lookup(inplaceNames[static_cast<int>(op)]))
            return interp().call(*fn, {a, b});
    }
    return binary(op, a, b);
}

Value unary(ir::UnaryOp op, const Value& v) {
    if (v.isIntLike()) {
        std::int64_t x = v.asInt();
        switch (op) {
        case ir::UnaryOp::Minus:
            if (x == INT64_MIN) intOverflow();
            return Value::integer(-x);
        case ir::UnaryOp::Plus: return Value::integer(x);
        case ir::UnaryOp::Invert: return Value::integer(~x);
        }
    }
    if (v.isFloat()) {
        if (op == ir::UnaryOp::Minus) return Value::real(-v.asFloat());
        if (op == ir::UnaryOp::Plus) return v;
    }
    const char* names[] = {"__invert__", "__pos__", "__neg__"};
    if (v.is(Kind::Instance))
        if (Value* fn = v.obj()->type()->lookup(names[static_cast<int>(op)]))
            return interp().call(*fn, {v});
    const char* symbols[] = {"~", "+", "-"};
    typeError(std::string("bad operand type for unary ") + symbols[static_cast<int>(op)] + ": '" +
              typeName(v) + "'");
}

} // namespace coroscope::interp
