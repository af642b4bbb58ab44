#!/usr/bin/env bats
# dateline: one line per article, DOC OFFSET DATE PLACE AGENCY TEXT, for
# every dateline form the wires write, the year told only when the article
# (or -r) tells it.

load helper

D=$BATS_TEST_DIRNAME/dateline

# dl FILE [OPTION...]: run dateline on a copy of the fixture, so DOC is
# the bare file name.
dl() {
	f=$1
	shift
	cp "$D/$f" .
	run "$BIN/dateline" "$@" "$f"
}

@test "TASS: weekday in the lead names the date: Thursday February 10 is 2022" {
	dl tass-weekday.txt
	expect "tass-weekday.txt	66	2022-02-10	Moscow	TASS	MOSCOW, February 10. /TASS/."
}

@test "TASS: a year looked back on in January is the year before" {
	dl tass-yearend.txt
	expect "tass-yearend.txt	35	2022-01-14	Moscow	TASS	MOSCOW, January 14. /TASS/."
}

@test "TASS: the year's clue four paragraphs past the dateline, past a caption and junk" {
	dl tass-yearend-late.txt
	expect "tass-yearend-late.txt	35	2022-01-14	Moscow	TASS	MOSCOW, January 14. /TASS/."
}

@test "TASS: no clue is read past 4096 bytes of text after the dateline" {
	{ head -n 6 "$D/tass-yearend-late.txt"
	for i in $(seq 60); do printf 'He answered questions at length, for three hours and then some more. '; done
	printf '\n\n'; tail -n 1 "$D/tass-yearend-late.txt"; } > far.txt
	run "$BIN/dateline" far.txt
	expect "far.txt	35	--01-14	Moscow	TASS	MOSCOW, January 14. /TASS/."
}

@test "TASS: the weekday is in the lead of a hard-wrapped article; one wide line at its end unwraps it" {
	dl tass-wrapped.txt
	expect "tass-wrapped.txt	20	2022-02-10	Moscow	TASS	MOSCOW, February 10. /TASS/."
	{ cat tass-wrapped.txt
	printf '\nThe talks covered security guarantees, Ukraine, and the future of European security, the ministry said.\n'; } > wide.txt
	run "$BIN/dateline" wide.txt
	expect "wide.txt	20	--02-10	Moscow	TASS	MOSCOW, February 10. /TASS/."
}

@test "TASS: a weekday of another day (next Thursday) tells no year" {
	dl tass-nextweek.txt
	expect "tass-nextweek.txt	19	--02-10	Moscow	TASS	MOSCOW, February 10. /TASS/."
}

@test "TASS: a region between slashes follows the place after a comma" {
	dl tass-region.txt
	expect "tass-region.txt	27	--12-26	Igora, Leningrad Region	TASS	IGORA /Leningrad Region/, December 26. /TASS/."
}

@test "RT: no dateline; the time line gives date, time and agency" {
	dl rt.txt
	expect "rt.txt	44	2014-12-16T17:02		RT	16 Dec, 2014 17:02"
}

@test "a date line in the first lines stands in for a dateline" {
	dl published.txt
	expect "published.txt	28	2022-01-14			Published: January 14, 2022"
}

@test "Reuters 1987: no agency, no year, a weekday of another day ignored" {
	dl reuters1987.txt
	expect "reuters1987.txt	38	--03-02	San Francisco		SAN FRANCISCO, March 2 -"
}

@test "Reuters 1987: -r gives the year" {
	dl reuters1987.txt -r 1987-03-02
	expect "reuters1987.txt	38	1987-03-02	San Francisco		SAN FRANCISCO, March 2 -"
}

@test "a headline in capitals with a dash is not the dateline" {
	dl reuters-headline.txt
	expect "reuters-headline.txt	38	--02-27	Tokyo		TOKYO, Feb 27 -"
}

