#!/usr/bin/env python3
"""Where a stream's first byte (or a miss's answer) spends its time, from a loopback packet capture; run by hand.

    tcpdump -i lo -nn -tt -s 128 -w /tmp/x.pcap "tcp port $WM_PORT or tcp port $APP_PORT" &   # while bench/lib.sh's
    ...                                                                  # sample_ttfb (or sequential misses) runs
    tcpdump -nn -tt -r /tmp/x.pcap | bench/split-first-byte.py $APP_PORT $WM_PORT

For each request to locutor ($APP_PORT) it finds locutor's request to the simulator ($WM_PORT) and the simulator's
first body segment, then locutor's first answer segment, and prints the medians of: locutor before the upstream
request (the route's front half), the simulator (for locutor's requests and for the direct ones), locutor after the
upstream's first body bytes (the relay, or the miss's storing and answering). It also counts segments a sender held
back until the peer's ACK (what Nagle's algorithm does against delayed ACKs) against those sent without waiting.
"""
import re
import statistics
import sys

LINE = re.compile(r'(\d+\.\d+) IP 127\.0\.0\.1\.(\d+) > 127\.0\.0\.1\.(\d+): Flags \[([^\]]*)\], '
                  r'(?:seq (\d+):(\d+), )?(?:ack (\d+), )?.*length (\d+)')


def main(app, wm):
    rows = []
    for line in sys.stdin:
        m = LINE.match(line)
        if m:
            rows.append(dict(t=float(m[1]), src=m[2], dst=m[3], end=int(m[6] or 0), ack=int(m[7] or 0), length=int(m[8])))
    front, simulator, after, upstream_ports = [], [], [], set()
    for i, r in enumerate(rows):
        if r['dst'] != app or r['length'] == 0:
            continue
        t0, caller, sent, port, body = r['t'], r['src'], None, None, None
        for s in rows[i + 1:]:
            if s['t'] - t0 > 5:
                break
            if sent is None and s['dst'] == wm and s['length'] > 0:
                sent, port = s['t'], s['src']
            elif port and body is None and s['src'] == wm and s['dst'] == port and s['length'] > 1000:
                body = s['t']
            elif s['src'] == app and s['dst'] == caller and s['length'] > 0:
                if sent and body:
                    front.append(sent - t0); simulator.append(body - sent); after.append(s['t'] - body)
                    upstream_ports.add(port)
                break
    direct, asked = [], {}
    for r in rows:
        if r['dst'] == wm and r['length'] > 100 and r['src'] not in upstream_ports:
            asked[r['src']] = r['t']
        elif r['src'] == wm and r['length'] > 1000 and r['dst'] in asked:
            direct.append(r['t'] - asked.pop(r['dst']))
    ms = lambda xs: f"{statistics.median(xs) * 1000:.2f}" if xs else "-"
    print(f"requests={len(front)} front_half_p50_ms={ms(front)} simulator_p50_ms={ms(simulator)} "
          f"after_first_body_bytes_p50_ms={ms(after)} simulator_direct_p50_ms={ms(direct)} (n={len(direct)})")
    # segments sent while the sender had unacknowledged data: at once, or only right after the ACK (>1 ms later)
    sent_end, acked, last_ack, last_sent, at_once, held = {}, {}, {}, {}, 0, 0
    for r in rows:
        flow, back = (r['src'], r['dst']), (r['dst'], r['src'])
        if r['ack']:
            acked[back] = max(acked.get(back, 0), r['ack']); last_ack[back] = r['t']
        if r['length'] > 0:
            if sent_end.get(flow, 0) > acked.get(flow, 0):
                if flow in last_ack and r['t'] - last_ack[flow] < 0.0002 and r['t'] - last_sent.get(flow, 0) > 0.001:
                    held += 1
                else:
                    at_once += 1
            sent_end[flow] = max(sent_end.get(flow, 0), r['end']); last_sent[flow] = r['t']
    print(f"segments_sent_with_data_unacked at_once={at_once} held_until_ack={held}")


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit("usage: tcpdump -nn -tt -r capture.pcap | split-first-byte.py APP_PORT SIMULATOR_PORT")
    main(sys.argv[1], sys.argv[2])
