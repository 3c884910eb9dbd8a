#!/usr/bin/env python3
"""The sequential floor articled's throughput is compared with: for each file in the inbox,
claim it by rename, read it, write a temporary output, fsync it, rename it into place, fsync the
output folder. Usage: floor.py INBOX PROCESSING OUTPUT; prints files/s."""
import os
import sys
import time

inbox, processing, output = sys.argv[1:4]
tmp = os.path.join(output, ".tmp")
os.makedirs(processing, exist_ok=True)
os.makedirs(tmp, exist_ok=True)
out_fd = os.open(output, os.O_RDONLY | os.O_DIRECTORY)
names = sorted(os.listdir(inbox))
start = time.monotonic()
for name in names:
    claimed = os.path.join(processing, name)
    os.rename(os.path.join(inbox, name), claimed)
    with open(claimed, "rb") as f:
        data = f.read()
    temp = os.path.join(tmp, name)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    os.write(fd, data)
    os.fsync(fd)
    os.close(fd)
    os.rename(temp, os.path.join(output, name + ".json"))
    os.fsync(out_fd)
elapsed = time.monotonic() - start
print(f"floor: {len(names)} files in {elapsed:.2f} s = {len(names) / elapsed:.0f} files/s")
