//! Whether a page is an inspection press release at all.
//!
//! Inspectorates publish much besides releases: annual reports and accounts,
//! listing pages of news items, consultations, vacancies. Such a page names
//! the inspectorate, quotes its chief and gives counts, but none of them is
//! an inspection's: read as a release, it gives guesses. A page is another
//! kind when its title or headline names one of the
//! [`NOT_A_RELEASE`] kinds, or when it lists
//! several items each with its own publication date (a listing page).

use std::sync::LazyLock;

use super::Context;
use crate::lexicon::{NOT_A_RELEASE, NOT_A_RELEASE_LEDES};
use crate::record::Text;
use crate::source::contains_word_or_plural;

/// How many times a writer's own "I" outside quotation marks makes a page a
/// first-person piece: a release quotes its chief's "I" and never speaks so
/// itself.
const FIRST_PERSON_WORDS: usize = 2;

/// True when a first-person page answers an inspectorate's report as
/// another body's ("I am glad to receive this report from HMICFRS", "the
/// HMIC report", "HMIC's report"): a commissioner's or a force's response
/// tells of the inspection, where an inspector's own blog ("our newest
/// inspection reports") does not. The first few mentions are looked at.
fn answers_an_inspectorates_report(body: &str) -> bool {
    crate::lexicon::inspectorates_named(body).any(|(_, known)| {
        known.pattern.find_iter(body).take(8).any(|m| {
            let rest = &body[m.end()..];
            let after = crate::source::POSSESSIVE_ENDS
                .iter()
                .find_map(|p| rest.strip_prefix(p))
                .unwrap_or(rest)
                .trim_start();
            let before = body[..m.start()].trim_end();
            crate::lexicon::ANSWERED_REPORT_WORDS
                .iter()
                .any(|w| crate::source::starts_with_ignore_case(after, w))
                || crate::lexicon::REPORT_FROM_LINKS
                    .iter()
                    .any(|l| crate::source::ends_with_ignore_case(before, l))
        })
    })
}

/// The times `text` says "I" outside quotation marks (straight, double or
/// single curly; a paragraph ends any quotation left open). A paragraph that ends by
/// closing a quotation it never opened is the end of a quotation broken by
/// a page break ("... one of the most" / page footer / "important things
/// the police do. I am encouraged ...\""): its "I" is quoted.
fn first_person_outside_quotes(text: &str) -> usize {
    text.split("\n\n").map(first_person_in_paragraph).sum()
}

fn first_person_in_paragraph(paragraph: &str) -> usize {
    let mut inside = false;
    // inside single curly marks ("‘I regard this report as constructive’"),
    // whose closing mark is also the apostrophe: it closes only where no
    // letter follows it
    let mut inside_single = false;
    let mut count = 0;
    let mut previous = ' ';
    // whether the last quotation mark closed a quotation it never opened
    let mut closed_unopened = false;
    let mut chars = paragraph.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{201c}' => inside = true,
            '\u{201d}' => {
                closed_unopened = !inside;
                inside = false;
            }
            '"' => {
                // a straight mark at the very end closes rather than opens
                let at_end = chars.peek().is_none_or(|n| n.is_whitespace());
                closed_unopened = !inside && at_end && previous != ' ';
                inside = !inside;
            }
            '\u{2018}' if !previous.is_alphanumeric() => inside_single = true,
            '\u{2019}' if inside_single && !chars.peek().is_some_and(|n| n.is_alphabetic()) => {
                // (a plural's apostrophe before its noun closes nothing:
                // "the Officers\u{2019} work")
                let mut after = chars.clone();
                let plural = previous == 's'
                    && after.next() == Some(' ')
                    && after.next().is_some_and(char::is_lowercase);
                inside_single = plural;
            }
            'I' if !inside
                && !inside_single
                && !previous.is_alphanumeric()
                && chars
                    .peek()
                    .is_some_and(|n| *n == ' ' || *n == '\u{2019}' || *n == '\'') =>
            {
                count += 1;
            }
            _ => {}
        }
        previous = c;
    }
    let ends_quoted = paragraph.trim_end().ends_with(['"', '\u{201d}']);
    if ends_quoted && closed_unopened {
        0
    } else {
        count
    }
}

