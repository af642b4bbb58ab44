#!/usr/bin/env bats
# The tokenizer under tag-entities (common/entok.c), through the names it
# lets the tagger find: where tokens are cut, how they are hashed and
# folded, and what one article leaves for the next.

load helper

E=$BATS_TEST_DIRNAME/entities

@test "tokens: folded ALL-CAPS, possessives, clitics, inner dots and hyphens, abbreviations, UTF-8" {
	# ’s and 's cut off, didn't kept whole, U.S.-based one word, St. an
	# abbreviation, a no-break space and a run of bad bytes as blanks
	# and marks, accented capitals as capitals
	cp "$E/tokens.txt" .
	run "$BIN/tag-entities" tokens.txt
	[ "$status" -eq 0 ]
	expect "tokens.txt	0	ORG	United Nations	UNITED NATIONS
tokens.txt	34	LOC	Saudi Arabia	SAUDI ARABIA
tokens.txt	48	LOC	NEW YORK	NEW YORK
tokens.txt	67	ORG	Reuters	Reuters
tokens.txt	78	MISC	U.S.-based	U.S.-based
tokens.txt	89	ORG	Exxon Corp	Exxon Corp
tokens.txt	115	PER	John O'Neill	John O'Neill
tokens.txt	155	ORG	Bank of England	Bank of England
tokens.txt	189	PER	John O'Neill	O'Neill
tokens.txt	218	ORG	United Nations	United Nations
tokens.txt	236	LOC	St. Louis	St. Louis
tokens.txt	250	LOC	AL-AIN	AL-AIN
tokens.txt	265	LOC	Soviet Union	Soviet Union
tokens.txt	310	PER	Jean-Pierre Dupont	Jean-Pierre Dupont
tokens.txt	333	ORG	Société Générale	Société Générale"
}

@test "the words of one article leave no trace in the next" {
	# rover written in lower case in the first article would make
	# Rover in the second look like a common word
	printf 'the rover and the rover and a rover was rover.\n\fRover said on Monday that Rover would grow. Analysts at Rover agreed.\n' >seen.txt
	run "$BIN/tag-entities" seen.txt
	[ "$status" -eq 0 ]
	expect "seen.txt#2	0	PER	Rover	Rover
seen.txt#2	26	PER	Rover	Rover
seen.txt#2	56	PER	Rover	Rover"
}
