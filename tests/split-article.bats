#!/usr/bin/env bats
# split-article: the parts of articles in the shapes users have (TASS and
# RT as scraped, Reuters 1987 wire copy, AP/AFP stories, decks and labels),
# its options, and what must hold for every input: with -a every non-blank
# byte is in exactly one record, offsets address the bytes, and its own
# records read back give the same records.

load helper

S=$BATS_TEST_DIRNAME/split

@test "TASS: All news, headline, standfirst, IGORA /Region/ dateline cut off; a repeated standfirst stays body" {
	cp "$S/tass.txt" .
	run "$BIN/split-article" -a tass.txt
	[ "$status" -eq 0 ]
	expect "tass.txt	0	junk	All news
tass.txt	10	title	Russian skiers to train at home ahead of the season — coach
tass.txt	73	standfirst	According to the head coach, \"the team has everything it needs at the Igora resort\"
tass.txt	158	dateline	IGORA /Leningrad Region/, December 26. /TASS/.
tass.txt	205	body	The Russian national ski team will hold its winter training camp at home this year, head coach Yelena Vyalbe told reporters on Sunday.
tass.txt	341	body	According to the head coach, \"the team has everything it needs at the Igora resort.\" She added that the athletes would return to Moscow in early January.
tass.txt	496	body	\"We have the snow, the tracks and the doctors here,\" Vyalbe said."
}

@test "TASS: UNITED NATIONS and KIEV datelines, with and without a standfirst" {
	cp "$S/tass-un.txt" "$S/tass-kiev.txt" .
	run "$BIN/split-article" -a tass-un.txt tass-kiev.txt
	[ "$status" -eq 0 ]
	expect "tass-un.txt	0	junk	All news
tass-un.txt	10	title	UN Security Council to meet on Ukraine on Monday — envoy
tass-un.txt	70	standfirst	The meeting was requested by the Russian side, the diplomat said
tass-un.txt	136	dateline	UNITED NATIONS, March 3. /TASS/.
tass-un.txt	169	body	The UN Security Council will hold a meeting on Ukraine on Monday, Russia's First Deputy Permanent Representative to the UN Dmitry Polyansky said.
tass-un.txt	316	body	\"We expect a frank discussion,\" he wrote on his Telegram channel.
tass-kiev.txt	0	junk	All news
tass-kiev.txt	10	title	Kiev to receive new gas shipments from Europe
tass-kiev.txt	57	dateline	KIEV, November 2. /TASS/.
tass-kiev.txt	83	body	Ukraine will receive additional gas shipments from Europe this winter, the country's energy ministry said on Tuesday.
tass-kiev.txt	202	body	The ministry did not name the suppliers."
}

@test "TASS: a photo credit between the standfirst and the dateline" {
	cp "$S/tass-photo.txt" .
	run "$BIN/split-article" -a tass-photo.txt
	[ "$status" -eq 0 ]
	expect "tass-photo.txt	0	junk	All news
tass-photo.txt	10	title	Russia, Turkey to hold new round of trade talks — ministry
tass-photo.txt	72	standfirst	The talks will focus on agriculture and tourism, the ministry said
tass-photo.txt	140	caption	© Sergei Bobylev/TASS
tass-photo.txt	164	dateline	MOSCOW, March 5. /TASS/.
tass-photo.txt	189	body	Russian and Turkish officials will hold a new round of trade talks in Ankara next month, the Russian Economic Development Ministry said on Thursday.
tass-photo.txt	339	body	\"We expect progress on several issues,\" the statement reads."
}

@test "RT: icons, time line, headline once, summary, photo credit, READ MORE teaser, Read ... here. footer" {
	cp "$S/rt.txt" .
	run "$BIN/split-article" -a rt.txt
	[ "$status" -eq 0 ]
	expect "rt.txt	0	junk	icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon chevron upicon closeicon fbicon mailicon searchicon shareicon twicon
rt.txt	140	time	21 Apr, 2015 10:15
rt.txt	160	title	Moscow hopes for a thaw in ties with Brussels – Lavrov
rt.txt	218	junk	Moscow hopes for a thaw in ties with Brussels – Lavrov
rt.txt	276	standfirst	Russia is ready to rebuild its relations with the EU step by step, Russian FM Sergey Lavrov said. He added that Moscow would not beg for the sanctions to be lifted.
rt.txt	442	body	Speaking at a news conference in Moscow, Lavrov said that the dialogue with the European Union had never stopped entirely.
rt.txt	566	caption	Reuters / Maxim Shemetov
rt.txt	592	body	“We are not going to ask anyone for anything,” he said.
rt.txt	653	junk	READ MORE: EU extends sanctions against Russia until September
rt.txt	717	body	Lavrov also commented on the situation in Syria and on the talks in Geneva.
rt.txt	793	junk	Read the full transcript of the news conference here."
}