/// True for a short heading over an inspector's own words: it names an
/// inspector ("HMI's", "Chief Inspector's") and ends with one of
/// [`INSPECTOR_VOICE_HEADINGS`].
///
/// [`INSPECTOR_VOICE_HEADINGS`]: crate::lexicon::INSPECTOR_VOICE_HEADINGS
fn is_inspector_voice_heading(line: &str) -> bool {
    let line = line.trim();
    // the cheap tests first: this runs on every line of a first-person page
    let heading_word = line.len() <= 80
        && line.rsplit(' ').next().is_some_and(|last| {
            crate::lexicon::INSPECTOR_VOICE_HEADINGS
                .iter()
                .any(|h| last.eq_ignore_ascii_case(h))
        });
    heading_word
        && line.split_whitespace().count() <= 6
        && line.split_whitespace().any(|w| {
            let w = w.trim_end_matches(['\'', '\u{2019}', 's']);
            w.eq_ignore_ascii_case("HMI") || w.eq_ignore_ascii_case(crate::lexicon::INSPECTOR_NOUN)
        })
}

/// How many speakers' labels make a page a transcript.
const TRANSCRIPT_SPEAKERS: usize = 2;

/// True when `line` labels a speaker in a record of evidence, then a
/// colon: on a line of its own, a speaker's name as such a record prints
/// it ([`crate::sections::is_speaker_line`]: "Dr Michael Maguire (Criminal
/// Justice Inspection Northern Ireland)") or a post after "The" ("The
/// Deputy Chairperson"); before the words on the same line, only a name
/// so printed or a post of a committee's (lexicon `COMMITTEE_POSTS`: "Ms
/// Durkin: Good afternoon", "The Chairperson (Ms Bunting): With us ..."),
/// so that "The Findings: ..." labels nobody.
fn is_speaker_label(line: &str) -> bool {
    let line = line.trim();
    let (label, inline) = match line.strip_suffix(':') {
        Some(label) => (label, false),
        None => match line.split_once(": ") {
            Some((label, _)) => (label, true),
            None => return false,
        },
    };
    // ("The Chairperson (Ms Bunting)": the holder's name in brackets)
    let post_only = crate::sections::without_bracketed_part(label);
    let post = post_only.strip_prefix("The ").filter(|post| {
        let words: Vec<&str> = post.split_whitespace().collect();
        (1..=3).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase))
    });
    crate::sections::is_speaker_line(label)
        || post.is_some_and(|post| {
            !inline
                || crate::lexicon::COMMITTEE_POSTS
                    .iter()
                    .any(|p| post.eq_ignore_ascii_case(p))
        })
}

/// True when the page records spoken evidence, each speaker labelled on a
/// line of their own or before their words ([`is_speaker_label`]): its
/// "I" is a speaker's.
fn is_transcript(cx: &Context<'_>) -> bool {
    cx.source
        .lines()
        .filter(|l| is_speaker_label(l.text))
        .take(TRANSCRIPT_SPEAKERS)
        .count()
        >= TRANSCRIPT_SPEAKERS
}

/// How many dated items make a page a listing.
const LISTING_ITEMS: usize = 3;

/// How many places each listed with their own inspection's dates make a
/// page a list of inspections ("Brook House: 31st October - 11th November
/// 2016", "Colnbrook: 29 February – 11 March 2016", ...).
const LISTED_INSPECTIONS: usize = 4;

/// The longest name or dates read on a line of a list of inspections, in
/// bytes.
const LISTED_PART_MAX: usize = 60;

/// True when `line` is a place and the dates of its inspection and nothing
/// else: a name of a few capitalised words (no digits), a colon, and dates
/// that open with a day and close with a year ("Dover: 3rd -14th March
/// 2014"). A page's own metadata ("Published: 12 May 2014") names no
/// place.
fn is_listed_inspection(line: &str) -> bool {
    let Some((name, dates)) = line.trim().rsplit_once(':') else {
        return false;
    };
    let (name, dates) = (name.trim(), dates.trim());
    let year = dates
        .get(dates.len().saturating_sub(4)..)
        .is_some_and(crate::dates::names_a_year);
    // (the pattern of metadata keys last: it runs on every line read)
    !name.is_empty()
        && name.len() <= LISTED_PART_MAX
        && dates.len() <= LISTED_PART_MAX
        && name.starts_with(char::is_uppercase)
        && !name.contains(|c: char| c.is_ascii_digit())
        && dates.starts_with(|c: char| c.is_ascii_digit())
        && year
        && !crate::sections::is_metadata_line(line)
}

