#!/usr/bin/env bats
# What every filter shares: operands, articles, paragraphs, offsets, record
# input and output, errors.  split-article -a shows the reader's paragraphs
# (its part names belong to split-article.bats, so they are cut away here);
# dateline shows the articles, one line each.

load helper

C=$BATS_TEST_DIRNAME/common

paras() { "$BIN/split-article" -a "$@" | cut -f1,2,4; }

@test "operands are read in order, each its own DOC" {
	cp "$C/one.txt" "$C/two.txt" .
	run paras one.txt two.txt
	expect "one.txt	0	First paragraph of the first article.
one.txt	39	Second paragraph.
two.txt	0	Only paragraph of the second file."
}

@test "no operand and - are standard input, DOC -" {
	run bash -c "'$BIN/split-article' -a < '$C/two.txt' | cut -f1,2,4"
	expect "-	0	Only paragraph of the second file."
	run bash -c "'$BIN/split-article' -a - < '$C/two.txt' | cut -f1,2,4"
	expect "-	0	Only paragraph of the second file."
}

@test "a missing file is reported, the others still processed, exit 1" {
	cp "$C/one.txt" "$C/two.txt" .
	run "$BIN/dateline" one.txt missing.txt two.txt
	[ "$status" -eq 1 ]
	expect "one.txt	0				
dateline: missing.txt: No such file or directory
two.txt	0				"
}

@test "a directory operand is an unreadable input, exit 1" {
	mkdir dir
	cp "$C/two.txt" .
	run "$BIN/split-article" dir two.txt
	[ "$status" -eq 1 ]
	[ "${lines[0]}" = "split-article: dir: Is a directory" ]
	[ "${#lines[@]}" -eq 2 ]
}

@test "form feeds cut an input into articles NAME#K; a final one starts none" {
	cp "$C/stream.txt" .
	run "$BIN/dateline" stream.txt
	expect "stream.txt#1	0				
stream.txt#2	0				
stream.txt#3	0				"
	run paras stream.txt
	expect "stream.txt#1	0	Story one.
stream.txt#2	0	Story two,
stream.txt#2	12	with two paragraphs.
stream.txt#3	0	Story three."
}

@test "form feeds on standard input give -#K" {
	run bash -c "printf 'a\fb' | '$BIN/dateline' | cut -f1"
	expect "-#1
-#2"
}

@test "an empty input is one empty article" {
	: > empty.txt
	run "$BIN/dateline" empty.txt
	expect "empty.txt	0				"
}

@test "a byte-order mark is skipped but counted in offsets" {
	cp "$C/bom.txt" .
	run paras bom.txt
	expect "bom.txt	3	Paragraph after a byte-order mark.
bom.txt	39	And another."
}

@test "CRLF and CR line ends" {
	cp "$C/crlf.txt" "$C/cr.txt" .
	run paras crlf.txt cr.txt
	expect "crlf.txt	0	A paragraph hard-wrapped by an editor that writes CRLF line  ends, as Windows editors do.
crlf.txt	93	Second one.
cr.txt	0	An old Macintosh editor wrote this paragraph with CR line ends only, one after each line.
cr.txt	91	Second one."
}

@test "a hard-wrapped article is joined into its indented paragraphs" {
	cp "$C/wrapped.txt" .
	run paras wrapped.txt
	expect "wrapped.txt	4	The first paragraph of a hard-wrapped story is set in lines of about seventy columns, the way the wire filed its copy in those years.
wrapped.txt	142	A second paragraph starts on an indented line and runs on for a while longer than one line.
wrapped.txt	238	Short row"
}

@test "one paragraph per line stays one paragraph per line" {
	printf 'A short line\nAnother short line\n' > lines.txt
	run paras lines.txt
	expect "lines.txt	0	A short line
lines.txt	13	Another short line"
}

@test "control bytes in text are written as one space each" {
	cp "$C/control.txt" .
	run paras control.txt
	expect "control.txt	0	Tabs here and a control byte."
}

