// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <utility>
#include <vector>

// CPython 3.11's random.Random: the same Mersenne Twister, seeding and
// algorithms, so a script gets exactly the numbers CPython gives it for the
// same seed and calls. Sequence functions work on indices: choice(n) returns
// the index CPython's choice would pick from a sequence of length n. Errors
// throw pylib::Error with CPython's class and message.
namespace coroscope::pylib {

class Random {
public:
    // As random.Random(seed). CPython seeds a Random made without a seed
    // (and the module's functions) from the OS; the interpreter chooses that
    // seed and passes it here.
    explicit Random(int64_t seed = 0);

    // seed(a) for an int: all bits of abs(a) are used.
    void seed(int64_t a);
    // seed(a) for an int of any size, given abs(a) as 32-bit words, least
    // significant first (no words for 0).
    void seedWords(std::span<const uint32_t> magnitude);

    // The next 32 random bits (genrand_uint32).
    uint32_t nextUint32();
    // random(): [0.0, 1.0) with 53 random bits.
    double random();
    // getrandbits(k) for 0 <= k <= 64 (ValueError "number of bits must be
    // non-negative"; OverflowError for k > 64, see getrandbitsWords).
    uint64_t getrandbits(int64_t k);
    // getrandbits(k) for any k >= 0, as 32-bit words, least significant first.
    std::vector<uint32_t> getrandbitsWords(int64_t k);
    // _randbelow(n): [0, n) for n > 0, by rejection on n.bit_length() bits.
    uint64_t randbelow(uint64_t n);

    // randrange(stop), randrange(start, stop[, step]) and randint(a, b)
    // (ValueError "empty range for randrange() ...", "zero step for
    // randrange()").
    int64_t randrange(int64_t stop);
    int64_t randrange(int64_t start, int64_t stop, int64_t step = 1);
    int64_t randint(int64_t a, int64_t b);

    // choice(seq) for len(seq) == length: the index picked (IndexError
    // "Cannot choose from an empty sequence").
    std::size_t choice(std::size_t length);
    // shuffle(x) in place.
    template <class T>
    void shuffle(std::span<T> items) {
        for (std::size_t i = items.size(); i-- > 1;)
            std::swap(items[i], items[static_cast<std::size_t>(randbelow(i + 1))]);
    }
    template <class T>
    void shuffle(std::vector<T>& items) {
        shuffle(std::span<T>(items));
    }
    // The permutation shuffle(list(range(n))) leaves.
    std::vector<std::size_t> shuffledIndices(std::size_t n);
    // sample(population, k) for len(population) == n: the indices picked, in
    // order (ValueError "Sample larger than population or is negative").
    std::vector<std::size_t> sample(std::size_t n, int64_t k);
    // choices(population, k=k) without weights: indices into a population of
    // n (for n == 0 the index is 0 and the caller raises its IndexError).
    std::vector<std::size_t> choices(std::size_t n, int64_t k);
    // choices(population, weights, k=k) and choices(population,
    // cum_weights=..., k=k) (ValueError "Total of weights must be greater
    // than zero", "Total of weights must be finite"). The caller checks the
    // weights count against the population ("The number of weights does not
    // match the population").
    std::vector<std::size_t> choicesWeighted(std::span<const double> weights, int64_t k);
    std::vector<std::size_t> choicesCumulative(std::span<const double> cumWeights, int64_t k);

    // Real-valued distributions, as random.py computes them.
    double uniform(double a, double b);
    double triangular(double low = 0.0, double high = 1.0, std::optional<double> mode = {});
    double gauss(double mu = 0.0, double sigma = 1.0);
    double normalvariate(double mu = 0.0, double sigma = 1.0);
    // ZeroDivisionError "float division by zero" for lambd == 0.
    double expovariate(double lambd);

private:
    static constexpr std::size_t N = 624;
    void initGenrand(uint32_t s);
    void initByArray(std::span<const uint32_t> key);

    std::array<uint32_t, N> m_state{};
    std::size_t m_index = N + 1;
    std::optional<double> m_gaussNext;
};

} // namespace coroscope::pylib
