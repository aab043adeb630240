#!/bin/bash
# One line about the machine for a benchmark's figures: cores, CPU name, and the cost of a system
# call (dd copying 200,000 single bytes: 400,000 reads and writes). Two guests of the same size and
# CPU name gave the HTTP benchmarks 2-5 times apart while computing alike (docs/benchmarks.md), so
# the figures need the second number as much as the first.
start=$(date +%s%N)
dd if=/dev/zero of=/dev/null bs=1 count=200000 2>/dev/null
end=$(date +%s%N)
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(( (end - start) / 400000 )) ns per system call (dd)"
