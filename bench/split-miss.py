#!/usr/bin/env python3
"""Where the wall time of concurrent cache misses goes, from a loopback packet capture; run by hand (bench/split-miss.sh).

    tcpdump -nn -tt -r capture.pcap | bench/split-miss.py APP_PORT SIMULATOR_PORT

Each keep-alive connection carries one request at a time, so every connection's packets are cut into exchanges: a
request's first data segment, then the answer's data segments up to its last one before the next request. Caller
exchanges are those to APP_PORT; upstream exchanges are locutor's to SIMULATOR_PORT (the connections whose client
side is not a caller of APP_PORT: wrk straight to the simulator is given as a capture of its own). Each upstream
exchange is paired with the earliest-started caller exchange still unpaired that contains it (first in, first out).
Per miss: front = caller request -> upstream request sent; upstream = upstream request -> upstream answer's last
byte; back = upstream answer's last byte -> caller answer's last byte. The means of the three do not depend on the
pairing (sums of start and end times), the medians do (the pairing is right when requests come in order). It also
splits the fronts and backs into those that overlapped no other miss's front or back and the rest, and groups the
caller requests into bursts (arrivals less than 10 ms apart).
"""
import re
import statistics
import sys

LINE = re.compile(r'(\d+\.\d+) IP 127\.0\.0\.1\.(\d+) > 127\.0\.0\.1\.(\d+): Flags \[([^\]]*)\],.*length (\d+)')


def exchanges(rows, server):
    """{client port: [[request time, last answer byte time, answer bytes], ...]} of the connections to server."""
    by_conn = {}
    for t, src, dst, flags, length in rows:
        if dst == server and length > 0:
            by_conn.setdefault(src, []).append([t, None, 0])
        elif src == server and length > 0 and dst in by_conn and by_conn[dst]:
            last = by_conn[dst][-1]
            last[1] = t; last[2] += length
    return by_conn


def main(app, wm):
    rows, syns = [], {}
    for line in sys.stdin:
        m = LINE.match(line)
        if m:
            rows.append((float(m[1]), m[2], m[3], m[4], int(m[5])))
            if m[4] == 'S':
                syns[m[3]] = syns.get(m[3], 0) + 1
    callers = [e + [port] for port, es in exchanges(rows, app).items() for e in es if e[1]]
    upstream = [e for port, es in exchanges(rows, wm).items() for e in es if e[1]]
    callers.sort(); upstream.sort()
    ms = lambda xs: f"{statistics.median(xs) * 1000:.2f}" if xs else "-"
    mean = lambda xs: f"{statistics.fmean(xs) * 1000:.2f}" if xs else "-"
    if not callers:  # a capture of the simulator alone
        print(f"direct requests={len(upstream)} upstream_p50_ms={ms([e[1] - e[0] for e in upstream])} "
              f"upstream_mean_ms={mean([e[1] - e[0] for e in upstream])} new_connections={syns.get(wm, 0)}")
        return
    front, up, back, total, free, misses = [], [], [], [], list(callers), []
    for u in upstream:
        for c in free:
            if c[0] <= u[0] and c[1] >= u[1]:
                front.append(u[0] - c[0]); up.append(u[1] - u[0]); back.append(c[1] - u[1]); total.append(c[1] - c[0])
                misses.append((c[0], u[0], u[1], c[1]))
                free.remove(c)
                break
    print(f"misses={len(front)} of {len(callers)} caller requests, {len(upstream)} upstream requests; "
          f"new connections: to locutor {syns.get(app, 0)}, to the simulator {syns.get(wm, 0)}")
    # own: what locutor adds to this miss, front and back together (the "overhead over the upstream")
    own = [f + b for f, b in zip(front, back)]
    print(f"p50_ms  front={ms(front)} upstream={ms(up)} back={ms(back)} own={ms(own)} caller_total={ms(total)}")
    print(f"mean_ms front={mean(front)} upstream={mean(up)} back={mean(back)} own={mean(own)} caller_total={mean(total)}")
    q = lambda xs, p: f"{sorted(xs)[int(len(xs) * p / 100)] * 1000:.2f}" if xs else "-"
    print(f"p90_ms  front={q(front, 90)} upstream={q(up, 90)} back={q(back, 90)} own={q(own, 90)} caller_total={q(total, 90)}")
    # wrk's connections start together and the simulator's delay is fixed, so requests keep arriving in bursts: a
    # front or back shares the two cores with the other misses of its burst unless it overlaps none of them
    busy = [span for m in misses for span in ((m[0], m[1]), (m[2], m[3]))]
    def alone(a, b):
        return not any(x < b and y > a and (x, y) != (a, b) for x, y in busy)
    for name, (i, j) in (('front', (0, 1)), ('back', (2, 3))):
        solo = [m[j] - m[i] for m in misses if alone(m[i], m[j])]
        shared = [m[j] - m[i] for m in misses if not alone(m[i], m[j])]
        print(f"{name}_p50_ms alone={ms(solo)} (n={len(solo)}) overlapping_another_miss={ms(shared)} (n={len(shared)})")
    bursts, current = [], [callers[0][0]]
    for c in callers[1:]:
        if c[0] - current[-1] < 0.010:
            current.append(c[0])
        else:
            bursts.append(current); current = [c[0]]
    bursts.append(current)
    print(f"arrivals: {len(bursts)} bursts (requests less than 10 ms apart), size p50 {statistics.median(len(b) for b in bursts)}, "
          f"span p50 {statistics.median((b[-1] - b[0]) * 1000 for b in bursts):.2f} ms")


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit("usage: tcpdump -nn -tt -r capture.pcap | split-miss.py APP_PORT SIMULATOR_PORT")
    main(sys.argv[1], sys.argv[2])
