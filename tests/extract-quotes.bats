#!/usr/bin/env bats
# extract-quotes: DOC OFFSET SPEAKER MENTION CUE QUOTE, one line per
# quotation.  Fixtures in quotes/, one form of attribution each.

load helper

Q=$BATS_TEST_DIRNAME/quotes

@test "quote then speaker and cue, cue then speaker, pronoun, role" {
	cp "$Q/after.txt" .
	run "$BIN/extract-quotes" after.txt
	[ "$status" -eq 0 ]
	expect "after.txt	68	Sergey Lavrov	Lavrov	said	We are interested in an independent Europe,
after.txt	128	Sergey Lavrov	Lavrov	said	The union is not free,
after.txt	167	Sergey Lavrov	he	pointed out	It depends on Washington,
after.txt	212	Sergey Lavrov	the Russian top diplomat	stressed	This is a serious process,"
}

@test "speaker and cue before the quote: said:, said that, according to, a partial quote" {
	cp "$Q/before.txt" .
	run "$BIN/extract-quotes" before.txt
	expect "before.txt	86	Alexander Grushko	Grushko	said	The answer is no.
before.txt	125	Alexander Grushko	Grushko	said	the talks are over.
before.txt	190	Alexander Grushko	the Russian senior diplomat	According to	the union is under control.
before.txt	284	Dmitry Peskov	Kremlin Spokesman Dmitry Peskov	branded	empty and groundless"
}

@test "a split quotation is two records; unattributed quotations go on from the last" {
	cp "$Q/split.txt" .
	run "$BIN/extract-quotes" split.txt
	expect "split.txt	67	Hillary Clinton	she	said	We will win,
split.txt	92	Hillary Clinton	she	said	and then we will govern.
split.txt	120	Donald Trump	Trump	added	Nobody wins,
split.txt	148	Donald Trump	Trump	added	Everybody loses.
split.txt	168	Donald Trump	Trump	added	The talks were fine.
split.txt	205	Donald Trump	Trump	said	I am not going anywhere. I am here to stay."
}

@test "scare quotes and titles nobody said are left out; apostrophes are not marks" {
	cp "$Q/scare.txt" .
	run "$BIN/extract-quotes" scare.txt
	[ "$status" -eq 0 ]
	expect ""
}

@test "every kind of mark; a nested quote stays in its span" {
	cp "$Q/marks.txt" .
	run "$BIN/extract-quotes" marks.txt
	expect "marks.txt	3	Lavrov	Lavrov	said	Curly quotes work,
marks.txt	42	Lavrov	Lavrov	said	Single quotes work too,
marks.txt	85	Lavrov	Lavrov	said	Guillemets work,
marks.txt	121	Lavrov	Lavrov	said	Low quotes work
marks.txt	157	Lavrov	Lavrov	said	TeX quotes work,
marks.txt	191	Lavrov	Lavrov	said	The answer was: 'you are on your own,' and so on,"
}

@test "unbalanced marks: a missing opening mark, a quote left open at the paragraph's end" {
	cp "$Q/unbalanced.txt" .
	run "$BIN/extract-quotes" unbalanced.txt
	expect "unbalanced.txt	111	Alexander Grushko	the Russian senior diplomat	According to	the union is under total control.
unbalanced.txt	146	Alexander Grushko	he	said	And as of today, its ambitions find no practical implementation,
unbalanced.txt	236	Alexander Grushko	he	said	This quote is never closed, he said."
}

@test "split-article records as input give the same records" {
	cp "$Q/before.txt" .
	run bash -c "'$BIN/split-article' before.txt | grep -v 'no\\.' | '$BIN/extract-quotes'"
	expect "before.txt	125	Alexander Grushko	Grushko	said	the talks are over.
before.txt	190	Alexander Grushko	the Russian senior diplomat	According to	the union is under control.
before.txt	284	Dmitry Peskov	Kremlin Spokesman Dmitry Peskov	branded	empty and groundless"
}