@test "Reuters wire: byline, dateline, 70-column lines joined, indented paragraphs and table rows" {
	cp "$S/reuters.txt" .
	run "$BIN/split-article" -a reuters.txt
	[ "$status" -eq 0 ]
	expect "reuters.txt	0	title	OIL COMPANY SEES HIGHER OUTPUT IN 1987
reuters.txt	44	byline	By Jane Doe, Reuters
reuters.txt	69	dateline	HOUSTON, March 4 -
reuters.txt	88	body	Gulf Coast Oil Co said it expects its crude output to rise about eight pct this year, helped by new wells in the Gulf of Mexico and lower drilling costs.
reuters.txt	246	body	\"We see a strong year ahead,\" chairman John Smith told analysts at a meeting in Houston.
reuters.txt	339	body	Output in barrels per day:
reuters.txt	387	body	1987      1986
reuters.txt	406	body	Crude           41,000    38,000
reuters.txt	443	body	Gas liquids      6,500     6,100
reuters.txt	480	body	The company earned 1.92 dlrs a share in 1986.
reuters.txt	527	body	Reuter"
}

@test "a wire table: capitals and a dash make no dateline, lower-case rows no icons, Posted prices no time line" {
	cp "$S/table.txt" .
	run "$BIN/split-article" -a table.txt
	[ "$status" -eq 0 ]
	expect "table.txt	0	title	CANADIAN METALS - April 7
table.txt	31	body	LEAD - VIRGIN                34.00/34.50
table.txt	76	body	ZINC - PRIME WESTERN         50.00/56.50
table.txt	121	body	-- prices are for prompt delivery in lots of ten tonnes or more
table.txt	189	body	Posted prices rose 2 cts a pound.
table.txt	224	body	Reuter"
}

@test "CoNLL-style wire story: a bare name over the dateline line is the byline" {
	cp "$S/conll.txt" .
	run "$BIN/split-article" -a conll.txt
	[ "$status" -eq 0 ]
	expect "conll.txt	0	title	SOCCER - DUTCH CLUB SIGN NORWEGIAN STRIKER.
conll.txt	45	byline	Jane Roe
conll.txt	55	dateline	AMSTERDAM 1996-08-28
conll.txt	77	body	Dutch first division club Vitesse Arnhem signed Norwegian striker Ola Nordmann on a three-year contract on Wednesday.
conll.txt	196	body	Nordmann, 24, scored 15 goals last season."
}

@test "AP: byline, Updated time line, (AP) dateline, furniture, a photo caption, a footer past an abbreviation" {
	cp "$S/ap.txt" .
	run "$BIN/split-article" -a ap.txt
	[ "$status" -eq 0 ]
	expect "ap.txt	0	title	Senate passes stopgap bill as deadline nears
ap.txt	46	byline	By Jane Doe and John Roe
ap.txt	72	time	Updated 11:42 PM EST, Fri December 18, 2015
ap.txt	117	dateline	WASHINGTON (AP) —
ap.txt	137	body	The Senate passed a short-term spending bill late Friday, sending it to the House with hours to spare.
ap.txt	241	junk	Advertisement
ap.txt	256	body	“This is not how we should be doing business,” said Sen. Maria Lopez, a Democrat from New Mexico.
ap.txt	359	caption	Photo: Senators leave the Capitol after the vote on Friday night.
ap.txt	426	body	The House is expected to vote Saturday. See the vote count below. Leaders say they have the votes here.
ap.txt	531	junk	Read the U.S. Senate statement here.
ap.txt	569	junk	Share this
ap.txt	581	junk	Follow us on Twitter for more news from Congress."
}

