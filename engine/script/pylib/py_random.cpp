// SPDX-License-Identifier: MIT
// Ports of CPython's Modules/_randommodule.c and Lib/random.py (3.11).
#include "script/pylib/py_random.h"

#include "script/pylib/py_error.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <numbers>
#include <string>
#include <unordered_set>

namespace coroscope::pylib {

namespace {

constexpr std::size_t M = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfU;
constexpr uint32_t kUpperMask = 0x80000000U;
constexpr uint32_t kLowerMask = 0x7fffffffU;

[[noreturn]] void valueError(const std::string& message) {
    throw Error(ErrorKind::ValueError, message);
}

// A Python int beyond int64 in an error message: "-18446744073709551615".
std::string signedText(bool negative, uint64_t magnitude) {
    std::string text = negative && magnitude != 0 ? "-" : "";
    text += std::to_string(magnitude); // appended: GCC 12 warns wrongly on "-" + string
    return text;
}

} // namespace

Random::Random(int64_t seed) {
    this->seed(seed);
}

void Random::initGenrand(uint32_t s) {
    m_state[0] = s;
    for (std::size_t i = 1; i < N; ++i)
        m_state[i] =
            1812433253U * (m_state[i - 1] ^ (m_state[i - 1] >> 30)) + static_cast<uint32_t>(i);
    m_index = N;
}

void Random::initByArray(std::span<const uint32_t> key) {
    initGenrand(19650218U);
    std::size_t i = 1;
    std::size_t j = 0;
    for (std::size_t k = std::max(N, key.size()); k > 0; --k) {
        m_state[i] = (m_state[i] ^ ((m_state[i - 1] ^ (m_state[i - 1] >> 30)) * 1664525U)) +
                     key[j] + static_cast<uint32_t>(j);
        ++i;
        ++j;
        if (i >= N) {
            m_state[0] = m_state[N - 1];
            i = 1;
        }
        if (j >= key.size()) j = 0;
    }
    for (std::size_t k = N - 1; k > 0; --k) {
        m_state[i] = (m_state[i] ^ ((m_state[i - 1] ^ (m_state[i - 1] >> 30)) * 1566083941U)) -
                     static_cast<uint32_t>(i);
        ++i;
        if (i >= N) {
            m_state[0] = m_state[N - 1];
            i = 1;
        }
    }
    m_state[0] = 0x80000000U;
}

void Random::seed(int64_t a) {
    const uint64_t magnitude = a < 0 ? 0 - static_cast<uint64_t>(a) : static_cast<uint64_t>(a);
    const uint32_t words[2] = {static_cast<uint32_t>(magnitude),
                               static_cast<uint32_t>(magnitude >> 32)};
    seedWords(std::span<const uint32_t>(words, words[1] != 0 ? 2 : words[0] != 0 ? 1 : 0));
}

void Random::seedWords(std::span<const uint32_t> magnitude) {
    while (!magnitude.empty() && magnitude.back() == 0)
        magnitude = magnitude.first(magnitude.size() - 1);
    static constexpr uint32_t zero[1] = {0};
    initByArray(magnitude.empty() ? std::span<const uint32_t>(zero) : magnitude);
    m_gaussNext.reset();
}

uint32_t Random::nextUint32() {
    static constexpr uint32_t mag01[2] = {0x0U, kMatrixA};
    uint32_t y = 0;
    if (m_index >= N) {
        std::size_t kk = 0;
        for (; kk < N - M; ++kk) {
            y = (m_state[kk] & kUpperMask) | (m_state[kk + 1] & kLowerMask);
            m_state[kk] = m_state[kk + M] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < N - 1; ++kk) {
            y = (m_state[kk] & kUpperMask) | (m_state[kk + 1] & kLowerMask);
            m_state[kk] = m_state[kk + M - N] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (m_state[N - 1] & kUpperMask) | (m_state[0] & kLowerMask);
        m_state[N - 1] = m_state[M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        m_index = 0;
    }
    y = m_state[m_index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

double Random::random() {
    const uint32_t a = nextUint32() >> 5;
    const uint32_t b = nextUint32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

uint64_t Random::getrandbits(int64_t k) {
    if (k < 0) valueError("number of bits must be non-negative");
    if (k == 0) return 0;
    if (k <= 32) return nextUint32() >> (32 - k);
    if (k > 64)
        throw Error(ErrorKind::OverflowError, "getrandbits(" + std::to_string(k) +
                                                  ") does not fit 64 bits; use getrandbitsWords");
    const std::vector<uint32_t> words = getrandbitsWords(k);
    return words[0] | (static_cast<uint64_t>(words[1]) << 32);
}

std::vector<uint32_t> Random::getrandbitsWords(int64_t k) {
    if (k < 0) valueError("number of bits must be non-negative");
    std::vector<uint32_t> words;
    if (k == 0) return words;
    if (k <= 32) {
        words.push_back(nextUint32() >> (32 - k));
        return words;
    }
    words.resize(static_cast<std::size_t>((k - 1) / 32 + 1));
    for (std::size_t i = 0; i < words.size(); ++i, k -= 32) {
        uint32_t r = nextUint32();
        if (k < 32) r >>= (32 - k);
        words[i] = r;
    }
    return words;
}

uint64_t Random::randbelow(uint64_t n) {
    const auto k = static_cast<int64_t>(std::bit_width(n));
    uint64_t r = getrandbits(k);
    while (r >= n)
        r = getrandbits(k);
    return r;
}

int64_t Random::randrange(int64_t stop) {
    if (stop > 0) return static_cast<int64_t>(randbelow(static_cast<uint64_t>(stop)));
    valueError("empty range for randrange()");
}

int64_t Random::randrange(int64_t start, int64_t stop, int64_t step) {
    // Widths as magnitudes: stop - start may not fit an int64.
    const bool ascending = stop > start;
    const uint64_t width = ascending ? static_cast<uint64_t>(stop) - static_cast<uint64_t>(start)
                                     : static_cast<uint64_t>(start) - static_cast<uint64_t>(stop);
    if (step == 1) {
        if (ascending) return static_cast<int64_t>(static_cast<uint64_t>(start) + randbelow(width));
        valueError("empty range for randrange() (" + std::to_string(start) + ", " +
                   std::to_string(stop) + ", " + signedText(true, width) + ")");
    }
    if (step == 0) valueError("zero step for randrange()");
    // n = ceil(width / step) when the range runs the way step goes.
    const uint64_t stepMagnitude =
        step < 0 ? 0 - static_cast<uint64_t>(step) : static_cast<uint64_t>(step);
    if ((step > 0) != ascending || width == 0) valueError("empty range for randrange()");
    const uint64_t n = width / stepMagnitude + (width % stepMagnitude != 0 ? 1 : 0);
    return static_cast<int64_t>(static_cast<uint64_t>(start) +
                                static_cast<uint64_t>(step) * randbelow(n));
}

int64_t Random::randint(int64_t a, int64_t b) {
    if (b < INT64_MAX) return randrange(a, b + 1);
    // randrange(a, b + 1) with b + 1 beyond int64.
    const uint64_t width = static_cast<uint64_t>(b) - static_cast<uint64_t>(a) + 1;
    if (width != 0) return static_cast<int64_t>(static_cast<uint64_t>(a) + randbelow(width));
    // The whole int64 range, width 2**64: _randbelow draws 65 bits.
    for (;;) {
        const std::vector<uint32_t> words = getrandbitsWords(65);
        if (words[2] == 0)
            return static_cast<int64_t>(static_cast<uint64_t>(a) + words[0] +
                                        (static_cast<uint64_t>(words[1]) << 32));
    }
}

std::size_t Random::choice(std::size_t length) {
    if (length == 0) throw Error(ErrorKind::IndexError, "Cannot choose from an empty sequence");
    return static_cast<std::size_t>(randbelow(length));
}

std::vector<std::size_t> Random::shuffledIndices(std::size_t n) {
    std::vector<std::size_t> items(n);
    for (std::size_t i = 0; i < n; ++i)
        items[i] = i;
    shuffle(items);
    return items;
}

std::vector<std::size_t> Random::sample(std::size_t n, int64_t k) {
    if (k < 0 || static_cast<uint64_t>(k) > n)
        valueError("Sample larger than population or is negative");
    const auto count = static_cast<std::size_t>(k);
    std::vector<std::size_t> result(count);
    std::size_t setsize = 21;
    if (k > 5)
        setsize += static_cast<std::size_t>(
            std::pow(4.0, std::ceil(std::log(static_cast<double>(k * 3)) / std::log(4.0))));
    if (n <= setsize) {
        std::vector<std::size_t> pool(n);
        for (std::size_t i = 0; i < n; ++i)
            pool[i] = i;
        for (std::size_t i = 0; i < count; ++i) {
            const auto j = static_cast<std::size_t>(randbelow(n - i));
            result[i] = pool[j];
            pool[j] = pool[n - i - 1];
        }
    } else {
        std::unordered_set<std::size_t> selected;
        for (std::size_t i = 0; i < count; ++i) {
            auto j = static_cast<std::size_t>(randbelow(n));
            while (selected.count(j))
                j = static_cast<std::size_t>(randbelow(n));
            selected.insert(j);
            result[i] = j;
        }
    }
    return result;
}

std::vector<std::size_t> Random::choices(std::size_t n, int64_t k) {
    std::vector<std::size_t> out;
    const double size = static_cast<double>(n);
    for (int64_t i = 0; i < k; ++i)
        out.push_back(static_cast<std::size_t>(std::floor(random() * size)));
    return out;
}

std::vector<std::size_t> Random::choicesWeighted(std::span<const double> weights, int64_t k) {
    std::vector<double> cumulative;
    double total = 0.0;
    for (double w : weights)
        cumulative.push_back(total += w);
    return choicesCumulative(cumulative, k);
}

std::vector<std::size_t> Random::choicesCumulative(std::span<const double> cumWeights, int64_t k) {
    if (cumWeights.empty()) throw Error(ErrorKind::IndexError, "list index out of range");
    const double total = cumWeights.back() + 0.0;
    if (total <= 0.0) valueError("Total of weights must be greater than zero");
    if (!std::isfinite(total)) valueError("Total of weights must be finite");
    std::vector<std::size_t> out;
    const auto hi = cumWeights.begin() + static_cast<std::ptrdiff_t>(cumWeights.size() - 1);
    for (int64_t i = 0; i < k; ++i) {
        const double x = random() * total;
        out.push_back(static_cast<std::size_t>(std::upper_bound(cumWeights.begin(), hi, x) -
                                               cumWeights.begin()));
    }
    return out;
}

double Random::uniform(double a, double b) {
    return a + (b - a) * random();
}

double Random::triangular(double low, double high, std::optional<double> mode) {
    double u = random();
    if (mode && high - low == 0.0)
        return low; // (mode - low) / (high - low) raises ZeroDivisionError: low
    double c = mode ? (*mode - low) / (high - low) : 0.5;
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        std::swap(low, high);
    }
    return low + (high - low) * std::sqrt(u * c);
}

double Random::gauss(double mu, double sigma) {
    std::optional<double> z = m_gaussNext;
    m_gaussNext.reset();
    if (!z) {
        const double x2pi = random() * (2.0 * std::numbers::pi);
        const double g2rad = std::sqrt(-2.0 * std::log(1.0 - random()));
        z = std::cos(x2pi) * g2rad;
        m_gaussNext = std::sin(x2pi) * g2rad;
    }
    return mu + *z * sigma;
}

double Random::normalvariate(double mu, double sigma) {
    const double magic = 4 * std::exp(-0.5) / std::sqrt(2.0); // NV_MAGICCONST
    double z = 0;
    for (;;) {
        const double u1 = random();
        const double u2 = 1.0 - random();
        z = magic * (u1 - 0.5) / u2;
        const double zz = z * z / 4.0;
        if (zz <= -std::log(u2)) break;
    }
    return mu + z * sigma;
}

double Random::expovariate(double lambd) {
    if (lambd == 0.0) throw Error(ErrorKind::ZeroDivisionError, "float division by zero");
    return -std::log(1.0 - random()) / lambd;
}

} // namespace coroscope::pylib
