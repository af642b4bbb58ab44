#!/usr/bin/env bats
# Hostile input (issue 7): what scrapers produce must never crash a filter,
# hang it, make it use memory beyond a small multiple of its largest
# article, or cost the good input beside it its output.  Each test runs
# all four filters.  `sound' checks their records with checkrecords
# (records.bash); big inputs are made here, never committed.

load helper
load records

H=$BATS_TEST_DIRNAME/hostile
SEEDS=$SHARED/seeds

# each FILE...: what each filter prints for FILE..., under its name;
# for split-article, all parts but their names (which are its own tests').
each() {
	local t
	for t in $TOOLS; do
		echo "$t:"
		if [ $t = split-article ]; then
			timeout 20 "$BIN/$t" -a "$@" | cut -f1,2,4
		else
			timeout 20 "$BIN/$t" "$@"
		fi || echo "status $?"
	done
}

# articles: the seed articles, or the samples when ../shared is absent.
articles() {
	if [ -d "$SEEDS" ]; then
		cp "$SEEDS"/*.txt .
	else
		cp "$SAMPLES"/*.txt .
	fi
	ls *.txt
}

@test "empty input: dateline's empty line, nothing else" {
	: >empty.txt
	sound empty.txt
	run each empty.txt
	expect "split-article:
dateline:
$(printf 'empty.txt\t0\t\t\t\t')
extract-quotes:
tag-entities:"
	run bash -c "'$BIN/dateline' </dev/null"
	expect "$(printf -- '-\t0\t\t\t\t')"
}

@test "only blank lines: nothing to print, even with -a" {
	printf '\n  \n\t\r\n \v \n\n' >blank.txt
	sound blank.txt
	run each blank.txt
	expect "split-article:
dateline:
$(printf 'blank.txt\t0\t\t\t\t')
extract-quotes:
tag-entities:"
}

@test "only form feeds: empty articles, a final one starting none" {
	printf '\f\f\f' >ff.txt
	sound ff.txt
	run each ff.txt
	expect "split-article:
dateline:
$(printf 'ff.txt#1\t0\t\t\t\t\nff.txt#2\t0\t\t\t\t\nff.txt#3\t0\t\t\t\t')
extract-quotes:
tag-entities:"
}

@test "a megabyte of form feeds: a million empty articles, quickly" {
	head -c 1000000 /dev/zero | tr '\0' '\f' >ff.txt
	run bash -c "timeout 20 '$BIN/dateline' ff.txt | sed -n '1p;\$p;\$='"
	expect "$(printf 'ff.txt#1\t0\t\t\t\t\nff.txt#1000000\t0\t\t\t\t\n1000000')"
	run bash -c "for t in 'split-article -a' extract-quotes tag-entities; do
	    timeout 20 $BIN/\$t ff.txt || echo \"\$t: status \$?\"; done"
	expect ""
}

@test "a NUL in a paragraph is a byte of text, written as a space" {
	printf 'prices fell\0 and rose again.\n\nsecond one.\n' >nul.txt
	sound nul.txt
	run each nul.txt
	expect "split-article:
$(printf 'nul.txt\t0\tprices fell  and rose again.\nnul.txt\t30\tsecond one.')
dateline:
$(printf 'nul.txt\t0\t\t\t\t')
extract-quotes:
tag-entities:"
	# NULs inside the names, quotes and datelines of real articles.
	for f in $(articles); do
		sed 's/\(.\)\(.\)\(.\)/\1\2\x00\3/40' "$f" >"nul-$f"
		tr 'e' '\0' <"$f" >"nuls-$f"
	done
	sound nul-*.txt nuls-*.txt
}

@test "invalid UTF-8 passes through byte for byte, never read past" {
	# Lone continuation bytes, an overlong slash, a surrogate, a byte that
	# never starts UTF-8, and a sequence cut off by the end of the file.
	printf 'bad \x80\xbf here \xc0\xaf, \xed\xa0\x80 and \xff end \xe2\x80' >bad.txt
	sound bad.txt
	run each bad.txt
	expect "split-article:
$(printf 'bad.txt\t0\tbad \x80\xbf here \xc0\xaf, \xed\xa0\x80 and \xff end \xe2\x80')
dateline:
$(printf 'bad.txt\t0\t\t\t\t')
extract-quotes:
tag-entities:"
	# Cut sequences at the end of an article, before a form feed, and
	# beside quote marks and names in real articles.
	printf 'He said \xe2\x80\f\xe2\x80\x9c\xe2' >cut.txt
	sound cut.txt
	for f in $(articles); do
		sed -e 's/ \([A-Z]\)/ \xe2\x80\1/g' -e 's/\xe2\x80\x9c/\xe2\x80/' \
		    "$f" >"cut-$f"
		head -c -1 "$f" >"trunc-$f"
		printf '\xf0\x9f' >>"trunc-$f"
	done
	sound cut-*.txt trunc-*.txt
}

@test "a 100 MB line without a newline, in bounded memory" {
	[[ $BIN == */san ]] && skip "ulimit -v cannot hold under ASan"
	yes 'lorem ipsum dolor sit amet consectetur ' | tr -d '\n' |
	    head -c 100000000 >line.txt
	# Ten times the article: the input buffer, plus what a filter keeps
	# per word, but not a copy per byte or per line scanned.
	run bash -c "ulimit -v 1048576; '$BIN/split-article' -a line.txt >parts.tsv &&
	    for t in dateline extract-quotes tag-entities; do
	    '$BIN/'\$t line.txt || echo \"\$t: status \$?\"; done"
	expect "$(printf 'line.txt\t0\t\t\t\t')"
	run cut -f1,2 parts.tsv
	expect "$(printf 'line.txt\t0')"
	run bash -c "cut -f4 parts.tsv | wc -c"
	expect "100000000"
}

