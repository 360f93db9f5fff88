//! Character classes and case mappings of the regular-expression engine, as
//! CPython's `_sre` defines them: ASCII classes for byte patterns and `re.ASCII`,
//! Python's `str` predicates for Unicode classes, and the simple (one-to-one)
//! case mappings `str.lower`/`upper` use for single characters.
use crate::runtime::strfuncs;

pub fn is_ascii_word(c: u32) -> bool {
    c < 128 && (c as u8 == b'_' || (c as u8).is_ascii_alphanumeric())
}

fn as_char(c: u32) -> Option<char> {
    char::from_u32(c)
}

pub fn is_uni_word(c: u32) -> bool {
    c == b'_' as u32 || as_char(c).is_some_and(strfuncs::is_alnum_char)
}

pub fn is_uni_digit(c: u32) -> bool {
    as_char(c).is_some_and(strfuncs::is_decimal_char)
}

pub fn is_uni_space(c: u32) -> bool {
    as_char(c).is_some_and(strfuncs::is_space)
}

pub fn is_uni_linebreak(c: u32) -> bool {
    matches!(
        c,
        0x0a | 0x0b | 0x0c | 0x0d | 0x1c | 0x1d | 0x1e | 0x85 | 0x2028 | 0x2029
    )
}

pub fn is_ascii_space(c: u32) -> bool {
    matches!(c, 0x09..=0x0d | 0x20)
}

pub fn lower_ascii(c: u32) -> u32 {
    if (b'A' as u32..=b'Z' as u32).contains(&c) {
        c + 32
    } else {
        c
    }
}

/// The simple lowercase mapping (`İ` gives `i`, the first of its full mapping).
pub fn lower_unicode(c: u32) -> u32 {
    if c < 128 {
        return lower_ascii(c);
    }
    match as_char(c) {
        Some(ch) => ch.to_lowercase().next().map_or(c, |l| l as u32),
        None => c,
    }
}

/// The simple uppercase mapping (a character whose uppercase is several, like
/// `ß`, maps to itself).
pub fn upper_unicode(c: u32) -> u32 {
    if c < 128 {
        return if (b'a' as u32..=b'z' as u32).contains(&c) {
            c - 32
        } else {
            c
        };
    }
    match as_char(c) {
        Some(ch) => {
            let mut up = ch.to_uppercase();
            match (up.next(), up.next()) {
                (Some(u), None) => u as u32,
                _ => c,
            }
        }
        None => c,
    }
}

/// Category codes (`CATEGORY_*` in `re/_constants.py`).
pub fn category(code: u32, c: u32) -> bool {
    match code {
        0 => c < 128 && (c as u8).is_ascii_digit(),
        1 => !(c < 128 && (c as u8).is_ascii_digit()),
        2 => is_ascii_space(c),
        3 => !is_ascii_space(c),
        4 | 8 => is_ascii_word(c),
        5 | 9 => !is_ascii_word(c),
        6 => c == 0x0a,
        7 => c != 0x0a,
        10 => is_uni_digit(c),
        11 => !is_uni_digit(c),
        12 => is_uni_space(c),
        13 => !is_uni_space(c),
        14 => is_uni_word(c),
        15 => !is_uni_word(c),
        16 => is_uni_linebreak(c),
        17 => !is_uni_linebreak(c),
        _ => false,
    }
}
