#!/usr/bin/env python3
"""Shares of a JFR recording's execution samples: by thread group, the top methods by inclusive share,
and the inclusive share of the methods named on the command line (substrings of class.method).
Usage: jfr print --json --stack-depth 200 --events jdk.ExecutionSample rec.jfr | jfr-shares.py [NAME...]"""
import collections
import json
import re
import sys

events = json.load(sys.stdin)["recording"]["events"]
threads = collections.Counter()
inclusive = collections.Counter()
own = collections.Counter()
named = collections.Counter()
for event in events:
    values = event["values"]
    thread = re.sub(r"\d+", "N", values["sampledThread"]["javaName"] or "?")
    threads[thread] += 1
    frames = [f["method"]["type"]["name"] + "." + f["method"]["name"] for f in values["stackTrace"]["frames"]]
    if frames:
        own[frames[0]] += 1
    for method in set(frames):
        inclusive[method] += 1
    for name in sys.argv[1:]:
        if any(name in f for f in frames):
            named[name] += 1
total = len(events)
print(f"{total} samples")
for title, counter, n in (("threads", threads, 10), ("own", own, 25), ("inclusive", inclusive, 60)):
    print(f"-- {title}")
    for key, count in counter.most_common(n):
        print(f"{100 * count / total:5.1f}% {key}")
print("-- named")
for name in sys.argv[1:]:
    print(f"{100 * named[name] / total:5.1f}% {name}")
