//! Whether a page is an inspection press release at all.
//!
//! Inspectorates publish much besides releases: annual reports and accounts,
//! listing pages of news items, consultations, vacancies. Such a page names
//! the inspectorate, quotes its chief and gives counts, but none of them is
//! an inspection's: read as a release, it gives guesses. A page is another
//! kind when its title or headline names one of the
//! [`NOT_A_RELEASE`](crate::lexicon::NOT_A_RELEASE) kinds, or when it lists
//! several items each with its own publication date (a listing page).

use super::Context;
use crate::lexicon::{LISTING_DATE_LEADS, NOT_A_RELEASE};
use crate::record::Text;
use crate::source::starts_with_ignore_case;

/// How many dated items make a page a listing.
const LISTING_ITEMS: usize = 3;

/// Why the page is not an inspection press release, or `None` when it may
/// be one.
pub fn other_kind(
    cx: &Context<'_>,
    title: Option<&Text>,
    headline: Option<&Text>,
) -> Option<String> {
    for t in [title, headline].into_iter().flatten() {
        let lower = t.text.to_lowercase();
        if let Some(kind) = NOT_A_RELEASE.iter().find(|k| lower.contains(*k)) {
            return Some(format!("its title \"{}\" names {kind}", t.text));
        }
    }
    let dated = cx
        .source
        .lines()
        .filter(|line| {
            let line = line.text.trim_start();
            LISTING_DATE_LEADS
                .iter()
                .any(|lead| starts_with_ignore_case(line, lead))
        })
        .take(LISTING_ITEMS)
        .count();
    (dated >= LISTING_ITEMS).then(|| {
        format!("it lists {LISTING_ITEMS} or more items each with its own publication date (a listing page)")
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
    fn announcements_and_replies_are_not_releases() {
        let announcement = "Home\n\nNew prison inspection programme to start next week\n\n16 September 2013\n\nInspectors will visit 12 prisons between October and March, led by HM Chief Inspector of Prisons Ann Lee, who said the work matters.\n";
        assert!(flagged(announcement));
        let reply = "Jo Kay, Chief Inspector, replies to the minister's remarks\n\nI have read what the minister said about our reports and the evidence we gathered points the other way.\n";
        assert!(flagged(reply));
    }

    #[test]
    fn a_release_with_one_publication_date_is_read() {
        let release = "HMP Ash: safer than before\n\nPublished: 1 May 2020\n\nHMP Ash, a prison, was safer, said Ann Lee, Chief Inspector of Prisons. Inspectors made 20 recommendations.\n";
        assert!(!flagged(release));
        assert!(parse(release).chief_inspector.is_some());
    }
}
