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

double arg(CallArgs& a, std::size_t i) {
    if (i >= a.npos) typeError(std::string(a.name) + "() missing an argument");
    return numberArg(a[i], "must be");
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
    double x = arg(a, 0);
    if (x < 0) domainError();
    return Value::real(std::sqrt(x));
}
Value mathFloor(CallArgs& a) {
    if (a.npos && a[0].isIntLike()) return Value::integer(a[0].asInt());
    return intOf(std::floor(arg(a, 0)));
}
Value mathCeil(CallArgs& a) {
    if (a.npos && a[0].isIntLike()) return Value::integer(a[0].asInt());
    return intOf(std::ceil(arg(a, 0)));
}
Value mathTrunc(CallArgs& a) {
    if (a.npos && a[0].isIntLike()) return Value::integer(a[0].asInt());
    return intOf(std::trunc(arg(a, 0)));
}
Value mathFabs(CallArgs& a) {
    return Value::real(std::fabs(arg(a, 0)));
}
Value mathExp(CallArgs& a) {
    return Value::real(std::exp(arg(a, 0)));
}
Value mathLog(CallArgs& a) {
    double x = arg(a, 0);
    if (x <= 0) domainError();
    if (a.npos > 1) return Value::real(std::log(x) / std::log(arg(a, 1)));
    return Value::real(std::log(x));
}
Value mathLog2(CallArgs& a) {
    double x = arg(a, 0);
    if (x <= 0) domainError();
    return Value::real(std::log2(x));
}
Value mathLog10(CallArgs& a) {
    double x = arg(a, 0);
    if (x <= 0) domainError();
    return Value::real(std::log10(x));
}
Value mathPow(CallArgs& a) {
    return Value::real(pylib::floatPow(arg(a, 0), arg(a, 1)));
}
Value mathSin(CallArgs& a) {
    return Value::real(std::sin(arg(a, 0)));
}
Value mathCos(CallArgs& a) {
    return Value::real(std::cos(arg(a, 0)));
}
Value mathTan(CallArgs& a) {
    return Value::real(std::tan(arg(a, 0)));
}
Value mathAtan2(CallArgs& a) {
    return Value::real(std::atan2(arg(a, 0), arg(a, 1)));
}
Value mathHypot(CallArgs& a) {
    double sum = 0;
    for (std::size_t i = 0; i < a.npos; ++i)
        sum += arg(a, i) * arg(a, i);
    return Value::real(std::sqrt(sum));
}
Value mathIsfinite(CallArgs& a) {
    return Value::boolean(std::isfinite(arg(a, 0)));
}
Value mathIsinf(CallArgs& a) {
    return Value::boolean(std::isinf(arg(a, 0)));
}
Value mathIsnan(CallArgs& a) {
    return Value::boolean(std::isnan(arg(a, 0)));
}
Value mathIsclose(CallArgs& a) {
    a.allowKeywords({"rel_tol", "abs_tol"});
    double x = arg(a, 0), y = arg(a, 1);
    const Value* r = a.kw("rel_tol");
    const Value* t = a.kw("abs_tol");
    double rel = r ? numberArg(*r, "rel_tol") : 1e-9;
    double abs = t ? numberArg(*t, "abs_tol") : 0.0;
    if (x == y) return True();
    double diff = std::fabs(y - x);
    return Value::boolean(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abs);
}
Value mathDegrees(CallArgs& a) {
    return Value::real(arg(a, 0) * 180.0 / M_PI);
}
Value mathRadians(CallArgs& a) {
    return Value::real(arg(a, 0) * M_PI / 180.0);
}
Value mathGcd(CallArgs& a) {
    std::int64_t g = 0;
    for (std::size_t i = 0; i < a.npos; ++i)
        g = std::gcd(g, intArg(a[i], "gcd"));
    return Value::integer(g);
}
Value mathFactorial(CallArgs& a) {
    std::int64_t n = intArg(a[0], "factorial");
    if (n < 0) valueError("factorial() not defined for negative values");
    std::int64_t r = 1;
    for (std::int64_t i = 2; i <= n; ++i)
        if (__builtin_mul_overflow(r, i, &r))
            overflowError("integer overflow: Coroscope's integers have 64 bits");
    return Value::integer(r);
}
Value mathProd(CallArgs& a) {
    Value r = Value::integer(1);
    forEachItem(a[0], [&](const Value& v) {
        r = binary(ir::BinOp::Mul, r, v);
        return true;
    });
    return r;
}
Value mathFsum(CallArgs& a) {
    // Neumaier's compensated sum: exact enough for the values scripts add.
    double sum = 0, c = 0;
    forEachItem(a[0], [&](const Value& v) {
        double x = numberArg(v, "fsum");
        double t = sum + x;
        c += std::fabs(sum) >= std::fabs(x) ? (sum - t) + x : (x - t) + sum;
        sum = t;
        return true;
    });
    return Value::real(sum + c);
}

Value functoolsPartial(CallArgs& a) {
    if (a.npos < 1) typeError("type 'partial' takes at least one argument");
    std::vector<Value> args(a.pos + 1, a.pos + a.npos);
    std::vector<StrObject*> names(a.kwNames, a.kwNames + a.nkw);
    std::vector<Value> values(a.kwValues, a.kwValues + a.nkw);
    return Value(Ref<PartialObject>(
        new PartialObject(a[0], std::move(args), std::move(names), std::move(values))));
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
