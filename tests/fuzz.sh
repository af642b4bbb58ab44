#!/bin/sh
# fuzz.sh SECONDS DIR TOOL...: run DIR/fuzz-TOOL for SECONDS, all at once,
# each on its own corpus DIR/corpus-TOOL (kept between runs) seeded from
# the test fixtures, the shared seed articles and split-article records of
# them; then report runs and findings.  A finding is left as
# DIR/TOOL-crash-* (or -leak-, -timeout-, -oom-); exit 1 if there is any.
set -eu
secs=$1
dir=$2
shift 2
seeds=$dir/seeds
rm -rf "$seeds"
mkdir -p "$seeds"
n=0
for f in tests/*/* ../shared/seeds/*; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	cp "$f" "$seeds/file$n"
	build/split-article -a "$f" >"$seeds/records$n"
done
for t; do
	mkdir -p "$dir/corpus-$t"
	rm -f "$dir/$t"-crash-* "$dir/$t"-leak-* "$dir/$t"-timeout-* \
	    "$dir/$t"-oom-*
	"$dir/fuzz-$t" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
	    -dict=tests/fuzz.dict -print_final_stats=1 \
	    -artifact_prefix="$dir/$t-" "$dir/corpus-$t" "$seeds" \
	    >"$dir/$t.log" 2>&1 &
done
wait || true
status=0
for t; do
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/$t.log")
	found=$(ls "$dir/$t"-crash-* "$dir/$t"-leak-* "$dir/$t"-timeout-* \
	    "$dir/$t"-oom-* 2>/dev/null || true)
	echo "fuzz-$t: ${runs:-?} runs in $secs s, corpus $(ls "$dir/corpus-$t" |
	    wc -l) inputs, $(printf '%s' "$found" | grep -c . || true) findings"
	for f in $found; do
		echo "  $f (log: $dir/$t.log)"
		status=1
	done
done
exit $status
