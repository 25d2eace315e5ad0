#!/usr/bin/env python3
"""Edit-to-event latency of `orgbook serve`: the time from a file write to the arrival of
the build event on /_orgbook/events. Prints each sample, then median and p95."""
import socket
import statistics
import sys
import time

port, page, edits = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])


class EventStream:
    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        self.sock.sendall(b"GET /_orgbook/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        self.buffer = b""
        while b"\r\n\r\n" not in self.buffer:
            self.buffer += self.sock.recv(4096)
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        assert b" 200 " in head.split(b"\r\n")[0], head

    def next_build(self):
        """Blocks until the next `event: build` and returns its data line."""
        while True:
            marker = self.buffer.find(b"event: build\ndata: ")
            if marker >= 0:
                end = self.buffer.find(b"\n", marker + 19)
                if end >= 0:
                    data = self.buffer[marker + 19:end].decode()
                    self.buffer = self.buffer[end:]
                    return data
            chunk = self.sock.recv(65536)
            if not chunk:
                raise SystemExit("event stream closed")
            self.buffer += chunk


stream = EventStream(port)
print("connected:", stream.next_build())
with open(page) as f:
    original = f.read()
samples = []
for edit in range(edits):
    text = original + f"\nEdit number {edit} at {time.time()}.\n"
    started = time.perf_counter()
    with open(page, "w") as f:
        f.write(text)
    data = stream.next_build()
    elapsed = (time.perf_counter() - started) * 1000
    samples.append(elapsed)
    print(f"edit {edit + 1:2d}: {elapsed:7.1f} ms  {data}")
    time.sleep(0.3)
with open(page, "w") as f:
    f.write(original)
samples.sort()
p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
print(f"edit-to-event over {len(samples)} edits: median {statistics.median(samples):.1f} ms, "
      f"p95 {p95:.1f} ms, min {samples[0]:.1f} ms, max {samples[-1]:.1f} ms")