@test "AFP: (AFP) dateline with an en dash, a picture desk's credit" {
	cp "$S/afp.txt" .
	run "$BIN/split-article" -a afp.txt
	[ "$status" -eq 0 ]
	expect "afp.txt	0	title	Paris climate deal within reach, ministers say
afp.txt	48	dateline	Washington (AFP) –
afp.txt	69	body	Ministers from the world's biggest polluters said Sunday that a climate deal was within reach.
afp.txt	165	caption	Getty Images
afp.txt	179	body	The talks resume on Monday."
}

@test "photo credits and captions; a slash in prose and a wire's sign-off are body" {
	cp "$S/captions.txt" .
	run "$BIN/split-article" -a captions.txt
	[ "$status" -eq 0 ]
	expect "captions.txt	0	title	Ministers meet in Geneva
captions.txt	26	body	Foreign ministers met in Geneva on Monday to discuss a ceasefire.
captions.txt	93	caption	Sergey Lavrov (Reuters / Denis Balibouse)
captions.txt	136	body	The talks lasted four hours.
captions.txt	166	caption	© Sputnik / Alexey Nikolsky
captions.txt	196	caption	Getty Images
captions.txt	210	body	Trump / Clinton debate set for Monday
captions.txt	249	caption	Photo: The ministers before the talks.
captions.txt	289	body	Both sides called the meeting useful.
captions.txt	328	body	REUTERS"
}

@test "a headline over its deck in one block; ABSTRACT. is the standfirst up to FULL TEXT." {
	cp "$S/nyt.txt" .
	run "$BIN/split-article" -a nyt.txt
	[ "$status" -eq 0 ]
	expect "nyt.txt	0	title	Senators weigh tax overhaul;
nyt.txt	30	standfirst	A plan draws support from both parties.
nyt.txt	71	junk	ABSTRACT.
nyt.txt	82	standfirst	A bipartisan group is drafting a plan to simplify the tax code.
nyt.txt	147	junk	FULL TEXT.
nyt.txt	159	body	A bipartisan group of senators is drafting a plan to simplify the tax code, aides said on Tuesday.
nyt.txt	259	body	The plan is expected next month."
}

@test "a deck between the headline and a staff dateline is the standfirst" {
	cp "$S/deck.txt" .
	run "$BIN/split-article" -a deck.txt
	[ "$status" -eq 0 ]
	expect "deck.txt	0	title	Germany weighs new rules for social media.
deck.txt	44	standfirst	Debate grows over free expression online.
deck.txt	87	dateline	BERLIN -
deck.txt	96	body	The German government is considering new rules to curb hate speech on social networks, officials said Thursday.
deck.txt	209	body	The proposal will be debated next week."
}

@test "a paragraph that is only a dateline is a dateline record" {
	cp "$S/datelineonly.txt" .
	run "$BIN/split-article" -a datelineonly.txt
	[ "$status" -eq 0 ]
	expect "datelineonly.txt	0	title	Markets rally as oil climbs
datelineonly.txt	29	dateline	MOSCOW, January 14. /TASS/.
datelineonly.txt	58	body	Shares rose on Friday as the price of oil climbed for a third day."
}

@test "wrapped copy in blank-line paragraphs: lines joined, a short line ends its paragraph" {
	cp "$S/blanklines.txt" .
	run "$BIN/split-article" -a blanklines.txt
	[ "$status" -eq 0 ]
	expect "blanklines.txt	0	title	TRADE TALKS TO RESUME IN GENEVA
blanklines.txt	33	dateline	GENEVA, April 2 -
blanklines.txt	51	body	Trade negotiators from more than ninety countries will resume talks on farm subsidies next week, a spokesman for the organisation said.
blanklines.txt	188	body	The talks broke off in December.
blanklines.txt	221	body	No date has been set for a ministerial meeting, he said, and delegates expect the round to run well into next year."
}

@test "each article of a stream is split alone; a lower-case line continues the one before" {
	cp "$S/stream.txt" .
	run "$BIN/split-article" -a stream.txt
	[ "$status" -eq 0 ]
	expect "stream.txt#1	0	title	Story one
stream.txt#1	11	dateline	LONDON, Jan 5 (Reuters) -
stream.txt#1	37	body	First story.
stream.txt#2	0	title	Story two
stream.txt#2	11	body	Second story, with one paragraph that runs on and continues in lower case on the next line."
}

