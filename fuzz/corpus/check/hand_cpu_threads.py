import threading, sim
ts = [threading.Thread(target=sim.cpu, args=(1e9,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
