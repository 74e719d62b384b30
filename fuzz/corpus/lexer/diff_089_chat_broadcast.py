# SPDX-License-Identifier: MIT
# A chat room: each client has its own queue; a message is broadcast by
# putting it in every other client's queue.
import asyncio


class ChatRoom:
    def __init__(self):
        self.inboxes = {}

    def join(self, name):
        self.inboxes[name] = asyncio.Queue()
        return self.inboxes[name]

    async def say(self, sender, text):
        for name, inbox in self.inboxes.items():
            if name != sender:
                await inbox.put(f"{sender}: {text}")


async def client(room, name, script):
    inbox = room.join(name)
    await asyncio.sleep(0.01)
    for delay, text in script:
        await asyncio.sleep(delay)
        await room.say(name, text)
    await asyncio.sleep(0.3)
    received = []
    while not inbox.empty():
        received.append(inbox.get_nowait())
    return name, received


async def main():
    room = ChatRoom()
    results = await asyncio.gather(
        client(room, "ada", [(0.05, "hi all"), (0.1, "anyone there?")]),
        client(room, "bob", [(0.1, "hello ada")]),
        client(room, "cy", []),
    )
    for name, received in results:
        print(f"{name:>4} got {len(received)}: {received}")


asyncio.run(main())
