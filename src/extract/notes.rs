//! The notes to editors and the key findings.
//!
//! Notes are numbered ("1.", "1)", "- 1", "1" and a tab) or, failing that,
//! one per paragraph. Key findings are the bullets under a line that
//! announces them ("A summary of the report's key findings:").

use std::sync::LazyLock;

use crate::work::Pattern;

use super::Context;
use crate::record::{Note, Text};
use crate::source::clean;

/// A numbered note at the start of a line.
static NOTE_START: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(r"^\s*(?:[-•\u{2022}]\s*)?(?:\(?(?P<num>\d{1,2})(?:[.):]\s*|\t\s*|\s+)|\(?(?P<roman>[ivx]{1,5})[.)]\s+|\(?(?P<letter>[a-h])[.)]\s+)")
        .expect("note start regex")
});

static FINDINGS_LEAD: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)(?:{})",
        crate::lexicon::FINDINGS_LEADS,
        "findings lead regex",
    )
});

static BULLET: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"^\s*(?:[{}*\-–]|o\s)\s*",
        crate::lexicon::BULLET_MARKS
    ))
    .expect("bullet regex")
});

/// A bullet that only points to an annex ("An annex ... follows below") is
/// navigation, not a finding.
static POINTER: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(r"(?i)^(?:an?\s+|the\s+)?(?:annex|appendix)\b.*\b(?:follows|below|attached|overleaf)\b|^see\s+(?:annex|appendix)\b").expect("pointer regex")
});

/// Whether line `index` is a page's furniture: a footer with its page
/// number, or a line the sections found to be debris (a running header).
fn is_page_furniture(cx: &Context<'_>, index: usize) -> bool {
    cx.sections.is_debris(index) || crate::sections::is_page_footer(cx.source.line(index).text)
}

/// A page's number alone on its line ("2", "  14"), or a footer
/// ([`crate::sections::is_page_footer`]).
fn is_bare_page_number(line: &str) -> bool {
    let t = line.trim();
    (!t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()))
        || crate::sections::is_page_footer(line)
}

/// True when `line` holds only dashes and bullets, no words.
fn is_marks_only(line: &str) -> bool {
    line.chars()
        .all(|c| c.is_whitespace() || matches!(c, '-' | '\u{2013}' | '\u{2014}' | '\u{2022}'))
}