@test "form feeds: each article its own DOC and its own people" {
	cp "$Q/stream.txt" .
	run "$BIN/extract-quotes" stream.txt
	expect "stream.txt#1	1	Lavrov	Lavrov	said	First,
stream.txt#2	1		she	said	Second,"
}

@test "standard input is DOC -" {
	run bash -c "printf '\"Yes,\" he said.' | '$BIN/extract-quotes'"
	expect "-	1		he	said	Yes,"
}

@test "binary junk and a NUL byte pass through without a crash" {
	printf '"a\0b," he said. \377\376 "c' > bin.txt
	run "$BIN/extract-quotes" bin.txt
	[ "$status" -eq 0 ]
	expect "bin.txt	1		he	said	a b,
bin.txt	20		he	said	c"
}

@test "-h prints usage and exits 0; a bad option exits 2; a missing file 1" {
	run "$BIN/extract-quotes" -h
	[ "$status" -eq 0 ]
	expect "usage: extract-quotes [file ...]"
	run "$BIN/extract-quotes" -x
	[ "$status" -eq 2 ]
	run "$BIN/extract-quotes" missing.txt
	[ "$status" -eq 1 ]
	expect "extract-quotes: missing.txt: No such file or directory"
}

@test "headline colon, apposition, name beside a role, inverted cue, who, her, dash, participle" {
	cp "$Q/more.txt" .
	run "$BIN/extract-quotes" more.txt
	expect "more.txt	21	Graham	Graham	:	hateful rhetoric
more.txt	54	Ted Cruz	Sen. Ted Cruz, R-Texas	said	Very good reporter,
more.txt	121	Stuart Oltchick	another fraternity brother, Stuart Oltchick	recalled	We will win,
more.txt	194	David Wasserman	David Wasserman	said	Many would call it a loss
more.txt	277		one Democrat	said	It was rattled,
more.txt	352		who	added	frustrated
more.txt	428	Elizabeth Warren	her	According to	the plan works.
more.txt	449	Sonya Herridge	Sonya Herridge	―	Trump embodies the worst of us.
more.txt	547	Clinton	Clinton	saying	proud"
}

@test "a longer quotation after someone's in a paragraph goes on from it, a short one is a scare quote; SUBJECT VERB: and went on:" {
	cp "$Q/goeson.txt" .
	run "$BIN/extract-quotes" goeson.txt
	expect "goeson.txt	1	Bill Clinton	Bill Clinton	said	I support him,
goeson.txt	52	Bill Clinton	Bill Clinton	said	by definition a good person.
goeson.txt	148		A footnote in the report	makes	These rules do not apply.
goeson.txt	190		She	went on	It is like a leaking house."
}

@test "a participle after the main verb is the cue, the speaker the sentence's" {
	cp "$Q/adding.txt" .
	run "$BIN/extract-quotes" adding.txt
	expect "adding.txt	61	Lavrov	Lavrov	adding	a waste of time.
adding.txt	119	Peskov	Peskov	adding	we will see."
}

@test "roles tell two ministers apart; a counterpart; in his words" {
	cp "$Q/roles.txt" .
	run "$BIN/extract-quotes" roles.txt
	expect "roles.txt	170	Sergey Lavrov	the Russian minister	said	We have a common view on this,
roles.txt	256	Wang Yi	Wang Yi	noted	supports dialogue.
roles.txt	278	Wang Yi	the Chinese foreign minister	stressed	We are against sanctions,
roles.txt	345	Wang Yi	he	added	They never work,
roles.txt	438	Sergey Lavrov	Lavrov	said	Our warnings were ignored,
roles.txt	499	Sergey Lavrov	He	said	the West is to blame.
roles.txt	592	Sergei Ryabkov	Lavrov's deputy Sergei Ryabkov	said	We will respond.
roles.txt	626	Sergei Ryabkov	his	In his words	the situation is dangerous."
}

@test "a quotation running over paragraphs: one record each, the attribution at its end" {
	cp "$Q/over.txt" .
	run "$BIN/extract-quotes" over.txt
	expect "over.txt	26	Putin	Putin	said	This is the first paragraph of a long quotation
over.txt	76	Putin	Putin	said	and this is the second,"
}

