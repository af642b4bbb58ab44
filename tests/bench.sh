#!/bin/sh
# bench.sh BINDIR: how fast each filter reads news, beside `wc -l' on the
# same input.  One line per filter: input MB, median seconds of 5 runs,
# MB/s, peak RSS, and the ratio of its time to wc -l's.  Then the rate
# with all cores (xargs -P over pieces of the input), start-up time, and
# memory on an input 8 times larger.
#
# Input: $BENCH_INPUT, else ../shared/corpora/bench/reuters-all.txt, else
# the samples in tests/samples/ repeated to about 20 MB.
set -eu
bin=$1
runs=5
work=build/bench
mkdir -p "$work"

input=${BENCH_INPUT:-../shared/corpora/bench/reuters-all.txt}
if [ ! -r "$input" ]; then
	input=$work/samples.txt
	if [ ! -s "$input" ]; then
		for f in tests/samples/*.txt; do cat "$f"; printf '\f'; done >"$work/one.txt"
		n=$((20000000 / $(wc -c <"$work/one.txt") + 1))
		i=0
		while [ $i -lt "$n" ]; do cat "$work/one.txt"; i=$((i + 1)); done >"$input"
	fi
fi
bytes=$(wc -c <"$input")
echo "input: $input ($bytes bytes), $(nproc) cores, median of $runs runs"

# median SECONDS and max RSS of runs of: CMD...
measure() {
	i=0
	: >"$work/times"
	while [ $i -lt $runs ]; do
		"$bin/benchrun" "$input" "$@" >>"$work/times"
		i=$((i + 1))
	done
	sort -n "$work/times" | awk '{ t[NR] = $1; if ($2 > m) m = $2 }
	    END { print t[int((NR + 1) / 2)], m }'
}

set -- $(measure wc -l)
wc_s=$1
report() { # name seconds rss
	awk -v n="$1" -v s="$2" -v r="$3" -v b="$bytes" -v w="$wc_s" 'BEGIN {
		printf "%-15s %7.1f MB %8.3f s %8.1f MB/s %8d KB RSS %7.1fx wc -l\n",
		    n, b / 1e6, s, b / 1e6 / s, r, s / w }'
}
report "wc -l" "$wc_s" "$2"
for p in split-article dateline extract-quotes tag-entities; do
	set -- $(measure "$bin/$p")
	report "$p" "$1" "$2"
done

# All cores: the input cut at form feeds into one piece per core.
cores=$(nproc)
rm -f "$work"/piece.*
split -n "l/$cores" -t "$(printf '\f')" "$input" "$work/piece."
for p in split-article dateline extract-quotes tag-entities; do
	s=$("$bin/benchrun" /dev/null sh -c \
	    "ls $work/piece.* | xargs -P $cores -n 1 $bin/$p" | cut -d' ' -f1)
	awk -v n="$p" -v s="$s" -v b="$bytes" -v c="$cores" 'BEGIN {
		printf "%-15s %8.1f MB/s on %d cores\n", n, b / 1e6 / s, c }'
done

# Start-up: dateline on an empty input, 1000 times.
s=$("$bin/benchrun" /dev/null sh -c \
    "i=0; while [ \$i -lt 1000 ]; do $bin/dateline /dev/null; i=\$((i+1)); done" |
    cut -d' ' -f1)
awk -v s="$s" 'BEGIN { printf "start-up        %8.2f ms a run (dateline /dev/null, 1000 runs)\n", s }'

# Memory flat as the input grows: 8 copies of the input.
big=$work/big.txt
for i in 1 2 3 4 5 6 7 8; do cat "$input"; printf '\f'; done >"$big"
for p in split-article dateline extract-quotes tag-entities; do
	set -- $("$bin/benchrun" "$big" "$bin/$p")
	awk -v n="$p" -v r="$2" -v b="$(wc -c <"$big")" 'BEGIN {
		printf "%-15s %8d KB RSS on %.0f MB\n", n, r, b / 1e6 }'
done
rm -f "$big" "$work"/piece.*