/// Reads the notes to editors.
pub fn notes(cx: &Context<'_>) -> Vec<Note> {
    let Some(range) = cx.sections.notes.clone() else {
        return Vec::new();
    };
    let source = cx.source;
    // Below a rule of underscores come footnotes, not notes.
    let range = range.start
        ..range
            .clone()
            .find(|&k| crate::lexicon::is_footnote_rule(source.line(k).text))
            .unwrap_or(range.end);
    let mut numbered: Vec<(String, usize, usize)> = Vec::new();
    let mut expected = 1u32;
    // Inside a footnote to numbered notes ("* Figures for ..." after a
    // blank line): its lines belong to no note.
    let mut in_footnote = false;
    let mut after_blank = false;
    // A page's number alone on its line, and the next page's running
    // header after the form feed ("2" / "\u{c}HMCPSI News Release 27/2013
    // ..."), carry on no note.
    let mut after_page_number: Option<usize> = None;
    // After a page's footer below a note that ended its sentence, what
    // follows ("Previous HMCPSI reports on ...:" on the last page) is no
    // part of it; only the next numbered note goes on with the notes.
    let mut after_closing_footer = false;
    for index in range.clone() {
        let line = source.line(index);
        if crate::sections::is_page_footer(line.text) {
            after_closing_footer = numbered.last().is_some_and(|&(_, start, end)| {
                source.text()[start..end]
                    .trim_end()
                    .ends_with(['.', '!', '?', '"', '\u{201d}', ')'])
            });
            after_blank = false;
            continue;
        }
        if cx.sections.is_debris(index) {
            continue;
        }
        // ("    – – ": the marks of an empty list left by the page's
        // conversion carry no words of a note)
        if !line.is_blank() && is_marks_only(line.text) {
            continue;
        }
        let page_number = after_blank && is_bare_page_number(line.text);
        // (the form feed ends the page number's line or opens the header's)
        let running_header = after_page_number.is_some_and(|end| {
            source.text()[end..line.end()].contains('\u{c}') && !line.is_blank()
        });
        if page_number || running_header {
            after_page_number = page_number.then(|| line.end());
            continue;
        }
        if !line.is_blank() {
            after_page_number = None;
        }
        if let Some(c) = NOTE_START.captures(line.text) {
            // "3.", "(iii)" or "c." (a lettered note's "(i)" below it is
            // none: the numbering goes on from the note before)
            let (number, value) = match (c.name("num"), c.name("roman"), c.name("letter")) {
                (Some(m), _, _) => (m.as_str(), m.as_str().parse::<u32>().ok()),
                (None, Some(m), _) => (m.as_str(), crate::lexicon::roman_value(m.as_str())),
                (None, None, Some(m)) => (
                    m.as_str(),
                    m.as_str().bytes().next().map(|b| u32::from(b - b'a') + 1),
                ),
                (None, None, None) => ("", None),
            };
            // "... between Monday 25 November and Thursday" / "5 December
            // 2024. Inspectors ...": a date wrapped onto the next line of a
            // note, not the next note
            let rest = &line.text[c.get(0).map_or(0, |m| m.end())..];
            let wrapped_date = c.name("num").is_some()
                && !after_blank
                && !numbered.is_empty()
                && !c
                    .get(0)
                    .is_some_and(|m| m.as_str().contains(['.', ')', ':']))
                && rest.split_whitespace().next().is_some_and(|w| {
                    crate::lexicon::month(w.trim_end_matches([',', '.'])).is_some()
                });
            if value == Some(expected) && !wrapped_date {
                expected += 1;
                in_footnote = false;
                after_closing_footer = false;
                after_blank = false;
                let start = line.start + c.get(0).map_or(0, |m| m.end());
                numbered.push((number.to_owned(), start, line.end()));
                continue;
            }
        }
        if crate::lexicon::is_footnote(line.text)
            || (after_blank && line.text.trim_start().starts_with('*'))
        {
            in_footnote = true;
        }
        after_blank = line.is_blank();
        if let Some(last) = numbered.last_mut() {
            if !line.is_blank() && !in_footnote && !after_closing_footer {
                last.2 = line.end();
            }
        }
    }
    if !numbered.is_empty() {
        return numbered
            .into_iter()
            .map(|(number, start, end)| {
                // (the span ends with the note's words, not with the white
                // space a PDF's lines end with)
                let written = &source.text()[start..end];
                let end = start + written.trim_end().len();
                Note {
                    number: Some(number),
                    text: clean(written),
                    span: cx.span(start..end),
                }
            })
            .collect();
    }
    // Unnumbered notes: one per bullet when they are bulleted, else one
    // per paragraph.
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    let mut top_indent: Option<usize> = None;
    for paragraph in cx.paragraphs(range) {
        // "[1] iQuanta is ...": a footnote to a note
        if crate::lexicon::is_footnote(source.line(paragraph.start).text) {
            continue;
        }
        let bulleted = paragraph
            .clone()
            .filter(|&k| BULLET.is_match(source.line(k).text))
            .count();
        if bulleted >= 2 || (bulleted == 1 && paragraph.len() == 1) {
            for k in paragraph {
                let line = source.line(k);
                let indent = line.text.len() - line.text.trim_start().len();
                // A bullet indented under the notes' first bullets ("o
                // chief constables ..." under "• The recommendations are
                // addressed to:") belongs to the note above it.
                let nested = top_indent.is_some_and(|top| indent > top + 1);
                match BULLET.find(line.text).filter(|_| !nested) {
                    Some(b) => {
                        top_indent.get_or_insert(indent);
                        pieces.push((line.start + b.end(), line.end()));
                    }
                    None => {
                        if let Some(last) = pieces.last_mut() {
                            last.1 = line.end();
                        }
                    }
                }
            }
        } else if one_per_line(cx, &paragraph) {
            for k in paragraph {
                let line = source.line(k);
                pieces.push((line.start, line.end()));
            }
        } else {
            let bytes = crate::sections::byte_range(source, &paragraph);
            pieces.push((bytes.start, bytes.end));
        }
    }
    pieces
        .into_iter()
        .map(|(start, end)| {
            let text = cx.text(start..end);
            Note {
                number: None,
                text: text.text,
                span: text.span,
            }
        })
        .filter(|n| !n.text.is_empty())
        .collect()
}