@test "Reuters: LONDON, Jan 5 (Reuters) -" {
	dl reuters.txt
	expect "reuters.txt	13	--01-05	London	Reuters	LONDON, Jan 5 (Reuters) -"
}

@test "AP: WASHINGTON (AP) with an em dash, after a byline" {
	dl ap.txt
	expect "ap.txt	41		Washington	AP	WASHINGTON (AP) —"
}

@test "AP: a country after the city" {
	dl ap-region.txt
	expect "ap-region.txt	19		Kyiv, Ukraine	AP	KYIV, Ukraine (AP) —"
}

@test "AP: -r dates a dateline that has no date" {
	dl ap.txt -r 2022-02-24
	expect "ap.txt	41	2022-02-24	Washington	AP	WASHINGTON (AP) —"
}

@test "AFP: Washington (AFP) with an en dash, and PARIS, Jan 14 (AFP) -" {
	dl afp.txt
	expect "afp.txt	14		Washington	AFP	Washington (AFP) –"
	dl afp-date.txt
	expect "afp-date.txt	15	--01-14	Paris	AFP	PARIS, Jan 14 (AFP) -"
}

@test "Interfax, RIA Novosti, Xinhua, Bloomberg" {
	dl interfax.txt
	expect "interfax.txt	16	--01-14	Moscow	Interfax	MOSCOW, Jan 14 (Interfax) -"
	dl ria.txt
	expect "ria.txt	16	--01-14	Moscow	RIA Novosti	MOSCOW, January 14 (RIA Novosti) -"
	dl xinhua.txt
	expect "xinhua.txt	15	--01-14	Beijing	Xinhua	BEIJING, Jan. 14 (Xinhua) --"
	dl bloomberg.txt
	expect "bloomberg.txt	14		London	Bloomberg	LONDON (Bloomberg) --"
}

@test "UPI: its weekday tells no year; a year written in the dateline does" {
	dl upi.txt
	expect "upi.txt	26	--11-19	New York	UPI	NEW YORK, Nov. 19 (UPI) —"
	dl upi-year.txt
	expect "upi-year.txt	14	2016-01-14	Washington	UPI	WASHINGTON, Jan. 14, 2016 (UPI) —"
}

@test "a year written in the dateline wins over -r" {
	dl upi-year.txt -r 2020-06-01
	expect "upi-year.txt	14	2016-01-14	Washington	UPI	WASHINGTON, Jan. 14, 2016 (UPI) —"
}

@test "McALLEN is McAllen; Sept. with an ordinal day and --" {
	dl mcallen.txt
	expect "mcallen.txt	20	--09-28	McAllen, Texas		McALLEN, Texas, Sept. 28th --"
}

@test "a staff dateline: a place in capitals and a dash" {
	dl staff.txt
	expect "staff.txt	15		Charleston, S.C.		CHARLESTON, S.C. —"
}

@test "a name and a dash with no space is no dateline" {
	dl notice.txt
	expect "notice.txt	0				"
}

@test "no dateline and no time line: the line with empty fields" {
	dl none.txt
	expect "none.txt	0				"
}

@test "-r: the nearest date, across a year end" {
	dl tass-dec31.txt -r 2022-01-01
	expect "tass-dec31.txt	10	2021-12-31	Moscow	TASS	MOSCOW, December 31. /TASS/."
	dl tass-dec31.txt -r 2022-12-30
	expect "tass-dec31.txt	10	2022-12-31	Moscow	TASS	MOSCOW, December 31. /TASS/."
}

@test "-r takes only YYYY-MM-DD: usage on standard error, exit 2" {
	run "$BIN/dateline" -r 2022-02-30 "$D/none.txt"
	[ "$status" -eq 2 ]
	expect "dateline: 2022-02-30: not a date of the form YYYY-MM-DD
usage: dateline [-r date] [file ...]"
	run "$BIN/dateline" -r yesterday "$D/none.txt"
	[ "$status" -eq 2 ]
}