/// True when `lede` (lower case) has the inspectorate count its own reports
/// in the first person: "we" and one of
/// [`OWN_OUTPUT_VERBS`](crate::lexicon::OWN_OUTPUT_VERBS), then a number and
/// "reports" within two words ("we brought out two inspection reports").
fn counts_its_own_reports(lede: &str) -> bool {
    crate::lexicon::OWN_OUTPUT_VERBS.iter().any(|verb| {
        let said = format!("{} {verb} ", crate::lexicon::OWN_OUTPUT_VOICE);
        lede.match_indices(&said).any(|(at, _)| {
            let rest = &lede[at + said.len()..];
            crate::lexicon::parse_number(rest).is_some_and(|(_, used)| {
                rest[used..].split_whitespace().take(3).any(|w| {
                    crate::lexicon::OWN_OUTPUT_NOUNS.contains(&w.trim_end_matches([',', '.', ';']))
                })
            })
        })
    })
}

/// True when `rest` opens with an inspectorate's name, an article aside
/// ("Ofsted to Education Select Committee ...", "the Care Inspectorate").
pub(crate) fn names_an_inspectorate_first(rest: &str) -> bool {
    let rest = rest.trim_start();
    let rest = crate::lexicon::after_article(rest).unwrap_or(rest);
    crate::lexicon::inspectorates_named(rest)
        .any(|(_, known)| known.pattern.find(rest).is_some_and(|m| m.start() == 0))
}

