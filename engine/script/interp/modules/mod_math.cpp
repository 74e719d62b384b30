// SPDX-License-Identifier: MIT
// The math module (the functions scripts use) and functools.partial.
#include "script/interp/builtins/builtins.h"
#include "script/interp/modules/modules.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/iter.h"
#include "script/pylib/numeric.h"

#include <cmath>
#include <numeric>

namespace coroscope::interp {

namespace {

double num(const Value* v) {
    return numberArg(*v, "must be");
}

[[noreturn]] void domainError() {
    valueError("math domain error");
}

Value intOf(double d) {
    auto r = pylib::floatToInt(d);
    if (!r) overflowError("integer overflow: Coroscope's integers have 64 bits");
    return Value::integer(*r);
}

Value mathSqrt(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"math.sqrt(x, /)">(a);
    double x = num(b[0]);
    if (x < 0) domainError();
    return Value::real(std::sqrt(x));
}
Value mathFloor(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"math.floor(x, /)">(a);
    if (b[0]->isIntLike()) return Value::integer(b[0]->asInt());
    return intOf(std::floor(num(b[0])));
}
Value mathCeil(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"math.ceil(x, /)">(a);
    if (b[0]->isIntLike()) return Value::integer(b[0]->asInt());
    return intOf(std::ceil(num(b[0])));
}
Value mathTrunc(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"math.trunc(x, /)">(a);
    if (b[0]->isIntLike()) return Value::integer(b[0]->asInt());
    return intOf(std::trunc(num(b[0])));
}
Value mathFabs(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"math.fabs(x, /)">(a);
    return Value::real(std::fabs(num(b[0])));
}
Value mathExp(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"math.exp(x, /)">(a);
    return Value::real(std::exp(num(b[0])));
}
Value mathLog(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"math.log(x, base=?, /)">(a);
    double x = num(b[0]);
    if (x <= 0) domainError();
    if (b[1]) return Value::real(std::log(x) / std::log(num(b[1])));
    return Value::real(std::log(x));
}
Value mathLog2(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"math.log2(x, /)">(a);
    double x = num(b[0]);
    if (x <= 0) domainError();
    return Value::real(std::log2(x));
}
Value mathLog10(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"math.log10(x, /)">(a);
    double x = num(b[0]);
    if (x <= 0) domainError();
    return Value::real(std::log10(x));
}
Value mathPow(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"math.pow(x, y, /)">(a);
    return Value::real(pylib::floatPow(num(b[0]), num(b[1])));
}
Value mathSin(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"math.sin(x, /)">(a);
    return Value::real(std::sin(num(b[0])));
}
Value mathCos(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"math.cos(x, /)">(a);
    return Value::real(std::cos(num(b[0])));
}
Value mathTan(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"math.tan(x, /)">(a);
    return Value::real(std::tan(num(b[0])));
}
Value mathAtan2(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"math.atan2(y, x, /)">(a);
    return Value::real(std::atan2(num(b[0]), num(b[1])));
}
Value mathHypot(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"math.hypot(*coordinates)">(a);
    double sum = 0;
    for (std::size_t i = 0; i < b.restSize(); ++i)
        sum += num(&b.rest()[i]) * num(&b.rest()[i]);
    return Value::real(std::sqrt(sum));
}
Value mathIsfinite(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"math.isfinite(x, /)">(a);
    return Value::boolean(std::isfinite(num(b[0])));
}
Value mathIsinf(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"math.isinf(x, /)">(a);
    return Value::boolean(std::isinf(num(b[0])));
}
Value mathIsnan(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"math.isnan(x, /)">(a);
    return Value::boolean(std::isnan(num(b[0])));
}
Value mathIsclose(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)">(a);
    double x = num(b[0]), y = num(b[1]);
    const Value* r = b[2];
    const Value* t = b[3];

