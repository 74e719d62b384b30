import threading
def spawn():
    for _ in range(2):
        threading.Thread(target=spawn).start()
spawn()