@test "a 16 MB stream of articles runs in the memory of one" {
	[[ $BIN == */san ]] && skip "ulimit -v cannot hold under ASan"
	yes "$(cat "$SAMPLES/tass.txt")$(printf '\f')" | head -c 16000000 >stream.txt
	run bash -c "ulimit -v 12000; for t in $TOOLS; do
	    '$BIN/'\$t stream.txt >\$t.out || echo \"\$t: status \$?\"; done"
	expect ""
	for t in $TOOLS; do
		"$CHECK" "$t" stream.txt <"$t.out"
	done
}

@test "100 000 unbalanced quote marks take linear time" {
	# Marks that open and never close, in one paragraph each: a search
	# for the closing mark from every opening one would be quadratic.
	for m in '\xe2\x80\x9c' '\xc2\xab' '\xe2\x80\x9e' '\xe2\x80\x98' '``'; do
		printf "$m%s " $(seq 100000) >"open$((++n)).txt"
	done
	sound open*.txt
	run bash -c "'$BIN/extract-quotes' open*.txt; '$BIN/tag-entities' open*.txt"
	expect ""
	# Straight marks, an odd number, between words, closing mid-word.
	printf '"word%s ' $(seq 100001) >straight.txt
	printf 'it%s" ' $(seq 100000) >closing.txt
	printf '\x27%s ' $(seq 100000) >single.txt
	sound straight.txt closing.txt single.txt
}

@test "a 1 MB paragraph of capitalized words" {
	yes 'Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett' |
	    tr '\n' ' ' | head -c 1000000 >caps.txt
	# The same words as names in a sentence, and in upper case.
	yes 'Sergey Lavrov met John Kerry in Geneva on Monday,' |
	    tr '\n' ' ' | head -c 1000000 >names.txt
	tr a-z A-Z <caps.txt >upper.txt
	sound caps.txt names.txt upper.txt
	run "$BIN/split-article" -a caps.txt
	[ "${#lines[@]}" -eq 1 ]
	run "$BIN/dateline" caps.txt upper.txt
	expect "$(printf 'caps.txt\t0\t\t\t\t\nupper.txt\t0\t\t\t\t')"
}

@test "deeply nested quotes" {
	{
		printf 'Lavrov said: '
		printf '\xe2\x80\x9c\xe2\x80\x98\xc2\xab\xe2\x80\x9e%.0s' $(seq 20000)
		printf 'deep'
		printf '\xe2\x80\x9c\xc2\xbb\xe2\x80\x99\xe2\x80\x9d%.0s' $(seq 20000)
		printf '\n\nHe added: "a `b "c \x27d\x27 c" b\x27\x27 a."\n'
	} >nested.txt
	printf '"%.0s' $(seq 20000) >straight.txt
	sound nested.txt straight.txt
}

