// SPDX-License-Identifier: MIT
// The random module on pylib's Mersenne Twister: the numbers CPython gives
// for the same seed and calls. Unseeded, it starts from a fixed seed so that
// runs repeat.
#include "script/interp/builtins/builtins.h"
#include "script/interp/modules/modules.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/iter.h"
#include "script/interp/runtime/runtime_state.h"

namespace coroscope::interp {

namespace {

pylib::Random& rng() {
    return interp().state().random;
}

Value randomSeed(CallArgs& a) {
    a.expect(0, 2);
    if (a.npos == 0 || a[0].isNone()) {
        rng().seed(0x5eed);
        return Value();
    }
    const Value& v = a[0];
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
    a.expect(0, 0);
    return Value::real(rng().random());
}

Value randomUniform(CallArgs& a) {
    a.expect(2, 2);
    return Value::real(rng().uniform(numberArg(a[0], "a"), numberArg(a[1], "b")));
}

Value randomRandint(CallArgs& a) {
    a.expect(2, 2);
    return Value::integer(rng().randint(intArg(a[0], "a"), intArg(a[1], "b")));
}

Value randomRandrange(CallArgs& a) {
    a.expect(1, 3);
    if (a.npos == 1) return Value::integer(rng().randrange(intArg(a[0], "stop")));
    std::int64_t step = a.npos == 3 ? intArg(a[2], "step") : 1;
    return Value::integer(rng().randrange(intArg(a[0], "start"), intArg(a[1], "stop"), step));
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
    a.expect(1, 1);
    std::vector<Value> items = population(a[0]);
    return items[rng().choice(items.size())];
}

Value randomChoices(CallArgs& a) {
    a.allowKeywords({"weights", "cum_weights", "k"});
    a.expect(1, 2);
    std::vector<Value> items = population(a[0]);
    const Value* kArg = a.kw("k");
    std::int64_t k = kArg ? intArg(*kArg, "k") : 1;
    const Value* weights = a.npos > 1 ? &a[1] : a.kw("weights");
    const Value* cum = a.kw("cum_weights");
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
    a.expect(1, 1);
    if (!a[0].is(Kind::List)) typeError("shuffle() needs a list, not " + typeName(a[0]));
    rng().shuffle(a[0].as<ListObject>()->items());
    return Value();
}

Value randomSample(CallArgs& a) {
    a.allowKeywords({"k", "counts"});
    a.expect(1, 2);
    std::vector<Value> items = population(a[0]);
    const Value* kArg = a.npos > 1 ? &a[1] : a.kw("k");
    if (!kArg) typeError("sample() missing 1 required positional argument: 'k'");
    std::vector<Value> out;
    for (std::size_t i : rng().sample(items.size(), intArg(*kArg, "k")))
        out.push_back(items[i]);
    return Value(newList(std::move(out)));
}

Value randomGauss(CallArgs& a) {
    a.expect(0, 2);
    double mu = a.npos > 0 ? numberArg(a[0], "mu") : 0.0;
    double sigma = a.npos > 1 ? numberArg(a[1], "sigma") : 1.0;
    return Value::real(rng().gauss(mu, sigma));
}

Value randomNormal(CallArgs& a) {
    a.expect(0, 2);
    double mu = a.npos > 0 ? numberArg(a[0], "mu") : 0.0;
    double sigma = a.npos > 1 ? numberArg(a[1], "sigma") : 1.0;
    return Value::real(rng().normalvariate(mu, sigma));
}

Value randomExpo(CallArgs& a) {
    a.expect(1, 1);
    return Value::real(rng().expovariate(numberArg(a[0], "lambd")));
}

Value randomTriangular(CallArgs& a) {
    a.expect(0, 3);
    double low = a.npos > 0 ? numberArg(a[0], "low") : 0.0;
    double high = a.npos > 1 ? numberArg(a[1], "high") : 1.0;
    std::optional<double> mode;
    if (a.npos > 2 && !a[2].isNone()) mode = numberArg(a[2], "mode");
    return Value::real(rng().triangular(low, high, mode));
}

Value randomGetrandbits(CallArgs& a) {
    a.expect(1, 1);
    std::int64_t k = intArg(a[0], "k");
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