/// True for a paragraph of a page kept one line per paragraph with no
/// blank lines between (a GOV.UK page's notes): every line ends a sentence
/// and the lines run longer than text wrapped at a width would.
fn one_per_line(cx: &Context<'_>, paragraph: &std::ops::Range<usize>) -> bool {
    let lines = || paragraph.clone().map(|k| cx.source.line(k).text.trim_end());
    paragraph.len() >= 2
        && lines().all(|t| t.ends_with(['.', '!', '?', '"', '\u{201d}', ')']))
        && lines().map(str::len).max().unwrap_or(0) > 150
}

/// Reads the key findings: the bullets after a line announcing them, in
/// the notes or the body.
pub fn key_findings(cx: &Context<'_>) -> Vec<Text> {
    let source = cx.source;
    let mut ranges = vec![cx.sections.body.clone()];
    ranges.extend(cx.sections.notes.clone());
    for range in ranges {
        // every list a lead brings in ("Inspectors were concerned to find
        // that:" ... "However, inspectors found that:"), in order
        let items: Vec<(usize, usize)> = range
            .clone()
            .filter(|&k| FINDINGS_LEAD.is_match(source.line(k).text))
            .take(MAX_FINDINGS_LEADS)
            .flat_map(|lead| items_after_lead(cx, lead, range.end))
            .collect();
        let findings: Vec<Text> = items
            .into_iter()
            .map(|(s, e)| cx.text(s..e))
            .filter(|t| !t.text.is_empty() && !POINTER.is_match(&t.text))
            .collect();
        if !findings.is_empty() {
            return findings;
        }
    }
    Vec::new()
}

/// The most leads of key findings read in one part of a page: a release
/// has one or two ("concerned to find that:", "However, ... found that:").
const MAX_FINDINGS_LEADS: usize = 4;

