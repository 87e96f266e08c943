# Swaps two directory entries atomically, again and again (renameat2 RENAME_EXCHANGE), as an
# attacker with write access to their own library folder would: one is a real folder, the other
# a symlink to a folder outside the library. Stops by itself after --seconds, or on SIGTERM.
import ctypes, os, sys, time

AT_FDCWD, RENAME_EXCHANGE = -100, 2
libc = ctypes.CDLL(None, use_errno=True)
a, b, seconds = sys.argv[1].encode(), sys.argv[2].encode(), float(sys.argv[3])
deadline = time.monotonic() + seconds
swaps = 0
print("ready", flush=True)
while time.monotonic() < deadline:
    if libc.renameat2(AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE) != 0:
        sys.exit(f"renameat2: {os.strerror(ctypes.get_errno())}")
    swaps += 1
print(f"swaps {swaps}", flush=True)