@test "one line per article of an input cut by form feeds" {
	{ cat "$D/tass-weekday.txt"; printf '\f'; cat "$D/none.txt"; printf '\f'; cat "$D/rt.txt"; } > three.txt
	run "$BIN/dateline" three.txt
	expect "three.txt#1	66	2022-02-10	Moscow	TASS	MOSCOW, February 10. /TASS/.
three.txt#2	0				
three.txt#3	44	2014-12-16T17:02		RT	16 Dec, 2014 17:02"
}

@test "split-article records as input: a dateline part keeps its offset, the body after it is the lead" {
	printf 'x.txt\t0\ttitle\tFire at a dacha\nx.txt\t17\tdateline\tIGORA /Leningrad Region/, December 26. /TASS/.\nx.txt\t63\tbody\tA fire broke out on Thursday.\n' > rec.tsv
	run "$BIN/dateline" rec.tsv
	expect "x.txt	17	2024-12-26	Igora, Leningrad Region	TASS	IGORA /Leningrad Region/, December 26. /TASS/."
}

@test "split-article records as input: a dateline inside a body part" {
	printf 'y.txt\t0\ttitle\tLavrov meets Truss\ny.txt\t20\tbody\tMOSCOW, February 10. /TASS/. Lavrov met Truss on Thursday.\n' > rec.tsv
	run "$BIN/dateline" rec.tsv
	expect "y.txt	20	2022-02-10	Moscow	TASS	MOSCOW, February 10. /TASS/."
}

@test "split-article's output read back gives the same line" {
	cp "$D/tass-weekday.txt" "$D/rt.txt" .
	run bash -c "'$BIN/split-article' tass-weekday.txt rt.txt | '$BIN/dateline'"
	expect "tass-weekday.txt	66	2022-02-10	Moscow	TASS	MOSCOW, February 10. /TASS/.
rt.txt	44	2014-12-16T17:02		RT	16 Dec, 2014 17:02"
}

@test "CRLF line ends: same fields, offsets count the CRs" {
	sed 's/$/\r/' "$D/tass-weekday.txt" > crlf.txt
	run "$BIN/dateline" crlf.txt
	expect "crlf.txt	72	2022-02-10	Moscow	TASS	MOSCOW, February 10. /TASS/."
}

@test "binary junk, NUL bytes and a 1 MB line give a line with empty fields" {
	{ printf 'MOSCOW\0, February\377 10. /TASS/.\n\n'; head -c 1000000 /dev/zero | tr '\0' 'x'; printf '\n(AP) \xe2\x80\x94\n'; } > junk.txt
	run "$BIN/dateline" junk.txt
	[ "$status" -eq 0 ]
	expect "junk.txt	0				"
}

@test "a long dateline-like opening is cut short, not read to its end" {
	{ printf 'Title\n\nMOSCOW'; head -c 300000 /dev/zero | tr '\0' ' '; printf ', February 10. /TASS/. Text.\n'; } > long.txt
	run "$BIN/dateline" long.txt
	expect "long.txt	0				"
}

@test "a weekday with the date written after it counts; with another date it does not" {
	printf 'T\n\nMOSCOW, February 10. /TASS/. Lavrov spoke on Thursday, February 10.\n' > same.txt
	run "$BIN/dateline" same.txt
	expect "same.txt	3	2022-02-10	Moscow	TASS	MOSCOW, February 10. /TASS/."
	printf 'T\n\nMOSCOW, February 10. /TASS/. Talks are set for Thursday, February 17.\n' > other.txt
	run "$BIN/dateline" other.txt
	expect "other.txt	3	--02-10	Moscow	TASS	MOSCOW, February 10. /TASS/."
}

@test "a date and an agency need no place: Dec 29 (Reuters) -" {
	printf 'Clinton speaks\n\nDec 29 (Reuters) - Hillary Clinton called the group violent.\n' > noplace.txt
	run "$BIN/dateline" noplace.txt
	expect "noplace.txt	16	--12-29		Reuters	Dec 29 (Reuters) -"
}