/// Why the page is not an inspection press release, or `None` when it may
/// be one.
pub fn other_kind(
    cx: &Context<'_>,
    title: Option<&Text>,
    headline: Option<&Text>,
) -> Option<String> {
    for t in [title, headline].into_iter().flatten() {
        let lower = t.text.to_lowercase();
        // "X rated 'Requires improvement' as vacancies hold back work": a
        // word of another kind after a grade given is the grade's reason
        // ("Our quarter in inspection: two youth services rated ..." names
        // its kind first)
        let graded_at = crate::lexicon::GRADING_VERBS
            .iter()
            .filter_map(|v| crate::source::find_word(&lower, v))
            .min();
        // "Chief responds to Inspectorate report": an inspected body's answer
        // to a report tells of that inspection; a reply to remarks does not
        let answers_a_report = |k: &str| {
            crate::lexicon::RESPONSE_PHRASES.contains(&k)
                && lower.find(k).is_some_and(|at| {
                    crate::lexicon::ANSWERED_REPORT_WORDS
                        .iter()
                        .any(|w| crate::source::find_word(&lower[at..], w).is_some())
                })
        };
        if let Some(opening) = crate::lexicon::OWN_STATEMENT_OPENINGS
            .iter()
            .find(|o| lower.starts_with(*o) && names_an_inspectorate_first(&t.text[o.len()..]))
        {
            return Some(format!(
                "its title \"{}\" opens an inspectorate's own statement (\"{opening}\")",
                t.text
            ));
        }
        if let Some(opening) = crate::lexicon::BATCH_HEADING_OPENINGS
            .iter()
            .find(|o| lower.starts_with(*o))
        {
            return Some(format!(
                "its title \"{}\" opens a batch of reports (\"{opening}\")",
                t.text
            ));
        }
        if let Some(kind) = NOT_A_RELEASE.iter().find(|k| {
            contains_word_or_plural(&lower, k)
                && graded_at.is_none_or(|g| lower.find(*k).is_some_and(|at| at < g))
                && !answers_a_report(k)
        }) {
            return Some(format!("its title \"{}\" names {kind}", t.text));
        }
    }
    // "Today HM Inspectorate of Probation brought out its annual report,
    // which shows ...": a release about a publication that is no
    // inspection, said in the first paragraph
    let lede = cx
        .body()
        .0
        .trim_start()
        .split("\n\n")
        .next()
        .unwrap_or("")
        .to_lowercase();
    // "its annual report" and "their annual report" ("Inspectors carrying
    // out their annual health check of the CPS"), for each kind, built once
    static ITS_KINDS: LazyLock<Vec<(String, &str)>> = LazyLock::new(|| {
        NOT_A_RELEASE_LEDES
            .iter()
            .flat_map(|k| {
                crate::lexicon::PUBLICATION_OWNERS
                    .iter()
                    .map(move |owner| (format!("{owner} {k}"), *k))
            })
            .collect()
    });
    if let Some(kind) = ITS_KINDS
        .iter()
        .find(|(its, _)| contains_word_or_plural(&lede, its))
        .map(|(_, kind)| kind)
    {
        return Some(format!("its first paragraph is about its {kind}"));
    }
    if counts_its_own_reports(&lede) {
        return Some(
            "its first paragraph counts the reports the inspectorate brought out (a year's work)"
                .to_owned(),
        );
    }
    // "the 2020/21 annual report on YOI Werrington from the Independent
    // Monitoring Board": the work of a body that does not inspect, on a page
    // that names no inspectorate
    let text = cx.source.text();
    if let Some(reporter) = crate::lexicon::NOT_INSPECTORATE_REPORTERS
        .iter()
        .find(|r| text.contains(*r))
    {
        if crate::lexicon::inspectorates_named(text).next().is_none() {
            return Some(format!(
                "it tells of the work of the {reporter}, which does not inspect, and names no inspectorate"
            ));
        }
    }
    // An inspector's letter ("Dear Chief Constable, ... I found") reports an
    // inspection in the first person too, and so do an inspector's
    // observations under a heading of their own ("HMI's observations") and
    // a minister's answer to a written question.
    let letter = || {
        cx.source.lines().any(|l| {
            let t = l.text.trim_start();
            t.starts_with("Dear ")
                || is_inspector_voice_heading(l.text)
                || crate::lexicon::FOREWORD_HEADINGS
                    .iter()
                    .any(|h| t.trim_end().eq_ignore_ascii_case(h))
                || crate::lexicon::WRITTEN_QUESTION_OPENINGS
                    .iter()
                    .any(|q| t.starts_with(q))
        }) || [title, headline]
            .into_iter()
            .flatten()
            .any(|t| t.text.to_lowercase().contains("letter"))
    };
    if first_person_outside_quotes(cx.body().0) >= FIRST_PERSON_WORDS
        && !letter()
        && !is_transcript(cx)
        && !answers_an_inspectorates_report(cx.body().0)
    {
        return Some(
            "its writer speaks as \"I\" outside any quotation (a blog post or comment piece)"
                .to_owned(),
        );
    }
    // a page's own date and those of the related items in its tail
    // ("Related Publications" / "Published: 01 October 2024") list nothing
    let dated = cx
        .source
        .lines()
        .take_while(|line| !crate::lexicon::is_page_tail(line.text))
        .filter(|line| crate::lexicon::opens_with_date_lead(line.text))
        .take(LISTING_ITEMS)
        .count();
    if dated >= LISTING_ITEMS {
        return Some(format!(
            "it lists {LISTING_ITEMS} or more items each with its own publication date (a listing page)"
        ));
    }
    let listed = cx
        .source
        .lines()
        .filter(|line| is_listed_inspection(line.text))
        .take(LISTED_INSPECTIONS)
        .count();
    (listed >= LISTED_INSPECTIONS).then(|| {
        format!("it lists {LISTED_INSPECTIONS} or more places each with the dates of its own inspection (a list of inspections)")
    })
}

#[cfg(test)]
mod tests {
    use crate::{Code, parse};

    fn flagged(text: &str) -> bool {
        parse(text)
            .diagnostics
            .iter()
            .any(|d| d.code == Code::NotAPressRelease)
    }

