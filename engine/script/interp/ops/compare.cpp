// SPDX-License-Identifier: MIT
// Truth, equality, ordering, membership and hashing.
#include "script/interp/eval/interp.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/iter.h"
#include "script/interp/runtime/recursion.h"
#include "script/interp/runtime/set_object.h"

#include <cmath>
#include <cstring>
#include <vector>

namespace coroscope::interp {

namespace {

constexpr std::uint64_t kHashModulus = (1ull << 61) - 1;
constexpr int kHashBits = 61;

Value* userMethod(const Value& v, const char* name) {
    if (!v.is(Kind::Instance) && !v.is(Kind::Exception)) return nullptr;
    return v.obj()->type()->lookup(name);
}

// int vs float compared exactly, as CPython does (no rounding of the int).
int compareIntFloat(std::int64_t i, double d) {
    if (std::isnan(d)) return 2; // unordered
    if (d >= 9223372036854775808.0) return -1;
    if (d < -9223372036854775808.0) return 1;
    double t = std::trunc(d);
    auto ti = static_cast<std::int64_t>(t);
    if (i != ti) return i < ti ? -1 : 1;
    if (d == t) return 0;
    return d > t ? -1 : 1;
}

// -1, 0, 1, or 2 for unordered (NaN); numbers only.
int compareNumbers(const Value& a, const Value& b) {
    if (a.isIntLike() && b.isIntLike())
        return a.asInt() < b.asInt() ? -1 : a.asInt() > b.asInt() ? 1 : 0;
    if (a.isFloat() && b.isFloat()) {
        double x = a.asFloat(), y = b.asFloat();
        if (std::isnan(x) || std::isnan(y)) return 2;
        return x < y ? -1 : x > y ? 1 : 0;
    }
    if (a.isIntLike()) return compareIntFloat(a.asInt(), b.asFloat());
    int r = compareIntFloat(b.asInt(), a.asFloat());
    return r == 2 ? 2 : -r;
}

bool sequenceEquals(const std::vector<Value>& x, const std::vector<Value>& y) {
    if (x.size() != y.size()) return false;
    for (std::size_t i = 0; i < x.size(); ++i)
        if (!equals(x[i], y[i])) return false;
    return true;
}

const char* symbolOf(ir::CmpOp op) {
    switch (op) {
    case ir::CmpOp::Lt: return "<";
    case ir::CmpOp::LtE: return "<=";
    case ir::CmpOp::Gt: return ">";
    case ir::CmpOp::GtE: return ">=";
    default: return "==";
    }
}

bool isSubset(SetObject& a, SetObject& b) {
    if (a.size() > b.size()) return false;
    for (std::size_t i = a.nextActive(0); i < a.slots().size(); i = a.nextActive(i + 1))
        if (!b.contains(a.slots()[i].key)) return false;
    return true;
}

// a <op> b for <, <=, >, >=.
bool order(ir::CmpOp op, const Value& a, const Value& b) {
    auto result = [op](int c) {
        if (c == 2) return false;
        switch (op) {
        case ir::CmpOp::Lt: return c < 0;
        case ir::CmpOp::LtE: return c <= 0;
        case ir::CmpOp::Gt: return c > 0;
        default: return c >= 0;
        }
    };
    if (a.isNumber() && b.isNumber()) return result(compareNumbers(a, b));
    if (a.is(Kind::Str) && b.is(Kind::Str)) {
        // UTF-8 byte order is code point order.
        int c = a.as<StrObject>()->str().compare(b.as<StrObject>()->str());
        return result(c < 0 ? -1 : c > 0 ? 1 : 0);
    }
    // What is left may recurse: into items, into a user's method.
    RecursionGuard guard(kInComparison);
    if ((a.is(Kind::List) && b.is(Kind::List)) || (a.is(Kind::Tuple) && b.is(Kind::Tuple))) {
        const auto& x = a.as<SequenceObject>()->items();
        const auto& y = b.as<SequenceObject>()->items();
        std::size_t n = std::min(x.size(), y.size());
        for (std::size_t i = 0; i < n; ++i)
            if (!equals(x[i], y[i])) return order(op, x[i], y[i]);
        return result(x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0);
    }
    if (a.is(Kind::Set) && b.is(Kind::Set)) {
        auto* x = a.as<SetObject>();
        auto* y = b.as<SetObject>();
        switch (op) {
        case ir::CmpOp::Lt: return x->size() < y->size() && isSubset(*x, *y);
        case ir::CmpOp::LtE: return isSubset(*x, *y);
        case ir::CmpOp::Gt: return y->size() < x->size() && isSubset(*y, *x);
        default: return isSubset(*y, *x);
        }
    }
    static const char* names[] = {"__lt__", "__le__", "__gt__", "__ge__"};
    static const char* reflected[] = {"__gt__", "__ge__", "__lt__", "__le__"};
    int k = op == ir::CmpOp::Lt ? 0 : op == ir::CmpOp::LtE ? 1 : op == ir::CmpOp::Gt ? 2 : 3;
    if (Value* fn = userMethod(a, names[k])) return truthy(interp().call(*fn, {a, b}));
    if (Value* fn = userMethod(b, reflected[k])) return truthy(interp().call(*fn, {b, a}));
    typeError(std::string("'") + symbolOf(op) + "' not supported between instances of '" +
              typeName(a) + "' and '" + typeName(b) + "'");
}

// CPython's tuplehash (xxHash's round). Tuples nested in tuples (a
// hundred thousand deep) are hashed with a stack of their own, not by
// recursion.
std::int64_t hashTuple(const TupleObject& outer) {
    constexpr std::uint64_t p1 = 11400714785074694791ull;
    constexpr std::uint64_t p2 = 14029467366897019727ull;
    constexpr std::uint64_t p5 = 2870177450012600261ull;
    struct Level {
        const TupleObject* tuple;
        std::size_t next;
        std::uint64_t acc;
    };
    std::vector<Level> levels{{&outer, 0, p5}};
    std::int64_t done = 0; // the hash of the tuple that just finished
    bool returning = false;
    for (;;) {
        Level& level = levels.back();
        const auto& items = level.tuple->items();
        if (returning) {
            auto lane = static_cast<std::uint64_t>(done);
            level.acc += lane * p2;
            level.acc = (level.acc << 31) | (level.acc >> 33);
            level.acc *= p1;
            returning = false;
        }
        if (level.next == items.size()) {
            std::uint64_t acc = level.acc + (items.size() ^ (p5 ^ 3527539ull));
            done =
                acc == static_cast<std::uint64_t>(-1) ? 1546275796 : static_cast<std::int64_t>(acc);
            levels.pop_back();
            if (levels.empty()) return done;
            returning = true;
            continue;
        }
        const Value& item = items[level.next++];
        if (item.is(Kind::Tuple)) {
            levels.push_back({item.as<TupleObject>(), 0, p5}); // invalidates `level`
            continue;
        }
        done = hashValue(item);
        returning = true;
    }
}

} // namespace

bool truthy(const Value& v) {
    switch (v.tag()) {
    case Value::Tag::None:
    case Value::Tag::Unbound: return false;
    case Value::Tag::Bool:
    case Value::Tag::Int: return v.asInt() != 0;
    case Value::Tag::Float: return v.asFloat() != 0.0;
    case Value::Tag::Object: break;
    }
    switch (v.obj()->kind()) {
    case Kind::Str: return !v.as<StrObject>()->str().empty();
    case Kind::List:
    case Kind::Tuple: return v.as<SequenceObject>()->size() != 0;
    case Kind::Dict: return v.as<DictObject>()->size() != 0;
    case Kind::Set: return v.as<SetObject>()->size() != 0;
    case Kind::Range: return v.as<RangeObject>()->length() != 0;
    case Kind::Instance:
        if (Value* fn = userMethod(v, "__bool__")) return truthy(interp().call(*fn, {v}));
        if (Value* fn = userMethod(v, "__len__")) return truthy(interp().call(*fn, {v}));
        return true;
    default: {
        if (Value* fn = v.obj()->type()->lookup("__len__")) return truthy(interp().call(*fn, {v}));
        return true;
    }
    }
}

bool equals(const Value& a, const Value& b) {
    if (a.isNumber() && b.isNumber()) return compareNumbers(a, b) == 0;
    if (a.identical(b)) return true;
    if (!a.isObject() || !b.isObject()) {
        RecursionGuard guard(kInComparison);
        if (a.isObject() && userMethod(a, "__eq__"))
            return truthy(interp().call(*userMethod(a, "__eq__"), {a, b}));
        if (b.isObject() && userMethod(b, "__eq__"))
            return truthy(interp().call(*userMethod(b, "__eq__"), {b, a}));
        return false;
    }
    Kind ka = a.obj()->kind(), kb = b.obj()->kind();
    if (ka == Kind::Str && kb == Kind::Str) {
        auto* x = a.as<StrObject>();
        auto* y = b.as<StrObject>();
        return x->hash() == y->hash() && x->str() == y->str();
    }
    // What is left may recurse: into items, into a user's method.
    RecursionGuard guard(kInComparison);
    if (ka != kb) {
        if (Value* fn = userMethod(a, "__eq__")) return truthy(interp().call(*fn, {a, b}));
        if (Value* fn = userMethod(b, "__eq__")) return truthy(interp().call(*fn, {b, a}));
        return false;
    }
    switch (ka) {
    case Kind::List:
    case Kind::Tuple:
        return sequenceEquals(a.as<SequenceObject>()->items(), b.as<SequenceObject>()->items());
    case Kind::Dict: {
        auto* x = a.as<DictObject>();
        auto* y = b.as<DictObject>();
        if (x->size() != y->size()) return false;
        for (std::size_t i = x->nextLive(0); i < x->entries().size(); i = x->nextLive(i + 1)) {
            Value* other = y->find(x->entries()[i].key);
            if (!other || !equals(x->entries()[i].value, *other)) return false;
        }
        return true;
    }
    case Kind::Set: {
        auto* x = a.as<SetObject>();
        auto* y = b.as<SetObject>();
        return x->size() == y->size() && isSubset(*x, *y);
    }
    case Kind::Range: {
        auto* x = a.as<RangeObject>();
        auto* y = b.as<RangeObject>();
        std::int64_t n = x->length();
        if (n != y->length()) return false;
        if (n == 0) return true;
        if (x->start() != y->start()) return false;
        return n == 1 || x->step() == y->step();
    }
    case Kind::Instance:
    case Kind::Exception:
        if (Value* fn = userMethod(a, "__eq__")) return truthy(interp().call(*fn, {a, b}));
        return false;
    default: return false;
    }
}

bool lessThan(const Value& a, const Value& b) {
    return order(ir::CmpOp::Lt, a, b);
}

bool compare(ir::CmpOp op, const Value& a, const Value& b) {
    switch (op) {
    case ir::CmpOp::Eq: return equals(a, b);
    case ir::CmpOp::NotEq:
        if (Value* fn = userMethod(a, "__ne__")) {
            RecursionGuard guard(kInComparison);
            return truthy(interp().call(*fn, {a, b}));
        }
        return !equals(a, b);
    case ir::CmpOp::Is: return a.identical(b);
    case ir::CmpOp::IsNot: return !a.identical(b);
    case ir::CmpOp::In: return contains(b, a);
    case ir::CmpOp::NotIn: return !contains(b, a);
    default: return order(op, a, b);
    }
}

bool contains(const Value& container, const Value& item) {
    if (container.isObject()) {
        switch (container.obj()->kind()) {
        case Kind::Str:
            if (!item.is(Kind::Str))
                typeError("'in <string>' requires string as left operand, not " + typeName(item));
            return container.as<StrObject>()->str().find(item.as<StrObject>()->str()) !=
                   std::string::npos;
        case Kind::List:
        case Kind::Tuple:
            for (const Value& v : container.as<SequenceObject>()->items())
                if (v.identical(item) || equals(v, item)) return true;
            return false;
        case Kind::Dict: return container.as<DictObject>()->contains(item);
        case Kind::Set: return container.as<SetObject>()->contains(item);
        case Kind::Range: {
            if (!item.isIntLike()) break;
            auto* r = container.as<RangeObject>();
            std::int64_t v = item.asInt();
            if (r->step() > 0 ? (v < r->start() || v >= r->stop())
                              : (v > r->start() || v <= r->stop()))
                return false;
            return (v - r->start()) % r->step() == 0;
        }
        default:
            if (Value* fn = container.obj()->type()->lookup("__contains__"))
                return truthy(interp().call(*fn, {container, item}));
            break;
        }
    }
    bool found = false;
    forEachItem(container, [&](const Value& v) {
        found = v.identical(item) || equals(v, item);
        return !found;
    });
    return found;
}

std::int64_t hashInt(std::int64_t i) {
    std::uint64_t m = i < 0 ? 0 - static_cast<std::uint64_t>(i) : static_cast<std::uint64_t>(i);
    m %= kHashModulus;
    auto r = i < 0 ? -static_cast<std::int64_t>(m) : static_cast<std::int64_t>(m);
    return r == -1 ? -2 : r;
}

std::int64_t hashFloat(double v) {
    if (!std::isfinite(v)) return std::isinf(v) ? (v > 0 ? 314159 : -314159) : 0;
    int e;
    double m = std::frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    std::uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
        m *= 268435456.0;
        e -= 28;
        auto y = static_cast<std::uint64_t>(m);
        m -= static_cast<double>(y);
        x += y;
        if (x >= kHashModulus) x -= kHashModulus;
    }
    e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
    x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
    auto r = static_cast<std::int64_t>(x) * sign;
    return r == -1 ? -2 : r;
}