/// The bullets after the lead of key findings at line `lead`, up to line
/// `end`, as byte ranges.
fn items_after_lead(cx: &Context<'_>, lead: usize, end: usize) -> Vec<(usize, usize)> {
    let source = cx.source;
    let mut items: Vec<(usize, usize)> = Vec::new();
    let mut in_break = false;
    for index in lead + 1..end {
        let line = source.line(index);
        // a page break inside the list: its footer and the next page's
        // running header (with the blank lines about them) are stepped
        // over, a bullet after them goes on with the list
        if is_page_furniture(cx, index) {
            in_break = true;
            continue;
        }
        if line.is_blank() {
            // (a web page sets a blank line between its bullets)
            let bullet_next = (index + 1..end)
                .map(|k| source.line(k))
                .find(|l| !l.is_blank())
                .is_some_and(|l| BULLET.is_match(l.text));
            if items.is_empty()
                || in_break
                || bullet_next
                || super::list_after_page_break(cx, index, end, &BULLET, |_| true).is_some()
            {
                continue;
            }
            break;
        }
        // (after a page break only another bullet goes on with the list)
        if in_break && !BULLET.is_match(line.text) {
            break;
        }
        in_break = false;
        // A numbered note ends the findings: "- 2 HMCPSI is ...", "3.
        // ..."; a finding may open with a number ("• 31 of the 94 cells
        // ...", "61 per cent ..." carried on from the line above).
        let bullet = BULLET.find(line.text);
        let rest = bullet
            .map_or(line.text, |b| &line.text[b.end()..])
            .trim_start();
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let opens_note = if (1..=2).contains(&digits) {
            let after = &rest[digits..];
            // (not "27.4% of trials")
            after
                .strip_prefix(['.', ')', ':'])
                .is_some_and(|r| r.is_empty() || r.starts_with(char::is_whitespace))
                || after.trim_start().starts_with(char::is_uppercase)
        } else {
            bullet.is_none() && NOTE_START.is_match(line.text)
        };
        if opens_note {
            break;
        }
        if let Some(b) = bullet {
            items.push((line.start + b.end(), line.end()));
        } else if items.is_empty() {
            break;
        } else if let Some(last) = items.last_mut() {
            last.1 = line.end();
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use crate::parse;

    fn notes(text: &str) -> Vec<String> {
        parse(text)
            .notes_to_editors
            .into_iter()
            .map(|n| n.text)
            .collect()
    }

    #[test]
    fn a_page_s_share_buttons_after_the_notes_are_no_note() {
        let text = "Report\n\nHeadline\n\nThe inspectorate published a report today.\n\nNotes to editors\n\n\u{2022} The inspectorate inspects youth justice services.\n\u{2022} The full report is on our website.\n\nShare this:\n\nClick to share on Twitter (Opens in new window)\nClick to email a link to a friend (Opens in new window)\n";
        assert_eq!(
            notes(text),
            [
                "The inspectorate inspects youth justice services.",
                "The full report is on our website."
            ]
        );
    }

    #[test]
    fn a_bilingual_page_s_links_after_the_notes_are_no_note() {
        for tail in [
            "Darllenwch yr adroddiad / Read the report: Fenmoor inspection (PDF, 684KB)",
            "Rhannu\u{2019}r dudalen hon:   Facebook   Twitter",
            "Rhannu'r dudalen hon:   Facebook   Twitter",
            "Newyddion cysylltiedig\n  Arolygwyr yn canmol Fenmoor \u{2013} 09/05/2019",
        ] {
            let text = format!(
                "Report\n\nHeadline\n\nThe inspectorate published a report today.\n\nNotes to editors\n\n1. Estyn yw\u{2019}r arolygiaeth.\n   Estyn is the inspectorate.\n\n2. Ymholiadau: 029 2044 6419.\n   Media enquiries: 029 2044 6419.\n\n{tail}\n"
            );
            assert_eq!(
                notes(&text),
                [
                    "Estyn yw\u{2019}r arolygiaeth. Estyn is the inspectorate.",
                    "Ymholiadau: 029 2044 6419. Media enquiries: 029 2044 6419."
                ],
                "{tail}"
            );
        }
    }

    #[test]
    fn a_page_number_and_the_next_page_s_running_header_end_no_note() {
        let page = "Inspection of Fenmoor\n\nInspectors praise Fenmoor\n\nHM Inspectorate of Probation today published its report on the work of Fenmoor Probation Trust, which it found much improved.\n\nStaff knew their cases well and managers led them firmly.\n\nNotes to editors\n\n1.   The inspection took place in May.\n\n2.   For further information contact the press office on 020 7946 0419.\n\n                                        2\n\u{c}HMCPSI News Release 27/2013          Follow-up inspection of Fenmoor\n";
        assert_eq!(
            notes(page),
            [
                "The inspection took place in May.",
                "For further information contact the press office on 020 7946 0419."
            ]
        );
    }

    #[test]
    fn what_follows_a_page_footer_under_a_finished_note_is_no_part_of_it() {
        let page = "Inspection of Fenmoor\n\nInspectors praise Fenmoor\n\nHM Inspectorate of Probation today published its report on the work of Fenmoor Probation Trust, which it found much improved.\n\nStaff knew their cases well and managers led them firmly.\n\nNotes to editors\n\n1.   The inspection took place in May.\n\n2.   For further information contact the press office on\n     020 7946 0419.\n\n   News Release 06/2016                              Page 2 of 3\n\n   Previous reports on Fenmoor:\n   Inspection of Fenmoor (July 2013)\n";
        assert_eq!(
            notes(page),
            [
                "The inspection took place in May.",
                "For further information contact the press office on 020 7946 0419."
            ]
        );
        // a note broken mid-sentence by the page goes on after it (its
        // text, one slice of the page, still holds the footer)
        let broken = page.replace("020 7946 0419.\n\n", "020 7946\n\n").replace(
            "   Previous reports on Fenmoor:\n   Inspection of Fenmoor (July 2013)\n",
            "   0419 during office hours.\n",
        );
        assert!(
            notes(&broken)
                .last()
                .is_some_and(|n| n.ends_with("0419 during office hours."))
        );
    }

    #[test]
    fn an_empty_lists_marks_end_no_note() {
        let page = "Inspection of Fenmoor\n\nInspectors praise Fenmoor\n\nHM Inspectorate of Probation today published its report on the work of Fenmoor Probation Trust, which it found much improved.\n\nNotes to editors\n\n  1. The report follows one published in 2015.\n    \u{2013} \u{2013} \n  2. For further information contact the press office on 020 7946 0419.\n";
        assert_eq!(
            notes(page),
            [
                "The report follows one published in 2015.",
                "For further information contact the press office on 020 7946 0419."
            ]
        );
    }

    #[test]
    fn a_notes_span_ends_with_its_words() {
        let page = "Inspection of Fenmoor\n\nInspectors praise Fenmoor\n\nHM Inspectorate of Probation today published its report on the work of Fenmoor Probation Trust, which it found much improved.\n\nNotes to editors\n\n1. The Inspectorate is independent. \n2. For further information contact the press office. \n";
        let record = parse(page);
        assert_eq!(record.notes_to_editors.len(), 2);
        for note in &record.notes_to_editors {
            let span = &page[note.span.start..note.span.end];
            assert!(span.ends_with('.'), "{span:?}");
        }
    }

    #[test]
    fn a_date_wrapped_onto_a_notes_next_line_opens_no_note() {
        let page = "Inspection of Fenmoor\n\nInspectors praise Fenmoor\n\nHM Inspectorate of Prisons today published its report on Fenmoor, which it found much improved.\n\nNotes to editors\n\n1.  This inspection took place between Monday 25 November and Thursday\n    5 December 2024. Inspectors from the CQC joined.\n\n2.  For further information contact the press office.\n";
        assert_eq!(
            notes(page),
            [
                "This inspection took place between Monday 25 November and Thursday 5 December 2024. Inspectors from the CQC joined.",
                "For further information contact the press office."
            ]
        );
    }

    #[test]
    fn notes_one_a_line_with_no_blank_lines_and_the_page_s_history_after() {
        let page = "Inspectors find long waits in Fenmoor\n\nOfsted and the CQC have today published the findings of their joint inspection of the Fenmoor local area partnership, which is responsible for services for children.\n\nNotes to editors\nArea SEND inspections are carried out jointly by Ofsted and CQC under the area SEND inspection framework introduced in January 2023, and they make no recommendations.\nThere are three possible outcomes, and partnerships given the lowest outcome are normally inspected again within eighteen months of the report.\nThe 2019 report is on the Ofsted website.\nUpdates to this page\nPublished 24 June 2025\n";
        assert_eq!(
            notes(page),
            [
                "Area SEND inspections are carried out jointly by Ofsted and CQC under the area SEND inspection framework introduced in January 2023, and they make no recommendations.",
                "There are three possible outcomes, and partnerships given the lowest outcome are normally inspected again within eighteen months of the report.",
                "The 2019 report is on the Ofsted website."
            ]
        );
        // text wrapped at a width stays one note, whatever its lines end with
        let page = "Inspectors find long waits in Fenmoor\n\nOfsted and the CQC have today published the findings of their joint inspection of the Fenmoor local area partnership, which is responsible for services for children.\n\nNotes to editors\nArea SEND inspections are carried out jointly by Ofsted and CQC.\nThey make no recommendations.\n";
        assert_eq!(notes(page).len(), 1);
    }

    /// The key findings read from `text`.
    fn findings(text: &str) -> Vec<String> {
        parse(text)
            .key_findings
            .into_iter()
            .map(|f| f.text)
            .collect()
    }

    #[test]
    fn findings_led_by_main_points_or_findings_included() {
        let included = findings(
            "Report\n\nHeadline\n\nThe inspectorate published a report today on the prison.\n\nFindings included:\n\n  -  assaults had fallen;\n  -  drug use had risen.\n",
        );
        assert_eq!(included, ["assaults had fallen;", "drug use had risen."]);
        let bare = findings(
            "Report\n\nHeadline\n\nThe inspectorates published a joint review today of teams across Wales.\n\nFindings:\n\n  \u{2022} people are often unclear how to reach the teams;\n  \u{2022} care plans are not drawn up with families.\n",
        );
        assert_eq!(
            bare,
            [
                "people are often unclear how to reach the teams;",
                "care plans are not drawn up with families."
            ]
        );
        let points = findings(
            "Report\n\nHeadline\n\nThe council has welcomed the report that the inspectorate published today on its education services for children.\n\nAmong the main points the report makes are:\n\n  \u{2022} leaders promote the Welsh language;\n  \u{2022} provision for pupils has grown stronger.\n",
        );
        assert_eq!(
            points,
            [
                "leaders promote the Welsh language;",
                "provision for pupils has grown stronger."
            ]
        );
        let were = findings(
            "Report\n\nHeadline\n\nThe regulator published its reports today on the trust's hospitals.\n\nAmong the many examples of excellent practice the inspectors found were:\n\n  \u{2022} staff treated patients with dignity\n  \u{2022} teams shared lessons from incidents\n",
        );
        assert_eq!(
            were,
            [
                "staff treated patients with dignity",
                "teams shared lessons from incidents"
            ]
        );
        let glad = findings(
            "Report\n\nHeadline\n\nThe inspectorate published its report today on the youth offending service.\n\nInspectors were glad to see that:\n\n  \u{2022} work to reduce reoffending was satisfactory;\n  \u{2022} the sentence was served well.\n",
        );
        assert_eq!(
            glad,
            [
                "work to reduce reoffending was satisfactory;",
                "the sentence was served well."
            ]
        );
        // what was found, named before the list
        let named = findings(
            "Report\n\nHeadline\n\nThe inspectorate published its report today on the courts.\n\nInspectors found these causes for concern:\n\n\u{2022} cells were too cold;\n\u{2022} no interpreters were booked.\n",
        );
        assert_eq!(
            named,
            ["cells were too cold;", "no interpreters were booked."]
        );
        // a web page's bullets, a blank line between each
        let spaced = findings(
            "Report\n\nHeadline\n\nThe inspectorate published its report today on the prison.\n\nInspectors were concerned to find that:\n\n\u{2013} violence was high,\n\n\u{2013} induction was poorly organised;\n\nThe governor said the prison would act.\n",
        );
        assert_eq!(
            spaced,
            ["violence was high,", "induction was poorly organised;"]
        );
        // a second lead's list follows the first's
        let both = findings(
            "Report\n\nHeadline\n\nThe inspectorate published its report today on the prison.\n\nInspectors were concerned to find that:\n\n - assaults had doubled;\n - drugs were easy to get.\n\nHowever, inspectors found that:\n\n - health care had improved.\n",
        );
        assert_eq!(
            both,
            [
                "assaults had doubled;",
                "drugs were easy to get.",
                "health care had improved."
            ]
        );
    }

    #[test]
    fn findings_that_open_with_numbers_and_the_numbered_note_after_them() {
        let found = findings(
            "Court custody in Fenmoor\n\nCells were clean but children waited too long, inspectors say\n\nHM Inspectorate of Prisons has today published a report on court custody in Fenmoor, where inspectors visited six suites between 30 June and 10 July 2025.\n\nInspectors found:\n\n  \u{2022} detainees waited over\n61 per cent longer than in 2019;\n  \u{2022} 31 of the 94 cells had graffiti;\n  \u{2022} 27.4% of staff were new.\n\nThe report makes 12 recommendations.\n",
        );
        assert_eq!(
            found,
            [
                "detainees waited over 61 per cent longer than in 2019;",
                "31 of the 94 cells had graffiti;",
                "27.4% of staff were new."
            ]
        );
        // a numbered note after the findings is no finding
        let with_note = findings(
            "Report\n\nHeadline\n\nThe inspectorate published a report today on the custody suites.\n\nNotes to editors\n\n- 1 A summary of the report's key findings:\n - cells were clean.\n - staff were kind.\n- 2 HMCPSI is an independent statutory body.\n",
        );
        assert_eq!(with_note, ["cells were clean.", "staff were kind."]);
    }

    #[test]
    fn findings_over_a_page_break() {
        let page = "Report on Fenmoor\n\nFenmoor YJS rated Good, say inspectors\n\nHM Inspectorate of Probation has today published its report on Fenmoor Youth Justice Service, rated Good.\n\nInspectors found:\n\n  \u{2022}  strong links with schools\n  \u{2022}  too little attention to victims\n\nHMI Probation Press Release 41/2025                         Page 1 of 3\n\u{c}HMI Probation  |  Fenmoor YJS  |  Press release 41/2025\n\n  \u{2022}  gaps in the health offer\n\nThe report makes six recommendations.\n";
        assert_eq!(
            findings(page),
            [
                "strong links with schools",
                "too little attention to victims",
                "gaps in the health offer"
            ]
        );
        // prose after the break ends the list
        let prose = page.replace("  \u{2022}  gaps in the health offer\n\n", "");
        assert_eq!(
            findings(&prose),
            [
                "strong links with schools",
                "too little attention to victims"
            ]
        );
    }

    #[test]
    fn footnotes_are_not_notes() {
        let bracketed = notes(
            "Report\n\nHeadline\n\nThe inspectorate published a report today.\n\nNotes to editors\n\n  • HMIC inspects forces.\n  • Figures are from iQuanta [1].\n\n[1] iQuanta is a tool for comparing forces.\n",
        );
        assert_eq!(
            bracketed,
            ["HMIC inspects forces.", "Figures are from iQuanta [1]."]
        );
        let under_a_rule = notes(
            "Report\n\nHeadline\n\nThe inspectorate published a report today.\n\nNOTES TO EDITORS\n\n * The report is online.\n * Learning was inspected with Ofsted.\u{b9}\n\n_______________\n\u{b9} Ofsted assessed the main site only.\n",
        );
        assert_eq!(
            under_a_rule,
            [
                "The report is online.",
                "Learning was inspected with Ofsted.\u{b9}"
            ]
        );
        let starred = notes(
            "Report\n\nHeadline\n\nThe inspectorate published a report today.\n\nNotes to editors\n\n1) The programme began in 2014.*\n2) The annex is below.\n\n* Figures will be drawn\ntogether in 2016.\n",
        );
        assert_eq!(
            starred,
            ["The programme began in 2014.*", "The annex is below."]
        );
    }

    #[test]
    fn lettered_notes_with_roman_items_inside_one() {
        let lettered = notes(
            "Report\n\nHeadline\n\nThe inspectorate published a report today on protective orders, which it found were too often breached.\n\nNotes to editors\n\na. The report is on the inspectorates' websites.\n\nb. The inspection was part of the joint programme.\n\nc. The orders covered were:\n    (i) restraining orders;\n    (ii) non-molestation orders;\n    (iii) stalking protection orders.\n\nd. Breaching an order is an offence.\n",
        );
        assert_eq!(lettered.len(), 4);
        assert!(lettered[2].starts_with("The orders covered were:"));
        assert!(lettered[2].ends_with("(iii) stalking protection orders."));
        assert_eq!(lettered[3], "Breaching an order is an offence.");
    }

    #[test]
    fn roman_numbers_and_bullets_nested_in_a_note() {
        let roman = notes(
            "Report\n\nHeadline\n\nThe inspectorate published a report today on the Area, which it last inspected in 2005, and found that it had improved.\n\nNOTES TO EDITORS\n\n(i)   HMCPSI is independent.\n(ii)  The Area has 340 staff.\n(iii) The last report was published in 2005.\n",
        );
        assert_eq!(roman.len(), 3);
        assert_eq!(roman[2], "The last report was published in 2005.");
        let nested = notes(
            "Report\n\nHeadline\n\nHMICFRS published a report today on case files, which it last inspected in 2021, and found that they had improved.\n\nNotes to editors\n\n   •   HMICFRS inspects forces.\n\n   •   The new recommendations are addressed to:\n          o   chief constables (two);\n          o   the CPS (one).\n\n   •   The report is online.\n",
        );
        assert_eq!(nested.len(), 3);
        assert!(nested[1].ends_with("the CPS (one)."), "{:?}", nested[1]);
    }
}