@test "without -a junk is not printed" {
	cp "$S/rt.txt" .
	run bash -c "'$BIN/split-article' rt.txt | cut -f3 | sort | uniq -c"
	expect "      3 body
      1 caption
      1 standfirst
      1 time
      1 title"
}

@test "-f prints only the parts named" {
	cp "$S/rt.txt" "$S/tass.txt" .
	run bash -c "'$BIN/split-article' -f body rt.txt | wc -l"
	expect "3"
	run "$BIN/split-article" -f dateline,title tass.txt rt.txt
	expect "tass.txt	10	title	Russian skiers to train at home ahead of the season — coach
tass.txt	158	dateline	IGORA /Leningrad Region/, December 26. /TASS/.
rt.txt	160	title	Moscow hopes for a thaw in ties with Brussels – Lavrov"
	run "$BIN/split-article" -f junk tass.txt
	expect "tass.txt	0	junk	All news"
}

@test "an unknown part is a usage error; -h prints the usage" {
	run "$BIN/split-article" -f body,bogus "$S/rt.txt"
	[ "$status" -eq 2 ]
	expect "split-article: unknown part: bogus
usage: split-article [-a] [-f part[,part...]] [file ...]"
	run "$BIN/split-article" -x
	[ "$status" -eq 2 ]
	run "$BIN/split-article" -h
	[ "$status" -eq 0 ]
	expect "usage: split-article [-a] [-f part[,part...]] [file ...]"
}

# The bytes of FILE but blanks and control bytes (DEL too), which records write as
# spaces.
nonblank() { tr -d '\000-\040\177' < "$1"; }

# The text of FILE's records by -a, article by article in offset order,
# but blanks and control bytes.
recordbytes() {
	"$BIN/split-article" -a "$1" | sort -s -t '	' -k1,1V -k2,2n |
	    cut -f4- | tr -d '\000-\040\177'
}

@test "-a: every non-blank byte of every fixture is in exactly one record" {
	for f in "$S"/*.txt "$SAMPLES"/*.txt; do
		recordbytes "$f" > got
		nonblank "$f" > want
		cmp got want || { echo "$f"; return 1; }
	done
}

@test "offset and text address the exact bytes of every fixture" {
	export LC_ALL=C
	for f in "$S"/*.txt "$SAMPLES"/*.txt; do
		"$BIN/split-article" -a "$f" | while IFS='	' read -r doc off part text; do
			# the K-th article of a stream is the text after K-1 form feeds
			k=1
			case $doc in *#*) k=${doc##*#} ;; esac
			awk -v k="$k" 'BEGIN { RS = "\f" } NR == k { printf "%s", $0 }' "$f" > art
			got=$(tail -c +$((off + 1)) art | head -c ${#text} | tr '\r\n\t' '   ')
			[ "$got" = "$text" ] || { echo "$f @$off: '$got' != '$text'"; exit 1; }
		done
	done
}

@test "records read back give the same records" {
	for f in "$S"/*.txt; do
		cp "$f" .
		b=${f##*/}
		"$BIN/split-article" "$b" > once
		"$BIN/split-article" < once > twice
		cmp once twice || { echo "$b"; return 1; }
		"$BIN/split-article" -a "$b" | "$BIN/split-article" -a > twice
		"$BIN/split-article" -a "$b" | cmp - twice || { echo "$b -a"; return 1; }
	done
	cp "$S/rt.txt" .
	run bash -c "'$BIN/split-article' -a rt.txt | grep -v '	junk	' | '$BIN/split-article' -a -f title,junk"
	expect "rt.txt	160	title	Moscow hopes for a thaw in ties with Brussels – Lavrov"
}

@test "binary input and a 1 MB line lose no byte and stay in bounds" {
	head -c 200000 /dev/urandom > bin.txt
	{ printf 'Title\n\n'; head -c 1000000 /dev/zero | tr '\0' 'a'; printf '\n'; } > long.txt
	for f in bin.txt long.txt; do
		run "$BIN/split-article" -a "$f"
		[ "$status" -eq 0 ]
		recordbytes "$f" > got
		nonblank "$f" > want
		cmp got want
	done
	run bash -c "'$BIN/split-article' long.txt | cut -f3 | uniq -c"
	expect "      1 title
      1 body"
}

