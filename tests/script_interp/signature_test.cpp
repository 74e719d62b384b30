// SPDX-License-Identifier: MIT
// Binding a call's arguments to a native's declared signature: which
// argument lands in which slot, and CPython 3.11's exact TypeError text
// when the call does not fit.
#include "script/interp/runtime/exceptions.h"
#include "script/interp/runtime/heap.h"
#include "script/interp/runtime/objects.h"
#include "script/interp/runtime/signature.h"
#include "script/interp/runtime/types.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

using namespace coroscope::interp;

namespace {

class SignatureTest : public ::testing::Test {
protected:
    SignatureTest() { m_types.init(); }

    // A call f(pos..., name=value...) with integer arguments.
    CallArgs call(const std::vector<std::int64_t>& pos,
                  const std::vector<std::pair<std::string, std::int64_t>>& kw = {}) {
        m_pos.clear();
        m_kwNames.clear();
        m_kwValues.clear();
        for (std::int64_t v : pos)
            m_pos.push_back(Value::integer(v));
        for (auto& [n, v] : kw) {
            m_kwNames.push_back(intern(n));
            m_kwValues.push_back(Value::integer(v));
        }
        CallArgs a;
        a.pos = m_pos.data();
        a.npos = static_cast<std::uint32_t>(m_pos.size());
        a.kwNames = m_kwNames.data();
        a.kwValues = m_kwValues.data();
        a.nkw = static_cast<std::uint32_t>(m_kwNames.size());
        a.name = "callee";
        return a;
    }

    // The message of the TypeError binding raises, or "" when it binds.
    static std::string error(const Signature& s, const CallArgs& a) {
        try {
            s.bind(a);
        } catch (const CarriesPyException& e) {
            EXPECT_EQ(e.exception->cls()->name(), "TypeError");
            return exceptionStr(*e.exception);
        }
        return "";
    }

    // A run's heap and builtin types, without the rest of an interpreter.
    Heap m_heap;
    Types m_types;
    std::vector<Value> m_pos;