@test "CR-only line ends give the LF article's records" {
	for f in $(articles); do
		tr '\n' '\r' <"$f" >"cr-$f"
		for t in $TOOLS "split-article -a"; do
			lf=$($BIN/$t "$f")
			run $BIN/$t "cr-$f"
			expect "${lf//$f/cr-$f}"
		done
	done
	sound cr-*.txt
}

@test "binary junk between two articles costs them nothing" {
	set -- $(articles)
	tr -d '\f' <"$CHECK" >junk.bin
	{ cat "$1"; printf '\f'; cat junk.bin; printf '\f'; cat "$2"; } >mixed.txt
	sound mixed.txt
	for t in $TOOLS; do
		run bash -c "'$BIN/$t' mixed.txt | grep -av '^mixed.txt#2	'"
		expect "$("$BIN/$t" "$1" | sed "s/^$1	/mixed.txt#1	/"
		    "$BIN/$t" "$2" | sed "s/^$2	/mixed.txt#3	/")"
	done
}

@test "a directory operand: message, status 1, other operands read" {
	mkdir dir
	cp "$SAMPLES/tass.txt" .
	for t in $TOOLS; do
		good=$("$BIN/$t" tass.txt)
		run "$BIN/$t" dir tass.txt
		[ "$status" -eq 1 ]
		expect "$(echo "$t: dir: Is a directory"; echo "$good")"
	done
}

@test "an unreadable file: message, status 1, other operands read" {
	local as=
	if [ "$(id -u)" = 0 ]; then
		# Root reads anything: be nobody, in a directory nobody can enter.
		command -v setpriv >/dev/null || skip "root, and no setpriv"
		as="setpriv --reuid=65534 --regid=65534 --clear-groups"
		open=$(mktemp -d)
		chmod 755 "$open"
		cd "$open"
	fi
	cp "$SAMPLES/tass.txt" .
	echo secret >locked.txt
	chmod 000 locked.txt
	for t in $TOOLS; do
		good=$($as "$BIN/$t" tass.txt)
		run $as "$BIN/$t" tass.txt locked.txt tass.txt
		[ "$status" -eq 1 ]
		expect "$([ -z "$good" ] || echo "$good"
		    echo "$t: locked.txt: Permission denied"; echo "$good")"
	done
}

teardown() {
	[ -z "${open:-}" ] || rm -rf "$open"
}

@test "writing to /dev/full: a message and status 1" {
	[ -w /dev/full ] || skip "no /dev/full"
	printf '"We will win," Sergey Lavrov said.\n' >q.txt
	for t in $TOOLS; do
		[ -n "$("$BIN/$t" q.txt)" ]
		run bash -c "'$BIN/$t' q.txt >/dev/full"
		[ "$status" -eq 1 ]
		expect "$t: standard output: No space left on device"
	done
}

@test "| head -1: one line, no message, no hang" {
	for f in $(articles); do cat "$f"; printf '\f'; done >one.tsv
	for i in $(seq 600); do cat one.tsv; done >big.tsv
	for t in $TOOLS; do
		first=$("$BIN/$t" one.tsv | head -1)
		run bash -c "timeout 20 '$BIN/$t' big.tsv 2>err.txt | head -1; cat err.txt"
		expect "${first//one.tsv/big.tsv}"
	done
}

@test "split-article records with wild offsets and text" {
	{
		printf 'x\t999999999999999999\tbody\t"Huge," Lavrov said in \xff\xfe.\n'
		printf 'x\t0\ttitle\t\n'
		printf 'junk that is not a record\n'
		printf 'y\t5\tbody\tnothing here\n'
		printf 'x\t3\tbody\tback to x\n'
	} >rec.tsv
	run each rec.tsv
	expect "split-article:
$(grep -av junk rec.tsv | cut -f1,2,4)
dateline:
$(printf 'x\t0\t\t\t\t\ny\t0\t\t\t\t\nx\t0\t\t\t\t')
extract-quotes:
$(printf 'x\t1000000000000000000\tLavrov\tLavrov\tsaid\tHuge,')
tag-entities:
$(printf 'x\t1000000000000000007\tPER\tLavrov\tLavrov')"
}

@test "inputs that once broke a filter (found by make fuzz) stay sound" {
	sound "$H"/*
}
