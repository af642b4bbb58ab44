# Loaded by hostile.bats and invariants.bats: running the filters on
# inputs and checking their records with build/checkrecords
# (tests/checkrecords.c).

CHECK=$BATS_TEST_DIRNAME/../build/checkrecords
TOOLS="split-article dateline extract-quotes tag-entities"
SHARED=$BATS_TEST_DIRNAME/../../shared

# filter TOOL ARG...: run TOOL into out.tsv within 20 seconds; it must exit
# 0 and say nothing on standard error.
filter() {
	timeout 20 "$BIN/$1" "${@:2}" >out.tsv 2>err.txt ||
	    { echo "$*: status $?"; cat err.txt; return 1; }
	[ ! -s err.txt ] || { echo "$*: said:"; cat err.txt; return 1; }
}

# sound FILE...: every filter reads FILE... as filter wants, and prints
# records that checkrecords finds sound; split-article -a puts every
# non-blank byte in one record.
sound() {
	local t
	for t in $TOOLS; do
		filter "$t" "$@" || return 1
		"$CHECK" "$t" "$@" <out.tsv || { echo "$t: unsound"; return 1; }
	done
	filter split-article -a "$@" || return 1
	"$CHECK" -a split-article "$@" <out.tsv ||
	    { echo "split-article -a: unsound"; return 1; }
}