@test "furniture keys of several words, in any case, past their eighth byte; a key's word in prose is body" {
	cp "$S/furniture.txt" .
	run "$BIN/split-article" -a furniture.txt
	[ "$status" -eq 0 ]
	expect "furniture.txt	0	title	Oil prices climb on supply fears
furniture.txt	34	junk	SHARE THIS ARTICLE
furniture.txt	54	caption	Photo by Jane Doe
furniture.txt	73	dateline	LONDON, March 3 (Reuters) -
furniture.txt	101	body	Oil prices rose on Tuesday.
furniture.txt	130	body	Shares of oil companies rose too.
furniture.txt	165	time	PUBLISHED TIME: 16 Dec, 2014 17:02
furniture.txt	201	time	Published 16 Dec, 201
furniture.txt	224	junk	Think your friends would be interested? Share this story!
furniture.txt	283	junk	Read more: Oil at a two-year high"
}

@test "a time line names its year in four digits; a dateline may close with an em dash alone" {
	printf 'Talks resume\n\n16 Dec 2014 17:02 GMT\n\nThe text.\n' > y4.txt
	printf 'Talks resume\n\n16 Dec, 201 17:02\n\nThe text.\n' > y3.txt
	printf 'Talks resume\n\nLONDON, March 3 \342\200\224 The text.\n' > em.txt
	run "$BIN/split-article" y4.txt y3.txt em.txt
	expect "y4.txt	0	title	Talks resume
y4.txt	14	time	16 Dec 2014 17:02 GMT
y4.txt	37	body	The text.
y3.txt	0	title	Talks resume
y3.txt	14	body	16 Dec, 201 17:02
y3.txt	33	body	The text.
em.txt	0	title	Talks resume
em.txt	14	dateline	LONDON, March 3 —
em.txt	34	body	The text."
}

@test "a time line's year across two eight-byte words, or across the last word and the tail, is found" {
	printf 'Talks resume\n\n5 Jan 2022 1:05\n\nThe text.\n' > tail.txt
	printf 'Talks resume\n\n15 Jan 2022 1:05\n\nThe text.\n' > across.txt
	printf 'Talks resume\n\n5 Jan 202 1:05\n\nThe text.\n' > short.txt
	run "$BIN/split-article" tail.txt across.txt short.txt
	expect "tail.txt	0	title	Talks resume
tail.txt	14	time	5 Jan 2022 1:05
tail.txt	31	body	The text.
across.txt	0	title	Talks resume
across.txt	14	time	15 Jan 2022 1:05
across.txt	32	body	The text.
short.txt	0	title	Talks resume
short.txt	14	body	5 Jan 202 1:05
short.txt	30	body	The text."
}

@test "keys of one to three bytes, in any case, with a tab or nothing after them, are still found before their lookup" {
	printf 'Talks resume in Geneva\n\nBy\tJane Doe\n\nBY JOHN ROE AND JANE DOE\n\nBypass roads were closed on Monday.\n\n\302\251\n\n(Getty)\n\nGetty.\n\nAP\n\nA\n\nPhoto:\tThe ministers before the talks.\n\nReuter\n' > open.txt
	run "$BIN/split-article" -a open.txt
	expect "open.txt	0	title	Talks resume in Geneva
open.txt	24	byline	By Jane Doe
open.txt	37	byline	BY JOHN ROE AND JANE DOE
open.txt	63	body	Bypass roads were closed on Monday.
open.txt	100	caption	©
open.txt	104	caption	(Getty)
open.txt	113	caption	Getty.
open.txt	121	body	AP
open.txt	125	body	A
open.txt	128	caption	Photo: The ministers before the talks.
open.txt	168	body	Reuter"
}

@test "a time line may end in a zone of at most four bytes after the time, a blank between or not, or in blanks" {
	for z in ' E.T.' 'GMT' ' \302\240' ' AB1C' ' ABCD' ' ABCDE' ' Gmt'; do
		printf "Talks resume\n\n16 Dec, 2014 17:02$z\n\nThe text.\n\f"
	done > zones.txt
	run bash -c "'$BIN/split-article' zones.txt | cut -f3,4 |
	    grep -v 'Talks resume\|The text' | sed 's/\xc2\xa0/NBSP/'"
	expect "time	16 Dec, 2014 17:02 E.T.
time	16 Dec, 2014 17:02GMT
time	16 Dec, 2014 17:02 NBSP
time	16 Dec, 2014 17:02 AB1C
time	16 Dec, 2014 17:02 ABCD
body	16 Dec, 2014 17:02 ABCDE
body	16 Dec, 2014 17:02 Gmt"
}

