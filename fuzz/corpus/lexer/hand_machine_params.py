import sim
sim.machine.cores = float("inf")
print(sim.machine.cores)