std::int64_t hashValue(const Value& v) {
    switch (v.tag()) {
    case Value::Tag::None:
    case Value::Tag::Unbound: return 0x5ca1ab1e;
    case Value::Tag::Bool:
    case Value::Tag::Int: return hashInt(v.asInt());
    case Value::Tag::Float: {
        double d = v.asFloat();
        if (d == std::trunc(d) && std::fabs(d) < 9.2e18)
            return hashInt(static_cast<std::int64_t>(d));
        return hashFloat(d);
    }
    case Value::Tag::Object: break;
    }
    switch (v.obj()->kind()) {
    case Kind::Str: return v.as<StrObject>()->hash();
    case Kind::Tuple: return hashTuple(*v.as<TupleObject>());
    case Kind::List:
    case Kind::Dict: typeError("unhashable type: '" + typeName(v) + "'");
    case Kind::Set:
        if (!v.as<SetObject>()->frozen()) typeError("unhashable type: 'set'");
        {
            std::int64_t h = 1927868237;
            auto* s = v.as<SetObject>();
            for (std::size_t i = s->nextActive(0); i < s->slots().size(); i = s->nextActive(i + 1))
                // Unsigned: the product wraps, as in CPython, without overflow.
                h ^= static_cast<std::int64_t>(static_cast<std::uint64_t>(s->slots()[i].hash) *
                                               3644798167ull);
            return h == -1 ? -2 : h;
        }
    case Kind::Instance: {
        if (Value* fn = userMethod(v, "__hash__")) {
            if (fn->isNone()) typeError("unhashable type: '" + typeName(v) + "'");
            Value h = interp().call(*fn, {v});
            if (!h.isIntLike()) typeError("__hash__ method should return an integer");
            return hashInt(h.asInt());
        }
        if (userMethod(v, "__eq__")) typeError("unhashable type: '" + typeName(v) + "'");
        break;
    }
    default: break;
    }
    // Identity: the order in which objects were first hashed, not their
    // address, so that sets of objects iterate the same way every run.
    std::int64_t id = types().identityOf(v.obj());
    return id * 16 + 1;
}

} // namespace coroscope::interp