    #[test]
    fn a_release_about_an_annual_report_is_not_an_inspections() {
        let annual = "Half of youth offending services inspected need to improve\n\nToday HM Inspectorate of Probation brought out its annual report, which shows that over half of the 16 services it inspected this year need to get better.\n\nChief Inspector Justin Russell said: \u{201c}We are disappointed.\u{201d}\n";
        assert!(flagged(annual));
        // the inspectorate's own publications are the first of the kinds
        assert_eq!(
            crate::lexicon::NOT_A_RELEASE_LEDES.last(),
            Some(&"strategic plan")
        );
        let inspection = "Youth offending service needs to improve\n\nHM Inspectorate of Probation today published its report on the Kelby youth offending service, which inspectors visited in March. The service's annual report had claimed progress.\n";
        assert!(!flagged(inspection));
    }

    #[test]
    fn a_monitoring_boards_report_is_no_inspections() {
        let board = "Jail called unsafe\n\nBoys at HMYOI Fenwick made hundreds of weapons, says the annual report on the jail from the Independent Monitoring Board.\n\nJo Hale, chair of the board, said: \u{201c}It was unsafe.\u{201d}\n";
        assert!(flagged(board));
        // an inspection release that mentions the board is a release
        let release = board.replace(
            "annual report on the jail",
            "report on the jail by HM Inspectorate of Prisons, which drew on the work",
        );
        assert!(!flagged(&release));
    }

    #[test]
    fn a_minister_quoted_in_single_curly_marks_is_not_the_writer() {
        // a quotation over two lines, the first left open and the second
        // opened again; the apostrophes inside close nothing
        let story = "The Island\u{2019}s probation service was inspected by HM Inspectorate of Probation in May 2010.\nThe Minister said: \u{2018}I regard this report as constructive. Its findings will guide the Service.\n\u{2018}Officers\u{2019} work is hard, and I am encouraged by what the inspectors say.\u{2019}\n";
        assert!(!flagged(story));
        assert_eq!(super::first_person_outside_quotes(story), 0);
        // the same words in the writer's own voice
        let blog = story.replace(['\u{2018}', '\u{2019}'], "");
        assert_eq!(super::first_person_outside_quotes(&blog), 2);
    }

    #[test]
    fn a_record_of_spoken_evidence_is_no_first_person_piece() {
        let hearing = "Use of legal services\n\nThe Deputy Chairperson:\n\nYou are welcome: Dr Ann Hale, the chief inspector, and Tom Reyes, one of the inspectors.\n\nDr Ann Hale (Criminal Justice Inspection Northern Ireland):\n\nI thank the committee. I will set out what the report found on legal services.\n";
        assert!(!flagged(hearing));
        let chief = parse(hearing).chief_inspector.expect("chief");
        assert_eq!(chief.name, "Ann Hale");
        // without the speakers' labels the same words are a writer's own
        let piece = hearing.replace("The Deputy Chairperson:\n\n", "").replace(
            " (Criminal Justice Inspection Northern Ireland):",
            " writes.",
        );
        assert!(flagged(&piece));
    }

    #[test]
    fn a_kind_of_page_after_a_grade_is_the_grades_reason() {
        let graded = "Marcher Downs probation region rated 'Requires improvement' as vacancies hold back work\n\nHM Inspectorate of Probation has rated the Marcher Downs region 'Requires improvement' in its first inspection of the region.\n";
        assert!(!flagged(graded));
        // a round-up names its kind before the grades it reports
        let roundup = "Our quarter in inspection: two youth services rated 'Outstanding'\n\nHM Inspectorate of Probation published six reports this quarter.\n";
        assert!(flagged(roundup));
    }

    #[test]
    fn a_heading_over_a_batch_of_reports_is_a_listing() {
        let batch = "Reports published 29 April\n\nHM Inspectorate of Prisons today published its reports on HMP Fenwick and on court custody in Marlshire.\n\nInspectors found that the prison was working well. Staff were caring and the wings were clean.\n\nThe court cells were dirty.\n";
        assert!(flagged(batch));
        // one release on the reports its heading names is a release
        let release = batch.replace(
            "Reports published 29 April",
            "Fenwick and Marlshire reports published today",
        );
        assert!(!flagged(&release));
    }