@test "a paragraph that stops inside a dateline is no dateline" {
	printf 'T\n\nWASHINGTON,' > cut1.txt
	printf 'T\n\nMOSCOW, February 10. /TA' > cut2.txt
	printf 'T\n\n16 Dec, 2014 17:0' > cut3.txt
	run "$BIN/dateline" cut1.txt cut2.txt cut3.txt
	expect "cut1.txt	0				
cut2.txt	0				
cut3.txt	0				"
}

@test "RT's labelled stamps: Published time: ... Edited time: ..." {
	printf 'NATO is not the enemy\n\nPublished time: 16 Dec, 2014 17:02 Edited time: 17 Dec, 2014 09:15\n\nThe text.\n' > rt2.txt
	run "$BIN/dateline" rt2.txt
	expect "rt2.txt	23	2014-12-16T17:02		RT	Published time: 16 Dec, 2014 17:02 Edited time: 17 Dec, 2014 09:15"
}

@test "an ISO time line with a zone; a date line followed by words is none" {
	printf 'T\n\nUpdated: 2014-12-16 17:02 GMT\n\nThe text.\n' > iso.txt
	printf 'T\n\nJan 14, 2022 was a Friday.\n\nThe text.\n' > words.txt
	run "$BIN/dateline" iso.txt words.txt
	expect "iso.txt	3	2014-12-16T17:02			Updated: 2014-12-16 17:02 GMT
words.txt	0				"
}

@test "CoNLL: a place and an ISO date on a line of their own" {
	printf 'CRICKET - LEICESTERSHIRE TAKE OVER AT TOP.\n\nLONDON 1996-08-30\n\nWest Indian all-rounder Phil Simmons took four for 38 on Friday.\n' > conll.txt
	run "$BIN/dateline" conll.txt
	expect "conll.txt	44	1996-08-30	London		LONDON 1996-08-30"
}

@test "a heading with a dash stuck to it is no dateline" {
	printf 'India weather\n\nSUMMARY- Showers in the north.\n\nCROP IMPACT- Conditions remain good.\n' > heading.txt
	run "$BIN/dateline" heading.txt
	expect "heading.txt	0				"
}

@test "the first and the last month names of the list (word-list index edges)" {
	dl firstkey.txt
	expect "firstkey.txt	0	--04-03	Anchorage	Reuters	ANCHORAGE, Apr. 3 (Reuters) -"
	dl lastkey.txt
	expect "lastkey.txt	0	--09-30	Zurich	Reuters	ZURICH, September 30 (Reuters) -"
}

@test "place words ending at a hyphen, a period, an apostrophe, a slash, a comma, a blank and the end of the text" {
	printf 'Mines\n\nWILKES-BARRE, Pa., March 3 - Coal output rose.\n' > pw1.txt
	printf "Fish\n\nST. JOHN'S, Newfoundland, March 3 - Fishing resumed.\n" > pw2.txt
	printf 'Flights\n\nDALLAS/FORT WORTH, March 3 - Flights resumed.\n' > pw3.txt
	printf 'Tin\n\nLA PAZ, March 3 - Tin output fell.\n' > pw4.txt
	printf 'Tin\n\nLA PAZ' > pw5.txt
	run "$BIN/dateline" -r 1987-03-10 pw1.txt pw2.txt pw3.txt pw4.txt pw5.txt
	expect "pw1.txt	7	1987-03-03	Wilkes-Barre, Pa.		WILKES-BARRE, Pa., March 3 -
pw2.txt	6	1987-03-03	St. John's, Newfoundland		ST. JOHN'S, Newfoundland, March 3 -
pw3.txt	9	1987-03-03	Dallas/fort Worth		DALLAS/FORT WORTH, March 3 -
pw4.txt	5	1987-03-03	La Paz		LA PAZ, March 3 -
pw5.txt	0				"
}
