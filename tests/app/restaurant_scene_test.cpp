// SPDX-License-Identifier: MIT
#include "model/restaurant_scene.h"
#include "model/run_model.h"
#include "scenarios.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace coroscope;

namespace {

RestaurantScene sceneAt(const RunModel& run, Time t, SceneOptions options = {}) {
    return buildScene(run.trace, run.restaurant, playheadAtTime(run.trace, t), options);
}

} // namespace

TEST(RestaurantScene, SyncHasOneWaiterWhoStandsIdleAtTheKitchenDuringIo) {
    auto run = scenarios::sync(3, milliseconds(500));
    EXPECT_EQ(run->restaurant.style, ServiceStyle::Sync);
    // First client: 5 ms of ordering, then the kitchen until 505 ms.
    const RestaurantScene s = sceneAt(*run, milliseconds(200));
    ASSERT_EQ(s.waiters.size(), 1u);
    EXPECT_EQ(s.waiters[0].to.kind, PlaceKind::Kitchen);
    EXPECT_EQ(s.waiters[0].activity, WaiterActivity::Blocked);
    ASSERT_EQ(s.tables.size(), 3u);
    EXPECT_EQ(s.tables[0].state, TableState::InKitchen);
    EXPECT_NEAR(s.tables[0].progress, 195.0 / 500, 0.01);
    EXPECT_EQ(s.tables[1].state, TableState::WaitingToOrder);
    EXPECT_EQ(s.tables[2].state, TableState::WaitingToOrder);
    ASSERT_EQ(s.tickets.size(), 1u);
    EXPECT_TRUE(s.tickets[0].blocking);
    EXPECT_EQ(s.tickets[0].label, "kitchen");
}

TEST(RestaurantScene, SyncServesTheFirstTableBeforeTheSecondOrders) {
    auto run = scenarios::sync(3, milliseconds(500));
    const RestaurantScene s = sceneAt(*run, milliseconds(700));
    EXPECT_EQ(s.tables[0].state, TableState::Served);
    EXPECT_EQ(s.tables[1].state, TableState::InKitchen);
    EXPECT_EQ(s.tables[2].state, TableState::WaitingToOrder);
}

TEST(RestaurantScene, AsyncPutsEveryOrderOnTheRailAtOnce) {
    auto run = scenarios::async(4, milliseconds(500));
    EXPECT_EQ(run->restaurant.style, ServiceStyle::Async);
    const RestaurantScene s = sceneAt(*run, milliseconds(200));
    EXPECT_EQ(s.tickets.size(), 4u);
    EXPECT_EQ(s.counts[static_cast<int>(TableState::InKitchen)], 4);
    ASSERT_EQ(s.waiters.size(), 1u);
    EXPECT_EQ(s.waiters[0].activity, WaiterActivity::Idle); // free: not stuck at the kitchen
    EXPECT_FALSE(s.loopFrozen);
    const RestaurantScene end = buildScene(run->trace, run->restaurant, playheadAtEnd(run->trace));
    EXPECT_EQ(end.counts[static_cast<int>(TableState::Served)], 4);
}

TEST(RestaurantScene, ABlockingCallInACoroutineFreezesTheLoopsWaiter) {
    auto run = scenarios::asyncWithBlockingCall(3, milliseconds(300));
    // The second client's blocking call starts after the first two orders (2 ms each).
    const RestaurantScene s = sceneAt(*run, milliseconds(100));
    EXPECT_TRUE(s.loopFrozen);
    ASSERT_EQ(s.waiters.size(), 1u);
    EXPECT_TRUE(s.waiters[0].frozen);
    EXPECT_EQ(s.waiters[0].to.kind, PlaceKind::Kitchen);
}

TEST(RestaurantScene, ThreadsQueueForTheSharedOrderPad) {
    auto run = scenarios::threads(3, milliseconds(200));
    EXPECT_EQ(run->restaurant.style, ServiceStyle::Threads);
    EXPECT_TRUE(run->restaurant.sharedPad);
    // At 10 ms all three threads want the GIL for their 20 ms of computing.
    const RestaurantScene s = sceneAt(*run, milliseconds(10));
    int holders = 0, queued = 0;
    for (const SceneWaiter& w : s.waiters) {
        holders += w.holdsPad;
        queued += w.activity == WaiterActivity::Queued;
    }
    EXPECT_EQ(holders, 1);
    EXPECT_EQ(queued, 2);
}

TEST(RestaurantScene, ProcessesGetARoomEachThatOpensBeforeServing) {
    auto run = scenarios::processes(3, milliseconds(200));
    EXPECT_EQ(run->restaurant.style, ServiceStyle::Processes);
    const RestaurantScene s = sceneAt(*run, milliseconds(5)); // start-up takes 10 ms
    ASSERT_EQ(s.rooms.size(), 4u);
    for (std::size_t r = 1; r < s.rooms.size(); ++r) {
        EXPECT_TRUE(s.rooms[r].exists);
        EXPECT_NEAR(s.rooms[r].opening, 0.5, 0.01);
        EXPECT_GT(s.rooms[r].memory, 8u * 1024 * 1024 - 1);
    }
    std::set<std::uint16_t> rooms;
    for (const SceneTable& t : s.tables)
        rooms.insert(t.room);
    EXPECT_EQ(rooms.size(), 3u); // each client in its own process's room
}

TEST(RestaurantScene, ACancelledClientLeavesAndAFailedOneBurns) {
    auto run = scenarios::cancelAndFail();
    EXPECT_FALSE(run->restaurant.fromClientEvents);
    const RestaurantScene s = buildScene(run->trace, run->restaurant, playheadAtEnd(run->trace));
    ASSERT_EQ(s.tables.size(), 3u); // every task but main
    std::map<std::string, TableState> byName;
    for (const SceneTable& t : s.tables)
        byName[run->restaurant.clients[t.client].name] = t.state;
    EXPECT_EQ(byName["fetch-1"], TableState::Served);
    EXPECT_EQ(byName["slow"], TableState::Left);
    EXPECT_EQ(byName["broken"], TableState::Burnt);
}

TEST(RestaurantScene, AWalkingWaiterIsBetweenTwoPlacesAndArrivesLater) {
    auto run = scenarios::sync(2, milliseconds(500));
    SceneOptions walking;
    walking.walk = milliseconds(100);
    // At 505 ms the first order comes back: the waiter walks to table 1.
    const RestaurantScene s = sceneAt(*run, milliseconds(530), walking);
    ASSERT_EQ(s.waiters.size(), 1u);
    EXPECT_GT(s.waiters[0].travel, 0.0);
    EXPECT_LT(s.waiters[0].travel, 1.0);
    const RestaurantScene exact = sceneAt(*run, milliseconds(530));
    EXPECT_EQ(exact.waiters[0].travel, 1.0);
}

TEST(RestaurantScene, TheBellRingsRightAfterAnOrderIsReady) {
    auto run = scenarios::async(2, milliseconds(500));
    SceneOptions options;
    options.bellFade = milliseconds(50);
    EXPECT_TRUE(sceneAt(*run, milliseconds(100), options).bells.empty());
    const RestaurantScene s = sceneAt(*run, milliseconds(515), options);
    EXPECT_FALSE(s.bells.empty());
}