    #[test]
    fn a_reply_to_a_report_tells_of_the_inspection_and_a_reply_to_remarks_does_not() {
        let answer = "Chief responds to Inspectorate report\n\nThe Chief Crown Prosecutor for CPS Fenmarsh said the HMCPSI report gave a fair picture of the Area. The inspection was carried out over two weeks in October and November 2010.\n";
        assert!(!flagged(answer));
        let reply = "Chief Inspector replies to the Commissioner's remarks\n\nI was surprised to read the Commissioner's remarks this week, and I want to set out the facts.\n";
        assert!(flagged(reply));
    }

    #[test]
    fn a_first_person_answer_to_an_inspectorate_s_report_tells_of_the_inspection() {
        let answer = "PCC welcomes report\n\nI am glad to receive this report from HMICFRS. My office runs an independent custody visiting scheme, and I asked the Chief Constable to respond to the recommendations, which I have set out below for the public.\n";
        assert!(!flagged(answer));
        let blog = "Keeping the voice of probation heard\n\nAugust saw us publish our newest inspection reports, and I want to say what I think they show: I am clear that leadership matters, and I will keep saying so.\n";
        assert!(flagged(blog));
    }

    #[test]
    fn a_kind_of_page_is_named_in_whole_words() {
        let news = "Inspectorates find Scientific Support Service significantly improved over last four years\n\nCJI and HMIC today published their third follow-up review, which found that four of the 25 recommendations remain outstanding.\n";
        assert!(!flagged(news));
        assert!(flagged(
            "Annual reports of the inspectorate\n\nCJI published 12 reports this year.\n"
        ));
    }

    #[test]
    fn annual_reports_and_listings_are_not_releases() {
        let annual = "CJI publishes its Annual Report and Accounts 2023-24\n\nThe Chief Inspector, Jo Bell, said the inspectorate published 12 reports and made 40 recommendations.\n";
        let record = parse(annual);
        assert!(flagged(annual));
        assert!(record.recommendations.is_none() && record.chief_inspector.is_none());
        assert_eq!(record.inspectorates.len(), 1);
        let listing = "News\n\nHMP Ash was inspected.\n\nPublished: 1 May 2020\n\nHMP Elm was inspected.\n\nPublished: 2 May 2020\n\nHMP Oak improved.\n\nPublished: 3 May 2020\n";
        assert!(flagged(listing));
        assert!(parse(listing).units.is_none());
    }

    #[test]
    fn related_items_dated_in_a_pages_tail_make_no_listing() {
        let page = "Published: 26 September 2023\n\nHMICS Custody Inspection Report - Kelby - 12 September 2023\n\nIn July 2023 HMICS published its custody inspection report for Kelby. Inspectors visited the custody centre at Kelby in March 2023 and made six recommendations.\n\nRelated Publications\n\nEstates Masterplan\n\nPublished: 01 October 2024\n\nEstates Update\n\nPublished: 17 June 2024\n\nImprovement Plans\n\nPublished: 13 December 2023\n";
        assert!(!flagged(page));
        assert_eq!(
            parse(page).subject.map(|s| s.text).as_deref(),
            Some("Kelby")
        );
    }

    #[test]
    fn a_years_work_counted_in_the_first_person_is_not_a_release() {
        let section = "Our inspection activity\n\nDuring 2019-20 we brought out two inspection reports, on solemn cases and on accident inquiries. Of the 12 recommendations followed up, five were achieved.\n";
        assert!(flagged(section));
        assert!(parse(section).recommendations.is_none());
        // a release counts the report's recommendations, not its reports
        let release = "Inspection of CPS Ash\n\nToday we published our report on CPS Ash and made two recommendations.\n";
        assert!(!flagged(release));
        // the press's name for an inspectorate's annual report
        let story = "HMCPSI inspectors carrying out their annual health check of the CPS found the code applied in 93% of 2,191 cases. That is better, the report said, but the share of right decisions must rise further still.\n\nThe report looked at the year.\n";
        let record = parse(story);
        assert!(
            record
                .diagnostics
                .iter()
                .any(|d| d.message.contains("about its annual health check"))
        );
        assert!(record.subject.is_none());
    }