@test "a transcript line names its speaker inside the marks" {
	cp "$Q/transcript.txt" .
	run "$BIN/extract-quotes" transcript.txt
	expect "transcript.txt	1	WALLACE	WALLACE	:	WALLACE: Governor, I want to ask you.
transcript.txt	42	PENCE	PENCE	:	PENCE: Thank you, Chris."
}

@test "it and they for organizations; the newspaper" {
	cp "$Q/org.txt" .
	run "$BIN/extract-quotes" org.txt
	expect "org.txt	40	Kremlin	it	added	We will respond,
org.txt	96		they	said	This is wrong,
org.txt	125	NATO	NATO	said	We are ready,
org.txt	152	NATO	they	added	We always were,
org.txt	231	New York Times	the newspaper	said	It is done,"
}

@test "a pronoun before anyone is named goes to the first person named after" {
	cp "$Q/ahead.txt" .
	run "$BIN/extract-quotes" ahead.txt
	expect "ahead.txt	36	Vladimir Putin	he	said	We will not allow this,"
}

@test "a cue and colon right before a quotation win over an earlier cue" {
	cp "$Q/nearest.txt" .
	run "$BIN/extract-quotes" nearest.txt
	expect "nearest.txt	56	Antonin Scalia	Justice Antonin Scalia	suggested	less advanced schools,
nearest.txt	100	Donald Trump	Donald Trump	said	I do not like what he said."
}

@test "every kind of mark found at every offset of the screened words, after ASCII or UTF-8" {
	cp "$Q/offsets.txt" .
	run "$BIN/extract-quotes" offsets.txt
	expect "offsets.txt	23	Sergey Lavrov	Lavrov	said	Quote 0,
offsets.txt	52	Sergey Lavrov	Lavrov	said	Quote 1,
offsets.txt	83	Sergey Lavrov	Lavrov	said	Quote 2,
offsets.txt	114	Sergey Lavrov	Lavrov	said	Quote 3,
offsets.txt	147	Sergey Lavrov	Lavrov	said	Quote 4,
offsets.txt	180	Sergey Lavrov	Lavrov	said	Quote 5,
offsets.txt	212	Sergey Lavrov	Lavrov	said	Quote 6,
offsets.txt	249	Sergey Lavrov	Lavrov	said	Quote 7,
offsets.txt	286	Sergey Lavrov	Lavrov	said	Quote 8,
offsets.txt	323	Sergey Lavrov	Lavrov	said	Quote 9,
offsets.txt	362	Sergey Lavrov	Lavrov	said	Quote 10,
offsets.txt	404	Sergey Lavrov	Lavrov	said	Quote 11,
offsets.txt	443	Sergey Lavrov	Lavrov	said	Quote 12,
offsets.txt	485	Sergey Lavrov	Lavrov	said	Quote 13,
offsets.txt	529	Sergey Lavrov	Lavrov	said	Quote 14,
offsets.txt	575	Sergey Lavrov	Lavrov	said	Quote 15,
offsets.txt	621	Sergey Lavrov	Lavrov	said	Quote 16,
offsets.txt	667	Sergey Lavrov	Lavrov	said	Quote 17,"
}

@test "words keep inner apostrophes, hyphens, periods and ampersands; accented letters; a tab is a blank" {
	cp "$Q/words.txt" .
	run "$BIN/extract-quotes" words.txt
	expect "words.txt	14	Mary O'Malley-Smith	Mary O'Malley-Smith of AT&T Corp.	said	Prices will rise,
words.txt	74	Dale Jones	Mr. Dale Jones	said	The U.S. market is open,
words.txt	133	Álvarez	José Álvarez	said	Très bien,
words.txt	201	Álvarez	Álvarez	added	We wait.
words.txt	239	Dale Jones	Jones, the chairman	said	ok
words.txt	269	Mary O'Malley-Smith	O'Malley-Smith	said	No."
}