    std::vector<StrObject*> m_kwNames;
    std::vector<Value> m_kwValues;
};

std::int64_t intOf(const Value* v) {
    return v ? v->asInt() : -1;
}

TEST_F(SignatureTest, PositionalsAndKeywordsLandInDeclarationOrder) {
    Signature s("sleep(delay, result=None)");
    BoundArgs b = s.bind(call({5}));
    EXPECT_EQ(intOf(b[0]), 5);
    EXPECT_EQ(b[1], nullptr);
    EXPECT_TRUE(b.value(1).isNone());
    b = s.bind(call({}, {{"result", 7}, {"delay", 3}}));
    EXPECT_EQ(intOf(b[0]), 3);
    EXPECT_EQ(intOf(b[1]), 7);
}

TEST_F(SignatureTest, DefaultsAreTheDeclaredValues) {
    Signature s("f(a=1, b=2.5, c=True, d='x,y', e=?)");
    BoundArgs b = s.bind(call({}));
    EXPECT_EQ(b.value(0).asInt(), 1);
    EXPECT_DOUBLE_EQ(b.value(1).asFloat(), 2.5);
    EXPECT_TRUE(b.value(2).isBool());
    EXPECT_EQ(b.value(3).as<StrObject>()->str(), "x,y");
    EXPECT_TRUE(b.value(4).isNone());
}

TEST_F(SignatureTest, StarArgsCollectsTheRestAndKeywordOnlyFollow) {
    Signature s("gather(*coros_or_futures, return_exceptions=False)");
    BoundArgs b = s.bind(call({1, 2, 3}, {{"return_exceptions", 1}}));
    ASSERT_EQ(b.restSize(), 3u);
    EXPECT_EQ(b.rest()[2].asInt(), 3);
    EXPECT_EQ(intOf(b[0]), 1);
    EXPECT_EQ(error(s, call({}, {{"x", 1}})), "gather() got an unexpected keyword argument 'x'");
}

TEST_F(SignatureTest, StarStarKwargsTakesTheUnknownKeywords) {
    Signature s("to_thread(func, /, *args, **kwargs)");
    BoundArgs b = s.bind(call({1, 2}, {{"func", 3}, {"z", 4}}));
    EXPECT_EQ(intOf(b[0]), 1);
    EXPECT_EQ(b.restSize(), 1u);
    EXPECT_TRUE(b.extraKeyword(0));
    EXPECT_TRUE(b.extraKeyword(1));
    EXPECT_EQ(error(s, call({})), "to_thread() missing 1 required positional argument: 'func'");
}

TEST_F(SignatureTest, MissingArgumentsAreListedAsCPythonDoes) {
    EXPECT_EQ(error(Signature("sleep(delay, result=None)"), call({})),
              "sleep() missing 1 required positional argument: 'delay'");
    EXPECT_EQ(error(Signature("f(a, b)"), call({})),
              "f() missing 2 required positional arguments: 'a' and 'b'");
    EXPECT_EQ(error(Signature("f(a, b, c)"), call({})),
              "f() missing 3 required positional arguments: 'a', 'b', and 'c'");
    EXPECT_EQ(error(Signature("f(a, b, c)"), call({}, {{"b", 1}})),
              "f() missing 2 required positional arguments: 'a' and 'c'");
    EXPECT_EQ(error(Signature("f(*, k)"), call({})),
              "f() missing 1 required keyword-only argument: 'k'");
}

TEST_F(SignatureTest, TooManyPositionalsAreCountedAsCPythonDoes) {
    EXPECT_EQ(error(Signature("f(a)"), call({1, 2})),
              "f() takes 1 positional argument but 2 were given");
    EXPECT_EQ(error(Signature("f(a, b=None)"), call({1, 2, 3})),
              "f() takes from 1 to 2 positional arguments but 3 were given");
    EXPECT_EQ(error(Signature("f()"), call({1})),
              "f() takes 0 positional arguments but 1 was given");
    EXPECT_EQ(error(Signature("f(a, *, k=1)"), call({1, 2}, {{"k", 3}})),
              "f() takes 1 positional argument but 2 positional arguments (and 1 keyword-only "
              "argument) were given");
}

TEST_F(SignatureTest, AMethodsReceiverCountsInTheMessagesButTakesNoSlot) {
    Signature put("Queue.put_nowait(self, item)");
    EXPECT_EQ(intOf(put.bind(call({4}))[0]), 4);
    EXPECT_EQ(error(put, call({})),
              "Queue.put_nowait() missing 1 required positional argument: 'item'");
    EXPECT_EQ(error(Signature("Event.set(self)"), call({1})),
              "Event.set() takes 1 positional argument but 2 were given");
    EXPECT_EQ(error(Signature("Random.choices(self, population, weights=None, *, k=1)"),
                    call({1, 2, 3, 4})),
              "Random.choices() takes from 2 to 3 positional arguments but 5 were given");
}

TEST_F(SignatureTest, BadKeywordsAreNamed) {
    Signature s("f(a, /, b=None)");
    EXPECT_EQ(error(s, call({1}, {{"x", 1}})), "f() got an unexpected keyword argument 'x'");
    EXPECT_EQ(error(s, call({1, 2}, {{"b", 1}})), "f() got multiple values for argument 'b'");
    EXPECT_EQ(error(s, call({}, {{"a", 1}})),
              "f() got some positional-only arguments passed as keyword arguments: 'a'");
}

TEST_F(SignatureTest, WithoutANameTheCalleeNamesItself) {
    EXPECT_EQ(error(Signature("(a)"), call({})),
              "callee() missing 1 required positional argument: 'a'");
}

TEST_F(SignatureTest, BuiltinsUseTheWordingOfCPythonsCFunctions) {
    const auto c = Signature::Wording::Builtin;
    EXPECT_EQ(error(Signature("len(obj, /)", c), call({1, 2})),
              "len() takes exactly one argument (2 given)");
    EXPECT_EQ(error(Signature("len(obj, /)", c), call({})),
              "len() takes exactly one argument (0 given)");
    EXPECT_EQ(error(Signature("len(obj, /)", c), call({1}, {{"x", 1}})),
              "len() takes no keyword arguments");
    EXPECT_EQ(error(Signature("list.clear()", c), call({1})),
              "list.clear() takes no arguments (1 given)");
    EXPECT_EQ(error(Signature("isinstance(obj, class_or_tuple, /)", c), call({1})),
              "isinstance expected 2 arguments, got 1");
    EXPECT_EQ(error(Signature("get(key, default=None, /)", c), call({})),
              "get expected at least 1 argument, got 0");
    EXPECT_EQ(error(Signature("pop(index=-1, /)", c), call({1, 2})),
              "pop expected at most 1 argument, got 2");
    Signature round("round(number, ndigits=None)", c);
    EXPECT_EQ(error(round, call({})), "round() missing required argument 'number' (pos 1)");
    EXPECT_EQ(error(round, call({1, 2, 3})), "round() takes at most 2 arguments (3 given)");
    EXPECT_EQ(error(round, call({1}, {{"x", 1}})),
              "'x' is an invalid keyword argument for round()");
    EXPECT_EQ(error(Signature("sort(*, key=None, reverse=False)", c), call({1})),
              "sort() takes no positional arguments");
    Signature sorted("sorted(iterable, /, *, key=None, reverse=False)", c);
    EXPECT_EQ(error(sorted, call({})), "sorted expected 1 argument, got 0");
    EXPECT_EQ(error(sorted, call({1, 2})), "sorted expected 1 argument, got 2");
    EXPECT_EQ(error(Signature("min(iterable, /, *args, key=None, default=?)", c), call({})),
              "min expected at least 1 argument, got 0");
    EXPECT_EQ(error(Signature("math.sqrt(x, /)", c), call({})),
              "math.sqrt() takes exactly one argument (0 given)");
    EXPECT_EQ(error(Signature("time.time()", c), call({1})),
              "time.time() takes no arguments (1 given)");
}

TEST_F(SignatureTest, MalformedDeclarationsAreRejectedAtOnce) {
    EXPECT_THROW(Signature("f(a=1, b)"), std::logic_error);
    EXPECT_THROW(Signature("f(a=nope)"), std::logic_error);
    EXPECT_THROW(Signature("f(a"), std::logic_error);
    EXPECT_THROW(Signature("f(a, b, c, d, e, f, g, h, i)"), std::logic_error);
}

} // namespace