@test "offset and text address the exact bytes of the input" {
	cp "$C/wrapped.txt" "$C/crlf.txt" .
	for f in wrapped.txt crlf.txt; do
		"$BIN/split-article" -a "$f" | while IFS='	' read -r doc off part text; do
			got=$(tail -c +$((off + 1)) "$f" | head -c ${#text} | tr '\r\n\t' '   ')
			[ "$got" = "$text" ] || { echo "$f @$off: '$got' != '$text'"; exit 1; }
		done
	done
}

@test "split-article records are read back as the article's parts" {
	cp "$C/one.txt" "$C/stream.txt" .
	"$BIN/split-article" -a one.txt stream.txt > parts.tsv
	run "$BIN/split-article" -a parts.tsv
	expect "$(cat parts.tsv)"
	run bash -c "grep -v Second parts.tsv | '$BIN/split-article' -a | cut -f1,2,4"
	expect "one.txt	0	First paragraph of the first article.
stream.txt#1	0	Story one.
stream.txt#2	0	Story two,
stream.txt#2	12	with two paragraphs.
stream.txt#3	0	Story three."
	run bash -c "'$BIN/split-article' -a stream.txt | '$BIN/dateline' | cut -f1"
	expect "stream.txt#1
stream.txt#2
stream.txt#3"
}

@test "a line that only looks like a record is text" {
	printf 'x\t12\tbody\n' > notrec.txt
	printf 'x\tnot-a-number\tbody\tText\n' > notrec2.txt
	run paras notrec.txt notrec2.txt
	expect "notrec.txt	0	x 12 body
notrec2.txt	0	x not-a-number body Text"
}

@test "a full disk is reported and the status is not 0" {
	[ -w /dev/full ] || skip "no /dev/full"
	for p in split-article dateline extract-quotes tag-entities; do
		run bash -c "'$BIN/$p' '$SAMPLES/tass.txt' > /dev/full"
		[ "$status" -eq 1 ]
		expect "$p: standard output: No space left on device"
	done
}

@test "a closed pipe stops the filter quietly" {
	for i in $(seq 300); do cat "$SAMPLES/tass.txt"; printf '\f'; done > big.txt
	for p in split-article dateline extract-quotes tag-entities; do
		run bash -c "'$BIN/$p' big.txt 2>err.txt | head -1 | cut -f1; cat err.txt"
		expect "big.txt#1"
	done
}

@test "usage: -h prints it and exits 0; a bad option exits 2" {
	for p in split-article dateline extract-quotes tag-entities; do
		run "$BIN/$p" -h
		[ "$status" -eq 0 ]
		[[ "${lines[0]}" == "usage: $p "* ]]
		run "$BIN/$p" -Z
		[ "$status" -eq 2 ]
	done
	run "$BIN/split-article" -f title,nosuch
	[ "$status" -eq 2 ]
	[ "${lines[0]}" = "split-article: unknown part: nosuch" ]
}

@test "xargs -P 4 over the samples gives, sorted, the sequential output" {
	for p in split-article dateline extract-quotes tag-entities; do
		"$BIN/$p" "$SAMPLES"/*.txt | sort > seq.tsv
		printf '%s\n' "$SAMPLES"/*.txt | xargs -P 4 -n 1 "$BIN/$p" | sort > par.tsv
		[ -s seq.tsv ]
		cmp seq.tsv par.tsv
	done
}

@test "line widths count UTF-8 characters, not bytes: 100 wide is wrapped prose, 101 is not" {
	# Lines of e-acutes and a's: 88, 90, 40 characters (113, 115, 51
	# bytes) joined; 100 and 60 joined; 101, 60, 60 apart.
	cp "$C/utf8wrap.txt" .
	run bash -c "'$BIN/split-article' -a utf8wrap.txt | cut -f1,2"
	expect "utf8wrap.txt#1	0
utf8wrap.txt#2	0
utf8wrap.txt#3	0
utf8wrap.txt#3	130
utf8wrap.txt#3	207"
}

# Lines 1 to 40 bytes long, each opening with X and holding the byte $1
# halfway (a space in the expected output), with high bytes around.
controllines() {
	local n i c
	for n in $(seq 1 40); do
		printf 'X'
		for i in $(seq 2 "$n"); do
			if [ "$i" -eq $((n / 2 + 1)) ]; then printf "$1"
			elif [ $((i % 5)) -eq 0 ]; then printf '\351'
			else printf 'a'
			fi
		done
		printf '\n'
	done
}

@test "control bytes are one space each in fields of every length, and in the DOC" {
	export LC_ALL=C		# ${#l} counts bytes
	for c in '\001' '\002' '\033' '\037' '\177'; do
		controllines "$c" > "a${c#\\}	b.txt"
		run paras "a${c#\\}	b.txt"
		off=0
		want=$(controllines ' ' | while IFS= read -r l; do
			printf 'a%s b.txt\t%d\t%s\n' "${c#\\}" "$off" "$l"
			off=$((off + ${#l} + 1))
		done)
		expect "$want"
	done
}
