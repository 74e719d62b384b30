// SPDX-License-Identifier: MIT
// Methods of the remaining builtin types: object, the iterators, generators,
// async generators and coroutines, int and float, and exceptions.
#include "script/interp/builtins/builtins.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/generator.h"
#include "script/interp/runtime/iter.h"

#include <cmath>

namespace coroscope::interp {

namespace {

Value objectInit(CallArgs&) {
    return Value();
}

Value iterSelf(CallArgs& a) {
    return *a.self;
}

Value iterNext(CallArgs& a) {
    Value out;
    if (nextItem(*a.self, out)) return out;
    raise(newException(types().StopIteration));
}

GeneratorObject& gen(CallArgs& a) {
    return *a.self->as<GeneratorObject>();
}

Value genSend(CallArgs& a) {
    a.expect(1, 1);
    Value out;
    if (gen(a).resumeSync(a[0], nullptr, out)) return out;
    raise(newException(types().StopIteration, std::vector<Value>{out}));
}

std::exception_ptr thrownIn(CallArgs& a) {
    const Value& v = a[0];
    if (v.is(Kind::Exception)) return toCpp(Ref<ExceptionObject>(v.as<ExceptionObject>()));
    if (isExceptionClass(v)) {
        std::vector<Value> args;
        if (a.npos > 1) args.push_back(a[1]);
        return toCpp(newException(v.as<TypeObject>(), std::move(args)));
    }
    typeError("exceptions must be classes or instances deriving from BaseException, not " +
              typeName(v));
}

Value genThrow(CallArgs& a) {
    a.expect(1, 3);
    Value out;
    if (gen(a).resumeSync(Value(), thrownIn(a), out)) return out;
    raise(newException(types().StopIteration, std::vector<Value>{out}));
}

Value genClose(CallArgs& a) {
    gen(a).close();
    return Value();
}

Value agenAnext(CallArgs& a) {
    return Value(Ref<AnextAwaitable>(
        new AnextAwaitable(Ref<GeneratorObject>(&gen(a)), AnextAwaitable::Op::Next, Value())));
}

Value agenAsend(CallArgs& a) {
    a.expect(1, 1);
    return Value(Ref<AnextAwaitable>(
        new AnextAwaitable(Ref<GeneratorObject>(&gen(a)), AnextAwaitable::Op::Send, a[0])));
}

Value agenAthrow(CallArgs& a) {
    a.expect(1, 3);
    return Value(Ref<AnextAwaitable>(
        new AnextAwaitable(Ref<GeneratorObject>(&gen(a)), AnextAwaitable::Op::Throw, a[0])));
}

Value agenAclose(CallArgs& a) {
    return Value(Ref<AnextAwaitable>(
        new AnextAwaitable(Ref<GeneratorObject>(&gen(a)), AnextAwaitable::Op::Close, Value())));
}

Value coroClose(CallArgs& a) {
    a.self->as<CoroutineObject>()->close();
    return Value();
}

Value intBitLength(CallArgs& a) {
    std::int64_t v = a.self->asInt();
    std::uint64_t m = v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    int n = 0;
    while (m) {
        ++n;
        m >>= 1;
    }
    return Value::integer(n);
}

Value floatIsInteger(CallArgs& a) {
    double d = a.self->asFloat();
    return Value::boolean(std::isfinite(d) && d == std::trunc(d));
}

Value numberConjugate(CallArgs& a) {
    return *a.self;
}

Value exceptionWithTraceback(CallArgs& a) {
    return *a.self;
}

Value exceptionAddNote(CallArgs& a) {
    a.expect(1, 1);
    if (!a[0].is(Kind::Str)) typeError("note must be a str, not '" + typeName(a[0]) + "'");
    auto& d = a.self->as<ExceptionObject>()->dict();
    Value* notes = d.findStr("__notes__");
    if (!notes) {
        d.setStr("__notes__", Value(newList()));
        notes = d.findStr("__notes__");
    }
    notes->as<ListObject>()->append(a[0]);
    return Value();
}

} // namespace

void initObjectMethods() {
    Types& t = types();
    addMethod(t.object, "__init__", objectInit);
    addMethod(t.iterator, "__iter__", iterSelf);
    addMethod(t.iterator, "__next__", iterNext);
    addMethod(t.generator, "__iter__", iterSelf);
    addMethod(t.generator, "__next__", iterNext);
    addMethod(t.generator, "send", genSend);
    addMethod(t.generator, "throw", genThrow);
    addMethod(t.generator, "close", genClose);
    addMethod(t.asyncGenerator, "__aiter__", iterSelf);
    addMethod(t.asyncGenerator, "__anext__", agenAnext);
    addMethod(t.asyncGenerator, "asend", agenAsend);
    addMethod(t.asyncGenerator, "athrow", agenAthrow);
    addMethod(t.asyncGenerator, "aclose", agenAclose);
    addMethod(t.coroutine, "close", coroClose);
    addMethod(t.intType, "bit_length", intBitLength);
    addMethod(t.intType, "conjugate", numberConjugate);
    addMethod(t.floatType, "is_integer", floatIsInteger);
    addMethod(t.floatType, "conjugate", numberConjugate);
    addMethod(t.BaseException, "with_traceback", exceptionWithTraceback);
    addMethod(t.BaseException, "add_note", exceptionAddNote);
}

} // namespace coroscope::interp
