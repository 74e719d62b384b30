// SPDX-License-Identifier: MIT
// The random module on pylib's Mersenne Twister: the numbers CPython gives
// for the same seed and calls. Unseeded, it starts from a fixed seed so that
// runs repeat.
#include "script/interp/builtins/builtins.h"
#include "script/interp/modules/modules.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/iter.h"
#include "script/interp/runtime/runtime_state.h"
#include "script/pylib/py_error.h"

namespace coroscope::interp {

namespace {

pylib::Random& rng() {
    return interp().state().random;
}

Value randomSeed(CallArgs& a) {
    const Value* seed = bindArgs<"Random.seed(self, a=None, version=2)">(a)[0];
    if (!seed || seed->isNone()) {
        rng().seed(0x5eed);
        return Value();
    }
    const Value& v = *seed;
    if (v.isIntLike()) {
        rng().seed(v.asInt());
        return Value();
    }
    if (v.isFloat()) {
        rng().seed(hashValue(v));
        return Value();
    }
    typeError("random.seed() in scenarios takes an int (or None); got " + typeName(v));
}

Value randomRandom(CallArgs& a) {
    bindBuiltin<"Random.random()">(a);
    return Value::real(rng().random());
}

Value randomUniform(CallArgs& a) {
    const BoundArgs b = bindArgs<"Random.uniform(self, a, b)">(a);
    return Value::real(rng().uniform(numberArg(*b[0], "a"), numberArg(*b[1], "b")));
}

Value randomRandint(CallArgs& a) {
    const BoundArgs b = bindArgs<"Random.randint(self, a, b)">(a);
    return Value::integer(rng().randint(intArg(*b[0], "a"), intArg(*b[1], "b")));
}

Value randomRandrange(CallArgs& a) {
    const BoundArgs b = bindArgs<"Random.randrange(self, start, stop=None, step=1)">(a);
    if (!b[1] || b[1]->isNone()) return Value::integer(rng().randrange(intArg(*b[0], "stop")));
    std::int64_t step = b[2] ? intArg(*b[2], "step") : 1;
    return Value::integer(rng().randrange(intArg(*b[0], "start"), intArg(*b[1], "stop"), step));
}

std::vector<Value> population(const Value& v) {
    if (v.is(Kind::Set) || v.is(Kind::Dict))
        typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
    if (v.is(Kind::Str)) {
        std::vector<Value> chars;
        forEachItem(v, [&](const Value& c) {
            chars.push_back(c);
            return true;
        });
        return chars;
    }
    return toVector(v);
}

Value randomChoice(CallArgs& a) {
    std::vector<Value> items = population(*bindArgs<"Random.choice(self, seq)">(a)[0]);
    return items[rng().choice(items.size())];
}

Value randomChoices(CallArgs& a) {
    const BoundArgs b =
        bindArgs<"Random.choices(self, population, weights=None, *, cum_weights=None, k=1)">(a);
    std::vector<Value> items = population(*b[0]);
    std::int64_t k = b[3] ? intArg(*b[3], "k") : 1;
    // The picks and the list they become, before either is built.
    pylib::checkResultItems(k, sizeof(std::size_t) + 2 * sizeof(Value));
    const Value* weights = b[1];
    const Value* cum = b[2];
    std::vector<std::size_t> picks;
    auto numbers = [](const Value& v) {
        std::vector<double> out;
        for (const Value& w : toVector(v))
            out.push_back(numberArg(w, "weight"));
        return out;
    };
    if (weights && !weights->isNone()) {
        std::vector<double> w = numbers(*weights);
        if (w.size() != items.size())
            valueError("The number of weights does not match the population");
        picks = rng().choicesWeighted(w, k);
    } else if (cum && !cum->isNone()) {
        std::vector<double> w = numbers(*cum);
        if (w.size() != items.size())
            valueError("The number of weights does not match the population");
        picks = rng().choicesCumulative(w, k);
    } else {
        picks = rng().choices(items.size(), k);
        if (items.empty() && k > 0) indexError("Cannot choose from an empty sequence");
    }
    std::vector<Value> out;
    for (std::size_t i : picks)
        out.push_back(items[i]);
    return Value(newList(std::move(out)));
}

Value randomShuffle(CallArgs& a) {
    const Value& x = *bindArgs<"Random.shuffle(self, x)">(a)[0];
    if (!x.is(Kind::List)) typeError("shuffle() needs a list, not " + typeName(x));
    rng().shuffle(x.as<ListObject>()->items());
    return Value();
}

Value randomSample(CallArgs& a) {
    const BoundArgs b = bindArgs<"Random.sample(self, population, k, *, counts=None)">(a);
    std::vector<Value> items = population(*b[0]);
    std::vector<Value> out;
    for (std::size_t i : rng().sample(items.size(), intArg(*b[1], "k")))
        out.push_back(items[i]);
    return Value(newList(std::move(out)));
}

Value randomGauss(CallArgs& a) {
    const BoundArgs b = bindArgs<"Random.gauss(self, mu=0.0, sigma=1.0)">(a);
    double mu = b[0] ? numberArg(*b[0], "mu") : 0.0;
    double sigma = b[1] ? numberArg(*b[1], "sigma") : 1.0;
    return Value::real(rng().gauss(mu, sigma));
}

Value randomNormal(CallArgs& a) {
    const BoundArgs b = bindArgs<"Random.normalvariate(self, mu=0.0, sigma=1.0)">(a);
    double mu = b[0] ? numberArg(*b[0], "mu") : 0.0;
    double sigma = b[1] ? numberArg(*b[1], "sigma") : 1.0;
    return Value::real(rng().normalvariate(mu, sigma));
}

Value randomExpo(CallArgs& a) {
    const Value& lambd = *bindArgs<"Random.expovariate(self, lambd)">(a)[0];
    return Value::real(rng().expovariate(numberArg(lambd, "lambd")));
}

Value randomTriangular(CallArgs& a) {
    const BoundArgs b = bindArgs<"Random.triangular(self, low=0.0, high=1.0, mode=None)">(a);
    double low = b[0] ? numberArg(*b[0], "low") : 0.0;
    double high = b[1] ? numberArg(*b[1], "high") : 1.0;
    std::optional<double> mode;
    if (b[2] && !b[2]->isNone()) mode = numberArg(*b[2], "mode");
    return Value::real(rng().triangular(low, high, mode));
}

Value randomGetrandbits(CallArgs& a) {
    std::int64_t k = intArg(*bindBuiltin<"Random.getrandbits(k, /)">(a)[0], "k");

    if (k > 63) overflowError("getrandbits() beyond 63 bits is not supported in Coroscope");
    return Value::integer(static_cast<std::int64_t>(rng().getrandbits(k)));
}

} // namespace

Value makeRandomModule() {
    return Value(newModule("random", {{"seed", randomSeed, nullptr},
                                      {"random", randomRandom, nullptr},
                                      {"uniform", randomUniform, nullptr},
                                      {"randint", randomRandint, nullptr},
                                      {"randrange", randomRandrange, nullptr},
                                      {"choice", randomChoice, nullptr},
                                      {"choices", randomChoices, nullptr},
                                      {"shuffle", randomShuffle, nullptr},
                                      {"sample", randomSample, nullptr},
                                      {"gauss", randomGauss, nullptr},
                                      {"normalvariate", randomNormal, nullptr},
                                      {"expovariate", randomExpo, nullptr},
                                      {"triangular", randomTriangular, nullptr},
                                      {"getrandbits", randomGetrandbits, nullptr}}));
}

} // namespace coroscope::interp
