#!/usr/bin/env bats
# Output invariants, on every fixture in tests/ and on a sample of the
# articles in ../shared/corpora: every record is sound (checkrecords: the
# exact field count, OFFSET inside the article, the text equal to the
# article's bytes there); split-article's records given back to a filter
# give the same records as the raw articles; and an article gives the same
# records alone, as one of many operands, or inside a form-feed stream.

load helper
load records

CORPORA=$SHARED/corpora

# fixtures: the raw articles under tests/ (not record files nor outputs).
fixtures() {
	local f
	for f in "$T"/*/*; do
		[ -f "$f" ] || continue
		head -n 1 "$f" | grep -Eqa "$(printf '^[^\t]+\t[0-9]+\t')" ||
		    echo "$f"
	done
}

# sample N: about N articles of each corpus, the same ones every run.
sample() {
	local d n
	for d in "$CORPORA"/*/articles; do
		n=$(ls "$d" | wc -l)
		ls "$d" | awk -v k=$(((n + $1 - 1) / $1)) -v d="$d" \
		    'NR % k == 1 || k == 1 { print d "/" $0 }'
	done
}

# same FILE...: each filter prints the same records for FILE... from the
# raw articles and from split-article -a's records of them (an article
# with no record, blank, cannot come back: its dateline line is left out).
same() {
	"$BIN/split-article" -a "$@" >parts.tsv
	for t in $TOOLS; do
		"$BIN/$t" "$@" | awk -F '\t' 'NR == FNR { doc[$1]; next }
		    $1 in doc' parts.tsv - >raw.tsv
		"$BIN/$t" parts.tsv >rec.tsv
		cmp -s raw.tsv rec.tsv || {
			echo "$t: records differ from raw articles:"
			diff raw.tsv rec.tsv | head -20
			return 1
		}
	done
}

# alone FILE...: each filter prints for a form-feed stream of FILE... what
# it prints for each FILE run alone, DOC aside.
alone() {
	local f k t
	for f; do cat "$f"; printf '\f'; done >stream.txt
	for t in $TOOLS; do
		k=0
		for f; do
			k=$((k + 1))
			"$BIN/$t" "$f" | awk -v d="stream.txt#$k" \
			    'BEGIN { FS = OFS = "\t" } { $1 = d; print }'
		done >alone.tsv
		"$BIN/$t" stream.txt >stream.tsv
		cmp -s alone.tsv stream.tsv || {
			echo "$t: a stream differs from its articles alone:"
			diff alone.tsv stream.tsv | head -20
			return 1
		}
	done
}

@test "fixtures: records sound, the same from records, the same alone" {
	mapfile -t files < <(fixtures)
	[ "${#files[@]}" -gt 10 ]
	sound "${files[@]}"
	same "${files[@]}"
	# Streams of their own would shift the article numbers.
	alone $(grep -LZ "$(printf '\f')" "${files[@]}" | tr '\0' '\n')
}

@test "corpora: records sound on a sample of every corpus" {
	[ -d "$CORPORA" ] || skip "no ../shared/corpora"
	mapfile -t files < <(sample 80)
	[ "${#files[@]}" -gt 200 ]
	sound "${files[@]}"
}

@test "corpora: the same records from split-article records" {
	[ -d "$CORPORA" ] || skip "no ../shared/corpora"
	mapfile -t files < <(sample 80)
	same "${files[@]}"
}

@test "corpora: an article gives the same records alone and in a stream" {
	[ -d "$CORPORA" ] || skip "no ../shared/corpora"
	mapfile -t files < <(sample 10)
	alone "${files[@]}"
}