    #[test]
    fn an_inspectorates_own_statement_is_not_a_release() {
        let statement = "Response from Ofsted to Education Select Committee report on the role of Ofsted\n\nOfsted Chief Inspector, Ann Lee, responding to what the select committee had found, said: \"We welcome much in this report.\"\n\nThe Chair of Ofsted said the board would study it.\n";
        let record = parse(statement);
        assert!(
            record
                .diagnostics
                .iter()
                .any(|d| d.message.contains("own statement"))
        );
        assert!(record.chief_inspector.is_none() && record.subject.is_none());
        // an inspected body's answer to an inspectorate tells of the inspection
        let answer = "CPS Response to HMCPSI Area Inspection of CPS Ashmoor\n\nHMCPSI inspected CPS Ashmoor in May 2012 and made six recommendations, said Ann Lee, HM Chief Inspector.\n";
        assert!(
            !parse(answer)
                .diagnostics
                .iter()
                .any(|d| d.message.contains("own statement"))
        );
    }

    #[test]
    fn announcements_and_replies_are_not_releases() {
        let announcement = "Home\n\nNew prison inspection programme to start next week\n\n16 September 2013\n\nInspectors will visit 12 prisons between October and March, led by HM Chief Inspector of Prisons Ann Lee, who said the work matters.\n";
        assert!(flagged(announcement));
        let reply = "Jo Kay, Chief Inspector, replies to the minister's remarks\n\nI have read what the minister said about our reports and the evidence we gathered points the other way.\n";
        assert!(flagged(reply));
    }

    #[test]
    fn an_inspectors_observations_under_their_heading_are_read() {
        let page = "Fenmoor 2017\n\nHere is HMICFRS' PEEL assessment of Fenmoor Constabulary. The force's effectiveness is judged good.\n\nAnn Lee, Her Majesty's Inspector of Constabulary\n\nHMI's observations\n\nI am glad that the force has improved. I commend its leaders.\n";
        assert!(!flagged(page));
        let record = parse(page);
        assert_eq!(
            record.title.map(|t| t.text).as_deref(),
            Some("Fenmoor 2017")
        );
        assert_eq!(
            record.chief_inspector.map(|c| c.name).as_deref(),
            Some("Ann Lee")
        );
        // a heading that names no inspector is no exemption
        let blog = "My observations\n\nLast month we published reports on three probation units. I have said before that staffing is the main problem, and I will keep saying it.\n";
        assert!(flagged(blog));
    }

    #[test]
    fn speakers_labelled_before_their_words_make_a_record_of_evidence() {
        // "I" in a witness's answer is the witness's, the label opening the
        // paragraph; without the labels the same words are a comment piece
        let evidence = "Committee for Justice, meeting on Thursday, 29 May 2025\n\nThe Chairperson (Ms Bunting): With us today are Jacqui Durkin and a colleague from Criminal Justice Inspection Northern Ireland. I hope you will both begin with a few remarks.\n\nMs Durkin: Good afternoon. I trust you have read our briefing paper. I will keep my remarks short. I think the report speaks for itself and I am glad to take questions.\n";
        let speaks_as_i = |text: &str| {
            parse(text)
                .diagnostics
                .iter()
                .any(|d| d.message.contains("outside any quotation"))
        };
        assert!(!speaks_as_i(evidence));
        let comment = evidence
            .replace("The Chairperson (Ms Bunting): ", "")
            .replace("Ms Durkin: ", "");
        assert!(speaks_as_i(&comment));
        // (a label that names no speaker nor a committee's post is a
        // paragraph's heading run in: "The Findings: ...")
        let headed = evidence
            .replace("The Chairperson (Ms Bunting): ", "The Background: ")
            .replace("Ms Durkin: ", "The Findings: ");
        assert!(speaks_as_i(&headed));
    }

    #[test]
    fn a_first_person_piece_is_not_a_release_but_a_letter_is_read() {
        let blog = "05 May 2023 - Keeping standards up\n\nLast month we published reports on three probation units. I have said before that staffing is the main problem, and I will keep saying it. Inspectors looked at 120 cases.\n";
        assert!(flagged(blog));
        let release = "Probation unit must improve\n\nInspectors looked at 120 cases. \u{201c}I am concerned,\u{201d} said Ann Lee, Chief Inspector of Probation. \u{201c}I expect swift action.\u{201d}\n";
        assert!(!flagged(release));
        let letter = "Revisit letter\n\nDear Chief Fire Officer,\n\nI have now revisited the service. I found that it has made progress on the cause of concern.\n";
        assert!(
            !parse(letter)
                .diagnostics
                .iter()
                .any(|d| d.message.contains("speaks as"))
        );
    }

