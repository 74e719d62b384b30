// SPDX-License-Identifier: MIT
#include "core/chrome_trace.h"
#include "core/gather.h"
#include "mini_json.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <set>

using namespace coroscope;
using coroscope::test::Json;
using coroscope::test::ms;

namespace {
Json exportScenario() {
    Loop loop;
    auto child = [](Duration d) -> Coro<void> { co_await sleep(d); };
    auto main = [&]() -> Coro<void> {
        auto a = loop.createTask(child(ms(10)), "fetch");
        auto b = loop.createTask(child(ms(20)), "fetch"); // same name on purpose
        auto c = loop.createTask(child(ms(500)), "victim");
        co_await a;
        c->cancel();
        co_await b;
    };
    loop.run(main(), "main");
    return Json::parse(chromeTraceJson(loop.trace()));
}
} // namespace

TEST(ChromeTrace, ExportParsesAsJsonWithTheFieldsPerfettoNeeds) {
    Json root = exportScenario();
    ASSERT_TRUE(root.has("traceEvents"));
    const auto& events = root["traceEvents"].array;
    ASSERT_GT(events.size(), 10u);
    int begins = 0, ends = 0;
    for (const Json& e : events) {
        ASSERT_TRUE(e.has("ph"));
        ASSERT_TRUE(e.has("pid"));
        EXPECT_EQ(e["pid"].number, 1);
        const std::string& ph = e["ph"].string;
        if (ph == "M") continue;
        ASSERT_TRUE(e.has("ts"));
        ASSERT_TRUE(e.has("id"));
        EXPECT_GE(e["ts"].number, 0);
        begins += ph == "b";
        ends += ph == "e";
    }
    EXPECT_EQ(begins, ends);
}

TEST(ChromeTrace, EachTaskHasOneTrackWithAUniqueName) {
    Json root = exportScenario();
    std::map<double, std::string> trackName; // id -> name of its outermost slice
    for (const Json& e : root["traceEvents"].array) {
        if (e["ph"].string != "b") continue;
        double id = e["id"].number;
        if (!trackName.count(id)) trackName[id] = e["name"].string;
    }
    std::set<std::string> names;
    for (auto& [id, name] : trackName)
        names.insert(name);
    EXPECT_EQ(names.size(), trackName.size());
    EXPECT_TRUE(names.count("main"));
    EXPECT_TRUE(names.count("victim"));
    EXPECT_TRUE(names.count("fetch #2"));
    EXPECT_TRUE(names.count("fetch #3"));
}

TEST(ChromeTrace, FlowArrowsPairUpForSpawnWakeAndCancel) {
    Json root = exportScenario();
    std::map<double, int> outs, ins;
    std::set<std::string> kinds;
    for (const Json& e : root["traceEvents"].array) {
        if (!e.has("bind_id")) continue;
        if (e.has("flow_out")) ++outs[e["bind_id"].number], kinds.insert(e["name"].string);
        if (e.has("flow_in")) ++ins[e["bind_id"].number];
    }
    EXPECT_FALSE(outs.empty());
    EXPECT_EQ(outs.size(), ins.size());
    for (auto& [id, n] : outs) {
        EXPECT_EQ(n, 1);
        EXPECT_EQ(ins[id], 1);
    }
    EXPECT_TRUE(kinds.count("spawn"));
    EXPECT_TRUE(kinds.count("wake"));
    EXPECT_TRUE(kinds.count("cancel"));
}

TEST(ChromeTrace, TimesAreMicrosecondsOfVirtualTimeFromZero) {
    Json root = exportScenario();
    double last = 0;
    for (const Json& e : root["traceEvents"].array)
        if (e.has("ts")) last = std::max(last, e["ts"].number);
    EXPECT_DOUBLE_EQ(last, 20'000.0); // the run ends at 20 ms
}

// A name holds any bytes a script's str has: JSON must stay UTF-8, so a lone
// surrogate is escaped as Python's json module does and a byte that is not
// UTF-8 becomes U+FFFD (found by fuzz_chrome_trace).
TEST(ChromeTrace, NamesThatAreNotUtf8StayValidJson) {
    Loop loop;
    auto child = []() -> Coro<void> { co_await sleep(ms(1)); };
    auto main = [&]() -> Coro<void> {
        auto a = loop.createTask(child(), "bad\xff byte");
        auto b = loop.createTask(child(), "lone \xed\xb2\x80 surrogate");
        auto c = loop.createTask(child(), "cut \xe2\x82");
        auto d = loop.createTask(child(), "caf\xc3\xa9 \xe2\x98\x95");
        co_await a;
        co_await b;
        co_await c;
        co_await d;
    };
    loop.run(main(), "main");
    const std::string json = chromeTraceJson(loop.trace());
    EXPECT_EQ(json.find('\xff'), std::string::npos);
    EXPECT_EQ(json.find("\xed\xb2\x80"), std::string::npos);
    EXPECT_NE(json.find("\"bad\\ufffd byte\""), std::string::npos);
    EXPECT_NE(json.find("\"lone \\udc80 surrogate\""), std::string::npos);
    EXPECT_NE(json.find("\"cut \\ufffd\\ufffd\""), std::string::npos);
    EXPECT_NE(json.find("\"caf\xc3\xa9 \xe2\x98\x95\""), std::string::npos);
    Json::parse(json);
}