@test "a whole paragraph is a key as long as the list's longest, a final period or colon aside, and not a byte longer" {
	printf 'Talks resume in Geneva\n\nThe talks went on.\n\nGlobal Look Press\n\nGLOBAL LOOK PRESS.\n\nGlobal Look Pressed\n\nADVERTISEMENT:\n\nAdvertisements\n\nShare on Facebook\n\nThe end.\n' > whole.txt
	run "$BIN/split-article" -a whole.txt
	expect "whole.txt	0	title	Talks resume in Geneva
whole.txt	24	body	The talks went on.
whole.txt	44	caption	Global Look Press
whole.txt	63	caption	GLOBAL LOOK PRESS.
whole.txt	83	body	Global Look Pressed
whole.txt	104	junk	ADVERTISEMENT:
whole.txt	120	body	Advertisements
whole.txt	136	junk	Share on Facebook
whole.txt	155	body	The end."
}

@test "a staff dateline is in capitals: every word two capitals or more and no lower case" {
	printf 'Talks resume\n\nEL PASO -- Talks resumed on Monday.\n\fTalks resume\n\nEL P -- Talks resumed on Monday.\n\fTalks resume\n\nEL Paso -- Talks resumed on Monday.\n' > caps.txt
	run "$BIN/split-article" caps.txt
	expect "caps.txt#1	0	title	Talks resume
caps.txt#1	14	dateline	EL PASO --
caps.txt#1	25	body	Talks resumed on Monday.
caps.txt#2	0	title	Talks resume
caps.txt#2	14	body	EL P -- Talks resumed on Monday.
caps.txt#3	0	title	Talks resume
caps.txt#3	14	body	EL Paso -- Talks resumed on Monday."
}

@test "a copyright sign, the article's only multibyte text, is found in its first 64 bytes, a later 16 or the tail" {
	printf 'Talks resume\n\nAlexey Nikolsky \302\251 Sputnik\n\nThe talks went on for hours.\n' > c1.txt
	printf 'Talks resume in Geneva on the ceasefire after a week of fighting\n\nAlexey Nikolsky \302\251 Sputnik\n\nThe talks went on.\n' > c2.txt
	printf 'Talks resume\n\nThe talks went on.\n\nAlexey Nikolsky \302\251 Sputnik\n' > c3.txt
	run "$BIN/split-article" c1.txt c2.txt c3.txt
	expect "c1.txt	0	title	Talks resume
c1.txt	14	caption	Alexey Nikolsky © Sputnik
c1.txt	42	body	The talks went on for hours.
c2.txt	0	title	Talks resume in Geneva on the ceasefire after a week of fighting
c2.txt	66	caption	Alexey Nikolsky © Sputnik
c2.txt	94	body	The talks went on.
c3.txt	0	title	Talks resume
c3.txt	14	body	The talks went on.
c3.txt	34	caption	Alexey Nikolsky © Sputnik"
}

@test "wrapped wire copy: a line after a short one joins it when an indented line comes later in the block, not when none does" {
	printf 'Talks resume\n\n    The foreign ministers of the two countries met in Geneva on\nMonday.\nThey talked for four hours about the ceasefire and the aid\nconvoys.\n    Both sides called the talks useful and agreed to meet again\nnext week.\n' > lazy.txt
	printf 'Talks resume\n\nThe foreign ministers of the two countries met in Geneva on\nMonday.\nThey talked for four hours about the ceasefire and the aid\nconvoys.\n' > lazy2.txt
	run "$BIN/split-article" lazy.txt lazy2.txt
	expect "lazy.txt	0	title	Talks resume
lazy.txt	18	body	The foreign ministers of the two countries met in Geneva on Monday. They talked for four hours about the ceasefire and the aid convoys.
lazy.txt	158	body	Both sides called the talks useful and agreed to meet again next week.
lazy2.txt	0	title	Talks resume
lazy2.txt	14	body	The foreign ministers of the two countries met in Geneva on Monday.
lazy2.txt	82	body	They talked for four hours about the ceasefire and the aid convoys."
}