    #[test]
    fn a_report_s_signed_foreword_speaks_as_i_and_is_read() {
        let report = "Review of progress\n\nForeword\n\nI found a council that had listened. I am grateful to the staff.\n\nAnn Lee\nChief Inspector\n\n1. Introduction\n\nWe read the case files of 48 children.\n";
        assert!(!flagged(report));
        // the same words under no heading of a foreword are a blog's
        let blog = report.replace("Foreword\n\n", "");
        assert!(flagged(&blog));
        // a report's executive summary, written by its chief as "I"
        let summary = report.replace("Foreword", "Executive Summary");
        assert!(!flagged(&summary));
    }

    #[test]
    fn a_release_with_one_publication_date_is_read() {
        let release = "HMP Ash: safer than before\n\nPublished: 1 May 2020\n\nHMP Ash, a prison, was safer, said Ann Lee, Chief Inspector of Prisons. Inspectors made 20 recommendations.\n";
        assert!(!flagged(release));
        assert!(parse(release).chief_inspector.is_some());
    }

    #[test]
    fn a_quotation_broken_by_a_page_break_is_still_quoted() {
        let release = "INSPECTION OF HALSTERN CONSTABULARY\n\nHMIC today publishes its report on how well Halstern Constabulary protects vulnerable people, and finds real improvement.\n\nHM Chief Inspector of Constabulary, Sir Malcolm Thurgood, said:\n\n\"Protecting people who cannot protect themselves is one of the most\n\nHMIC PRESS NOTICE 47/09                                      PAGE 1 OF 2\nimportant things the police do. I am encouraged by what we found, and I expect the force to act.\"\n";
        assert!(!flagged(release));
        // a writer's own "I", outside any quotation, still tells a blog post
        let blog = "Why I inspect\n\nI have spent a year visiting prisons, and I want to say what I learned from HM Inspectorate of Prisons' work with staff and prisoners.\n";
        assert!(flagged(blog));
    }

    #[test]
    fn a_list_of_places_each_with_its_inspections_dates_is_not_a_release() {
        let list = "Detention reports\n\nThe latest inspection of each centre is listed here.\n-\nBrook House: 31st October - 11th November 2016\n-\nColnbrook: 29 February \u{2013} 11 March 2016\n-\nDover: 3rd -14th March 2014\n-\nLarne STHF: 6th June 2018\n";
        assert!(flagged(list));
        // a release's own details name no places
        let release = "Report on Brook House\n\nPublished: 12 May 2017\nFieldwork: 31 October - 11 November 2016\nEmbargo: 00:01 12 May 2017\nDover: 3 March 2014\n\nInspectors found the centre safe.\n";
        assert!(!flagged(release));
    }

    #[test]
    fn a_recruitment_notice_is_not_a_release() {
        assert!(flagged(
            "HMIPS seeks new Lay Inspectors to join prison inspection teams\n\nHM Inspectorate of Prisons for Scotland is looking for people to join its inspection teams. Its reports made 112 recommendations last year.\n"
        ));
    }

    #[test]
    fn an_inspectorates_programme_of_work_is_not_a_release() {
        // (with an inspectorate and its chief quoted: signs of a release
        // that the page's heading outweighs)
        assert!(flagged(
            "Our inspection programme\n\nEvery year HMCPSI agrees with those it answers to which inspections it will carry out, and it sets aside room for urgent work.\n\nChief Inspector Ann Kerr said: \"We plan our work with care.\"\n"
        ));
        // one inspection of a programme is a release
        assert!(!flagged(
            "Area Inspection Programme: CPS Wessex\n\nHMCPSI today published its inspection of CPS Wessex, which made four recommendations.\n"
        ));
    }

    #[test]
    fn a_quarterly_round_up_is_not_a_release() {
        assert!(flagged(
            "Our quarter in inspection: two youth services rated 'Outstanding'\n\nWelcome to our round-up of the inspections HM Inspectorate of Probation published between October and December. Seven of the ten recommendations were met in full.\n"
        ));
    }
}
