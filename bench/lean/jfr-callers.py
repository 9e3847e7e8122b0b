#!/usr/bin/env python3
"""The call paths (DEPTH frames up) under which a method appears in a JFR recording's execution samples.
Usage: jfr print --json --stack-depth 200 --events jdk.ExecutionSample rec.jfr | jfr-callers.py METHOD [DEPTH]"""
import collections
import json
import sys

target, depth = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 4
events = json.load(sys.stdin)["recording"]["events"]
paths = collections.Counter()
for event in events:
    frames = [f["method"]["type"]["name"].rsplit("/", 1)[-1] + "." + f["method"]["name"]
              for f in event["values"]["stackTrace"]["frames"]]
    for i, frame in enumerate(frames):
        if target in frame:
            paths[" < ".join(frames[i:i + depth])] += 1
            break
for path, count in paths.most_common(15):
    print(f"{100 * count / len(events):5.1f}% {path}")
