//! Numbers as releases write them: digits with thousands separators,
//! words ("two hundred and forty-five"), Roman numerals; the pattern that
//! finds them and the nom parser that reads their value.

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::tag_no_case,
    character::complete::{multispace1, satisfy},
    combinator::{opt, recognize},
    multi::many1,
    sequence::preceded,
};

/// The value of a small roman numeral in lower case ("iv" is 4), as notes
/// are numbered "(i)" to "(xx)"; `None` for anything else.
///
/// ```
/// use inspection_extract::lexicon::roman_value;
/// assert_eq!(roman_value("iv"), Some(4));
/// assert_eq!(roman_value("xii"), Some(12));
/// assert_eq!(roman_value("iiii"), None);
/// ```
pub fn roman_value(numeral: &str) -> Option<u32> {
    const NUMERALS: [&str; 20] = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv",
        "xv", "xvi", "xvii", "xviii", "xix", "xx",
    ];
    NUMERALS
        .iter()
        .position(|n| *n == numeral)
        .and_then(|i| u32::try_from(i + 1).ok())
}

const UNITS: [(&str, u32); 19] = [
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

const TENS: [(&str, u32); 8] = [
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// The number words of [`NUMBER_PATTERN`], in the order it tries them:
/// units, tens, then the [`NUMBER_SCALES`]. Grammars that read numbers by
/// hand try them in this order too.
pub const NUMBER_WORDS: [&str; 29] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
];

/// The words that scale a number: an "and" after one goes on with the
/// number ("two hundred and eight"), not to the next item of a list.
pub const NUMBER_SCALES: [&str; 2] = ["hundred", "thousand"];

/// A regex fragment matching a number in digits ("1,250") or words ("two
/// hundred and forty-five"); [`parse_number`] reads what it matches.
pub const NUMBER_PATTERN: &str = r"(?:\d{1,3}(?:,\d{3})+|\d+|(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|a\s+hundred|a\s+thousand)(?:(?:[\s\-]+|[\s\-]+and[\s\-]+)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b)*))";

/// One word of a number, with a word boundary after it.
fn word<'a>(list: &'static [(&'static str, u32)]) -> impl Fn(&'a str) -> IResult<&'a str, u32> {
    move |input: &'a str| {
        // Longest first so "seventeen" is not read as "seven".
        let mut best: Option<(&'a str, u32)> = None;
        for &(w, v) in list {
            if input.len() >= w.len()
                && input.is_char_boundary(w.len())
                && input[..w.len()].eq_ignore_ascii_case(w)
                && !input[w.len()..].starts_with(|c: char| c.is_alphanumeric())
                && best.is_none_or(|(b, _)| b.len() < w.len())
            {
                best = Some((&input[..w.len()], v));
            }
        }
        match best {
            Some((w, v)) => Ok((&input[w.len()..], v)),
            None => Err(nom::Err::Error(nom::error::Error::new(
                input,
                nom::error::ErrorKind::Tag,
            ))),
        }
    }
}

fn separator(input: &str) -> IResult<&str, &str> {
    recognize(many1(alt((multispace1, tag_no_case("-"))))).parse(input)
}

/// 1 to 99 in words: "seven", "forty-five", "ninety".
fn below_hundred(input: &str) -> IResult<&str, u32> {
    alt((
        (word(&TENS), opt(preceded(separator, word(&UNITS[..9])))).map(|(t, u)| t + u.unwrap_or(0)),
        word(&UNITS),
    ))
    .parse(input)
}

/// 1 to 999 in words: "a hundred", "two hundred and forty-five".
fn below_thousand(input: &str) -> IResult<&str, u32> {
    let hundreds = (
        alt((below_hundred, tag_no_case("a").map(|_| 1))),
        separator,
        word(&[("hundred", 100)]),
    )
        .map(|(n, _, _)| n * 100);
    alt((
        (
            hundreds,
            opt(preceded(
                (separator, opt((tag_no_case("and"), separator))),
                below_hundred,
            )),
        )
            .map(|(h, r)| h + r.unwrap_or(0)),
        below_hundred,
    ))
    .parse(input)
}

/// A number in words, up to 999,999.
fn number_words(input: &str) -> IResult<&str, u32> {
    alt((
        (
            alt((below_thousand, tag_no_case("a").map(|_| 1))),
            separator,
            word(&[("thousand", 1000)]),
            opt(preceded(
                (separator, opt((tag_no_case("and"), separator))),
                below_thousand,
            )),
        )
            .map(|(t, _, _, r)| t * 1000 + r.unwrap_or(0)),
        below_thousand,
    ))
    .parse(input)
}

fn number_digits(input: &str) -> IResult<&str, u32> {
    let (_, digits) = recognize((
        satisfy(|c| c.is_ascii_digit()),
        nom::bytes::complete::take_while(|c: char| c.is_ascii_digit() || c == ','),
    ))
    .parse(input)?;
    // "105," ends a clause; the comma is not part of the number.
    let digits = digits.trim_end_matches(',');
    match digits.replace(',', "").parse::<u32>() {
        Ok(n) => Ok((&input[digits.len()..], n)),
        Err(_) => Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Digit,
        ))),
    }
}

/// Reads a number in digits or words at the start of `text`, returning its
/// value and the number of bytes read.
///
/// ```
/// use inspection_extract::lexicon::parse_number;
/// assert_eq!(parse_number("eight of the 14"), Some((8, 5)));
/// assert_eq!(parse_number("two hundred and forty-five files").map(|n| n.0), Some(245));
/// assert_eq!(parse_number("1,250 cases"), Some((1250, 5)));
/// assert_eq!(parse_number("seventeen"), Some((17, 9)));
/// assert_eq!(parse_number("none"), None);
/// ```
pub fn parse_number(text: &str) -> Option<(u32, usize)> {
    let (rest, n) = alt((number_digits, number_words)).parse(text).ok()?;
    Some((n, text.len() - rest.len()))
}

/// A regex-matched number; see [`NUMBER_PATTERN`]. Returns `None` for text
/// that is not wholly a number.
pub fn number_value(text: &str) -> Option<u32> {
    let trimmed = text.trim();
    match parse_number(trimmed) {
        Some((n, used)) if used == trimmed.len() => Some(n),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_number_words_are_the_patterns() {
        let words = NUMBER_WORDS.join("|");
        // the first word, then each word after it
        assert!(NUMBER_PATTERN.contains(&format!(r"(?:{words}|a\s+hundred|a\s+thousand)")));
        assert!(NUMBER_PATTERN.contains(&format!(r"(?:{words})\b")));
        assert!(NUMBER_WORDS.ends_with(&NUMBER_SCALES));
    }
}