    double rel = r ? numberArg(*r, "rel_tol") : 1e-9;
    double abs = t ? numberArg(*t, "abs_tol") : 0.0;
    if (x == y) return True();
    double diff = std::fabs(y - x);
    return Value::boolean(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abs);
}
Value mathDegrees(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"math.degrees(x, /)">(a);
    return Value::real(num(b[0]) * 180.0 / M_PI);
}
Value mathRadians(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"math.radians(x, /)">(a);
    return Value::real(num(b[0]) * M_PI / 180.0);
}
Value mathGcd(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"math.gcd(*integers)">(a);
    std::int64_t g = 0;
    for (std::size_t i = 0; i < b.restSize(); ++i)
        g = std::gcd(g, intArg(b.rest()[i], "gcd"));
    return Value::integer(g);
}
Value mathFactorial(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"math.factorial(n, /)">(a);
    std::int64_t n = intArg(*b[0], "factorial");
    if (n < 0) valueError("factorial() not defined for negative values");
    std::int64_t r = 1;
    for (std::int64_t i = 2; i <= n; ++i)
        if (__builtin_mul_overflow(r, i, &r))
            overflowError("integer overflow: Coroscope's integers have 64 bits");
    return Value::integer(r);
}
Value mathProd(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"math.prod(iterable, /, *, start=1)">(a);
    Value r = b.value(1);
    forEachItem(*b[0], [&](const Value& v) {
        r = binary(ir::BinOp::Mul, r, v);
        return true;
    });
    return r;
}
Value mathFsum(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"math.fsum(seq, /)">(a);
    // Neumaier's compensated sum: exact enough for the values scripts add.
    double sum = 0, c = 0;
    forEachItem(*b[0], [&](const Value& v) {
        double x = numberArg(v, "fsum");
        double t = sum + x;
        c += std::fabs(sum) >= std::fabs(x) ? (sum - t) + x : (x - t) + sum;
        sum = t;
        return true;
    });
    return Value::real(sum + c);
}

Value functoolsPartial(CallArgs& a) {
    const BoundArgs b = bindArgs<"partial(func, /, *args, **keywords)">(a);
    ForwardedArgs f = forwardedArgs(b, a);
    Value function = *b[0];
    if (function.is(Kind::Partial)) {
        // A partial of a partial is flattened, as CPython does: calling a
        // chain of a hundred thousand is one call, not a recursion.
        auto* inner = function.as<PartialObject>();
        std::vector<Value> args = inner->args;
        args.insert(args.end(), f.args.begin(), f.args.end());
        std::vector<StrObject*> names;
        std::vector<Value> values;
        for (std::size_t i = 0; i < inner->kwNames.size(); ++i) {
            bool overridden = false;
            for (StrObject* n : f.kwNames)
                overridden |= n == inner->kwNames[i] || n->str() == inner->kwNames[i]->str();
            if (overridden) continue;
            names.push_back(inner->kwNames[i]);
            values.push_back(inner->kwValues[i]);
        }
        names.insert(names.end(), f.kwNames.begin(), f.kwNames.end());
        values.insert(values.end(), f.kwValues.begin(), f.kwValues.end());
        f.args = std::move(args);
        f.kwNames = std::move(names);
        f.kwValues = std::move(values);
        function = inner->function;
    }
    return Value(Ref<PartialObject>(new PartialObject(
        std::move(function), std::move(f.args), std::move(f.kwNames), std::move(f.kwValues))));
}

} // namespace

Value makeMathModule() {
    Ref<ModuleObject> m = newModule("math", {{"sqrt", mathSqrt, nullptr},
                                             {"floor", mathFloor, nullptr},
                                             {"ceil", mathCeil, nullptr},
                                             {"trunc", mathTrunc, nullptr},
                                             {"fabs", mathFabs, nullptr},
                                             {"exp", mathExp, nullptr},
                                             {"log", mathLog, nullptr},
                                             {"log2", mathLog2, nullptr},
                                             {"log10", mathLog10, nullptr},
                                             {"pow", mathPow, nullptr},
                                             {"sin", mathSin, nullptr},
                                             {"cos", mathCos, nullptr},
                                             {"tan", mathTan, nullptr},
                                             {"atan2", mathAtan2, nullptr},
                                             {"hypot", mathHypot, nullptr},
                                             {"isfinite", mathIsfinite, nullptr},
                                             {"isinf", mathIsinf, nullptr},
                                             {"isnan", mathIsnan, nullptr},
                                             {"isclose", mathIsclose, nullptr},
                                             {"degrees", mathDegrees, nullptr},
                                             {"radians", mathRadians, nullptr},
                                             {"gcd", mathGcd, nullptr},
                                             {"factorial", mathFactorial, nullptr},
                                             {"prod", mathProd, nullptr},
                                             {"fsum", mathFsum, nullptr}});
    DictObject& d = m->dict();
    d.setStr("pi", Value::real(M_PI));
    d.setStr("e", Value::real(M_E));
    d.setStr("tau", Value::real(2 * M_PI));
    d.setStr("inf", Value::real(INFINITY));
    d.setStr("nan", Value::real(NAN));
    return Value(m);
}

Value makeFunctoolsModule() {
    TypeObject* p = types().moduleType("functools.partial", "partial");
    p->dict().setStr("__new__", Value(newNative("__new__", functoolsPartial)));
    Ref<ModuleObject> m = newModule("functools", {});
    m->dict().setStr("partial", Value(p));
    return Value(m);
}

} // namespace coroscope::interp
