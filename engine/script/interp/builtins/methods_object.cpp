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

Value objectInit(CallArgs& a) {
    bindBuiltin<"object.__init__()">(a);
    return Value();
}

Value iterSelf(CallArgs& a) {
    bindBuiltin<"__iter__()">(a);
    return *a.self;
}

Value iterNext(CallArgs& a) {
    bindBuiltin<"__next__()">(a);
    Value out;
    if (nextItem(*a.self, out)) return out;
    raise(newException(types().StopIteration));
}

GeneratorObject& gen(CallArgs& a) {
    return *a.self->as<GeneratorObject>();
}

Value genSend(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"generator.send(value, /)">(a);
    Value out;
    if (gen(a).resumeSync(*b[0], nullptr, out)) return out;
    raise(newException(types().StopIteration, std::vector<Value>{out}));
}

// throw(typ, val, tb)'s exception.
std::exception_ptr thrownIn(const BoundArgs& b) {
    const Value& v = *b[0];
    if (v.is(Kind::Exception)) return toCpp(Ref<ExceptionObject>(v.as<ExceptionObject>()));
    if (isExceptionClass(v)) {
        std::vector<Value> args;
        if (b[1]) args.push_back(*b[1]);
        return toCpp(newException(v.as<TypeObject>(), std::move(args)));
    }
    typeError("exceptions must be classes or instances deriving from BaseException, not " +
              typeName(v));
}

Value genThrow(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"generator.throw(typ, val=?, tb=?, /)">(a);
    Value out;
    if (gen(a).resumeSync(Value(), thrownIn(b), out)) return out;
    raise(newException(types().StopIteration, std::vector<Value>{out}));
}

Value genClose(CallArgs& a) {
    bindBuiltin<"generator.close()">(a);
    gen(a).close();
    return Value();
}

Value agenAnext(CallArgs& a) {
    bindBuiltin<"async_generator.__anext__()">(a);
    return Value(Ref<AnextAwaitable>(
        new AnextAwaitable(Ref<GeneratorObject>(&gen(a)), AnextAwaitable::Op::Next, Value())));
}

Value agenAsend(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"async_generator.asend(value, /)">(a);
    return Value(Ref<AnextAwaitable>(
        new AnextAwaitable(Ref<GeneratorObject>(&gen(a)), AnextAwaitable::Op::Send, *b[0])));
}

Value agenAthrow(CallArgs& a) {
    const Value& typ = *bindBuiltin<"async_generator.athrow(typ, val=?, tb=?, /)">(a)[0];
    return Value(Ref<AnextAwaitable>(
        new AnextAwaitable(Ref<GeneratorObject>(&gen(a)), AnextAwaitable::Op::Throw, typ)));
}

Value agenAclose(CallArgs& a) {
    bindBuiltin<"async_generator.aclose()">(a);
    return Value(Ref<AnextAwaitable>(
        new AnextAwaitable(Ref<GeneratorObject>(&gen(a)), AnextAwaitable::Op::Close, Value())));
}

Value coroClose(CallArgs& a) {
    bindBuiltin<"coroutine.close()">(a);
    a.self->as<CoroutineObject>()->close();
    return Value();
}

Value intBitLength(CallArgs& a) {
    bindBuiltin<"int.bit_length()">(a);
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
    bindBuiltin<"float.is_integer()">(a);
    double d = a.self->asFloat();
    return Value::boolean(std::isfinite(d) && d == std::trunc(d));
}

Value numberConjugate(CallArgs& a) {
    bindBuiltin<"conjugate()">(a);
    return *a.self;
}

Value exceptionWithTraceback(CallArgs& a) {
    bindBuiltin<"with_traceback(tb, /)">(a);
    return *a.self;
}

Value exceptionAddNote(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"add_note(note, /)">(a);
    if (!b[0]->is(Kind::Str)) typeError("note must be a str, not '" + typeName(*b[0]) + "'");
    auto& d = a.self->as<ExceptionObject>()->dict();
    Value* notes = d.findStr("__notes__");
    if (!notes) {
        d.setStr("__notes__", Value(newList()));
        notes = d.findStr("__notes__");
    }
    notes->as<ListObject>()->append(*b[0]);
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
