#!/bin/sh
# memcheck.sh DIR TOOL...: run each DIR/TOOL under valgrind on the shared
# seed articles (tests/samples/ when ../shared is absent), as files, as a
# form-feed stream on standard input, and as split-article records; any
# valgrind error or lost memory fails.
set -eu
dir=$1
shift
seeds=$(ls ../shared/seeds/*.txt 2>/dev/null || ls tests/samples/*.txt)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in $seeds; do cat "$f"; printf '\f'; done >"$tmp/stream"
"$dir/split-article" -a $seeds >"$tmp/records"
# Scratch arrays a module keeps for the next article are still reachable
# at exit, and fine; memory lost (definitely or possibly) is not.
vg="valgrind -q --error-exitcode=1 --leak-check=full"
vg="$vg --errors-for-leak-kinds=definite,indirect,possible"
status=0
for t; do
	for how in files stream records; do
		case $how in
		files) $vg "$dir/$t" $seeds >/dev/null ;;
		stream) $vg "$dir/$t" <"$tmp/stream" >/dev/null ;;
		records) $vg "$dir/$t" "$tmp/records" >/dev/null ;;
		esac && r=0 || r=$?
		if [ $r -eq 0 ]; then
			echo "memcheck: $t ($how): clean"
		else
			echo "memcheck: $t ($how): valgrind errors (status $r)"
			status=1
		fi
	done
done
exit $status
