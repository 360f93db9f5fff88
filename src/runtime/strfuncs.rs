//! Pure algorithms behind Python's `str` methods, for a runtime that stores
//! `str` as UTF-8.
//!
//! # Why code points, not bytes
//!
//! A Python `str` is a sequence of code points, and every index a Python
//! program can observe (`find`, `len`, slicing, `expandtabs` columns, the
//! widths of `center`) counts code points.  Our runtime keeps strings as Rust
//! `String`s, i.e. UTF-8, so this module speaks code-point indices at its
//! boundary and converts to byte offsets internally.  The conversion is the
//! only place where UTF-8 costs something, so it has an ASCII fast path: if
//! the bytes before a requested index are all ASCII, the byte offset *is* the
//! char index.  Searching itself is done on bytes (`memchr::memmem`), which is
//! sound because a valid UTF-8 needle can only match a valid UTF-8 haystack at
//! character boundaries; the byte position of a hit is turned back into a
//! char index by counting the characters before it.
//!
//! # Why the Unicode tables are generated from CPython
//!
//! The spec is CPython 3.11, which ships the Unicode 14.0 database.  Rust's
//! `char` methods follow whatever Unicode version the toolchain was built
//! with (newer), and Python's predicates are not the Unicode properties of
//! the same name anyway: `isdigit` means "has a Numeric_Type of Digit or
//! Decimal", `isprintable` is "not in Cc/Cf/Cs/Co/Cn/Zl/Zp/Zs, except the
//! ASCII space", `isspace` mixes bidi classes with `Zs`, and `lower()` uses
//! CPython's own Final_Sigma rule built on its `Cased`/`Case_Ignorable`
//! flags.  Rather than re-deriving each definition from the standard and
//! hoping it lines up, `gen.py` *asks python3* about every code point
//! (`chr(c).isdecimal()`, `chr(c).upper()`, ...) and emits the answers as
//! sorted range tables in the `tables` module at the end of this file.  A
//! property table is a list of boundaries: code point `c` has the property
//! iff the number of boundaries `<= c` is odd, so one binary search answers
//! it.  Case mappings are stored as runs `(start, count, stride, delta)`,
//! which capture both contiguous blocks (`A..Z -> a..z`) and the alternating
//! upper/lower pairs of Latin Extended (stride 2), plus a small table of the
//! one-to-many mappings from SpecialCasing (`ß -> SS`, `ŉ -> ʼN`).  The
//! derivations in `gen.py` are black-box probes of CPython's behaviour, e.g.
//! "`c` is cased iff `(c + 'a').title()` keeps the `a` lowercase", so the
//! tables encode exactly what the interpreter does, including its quirks.
//! Regenerate them (and the expected values in the tests) by running
//! the generator script `gen.py` that accompanies this module with a 3.11
//! interpreter; `gen.py --verify` additionally compares every code point's
//! predicates, case mappings, repr and Final_Sigma contexts against python3
//! through the ignored `dump_all_chars` test.
//!
//! # Algorithms copied in shape, not in code
//!
//! Several methods have observable details that only make sense once you
//! know CPython's loop: `split()` without a separator stops consuming
//! whitespace once `maxsplit` is reached and keeps the rest verbatim;
//! `center` gives the odd padding character to the left only when both the
//! margin and the width are odd; `zfill` moves a sign found at the first
//! original position; `title` decides per character whether the previous
//! character was cased; `capitalize` title-cases (not upper-cases) its first
//! character since 3.8.  Each function documents the rule it follows.
//!
//! # Index conventions for find/rfind/count
//!
//! `start` and `end` are expected to have gone through CPython's
//! `ADJUST_INDICES` already: negatives made relative to the length and
//! clamped at zero, `end` clamped to the length.  `start` is *not* clamped
//! to the length by that macro, and these functions handle the consequences
//! themselves: if `start > end` (or the window is shorter than `sub`), there
//! is no match, so `'abc'.find('', 4)` is `None` while `'abc'.find('', 3)`
//! is `Some(3)`, and `count` returns 0.  An `end` past the length is clamped
//! here too, so callers may pass `usize::MAX` for "to the end".

use memchr::memmem;

// ---------------------------------------------------------------------------
// Index helpers
// ---------------------------------------------------------------------------

/// Number of code points in `s` (Python's `len`).
pub fn char_len(s: &str) -> usize {
    // `chars().count()` is SIMD-accelerated in std: it counts non-continuation
    // bytes a word at a time.
    s.chars().count()
}

/// Byte offset of the code point with index `char_idx`; indices at or past
/// the end clamp to `s.len()`.
pub fn byte_offset(s: &str, char_idx: usize) -> usize {
    if char_idx >= s.len() {
        // There are never more chars than bytes.
        return s.len();
    }
    if s.as_bytes()[..char_idx].is_ascii() {
        return char_idx;
    }
    s.char_indices().nth(char_idx).map_or(s.len(), |(b, _)| b)
}

/// Code-point index of a byte offset that lies on a char boundary.
fn char_index_of(s: &str, byte: usize) -> usize {
    char_len(&s[..byte])
}

/// `s[start:stop]` in code points, with both bounds clamped to the length;
/// an inverted range yields `""`.
pub fn slice_chars(s: &str, start: usize, stop: usize) -> &str {
    if start >= stop {
        return "";
    }
    let b0 = byte_offset(s, start);
    let b1 = b0 + byte_offset(&s[b0..], stop - start);
    &s[b0..b1]
}

/// Saturating conversion of Python's `maxsplit`/`count`: negative means
/// unlimited.
fn limit(n: i64) -> usize {
    if n < 0 {
        usize::MAX
    } else {
        usize::try_from(n).unwrap_or(usize::MAX)
    }
}

// ---------------------------------------------------------------------------
// repr / ascii
// ---------------------------------------------------------------------------

fn push_hex_escape(out: &mut String, cp: u32) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let (tag, digits) = if cp <= 0xff {
        ('x', 2)
    } else if cp <= 0xffff {
        ('u', 4)
    } else {
        ('U', 8)
    };
    out.push('\\');
    out.push(tag);
    for i in (0..digits).rev() {
        out.push(HEX[((cp >> (4 * i)) & 0xf) as usize] as char);
    }
}

fn repr_impl(s: &str, ascii_only: bool) -> String {
    // CPython: single quotes unless the text has a ' and no ".
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            _ if c.is_ascii() => push_hex_escape(&mut out, c as u32),
            _ if !ascii_only && is_printable_char(c) => out.push(c),
            _ => push_hex_escape(&mut out, c as u32),
        }
    }
    out.push(quote);
    out
}

/// `repr(s)`: non-printable characters (per `str.isprintable`) are escaped
/// as `\xNN`, `\uNNNN` or `\UNNNNNNNN` by magnitude, printable non-ASCII is
/// kept literally.
pub fn repr_str(s: &str) -> String {
    repr_impl(s, false)
}

/// `ascii(s)`: like `repr` but every non-ASCII character is escaped.
pub fn ascii_repr(s: &str) -> String {
    repr_impl(s, true)
}

// ---------------------------------------------------------------------------
// Splitting
// ---------------------------------------------------------------------------

/// `s.split(None, maxsplit)`.  Mirrors CPython's loop: runs of whitespace
/// separate fields, leading/trailing whitespace yields no empty fields, and
/// once `maxsplit` fields have been cut the remainder (minus its leading
/// whitespace) is kept as the last field, trailing whitespace included.
pub fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut left = limit(maxsplit);
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        rest = rest.trim_start_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if left == 0 {
            out.push(rest);
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = &rest[end..];
        left -= 1;
    }
    out
}

/// `s.rsplit(None, maxsplit)`; the mirror image of [`split_whitespace`].
pub fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut left = limit(maxsplit);
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        rest = rest.trim_end_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if left == 0 {
            out.push(rest);
            break;
        }
        let start = rest.rfind(is_space).map_or(0, |i| {
            i + rest[i..].chars().next().map_or(1, char::len_utf8)
        });
        out.push(&rest[start..]);
        rest = &rest[..start];
        left -= 1;
    }
    out.reverse();
    out
}

/// `s.split(sep, maxsplit)`.  The caller must reject an empty `sep`
/// (`ValueError: empty separator`); if it does not, `[s]` is returned.
pub fn split_sep<'a>(s: &'a str, sep: &str, maxsplit: i64) -> Vec<&'a str> {
    if sep.is_empty() {
        return vec![s];
    }
    let n = limit(maxsplit).saturating_add(1);
    s.splitn(n, sep).collect()
}

/// `s.rsplit(sep, maxsplit)`: separators are matched from the right, so
/// `'aaa'.rsplit('aa') == ['a', '']`.  Empty `sep` as for [`split_sep`].
pub fn rsplit_sep<'a>(s: &'a str, sep: &str, maxsplit: i64) -> Vec<&'a str> {
    if sep.is_empty() {
        return vec![s];
    }
    let n = limit(maxsplit).saturating_add(1);
    let mut v: Vec<&str> = s.rsplitn(n, sep).collect();
    v.reverse();
    v
}

/// Is `c` one of `str.splitlines`' line boundaries?
fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `s.splitlines(keepends)`, honouring every boundary Python does:
/// `\n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029`.  A trailing
/// boundary does not produce a final empty line.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut eol = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = it.peek() {
                it.next();
                eol += 1;
            }
        }
        out.push(&s[start..if keepends { eol } else { i }]);
        start = eol;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

// ---------------------------------------------------------------------------
// Stripping
// ---------------------------------------------------------------------------

/// `s.strip(chars)`; `None` strips Python whitespace (`str.isspace`),
/// otherwise any code point contained in `chars`.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    rstrip(lstrip(s, chars), chars)
}

/// `s.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_start_matches(is_space),
        Some(set) => s.trim_start_matches(|c| set.contains(c)),
    }
}

/// `s.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_end_matches(is_space),
        Some(set) => s.trim_end_matches(|c| set.contains(c)),
    }
}

// ---------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------

/// Resolves an adjusted `[start, end)` char window into a byte window, or
/// `None` when the window is inverted or starts past the end.
fn window(s: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    if start > end {
        return None;
    }
    let b0 = byte_offset(s, start);
    if b0 == s.len() && start > char_len(s) {
        return None;
    }
    let b1 = b0 + byte_offset(&s[b0..], end - start);
    Some((b0, b1))
}

/// `s.find(sub, start, end)` in code points (see the module docs for the
/// index convention).
pub fn find(s: &str, sub: &str, start: usize, end: usize) -> Option<usize> {
    let (b0, b1) = window(s, start, end)?;
    let hay = &s.as_bytes()[b0..b1];
    let pos = if sub.len() == 1 {
        memchr::memchr(sub.as_bytes()[0], hay)?
    } else {
        memmem::find(hay, sub.as_bytes())?
    };
    Some(start + char_index_of(&s[b0..], pos))
}

/// `s.rfind(sub, start, end)` in code points; an empty `sub` finds `end`
/// (clamped to the length).
pub fn rfind(s: &str, sub: &str, start: usize, end: usize) -> Option<usize> {
    let (b0, b1) = window(s, start, end)?;
    let hay = &s.as_bytes()[b0..b1];
    let pos = if sub.len() == 1 {
        memchr::memrchr(sub.as_bytes()[0], hay)?
    } else {
        memmem::rfind(hay, sub.as_bytes())?
    };
    Some(start + char_index_of(&s[b0..], pos))
}

/// `s.count(sub, start, end)`: non-overlapping occurrences, scanning left to
/// right; an empty `sub` counts the `n + 1` positions of the window.
pub fn count(s: &str, sub: &str, start: usize, end: usize) -> usize {
    let Some((b0, b1)) = window(s, start, end) else {
        return 0;
    };
    let hay = &s.as_bytes()[b0..b1];
    if sub.is_empty() {
        return char_len(&s[b0..b1]) + 1;
    }
    if sub.len() == 1 {
        return memchr::memchr_iter(sub.as_bytes()[0], hay).count();
    }
    memmem::find_iter(hay, sub.as_bytes()).count()
}

/// `s.replace(old, new, count)`; a negative `count` replaces everything.
/// An empty `old` inserts `new` before every character and at the end
/// (`'abc'.replace('', '-') == '-a-b-c-'`), at most `count` times.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> String {
    let max = limit(count);
    if max == 0 {
        return s.to_owned();
    }
    if old.is_empty() {
        let mut out = String::with_capacity(s.len() + new.len() * (s.len() + 1).min(max));
        let mut done = 0;
        let mut chars = s.char_indices();
        while done < max {
            out.push_str(new);
            done += 1;
            match chars.next() {
                Some((_, c)) => out.push(c),
                None => return out,
            }
        }
        let rest = chars.next().map_or(s.len(), |(i, _)| i);
        out.push_str(&s[rest..]);
        return out;
    }
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    for pos in memmem::find_iter(s.as_bytes(), old.as_bytes()).take(max) {
        out.push_str(&s[last..pos]);
        out.push_str(new);
        last = pos + old.len();
    }
    out.push_str(&s[last..]);
    out
}

/// `s.partition(sep)`; the caller rejects an empty `sep`.
pub fn partition<'a>(s: &'a str, sep: &str) -> (&'a str, &'a str, &'a str) {
    match memmem::find(s.as_bytes(), sep.as_bytes()) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => (s, "", ""),
    }
}

/// `s.rpartition(sep)`; the caller rejects an empty `sep`.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> (&'a str, &'a str, &'a str) {
    match memmem::rfind(s.as_bytes(), sep.as_bytes()) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => ("", "", s),
    }
}

// ---------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------

/// `s.expandtabs(tabsize)`: columns restart after `\n` and `\r` only; a
/// non-positive `tabsize` deletes tabs.
pub fn expandtabs(s: &str, tabsize: i64) -> String {
    let mut out = String::with_capacity(s.len());
    let mut col: u64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let ts = tabsize as u64;
                    let n = ts - col % ts;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}

fn pad(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// Margin to add, or `None` when `s` is already at least `width` wide.
fn margin(s: &str, width: i64) -> Option<usize> {
    let len = char_len(s);
    let w = usize::try_from(width).ok()?;
    (w > len).then(|| w - len)
}

/// `s.center(width, fill)`.  CPython's split of the margin:
/// `left = marg / 2 + (marg & width & 1)`, so `'ab'.center(5) == '  ab '`
/// but `'abc'.center(6) == ' abc  '`.
pub fn center(s: &str, width: i64, fill: char) -> String {
    match margin(s, width) {
        Some(m) => {
            let left = m / 2 + (m & (width as usize) & 1);
            pad(s, left, m - left, fill)
        }
        None => s.to_owned(),
    }
}

/// `s.ljust(width, fill)`.
pub fn ljust(s: &str, width: i64, fill: char) -> String {
    match margin(s, width) {
        Some(m) => pad(s, 0, m, fill),
        None => s.to_owned(),
    }
}

/// `s.rjust(width, fill)`.
pub fn rjust(s: &str, width: i64, fill: char) -> String {
    match margin(s, width) {
        Some(m) => pad(s, m, 0, fill),
        None => s.to_owned(),
    }
}

/// `s.zfill(width)`: pads with `0` on the left, then moves a leading `+` or
/// `-` of the original to the front (`'+'.zfill(3) == '+00'`).
pub fn zfill(s: &str, width: i64) -> String {
    let Some(m) = margin(s, width) else {
        return s.to_owned();
    };
    let mut out = String::with_capacity(s.len() + m);
    let body = match s.as_bytes().first() {
        Some(&b @ (b'+' | b'-')) => {
            out.push(b as char);
            &s[1..]
        }
        _ => s,
    };
    out.extend(std::iter::repeat_n('0', m));
    out.push_str(body);
    out
}

// ---------------------------------------------------------------------------
// Case mapping
// ---------------------------------------------------------------------------

type CaseRun = (u32, u16, u8, i32);

/// Appends the mapping of `c` from a (multi, single) table pair, or `c`
/// itself when unmapped.
fn push_mapped(out: &mut String, c: char, multi: &[(u32, &str)], single: &[CaseRun]) {
    let cp = c as u32;
    if let Ok(i) = multi.binary_search_by_key(&cp, |e| e.0) {
        out.push_str(multi[i].1);
        return;
    }
    let i = single.partition_point(|e| e.0 <= cp);
    if i > 0 {
        let (start, n, stride, delta) = single[i - 1];
        let off = cp - start;
        if off.is_multiple_of(u32::from(stride)) && off / u32::from(stride) < u32::from(n) {
            let m = (i64::from(cp) + i64::from(delta)) as u32;
            if let Some(m) = char::from_u32(m) {
                out.push(m);
                return;
            }
        }
    }
    out.push(c);
}

fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        return out.push(c.to_ascii_uppercase());
    }
    push_mapped(out, c, tables::UPPER_MULTI, tables::UPPER_SINGLE);
}

fn push_title(out: &mut String, c: char) {
    if c.is_ascii() {
        return out.push(c.to_ascii_uppercase());
    }
    push_mapped(out, c, tables::TITLE_MULTI, tables::TITLE_SINGLE);
}

fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(tables::CASED, c)
}

fn is_case_ignorable(c: char) -> bool {
    in_table(tables::CASE_IGNORABLE, c)
}

/// Lowercases the char `c` found at byte `i` of `s`, applying CPython's
/// Final_Sigma rule to U+03A3: it becomes `ς` when preceded by a cased
/// character (skipping case-ignorables) and not followed by one.
fn push_lower_at(out: &mut String, s: &str, i: usize, c: char) {
    if c == 'Σ' {
        let before = s[..i].chars().rev().find(|&d| !is_case_ignorable(d));
        let mut final_sigma = before.is_some_and(is_cased);
        if final_sigma {
            let after = s[i + c.len_utf8()..]
                .chars()
                .find(|&d| !is_case_ignorable(d));
            final_sigma = !after.is_some_and(is_cased);
        }
        out.push(if final_sigma { 'ς' } else { 'σ' });
        return;
    }
    if c.is_ascii() {
        return out.push(c.to_ascii_lowercase());
    }
    push_mapped(out, c, tables::LOWER_MULTI, tables::LOWER_SINGLE);
}

/// `s.upper()` with full (one-to-many) mappings: `'ß'.upper() == 'SS'`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

/// `s.lower()`, including the Final_Sigma context rule.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        push_lower_at(&mut out, s, i, c);
    }
    out
}

/// `s.casefold()` (full case folding: `'ß'.casefold() == 'ss'`).
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_mapped(&mut out, c, tables::FOLD_MULTI, tables::FOLD_SINGLE);
    }
    out
}

/// `s.swapcase()`: uppercase chars are lowered (with Final_Sigma),
/// lowercase chars uppered, everything else kept.
pub fn swapcase(s: &str) -> String {
    if s.is_ascii() {
        let flip = |b: u8| if b.is_ascii_alphabetic() { b ^ 0x20 } else { b };
        return s.bytes().map(|b| flip(b) as char).collect();
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if is_upper_char(c) {
            push_lower_at(&mut out, s, i, c);
        } else if is_lower_char(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.title()`: a character is title-cased when the previous character is
/// not cased, lowercased otherwise.  "Words" are therefore maximal runs of
/// cased characters, which is why `"they're".title() == "They'Re"`.
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, c) in s.char_indices() {
        if prev_cased {
            push_lower_at(&mut out, s, i, c);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `s.capitalize()`: the first character is title-cased (3.8+, so
/// `'ǆ'.capitalize() == 'ǅ'`), the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.char_indices();
    if let Some((_, c)) = it.next() {
        push_title(&mut out, c);
    }
    for (i, c) in it {
        push_lower_at(&mut out, s, i, c);
    }
    out
}

// ---------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------

/// Membership in a boundary table: odd number of boundaries `<= c`.
fn in_table(table: &[u32], c: char) -> bool {
    table.partition_point(|&b| b <= c as u32) % 2 == 1
}

/// Python's `str.isspace` for one character (includes `\x1c..\x1f`,
/// `\x85`, `\xa0` and the `Zs` spaces).
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, '\t'..='\r' | '\x1c'..='\x1f' | ' ')
    } else {
        in_table(tables::SPACE, c)
    }
}

fn is_printable_char(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' '..='~')
    } else {
        in_table(tables::PRINTABLE, c)
    }
}

fn is_alpha_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_table(tables::ALPHA, c)
    }
}

pub fn is_decimal_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(tables::DECIMAL, c)
    }
}

fn is_digit_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(tables::DIGIT, c)
    }
}

fn is_numeric_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(tables::NUMERIC, c)
    }
}

fn is_lower_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        in_table(tables::LOWER, c)
    }
}

fn is_upper_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        in_table(tables::UPPER, c)
    }
}

/// Titlecase letters (general category `Lt`, e.g. `ǅ`).
fn is_title_char(c: char) -> bool {
    !c.is_ascii() && in_table(tables::TITLE, c)
}

fn all_nonempty(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

/// `s.isspace()`; false for `""`.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, is_space)
}

/// `s.isalpha()` (general category `L*`); false for `""`.
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, is_alpha_char)
}

/// `c.isalnum()` for one character: alpha, decimal, digit or numeric.
pub fn is_alnum_char(c: char) -> bool {
    is_alpha_char(c) || is_decimal_char(c) || is_digit_char(c) || is_numeric_char(c)
}

/// `s.isalnum()`: every char is alpha, decimal, digit or numeric.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, is_alnum_char)
}

/// `s.isdecimal()` (category `Nd`); false for `""`.
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, is_decimal_char)
}

/// `s.isdigit()` (Numeric_Type Decimal or Digit, e.g. `'²'`).
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, is_digit_char)
}

/// `s.isnumeric()` (any Numeric_Type, e.g. `'½'`).
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, is_numeric_char)
}

/// `s.islower()`: no uppercase or titlecase chars and at least one
/// lowercase one.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper_char(c) || is_title_char(c) {
            return false;
        }
        cased |= is_lower_char(c);
    }
    cased
}

/// `s.isupper()`: no lowercase or titlecase chars and at least one
/// uppercase one.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower_char(c) || is_title_char(c) {
            return false;
        }
        cased |= is_upper_char(c);
    }
    cased
}

/// `s.istitle()`: upper/titlecase chars only after uncased ones, lowercase
/// chars only after cased ones, and at least one cased char.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if is_upper_char(c) || is_title_char(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if is_lower_char(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `s.isprintable()`; true for `""`.
pub fn isprintable(s: &str) -> bool {
    s.chars().all(is_printable_char)
}

/// `s.isascii()`; true for `""`.
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

/// `s.isidentifier()`: XID_Start or `_`, then XID_Continue; false for `""`.
/// Keywords are not excluded (that is `keyword.iskeyword`'s job).
pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    let Some(first) = it.next() else {
        return false;
    };
    let start_ok = if first.is_ascii() {
        first == '_' || first.is_ascii_alphabetic()
    } else {
        in_table(tables::XID_START, first)
    };
    start_ok
        && it.all(|c| {
            if c.is_ascii() {
                c == '_' || c.is_ascii_alphanumeric()
            } else {
                in_table(tables::XID_CONTINUE, c)
            }
        })
}

// ---------------------------------------------------------------------------
// Tables (generated by gen.py from python3 3.11 / Unicode 14.0; do not edit)
// ---------------------------------------------------------------------------

#[rustfmt::skip]
mod tables {
// BEGIN GENERATED TABLES
pub(super) static SPACE: &[u32] = &[
    0x9, 0xE, 0x1C, 0x21, 0x85, 0x86, 0xA0, 0xA1, 0x1680, 0x1681, 0x2000, 0x200B,
    0x2028, 0x202A, 0x202F, 0x2030, 0x205F, 0x2060, 0x3000, 0x3001,
];
pub(super) static PRINTABLE: &[u32] = &[
    0x20, 0x7F, 0xA1, 0xAD, 0xAE, 0x378, 0x37A, 0x380, 0x384, 0x38B, 0x38C, 0x38D,
    0x38E, 0x3A2, 0x3A3, 0x530, 0x531, 0x557, 0x559, 0x58B, 0x58D, 0x590, 0x591, 0x5C8,
    0x5D0, 0x5EB, 0x5EF, 0x5F5, 0x606, 0x61C, 0x61D, 0x6DD, 0x6DE, 0x70E, 0x710, 0x74B,
    0x74D, 0x7B2, 0x7C0, 0x7FB, 0x7FD, 0x82E, 0x830, 0x83F, 0x840, 0x85C, 0x85E, 0x85F,
    0x860, 0x86B, 0x870, 0x88F, 0x898, 0x8E2, 0x8E3, 0x984, 0x985, 0x98D, 0x98F, 0x991,
    0x993, 0x9A9, 0x9AA, 0x9B1, 0x9B2, 0x9B3, 0x9B6, 0x9BA, 0x9BC, 0x9C5, 0x9C7, 0x9C9,
    0x9CB, 0x9CF, 0x9D7, 0x9D8, 0x9DC, 0x9DE, 0x9DF, 0x9E4, 0x9E6, 0x9FF, 0xA01, 0xA04,
    0xA05, 0xA0B, 0xA0F, 0xA11, 0xA13, 0xA29, 0xA2A, 0xA31, 0xA32, 0xA34, 0xA35, 0xA37,
    0xA38, 0xA3A, 0xA3C, 0xA3D, 0xA3E, 0xA43, 0xA47, 0xA49, 0xA4B, 0xA4E, 0xA51, 0xA52,
    0xA59, 0xA5D, 0xA5E, 0xA5F, 0xA66, 0xA77, 0xA81, 0xA84, 0xA85, 0xA8E, 0xA8F, 0xA92,
    0xA93, 0xAA9, 0xAAA, 0xAB1, 0xAB2, 0xAB4, 0xAB5, 0xABA, 0xABC, 0xAC6, 0xAC7, 0xACA,
    0xACB, 0xACE, 0xAD0, 0xAD1, 0xAE0, 0xAE4, 0xAE6, 0xAF2, 0xAF9, 0xB00, 0xB01, 0xB04,
    0xB05, 0xB0D, 0xB0F, 0xB11, 0xB13, 0xB29, 0xB2A, 0xB31, 0xB32, 0xB34, 0xB35, 0xB3A,
    0xB3C, 0xB45, 0xB47, 0xB49, 0xB4B, 0xB4E, 0xB55, 0xB58, 0xB5C, 0xB5E, 0xB5F, 0xB64,
    0xB66, 0xB78, 0xB82, 0xB84, 0xB85, 0xB8B, 0xB8E, 0xB91, 0xB92, 0xB96, 0xB99, 0xB9B,
    0xB9C, 0xB9D, 0xB9E, 0xBA0, 0xBA3, 0xBA5, 0xBA8, 0xBAB, 0xBAE, 0xBBA, 0xBBE, 0xBC3,
    0xBC6, 0xBC9, 0xBCA, 0xBCE, 0xBD0, 0xBD1, 0xBD7, 0xBD8, 0xBE6, 0xBFB, 0xC00, 0xC0D,
    0xC0E, 0xC11, 0xC12, 0xC29, 0xC2A, 0xC3A, 0xC3C, 0xC45, 0xC46, 0xC49, 0xC4A, 0xC4E,
    0xC55, 0xC57, 0xC58, 0xC5B, 0xC5D, 0xC5E, 0xC60, 0xC64, 0xC66, 0xC70, 0xC77, 0xC8D,
    0xC8E, 0xC91, 0xC92, 0xCA9, 0xCAA, 0xCB4, 0xCB5, 0xCBA, 0xCBC, 0xCC5, 0xCC6, 0xCC9,
    0xCCA, 0xCCE, 0xCD5, 0xCD7, 0xCDD, 0xCDF, 0xCE0, 0xCE4, 0xCE6, 0xCF0, 0xCF1, 0xCF3,
    0xD00, 0xD0D, 0xD0E, 0xD11, 0xD12, 0xD45, 0xD46, 0xD49, 0xD4A, 0xD50, 0xD54, 0xD64,
    0xD66, 0xD80, 0xD81, 0xD84, 0xD85, 0xD97, 0xD9A, 0xDB2, 0xDB3, 0xDBC, 0xDBD, 0xDBE,
    0xDC0, 0xDC7, 0xDCA, 0xDCB, 0xDCF, 0xDD5, 0xDD6, 0xDD7, 0xDD8, 0xDE0, 0xDE6, 0xDF0,
    0xDF2, 0xDF5, 0xE01, 0xE3B, 0xE3F, 0xE5C, 0xE81, 0xE83, 0xE84, 0xE85, 0xE86, 0xE8B,
    0xE8C, 0xEA4, 0xEA5, 0xEA6, 0xEA7, 0xEBE, 0xEC0, 0xEC5, 0xEC6, 0xEC7, 0xEC8, 0xECE,
    0xED0, 0xEDA, 0xEDC, 0xEE0, 0xF00, 0xF48, 0xF49, 0xF6D, 0xF71, 0xF98, 0xF99, 0xFBD,
    0xFBE, 0xFCD, 0xFCE, 0xFDB, 0x1000, 0x10C6, 0x10C7, 0x10C8, 0x10CD, 0x10CE, 0x10D0, 0x1249,
    0x124A, 0x124E, 0x1250, 0x1257, 0x1258, 0x1259, 0x125A, 0x125E, 0x1260, 0x1289, 0x128A, 0x128E,
    0x1290, 0x12B1, 0x12B2, 0x12B6, 0x12B8, 0x12BF, 0x12C0, 0x12C1, 0x12C2, 0x12C6, 0x12C8, 0x12D7,
    0x12D8, 0x1311, 0x1312, 0x1316, 0x1318, 0x135B, 0x135D, 0x137D, 0x1380, 0x139A, 0x13A0, 0x13F6,
    0x13F8, 0x13FE, 0x1400, 0x1680, 0x1681, 0x169D, 0x16A0, 0x16F9, 0x1700, 0x1716, 0x171F, 0x1737,
    0x1740, 0x1754, 0x1760, 0x176D, 0x176E, 0x1771, 0x1772, 0x1774, 0x1780, 0x17DE, 0x17E0, 0x17EA,
    0x17F0, 0x17FA, 0x1800, 0x180E, 0x180F, 0x181A, 0x1820, 0x1879, 0x1880, 0x18AB, 0x18B0, 0x18F6,
    0x1900, 0x191F, 0x1920, 0x192C, 0x1930, 0x193C, 0x1940, 0x1941, 0x1944, 0x196E, 0x1970, 0x1975,
    0x1980, 0x19AC, 0x19B0, 0x19CA, 0x19D0, 0x19DB, 0x19DE, 0x1A1C, 0x1A1E, 0x1A5F, 0x1A60, 0x1A7D,
    0x1A7F, 0x1A8A, 0x1A90, 0x1A9A, 0x1AA0, 0x1AAE, 0x1AB0, 0x1ACF, 0x1B00, 0x1B4D, 0x1B50, 0x1B7F,
    0x1B80, 0x1BF4, 0x1BFC, 0x1C38, 0x1C3B, 0x1C4A, 0x1C4D, 0x1C89, 0x1C90, 0x1CBB, 0x1CBD, 0x1CC8,
    0x1CD0, 0x1CFB, 0x1D00, 0x1F16, 0x1F18, 0x1F1E, 0x1F20, 0x1F46, 0x1F48, 0x1F4E, 0x1F50, 0x1F58,
    0x1F59, 0x1F5A, 0x1F5B, 0x1F5C, 0x1F5D, 0x1F5E, 0x1F5F, 0x1F7E, 0x1F80, 0x1FB5, 0x1FB6, 0x1FC5,
    0x1FC6, 0x1FD4, 0x1FD6, 0x1FDC, 0x1FDD, 0x1FF0, 0x1FF2, 0x1FF5, 0x1FF6, 0x1FFF, 0x2010, 0x2028,
    0x2030, 0x205F, 0x2070, 0x2072, 0x2074, 0x208F, 0x2090, 0x209D, 0x20A0, 0x20C1, 0x20D0, 0x20F1,
    0x2100, 0x218C, 0x2190, 0x2427, 0x2440, 0x244B, 0x2460, 0x2B74, 0x2B76, 0x2B96, 0x2B97, 0x2CF4,
    0x2CF9, 0x2D26, 0x2D27, 0x2D28, 0x2D2D, 0x2D2E, 0x2D30, 0x2D68, 0x2D6F, 0x2D71, 0x2D7F, 0x2D97,
    0x2DA0, 0x2DA7, 0x2DA8, 0x2DAF, 0x2DB0, 0x2DB7, 0x2DB8, 0x2DBF, 0x2DC0, 0x2DC7, 0x2DC8, 0x2DCF,
    0x2DD0, 0x2DD7, 0x2DD8, 0x2DDF, 0x2DE0, 0x2E5E, 0x2E80, 0x2E9A, 0x2E9B, 0x2EF4, 0x2F00, 0x2FD6,
    0x2FF0, 0x2FFC, 0x3001, 0x3040, 0x3041, 0x3097, 0x3099, 0x3100, 0x3105, 0x3130, 0x3131, 0x318F,
    0x3190, 0x31E4, 0x31F0, 0x321F, 0x3220, 0xA48D, 0xA490, 0xA4C7, 0xA4D0, 0xA62C, 0xA640, 0xA6F8,
    0xA700, 0xA7CB, 0xA7D0, 0xA7D2, 0xA7D3, 0xA7D4, 0xA7D5, 0xA7DA, 0xA7F2, 0xA82D, 0xA830, 0xA83A,
    0xA840, 0xA878, 0xA880, 0xA8C6, 0xA8CE, 0xA8DA, 0xA8E0, 0xA954, 0xA95F, 0xA97D, 0xA980, 0xA9CE,
    0xA9CF, 0xA9DA, 0xA9DE, 0xA9FF, 0xAA00, 0xAA37, 0xAA40, 0xAA4E, 0xAA50, 0xAA5A, 0xAA5C, 0xAAC3,
    0xAADB, 0xAAF7, 0xAB01, 0xAB07, 0xAB09, 0xAB0F, 0xAB11, 0xAB17, 0xAB20, 0xAB27, 0xAB28, 0xAB2F,
    0xAB30, 0xAB6C, 0xAB70, 0xABEE, 0xABF0, 0xABFA, 0xAC00, 0xD7A4, 0xD7B0, 0xD7C7, 0xD7CB, 0xD7FC,
    0xF900, 0xFA6E, 0xFA70, 0xFADA, 0xFB00, 0xFB07, 0xFB13, 0xFB18, 0xFB1D, 0xFB37, 0xFB38, 0xFB3D,
    0xFB3E, 0xFB3F, 0xFB40, 0xFB42, 0xFB43, 0xFB45, 0xFB46, 0xFBC3, 0xFBD3, 0xFD90, 0xFD92, 0xFDC8,
    0xFDCF, 0xFDD0, 0xFDF0, 0xFE1A, 0xFE20, 0xFE53, 0xFE54, 0xFE67, 0xFE68, 0xFE6C, 0xFE70, 0xFE75,
    0xFE76, 0xFEFD, 0xFF01, 0xFFBF, 0xFFC2, 0xFFC8, 0xFFCA, 0xFFD0, 0xFFD2, 0xFFD8, 0xFFDA, 0xFFDD,
    0xFFE0, 0xFFE7, 0xFFE8, 0xFFEF, 0xFFFC, 0xFFFE, 0x10000, 0x1000C, 0x1000D, 0x10027, 0x10028, 0x1003B,
    0x1003C, 0x1003E, 0x1003F, 0x1004E, 0x10050, 0x1005E, 0x10080, 0x100FB, 0x10100, 0x10103, 0x10107, 0x10134,
    0x10137, 0x1018F, 0x10190, 0x1019D, 0x101A0, 0x101A1, 0x101D0, 0x101FE, 0x10280, 0x1029D, 0x102A0, 0x102D1,
    0x102E0, 0x102FC, 0x10300, 0x10324, 0x1032D, 0x1034B, 0x10350, 0x1037B, 0x10380, 0x1039E, 0x1039F, 0x103C4,
    0x103C8, 0x103D6, 0x10400, 0x1049E, 0x104A0, 0x104AA, 0x104B0, 0x104D4, 0x104D8, 0x104FC, 0x10500, 0x10528,
    0x10530, 0x10564, 0x1056F, 0x1057B, 0x1057C, 0x1058B, 0x1058C, 0x10593, 0x10594, 0x10596, 0x10597, 0x105A2,
    0x105A3, 0x105B2, 0x105B3, 0x105BA, 0x105BB, 0x105BD, 0x10600, 0x10737, 0x10740, 0x10756, 0x10760, 0x10768,
    0x10780, 0x10786, 0x10787, 0x107B1, 0x107B2, 0x107BB, 0x10800, 0x10806, 0x10808, 0x10809, 0x1080A, 0x10836,
    0x10837, 0x10839, 0x1083C, 0x1083D, 0x1083F, 0x10856, 0x10857, 0x1089F, 0x108A7, 0x108B0, 0x108E0, 0x108F3,
    0x108F4, 0x108F6, 0x108FB, 0x1091C, 0x1091F, 0x1093A, 0x1093F, 0x10940, 0x10980, 0x109B8, 0x109BC, 0x109D0,
    0x109D2, 0x10A04, 0x10A05, 0x10A07, 0x10A0C, 0x10A14, 0x10A15, 0x10A18, 0x10A19, 0x10A36, 0x10A38, 0x10A3B,
    0x10A3F, 0x10A49, 0x10A50, 0x10A59, 0x10A60, 0x10AA0, 0x10AC0, 0x10AE7, 0x10AEB, 0x10AF7, 0x10B00, 0x10B36,
    0x10B39, 0x10B56, 0x10B58, 0x10B73, 0x10B78, 0x10B92, 0x10B99, 0x10B9D, 0x10BA9, 0x10BB0, 0x10C00, 0x10C49,
    0x10C80, 0x10CB3, 0x10CC0, 0x10CF3, 0x10CFA, 0x10D28, 0x10D30, 0x10D3A, 0x10E60, 0x10E7F, 0x10E80, 0x10EAA,
    0x10EAB, 0x10EAE, 0x10EB0, 0x10EB2, 0x10F00, 0x10F28, 0x10F30, 0x10F5A, 0x10F70, 0x10F8A, 0x10FB0, 0x10FCC,
    0x10FE0, 0x10FF7, 0x11000, 0x1104E, 0x11052, 0x11076, 0x1107F, 0x110BD, 0x110BE, 0x110C3, 0x110D0, 0x110E9,
    0x110F0, 0x110FA, 0x11100, 0x11135, 0x11136, 0x11148, 0x11150, 0x11177, 0x11180, 0x111E0, 0x111E1, 0x111F5,
    0x11200, 0x11212, 0x11213, 0x1123F, 0x11280, 0x11287, 0x11288, 0x11289, 0x1128A, 0x1128E, 0x1128F, 0x1129E,
    0x1129F, 0x112AA, 0x112B0, 0x112EB, 0x112F0, 0x112FA, 0x11300, 0x11304, 0x11305, 0x1130D, 0x1130F, 0x11311,
    0x11313, 0x11329, 0x1132A, 0x11331, 0x11332, 0x11334, 0x11335, 0x1133A, 0x1133B, 0x11345, 0x11347, 0x11349,
    0x1134B, 0x1134E, 0x11350, 0x11351, 0x11357, 0x11358, 0x1135D, 0x11364, 0x11366, 0x1136D, 0x11370, 0x11375,
    0x11400, 0x1145C, 0x1145D, 0x11462, 0x11480, 0x114C8, 0x114D0, 0x114DA, 0x11580, 0x115B6, 0x115B8, 0x115DE,
    0x11600, 0x11645, 0x11650, 0x1165A, 0x11660, 0x1166D, 0x11680, 0x116BA, 0x116C0, 0x116CA, 0x11700, 0x1171B,
    0x1171D, 0x1172C, 0x11730, 0x11747, 0x11800, 0x1183C, 0x118A0, 0x118F3, 0x118FF, 0x11907, 0x11909, 0x1190A,
    0x1190C, 0x11914, 0x11915, 0x11917, 0x11918, 0x11936, 0x11937, 0x11939, 0x1193B, 0x11947, 0x11950, 0x1195A,
    0x119A0, 0x119A8, 0x119AA, 0x119D8, 0x119DA, 0x119E5, 0x11A00, 0x11A48, 0x11A50, 0x11AA3, 0x11AB0, 0x11AF9,
    0x11C00, 0x11C09, 0x11C0A, 0x11C37, 0x11C38, 0x11C46, 0x11C50, 0x11C6D, 0x11C70, 0x11C90, 0x11C92, 0x11CA8,
    0x11CA9, 0x11CB7, 0x11D00, 0x11D07, 0x11D08, 0x11D0A, 0x11D0B, 0x11D37, 0x11D3A, 0x11D3B, 0x11D3C, 0x11D3E,
    0x11D3F, 0x11D48, 0x11D50, 0x11D5A, 0x11D60, 0x11D66, 0x11D67, 0x11D69, 0x11D6A, 0x11D8F, 0x11D90, 0x11D92,
    0x11D93, 0x11D99, 0x11DA0, 0x11DAA, 0x11EE0, 0x11EF9, 0x11FB0, 0x11FB1, 0x11FC0, 0x11FF2, 0x11FFF, 0x1239A,
    0x12400, 0x1246F, 0x12470, 0x12475, 0x12480, 0x12544, 0x12F90, 0x12FF3, 0x13000, 0x1342F, 0x14400, 0x14647,
    0x16800, 0x16A39, 0x16A40, 0x16A5F, 0x16A60, 0x16A6A, 0x16A6E, 0x16ABF, 0x16AC0, 0x16ACA, 0x16AD0, 0x16AEE,
    0x16AF0, 0x16AF6, 0x16B00, 0x16B46, 0x16B50, 0x16B5A, 0x16B5B, 0x16B62, 0x16B63, 0x16B78, 0x16B7D, 0x16B90,
    0x16E40, 0x16E9B, 0x16F00, 0x16F4B, 0x16F4F, 0x16F88, 0x16F8F, 0x16FA0, 0x16FE0, 0x16FE5, 0x16FF0, 0x16FF2,
    0x17000, 0x187F8, 0x18800, 0x18CD6, 0x18D00, 0x18D09, 0x1AFF0, 0x1AFF4, 0x1AFF5, 0x1AFFC, 0x1AFFD, 0x1AFFF,
    0x1B000, 0x1B123, 0x1B150, 0x1B153, 0x1B164, 0x1B168, 0x1B170, 0x1B2FC, 0x1BC00, 0x1BC6B, 0x1BC70, 0x1BC7D,
    0x1BC80, 0x1BC89, 0x1BC90, 0x1BC9A, 0x1BC9C, 0x1BCA0, 0x1CF00, 0x1CF2E, 0x1CF30, 0x1CF47, 0x1CF50, 0x1CFC4,
    0x1D000, 0x1D0F6, 0x1D100, 0x1D127, 0x1D129, 0x1D173, 0x1D17B, 0x1D1EB, 0x1D200, 0x1D246, 0x1D2E0, 0x1D2F4,
    0x1D300, 0x1D357, 0x1D360, 0x1D379, 0x1D400, 0x1D455, 0x1D456, 0x1D49D, 0x1D49E, 0x1D4A0, 0x1D4A2, 0x1D4A3,
    0x1D4A5, 0x1D4A7, 0x1D4A9, 0x1D4AD, 0x1D4AE, 0x1D4BA, 0x1D4BB, 0x1D4BC, 0x1D4BD, 0x1D4C4, 0x1D4C5, 0x1D506,
    0x1D507, 0x1D50B, 0x1D50D, 0x1D515, 0x1D516, 0x1D51D, 0x1D51E, 0x1D53A, 0x1D53B, 0x1D53F, 0x1D540, 0x1D545,
    0x1D546, 0x1D547, 0x1D54A, 0x1D551, 0x1D552, 0x1D6A6, 0x1D6A8, 0x1D7CC, 0x1D7CE, 0x1DA8C, 0x1DA9B, 0x1DAA0,
    0x1DAA1, 0x1DAB0, 0x1DF00, 0x1DF1F, 0x1E000, 0x1E007, 0x1E008, 0x1E019, 0x1E01B, 0x1E022, 0x1E023, 0x1E025,
    0x1E026, 0x1E02B, 0x1E100, 0x1E12D, 0x1E130, 0x1E13E, 0x1E140, 0x1E14A, 0x1E14E, 0x1E150, 0x1E290, 0x1E2AF,
    0x1E2C0, 0x1E2FA, 0x1E2FF, 0x1E300, 0x1E7E0, 0x1E7E7, 0x1E7E8, 0x1E7EC, 0x1E7ED, 0x1E7EF, 0x1E7F0, 0x1E7FF,
    0x1E800, 0x1E8C5, 0x1E8C7, 0x1E8D7, 0x1E900, 0x1E94C, 0x1E950, 0x1E95A, 0x1E95E, 0x1E960, 0x1EC71, 0x1ECB5,
    0x1ED01, 0x1ED3E, 0x1EE00, 0x1EE04, 0x1EE05, 0x1EE20, 0x1EE21, 0x1EE23, 0x1EE24, 0x1EE25, 0x1EE27, 0x1EE28,
    0x1EE29, 0x1EE33, 0x1EE34, 0x1EE38, 0x1EE39, 0x1EE3A, 0x1EE3B, 0x1EE3C, 0x1EE42, 0x1EE43, 0x1EE47, 0x1EE48,
    0x1EE49, 0x1EE4A, 0x1EE4B, 0x1EE4C, 0x1EE4D, 0x1EE50, 0x1EE51, 0x1EE53, 0x1EE54, 0x1EE55, 0x1EE57, 0x1EE58,
    0x1EE59, 0x1EE5A, 0x1EE5B, 0x1EE5C, 0x1EE5D, 0x1EE5E, 0x1EE5F, 0x1EE60, 0x1EE61, 0x1EE63, 0x1EE64, 0x1EE65,
    0x1EE67, 0x1EE6B, 0x1EE6C, 0x1EE73, 0x1EE74, 0x1EE78, 0x1EE79, 0x1EE7D, 0x1EE7E, 0x1EE7F, 0x1EE80, 0x1EE8A,
    0x1EE8B, 0x1EE9C, 0x1EEA1, 0x1EEA4, 0x1EEA5, 0x1EEAA, 0x1EEAB, 0x1EEBC, 0x1EEF0, 0x1EEF2, 0x1F000, 0x1F02C,
    0x1F030, 0x1F094, 0x1F0A0, 0x1F0AF, 0x1F0B1, 0x1F0C0, 0x1F0C1, 0x1F0D0, 0x1F0D1, 0x1F0F6, 0x1F100, 0x1F1AE,
    0x1F1E6, 0x1F203, 0x1F210, 0x1F23C, 0x1F240, 0x1F249, 0x1F250, 0x1F252, 0x1F260, 0x1F266, 0x1F300, 0x1F6D8,
    0x1F6DD, 0x1F6ED, 0x1F6F0, 0x1F6FD, 0x1F700, 0x1F774, 0x1F780, 0x1F7D9, 0x1F7E0, 0x1F7EC, 0x1F7F0, 0x1F7F1,
    0x1F800, 0x1F80C, 0x1F810, 0x1F848, 0x1F850, 0x1F85A, 0x1F860, 0x1F888, 0x1F890, 0x1F8AE, 0x1F8B0, 0x1F8B2,
    0x1F900, 0x1FA54, 0x1FA60, 0x1FA6E, 0x1FA70, 0x1FA75, 0x1FA78, 0x1FA7D, 0x1FA80, 0x1FA87, 0x1FA90, 0x1FAAD,
    0x1FAB0, 0x1FABB, 0x1FAC0, 0x1FAC6, 0x1FAD0, 0x1FADA, 0x1FAE0, 0x1FAE8, 0x1FAF0, 0x1FAF7, 0x1FB00, 0x1FB93,
    0x1FB94, 0x1FBCB, 0x1FBF0, 0x1FBFA, 0x20000, 0x2A6E0, 0x2A700, 0x2B739, 0x2B740, 0x2B81E, 0x2B820, 0x2CEA2,
    0x2CEB0, 0x2EBE1, 0x2F800, 0x2FA1E, 0x30000, 0x3134B, 0xE0100, 0xE01F0,
];
pub(super) static ALPHA: &[u32] = &[
    0x41, 0x5B, 0x61, 0x7B, 0xAA, 0xAB, 0xB5, 0xB6, 0xBA, 0xBB, 0xC0, 0xD7,
    0xD8, 0xF7, 0xF8, 0x2C2, 0x2C6, 0x2D2, 0x2E0, 0x2E5, 0x2EC, 0x2ED, 0x2EE, 0x2EF,
    0x370, 0x375, 0x376, 0x378, 0x37A, 0x37E, 0x37F, 0x380, 0x386, 0x387, 0x388, 0x38B,
    0x38C, 0x38D, 0x38E, 0x3A2, 0x3A3, 0x3F6, 0x3F7, 0x482, 0x48A, 0x530, 0x531, 0x557,
    0x559, 0x55A, 0x560, 0x589, 0x5D0, 0x5EB, 0x5EF, 0x5F3, 0x620, 0x64B, 0x66E, 0x670,
    0x671, 0x6D4, 0x6D5, 0x6D6, 0x6E5, 0x6E7, 0x6EE, 0x6F0, 0x6FA, 0x6FD, 0x6FF, 0x700,
    0x710, 0x711, 0x712, 0x730, 0x74D, 0x7A6, 0x7B1, 0x7B2, 0x7CA, 0x7EB, 0x7F4, 0x7F6,
    0x7FA, 0x7FB, 0x800, 0x816, 0x81A, 0x81B, 0x824, 0x825, 0x828, 0x829, 0x840, 0x859,
    0x860, 0x86B, 0x870, 0x888, 0x889, 0x88F, 0x8A0, 0x8CA, 0x904, 0x93A, 0x93D, 0x93E,
    0x950, 0x951, 0x958, 0x962, 0x971, 0x981, 0x985, 0x98D, 0x98F, 0x991, 0x993, 0x9A9,
    0x9AA, 0x9B1, 0x9B2, 0x9B3, 0x9B6, 0x9BA, 0x9BD, 0x9BE, 0x9CE, 0x9CF, 0x9DC, 0x9DE,
    0x9DF, 0x9E2, 0x9F0, 0x9F2, 0x9FC, 0x9FD, 0xA05, 0xA0B, 0xA0F, 0xA11, 0xA13, 0xA29,
    0xA2A, 0xA31, 0xA32, 0xA34, 0xA35, 0xA37, 0xA38, 0xA3A, 0xA59, 0xA5D, 0xA5E, 0xA5F,
    0xA72, 0xA75, 0xA85, 0xA8E, 0xA8F, 0xA92, 0xA93, 0xAA9, 0xAAA, 0xAB1, 0xAB2, 0xAB4,
    0xAB5, 0xABA, 0xABD, 0xABE, 0xAD0, 0xAD1, 0xAE0, 0xAE2, 0xAF9, 0xAFA, 0xB05, 0xB0D,
    0xB0F, 0xB11, 0xB13, 0xB29, 0xB2A, 0xB31, 0xB32, 0xB34, 0xB35, 0xB3A, 0xB3D, 0xB3E,
    0xB5C, 0xB5E, 0xB5F, 0xB62, 0xB71, 0xB72, 0xB83, 0xB84, 0xB85, 0xB8B, 0xB8E, 0xB91,
    0xB92, 0xB96, 0xB99, 0xB9B, 0xB9C, 0xB9D, 0xB9E, 0xBA0, 0xBA3, 0xBA5, 0xBA8, 0xBAB,
    0xBAE, 0xBBA, 0xBD0, 0xBD1, 0xC05, 0xC0D, 0xC0E, 0xC11, 0xC12, 0xC29, 0xC2A, 0xC3A,
    0xC3D, 0xC3E, 0xC58, 0xC5B, 0xC5D, 0xC5E, 0xC60, 0xC62, 0xC80, 0xC81, 0xC85, 0xC8D,
    0xC8E, 0xC91, 0xC92, 0xCA9, 0xCAA, 0xCB4, 0xCB5, 0xCBA, 0xCBD, 0xCBE, 0xCDD, 0xCDF,
    0xCE0, 0xCE2, 0xCF1, 0xCF3, 0xD04, 0xD0D, 0xD0E, 0xD11, 0xD12, 0xD3B, 0xD3D, 0xD3E,
    0xD4E, 0xD4F, 0xD54, 0xD57, 0xD5F, 0xD62, 0xD7A, 0xD80, 0xD85, 0xD97, 0xD9A, 0xDB2,
    0xDB3, 0xDBC, 0xDBD, 0xDBE, 0xDC0, 0xDC7, 0xE01, 0xE31, 0xE32, 0xE34, 0xE40, 0xE47,
    0xE81, 0xE83, 0xE84, 0xE85, 0xE86, 0xE8B, 0xE8C, 0xEA4, 0xEA5, 0xEA6, 0xEA7, 0xEB1,
    0xEB2, 0xEB4, 0xEBD, 0xEBE, 0xEC0, 0xEC5, 0xEC6, 0xEC7, 0xEDC, 0xEE0, 0xF00, 0xF01,
    0xF40, 0xF48, 0xF49, 0xF6D, 0xF88, 0xF8D, 0x1000, 0x102B, 0x103F, 0x1040, 0x1050, 0x1056,
    0x105A, 0x105E, 0x1061, 0x1062, 0x1065, 0x1067, 0x106E, 0x1071, 0x1075, 0x1082, 0x108E, 0x108F,
    0x10A0, 0x10C6, 0x10C7, 0x10C8, 0x10CD, 0x10CE, 0x10D0, 0x10FB, 0x10FC, 0x1249, 0x124A, 0x124E,
    0x1250, 0x1257, 0x1258, 0x1259, 0x125A, 0x125E, 0x1260, 0x1289, 0x128A, 0x128E, 0x1290, 0x12B1,
    0x12B2, 0x12B6, 0x12B8, 0x12BF, 0x12C0, 0x12C1, 0x12C2, 0x12C6, 0x12C8, 0x12D7, 0x12D8, 0x1311,
    0x1312, 0x1316, 0x1318, 0x135B, 0x1380, 0x1390, 0x13A0, 0x13F6, 0x13F8, 0x13FE, 0x1401, 0x166D,
    0x166F, 0x1680, 0x1681, 0x169B, 0x16A0, 0x16EB, 0x16F1, 0x16F9, 0x1700, 0x1712, 0x171F, 0x1732,
    0x1740, 0x1752, 0x1760, 0x176D, 0x176E, 0x1771, 0x1780, 0x17B4, 0x17D7, 0x17D8, 0x17DC, 0x17DD,
    0x1820, 0x1879, 0x1880, 0x1885, 0x1887, 0x18A9, 0x18AA, 0x18AB, 0x18B0, 0x18F6, 0x1900, 0x191F,
    0x1950, 0x196E, 0x1970, 0x1975, 0x1980, 0x19AC, 0x19B0, 0x19CA, 0x1A00, 0x1A17, 0x1A20, 0x1A55,
    0x1AA7, 0x1AA8, 0x1B05, 0x1B34, 0x1B45, 0x1B4D, 0x1B83, 0x1BA1, 0x1BAE, 0x1BB0, 0x1BBA, 0x1BE6,
    0x1C00, 0x1C24, 0x1C4D, 0x1C50, 0x1C5A, 0x1C7E, 0x1C80, 0x1C89, 0x1C90, 0x1CBB, 0x1CBD, 0x1CC0,
    0x1CE9, 0x1CED, 0x1CEE, 0x1CF4, 0x1CF5, 0x1CF7, 0x1CFA, 0x1CFB, 0x1D00, 0x1DC0, 0x1E00, 0x1F16,
    0x1F18, 0x1F1E, 0x1F20, 0x1F46, 0x1F48, 0x1F4E, 0x1F50, 0x1F58, 0x1F59, 0x1F5A, 0x1F5B, 0x1F5C,
    0x1F5D, 0x1F5E, 0x1F5F, 0x1F7E, 0x1F80, 0x1FB5, 0x1FB6, 0x1FBD, 0x1FBE, 0x1FBF, 0x1FC2, 0x1FC5,
    0x1FC6, 0x1FCD, 0x1FD0, 0x1FD4, 0x1FD6, 0x1FDC, 0x1FE0, 0x1FED, 0x1FF2, 0x1FF5, 0x1FF6, 0x1FFD,
    0x2071, 0x2072, 0x207F, 0x2080, 0x2090, 0x209D, 0x2102, 0x2103, 0x2107, 0x2108, 0x210A, 0x2114,
    0x2115, 0x2116, 0x2119, 0x211E, 0x2124, 0x2125, 0x2126, 0x2127, 0x2128, 0x2129, 0x212A, 0x212E,
    0x212F, 0x213A, 0x213C, 0x2140, 0x2145, 0x214A, 0x214E, 0x214F, 0x2183, 0x2185, 0x2C00, 0x2CE5,
    0x2CEB, 0x2CEF, 0x2CF2, 0x2CF4, 0x2D00, 0x2D26, 0x2D27, 0x2D28, 0x2D2D, 0x2D2E, 0x2D30, 0x2D68,
    0x2D6F, 0x2D70, 0x2D80, 0x2D97, 0x2DA0, 0x2DA7, 0x2DA8, 0x2DAF, 0x2DB0, 0x2DB7, 0x2DB8, 0x2DBF,
    0x2DC0, 0x2DC7, 0x2DC8, 0x2DCF, 0x2DD0, 0x2DD7, 0x2DD8, 0x2DDF, 0x2E2F, 0x2E30, 0x3005, 0x3007,
    0x3031, 0x3036, 0x303B, 0x303D, 0x3041, 0x3097, 0x309D, 0x30A0, 0x30A1, 0x30FB, 0x30FC, 0x3100,
    0x3105, 0x3130, 0x3131, 0x318F, 0x31A0, 0x31C0, 0x31F0, 0x3200, 0x3400, 0x4DC0, 0x4E00, 0xA48D,
    0xA4D0, 0xA4FE, 0xA500, 0xA60D, 0xA610, 0xA620, 0xA62A, 0xA62C, 0xA640, 0xA66F, 0xA67F, 0xA69E,
    0xA6A0, 0xA6E6, 0xA717, 0xA720, 0xA722, 0xA789, 0xA78B, 0xA7CB, 0xA7D0, 0xA7D2, 0xA7D3, 0xA7D4,
    0xA7D5, 0xA7DA, 0xA7F2, 0xA802, 0xA803, 0xA806, 0xA807, 0xA80B, 0xA80C, 0xA823, 0xA840, 0xA874,
    0xA882, 0xA8B4, 0xA8F2, 0xA8F8, 0xA8FB, 0xA8FC, 0xA8FD, 0xA8FF, 0xA90A, 0xA926, 0xA930, 0xA947,
    0xA960, 0xA97D, 0xA984, 0xA9B3, 0xA9CF, 0xA9D0, 0xA9E0, 0xA9E5, 0xA9E6, 0xA9F0, 0xA9FA, 0xA9FF,
    0xAA00, 0xAA29, 0xAA40, 0xAA43, 0xAA44, 0xAA4C, 0xAA60, 0xAA77, 0xAA7A, 0xAA7B, 0xAA7E, 0xAAB0,
    0xAAB1, 0xAAB2, 0xAAB5, 0xAAB7, 0xAAB9, 0xAABE, 0xAAC0, 0xAAC1, 0xAAC2, 0xAAC3, 0xAADB, 0xAADE,
    0xAAE0, 0xAAEB, 0xAAF2, 0xAAF5, 0xAB01, 0xAB07, 0xAB09, 0xAB0F, 0xAB11, 0xAB17, 0xAB20, 0xAB27,
    0xAB28, 0xAB2F, 0xAB30, 0xAB5B, 0xAB5C, 0xAB6A, 0xAB70, 0xABE3, 0xAC00, 0xD7A4, 0xD7B0, 0xD7C7,
    0xD7CB, 0xD7FC, 0xF900, 0xFA6E, 0xFA70, 0xFADA, 0xFB00, 0xFB07, 0xFB13, 0xFB18, 0xFB1D, 0xFB1E,
    0xFB1F, 0xFB29, 0xFB2A, 0xFB37, 0xFB38, 0xFB3D, 0xFB3E, 0xFB3F, 0xFB40, 0xFB42, 0xFB43, 0xFB45,
    0xFB46, 0xFBB2, 0xFBD3, 0xFD3E, 0xFD50, 0xFD90, 0xFD92, 0xFDC8, 0xFDF0, 0xFDFC, 0xFE70, 0xFE75,
    0xFE76, 0xFEFD, 0xFF21, 0xFF3B, 0xFF41, 0xFF5B, 0xFF66, 0xFFBF, 0xFFC2, 0xFFC8, 0xFFCA, 0xFFD0,
    0xFFD2, 0xFFD8, 0xFFDA, 0xFFDD, 0x10000, 0x1000C, 0x1000D, 0x10027, 0x10028, 0x1003B, 0x1003C, 0x1003E,
    0x1003F, 0x1004E, 0x10050, 0x1005E, 0x10080, 0x100FB, 0x10280, 0x1029D, 0x102A0, 0x102D1, 0x10300, 0x10320,
    0x1032D, 0x10341, 0x10342, 0x1034A, 0x10350, 0x10376, 0x10380, 0x1039E, 0x103A0, 0x103C4, 0x103C8, 0x103D0,
    0x10400, 0x1049E, 0x104B0, 0x104D4, 0x104D8, 0x104FC, 0x10500, 0x10528, 0x10530, 0x10564, 0x10570, 0x1057B,
    0x1057C, 0x1058B, 0x1058C, 0x10593, 0x10594, 0x10596, 0x10597, 0x105A2, 0x105A3, 0x105B2, 0x105B3, 0x105BA,
    0x105BB, 0x105BD, 0x10600, 0x10737, 0x10740, 0x10756, 0x10760, 0x10768, 0x10780, 0x10786, 0x10787, 0x107B1,
    0x107B2, 0x107BB, 0x10800, 0x10806, 0x10808, 0x10809, 0x1080A, 0x10836, 0x10837, 0x10839, 0x1083C, 0x1083D,
    0x1083F, 0x10856, 0x10860, 0x10877, 0x10880, 0x1089F, 0x108E0, 0x108F3, 0x108F4, 0x108F6, 0x10900, 0x10916,
    0x10920, 0x1093A, 0x10980, 0x109B8, 0x109BE, 0x109C0, 0x10A00, 0x10A01, 0x10A10, 0x10A14, 0x10A15, 0x10A18,
    0x10A19, 0x10A36, 0x10A60, 0x10A7D, 0x10A80, 0x10A9D, 0x10AC0, 0x10AC8, 0x10AC9, 0x10AE5, 0x10B00, 0x10B36,
    0x10B40, 0x10B56, 0x10B60, 0x10B73, 0x10B80, 0x10B92, 0x10C00, 0x10C49, 0x10C80, 0x10CB3, 0x10CC0, 0x10CF3,
    0x10D00, 0x10D24, 0x10E80, 0x10EAA, 0x10EB0, 0x10EB2, 0x10F00, 0x10F1D, 0x10F27, 0x10F28, 0x10F30, 0x10F46,
    0x10F70, 0x10F82, 0x10FB0, 0x10FC5, 0x10FE0, 0x10FF7, 0x11003, 0x11038, 0x11071, 0x11073, 0x11075, 0x11076,
    0x11083, 0x110B0, 0x110D0, 0x110E9, 0x11103, 0x11127, 0x11144, 0x11145, 0x11147, 0x11148, 0x11150, 0x11173,
    0x11176, 0x11177, 0x11183, 0x111B3, 0x111C1, 0x111C5, 0x111DA, 0x111DB, 0x111DC, 0x111DD, 0x11200, 0x11212,
    0x11213, 0x1122C, 0x11280, 0x11287, 0x11288, 0x11289, 0x1128A, 0x1128E, 0x1128F, 0x1129E, 0x1129F, 0x112A9,
    0x112B0, 0x112DF, 0x11305, 0x1130D, 0x1130F, 0x11311, 0x11313, 0x11329, 0x1132A, 0x11331, 0x11332, 0x11334,
    0x11335, 0x1133A, 0x1133D, 0x1133E, 0x11350, 0x11351, 0x1135D, 0x11362, 0x11400, 0x11435, 0x11447, 0x1144B,
    0x1145F, 0x11462, 0x11480, 0x114B0, 0x114C4, 0x114C6, 0x114C7, 0x114C8, 0x11580, 0x115AF, 0x115D8, 0x115DC,
    0x11600, 0x11630, 0x11644, 0x11645, 0x11680, 0x116AB, 0x116B8, 0x116B9, 0x11700, 0x1171B, 0x11740, 0x11747,
    0x11800, 0x1182C, 0x118A0, 0x118E0, 0x118FF, 0x11907, 0x11909, 0x1190A, 0x1190C, 0x11914, 0x11915, 0x11917,
    0x11918, 0x11930, 0x1193F, 0x11940, 0x11941, 0x11942, 0x119A0, 0x119A8, 0x119AA, 0x119D1, 0x119E1, 0x119E2,
    0x119E3, 0x119E4, 0x11A00, 0x11A01, 0x11A0B, 0x11A33, 0x11A3A, 0x11A3B, 0x11A50, 0x11A51, 0x11A5C, 0x11A8A,
    0x11A9D, 0x11A9E, 0x11AB0, 0x11AF9, 0x11C00, 0x11C09, 0x11C0A, 0x11C2F, 0x11C40, 0x11C41, 0x11C72, 0x11C90,
    0x11D00, 0x11D07, 0x11D08, 0x11D0A, 0x11D0B, 0x11D31, 0x11D46, 0x11D47, 0x11D60, 0x11D66, 0x11D67, 0x11D69,
    0x11D6A, 0x11D8A, 0x11D98, 0x11D99, 0x11EE0, 0x11EF3, 0x11FB0, 0x11FB1, 0x12000, 0x1239A, 0x12480, 0x12544,
    0x12F90, 0x12FF1, 0x13000, 0x1342F, 0x14400, 0x14647, 0x16800, 0x16A39, 0x16A40, 0x16A5F, 0x16A70, 0x16ABF,
    0x16AD0, 0x16AEE, 0x16B00, 0x16B30, 0x16B40, 0x16B44, 0x16B63, 0x16B78, 0x16B7D, 0x16B90, 0x16E40, 0x16E80,
    0x16F00, 0x16F4B, 0x16F50, 0x16F51, 0x16F93, 0x16FA0, 0x16FE0, 0x16FE2, 0x16FE3, 0x16FE4, 0x17000, 0x187F8,
    0x18800, 0x18CD6, 0x18D00, 0x18D09, 0x1AFF0, 0x1AFF4, 0x1AFF5, 0x1AFFC, 0x1AFFD, 0x1AFFF, 0x1B000, 0x1B123,
    0x1B150, 0x1B153, 0x1B164, 0x1B168, 0x1B170, 0x1B2FC, 0x1BC00, 0x1BC6B, 0x1BC70, 0x1BC7D, 0x1BC80, 0x1BC89,
    0x1BC90, 0x1BC9A, 0x1D400, 0x1D455, 0x1D456, 0x1D49D, 0x1D49E, 0x1D4A0, 0x1D4A2, 0x1D4A3, 0x1D4A5, 0x1D4A7,
    0x1D4A9, 0x1D4AD, 0x1D4AE, 0x1D4BA, 0x1D4BB, 0x1D4BC, 0x1D4BD, 0x1D4C4, 0x1D4C5, 0x1D506, 0x1D507, 0x1D50B,
    0x1D50D, 0x1D515, 0x1D516, 0x1D51D, 0x1D51E, 0x1D53A, 0x1D53B, 0x1D53F, 0x1D540, 0x1D545, 0x1D546, 0x1D547,
    0x1D54A, 0x1D551, 0x1D552, 0x1D6A6, 0x1D6A8, 0x1D6C1, 0x1D6C2, 0x1D6DB, 0x1D6DC, 0x1D6FB, 0x1D6FC, 0x1D715,
    0x1D716, 0x1D735, 0x1D736, 0x1D74F, 0x1D750, 0x1D76F, 0x1D770, 0x1D789, 0x1D78A, 0x1D7A9, 0x1D7AA, 0x1D7C3,
    0x1D7C4, 0x1D7CC, 0x1DF00, 0x1DF1F, 0x1E100, 0x1E12D, 0x1E137, 0x1E13E, 0x1E14E, 0x1E14F, 0x1E290, 0x1E2AE,
    0x1E2C0, 0x1E2EC, 0x1E7E0, 0x1E7E7, 0x1E7E8, 0x1E7EC, 0x1E7ED, 0x1E7EF, 0x1E7F0, 0x1E7FF, 0x1E800, 0x1E8C5,
    0x1E900, 0x1E944, 0x1E94B, 0x1E94C, 0x1EE00, 0x1EE04, 0x1EE05, 0x1EE20, 0x1EE21, 0x1EE23, 0x1EE24, 0x1EE25,
    0x1EE27, 0x1EE28, 0x1EE29, 0x1EE33, 0x1EE34, 0x1EE38, 0x1EE39, 0x1EE3A, 0x1EE3B, 0x1EE3C, 0x1EE42, 0x1EE43,
    0x1EE47, 0x1EE48, 0x1EE49, 0x1EE4A, 0x1EE4B, 0x1EE4C, 0x1EE4D, 0x1EE50, 0x1EE51, 0x1EE53, 0x1EE54, 0x1EE55,
    0x1EE57, 0x1EE58, 0x1EE59, 0x1EE5A, 0x1EE5B, 0x1EE5C, 0x1EE5D, 0x1EE5E, 0x1EE5F, 0x1EE60, 0x1EE61, 0x1EE63,
    0x1EE64, 0x1EE65, 0x1EE67, 0x1EE6B, 0x1EE6C, 0x1EE73, 0x1EE74, 0x1EE78, 0x1EE79, 0x1EE7D, 0x1EE7E, 0x1EE7F,
    0x1EE80, 0x1EE8A, 0x1EE8B, 0x1EE9C, 0x1EEA1, 0x1EEA4, 0x1EEA5, 0x1EEAA, 0x1EEAB, 0x1EEBC, 0x20000, 0x2A6E0,
    0x2A700, 0x2B739, 0x2B740, 0x2B81E, 0x2B820, 0x2CEA2, 0x2CEB0, 0x2EBE1, 0x2F800, 0x2FA1E, 0x30000, 0x3134B,
];
pub(super) static DECIMAL: &[u32] = &[
    0x30, 0x3A, 0x660, 0x66A, 0x6F0, 0x6FA, 0x7C0, 0x7CA, 0x966, 0x970, 0x9E6, 0x9F0,
    0xA66, 0xA70, 0xAE6, 0xAF0, 0xB66, 0xB70, 0xBE6, 0xBF0, 0xC66, 0xC70, 0xCE6, 0xCF0,
    0xD66, 0xD70, 0xDE6, 0xDF0, 0xE50, 0xE5A, 0xED0, 0xEDA, 0xF20, 0xF2A, 0x1040, 0x104A,
    0x1090, 0x109A, 0x17E0, 0x17EA, 0x1810, 0x181A, 0x1946, 0x1950, 0x19D0, 0x19DA, 0x1A80, 0x1A8A,
    0x1A90, 0x1A9A, 0x1B50, 0x1B5A, 0x1BB0, 0x1BBA, 0x1C40, 0x1C4A, 0x1C50, 0x1C5A, 0xA620, 0xA62A,
    0xA8D0, 0xA8DA, 0xA900, 0xA90A, 0xA9D0, 0xA9DA, 0xA9F0, 0xA9FA, 0xAA50, 0xAA5A, 0xABF0, 0xABFA,
    0xFF10, 0xFF1A, 0x104A0, 0x104AA, 0x10D30, 0x10D3A, 0x11066, 0x11070, 0x110F0, 0x110FA, 0x11136, 0x11140,
    0x111D0, 0x111DA, 0x112F0, 0x112FA, 0x11450, 0x1145A, 0x114D0, 0x114DA, 0x11650, 0x1165A, 0x116C0, 0x116CA,
    0x11730, 0x1173A, 0x118E0, 0x118EA, 0x11950, 0x1195A, 0x11C50, 0x11C5A, 0x11D50, 0x11D5A, 0x11DA0, 0x11DAA,
    0x16A60, 0x16A6A, 0x16AC0, 0x16ACA, 0x16B50, 0x16B5A, 0x1D7CE, 0x1D800, 0x1E140, 0x1E14A, 0x1E2F0, 0x1E2FA,
    0x1E950, 0x1E95A, 0x1FBF0, 0x1FBFA,
];
pub(super) static DIGIT: &[u32] = &[
    0x30, 0x3A, 0xB2, 0xB4, 0xB9, 0xBA, 0x660, 0x66A, 0x6F0, 0x6FA, 0x7C0, 0x7CA,
    0x966, 0x970, 0x9E6, 0x9F0, 0xA66, 0xA70, 0xAE6, 0xAF0, 0xB66, 0xB70, 0xBE6, 0xBF0,
    0xC66, 0xC70, 0xCE6, 0xCF0, 0xD66, 0xD70, 0xDE6, 0xDF0, 0xE50, 0xE5A, 0xED0, 0xEDA,
    0xF20, 0xF2A, 0x1040, 0x104A, 0x1090, 0x109A, 0x1369, 0x1372, 0x17E0, 0x17EA, 0x1810, 0x181A,
    0x1946, 0x1950, 0x19D0, 0x19DB, 0x1A80, 0x1A8A, 0x1A90, 0x1A9A, 0x1B50, 0x1B5A, 0x1BB0, 0x1BBA,
    0x1C40, 0x1C4A, 0x1C50, 0x1C5A, 0x2070, 0x2071, 0x2074, 0x207A, 0x2080, 0x208A, 0x2460, 0x2469,
    0x2474, 0x247D, 0x2488, 0x2491, 0x24EA, 0x24EB, 0x24F5, 0x24FE, 0x24FF, 0x2500, 0x2776, 0x277F,
    0x2780, 0x2789, 0x278A, 0x2793, 0xA620, 0xA62A, 0xA8D0, 0xA8DA, 0xA900, 0xA90A, 0xA9D0, 0xA9DA,
    0xA9F0, 0xA9FA, 0xAA50, 0xAA5A, 0xABF0, 0xABFA, 0xFF10, 0xFF1A, 0x104A0, 0x104AA, 0x10A40, 0x10A44,
    0x10D30, 0x10D3A, 0x10E60, 0x10E69, 0x11052, 0x1105B, 0x11066, 0x11070, 0x110F0, 0x110FA, 0x11136, 0x11140,
    0x111D0, 0x111DA, 0x112F0, 0x112FA, 0x11450, 0x1145A, 0x114D0, 0x114DA, 0x11650, 0x1165A, 0x116C0, 0x116CA,
    0x11730, 0x1173A, 0x118E0, 0x118EA, 0x11950, 0x1195A, 0x11C50, 0x11C5A, 0x11D50, 0x11D5A, 0x11DA0, 0x11DAA,
    0x16A60, 0x16A6A, 0x16AC0, 0x16ACA, 0x16B50, 0x16B5A, 0x1D7CE, 0x1D800, 0x1E140, 0x1E14A, 0x1E2F0, 0x1E2FA,
    0x1E950, 0x1E95A, 0x1F100, 0x1F10B, 0x1FBF0, 0x1FBFA,
];
pub(super) static NUMERIC: &[u32] = &[
    0x30, 0x3A, 0xB2, 0xB4, 0xB9, 0xBA, 0xBC, 0xBF, 0x660, 0x66A, 0x6F0, 0x6FA,
    0x7C0, 0x7CA, 0x966, 0x970, 0x9E6, 0x9F0, 0x9F4, 0x9FA, 0xA66, 0xA70, 0xAE6, 0xAF0,
    0xB66, 0xB70, 0xB72, 0xB78, 0xBE6, 0xBF3, 0xC66, 0xC70, 0xC78, 0xC7F, 0xCE6, 0xCF0,
    0xD58, 0xD5F, 0xD66, 0xD79, 0xDE6, 0xDF0, 0xE50, 0xE5A, 0xED0, 0xEDA, 0xF20, 0xF34,
    0x1040, 0x104A, 0x1090, 0x109A, 0x1369, 0x137D, 0x16EE, 0x16F1, 0x17E0, 0x17EA, 0x17F0, 0x17FA,
    0x1810, 0x181A, 0x1946, 0x1950, 0x19D0, 0x19DB, 0x1A80, 0x1A8A, 0x1A90, 0x1A9A, 0x1B50, 0x1B5A,
    0x1BB0, 0x1BBA, 0x1C40, 0x1C4A, 0x1C50, 0x1C5A, 0x2070, 0x2071, 0x2074, 0x207A, 0x2080, 0x208A,
    0x2150, 0x2183, 0x2185, 0x218A, 0x2460, 0x249C, 0x24EA, 0x2500, 0x2776, 0x2794, 0x2CFD, 0x2CFE,
    0x3007, 0x3008, 0x3021, 0x302A, 0x3038, 0x303B, 0x3192, 0x3196, 0x3220, 0x322A, 0x3248, 0x3250,
    0x3251, 0x3260, 0x3280, 0x328A, 0x32B1, 0x32C0, 0x3405, 0x3406, 0x3483, 0x3484, 0x382A, 0x382B,
    0x3B4D, 0x3B4E, 0x4E00, 0x4E01, 0x4E03, 0x4E04, 0x4E07, 0x4E08, 0x4E09, 0x4E0A, 0x4E5D, 0x4E5E,
    0x4E8C, 0x4E8D, 0x4E94, 0x4E95, 0x4E96, 0x4E97, 0x4EBF, 0x4EC1, 0x4EDF, 0x4EE0, 0x4EE8, 0x4EE9,
    0x4F0D, 0x4F0E, 0x4F70, 0x4F71, 0x5104, 0x5105, 0x5146, 0x5147, 0x5169, 0x516A, 0x516B, 0x516C,
    0x516D, 0x516E, 0x5341, 0x5342, 0x5343, 0x5346, 0x534C, 0x534D, 0x53C1, 0x53C5, 0x56DB, 0x56DC,
    0x58F1, 0x58F2, 0x58F9, 0x58FA, 0x5E7A, 0x5E7B, 0x5EFE, 0x5F00, 0x5F0C, 0x5F0F, 0x5F10, 0x5F11,
    0x62FE, 0x62FF, 0x634C, 0x634D, 0x67D2, 0x67D3, 0x6F06, 0x6F07, 0x7396, 0x7397, 0x767E, 0x767F,
    0x8086, 0x8087, 0x842C, 0x842D, 0x8CAE, 0x8CAF, 0x8CB3, 0x8CB4, 0x8D30, 0x8D31, 0x9621, 0x9622,
    0x9646, 0x9647, 0x964C, 0x964D, 0x9678, 0x9679, 0x96F6, 0x96F7, 0xA620, 0xA62A, 0xA6E6, 0xA6F0,
    0xA830, 0xA836, 0xA8D0, 0xA8DA, 0xA900, 0xA90A, 0xA9D0, 0xA9DA, 0xA9F0, 0xA9FA, 0xAA50, 0xAA5A,
    0xABF0, 0xABFA, 0xF96B, 0xF96C, 0xF973, 0xF974, 0xF978, 0xF979, 0xF9B2, 0xF9B3, 0xF9D1, 0xF9D2,
    0xF9D3, 0xF9D4, 0xF9FD, 0xF9FE, 0xFF10, 0xFF1A, 0x10107, 0x10134, 0x10140, 0x10179, 0x1018A, 0x1018C,
    0x102E1, 0x102FC, 0x10320, 0x10324, 0x10341, 0x10342, 0x1034A, 0x1034B, 0x103D1, 0x103D6, 0x104A0, 0x104AA,
    0x10858, 0x10860, 0x10879, 0x10880, 0x108A7, 0x108B0, 0x108FB, 0x10900, 0x10916, 0x1091C, 0x109BC, 0x109BE,
    0x109C0, 0x109D0, 0x109D2, 0x10A00, 0x10A40, 0x10A49, 0x10A7D, 0x10A7F, 0x10A9D, 0x10AA0, 0x10AEB, 0x10AF0,
    0x10B58, 0x10B60, 0x10B78, 0x10B80, 0x10BA9, 0x10BB0, 0x10CFA, 0x10D00, 0x10D30, 0x10D3A, 0x10E60, 0x10E7F,
    0x10F1D, 0x10F27, 0x10F51, 0x10F55, 0x10FC5, 0x10FCC, 0x11052, 0x11070, 0x110F0, 0x110FA, 0x11136, 0x11140,
    0x111D0, 0x111DA, 0x111E1, 0x111F5, 0x112F0, 0x112FA, 0x11450, 0x1145A, 0x114D0, 0x114DA, 0x11650, 0x1165A,
    0x116C0, 0x116CA, 0x11730, 0x1173C, 0x118E0, 0x118F3, 0x11950, 0x1195A, 0x11C50, 0x11C6D, 0x11D50, 0x11D5A,
    0x11DA0, 0x11DAA, 0x11FC0, 0x11FD5, 0x12400, 0x1246F, 0x16A60, 0x16A6A, 0x16AC0, 0x16ACA, 0x16B50, 0x16B5A,
    0x16B5B, 0x16B62, 0x16E80, 0x16E97, 0x1D2E0, 0x1D2F4, 0x1D360, 0x1D379, 0x1D7CE, 0x1D800, 0x1E140, 0x1E14A,
    0x1E2F0, 0x1E2FA, 0x1E8C7, 0x1E8D0, 0x1E950, 0x1E95A, 0x1EC71, 0x1ECAC, 0x1ECAD, 0x1ECB0, 0x1ECB1, 0x1ECB5,
    0x1ED01, 0x1ED2E, 0x1ED2F, 0x1ED3E, 0x1F100, 0x1F10D, 0x1FBF0, 0x1FBFA, 0x20001, 0x20002, 0x20064, 0x20065,
    0x200E2, 0x200E3, 0x20121, 0x20122, 0x2092A, 0x2092B, 0x20983, 0x20984, 0x2098C, 0x2098D, 0x2099C, 0x2099D,
    0x20AEA, 0x20AEB, 0x20AFD, 0x20AFE, 0x20B19, 0x20B1A, 0x22390, 0x22391, 0x22998, 0x22999, 0x23B1B, 0x23B1C,
    0x2626D, 0x2626E, 0x2F890, 0x2F891,
];
pub(super) static LOWER: &[u32] = &[
    0x61, 0x7B, 0xAA, 0xAB, 0xB5, 0xB6, 0xBA, 0xBB, 0xDF, 0xF7, 0xF8, 0x100,
    0x101, 0x102, 0x103, 0x104, 0x105, 0x106, 0x107, 0x108, 0x109, 0x10A, 0x10B, 0x10C,
    0x10D, 0x10E, 0x10F, 0x110, 0x111, 0x112, 0x113, 0x114, 0x115, 0x116, 0x117, 0x118,
    0x119, 0x11A, 0x11B, 0x11C, 0x11D, 0x11E, 0x11F, 0x120, 0x121, 0x122, 0x123, 0x124,
    0x125, 0x126, 0x127, 0x128, 0x129, 0x12A, 0x12B, 0x12C, 0x12D, 0x12E, 0x12F, 0x130,
    0x131, 0x132, 0x133, 0x134, 0x135, 0x136, 0x137, 0x139, 0x13A, 0x13B, 0x13C, 0x13D,
    0x13E, 0x13F, 0x140, 0x141, 0x142, 0x143, 0x144, 0x145, 0x146, 0x147, 0x148, 0x14A,
    0x14B, 0x14C, 0x14D, 0x14E, 0x14F, 0x150, 0x151, 0x152, 0x153, 0x154, 0x155, 0x156,
    0x157, 0x158, 0x159, 0x15A, 0x15B, 0x15C, 0x15D, 0x15E, 0x15F, 0x160, 0x161, 0x162,
    0x163, 0x164, 0x165, 0x166, 0x167, 0x168, 0x169, 0x16A, 0x16B, 0x16C, 0x16D, 0x16E,
    0x16F, 0x170, 0x171, 0x172, 0x173, 0x174, 0x175, 0x176, 0x177, 0x178, 0x17A, 0x17B,
    0x17C, 0x17D, 0x17E, 0x181, 0x183, 0x184, 0x185, 0x186, 0x188, 0x189, 0x18C, 0x18E,
    0x192, 0x193, 0x195, 0x196, 0x199, 0x19C, 0x19E, 0x19F, 0x1A1, 0x1A2, 0x1A3, 0x1A4,
    0x1A5, 0x1A6, 0x1A8, 0x1A9, 0x1AA, 0x1AC, 0x1AD, 0x1AE, 0x1B0, 0x1B1, 0x1B4, 0x1B5,
    0x1B6, 0x1B7, 0x1B9, 0x1BB, 0x1BD, 0x1C0, 0x1C6, 0x1C7, 0x1C9, 0x1CA, 0x1CC, 0x1CD,
    0x1CE, 0x1CF, 0x1D0, 0x1D1, 0x1D2, 0x1D3, 0x1D4, 0x1D5, 0x1D6, 0x1D7, 0x1D8, 0x1D9,
    0x1DA, 0x1DB, 0x1DC, 0x1DE, 0x1DF, 0x1E0, 0x1E1, 0x1E2, 0x1E3, 0x1E4, 0x1E5, 0x1E6,
    0x1E7, 0x1E8, 0x1E9, 0x1EA, 0x1EB, 0x1EC, 0x1ED, 0x1EE, 0x1EF, 0x1F1, 0x1F3, 0x1F4,
    0x1F5, 0x1F6, 0x1F9, 0x1FA, 0x1FB, 0x1FC, 0x1FD, 0x1FE, 0x1FF, 0x200, 0x201, 0x202,
    0x203, 0x204, 0x205, 0x206, 0x207, 0x208, 0x209, 0x20A, 0x20B, 0x20C, 0x20D, 0x20E,
    0x20F, 0x210, 0x211, 0x212, 0x213, 0x214, 0x215, 0x216, 0x217, 0x218, 0x219, 0x21A,
    0x21B, 0x21C, 0x21D, 0x21E, 0x21F, 0x220, 0x221, 0x222, 0x223, 0x224, 0x225, 0x226,
    0x227, 0x228, 0x229, 0x22A, 0x22B, 0x22C, 0x22D, 0x22E, 0x22F, 0x230, 0x231, 0x232,
    0x233, 0x23A, 0x23C, 0x23D, 0x23F, 0x241, 0x242, 0x243, 0x247, 0x248, 0x249, 0x24A,
    0x24B, 0x24C, 0x24D, 0x24E, 0x24F, 0x294, 0x295, 0x2B9, 0x2C0, 0x2C2, 0x2E0, 0x2E5,
    0x345, 0x346, 0x371, 0x372, 0x373, 0x374, 0x377, 0x378, 0x37A, 0x37E, 0x390, 0x391,
    0x3AC, 0x3CF, 0x3D0, 0x3D2, 0x3D5, 0x3D8, 0x3D9, 0x3DA, 0x3DB, 0x3DC, 0x3DD, 0x3DE,
    0x3DF, 0x3E0, 0x3E1, 0x3E2, 0x3E3, 0x3E4, 0x3E5, 0x3E6, 0x3E7, 0x3E8, 0x3E9, 0x3EA,
    0x3EB, 0x3EC, 0x3ED, 0x3EE, 0x3EF, 0x3F4, 0x3F5, 0x3F6, 0x3F8, 0x3F9, 0x3FB, 0x3FD,
    0x430, 0x460, 0x461, 0x462, 0x463, 0x464, 0x465, 0x466, 0x467, 0x468, 0x469, 0x46A,
    0x46B, 0x46C, 0x46D, 0x46E, 0x46F, 0x470, 0x471, 0x472, 0x473, 0x474, 0x475, 0x476,
    0x477, 0x478, 0x479, 0x47A, 0x47B, 0x47C, 0x47D, 0x47E, 0x47F, 0x480, 0x481, 0x482,
    0x48B, 0x48C, 0x48D, 0x48E, 0x48F, 0x490, 0x491, 0x492, 0x493, 0x494, 0x495, 0x496,
    0x497, 0x498, 0x499, 0x49A, 0x49B, 0x49C, 0x49D, 0x49E, 0x49F, 0x4A0, 0x4A1, 0x4A2,
    0x4A3, 0x4A4, 0x4A5, 0x4A6, 0x4A7, 0x4A8, 0x4A9, 0x4AA, 0x4AB, 0x4AC, 0x4AD, 0x4AE,
    0x4AF, 0x4B0, 0x4B1, 0x4B2, 0x4B3, 0x4B4, 0x4B5, 0x4B6, 0x4B7, 0x4B8, 0x4B9, 0x4BA,
    0x4BB, 0x4BC, 0x4BD, 0x4BE, 0x4BF, 0x4C0, 0x4C2, 0x4C3, 0x4C4, 0x4C5, 0x4C6, 0x4C7,
    0x4C8, 0x4C9, 0x4CA, 0x4CB, 0x4CC, 0x4CD, 0x4CE, 0x4D0, 0x4D1, 0x4D2, 0x4D3, 0x4D4,
    0x4D5, 0x4D6, 0x4D7, 0x4D8, 0x4D9, 0x4DA, 0x4DB, 0x4DC, 0x4DD, 0x4DE, 0x4DF, 0x4E0,
    0x4E1, 0x4E2, 0x4E3, 0x4E4, 0x4E5, 0x4E6, 0x4E7, 0x4E8, 0x4E9, 0x4EA, 0x4EB, 0x4EC,
    0x4ED, 0x4EE, 0x4EF, 0x4F0, 0x4F1, 0x4F2, 0x4F3, 0x4F4, 0x4F5, 0x4F6, 0x4F7, 0x4F8,
    0x4F9, 0x4FA, 0x4FB, 0x4FC, 0x4FD, 0x4FE, 0x4FF, 0x500, 0x501, 0x502, 0x503, 0x504,
    0x505, 0x506, 0x507, 0x508, 0x509, 0x50A, 0x50B, 0x50C, 0x50D, 0x50E, 0x50F, 0x510,
    0x511, 0x512, 0x513, 0x514, 0x515, 0x516, 0x517, 0x518, 0x519, 0x51A, 0x51B, 0x51C,
    0x51D, 0x51E, 0x51F, 0x520, 0x521, 0x522, 0x523, 0x524, 0x525, 0x526, 0x527, 0x528,
    0x529, 0x52A, 0x52B, 0x52C, 0x52D, 0x52E, 0x52F, 0x530, 0x560, 0x589, 0x10D0, 0x10FB,
    0x10FD, 0x1100, 0x13F8, 0x13FE, 0x1C80, 0x1C89, 0x1D00, 0x1DC0, 0x1E01, 0x1E02, 0x1E03, 0x1E04,
    0x1E05, 0x1E06, 0x1E07, 0x1E08, 0x1E09, 0x1E0A, 0x1E0B, 0x1E0C, 0x1E0D, 0x1E0E, 0x1E0F, 0x1E10,
    0x1E11, 0x1E12, 0x1E13, 0x1E14, 0x1E15, 0x1E16, 0x1E17, 0x1E18, 0x1E19, 0x1E1A, 0x1E1B, 0x1E1C,
    0x1E1D, 0x1E1E, 0x1E1F, 0x1E20, 0x1E21, 0x1E22, 0x1E23, 0x1E24, 0x1E25, 0x1E26, 0x1E27, 0x1E28,
    0x1E29, 0x1E2A, 0x1E2B, 0x1E2C, 0x1E2D, 0x1E2E, 0x1E2F, 0x1E30, 0x1E31, 0x1E32, 0x1E33, 0x1E34,
    0x1E35, 0x1E36, 0x1E37, 0x1E38, 0x1E39, 0x1E3A, 0x1E3B, 0x1E3C, 0x1E3D, 0x1E3E, 0x1E3F, 0x1E40,
    0x1E41, 0x1E42, 0x1E43, 0x1E44, 0x1E45, 0x1E46, 0x1E47, 0x1E48, 0x1E49, 0x1E4A, 0x1E4B, 0x1E4C,
    0x1E4D, 0x1E4E, 0x1E4F, 0x1E50, 0x1E51, 0x1E52, 0x1E53, 0x1E54, 0x1E55, 0x1E56, 0x1E57, 0x1E58,
    0x1E59, 0x1E5A, 0x1E5B, 0x1E5C, 0x1E5D, 0x1E5E, 0x1E5F, 0x1E60, 0x1E61, 0x1E62, 0x1E63, 0x1E64,
    0x1E65, 0x1E66, 0x1E67, 0x1E68, 0x1E69, 0x1E6A, 0x1E6B, 0x1E6C, 0x1E6D, 0x1E6E, 0x1E6F, 0x1E70,
    0x1E71, 0x1E72, 0x1E73, 0x1E74, 0x1E75, 0x1E76, 0x1E77, 0x1E78, 0x1E79, 0x1E7A, 0x1E7B, 0x1E7C,
    0x1E7D, 0x1E7E, 0x1E7F, 0x1E80, 0x1E81, 0x1E82, 0x1E83, 0x1E84, 0x1E85, 0x1E86, 0x1E87, 0x1E88,
    0x1E89, 0x1E8A, 0x1E8B, 0x1E8C, 0x1E8D, 0x1E8E, 0x1E8F, 0x1E90, 0x1E91, 0x1E92, 0x1E93, 0x1E94,
    0x1E95, 0x1E9E, 0x1E9F, 0x1EA0, 0x1EA1, 0x1EA2, 0x1EA3, 0x1EA4, 0x1EA5, 0x1EA6, 0x1EA7, 0x1EA8,
    0x1EA9, 0x1EAA, 0x1EAB, 0x1EAC, 0x1EAD, 0x1EAE, 0x1EAF, 0x1EB0, 0x1EB1, 0x1EB2, 0x1EB3, 0x1EB4,
    0x1EB5, 0x1EB6, 0x1EB7, 0x1EB8, 0x1EB9, 0x1EBA, 0x1EBB, 0x1EBC, 0x1EBD, 0x1EBE, 0x1EBF, 0x1EC0,
    0x1EC1, 0x1EC2, 0x1EC3, 0x1EC4, 0x1EC5, 0x1EC6, 0x1EC7, 0x1EC8, 0x1EC9, 0x1ECA, 0x1ECB, 0x1ECC,
    0x1ECD, 0x1ECE, 0x1ECF, 0x1ED0, 0x1ED1, 0x1ED2, 0x1ED3, 0x1ED4, 0x1ED5, 0x1ED6, 0x1ED7, 0x1ED8,
    0x1ED9, 0x1EDA, 0x1EDB, 0x1EDC, 0x1EDD, 0x1EDE, 0x1EDF, 0x1EE0, 0x1EE1, 0x1EE2, 0x1EE3, 0x1EE4,
    0x1EE5, 0x1EE6, 0x1EE7, 0x1EE8, 0x1EE9, 0x1EEA, 0x1EEB, 0x1EEC, 0x1EED, 0x1EEE, 0x1EEF, 0x1EF0,
    0x1EF1, 0x1EF2, 0x1EF3, 0x1EF4, 0x1EF5, 0x1EF6, 0x1EF7, 0x1EF8, 0x1EF9, 0x1EFA, 0x1EFB, 0x1EFC,
    0x1EFD, 0x1EFE, 0x1EFF, 0x1F08, 0x1F10, 0x1F16, 0x1F20, 0x1F28, 0x1F30, 0x1F38, 0x1F40, 0x1F46,
    0x1F50, 0x1F58, 0x1F60, 0x1F68, 0x1F70, 0x1F7E, 0x1F80, 0x1F88, 0x1F90, 0x1F98, 0x1FA0, 0x1FA8,
    0x1FB0, 0x1FB5, 0x1FB6, 0x1FB8, 0x1FBE, 0x1FBF, 0x1FC2, 0x1FC5, 0x1FC6, 0x1FC8, 0x1FD0, 0x1FD4,
    0x1FD6, 0x1FD8, 0x1FE0, 0x1FE8, 0x1FF2, 0x1FF5, 0x1FF6, 0x1FF8, 0x2071, 0x2072, 0x207F, 0x2080,
    0x2090, 0x209D, 0x210A, 0x210B, 0x210E, 0x2110, 0x2113, 0x2114, 0x212F, 0x2130, 0x2134, 0x2135,
    0x2139, 0x213A, 0x213C, 0x213E, 0x2146, 0x214A, 0x214E, 0x214F, 0x2170, 0x2180, 0x2184, 0x2185,
    0x24D0, 0x24EA, 0x2C30, 0x2C60, 0x2C61, 0x2C62, 0x2C65, 0x2C67, 0x2C68, 0x2C69, 0x2C6A, 0x2C6B,
    0x2C6C, 0x2C6D, 0x2C71, 0x2C72, 0x2C73, 0x2C75, 0x2C76, 0x2C7E, 0x2C81, 0x2C82, 0x2C83, 0x2C84,
    0x2C85, 0x2C86, 0x2C87, 0x2C88, 0x2C89, 0x2C8A, 0x2C8B, 0x2C8C, 0x2C8D, 0x2C8E, 0x2C8F, 0x2C90,
    0x2C91, 0x2C92, 0x2C93, 0x2C94, 0x2C95, 0x2C96, 0x2C97, 0x2C98, 0x2C99, 0x2C9A, 0x2C9B, 0x2C9C,
    0x2C9D, 0x2C9E, 0x2C9F, 0x2CA0, 0x2CA1, 0x2CA2, 0x2CA3, 0x2CA4, 0x2CA5, 0x2CA6, 0x2CA7, 0x2CA8,
    0x2CA9, 0x2CAA, 0x2CAB, 0x2CAC, 0x2CAD, 0x2CAE, 0x2CAF, 0x2CB0, 0x2CB1, 0x2CB2, 0x2CB3, 0x2CB4,
    0x2CB5, 0x2CB6, 0x2CB7, 0x2CB8, 0x2CB9, 0x2CBA, 0x2CBB, 0x2CBC, 0x2CBD, 0x2CBE, 0x2CBF, 0x2CC0,
    0x2CC1, 0x2CC2, 0x2CC3, 0x2CC4, 0x2CC5, 0x2CC6, 0x2CC7, 0x2CC8, 0x2CC9, 0x2CCA, 0x2CCB, 0x2CCC,
    0x2CCD, 0x2CCE, 0x2CCF, 0x2CD0, 0x2CD1, 0x2CD2, 0x2CD3, 0x2CD4, 0x2CD5, 0x2CD6, 0x2CD7, 0x2CD8,
    0x2CD9, 0x2CDA, 0x2CDB, 0x2CDC, 0x2CDD, 0x2CDE, 0x2CDF, 0x2CE0, 0x2CE1, 0x2CE2, 0x2CE3, 0x2CE5,
    0x2CEC, 0x2CED, 0x2CEE, 0x2CEF, 0x2CF3, 0x2CF4, 0x2D00, 0x2D26, 0x2D27, 0x2D28, 0x2D2D, 0x2D2E,
    0xA641, 0xA642, 0xA643, 0xA644, 0xA645, 0xA646, 0xA647, 0xA648, 0xA649, 0xA64A, 0xA64B, 0xA64C,
    0xA64D, 0xA64E, 0xA64F, 0xA650, 0xA651, 0xA652, 0xA653, 0xA654, 0xA655, 0xA656, 0xA657, 0xA658,
    0xA659, 0xA65A, 0xA65B, 0xA65C, 0xA65D, 0xA65E, 0xA65F, 0xA660, 0xA661, 0xA662, 0xA663, 0xA664,
    0xA665, 0xA666, 0xA667, 0xA668, 0xA669, 0xA66A, 0xA66B, 0xA66C, 0xA66D, 0xA66E, 0xA681, 0xA682,
    0xA683, 0xA684, 0xA685, 0xA686, 0xA687, 0xA688, 0xA689, 0xA68A, 0xA68B, 0xA68C, 0xA68D, 0xA68E,
    0xA68F, 0xA690, 0xA691, 0xA692, 0xA693, 0xA694, 0xA695, 0xA696, 0xA697, 0xA698, 0xA699, 0xA69A,
    0xA69B, 0xA69E, 0xA723, 0xA724, 0xA725, 0xA726, 0xA727, 0xA728, 0xA729, 0xA72A, 0xA72B, 0xA72C,
    0xA72D, 0xA72E, 0xA72F, 0xA732, 0xA733, 0xA734, 0xA735, 0xA736, 0xA737, 0xA738, 0xA739, 0xA73A,
    0xA73B, 0xA73C, 0xA73D, 0xA73E, 0xA73F, 0xA740, 0xA741, 0xA742, 0xA743, 0xA744, 0xA745, 0xA746,
    0xA747, 0xA748, 0xA749, 0xA74A, 0xA74B, 0xA74C, 0xA74D, 0xA74E, 0xA74F, 0xA750, 0xA751, 0xA752,
    0xA753, 0xA754, 0xA755, 0xA756, 0xA757, 0xA758, 0xA759, 0xA75A, 0xA75B, 0xA75C, 0xA75D, 0xA75E,
    0xA75F, 0xA760, 0xA761, 0xA762, 0xA763, 0xA764, 0xA765, 0xA766, 0xA767, 0xA768, 0xA769, 0xA76A,
    0xA76B, 0xA76C, 0xA76D, 0xA76E, 0xA76F, 0xA779, 0xA77A, 0xA77B, 0xA77C, 0xA77D, 0xA77F, 0xA780,
    0xA781, 0xA782, 0xA783, 0xA784, 0xA785, 0xA786, 0xA787, 0xA788, 0xA78C, 0xA78D, 0xA78E, 0xA78F,
    0xA791, 0xA792, 0xA793, 0xA796, 0xA797, 0xA798, 0xA799, 0xA79A, 0xA79B, 0xA79C, 0xA79D, 0xA79E,
    0xA79F, 0xA7A0, 0xA7A1, 0xA7A2, 0xA7A3, 0xA7A4, 0xA7A5, 0xA7A6, 0xA7A7, 0xA7A8, 0xA7A9, 0xA7AA,
    0xA7AF, 0xA7B0, 0xA7B5, 0xA7B6, 0xA7B7, 0xA7B8, 0xA7B9, 0xA7BA, 0xA7BB, 0xA7BC, 0xA7BD, 0xA7BE,
    0xA7BF, 0xA7C0, 0xA7C1, 0xA7C2, 0xA7C3, 0xA7C4, 0xA7C8, 0xA7C9, 0xA7CA, 0xA7CB, 0xA7D1, 0xA7D2,
    0xA7D3, 0xA7D4, 0xA7D5, 0xA7D6, 0xA7D7, 0xA7D8, 0xA7D9, 0xA7DA, 0xA7F6, 0xA7F7, 0xA7F8, 0xA7FB,
    0xAB30, 0xAB5B, 0xAB5C, 0xAB69, 0xAB70, 0xABC0, 0xFB00, 0xFB07, 0xFB13, 0xFB18, 0xFF41, 0xFF5B,
    0x10428, 0x10450, 0x104D8, 0x104FC, 0x10597, 0x105A2, 0x105A3, 0x105B2, 0x105B3, 0x105BA, 0x105BB, 0x105BD,
    0x10780, 0x10781, 0x10783, 0x10786, 0x10787, 0x107B1, 0x107B2, 0x107BB, 0x10CC0, 0x10CF3, 0x118C0, 0x118E0,
    0x16E60, 0x16E80, 0x1D41A, 0x1D434, 0x1D44E, 0x1D455, 0x1D456, 0x1D468, 0x1D482, 0x1D49C, 0x1D4B6, 0x1D4BA,
    0x1D4BB, 0x1D4BC, 0x1D4BD, 0x1D4C4, 0x1D4C5, 0x1D4D0, 0x1D4EA, 0x1D504, 0x1D51E, 0x1D538, 0x1D552, 0x1D56C,
    0x1D586, 0x1D5A0, 0x1D5BA, 0x1D5D4, 0x1D5EE, 0x1D608, 0x1D622, 0x1D63C, 0x1D656, 0x1D670, 0x1D68A, 0x1D6A6,
    0x1D6C2, 0x1D6DB, 0x1D6DC, 0x1D6E2, 0x1D6FC, 0x1D715, 0x1D716, 0x1D71C, 0x1D736, 0x1D74F, 0x1D750, 0x1D756,
    0x1D770, 0x1D789, 0x1D78A, 0x1D790, 0x1D7AA, 0x1D7C3, 0x1D7C4, 0x1D7CA, 0x1D7CB, 0x1D7CC, 0x1DF00, 0x1DF0A,
    0x1DF0B, 0x1DF1F, 0x1E922, 0x1E944,
];
pub(super) static UPPER: &[u32] = &[
    0x41, 0x5B, 0xC0, 0xD7, 0xD8, 0xDF, 0x100, 0x101, 0x102, 0x103, 0x104, 0x105,
    0x106, 0x107, 0x108, 0x109, 0x10A, 0x10B, 0x10C, 0x10D, 0x10E, 0x10F, 0x110, 0x111,
    0x112, 0x113, 0x114, 0x115, 0x116, 0x117, 0x118, 0x119, 0x11A, 0x11B, 0x11C, 0x11D,
    0x11E, 0x11F, 0x120, 0x121, 0x122, 0x123, 0x124, 0x125, 0x126, 0x127, 0x128, 0x129,
    0x12A, 0x12B, 0x12C, 0x12D, 0x12E, 0x12F, 0x130, 0x131, 0x132, 0x133, 0x134, 0x135,
    0x136, 0x137, 0x139, 0x13A, 0x13B, 0x13C, 0x13D, 0x13E, 0x13F, 0x140, 0x141, 0x142,
    0x143, 0x144, 0x145, 0x146, 0x147, 0x148, 0x14A, 0x14B, 0x14C, 0x14D, 0x14E, 0x14F,
    0x150, 0x151, 0x152, 0x153, 0x154, 0x155, 0x156, 0x157, 0x158, 0x159, 0x15A, 0x15B,
    0x15C, 0x15D, 0x15E, 0x15F, 0x160, 0x161, 0x162, 0x163, 0x164, 0x165, 0x166, 0x167,
    0x168, 0x169, 0x16A, 0x16B, 0x16C, 0x16D, 0x16E, 0x16F, 0x170, 0x171, 0x172, 0x173,
    0x174, 0x175, 0x176, 0x177, 0x178, 0x17A, 0x17B, 0x17C, 0x17D, 0x17E, 0x181, 0x183,
    0x184, 0x185, 0x186, 0x188, 0x189, 0x18C, 0x18E, 0x192, 0x193, 0x195, 0x196, 0x199,
    0x19C, 0x19E, 0x19F, 0x1A1, 0x1A2, 0x1A3, 0x1A4, 0x1A5, 0x1A6, 0x1A8, 0x1A9, 0x1AA,
    0x1AC, 0x1AD, 0x1AE, 0x1B0, 0x1B1, 0x1B4, 0x1B5, 0x1B6, 0x1B7, 0x1B9, 0x1BC, 0x1BD,
    0x1C4, 0x1C5, 0x1C7, 0x1C8, 0x1CA, 0x1CB, 0x1CD, 0x1CE, 0x1CF, 0x1D0, 0x1D1, 0x1D2,
    0x1D3, 0x1D4, 0x1D5, 0x1D6, 0x1D7, 0x1D8, 0x1D9, 0x1DA, 0x1DB, 0x1DC, 0x1DE, 0x1DF,
    0x1E0, 0x1E1, 0x1E2, 0x1E3, 0x1E4, 0x1E5, 0x1E6, 0x1E7, 0x1E8, 0x1E9, 0x1EA, 0x1EB,
    0x1EC, 0x1ED, 0x1EE, 0x1EF, 0x1F1, 0x1F2, 0x1F4, 0x1F5, 0x1F6, 0x1F9, 0x1FA, 0x1FB,
    0x1FC, 0x1FD, 0x1FE, 0x1FF, 0x200, 0x201, 0x202, 0x203, 0x204, 0x205, 0x206, 0x207,
    0x208, 0x209, 0x20A, 0x20B, 0x20C, 0x20D, 0x20E, 0x20F, 0x210, 0x211, 0x212, 0x213,
    0x214, 0x215, 0x216, 0x217, 0x218, 0x219, 0x21A, 0x21B, 0x21C, 0x21D, 0x21E, 0x21F,
    0x220, 0x221, 0x222, 0x223, 0x224, 0x225, 0x226, 0x227, 0x228, 0x229, 0x22A, 0x22B,
    0x22C, 0x22D, 0x22E, 0x22F, 0x230, 0x231, 0x232, 0x233, 0x23A, 0x23C, 0x23D, 0x23F,
    0x241, 0x242, 0x243, 0x247, 0x248, 0x249, 0x24A, 0x24B, 0x24C, 0x24D, 0x24E, 0x24F,
    0x370, 0x371, 0x372, 0x373, 0x376, 0x377, 0x37F, 0x380, 0x386, 0x387, 0x388, 0x38B,
    0x38C, 0x38D, 0x38E, 0x390, 0x391, 0x3A2, 0x3A3, 0x3AC, 0x3CF, 0x3D0, 0x3D2, 0x3D5,
    0x3D8, 0x3D9, 0x3DA, 0x3DB, 0x3DC, 0x3DD, 0x3DE, 0x3DF, 0x3E0, 0x3E1, 0x3E2, 0x3E3,
    0x3E4, 0x3E5, 0x3E6, 0x3E7, 0x3E8, 0x3E9, 0x3EA, 0x3EB, 0x3EC, 0x3ED, 0x3EE, 0x3EF,
    0x3F4, 0x3F5, 0x3F7, 0x3F8, 0x3F9, 0x3FB, 0x3FD, 0x430, 0x460, 0x461, 0x462, 0x463,
    0x464, 0x465, 0x466, 0x467, 0x468, 0x469, 0x46A, 0x46B, 0x46C, 0x46D, 0x46E, 0x46F,
    0x470, 0x471, 0x472, 0x473, 0x474, 0x475, 0x476, 0x477, 0x478, 0x479, 0x47A, 0x47B,
    0x47C, 0x47D, 0x47E, 0x47F, 0x480, 0x481, 0x48A, 0x48B, 0x48C, 0x48D, 0x48E, 0x48F,
    0x490, 0x491, 0x492, 0x493, 0x494, 0x495, 0x496, 0x497, 0x498, 0x499, 0x49A, 0x49B,
    0x49C, 0x49D, 0x49E, 0x49F, 0x4A0, 0x4A1, 0x4A2, 0x4A3, 0x4A4, 0x4A5, 0x4A6, 0x4A7,
    0x4A8, 0x4A9, 0x4AA, 0x4AB, 0x4AC, 0x4AD, 0x4AE, 0x4AF, 0x4B0, 0x4B1, 0x4B2, 0x4B3,
    0x4B4, 0x4B5, 0x4B6, 0x4B7, 0x4B8, 0x4B9, 0x4BA, 0x4BB, 0x4BC, 0x4BD, 0x4BE, 0x4BF,
    0x4C0, 0x4C2, 0x4C3, 0x4C4, 0x4C5, 0x4C6, 0x4C7, 0x4C8, 0x4C9, 0x4CA, 0x4CB, 0x4CC,
    0x4CD, 0x4CE, 0x4D0, 0x4D1, 0x4D2, 0x4D3, 0x4D4, 0x4D5, 0x4D6, 0x4D7, 0x4D8, 0x4D9,
    0x4DA, 0x4DB, 0x4DC, 0x4DD, 0x4DE, 0x4DF, 0x4E0, 0x4E1, 0x4E2, 0x4E3, 0x4E4, 0x4E5,
    0x4E6, 0x4E7, 0x4E8, 0x4E9, 0x4EA, 0x4EB, 0x4EC, 0x4ED, 0x4EE, 0x4EF, 0x4F0, 0x4F1,
    0x4F2, 0x4F3, 0x4F4, 0x4F5, 0x4F6, 0x4F7, 0x4F8, 0x4F9, 0x4FA, 0x4FB, 0x4FC, 0x4FD,
    0x4FE, 0x4FF, 0x500, 0x501, 0x502, 0x503, 0x504, 0x505, 0x506, 0x507, 0x508, 0x509,
    0x50A, 0x50B, 0x50C, 0x50D, 0x50E, 0x50F, 0x510, 0x511, 0x512, 0x513, 0x514, 0x515,
    0x516, 0x517, 0x518, 0x519, 0x51A, 0x51B, 0x51C, 0x51D, 0x51E, 0x51F, 0x520, 0x521,
    0x522, 0x523, 0x524, 0x525, 0x526, 0x527, 0x528, 0x529, 0x52A, 0x52B, 0x52C, 0x52D,
    0x52E, 0x52F, 0x531, 0x557, 0x10A0, 0x10C6, 0x10C7, 0x10C8, 0x10CD, 0x10CE, 0x13A0, 0x13F6,
    0x1C90, 0x1CBB, 0x1CBD, 0x1CC0, 0x1E00, 0x1E01, 0x1E02, 0x1E03, 0x1E04, 0x1E05, 0x1E06, 0x1E07,
    0x1E08, 0x1E09, 0x1E0A, 0x1E0B, 0x1E0C, 0x1E0D, 0x1E0E, 0x1E0F, 0x1E10, 0x1E11, 0x1E12, 0x1E13,
    0x1E14, 0x1E15, 0x1E16, 0x1E17, 0x1E18, 0x1E19, 0x1E1A, 0x1E1B, 0x1E1C, 0x1E1D, 0x1E1E, 0x1E1F,
    0x1E20, 0x1E21, 0x1E22, 0x1E23, 0x1E24, 0x1E25, 0x1E26, 0x1E27, 0x1E28, 0x1E29, 0x1E2A, 0x1E2B,
    0x1E2C, 0x1E2D, 0x1E2E, 0x1E2F, 0x1E30, 0x1E31, 0x1E32, 0x1E33, 0x1E34, 0x1E35, 0x1E36, 0x1E37,
    0x1E38, 0x1E39, 0x1E3A, 0x1E3B, 0x1E3C, 0x1E3D, 0x1E3E, 0x1E3F, 0x1E40, 0x1E41, 0x1E42, 0x1E43,
    0x1E44, 0x1E45, 0x1E46, 0x1E47, 0x1E48, 0x1E49, 0x1E4A, 0x1E4B, 0x1E4C, 0x1E4D, 0x1E4E, 0x1E4F,
    0x1E50, 0x1E51, 0x1E52, 0x1E53, 0x1E54, 0x1E55, 0x1E56, 0x1E57, 0x1E58, 0x1E59, 0x1E5A, 0x1E5B,
    0x1E5C, 0x1E5D, 0x1E5E, 0x1E5F, 0x1E60, 0x1E61, 0x1E62, 0x1E63, 0x1E64, 0x1E65, 0x1E66, 0x1E67,
    0x1E68, 0x1E69, 0x1E6A, 0x1E6B, 0x1E6C, 0x1E6D, 0x1E6E, 0x1E6F, 0x1E70, 0x1E71, 0x1E72, 0x1E73,
    0x1E74, 0x1E75, 0x1E76, 0x1E77, 0x1E78, 0x1E79, 0x1E7A, 0x1E7B, 0x1E7C, 0x1E7D, 0x1E7E, 0x1E7F,
    0x1E80, 0x1E81, 0x1E82, 0x1E83, 0x1E84, 0x1E85, 0x1E86, 0x1E87, 0x1E88, 0x1E89, 0x1E8A, 0x1E8B,
    0x1E8C, 0x1E8D, 0x1E8E, 0x1E8F, 0x1E90, 0x1E91, 0x1E92, 0x1E93, 0x1E94, 0x1E95, 0x1E9E, 0x1E9F,
    0x1EA0, 0x1EA1, 0x1EA2, 0x1EA3, 0x1EA4, 0x1EA5, 0x1EA6, 0x1EA7, 0x1EA8, 0x1EA9, 0x1EAA, 0x1EAB,
    0x1EAC, 0x1EAD, 0x1EAE, 0x1EAF, 0x1EB0, 0x1EB1, 0x1EB2, 0x1EB3, 0x1EB4, 0x1EB5, 0x1EB6, 0x1EB7,
    0x1EB8, 0x1EB9, 0x1EBA, 0x1EBB, 0x1EBC, 0x1EBD, 0x1EBE, 0x1EBF, 0x1EC0, 0x1EC1, 0x1EC2, 0x1EC3,
    0x1EC4, 0x1EC5, 0x1EC6, 0x1EC7, 0x1EC8, 0x1EC9, 0x1ECA, 0x1ECB, 0x1ECC, 0x1ECD, 0x1ECE, 0x1ECF,
    0x1ED0, 0x1ED1, 0x1ED2, 0x1ED3, 0x1ED4, 0x1ED5, 0x1ED6, 0x1ED7, 0x1ED8, 0x1ED9, 0x1EDA, 0x1EDB,
    0x1EDC, 0x1EDD, 0x1EDE, 0x1EDF, 0x1EE0, 0x1EE1, 0x1EE2, 0x1EE3, 0x1EE4, 0x1EE5, 0x1EE6, 0x1EE7,
    0x1EE8, 0x1EE9, 0x1EEA, 0x1EEB, 0x1EEC, 0x1EED, 0x1EEE, 0x1EEF, 0x1EF0, 0x1EF1, 0x1EF2, 0x1EF3,
    0x1EF4, 0x1EF5, 0x1EF6, 0x1EF7, 0x1EF8, 0x1EF9, 0x1EFA, 0x1EFB, 0x1EFC, 0x1EFD, 0x1EFE, 0x1EFF,
    0x1F08, 0x1F10, 0x1F18, 0x1F1E, 0x1F28, 0x1F30, 0x1F38, 0x1F40, 0x1F48, 0x1F4E, 0x1F59, 0x1F5A,
    0x1F5B, 0x1F5C, 0x1F5D, 0x1F5E, 0x1F5F, 0x1F60, 0x1F68, 0x1F70, 0x1FB8, 0x1FBC, 0x1FC8, 0x1FCC,
    0x1FD8, 0x1FDC, 0x1FE8, 0x1FED, 0x1FF8, 0x1FFC, 0x2102, 0x2103, 0x2107, 0x2108, 0x210B, 0x210E,
    0x2110, 0x2113, 0x2115, 0x2116, 0x2119, 0x211E, 0x2124, 0x2125, 0x2126, 0x2127, 0x2128, 0x2129,
    0x212A, 0x212E, 0x2130, 0x2134, 0x213E, 0x2140, 0x2145, 0x2146, 0x2160, 0x2170, 0x2183, 0x2184,
    0x24B6, 0x24D0, 0x2C00, 0x2C30, 0x2C60, 0x2C61, 0x2C62, 0x2C65, 0x2C67, 0x2C68, 0x2C69, 0x2C6A,
    0x2C6B, 0x2C6C, 0x2C6D, 0x2C71, 0x2C72, 0x2C73, 0x2C75, 0x2C76, 0x2C7E, 0x2C81, 0x2C82, 0x2C83,
    0x2C84, 0x2C85, 0x2C86, 0x2C87, 0x2C88, 0x2C89, 0x2C8A, 0x2C8B, 0x2C8C, 0x2C8D, 0x2C8E, 0x2C8F,
    0x2C90, 0x2C91, 0x2C92, 0x2C93, 0x2C94, 0x2C95, 0x2C96, 0x2C97, 0x2C98, 0x2C99, 0x2C9A, 0x2C9B,
    0x2C9C, 0x2C9D, 0x2C9E, 0x2C9F, 0x2CA0, 0x2CA1, 0x2CA2, 0x2CA3, 0x2CA4, 0x2CA5, 0x2CA6, 0x2CA7,
    0x2CA8, 0x2CA9, 0x2CAA, 0x2CAB, 0x2CAC, 0x2CAD, 0x2CAE, 0x2CAF, 0x2CB0, 0x2CB1, 0x2CB2, 0x2CB3,
    0x2CB4, 0x2CB5, 0x2CB6, 0x2CB7, 0x2CB8, 0x2CB9, 0x2CBA, 0x2CBB, 0x2CBC, 0x2CBD, 0x2CBE, 0x2CBF,
    0x2CC0, 0x2CC1, 0x2CC2, 0x2CC3, 0x2CC4, 0x2CC5, 0x2CC6, 0x2CC7, 0x2CC8, 0x2CC9, 0x2CCA, 0x2CCB,
    0x2CCC, 0x2CCD, 0x2CCE, 0x2CCF, 0x2CD0, 0x2CD1, 0x2CD2, 0x2CD3, 0x2CD4, 0x2CD5, 0x2CD6, 0x2CD7,
    0x2CD8, 0x2CD9, 0x2CDA, 0x2CDB, 0x2CDC, 0x2CDD, 0x2CDE, 0x2CDF, 0x2CE0, 0x2CE1, 0x2CE2, 0x2CE3,
    0x2CEB, 0x2CEC, 0x2CED, 0x2CEE, 0x2CF2, 0x2CF3, 0xA640, 0xA641, 0xA642, 0xA643, 0xA644, 0xA645,
    0xA646, 0xA647, 0xA648, 0xA649, 0xA64A, 0xA64B, 0xA64C, 0xA64D, 0xA64E, 0xA64F, 0xA650, 0xA651,
    0xA652, 0xA653, 0xA654, 0xA655, 0xA656, 0xA657, 0xA658, 0xA659, 0xA65A, 0xA65B, 0xA65C, 0xA65D,
    0xA65E, 0xA65F, 0xA660, 0xA661, 0xA662, 0xA663, 0xA664, 0xA665, 0xA666, 0xA667, 0xA668, 0xA669,
    0xA66A, 0xA66B, 0xA66C, 0xA66D, 0xA680, 0xA681, 0xA682, 0xA683, 0xA684, 0xA685, 0xA686, 0xA687,
    0xA688, 0xA689, 0xA68A, 0xA68B, 0xA68C, 0xA68D, 0xA68E, 0xA68F, 0xA690, 0xA691, 0xA692, 0xA693,
    0xA694, 0xA695, 0xA696, 0xA697, 0xA698, 0xA699, 0xA69A, 0xA69B, 0xA722, 0xA723, 0xA724, 0xA725,
    0xA726, 0xA727, 0xA728, 0xA729, 0xA72A, 0xA72B, 0xA72C, 0xA72D, 0xA72E, 0xA72F, 0xA732, 0xA733,
    0xA734, 0xA735, 0xA736, 0xA737, 0xA738, 0xA739, 0xA73A, 0xA73B, 0xA73C, 0xA73D, 0xA73E, 0xA73F,
    0xA740, 0xA741, 0xA742, 0xA743, 0xA744, 0xA745, 0xA746, 0xA747, 0xA748, 0xA749, 0xA74A, 0xA74B,
    0xA74C, 0xA74D, 0xA74E, 0xA74F, 0xA750, 0xA751, 0xA752, 0xA753, 0xA754, 0xA755, 0xA756, 0xA757,
    0xA758, 0xA759, 0xA75A, 0xA75B, 0xA75C, 0xA75D, 0xA75E, 0xA75F, 0xA760, 0xA761, 0xA762, 0xA763,
    0xA764, 0xA765, 0xA766, 0xA767, 0xA768, 0xA769, 0xA76A, 0xA76B, 0xA76C, 0xA76D, 0xA76E, 0xA76F,
    0xA779, 0xA77A, 0xA77B, 0xA77C, 0xA77D, 0xA77F, 0xA780, 0xA781, 0xA782, 0xA783, 0xA784, 0xA785,
    0xA786, 0xA787, 0xA78B, 0xA78C, 0xA78D, 0xA78E, 0xA790, 0xA791, 0xA792, 0xA793, 0xA796, 0xA797,
    0xA798, 0xA799, 0xA79A, 0xA79B, 0xA79C, 0xA79D, 0xA79E, 0xA79F, 0xA7A0, 0xA7A1, 0xA7A2, 0xA7A3,
    0xA7A4, 0xA7A5, 0xA7A6, 0xA7A7, 0xA7A8, 0xA7A9, 0xA7AA, 0xA7AF, 0xA7B0, 0xA7B5, 0xA7B6, 0xA7B7,
    0xA7B8, 0xA7B9, 0xA7BA, 0xA7BB, 0xA7BC, 0xA7BD, 0xA7BE, 0xA7BF, 0xA7C0, 0xA7C1, 0xA7C2, 0xA7C3,
    0xA7C4, 0xA7C8, 0xA7C9, 0xA7CA, 0xA7D0, 0xA7D1, 0xA7D6, 0xA7D7, 0xA7D8, 0xA7D9, 0xA7F5, 0xA7F6,
    0xFF21, 0xFF3B, 0x10400, 0x10428, 0x104B0, 0x104D4, 0x10570, 0x1057B, 0x1057C, 0x1058B, 0x1058C, 0x10593,
    0x10594, 0x10596, 0x10C80, 0x10CB3, 0x118A0, 0x118C0, 0x16E40, 0x16E60, 0x1D400, 0x1D41A, 0x1D434, 0x1D44E,
    0x1D468, 0x1D482, 0x1D49C, 0x1D49D, 0x1D49E, 0x1D4A0, 0x1D4A2, 0x1D4A3, 0x1D4A5, 0x1D4A7, 0x1D4A9, 0x1D4AD,
    0x1D4AE, 0x1D4B6, 0x1D4D0, 0x1D4EA, 0x1D504, 0x1D506, 0x1D507, 0x1D50B, 0x1D50D, 0x1D515, 0x1D516, 0x1D51D,
    0x1D538, 0x1D53A, 0x1D53B, 0x1D53F, 0x1D540, 0x1D545, 0x1D546, 0x1D547, 0x1D54A, 0x1D551, 0x1D56C, 0x1D586,
    0x1D5A0, 0x1D5BA, 0x1D5D4, 0x1D5EE, 0x1D608, 0x1D622, 0x1D63C, 0x1D656, 0x1D670, 0x1D68A, 0x1D6A8, 0x1D6C1,
    0x1D6E2, 0x1D6FB, 0x1D71C, 0x1D735, 0x1D756, 0x1D76F, 0x1D790, 0x1D7A9, 0x1D7CA, 0x1D7CB, 0x1E900, 0x1E922,
    0x1F130, 0x1F14A, 0x1F150, 0x1F16A, 0x1F170, 0x1F18A,
];
pub(super) static TITLE: &[u32] = &[
    0x1C5, 0x1C6, 0x1C8, 0x1C9, 0x1CB, 0x1CC, 0x1F2, 0x1F3, 0x1F88, 0x1F90, 0x1F98, 0x1FA0,
    0x1FA8, 0x1FB0, 0x1FBC, 0x1FBD, 0x1FCC, 0x1FCD, 0x1FFC, 0x1FFD,
];
pub(super) static CASED: &[u32] = &[
    0x41, 0x5B, 0x61, 0x7B, 0xAA, 0xAB, 0xB5, 0xB6, 0xBA, 0xBB, 0xC0, 0xD7,
    0xD8, 0xF7, 0xF8, 0x1BB, 0x1BC, 0x1C0, 0x1C4, 0x294, 0x295, 0x2B9, 0x2C0, 0x2C2,
    0x2E0, 0x2E5, 0x345, 0x346, 0x370, 0x374, 0x376, 0x378, 0x37A, 0x37E, 0x37F, 0x380,
    0x386, 0x387, 0x388, 0x38B, 0x38C, 0x38D, 0x38E, 0x3A2, 0x3A3, 0x3F6, 0x3F7, 0x482,
    0x48A, 0x530, 0x531, 0x557, 0x560, 0x589, 0x10A0, 0x10C6, 0x10C7, 0x10C8, 0x10CD, 0x10CE,
    0x10D0, 0x10FB, 0x10FD, 0x1100, 0x13A0, 0x13F6, 0x13F8, 0x13FE, 0x1C80, 0x1C89, 0x1C90, 0x1CBB,
    0x1CBD, 0x1CC0, 0x1D00, 0x1DC0, 0x1E00, 0x1F16, 0x1F18, 0x1F1E, 0x1F20, 0x1F46, 0x1F48, 0x1F4E,
    0x1F50, 0x1F58, 0x1F59, 0x1F5A, 0x1F5B, 0x1F5C, 0x1F5D, 0x1F5E, 0x1F5F, 0x1F7E, 0x1F80, 0x1FB5,
    0x1FB6, 0x1FBD, 0x1FBE, 0x1FBF, 0x1FC2, 0x1FC5, 0x1FC6, 0x1FCD, 0x1FD0, 0x1FD4, 0x1FD6, 0x1FDC,
    0x1FE0, 0x1FED, 0x1FF2, 0x1FF5, 0x1FF6, 0x1FFD, 0x2071, 0x2072, 0x207F, 0x2080, 0x2090, 0x209D,
    0x2102, 0x2103, 0x2107, 0x2108, 0x210A, 0x2114, 0x2115, 0x2116, 0x2119, 0x211E, 0x2124, 0x2125,
    0x2126, 0x2127, 0x2128, 0x2129, 0x212A, 0x212E, 0x212F, 0x2135, 0x2139, 0x213A, 0x213C, 0x2140,
    0x2145, 0x214A, 0x214E, 0x214F, 0x2160, 0x2180, 0x2183, 0x2185, 0x24B6, 0x24EA, 0x2C00, 0x2CE5,
    0x2CEB, 0x2CEF, 0x2CF2, 0x2CF4, 0x2D00, 0x2D26, 0x2D27, 0x2D28, 0x2D2D, 0x2D2E, 0xA640, 0xA66E,
    0xA680, 0xA69E, 0xA722, 0xA788, 0xA78B, 0xA78F, 0xA790, 0xA7CB, 0xA7D0, 0xA7D2, 0xA7D3, 0xA7D4,
    0xA7D5, 0xA7DA, 0xA7F5, 0xA7F7, 0xA7F8, 0xA7FB, 0xAB30, 0xAB5B, 0xAB5C, 0xAB69, 0xAB70, 0xABC0,
    0xFB00, 0xFB07, 0xFB13, 0xFB18, 0xFF21, 0xFF3B, 0xFF41, 0xFF5B, 0x10400, 0x10450, 0x104B0, 0x104D4,
    0x104D8, 0x104FC, 0x10570, 0x1057B, 0x1057C, 0x1058B, 0x1058C, 0x10593, 0x10594, 0x10596, 0x10597, 0x105A2,
    0x105A3, 0x105B2, 0x105B3, 0x105BA, 0x105BB, 0x105BD, 0x10780, 0x10781, 0x10783, 0x10786, 0x10787, 0x107B1,
    0x107B2, 0x107BB, 0x10C80, 0x10CB3, 0x10CC0, 0x10CF3, 0x118A0, 0x118E0, 0x16E40, 0x16E80, 0x1D400, 0x1D455,
    0x1D456, 0x1D49D, 0x1D49E, 0x1D4A0, 0x1D4A2, 0x1D4A3, 0x1D4A5, 0x1D4A7, 0x1D4A9, 0x1D4AD, 0x1D4AE, 0x1D4BA,
    0x1D4BB, 0x1D4BC, 0x1D4BD, 0x1D4C4, 0x1D4C5, 0x1D506, 0x1D507, 0x1D50B, 0x1D50D, 0x1D515, 0x1D516, 0x1D51D,
    0x1D51E, 0x1D53A, 0x1D53B, 0x1D53F, 0x1D540, 0x1D545, 0x1D546, 0x1D547, 0x1D54A, 0x1D551, 0x1D552, 0x1D6A6,
    0x1D6A8, 0x1D6C1, 0x1D6C2, 0x1D6DB, 0x1D6DC, 0x1D6FB, 0x1D6FC, 0x1D715, 0x1D716, 0x1D735, 0x1D736, 0x1D74F,
    0x1D750, 0x1D76F, 0x1D770, 0x1D789, 0x1D78A, 0x1D7A9, 0x1D7AA, 0x1D7C3, 0x1D7C4, 0x1D7CC, 0x1DF00, 0x1DF0A,
    0x1DF0B, 0x1DF1F, 0x1E900, 0x1E944, 0x1F130, 0x1F14A, 0x1F150, 0x1F16A, 0x1F170, 0x1F18A,
];
pub(super) static CASE_IGNORABLE: &[u32] = &[
    0x27, 0x28, 0x2E, 0x2F, 0x3A, 0x3B, 0x5E, 0x5F, 0x60, 0x61, 0xA8, 0xA9,
    0xAD, 0xAE, 0xAF, 0xB0, 0xB4, 0xB5, 0xB7, 0xB9, 0x2B0, 0x370, 0x374, 0x376,
    0x37A, 0x37B, 0x384, 0x386, 0x387, 0x388, 0x483, 0x48A, 0x559, 0x55A, 0x55F, 0x560,
    0x591, 0x5BE, 0x5BF, 0x5C0, 0x5C1, 0x5C3, 0x5C4, 0x5C6, 0x5C7, 0x5C8, 0x5F4, 0x5F5,
    0x600, 0x606, 0x610, 0x61B, 0x61C, 0x61D, 0x640, 0x641, 0x64B, 0x660, 0x670, 0x671,
    0x6D6, 0x6DE, 0x6DF, 0x6E9, 0x6EA, 0x6EE, 0x70F, 0x710, 0x711, 0x712, 0x730, 0x74B,
    0x7A6, 0x7B1, 0x7EB, 0x7F6, 0x7FA, 0x7FB, 0x7FD, 0x7FE, 0x816, 0x82E, 0x859, 0x85C,
    0x888, 0x889, 0x890, 0x892, 0x898, 0x8A0, 0x8C9, 0x903, 0x93A, 0x93B, 0x93C, 0x93D,
    0x941, 0x949, 0x94D, 0x94E, 0x951, 0x958, 0x962, 0x964, 0x971, 0x972, 0x981, 0x982,
    0x9BC, 0x9BD, 0x9C1, 0x9C5, 0x9CD, 0x9CE, 0x9E2, 0x9E4, 0x9FE, 0x9FF, 0xA01, 0xA03,
    0xA3C, 0xA3D, 0xA41, 0xA43, 0xA47, 0xA49, 0xA4B, 0xA4E, 0xA51, 0xA52, 0xA70, 0xA72,
    0xA75, 0xA76, 0xA81, 0xA83, 0xABC, 0xABD, 0xAC1, 0xAC6, 0xAC7, 0xAC9, 0xACD, 0xACE,
    0xAE2, 0xAE4, 0xAFA, 0xB00, 0xB01, 0xB02, 0xB3C, 0xB3D, 0xB3F, 0xB40, 0xB41, 0xB45,
    0xB4D, 0xB4E, 0xB55, 0xB57, 0xB62, 0xB64, 0xB82, 0xB83, 0xBC0, 0xBC1, 0xBCD, 0xBCE,
    0xC00, 0xC01, 0xC04, 0xC05, 0xC3C, 0xC3D, 0xC3E, 0xC41, 0xC46, 0xC49, 0xC4A, 0xC4E,
    0xC55, 0xC57, 0xC62, 0xC64, 0xC81, 0xC82, 0xCBC, 0xCBD, 0xCBF, 0xCC0, 0xCC6, 0xCC7,
    0xCCC, 0xCCE, 0xCE2, 0xCE4, 0xD00, 0xD02, 0xD3B, 0xD3D, 0xD41, 0xD45, 0xD4D, 0xD4E,
    0xD62, 0xD64, 0xD81, 0xD82, 0xDCA, 0xDCB, 0xDD2, 0xDD5, 0xDD6, 0xDD7, 0xE31, 0xE32,
    0xE34, 0xE3B, 0xE46, 0xE4F, 0xEB1, 0xEB2, 0xEB4, 0xEBD, 0xEC6, 0xEC7, 0xEC8, 0xECE,
    0xF18, 0xF1A, 0xF35, 0xF36, 0xF37, 0xF38, 0xF39, 0xF3A, 0xF71, 0xF7F, 0xF80, 0xF85,
    0xF86, 0xF88, 0xF8D, 0xF98, 0xF99, 0xFBD, 0xFC6, 0xFC7, 0x102D, 0x1031, 0x1032, 0x1038,
    0x1039, 0x103B, 0x103D, 0x103F, 0x1058, 0x105A, 0x105E, 0x1061, 0x1071, 0x1075, 0x1082, 0x1083,
    0x1085, 0x1087, 0x108D, 0x108E, 0x109D, 0x109E, 0x10FC, 0x10FD, 0x135D, 0x1360, 0x1712, 0x1715,
    0x1732, 0x1734, 0x1752, 0x1754, 0x1772, 0x1774, 0x17B4, 0x17B6, 0x17B7, 0x17BE, 0x17C6, 0x17C7,
    0x17C9, 0x17D4, 0x17D7, 0x17D8, 0x17DD, 0x17DE, 0x180B, 0x1810, 0x1843, 0x1844, 0x1885, 0x1887,
    0x18A9, 0x18AA, 0x1920, 0x1923, 0x1927, 0x1929, 0x1932, 0x1933, 0x1939, 0x193C, 0x1A17, 0x1A19,
    0x1A1B, 0x1A1C, 0x1A56, 0x1A57, 0x1A58, 0x1A5F, 0x1A60, 0x1A61, 0x1A62, 0x1A63, 0x1A65, 0x1A6D,
    0x1A73, 0x1A7D, 0x1A7F, 0x1A80, 0x1AA7, 0x1AA8, 0x1AB0, 0x1ACF, 0x1B00, 0x1B04, 0x1B34, 0x1B35,
    0x1B36, 0x1B3B, 0x1B3C, 0x1B3D, 0x1B42, 0x1B43, 0x1B6B, 0x1B74, 0x1B80, 0x1B82, 0x1BA2, 0x1BA6,
    0x1BA8, 0x1BAA, 0x1BAB, 0x1BAE, 0x1BE6, 0x1BE7, 0x1BE8, 0x1BEA, 0x1BED, 0x1BEE, 0x1BEF, 0x1BF2,
    0x1C2C, 0x1C34, 0x1C36, 0x1C38, 0x1C78, 0x1C7E, 0x1CD0, 0x1CD3, 0x1CD4, 0x1CE1, 0x1CE2, 0x1CE9,
    0x1CED, 0x1CEE, 0x1CF4, 0x1CF5, 0x1CF8, 0x1CFA, 0x1D2C, 0x1D6B, 0x1D78, 0x1D79, 0x1D9B, 0x1E00,
    0x1FBD, 0x1FBE, 0x1FBF, 0x1FC2, 0x1FCD, 0x1FD0, 0x1FDD, 0x1FE0, 0x1FED, 0x1FF0, 0x1FFD, 0x1FFF,
    0x200B, 0x2010, 0x2018, 0x201A, 0x2024, 0x2025, 0x2027, 0x2028, 0x202A, 0x202F, 0x2060, 0x2065,
    0x2066, 0x2070, 0x2071, 0x2072, 0x207F, 0x2080, 0x2090, 0x209D, 0x20D0, 0x20F1, 0x2C7C, 0x2C7E,
    0x2CEF, 0x2CF2, 0x2D6F, 0x2D70, 0x2D7F, 0x2D80, 0x2DE0, 0x2E00, 0x2E2F, 0x2E30, 0x3005, 0x3006,
    0x302A, 0x302E, 0x3031, 0x3036, 0x303B, 0x303C, 0x3099, 0x309F, 0x30FC, 0x30FF, 0xA015, 0xA016,
    0xA4F8, 0xA4FE, 0xA60C, 0xA60D, 0xA66F, 0xA673, 0xA674, 0xA67E, 0xA67F, 0xA680, 0xA69C, 0xA6A0,
    0xA6F0, 0xA6F2, 0xA700, 0xA722, 0xA770, 0xA771, 0xA788, 0xA78B, 0xA7F2, 0xA7F5, 0xA7F8, 0xA7FA,
    0xA802, 0xA803, 0xA806, 0xA807, 0xA80B, 0xA80C, 0xA825, 0xA827, 0xA82C, 0xA82D, 0xA8C4, 0xA8C6,
    0xA8E0, 0xA8F2, 0xA8FF, 0xA900, 0xA926, 0xA92E, 0xA947, 0xA952, 0xA980, 0xA983, 0xA9B3, 0xA9B4,
    0xA9B6, 0xA9BA, 0xA9BC, 0xA9BE, 0xA9CF, 0xA9D0, 0xA9E5, 0xA9E7, 0xAA29, 0xAA2F, 0xAA31, 0xAA33,
    0xAA35, 0xAA37, 0xAA43, 0xAA44, 0xAA4C, 0xAA4D, 0xAA70, 0xAA71, 0xAA7C, 0xAA7D, 0xAAB0, 0xAAB1,
    0xAAB2, 0xAAB5, 0xAAB7, 0xAAB9, 0xAABE, 0xAAC0, 0xAAC1, 0xAAC2, 0xAADD, 0xAADE, 0xAAEC, 0xAAEE,
    0xAAF3, 0xAAF5, 0xAAF6, 0xAAF7, 0xAB5B, 0xAB60, 0xAB69, 0xAB6C, 0xABE5, 0xABE6, 0xABE8, 0xABE9,
    0xABED, 0xABEE, 0xFB1E, 0xFB1F, 0xFBB2, 0xFBC3, 0xFE00, 0xFE10, 0xFE13, 0xFE14, 0xFE20, 0xFE30,
    0xFE52, 0xFE53, 0xFE55, 0xFE56, 0xFEFF, 0xFF00, 0xFF07, 0xFF08, 0xFF0E, 0xFF0F, 0xFF1A, 0xFF1B,
    0xFF3E, 0xFF3F, 0xFF40, 0xFF41, 0xFF70, 0xFF71, 0xFF9E, 0xFFA0, 0xFFE3, 0xFFE4, 0xFFF9, 0xFFFC,
    0x101FD, 0x101FE, 0x102E0, 0x102E1, 0x10376, 0x1037B, 0x10780, 0x10786, 0x10787, 0x107B1, 0x107B2, 0x107BB,
    0x10A01, 0x10A04, 0x10A05, 0x10A07, 0x10A0C, 0x10A10, 0x10A38, 0x10A3B, 0x10A3F, 0x10A40, 0x10AE5, 0x10AE7,
    0x10D24, 0x10D28, 0x10EAB, 0x10EAD, 0x10F46, 0x10F51, 0x10F82, 0x10F86, 0x11001, 0x11002, 0x11038, 0x11047,
    0x11070, 0x11071, 0x11073, 0x11075, 0x1107F, 0x11082, 0x110B3, 0x110B7, 0x110B9, 0x110BB, 0x110BD, 0x110BE,
    0x110C2, 0x110C3, 0x110CD, 0x110CE, 0x11100, 0x11103, 0x11127, 0x1112C, 0x1112D, 0x11135, 0x11173, 0x11174,
    0x11180, 0x11182, 0x111B6, 0x111BF, 0x111C9, 0x111CD, 0x111CF, 0x111D0, 0x1122F, 0x11232, 0x11234, 0x11235,
    0x11236, 0x11238, 0x1123E, 0x1123F, 0x112DF, 0x112E0, 0x112E3, 0x112EB, 0x11300, 0x11302, 0x1133B, 0x1133D,
    0x11340, 0x11341, 0x11366, 0x1136D, 0x11370, 0x11375, 0x11438, 0x11440, 0x11442, 0x11445, 0x11446, 0x11447,
    0x1145E, 0x1145F, 0x114B3, 0x114B9, 0x114BA, 0x114BB, 0x114BF, 0x114C1, 0x114C2, 0x114C4, 0x115B2, 0x115B6,
    0x115BC, 0x115BE, 0x115BF, 0x115C1, 0x115DC, 0x115DE, 0x11633, 0x1163B, 0x1163D, 0x1163E, 0x1163F, 0x11641,
    0x116AB, 0x116AC, 0x116AD, 0x116AE, 0x116B0, 0x116B6, 0x116B7, 0x116B8, 0x1171D, 0x11720, 0x11722, 0x11726,
    0x11727, 0x1172C, 0x1182F, 0x11838, 0x11839, 0x1183B, 0x1193B, 0x1193D, 0x1193E, 0x1193F, 0x11943, 0x11944,
    0x119D4, 0x119D8, 0x119DA, 0x119DC, 0x119E0, 0x119E1, 0x11A01, 0x11A0B, 0x11A33, 0x11A39, 0x11A3B, 0x11A3F,
    0x11A47, 0x11A48, 0x11A51, 0x11A57, 0x11A59, 0x11A5C, 0x11A8A, 0x11A97, 0x11A98, 0x11A9A, 0x11C30, 0x11C37,
    0x11C38, 0x11C3E, 0x11C3F, 0x11C40, 0x11C92, 0x11CA8, 0x11CAA, 0x11CB1, 0x11CB2, 0x11CB4, 0x11CB5, 0x11CB7,
    0x11D31, 0x11D37, 0x11D3A, 0x11D3B, 0x11D3C, 0x11D3E, 0x11D3F, 0x11D46, 0x11D47, 0x11D48, 0x11D90, 0x11D92,
    0x11D95, 0x11D96, 0x11D97, 0x11D98, 0x11EF3, 0x11EF5, 0x13430, 0x13439, 0x16AF0, 0x16AF5, 0x16B30, 0x16B37,
    0x16B40, 0x16B44, 0x16F4F, 0x16F50, 0x16F8F, 0x16FA0, 0x16FE0, 0x16FE2, 0x16FE3, 0x16FE5, 0x1AFF0, 0x1AFF4,
    0x1AFF5, 0x1AFFC, 0x1AFFD, 0x1AFFF, 0x1BC9D, 0x1BC9F, 0x1BCA0, 0x1BCA4, 0x1CF00, 0x1CF2E, 0x1CF30, 0x1CF47,
    0x1D167, 0x1D16A, 0x1D173, 0x1D183, 0x1D185, 0x1D18C, 0x1D1AA, 0x1D1AE, 0x1D242, 0x1D245, 0x1DA00, 0x1DA37,
    0x1DA3B, 0x1DA6D, 0x1DA75, 0x1DA76, 0x1DA84, 0x1DA85, 0x1DA9B, 0x1DAA0, 0x1DAA1, 0x1DAB0, 0x1E000, 0x1E007,
    0x1E008, 0x1E019, 0x1E01B, 0x1E022, 0x1E023, 0x1E025, 0x1E026, 0x1E02B, 0x1E130, 0x1E13E, 0x1E2AE, 0x1E2AF,
    0x1E2EC, 0x1E2F0, 0x1E8D0, 0x1E8D7, 0x1E944, 0x1E94C, 0x1F3FB, 0x1F400, 0xE0001, 0xE0002, 0xE0020, 0xE0080,
    0xE0100, 0xE01F0,
];
pub(super) static XID_START: &[u32] = &[
    0x41, 0x5B, 0x5F, 0x60, 0x61, 0x7B, 0xAA, 0xAB, 0xB5, 0xB6, 0xBA, 0xBB,
    0xC0, 0xD7, 0xD8, 0xF7, 0xF8, 0x2C2, 0x2C6, 0x2D2, 0x2E0, 0x2E5, 0x2EC, 0x2ED,
    0x2EE, 0x2EF, 0x370, 0x375, 0x376, 0x378, 0x37B, 0x37E, 0x37F, 0x380, 0x386, 0x387,
    0x388, 0x38B, 0x38C, 0x38D, 0x38E, 0x3A2, 0x3A3, 0x3F6, 0x3F7, 0x482, 0x48A, 0x530,
    0x531, 0x557, 0x559, 0x55A, 0x560, 0x589, 0x5D0, 0x5EB, 0x5EF, 0x5F3, 0x620, 0x64B,
    0x66E, 0x670, 0x671, 0x6D4, 0x6D5, 0x6D6, 0x6E5, 0x6E7, 0x6EE, 0x6F0, 0x6FA, 0x6FD,
    0x6FF, 0x700, 0x710, 0x711, 0x712, 0x730, 0x74D, 0x7A6, 0x7B1, 0x7B2, 0x7CA, 0x7EB,
    0x7F4, 0x7F6, 0x7FA, 0x7FB, 0x800, 0x816, 0x81A, 0x81B, 0x824, 0x825, 0x828, 0x829,
    0x840, 0x859, 0x860, 0x86B, 0x870, 0x888, 0x889, 0x88F, 0x8A0, 0x8CA, 0x904, 0x93A,
    0x93D, 0x93E, 0x950, 0x951, 0x958, 0x962, 0x971, 0x981, 0x985, 0x98D, 0x98F, 0x991,
    0x993, 0x9A9, 0x9AA, 0x9B1, 0x9B2, 0x9B3, 0x9B6, 0x9BA, 0x9BD, 0x9BE, 0x9CE, 0x9CF,
    0x9DC, 0x9DE, 0x9DF, 0x9E2, 0x9F0, 0x9F2, 0x9FC, 0x9FD, 0xA05, 0xA0B, 0xA0F, 0xA11,
    0xA13, 0xA29, 0xA2A, 0xA31, 0xA32, 0xA34, 0xA35, 0xA37, 0xA38, 0xA3A, 0xA59, 0xA5D,
    0xA5E, 0xA5F, 0xA72, 0xA75, 0xA85, 0xA8E, 0xA8F, 0xA92, 0xA93, 0xAA9, 0xAAA, 0xAB1,
    0xAB2, 0xAB4, 0xAB5, 0xABA, 0xABD, 0xABE, 0xAD0, 0xAD1, 0xAE0, 0xAE2, 0xAF9, 0xAFA,
    0xB05, 0xB0D, 0xB0F, 0xB11, 0xB13, 0xB29, 0xB2A, 0xB31, 0xB32, 0xB34, 0xB35, 0xB3A,
    0xB3D, 0xB3E, 0xB5C, 0xB5E, 0xB5F, 0xB62, 0xB71, 0xB72, 0xB83, 0xB84, 0xB85, 0xB8B,
    0xB8E, 0xB91, 0xB92, 0xB96, 0xB99, 0xB9B, 0xB9C, 0xB9D, 0xB9E, 0xBA0, 0xBA3, 0xBA5,
    0xBA8, 0xBAB, 0xBAE, 0xBBA, 0xBD0, 0xBD1, 0xC05, 0xC0D, 0xC0E, 0xC11, 0xC12, 0xC29,
    0xC2A, 0xC3A, 0xC3D, 0xC3E, 0xC58, 0xC5B, 0xC5D, 0xC5E, 0xC60, 0xC62, 0xC80, 0xC81,
    0xC85, 0xC8D, 0xC8E, 0xC91, 0xC92, 0xCA9, 0xCAA, 0xCB4, 0xCB5, 0xCBA, 0xCBD, 0xCBE,
    0xCDD, 0xCDF, 0xCE0, 0xCE2, 0xCF1, 0xCF3, 0xD04, 0xD0D, 0xD0E, 0xD11, 0xD12, 0xD3B,
    0xD3D, 0xD3E, 0xD4E, 0xD4F, 0xD54, 0xD57, 0xD5F, 0xD62, 0xD7A, 0xD80, 0xD85, 0xD97,
    0xD9A, 0xDB2, 0xDB3, 0xDBC, 0xDBD, 0xDBE, 0xDC0, 0xDC7, 0xE01, 0xE31, 0xE32, 0xE33,
    0xE40, 0xE47, 0xE81, 0xE83, 0xE84, 0xE85, 0xE86, 0xE8B, 0xE8C, 0xEA4, 0xEA5, 0xEA6,
    0xEA7, 0xEB1, 0xEB2, 0xEB3, 0xEBD, 0xEBE, 0xEC0, 0xEC5, 0xEC6, 0xEC7, 0xEDC, 0xEE0,
    0xF00, 0xF01, 0xF40, 0xF48, 0xF49, 0xF6D, 0xF88, 0xF8D, 0x1000, 0x102B, 0x103F, 0x1040,
    0x1050, 0x1056, 0x105A, 0x105E, 0x1061, 0x1062, 0x1065, 0x1067, 0x106E, 0x1071, 0x1075, 0x1082,
    0x108E, 0x108F, 0x10A0, 0x10C6, 0x10C7, 0x10C8, 0x10CD, 0x10CE, 0x10D0, 0x10FB, 0x10FC, 0x1249,
    0x124A, 0x124E, 0x1250, 0x1257, 0x1258, 0x1259, 0x125A, 0x125E, 0x1260, 0x1289, 0x128A, 0x128E,
    0x1290, 0x12B1, 0x12B2, 0x12B6, 0x12B8, 0x12BF, 0x12C0, 0x12C1, 0x12C2, 0x12C6, 0x12C8, 0x12D7,
    0x12D8, 0x1311, 0x1312, 0x1316, 0x1318, 0x135B, 0x1380, 0x1390, 0x13A0, 0x13F6, 0x13F8, 0x13FE,
    0x1401, 0x166D, 0x166F, 0x1680, 0x1681, 0x169B, 0x16A0, 0x16EB, 0x16EE, 0x16F9, 0x1700, 0x1712,
    0x171F, 0x1732, 0x1740, 0x1752, 0x1760, 0x176D, 0x176E, 0x1771, 0x1780, 0x17B4, 0x17D7, 0x17D8,
    0x17DC, 0x17DD, 0x1820, 0x1879, 0x1880, 0x18A9, 0x18AA, 0x18AB, 0x18B0, 0x18F6, 0x1900, 0x191F,
    0x1950, 0x196E, 0x1970, 0x1975, 0x1980, 0x19AC, 0x19B0, 0x19CA, 0x1A00, 0x1A17, 0x1A20, 0x1A55,
    0x1AA7, 0x1AA8, 0x1B05, 0x1B34, 0x1B45, 0x1B4D, 0x1B83, 0x1BA1, 0x1BAE, 0x1BB0, 0x1BBA, 0x1BE6,
    0x1C00, 0x1C24, 0x1C4D, 0x1C50, 0x1C5A, 0x1C7E, 0x1C80, 0x1C89, 0x1C90, 0x1CBB, 0x1CBD, 0x1CC0,
    0x1CE9, 0x1CED, 0x1CEE, 0x1CF4, 0x1CF5, 0x1CF7, 0x1CFA, 0x1CFB, 0x1D00, 0x1DC0, 0x1E00, 0x1F16,
    0x1F18, 0x1F1E, 0x1F20, 0x1F46, 0x1F48, 0x1F4E, 0x1F50, 0x1F58, 0x1F59, 0x1F5A, 0x1F5B, 0x1F5C,
    0x1F5D, 0x1F5E, 0x1F5F, 0x1F7E, 0x1F80, 0x1FB5, 0x1FB6, 0x1FBD, 0x1FBE, 0x1FBF, 0x1FC2, 0x1FC5,
    0x1FC6, 0x1FCD, 0x1FD0, 0x1FD4, 0x1FD6, 0x1FDC, 0x1FE0, 0x1FED, 0x1FF2, 0x1FF5, 0x1FF6, 0x1FFD,
    0x2071, 0x2072, 0x207F, 0x2080, 0x2090, 0x209D, 0x2102, 0x2103, 0x2107, 0x2108, 0x210A, 0x2114,
    0x2115, 0x2116, 0x2118, 0x211E, 0x2124, 0x2125, 0x2126, 0x2127, 0x2128, 0x2129, 0x212A, 0x213A,
    0x213C, 0x2140, 0x2145, 0x214A, 0x214E, 0x214F, 0x2160, 0x2189, 0x2C00, 0x2CE5, 0x2CEB, 0x2CEF,
    0x2CF2, 0x2CF4, 0x2D00, 0x2D26, 0x2D27, 0x2D28, 0x2D2D, 0x2D2E, 0x2D30, 0x2D68, 0x2D6F, 0x2D70,
    0x2D80, 0x2D97, 0x2DA0, 0x2DA7, 0x2DA8, 0x2DAF, 0x2DB0, 0x2DB7, 0x2DB8, 0x2DBF, 0x2DC0, 0x2DC7,
    0x2DC8, 0x2DCF, 0x2DD0, 0x2DD7, 0x2DD8, 0x2DDF, 0x3005, 0x3008, 0x3021, 0x302A, 0x3031, 0x3036,
    0x3038, 0x303D, 0x3041, 0x3097, 0x309D, 0x30A0, 0x30A1, 0x30FB, 0x30FC, 0x3100, 0x3105, 0x3130,
    0x3131, 0x318F, 0x31A0, 0x31C0, 0x31F0, 0x3200, 0x3400, 0x4DC0, 0x4E00, 0xA48D, 0xA4D0, 0xA4FE,
    0xA500, 0xA60D, 0xA610, 0xA620, 0xA62A, 0xA62C, 0xA640, 0xA66F, 0xA67F, 0xA69E, 0xA6A0, 0xA6F0,
    0xA717, 0xA720, 0xA722, 0xA789, 0xA78B, 0xA7CB, 0xA7D0, 0xA7D2, 0xA7D3, 0xA7D4, 0xA7D5, 0xA7DA,
    0xA7F2, 0xA802, 0xA803, 0xA806, 0xA807, 0xA80B, 0xA80C, 0xA823, 0xA840, 0xA874, 0xA882, 0xA8B4,
    0xA8F2, 0xA8F8, 0xA8FB, 0xA8FC, 0xA8FD, 0xA8FF, 0xA90A, 0xA926, 0xA930, 0xA947, 0xA960, 0xA97D,
    0xA984, 0xA9B3, 0xA9CF, 0xA9D0, 0xA9E0, 0xA9E5, 0xA9E6, 0xA9F0, 0xA9FA, 0xA9FF, 0xAA00, 0xAA29,
    0xAA40, 0xAA43, 0xAA44, 0xAA4C, 0xAA60, 0xAA77, 0xAA7A, 0xAA7B, 0xAA7E, 0xAAB0, 0xAAB1, 0xAAB2,
    0xAAB5, 0xAAB7, 0xAAB9, 0xAABE, 0xAAC0, 0xAAC1, 0xAAC2, 0xAAC3, 0xAADB, 0xAADE, 0xAAE0, 0xAAEB,
    0xAAF2, 0xAAF5, 0xAB01, 0xAB07, 0xAB09, 0xAB0F, 0xAB11, 0xAB17, 0xAB20, 0xAB27, 0xAB28, 0xAB2F,
    0xAB30, 0xAB5B, 0xAB5C, 0xAB6A, 0xAB70, 0xABE3, 0xAC00, 0xD7A4, 0xD7B0, 0xD7C7, 0xD7CB, 0xD7FC,
    0xF900, 0xFA6E, 0xFA70, 0xFADA, 0xFB00, 0xFB07, 0xFB13, 0xFB18, 0xFB1D, 0xFB1E, 0xFB1F, 0xFB29,
    0xFB2A, 0xFB37, 0xFB38, 0xFB3D, 0xFB3E, 0xFB3F, 0xFB40, 0xFB42, 0xFB43, 0xFB45, 0xFB46, 0xFBB2,
    0xFBD3, 0xFC5E, 0xFC64, 0xFD3E, 0xFD50, 0xFD90, 0xFD92, 0xFDC8, 0xFDF0, 0xFDFA, 0xFE71, 0xFE72,
    0xFE73, 0xFE74, 0xFE77, 0xFE78, 0xFE79, 0xFE7A, 0xFE7B, 0xFE7C, 0xFE7D, 0xFE7E, 0xFE7F, 0xFEFD,
    0xFF21, 0xFF3B, 0xFF41, 0xFF5B, 0xFF66, 0xFF9E, 0xFFA0, 0xFFBF, 0xFFC2, 0xFFC8, 0xFFCA, 0xFFD0,
    0xFFD2, 0xFFD8, 0xFFDA, 0xFFDD, 0x10000, 0x1000C, 0x1000D, 0x10027, 0x10028, 0x1003B, 0x1003C, 0x1003E,
    0x1003F, 0x1004E, 0x10050, 0x1005E, 0x10080, 0x100FB, 0x10140, 0x10175, 0x10280, 0x1029D, 0x102A0, 0x102D1,
    0x10300, 0x10320, 0x1032D, 0x1034B, 0x10350, 0x10376, 0x10380, 0x1039E, 0x103A0, 0x103C4, 0x103C8, 0x103D0,
    0x103D1, 0x103D6, 0x10400, 0x1049E, 0x104B0, 0x104D4, 0x104D8, 0x104FC, 0x10500, 0x10528, 0x10530, 0x10564,
    0x10570, 0x1057B, 0x1057C, 0x1058B, 0x1058C, 0x10593, 0x10594, 0x10596, 0x10597, 0x105A2, 0x105A3, 0x105B2,
    0x105B3, 0x105BA, 0x105BB, 0x105BD, 0x10600, 0x10737, 0x10740, 0x10756, 0x10760, 0x10768, 0x10780, 0x10786,
    0x10787, 0x107B1, 0x107B2, 0x107BB, 0x10800, 0x10806, 0x10808, 0x10809, 0x1080A, 0x10836, 0x10837, 0x10839,
    0x1083C, 0x1083D, 0x1083F, 0x10856, 0x10860, 0x10877, 0x10880, 0x1089F, 0x108E0, 0x108F3, 0x108F4, 0x108F6,
    0x10900, 0x10916, 0x10920, 0x1093A, 0x10980, 0x109B8, 0x109BE, 0x109C0, 0x10A00, 0x10A01, 0x10A10, 0x10A14,
    0x10A15, 0x10A18, 0x10A19, 0x10A36, 0x10A60, 0x10A7D, 0x10A80, 0x10A9D, 0x10AC0, 0x10AC8, 0x10AC9, 0x10AE5,
    0x10B00, 0x10B36, 0x10B40, 0x10B56, 0x10B60, 0x10B73, 0x10B80, 0x10B92, 0x10C00, 0x10C49, 0x10C80, 0x10CB3,
    0x10CC0, 0x10CF3, 0x10D00, 0x10D24, 0x10E80, 0x10EAA, 0x10EB0, 0x10EB2, 0x10F00, 0x10F1D, 0x10F27, 0x10F28,
    0x10F30, 0x10F46, 0x10F70, 0x10F82, 0x10FB0, 0x10FC5, 0x10FE0, 0x10FF7, 0x11003, 0x11038, 0x11071, 0x11073,
    0x11075, 0x11076, 0x11083, 0x110B0, 0x110D0, 0x110E9, 0x11103, 0x11127, 0x11144, 0x11145, 0x11147, 0x11148,
    0x11150, 0x11173, 0x11176, 0x11177, 0x11183, 0x111B3, 0x111C1, 0x111C5, 0x111DA, 0x111DB, 0x111DC, 0x111DD,
    0x11200, 0x11212, 0x11213, 0x1122C, 0x11280, 0x11287, 0x11288, 0x11289, 0x1128A, 0x1128E, 0x1128F, 0x1129E,
    0x1129F, 0x112A9, 0x112B0, 0x112DF, 0x11305, 0x1130D, 0x1130F, 0x11311, 0x11313, 0x11329, 0x1132A, 0x11331,
    0x11332, 0x11334, 0x11335, 0x1133A, 0x1133D, 0x1133E, 0x11350, 0x11351, 0x1135D, 0x11362, 0x11400, 0x11435,
    0x11447, 0x1144B, 0x1145F, 0x11462, 0x11480, 0x114B0, 0x114C4, 0x114C6, 0x114C7, 0x114C8, 0x11580, 0x115AF,
    0x115D8, 0x115DC, 0x11600, 0x11630, 0x11644, 0x11645, 0x11680, 0x116AB, 0x116B8, 0x116B9, 0x11700, 0x1171B,
    0x11740, 0x11747, 0x11800, 0x1182C, 0x118A0, 0x118E0, 0x118FF, 0x11907, 0x11909, 0x1190A, 0x1190C, 0x11914,
    0x11915, 0x11917, 0x11918, 0x11930, 0x1193F, 0x11940, 0x11941, 0x11942, 0x119A0, 0x119A8, 0x119AA, 0x119D1,
    0x119E1, 0x119E2, 0x119E3, 0x119E4, 0x11A00, 0x11A01, 0x11A0B, 0x11A33, 0x11A3A, 0x11A3B, 0x11A50, 0x11A51,
    0x11A5C, 0x11A8A, 0x11A9D, 0x11A9E, 0x11AB0, 0x11AF9, 0x11C00, 0x11C09, 0x11C0A, 0x11C2F, 0x11C40, 0x11C41,
    0x11C72, 0x11C90, 0x11D00, 0x11D07, 0x11D08, 0x11D0A, 0x11D0B, 0x11D31, 0x11D46, 0x11D47, 0x11D60, 0x11D66,
    0x11D67, 0x11D69, 0x11D6A, 0x11D8A, 0x11D98, 0x11D99, 0x11EE0, 0x11EF3, 0x11FB0, 0x11FB1, 0x12000, 0x1239A,
    0x12400, 0x1246F, 0x12480, 0x12544, 0x12F90, 0x12FF1, 0x13000, 0x1342F, 0x14400, 0x14647, 0x16800, 0x16A39,
    0x16A40, 0x16A5F, 0x16A70, 0x16ABF, 0x16AD0, 0x16AEE, 0x16B00, 0x16B30, 0x16B40, 0x16B44, 0x16B63, 0x16B78,
    0x16B7D, 0x16B90, 0x16E40, 0x16E80, 0x16F00, 0x16F4B, 0x16F50, 0x16F51, 0x16F93, 0x16FA0, 0x16FE0, 0x16FE2,
    0x16FE3, 0x16FE4, 0x17000, 0x187F8, 0x18800, 0x18CD6, 0x18D00, 0x18D09, 0x1AFF0, 0x1AFF4, 0x1AFF5, 0x1AFFC,
    0x1AFFD, 0x1AFFF, 0x1B000, 0x1B123, 0x1B150, 0x1B153, 0x1B164, 0x1B168, 0x1B170, 0x1B2FC, 0x1BC00, 0x1BC6B,
    0x1BC70, 0x1BC7D, 0x1BC80, 0x1BC89, 0x1BC90, 0x1BC9A, 0x1D400, 0x1D455, 0x1D456, 0x1D49D, 0x1D49E, 0x1D4A0,
    0x1D4A2, 0x1D4A3, 0x1D4A5, 0x1D4A7, 0x1D4A9, 0x1D4AD, 0x1D4AE, 0x1D4BA, 0x1D4BB, 0x1D4BC, 0x1D4BD, 0x1D4C4,
    0x1D4C5, 0x1D506, 0x1D507, 0x1D50B, 0x1D50D, 0x1D515, 0x1D516, 0x1D51D, 0x1D51E, 0x1D53A, 0x1D53B, 0x1D53F,
    0x1D540, 0x1D545, 0x1D546, 0x1D547, 0x1D54A, 0x1D551, 0x1D552, 0x1D6A6, 0x1D6A8, 0x1D6C1, 0x1D6C2, 0x1D6DB,
    0x1D6DC, 0x1D6FB, 0x1D6FC, 0x1D715, 0x1D716, 0x1D735, 0x1D736, 0x1D74F, 0x1D750, 0x1D76F, 0x1D770, 0x1D789,
    0x1D78A, 0x1D7A9, 0x1D7AA, 0x1D7C3, 0x1D7C4, 0x1D7CC, 0x1DF00, 0x1DF1F, 0x1E100, 0x1E12D, 0x1E137, 0x1E13E,
    0x1E14E, 0x1E14F, 0x1E290, 0x1E2AE, 0x1E2C0, 0x1E2EC, 0x1E7E0, 0x1E7E7, 0x1E7E8, 0x1E7EC, 0x1E7ED, 0x1E7EF,
    0x1E7F0, 0x1E7FF, 0x1E800, 0x1E8C5, 0x1E900, 0x1E944, 0x1E94B, 0x1E94C, 0x1EE00, 0x1EE04, 0x1EE05, 0x1EE20,
    0x1EE21, 0x1EE23, 0x1EE24, 0x1EE25, 0x1EE27, 0x1EE28, 0x1EE29, 0x1EE33, 0x1EE34, 0x1EE38, 0x1EE39, 0x1EE3A,
    0x1EE3B, 0x1EE3C, 0x1EE42, 0x1EE43, 0x1EE47, 0x1EE48, 0x1EE49, 0x1EE4A, 0x1EE4B, 0x1EE4C, 0x1EE4D, 0x1EE50,
    0x1EE51, 0x1EE53, 0x1EE54, 0x1EE55, 0x1EE57, 0x1EE58, 0x1EE59, 0x1EE5A, 0x1EE5B, 0x1EE5C, 0x1EE5D, 0x1EE5E,
    0x1EE5F, 0x1EE60, 0x1EE61, 0x1EE63, 0x1EE64, 0x1EE65, 0x1EE67, 0x1EE6B, 0x1EE6C, 0x1EE73, 0x1EE74, 0x1EE78,
    0x1EE79, 0x1EE7D, 0x1EE7E, 0x1EE7F, 0x1EE80, 0x1EE8A, 0x1EE8B, 0x1EE9C, 0x1EEA1, 0x1EEA4, 0x1EEA5, 0x1EEAA,
    0x1EEAB, 0x1EEBC, 0x20000, 0x2A6E0, 0x2A700, 0x2B739, 0x2B740, 0x2B81E, 0x2B820, 0x2CEA2, 0x2CEB0, 0x2EBE1,
    0x2F800, 0x2FA1E, 0x30000, 0x3134B,
];
pub(super) static XID_CONTINUE: &[u32] = &[
    0x30, 0x3A, 0x41, 0x5B, 0x5F, 0x60, 0x61, 0x7B, 0xAA, 0xAB, 0xB5, 0xB6,
    0xB7, 0xB8, 0xBA, 0xBB, 0xC0, 0xD7, 0xD8, 0xF7, 0xF8, 0x2C2, 0x2C6, 0x2D2,
    0x2E0, 0x2E5, 0x2EC, 0x2ED, 0x2EE, 0x2EF, 0x300, 0x375, 0x376, 0x378, 0x37B, 0x37E,
    0x37F, 0x380, 0x386, 0x38B, 0x38C, 0x38D, 0x38E, 0x3A2, 0x3A3, 0x3F6, 0x3F7, 0x482,
    0x483, 0x488, 0x48A, 0x530, 0x531, 0x557, 0x559, 0x55A, 0x560, 0x589, 0x591, 0x5BE,
    0x5BF, 0x5C0, 0x5C1, 0x5C3, 0x5C4, 0x5C6, 0x5C7, 0x5C8, 0x5D0, 0x5EB, 0x5EF, 0x5F3,
    0x610, 0x61B, 0x620, 0x66A, 0x66E, 0x6D4, 0x6D5, 0x6DD, 0x6DF, 0x6E9, 0x6EA, 0x6FD,
    0x6FF, 0x700, 0x710, 0x74B, 0x74D, 0x7B2, 0x7C0, 0x7F6, 0x7FA, 0x7FB, 0x7FD, 0x7FE,
    0x800, 0x82E, 0x840, 0x85C, 0x860, 0x86B, 0x870, 0x888, 0x889, 0x88F, 0x898, 0x8E2,
    0x8E3, 0x964, 0x966, 0x970, 0x971, 0x984, 0x985, 0x98D, 0x98F, 0x991, 0x993, 0x9A9,
    0x9AA, 0x9B1, 0x9B2, 0x9B3, 0x9B6, 0x9BA, 0x9BC, 0x9C5, 0x9C7, 0x9C9, 0x9CB, 0x9CF,
    0x9D7, 0x9D8, 0x9DC, 0x9DE, 0x9DF, 0x9E4, 0x9E6, 0x9F2, 0x9FC, 0x9FD, 0x9FE, 0x9FF,
    0xA01, 0xA04, 0xA05, 0xA0B, 0xA0F, 0xA11, 0xA13, 0xA29, 0xA2A, 0xA31, 0xA32, 0xA34,
    0xA35, 0xA37, 0xA38, 0xA3A, 0xA3C, 0xA3D, 0xA3E, 0xA43, 0xA47, 0xA49, 0xA4B, 0xA4E,
    0xA51, 0xA52, 0xA59, 0xA5D, 0xA5E, 0xA5F, 0xA66, 0xA76, 0xA81, 0xA84, 0xA85, 0xA8E,
    0xA8F, 0xA92, 0xA93, 0xAA9, 0xAAA, 0xAB1, 0xAB2, 0xAB4, 0xAB5, 0xABA, 0xABC, 0xAC6,
    0xAC7, 0xACA, 0xACB, 0xACE, 0xAD0, 0xAD1, 0xAE0, 0xAE4, 0xAE6, 0xAF0, 0xAF9, 0xB00,
    0xB01, 0xB04, 0xB05, 0xB0D, 0xB0F, 0xB11, 0xB13, 0xB29, 0xB2A, 0xB31, 0xB32, 0xB34,
    0xB35, 0xB3A, 0xB3C, 0xB45, 0xB47, 0xB49, 0xB4B, 0xB4E, 0xB55, 0xB58, 0xB5C, 0xB5E,
    0xB5F, 0xB64, 0xB66, 0xB70, 0xB71, 0xB72, 0xB82, 0xB84, 0xB85, 0xB8B, 0xB8E, 0xB91,
    0xB92, 0xB96, 0xB99, 0xB9B, 0xB9C, 0xB9D, 0xB9E, 0xBA0, 0xBA3, 0xBA5, 0xBA8, 0xBAB,
    0xBAE, 0xBBA, 0xBBE, 0xBC3, 0xBC6, 0xBC9, 0xBCA, 0xBCE, 0xBD0, 0xBD1, 0xBD7, 0xBD8,
    0xBE6, 0xBF0, 0xC00, 0xC0D, 0xC0E, 0xC11, 0xC12, 0xC29, 0xC2A, 0xC3A, 0xC3C, 0xC45,
    0xC46, 0xC49, 0xC4A, 0xC4E, 0xC55, 0xC57, 0xC58, 0xC5B, 0xC5D, 0xC5E, 0xC60, 0xC64,
    0xC66, 0xC70, 0xC80, 0xC84, 0xC85, 0xC8D, 0xC8E, 0xC91, 0xC92, 0xCA9, 0xCAA, 0xCB4,
    0xCB5, 0xCBA, 0xCBC, 0xCC5, 0xCC6, 0xCC9, 0xCCA, 0xCCE, 0xCD5, 0xCD7, 0xCDD, 0xCDF,
    0xCE0, 0xCE4, 0xCE6, 0xCF0, 0xCF1, 0xCF3, 0xD00, 0xD0D, 0xD0E, 0xD11, 0xD12, 0xD45,
    0xD46, 0xD49, 0xD4A, 0xD4F, 0xD54, 0xD58, 0xD5F, 0xD64, 0xD66, 0xD70, 0xD7A, 0xD80,
    0xD81, 0xD84, 0xD85, 0xD97, 0xD9A, 0xDB2, 0xDB3, 0xDBC, 0xDBD, 0xDBE, 0xDC0, 0xDC7,
    0xDCA, 0xDCB, 0xDCF, 0xDD5, 0xDD6, 0xDD7, 0xDD8, 0xDE0, 0xDE6, 0xDF0, 0xDF2, 0xDF4,
    0xE01, 0xE3B, 0xE40, 0xE4F, 0xE50, 0xE5A, 0xE81, 0xE83, 0xE84, 0xE85, 0xE86, 0xE8B,
    0xE8C, 0xEA4, 0xEA5, 0xEA6, 0xEA7, 0xEBE, 0xEC0, 0xEC5, 0xEC6, 0xEC7, 0xEC8, 0xECE,
    0xED0, 0xEDA, 0xEDC, 0xEE0, 0xF00, 0xF01, 0xF18, 0xF1A, 0xF20, 0xF2A, 0xF35, 0xF36,
    0xF37, 0xF38, 0xF39, 0xF3A, 0xF3E, 0xF48, 0xF49, 0xF6D, 0xF71, 0xF85, 0xF86, 0xF98,
    0xF99, 0xFBD, 0xFC6, 0xFC7, 0x1000, 0x104A, 0x1050, 0x109E, 0x10A0, 0x10C6, 0x10C7, 0x10C8,
    0x10CD, 0x10CE, 0x10D0, 0x10FB, 0x10FC, 0x1249, 0x124A, 0x124E, 0x1250, 0x1257, 0x1258, 0x1259,
    0x125A, 0x125E, 0x1260, 0x1289, 0x128A, 0x128E, 0x1290, 0x12B1, 0x12B2, 0x12B6, 0x12B8, 0x12BF,
    0x12C0, 0x12C1, 0x12C2, 0x12C6, 0x12C8, 0x12D7, 0x12D8, 0x1311, 0x1312, 0x1316, 0x1318, 0x135B,
    0x135D, 0x1360, 0x1369, 0x1372, 0x1380, 0x1390, 0x13A0, 0x13F6, 0x13F8, 0x13FE, 0x1401, 0x166D,
    0x166F, 0x1680, 0x1681, 0x169B, 0x16A0, 0x16EB, 0x16EE, 0x16F9, 0x1700, 0x1716, 0x171F, 0x1735,
    0x1740, 0x1754, 0x1760, 0x176D, 0x176E, 0x1771, 0x1772, 0x1774, 0x1780, 0x17D4, 0x17D7, 0x17D8,
    0x17DC, 0x17DE, 0x17E0, 0x17EA, 0x180B, 0x180E, 0x180F, 0x181A, 0x1820, 0x1879, 0x1880, 0x18AB,
    0x18B0, 0x18F6, 0x1900, 0x191F, 0x1920, 0x192C, 0x1930, 0x193C, 0x1946, 0x196E, 0x1970, 0x1975,
    0x1980, 0x19AC, 0x19B0, 0x19CA, 0x19D0, 0x19DB, 0x1A00, 0x1A1C, 0x1A20, 0x1A5F, 0x1A60, 0x1A7D,
    0x1A7F, 0x1A8A, 0x1A90, 0x1A9A, 0x1AA7, 0x1AA8, 0x1AB0, 0x1ABE, 0x1ABF, 0x1ACF, 0x1B00, 0x1B4D,
    0x1B50, 0x1B5A, 0x1B6B, 0x1B74, 0x1B80, 0x1BF4, 0x1C00, 0x1C38, 0x1C40, 0x1C4A, 0x1C4D, 0x1C7E,
    0x1C80, 0x1C89, 0x1C90, 0x1CBB, 0x1CBD, 0x1CC0, 0x1CD0, 0x1CD3, 0x1CD4, 0x1CFB, 0x1D00, 0x1F16,
    0x1F18, 0x1F1E, 0x1F20, 0x1F46, 0x1F48, 0x1F4E, 0x1F50, 0x1F58, 0x1F59, 0x1F5A, 0x1F5B, 0x1F5C,
    0x1F5D, 0x1F5E, 0x1F5F, 0x1F7E, 0x1F80, 0x1FB5, 0x1FB6, 0x1FBD, 0x1FBE, 0x1FBF, 0x1FC2, 0x1FC5,
    0x1FC6, 0x1FCD, 0x1FD0, 0x1FD4, 0x1FD6, 0x1FDC, 0x1FE0, 0x1FED, 0x1FF2, 0x1FF5, 0x1FF6, 0x1FFD,
    0x203F, 0x2041, 0x2054, 0x2055, 0x2071, 0x2072, 0x207F, 0x2080, 0x2090, 0x209D, 0x20D0, 0x20DD,
    0x20E1, 0x20E2, 0x20E5, 0x20F1, 0x2102, 0x2103, 0x2107, 0x2108, 0x210A, 0x2114, 0x2115, 0x2116,
    0x2118, 0x211E, 0x2124, 0x2125, 0x2126, 0x2127, 0x2128, 0x2129, 0x212A, 0x213A, 0x213C, 0x2140,
    0x2145, 0x214A, 0x214E, 0x214F, 0x2160, 0x2189, 0x2C00, 0x2CE5, 0x2CEB, 0x2CF4, 0x2D00, 0x2D26,
    0x2D27, 0x2D28, 0x2D2D, 0x2D2E, 0x2D30, 0x2D68, 0x2D6F, 0x2D70, 0x2D7F, 0x2D97, 0x2DA0, 0x2DA7,
    0x2DA8, 0x2DAF, 0x2DB0, 0x2DB7, 0x2DB8, 0x2DBF, 0x2DC0, 0x2DC7, 0x2DC8, 0x2DCF, 0x2DD0, 0x2DD7,
    0x2DD8, 0x2DDF, 0x2DE0, 0x2E00, 0x3005, 0x3008, 0x3021, 0x3030, 0x3031, 0x3036, 0x3038, 0x303D,
    0x3041, 0x3097, 0x3099, 0x309B, 0x309D, 0x30A0, 0x30A1, 0x30FB, 0x30FC, 0x3100, 0x3105, 0x3130,
    0x3131, 0x318F, 0x31A0, 0x31C0, 0x31F0, 0x3200, 0x3400, 0x4DC0, 0x4E00, 0xA48D, 0xA4D0, 0xA4FE,
    0xA500, 0xA60D, 0xA610, 0xA62C, 0xA640, 0xA670, 0xA674, 0xA67E, 0xA67F, 0xA6F2, 0xA717, 0xA720,
    0xA722, 0xA789, 0xA78B, 0xA7CB, 0xA7D0, 0xA7D2, 0xA7D3, 0xA7D4, 0xA7D5, 0xA7DA, 0xA7F2, 0xA828,
    0xA82C, 0xA82D, 0xA840, 0xA874, 0xA880, 0xA8C6, 0xA8D0, 0xA8DA, 0xA8E0, 0xA8F8, 0xA8FB, 0xA8FC,
    0xA8FD, 0xA92E, 0xA930, 0xA954, 0xA960, 0xA97D, 0xA980, 0xA9C1, 0xA9CF, 0xA9DA, 0xA9E0, 0xA9FF,
    0xAA00, 0xAA37, 0xAA40, 0xAA4E, 0xAA50, 0xAA5A, 0xAA60, 0xAA77, 0xAA7A, 0xAAC3, 0xAADB, 0xAADE,
    0xAAE0, 0xAAF0, 0xAAF2, 0xAAF7, 0xAB01, 0xAB07, 0xAB09, 0xAB0F, 0xAB11, 0xAB17, 0xAB20, 0xAB27,
    0xAB28, 0xAB2F, 0xAB30, 0xAB5B, 0xAB5C, 0xAB6A, 0xAB70, 0xABEB, 0xABEC, 0xABEE, 0xABF0, 0xABFA,
    0xAC00, 0xD7A4, 0xD7B0, 0xD7C7, 0xD7CB, 0xD7FC, 0xF900, 0xFA6E, 0xFA70, 0xFADA, 0xFB00, 0xFB07,
    0xFB13, 0xFB18, 0xFB1D, 0xFB29, 0xFB2A, 0xFB37, 0xFB38, 0xFB3D, 0xFB3E, 0xFB3F, 0xFB40, 0xFB42,
    0xFB43, 0xFB45, 0xFB46, 0xFBB2, 0xFBD3, 0xFC5E, 0xFC64, 0xFD3E, 0xFD50, 0xFD90, 0xFD92, 0xFDC8,
    0xFDF0, 0xFDFA, 0xFE00, 0xFE10, 0xFE20, 0xFE30, 0xFE33, 0xFE35, 0xFE4D, 0xFE50, 0xFE71, 0xFE72,
    0xFE73, 0xFE74, 0xFE77, 0xFE78, 0xFE79, 0xFE7A, 0xFE7B, 0xFE7C, 0xFE7D, 0xFE7E, 0xFE7F, 0xFEFD,
    0xFF10, 0xFF1A, 0xFF21, 0xFF3B, 0xFF3F, 0xFF40, 0xFF41, 0xFF5B, 0xFF66, 0xFFBF, 0xFFC2, 0xFFC8,
    0xFFCA, 0xFFD0, 0xFFD2, 0xFFD8, 0xFFDA, 0xFFDD, 0x10000, 0x1000C, 0x1000D, 0x10027, 0x10028, 0x1003B,
    0x1003C, 0x1003E, 0x1003F, 0x1004E, 0x10050, 0x1005E, 0x10080, 0x100FB, 0x10140, 0x10175, 0x101FD, 0x101FE,
    0x10280, 0x1029D, 0x102A0, 0x102D1, 0x102E0, 0x102E1, 0x10300, 0x10320, 0x1032D, 0x1034B, 0x10350, 0x1037B,
    0x10380, 0x1039E, 0x103A0, 0x103C4, 0x103C8, 0x103D0, 0x103D1, 0x103D6, 0x10400, 0x1049E, 0x104A0, 0x104AA,
    0x104B0, 0x104D4, 0x104D8, 0x104FC, 0x10500, 0x10528, 0x10530, 0x10564, 0x10570, 0x1057B, 0x1057C, 0x1058B,
    0x1058C, 0x10593, 0x10594, 0x10596, 0x10597, 0x105A2, 0x105A3, 0x105B2, 0x105B3, 0x105BA, 0x105BB, 0x105BD,
    0x10600, 0x10737, 0x10740, 0x10756, 0x10760, 0x10768, 0x10780, 0x10786, 0x10787, 0x107B1, 0x107B2, 0x107BB,
    0x10800, 0x10806, 0x10808, 0x10809, 0x1080A, 0x10836, 0x10837, 0x10839, 0x1083C, 0x1083D, 0x1083F, 0x10856,
    0x10860, 0x10877, 0x10880, 0x1089F, 0x108E0, 0x108F3, 0x108F4, 0x108F6, 0x10900, 0x10916, 0x10920, 0x1093A,
    0x10980, 0x109B8, 0x109BE, 0x109C0, 0x10A00, 0x10A04, 0x10A05, 0x10A07, 0x10A0C, 0x10A14, 0x10A15, 0x10A18,
    0x10A19, 0x10A36, 0x10A38, 0x10A3B, 0x10A3F, 0x10A40, 0x10A60, 0x10A7D, 0x10A80, 0x10A9D, 0x10AC0, 0x10AC8,
    0x10AC9, 0x10AE7, 0x10B00, 0x10B36, 0x10B40, 0x10B56, 0x10B60, 0x10B73, 0x10B80, 0x10B92, 0x10C00, 0x10C49,
    0x10C80, 0x10CB3, 0x10CC0, 0x10CF3, 0x10D00, 0x10D28, 0x10D30, 0x10D3A, 0x10E80, 0x10EAA, 0x10EAB, 0x10EAD,
    0x10EB0, 0x10EB2, 0x10F00, 0x10F1D, 0x10F27, 0x10F28, 0x10F30, 0x10F51, 0x10F70, 0x10F86, 0x10FB0, 0x10FC5,
    0x10FE0, 0x10FF7, 0x11000, 0x11047, 0x11066, 0x11076, 0x1107F, 0x110BB, 0x110C2, 0x110C3, 0x110D0, 0x110E9,
    0x110F0, 0x110FA, 0x11100, 0x11135, 0x11136, 0x11140, 0x11144, 0x11148, 0x11150, 0x11174, 0x11176, 0x11177,
    0x11180, 0x111C5, 0x111C9, 0x111CD, 0x111CE, 0x111DB, 0x111DC, 0x111DD, 0x11200, 0x11212, 0x11213, 0x11238,
    0x1123E, 0x1123F, 0x11280, 0x11287, 0x11288, 0x11289, 0x1128A, 0x1128E, 0x1128F, 0x1129E, 0x1129F, 0x112A9,
    0x112B0, 0x112EB, 0x112F0, 0x112FA, 0x11300, 0x11304, 0x11305, 0x1130D, 0x1130F, 0x11311, 0x11313, 0x11329,
    0x1132A, 0x11331, 0x11332, 0x11334, 0x11335, 0x1133A, 0x1133B, 0x11345, 0x11347, 0x11349, 0x1134B, 0x1134E,
    0x11350, 0x11351, 0x11357, 0x11358, 0x1135D, 0x11364, 0x11366, 0x1136D, 0x11370, 0x11375, 0x11400, 0x1144B,
    0x11450, 0x1145A, 0x1145E, 0x11462, 0x11480, 0x114C6, 0x114C7, 0x114C8, 0x114D0, 0x114DA, 0x11580, 0x115B6,
    0x115B8, 0x115C1, 0x115D8, 0x115DE, 0x11600, 0x11641, 0x11644, 0x11645, 0x11650, 0x1165A, 0x11680, 0x116B9,
    0x116C0, 0x116CA, 0x11700, 0x1171B, 0x1171D, 0x1172C, 0x11730, 0x1173A, 0x11740, 0x11747, 0x11800, 0x1183B,
    0x118A0, 0x118EA, 0x118FF, 0x11907, 0x11909, 0x1190A, 0x1190C, 0x11914, 0x11915, 0x11917, 0x11918, 0x11936,
    0x11937, 0x11939, 0x1193B, 0x11944, 0x11950, 0x1195A, 0x119A0, 0x119A8, 0x119AA, 0x119D8, 0x119DA, 0x119E2,
    0x119E3, 0x119E5, 0x11A00, 0x11A3F, 0x11A47, 0x11A48, 0x11A50, 0x11A9A, 0x11A9D, 0x11A9E, 0x11AB0, 0x11AF9,
    0x11C00, 0x11C09, 0x11C0A, 0x11C37, 0x11C38, 0x11C41, 0x11C50, 0x11C5A, 0x11C72, 0x11C90, 0x11C92, 0x11CA8,
    0x11CA9, 0x11CB7, 0x11D00, 0x11D07, 0x11D08, 0x11D0A, 0x11D0B, 0x11D37, 0x11D3A, 0x11D3B, 0x11D3C, 0x11D3E,
    0x11D3F, 0x11D48, 0x11D50, 0x11D5A, 0x11D60, 0x11D66, 0x11D67, 0x11D69, 0x11D6A, 0x11D8F, 0x11D90, 0x11D92,
    0x11D93, 0x11D99, 0x11DA0, 0x11DAA, 0x11EE0, 0x11EF7, 0x11FB0, 0x11FB1, 0x12000, 0x1239A, 0x12400, 0x1246F,
    0x12480, 0x12544, 0x12F90, 0x12FF1, 0x13000, 0x1342F, 0x14400, 0x14647, 0x16800, 0x16A39, 0x16A40, 0x16A5F,
    0x16A60, 0x16A6A, 0x16A70, 0x16ABF, 0x16AC0, 0x16ACA, 0x16AD0, 0x16AEE, 0x16AF0, 0x16AF5, 0x16B00, 0x16B37,
    0x16B40, 0x16B44, 0x16B50, 0x16B5A, 0x16B63, 0x16B78, 0x16B7D, 0x16B90, 0x16E40, 0x16E80, 0x16F00, 0x16F4B,
    0x16F4F, 0x16F88, 0x16F8F, 0x16FA0, 0x16FE0, 0x16FE2, 0x16FE3, 0x16FE5, 0x16FF0, 0x16FF2, 0x17000, 0x187F8,
    0x18800, 0x18CD6, 0x18D00, 0x18D09, 0x1AFF0, 0x1AFF4, 0x1AFF5, 0x1AFFC, 0x1AFFD, 0x1AFFF, 0x1B000, 0x1B123,
    0x1B150, 0x1B153, 0x1B164, 0x1B168, 0x1B170, 0x1B2FC, 0x1BC00, 0x1BC6B, 0x1BC70, 0x1BC7D, 0x1BC80, 0x1BC89,
    0x1BC90, 0x1BC9A, 0x1BC9D, 0x1BC9F, 0x1CF00, 0x1CF2E, 0x1CF30, 0x1CF47, 0x1D165, 0x1D16A, 0x1D16D, 0x1D173,
    0x1D17B, 0x1D183, 0x1D185, 0x1D18C, 0x1D1AA, 0x1D1AE, 0x1D242, 0x1D245, 0x1D400, 0x1D455, 0x1D456, 0x1D49D,
    0x1D49E, 0x1D4A0, 0x1D4A2, 0x1D4A3, 0x1D4A5, 0x1D4A7, 0x1D4A9, 0x1D4AD, 0x1D4AE, 0x1D4BA, 0x1D4BB, 0x1D4BC,
    0x1D4BD, 0x1D4C4, 0x1D4C5, 0x1D506, 0x1D507, 0x1D50B, 0x1D50D, 0x1D515, 0x1D516, 0x1D51D, 0x1D51E, 0x1D53A,
    0x1D53B, 0x1D53F, 0x1D540, 0x1D545, 0x1D546, 0x1D547, 0x1D54A, 0x1D551, 0x1D552, 0x1D6A6, 0x1D6A8, 0x1D6C1,
    0x1D6C2, 0x1D6DB, 0x1D6DC, 0x1D6FB, 0x1D6FC, 0x1D715, 0x1D716, 0x1D735, 0x1D736, 0x1D74F, 0x1D750, 0x1D76F,
    0x1D770, 0x1D789, 0x1D78A, 0x1D7A9, 0x1D7AA, 0x1D7C3, 0x1D7C4, 0x1D7CC, 0x1D7CE, 0x1D800, 0x1DA00, 0x1DA37,
    0x1DA3B, 0x1DA6D, 0x1DA75, 0x1DA76, 0x1DA84, 0x1DA85, 0x1DA9B, 0x1DAA0, 0x1DAA1, 0x1DAB0, 0x1DF00, 0x1DF1F,
    0x1E000, 0x1E007, 0x1E008, 0x1E019, 0x1E01B, 0x1E022, 0x1E023, 0x1E025, 0x1E026, 0x1E02B, 0x1E100, 0x1E12D,
    0x1E130, 0x1E13E, 0x1E140, 0x1E14A, 0x1E14E, 0x1E14F, 0x1E290, 0x1E2AF, 0x1E2C0, 0x1E2FA, 0x1E7E0, 0x1E7E7,
    0x1E7E8, 0x1E7EC, 0x1E7ED, 0x1E7EF, 0x1E7F0, 0x1E7FF, 0x1E800, 0x1E8C5, 0x1E8D0, 0x1E8D7, 0x1E900, 0x1E94C,
    0x1E950, 0x1E95A, 0x1EE00, 0x1EE04, 0x1EE05, 0x1EE20, 0x1EE21, 0x1EE23, 0x1EE24, 0x1EE25, 0x1EE27, 0x1EE28,
    0x1EE29, 0x1EE33, 0x1EE34, 0x1EE38, 0x1EE39, 0x1EE3A, 0x1EE3B, 0x1EE3C, 0x1EE42, 0x1EE43, 0x1EE47, 0x1EE48,
    0x1EE49, 0x1EE4A, 0x1EE4B, 0x1EE4C, 0x1EE4D, 0x1EE50, 0x1EE51, 0x1EE53, 0x1EE54, 0x1EE55, 0x1EE57, 0x1EE58,
    0x1EE59, 0x1EE5A, 0x1EE5B, 0x1EE5C, 0x1EE5D, 0x1EE5E, 0x1EE5F, 0x1EE60, 0x1EE61, 0x1EE63, 0x1EE64, 0x1EE65,
    0x1EE67, 0x1EE6B, 0x1EE6C, 0x1EE73, 0x1EE74, 0x1EE78, 0x1EE79, 0x1EE7D, 0x1EE7E, 0x1EE7F, 0x1EE80, 0x1EE8A,
    0x1EE8B, 0x1EE9C, 0x1EEA1, 0x1EEA4, 0x1EEA5, 0x1EEAA, 0x1EEAB, 0x1EEBC, 0x1FBF0, 0x1FBFA, 0x20000, 0x2A6E0,
    0x2A700, 0x2B739, 0x2B740, 0x2B81E, 0x2B820, 0x2CEA2, 0x2CEB0, 0x2EBE1, 0x2F800, 0x2FA1E, 0x30000, 0x3134B,
    0xE0100, 0xE01F0,
];
pub(super) static UPPER_SINGLE: &[super::CaseRun] = &[
    (0x61, 26, 1, -32),
    (0xB5, 1, 1, 743),
    (0xE0, 23, 1, -32),
    (0xF8, 7, 1, -32),
    (0xFF, 1, 1, 121),
    (0x101, 24, 2, -1),
    (0x131, 1, 1, -232),
    (0x133, 3, 2, -1),
    (0x13A, 8, 2, -1),
    (0x14B, 23, 2, -1),
    (0x17A, 3, 2, -1),
    (0x17F, 1, 1, -300),
    (0x180, 1, 1, 195),
    (0x183, 2, 2, -1),
    (0x188, 1, 1, -1),
    (0x18C, 1, 1, -1),
    (0x192, 1, 1, -1),
    (0x195, 1, 1, 97),
    (0x199, 1, 1, -1),
    (0x19A, 1, 1, 163),
    (0x19E, 1, 1, 130),
    (0x1A1, 3, 2, -1),
    (0x1A8, 1, 1, -1),
    (0x1AD, 1, 1, -1),
    (0x1B0, 1, 1, -1),
    (0x1B4, 2, 2, -1),
    (0x1B9, 1, 1, -1),
    (0x1BD, 1, 1, -1),
    (0x1BF, 1, 1, 56),
    (0x1C5, 1, 1, -1),
    (0x1C6, 1, 1, -2),
    (0x1C8, 1, 1, -1),
    (0x1C9, 1, 1, -2),
    (0x1CB, 1, 1, -1),
    (0x1CC, 1, 1, -2),
    (0x1CE, 8, 2, -1),
    (0x1DD, 1, 1, -79),
    (0x1DF, 9, 2, -1),
    (0x1F2, 1, 1, -1),
    (0x1F3, 1, 1, -2),
    (0x1F5, 1, 1, -1),
    (0x1F9, 20, 2, -1),
    (0x223, 9, 2, -1),
    (0x23C, 1, 1, -1),
    (0x23F, 2, 1, 10815),
    (0x242, 1, 1, -1),
    (0x247, 5, 2, -1),
    (0x250, 1, 1, 10783),
    (0x251, 1, 1, 10780),
    (0x252, 1, 1, 10782),
    (0x253, 1, 1, -210),
    (0x254, 1, 1, -206),
    (0x256, 2, 1, -205),
    (0x259, 1, 1, -202),
    (0x25B, 1, 1, -203),
    (0x25C, 1, 1, 42319),
    (0x260, 1, 1, -205),
    (0x261, 1, 1, 42315),
    (0x263, 1, 1, -207),
    (0x265, 1, 1, 42280),
    (0x266, 1, 1, 42308),
    (0x268, 1, 1, -209),
    (0x269, 1, 1, -211),
    (0x26A, 1, 1, 42308),
    (0x26B, 1, 1, 10743),
    (0x26C, 1, 1, 42305),
    (0x26F, 1, 1, -211),
    (0x271, 1, 1, 10749),
    (0x272, 1, 1, -213),
    (0x275, 1, 1, -214),
    (0x27D, 1, 1, 10727),
    (0x280, 1, 1, -218),
    (0x282, 1, 1, 42307),
    (0x283, 1, 1, -218),
    (0x287, 1, 1, 42282),
    (0x288, 1, 1, -218),
    (0x289, 1, 1, -69),
    (0x28A, 2, 1, -217),
    (0x28C, 1, 1, -71),
    (0x292, 1, 1, -219),
    (0x29D, 1, 1, 42261),
    (0x29E, 1, 1, 42258),
    (0x345, 1, 1, 84),
    (0x371, 2, 2, -1),
    (0x377, 1, 1, -1),
    (0x37B, 3, 1, 130),
    (0x3AC, 1, 1, -38),
    (0x3AD, 3, 1, -37),
    (0x3B1, 17, 1, -32),
    (0x3C2, 1, 1, -31),
    (0x3C3, 9, 1, -32),
    (0x3CC, 1, 1, -64),
    (0x3CD, 2, 1, -63),
    (0x3D0, 1, 1, -62),
    (0x3D1, 1, 1, -57),
    (0x3D5, 1, 1, -47),
    (0x3D6, 1, 1, -54),
    (0x3D7, 1, 1, -8),
    (0x3D9, 12, 2, -1),
    (0x3F0, 1, 1, -86),
    (0x3F1, 1, 1, -80),
    (0x3F2, 1, 1, 7),
    (0x3F3, 1, 1, -116),
    (0x3F5, 1, 1, -96),
    (0x3F8, 1, 1, -1),
    (0x3FB, 1, 1, -1),
    (0x430, 32, 1, -32),
    (0x450, 16, 1, -80),
    (0x461, 17, 2, -1),
    (0x48B, 27, 2, -1),
    (0x4C2, 7, 2, -1),
    (0x4CF, 1, 1, -15),
    (0x4D1, 48, 2, -1),
    (0x561, 38, 1, -48),
    (0x10D0, 43, 1, 3008),
    (0x10FD, 3, 1, 3008),
    (0x13F8, 6, 1, -8),
    (0x1C80, 1, 1, -6254),
    (0x1C81, 1, 1, -6253),
    (0x1C82, 1, 1, -6244),
    (0x1C83, 2, 1, -6242),
    (0x1C85, 1, 1, -6243),
    (0x1C86, 1, 1, -6236),
    (0x1C87, 1, 1, -6181),
    (0x1C88, 1, 1, 35266),
    (0x1D79, 1, 1, 35332),
    (0x1D7D, 1, 1, 3814),
    (0x1D8E, 1, 1, 35384),
    (0x1E01, 75, 2, -1),
    (0x1E9B, 1, 1, -59),
    (0x1EA1, 48, 2, -1),
    (0x1F00, 8, 1, 8),
    (0x1F10, 6, 1, 8),
    (0x1F20, 8, 1, 8),
    (0x1F30, 8, 1, 8),
    (0x1F40, 6, 1, 8),
    (0x1F51, 4, 2, 8),
    (0x1F60, 8, 1, 8),
    (0x1F70, 2, 1, 74),
    (0x1F72, 4, 1, 86),
    (0x1F76, 2, 1, 100),
    (0x1F78, 2, 1, 128),
    (0x1F7A, 2, 1, 112),
    (0x1F7C, 2, 1, 126),
    (0x1FB0, 2, 1, 8),
    (0x1FBE, 1, 1, -7205),
    (0x1FD0, 2, 1, 8),
    (0x1FE0, 2, 1, 8),
    (0x1FE5, 1, 1, 7),
    (0x214E, 1, 1, -28),
    (0x2170, 16, 1, -16),
    (0x2184, 1, 1, -1),
    (0x24D0, 26, 1, -26),
    (0x2C30, 48, 1, -48),
    (0x2C61, 1, 1, -1),
    (0x2C65, 1, 1, -10795),
    (0x2C66, 1, 1, -10792),
    (0x2C68, 3, 2, -1),
    (0x2C73, 1, 1, -1),
    (0x2C76, 1, 1, -1),
    (0x2C81, 50, 2, -1),
    (0x2CEC, 2, 2, -1),
    (0x2CF3, 1, 1, -1),
    (0x2D00, 38, 1, -7264),
    (0x2D27, 1, 1, -7264),
    (0x2D2D, 1, 1, -7264),
    (0xA641, 23, 2, -1),
    (0xA681, 14, 2, -1),
    (0xA723, 7, 2, -1),
    (0xA733, 31, 2, -1),
    (0xA77A, 2, 2, -1),
    (0xA77F, 5, 2, -1),
    (0xA78C, 1, 1, -1),
    (0xA791, 2, 2, -1),
    (0xA794, 1, 1, 48),
    (0xA797, 10, 2, -1),
    (0xA7B5, 8, 2, -1),
    (0xA7C8, 2, 2, -1),
    (0xA7D1, 1, 1, -1),
    (0xA7D7, 2, 2, -1),
    (0xA7F6, 1, 1, -1),
    (0xAB53, 1, 1, -928),
    (0xAB70, 80, 1, -38864),
    (0xFF41, 26, 1, -32),
    (0x10428, 40, 1, -40),
    (0x104D8, 36, 1, -40),
    (0x10597, 11, 1, -39),
    (0x105A3, 15, 1, -39),
    (0x105B3, 7, 1, -39),
    (0x105BB, 2, 1, -39),
    (0x10CC0, 51, 1, -64),
    (0x118C0, 32, 1, -32),
    (0x16E60, 32, 1, -32),
    (0x1E922, 34, 1, -34),
];
pub(super) static UPPER_MULTI: &[(u32, &str)] = &[
    (0xDF, "SS"),
    (0x149, "\u{2bc}N"),
    (0x1F0, "J\u{30c}"),
    (0x390, "\u{399}\u{308}\u{301}"),
    (0x3B0, "\u{3a5}\u{308}\u{301}"),
    (0x587, "\u{535}\u{552}"),
    (0x1E96, "H\u{331}"),
    (0x1E97, "T\u{308}"),
    (0x1E98, "W\u{30a}"),
    (0x1E99, "Y\u{30a}"),
    (0x1E9A, "A\u{2be}"),
    (0x1F50, "\u{3a5}\u{313}"),
    (0x1F52, "\u{3a5}\u{313}\u{300}"),
    (0x1F54, "\u{3a5}\u{313}\u{301}"),
    (0x1F56, "\u{3a5}\u{313}\u{342}"),
    (0x1F80, "\u{1f08}\u{399}"),
    (0x1F81, "\u{1f09}\u{399}"),
    (0x1F82, "\u{1f0a}\u{399}"),
    (0x1F83, "\u{1f0b}\u{399}"),
    (0x1F84, "\u{1f0c}\u{399}"),
    (0x1F85, "\u{1f0d}\u{399}"),
    (0x1F86, "\u{1f0e}\u{399}"),
    (0x1F87, "\u{1f0f}\u{399}"),
    (0x1F88, "\u{1f08}\u{399}"),
    (0x1F89, "\u{1f09}\u{399}"),
    (0x1F8A, "\u{1f0a}\u{399}"),
    (0x1F8B, "\u{1f0b}\u{399}"),
    (0x1F8C, "\u{1f0c}\u{399}"),
    (0x1F8D, "\u{1f0d}\u{399}"),
    (0x1F8E, "\u{1f0e}\u{399}"),
    (0x1F8F, "\u{1f0f}\u{399}"),
    (0x1F90, "\u{1f28}\u{399}"),
    (0x1F91, "\u{1f29}\u{399}"),
    (0x1F92, "\u{1f2a}\u{399}"),
    (0x1F93, "\u{1f2b}\u{399}"),
    (0x1F94, "\u{1f2c}\u{399}"),
    (0x1F95, "\u{1f2d}\u{399}"),
    (0x1F96, "\u{1f2e}\u{399}"),
    (0x1F97, "\u{1f2f}\u{399}"),
    (0x1F98, "\u{1f28}\u{399}"),
    (0x1F99, "\u{1f29}\u{399}"),
    (0x1F9A, "\u{1f2a}\u{399}"),
    (0x1F9B, "\u{1f2b}\u{399}"),
    (0x1F9C, "\u{1f2c}\u{399}"),
    (0x1F9D, "\u{1f2d}\u{399}"),
    (0x1F9E, "\u{1f2e}\u{399}"),
    (0x1F9F, "\u{1f2f}\u{399}"),
    (0x1FA0, "\u{1f68}\u{399}"),
    (0x1FA1, "\u{1f69}\u{399}"),
    (0x1FA2, "\u{1f6a}\u{399}"),
    (0x1FA3, "\u{1f6b}\u{399}"),
    (0x1FA4, "\u{1f6c}\u{399}"),
    (0x1FA5, "\u{1f6d}\u{399}"),
    (0x1FA6, "\u{1f6e}\u{399}"),
    (0x1FA7, "\u{1f6f}\u{399}"),
    (0x1FA8, "\u{1f68}\u{399}"),
    (0x1FA9, "\u{1f69}\u{399}"),
    (0x1FAA, "\u{1f6a}\u{399}"),
    (0x1FAB, "\u{1f6b}\u{399}"),
    (0x1FAC, "\u{1f6c}\u{399}"),
    (0x1FAD, "\u{1f6d}\u{399}"),
    (0x1FAE, "\u{1f6e}\u{399}"),
    (0x1FAF, "\u{1f6f}\u{399}"),
    (0x1FB2, "\u{1fba}\u{399}"),
    (0x1FB3, "\u{391}\u{399}"),
    (0x1FB4, "\u{386}\u{399}"),
    (0x1FB6, "\u{391}\u{342}"),
    (0x1FB7, "\u{391}\u{342}\u{399}"),
    (0x1FBC, "\u{391}\u{399}"),
    (0x1FC2, "\u{1fca}\u{399}"),
    (0x1FC3, "\u{397}\u{399}"),
    (0x1FC4, "\u{389}\u{399}"),
    (0x1FC6, "\u{397}\u{342}"),
    (0x1FC7, "\u{397}\u{342}\u{399}"),
    (0x1FCC, "\u{397}\u{399}"),
    (0x1FD2, "\u{399}\u{308}\u{300}"),
    (0x1FD3, "\u{399}\u{308}\u{301}"),
    (0x1FD6, "\u{399}\u{342}"),
    (0x1FD7, "\u{399}\u{308}\u{342}"),
    (0x1FE2, "\u{3a5}\u{308}\u{300}"),
    (0x1FE3, "\u{3a5}\u{308}\u{301}"),
    (0x1FE4, "\u{3a1}\u{313}"),
    (0x1FE6, "\u{3a5}\u{342}"),
    (0x1FE7, "\u{3a5}\u{308}\u{342}"),
    (0x1FF2, "\u{1ffa}\u{399}"),
    (0x1FF3, "\u{3a9}\u{399}"),
    (0x1FF4, "\u{38f}\u{399}"),
    (0x1FF6, "\u{3a9}\u{342}"),
    (0x1FF7, "\u{3a9}\u{342}\u{399}"),
    (0x1FFC, "\u{3a9}\u{399}"),
    (0xFB00, "FF"),
    (0xFB01, "FI"),
    (0xFB02, "FL"),
    (0xFB03, "FFI"),
    (0xFB04, "FFL"),
    (0xFB05, "ST"),
    (0xFB06, "ST"),
    (0xFB13, "\u{544}\u{546}"),
    (0xFB14, "\u{544}\u{535}"),
    (0xFB15, "\u{544}\u{53b}"),
    (0xFB16, "\u{54e}\u{546}"),
    (0xFB17, "\u{544}\u{53d}"),
];
pub(super) static LOWER_SINGLE: &[super::CaseRun] = &[
    (0x41, 26, 1, 32),
    (0xC0, 23, 1, 32),
    (0xD8, 7, 1, 32),
    (0x100, 24, 2, 1),
    (0x132, 3, 2, 1),
    (0x139, 8, 2, 1),
    (0x14A, 23, 2, 1),
    (0x178, 1, 1, -121),
    (0x179, 3, 2, 1),
    (0x181, 1, 1, 210),
    (0x182, 2, 2, 1),
    (0x186, 1, 1, 206),
    (0x187, 1, 1, 1),
    (0x189, 2, 1, 205),
    (0x18B, 1, 1, 1),
    (0x18E, 1, 1, 79),
    (0x18F, 1, 1, 202),
    (0x190, 1, 1, 203),
    (0x191, 1, 1, 1),
    (0x193, 1, 1, 205),
    (0x194, 1, 1, 207),
    (0x196, 1, 1, 211),
    (0x197, 1, 1, 209),
    (0x198, 1, 1, 1),
    (0x19C, 1, 1, 211),
    (0x19D, 1, 1, 213),
    (0x19F, 1, 1, 214),
    (0x1A0, 3, 2, 1),
    (0x1A6, 1, 1, 218),
    (0x1A7, 1, 1, 1),
    (0x1A9, 1, 1, 218),
    (0x1AC, 1, 1, 1),
    (0x1AE, 1, 1, 218),
    (0x1AF, 1, 1, 1),
    (0x1B1, 2, 1, 217),
    (0x1B3, 2, 2, 1),
    (0x1B7, 1, 1, 219),
    (0x1B8, 1, 1, 1),
    (0x1BC, 1, 1, 1),
    (0x1C4, 1, 1, 2),
    (0x1C5, 1, 1, 1),
    (0x1C7, 1, 1, 2),
    (0x1C8, 1, 1, 1),
    (0x1CA, 1, 1, 2),
    (0x1CB, 9, 2, 1),
    (0x1DE, 9, 2, 1),
    (0x1F1, 1, 1, 2),
    (0x1F2, 2, 2, 1),
    (0x1F6, 1, 1, -97),
    (0x1F7, 1, 1, -56),
    (0x1F8, 20, 2, 1),
    (0x220, 1, 1, -130),
    (0x222, 9, 2, 1),
    (0x23A, 1, 1, 10795),
    (0x23B, 1, 1, 1),
    (0x23D, 1, 1, -163),
    (0x23E, 1, 1, 10792),
    (0x241, 1, 1, 1),
    (0x243, 1, 1, -195),
    (0x244, 1, 1, 69),
    (0x245, 1, 1, 71),
    (0x246, 5, 2, 1),
    (0x370, 2, 2, 1),
    (0x376, 1, 1, 1),
    (0x37F, 1, 1, 116),
    (0x386, 1, 1, 38),
    (0x388, 3, 1, 37),
    (0x38C, 1, 1, 64),
    (0x38E, 2, 1, 63),
    (0x391, 17, 1, 32),
    (0x3A3, 9, 1, 32),
    (0x3CF, 1, 1, 8),
    (0x3D8, 12, 2, 1),
    (0x3F4, 1, 1, -60),
    (0x3F7, 1, 1, 1),
    (0x3F9, 1, 1, -7),
    (0x3FA, 1, 1, 1),
    (0x3FD, 3, 1, -130),
    (0x400, 16, 1, 80),
    (0x410, 32, 1, 32),
    (0x460, 17, 2, 1),
    (0x48A, 27, 2, 1),
    (0x4C0, 1, 1, 15),
    (0x4C1, 7, 2, 1),
    (0x4D0, 48, 2, 1),
    (0x531, 38, 1, 48),
    (0x10A0, 38, 1, 7264),
    (0x10C7, 1, 1, 7264),
    (0x10CD, 1, 1, 7264),
    (0x13A0, 80, 1, 38864),
    (0x13F0, 6, 1, 8),
    (0x1C90, 43, 1, -3008),
    (0x1CBD, 3, 1, -3008),
    (0x1E00, 75, 2, 1),
    (0x1E9E, 1, 1, -7615),
    (0x1EA0, 48, 2, 1),
    (0x1F08, 8, 1, -8),
    (0x1F18, 6, 1, -8),
    (0x1F28, 8, 1, -8),
    (0x1F38, 8, 1, -8),
    (0x1F48, 6, 1, -8),
    (0x1F59, 4, 2, -8),
    (0x1F68, 8, 1, -8),
    (0x1F88, 8, 1, -8),
    (0x1F98, 8, 1, -8),
    (0x1FA8, 8, 1, -8),
    (0x1FB8, 2, 1, -8),
    (0x1FBA, 2, 1, -74),
    (0x1FBC, 1, 1, -9),
    (0x1FC8, 4, 1, -86),
    (0x1FCC, 1, 1, -9),
    (0x1FD8, 2, 1, -8),
    (0x1FDA, 2, 1, -100),
    (0x1FE8, 2, 1, -8),
    (0x1FEA, 2, 1, -112),
    (0x1FEC, 1, 1, -7),
    (0x1FF8, 2, 1, -128),
    (0x1FFA, 2, 1, -126),
    (0x1FFC, 1, 1, -9),
    (0x2126, 1, 1, -7517),
    (0x212A, 1, 1, -8383),
    (0x212B, 1, 1, -8262),
    (0x2132, 1, 1, 28),
    (0x2160, 16, 1, 16),
    (0x2183, 1, 1, 1),
    (0x24B6, 26, 1, 26),
    (0x2C00, 48, 1, 48),
    (0x2C60, 1, 1, 1),
    (0x2C62, 1, 1, -10743),
    (0x2C63, 1, 1, -3814),
    (0x2C64, 1, 1, -10727),
    (0x2C67, 3, 2, 1),
    (0x2C6D, 1, 1, -10780),
    (0x2C6E, 1, 1, -10749),
    (0x2C6F, 1, 1, -10783),
    (0x2C70, 1, 1, -10782),
    (0x2C72, 1, 1, 1),
    (0x2C75, 1, 1, 1),
    (0x2C7E, 2, 1, -10815),
    (0x2C80, 50, 2, 1),
    (0x2CEB, 2, 2, 1),
    (0x2CF2, 1, 1, 1),
    (0xA640, 23, 2, 1),
    (0xA680, 14, 2, 1),
    (0xA722, 7, 2, 1),
    (0xA732, 31, 2, 1),
    (0xA779, 2, 2, 1),
    (0xA77D, 1, 1, -35332),
    (0xA77E, 5, 2, 1),
    (0xA78B, 1, 1, 1),
    (0xA78D, 1, 1, -42280),
    (0xA790, 2, 2, 1),
    (0xA796, 10, 2, 1),
    (0xA7AA, 1, 1, -42308),
    (0xA7AB, 1, 1, -42319),
    (0xA7AC, 1, 1, -42315),
    (0xA7AD, 1, 1, -42305),
    (0xA7AE, 1, 1, -42308),
    (0xA7B0, 1, 1, -42258),
    (0xA7B1, 1, 1, -42282),
    (0xA7B2, 1, 1, -42261),
    (0xA7B3, 1, 1, 928),
    (0xA7B4, 8, 2, 1),
    (0xA7C4, 1, 1, -48),
    (0xA7C5, 1, 1, -42307),
    (0xA7C6, 1, 1, -35384),
    (0xA7C7, 2, 2, 1),
    (0xA7D0, 1, 1, 1),
    (0xA7D6, 2, 2, 1),
    (0xA7F5, 1, 1, 1),
    (0xFF21, 26, 1, 32),
    (0x10400, 40, 1, 40),
    (0x104B0, 36, 1, 40),
    (0x10570, 11, 1, 39),
    (0x1057C, 15, 1, 39),
    (0x1058C, 7, 1, 39),
    (0x10594, 2, 1, 39),
    (0x10C80, 51, 1, 64),
    (0x118A0, 32, 1, 32),
    (0x16E40, 32, 1, 32),
    (0x1E900, 34, 1, 34),
];
pub(super) static LOWER_MULTI: &[(u32, &str)] = &[
    (0x130, "i\u{307}"),
];
pub(super) static TITLE_SINGLE: &[super::CaseRun] = &[
    (0x61, 26, 1, -32),
    (0xB5, 1, 1, 743),
    (0xE0, 23, 1, -32),
    (0xF8, 7, 1, -32),
    (0xFF, 1, 1, 121),
    (0x101, 24, 2, -1),
    (0x131, 1, 1, -232),
    (0x133, 3, 2, -1),
    (0x13A, 8, 2, -1),
    (0x14B, 23, 2, -1),
    (0x17A, 3, 2, -1),
    (0x17F, 1, 1, -300),
    (0x180, 1, 1, 195),
    (0x183, 2, 2, -1),
    (0x188, 1, 1, -1),
    (0x18C, 1, 1, -1),
    (0x192, 1, 1, -1),
    (0x195, 1, 1, 97),
    (0x199, 1, 1, -1),
    (0x19A, 1, 1, 163),
    (0x19E, 1, 1, 130),
    (0x1A1, 3, 2, -1),
    (0x1A8, 1, 1, -1),
    (0x1AD, 1, 1, -1),
    (0x1B0, 1, 1, -1),
    (0x1B4, 2, 2, -1),
    (0x1B9, 1, 1, -1),
    (0x1BD, 1, 1, -1),
    (0x1BF, 1, 1, 56),
    (0x1C4, 1, 1, 1),
    (0x1C6, 1, 1, -1),
    (0x1C7, 1, 1, 1),
    (0x1C9, 1, 1, -1),
    (0x1CA, 1, 1, 1),
    (0x1CC, 9, 2, -1),
    (0x1DD, 1, 1, -79),
    (0x1DF, 9, 2, -1),
    (0x1F1, 1, 1, 1),
    (0x1F3, 2, 2, -1),
    (0x1F9, 20, 2, -1),
    (0x223, 9, 2, -1),
    (0x23C, 1, 1, -1),
    (0x23F, 2, 1, 10815),
    (0x242, 1, 1, -1),
    (0x247, 5, 2, -1),
    (0x250, 1, 1, 10783),
    (0x251, 1, 1, 10780),
    (0x252, 1, 1, 10782),
    (0x253, 1, 1, -210),
    (0x254, 1, 1, -206),
    (0x256, 2, 1, -205),
    (0x259, 1, 1, -202),
    (0x25B, 1, 1, -203),
    (0x25C, 1, 1, 42319),
    (0x260, 1, 1, -205),
    (0x261, 1, 1, 42315),
    (0x263, 1, 1, -207),
    (0x265, 1, 1, 42280),
    (0x266, 1, 1, 42308),
    (0x268, 1, 1, -209),
    (0x269, 1, 1, -211),
    (0x26A, 1, 1, 42308),
    (0x26B, 1, 1, 10743),
    (0x26C, 1, 1, 42305),
    (0x26F, 1, 1, -211),
    (0x271, 1, 1, 10749),
    (0x272, 1, 1, -213),
    (0x275, 1, 1, -214),
    (0x27D, 1, 1, 10727),
    (0x280, 1, 1, -218),
    (0x282, 1, 1, 42307),
    (0x283, 1, 1, -218),
    (0x287, 1, 1, 42282),
    (0x288, 1, 1, -218),
    (0x289, 1, 1, -69),
    (0x28A, 2, 1, -217),
    (0x28C, 1, 1, -71),
    (0x292, 1, 1, -219),
    (0x29D, 1, 1, 42261),
    (0x29E, 1, 1, 42258),
    (0x345, 1, 1, 84),
    (0x371, 2, 2, -1),
    (0x377, 1, 1, -1),
    (0x37B, 3, 1, 130),
    (0x3AC, 1, 1, -38),
    (0x3AD, 3, 1, -37),
    (0x3B1, 17, 1, -32),
    (0x3C2, 1, 1, -31),
    (0x3C3, 9, 1, -32),
    (0x3CC, 1, 1, -64),
    (0x3CD, 2, 1, -63),
    (0x3D0, 1, 1, -62),
    (0x3D1, 1, 1, -57),
    (0x3D5, 1, 1, -47),
    (0x3D6, 1, 1, -54),
    (0x3D7, 1, 1, -8),
    (0x3D9, 12, 2, -1),
    (0x3F0, 1, 1, -86),
    (0x3F1, 1, 1, -80),
    (0x3F2, 1, 1, 7),
    (0x3F3, 1, 1, -116),
    (0x3F5, 1, 1, -96),
    (0x3F8, 1, 1, -1),
    (0x3FB, 1, 1, -1),
    (0x430, 32, 1, -32),
    (0x450, 16, 1, -80),
    (0x461, 17, 2, -1),
    (0x48B, 27, 2, -1),
    (0x4C2, 7, 2, -1),
    (0x4CF, 1, 1, -15),
    (0x4D1, 48, 2, -1),
    (0x561, 38, 1, -48),
    (0x13F8, 6, 1, -8),
    (0x1C80, 1, 1, -6254),
    (0x1C81, 1, 1, -6253),
    (0x1C82, 1, 1, -6244),
    (0x1C83, 2, 1, -6242),
    (0x1C85, 1, 1, -6243),
    (0x1C86, 1, 1, -6236),
    (0x1C87, 1, 1, -6181),
    (0x1C88, 1, 1, 35266),
    (0x1D79, 1, 1, 35332),
    (0x1D7D, 1, 1, 3814),
    (0x1D8E, 1, 1, 35384),
    (0x1E01, 75, 2, -1),
    (0x1E9B, 1, 1, -59),
    (0x1EA1, 48, 2, -1),
    (0x1F00, 8, 1, 8),
    (0x1F10, 6, 1, 8),
    (0x1F20, 8, 1, 8),
    (0x1F30, 8, 1, 8),
    (0x1F40, 6, 1, 8),
    (0x1F51, 4, 2, 8),
    (0x1F60, 8, 1, 8),
    (0x1F70, 2, 1, 74),
    (0x1F72, 4, 1, 86),
    (0x1F76, 2, 1, 100),
    (0x1F78, 2, 1, 128),
    (0x1F7A, 2, 1, 112),
    (0x1F7C, 2, 1, 126),
    (0x1F80, 8, 1, 8),
    (0x1F90, 8, 1, 8),
    (0x1FA0, 8, 1, 8),
    (0x1FB0, 2, 1, 8),
    (0x1FB3, 1, 1, 9),
    (0x1FBE, 1, 1, -7205),
    (0x1FC3, 1, 1, 9),
    (0x1FD0, 2, 1, 8),
    (0x1FE0, 2, 1, 8),
    (0x1FE5, 1, 1, 7),
    (0x1FF3, 1, 1, 9),
    (0x214E, 1, 1, -28),
    (0x2170, 16, 1, -16),
    (0x2184, 1, 1, -1),
    (0x24D0, 26, 1, -26),
    (0x2C30, 48, 1, -48),
    (0x2C61, 1, 1, -1),
    (0x2C65, 1, 1, -10795),
    (0x2C66, 1, 1, -10792),
    (0x2C68, 3, 2, -1),
    (0x2C73, 1, 1, -1),
    (0x2C76, 1, 1, -1),
    (0x2C81, 50, 2, -1),
    (0x2CEC, 2, 2, -1),
    (0x2CF3, 1, 1, -1),
    (0x2D00, 38, 1, -7264),
    (0x2D27, 1, 1, -7264),
    (0x2D2D, 1, 1, -7264),
    (0xA641, 23, 2, -1),
    (0xA681, 14, 2, -1),
    (0xA723, 7, 2, -1),
    (0xA733, 31, 2, -1),
    (0xA77A, 2, 2, -1),
    (0xA77F, 5, 2, -1),
    (0xA78C, 1, 1, -1),
    (0xA791, 2, 2, -1),
    (0xA794, 1, 1, 48),
    (0xA797, 10, 2, -1),
    (0xA7B5, 8, 2, -1),
    (0xA7C8, 2, 2, -1),
    (0xA7D1, 1, 1, -1),
    (0xA7D7, 2, 2, -1),
    (0xA7F6, 1, 1, -1),
    (0xAB53, 1, 1, -928),
    (0xAB70, 80, 1, -38864),
    (0xFF41, 26, 1, -32),
    (0x10428, 40, 1, -40),
    (0x104D8, 36, 1, -40),
    (0x10597, 11, 1, -39),
    (0x105A3, 15, 1, -39),
    (0x105B3, 7, 1, -39),
    (0x105BB, 2, 1, -39),
    (0x10CC0, 51, 1, -64),
    (0x118C0, 32, 1, -32),
    (0x16E60, 32, 1, -32),
    (0x1E922, 34, 1, -34),
];
pub(super) static TITLE_MULTI: &[(u32, &str)] = &[
    (0xDF, "Ss"),
    (0x149, "\u{2bc}N"),
    (0x1F0, "J\u{30c}"),
    (0x390, "\u{399}\u{308}\u{301}"),
    (0x3B0, "\u{3a5}\u{308}\u{301}"),
    (0x587, "\u{535}\u{582}"),
    (0x1E96, "H\u{331}"),
    (0x1E97, "T\u{308}"),
    (0x1E98, "W\u{30a}"),
    (0x1E99, "Y\u{30a}"),
    (0x1E9A, "A\u{2be}"),
    (0x1F50, "\u{3a5}\u{313}"),
    (0x1F52, "\u{3a5}\u{313}\u{300}"),
    (0x1F54, "\u{3a5}\u{313}\u{301}"),
    (0x1F56, "\u{3a5}\u{313}\u{342}"),
    (0x1FB2, "\u{1fba}\u{345}"),
    (0x1FB4, "\u{386}\u{345}"),
    (0x1FB6, "\u{391}\u{342}"),
    (0x1FB7, "\u{391}\u{342}\u{345}"),
    (0x1FC2, "\u{1fca}\u{345}"),
    (0x1FC4, "\u{389}\u{345}"),
    (0x1FC6, "\u{397}\u{342}"),
    (0x1FC7, "\u{397}\u{342}\u{345}"),
    (0x1FD2, "\u{399}\u{308}\u{300}"),
    (0x1FD3, "\u{399}\u{308}\u{301}"),
    (0x1FD6, "\u{399}\u{342}"),
    (0x1FD7, "\u{399}\u{308}\u{342}"),
    (0x1FE2, "\u{3a5}\u{308}\u{300}"),
    (0x1FE3, "\u{3a5}\u{308}\u{301}"),
    (0x1FE4, "\u{3a1}\u{313}"),
    (0x1FE6, "\u{3a5}\u{342}"),
    (0x1FE7, "\u{3a5}\u{308}\u{342}"),
    (0x1FF2, "\u{1ffa}\u{345}"),
    (0x1FF4, "\u{38f}\u{345}"),
    (0x1FF6, "\u{3a9}\u{342}"),
    (0x1FF7, "\u{3a9}\u{342}\u{345}"),
    (0xFB00, "Ff"),
    (0xFB01, "Fi"),
    (0xFB02, "Fl"),
    (0xFB03, "Ffi"),
    (0xFB04, "Ffl"),
    (0xFB05, "St"),
    (0xFB06, "St"),
    (0xFB13, "\u{544}\u{576}"),
    (0xFB14, "\u{544}\u{565}"),
    (0xFB15, "\u{544}\u{56b}"),
    (0xFB16, "\u{54e}\u{576}"),
    (0xFB17, "\u{544}\u{56d}"),
];
pub(super) static FOLD_SINGLE: &[super::CaseRun] = &[
    (0x41, 26, 1, 32),
    (0xB5, 1, 1, 775),
    (0xC0, 23, 1, 32),
    (0xD8, 7, 1, 32),
    (0x100, 24, 2, 1),
    (0x132, 3, 2, 1),
    (0x139, 8, 2, 1),
    (0x14A, 23, 2, 1),
    (0x178, 1, 1, -121),
    (0x179, 3, 2, 1),
    (0x17F, 1, 1, -268),
    (0x181, 1, 1, 210),
    (0x182, 2, 2, 1),
    (0x186, 1, 1, 206),
    (0x187, 1, 1, 1),
    (0x189, 2, 1, 205),
    (0x18B, 1, 1, 1),
    (0x18E, 1, 1, 79),
    (0x18F, 1, 1, 202),
    (0x190, 1, 1, 203),
    (0x191, 1, 1, 1),
    (0x193, 1, 1, 205),
    (0x194, 1, 1, 207),
    (0x196, 1, 1, 211),
    (0x197, 1, 1, 209),
    (0x198, 1, 1, 1),
    (0x19C, 1, 1, 211),
    (0x19D, 1, 1, 213),
    (0x19F, 1, 1, 214),
    (0x1A0, 3, 2, 1),
    (0x1A6, 1, 1, 218),
    (0x1A7, 1, 1, 1),
    (0x1A9, 1, 1, 218),
    (0x1AC, 1, 1, 1),
    (0x1AE, 1, 1, 218),
    (0x1AF, 1, 1, 1),
    (0x1B1, 2, 1, 217),
    (0x1B3, 2, 2, 1),
    (0x1B7, 1, 1, 219),
    (0x1B8, 1, 1, 1),
    (0x1BC, 1, 1, 1),
    (0x1C4, 1, 1, 2),
    (0x1C5, 1, 1, 1),
    (0x1C7, 1, 1, 2),
    (0x1C8, 1, 1, 1),
    (0x1CA, 1, 1, 2),
    (0x1CB, 9, 2, 1),
    (0x1DE, 9, 2, 1),
    (0x1F1, 1, 1, 2),
    (0x1F2, 2, 2, 1),
    (0x1F6, 1, 1, -97),
    (0x1F7, 1, 1, -56),
    (0x1F8, 20, 2, 1),
    (0x220, 1, 1, -130),
    (0x222, 9, 2, 1),
    (0x23A, 1, 1, 10795),
    (0x23B, 1, 1, 1),
    (0x23D, 1, 1, -163),
    (0x23E, 1, 1, 10792),
    (0x241, 1, 1, 1),
    (0x243, 1, 1, -195),
    (0x244, 1, 1, 69),
    (0x245, 1, 1, 71),
    (0x246, 5, 2, 1),
    (0x345, 1, 1, 116),
    (0x370, 2, 2, 1),
    (0x376, 1, 1, 1),
    (0x37F, 1, 1, 116),
    (0x386, 1, 1, 38),
    (0x388, 3, 1, 37),
    (0x38C, 1, 1, 64),
    (0x38E, 2, 1, 63),
    (0x391, 17, 1, 32),
    (0x3A3, 9, 1, 32),
    (0x3C2, 1, 1, 1),
    (0x3CF, 1, 1, 8),
    (0x3D0, 1, 1, -30),
    (0x3D1, 1, 1, -25),
    (0x3D5, 1, 1, -15),
    (0x3D6, 1, 1, -22),
    (0x3D8, 12, 2, 1),
    (0x3F0, 1, 1, -54),
    (0x3F1, 1, 1, -48),
    (0x3F4, 1, 1, -60),
    (0x3F5, 1, 1, -64),
    (0x3F7, 1, 1, 1),
    (0x3F9, 1, 1, -7),
    (0x3FA, 1, 1, 1),
    (0x3FD, 3, 1, -130),
    (0x400, 16, 1, 80),
    (0x410, 32, 1, 32),
    (0x460, 17, 2, 1),
    (0x48A, 27, 2, 1),
    (0x4C0, 1, 1, 15),
    (0x4C1, 7, 2, 1),
    (0x4D0, 48, 2, 1),
    (0x531, 38, 1, 48),
    (0x10A0, 38, 1, 7264),
    (0x10C7, 1, 1, 7264),
    (0x10CD, 1, 1, 7264),
    (0x13F8, 6, 1, -8),
    (0x1C80, 1, 1, -6222),
    (0x1C81, 1, 1, -6221),
    (0x1C82, 1, 1, -6212),
    (0x1C83, 2, 1, -6210),
    (0x1C85, 1, 1, -6211),
    (0x1C86, 1, 1, -6204),
    (0x1C87, 1, 1, -6180),
    (0x1C88, 1, 1, 35267),
    (0x1C90, 43, 1, -3008),
    (0x1CBD, 3, 1, -3008),
    (0x1E00, 75, 2, 1),
    (0x1E9B, 1, 1, -58),
    (0x1EA0, 48, 2, 1),
    (0x1F08, 8, 1, -8),
    (0x1F18, 6, 1, -8),
    (0x1F28, 8, 1, -8),
    (0x1F38, 8, 1, -8),
    (0x1F48, 6, 1, -8),
    (0x1F59, 4, 2, -8),
    (0x1F68, 8, 1, -8),
    (0x1FB8, 2, 1, -8),
    (0x1FBA, 2, 1, -74),
    (0x1FBE, 1, 1, -7173),
    (0x1FC8, 4, 1, -86),
    (0x1FD8, 2, 1, -8),
    (0x1FDA, 2, 1, -100),
    (0x1FE8, 2, 1, -8),
    (0x1FEA, 2, 1, -112),
    (0x1FEC, 1, 1, -7),
    (0x1FF8, 2, 1, -128),
    (0x1FFA, 2, 1, -126),
    (0x2126, 1, 1, -7517),
    (0x212A, 1, 1, -8383),
    (0x212B, 1, 1, -8262),
    (0x2132, 1, 1, 28),
    (0x2160, 16, 1, 16),
    (0x2183, 1, 1, 1),
    (0x24B6, 26, 1, 26),
    (0x2C00, 48, 1, 48),
    (0x2C60, 1, 1, 1),
    (0x2C62, 1, 1, -10743),
    (0x2C63, 1, 1, -3814),
    (0x2C64, 1, 1, -10727),
    (0x2C67, 3, 2, 1),
    (0x2C6D, 1, 1, -10780),
    (0x2C6E, 1, 1, -10749),
    (0x2C6F, 1, 1, -10783),
    (0x2C70, 1, 1, -10782),
    (0x2C72, 1, 1, 1),
    (0x2C75, 1, 1, 1),
    (0x2C7E, 2, 1, -10815),
    (0x2C80, 50, 2, 1),
    (0x2CEB, 2, 2, 1),
    (0x2CF2, 1, 1, 1),
    (0xA640, 23, 2, 1),
    (0xA680, 14, 2, 1),
    (0xA722, 7, 2, 1),
    (0xA732, 31, 2, 1),
    (0xA779, 2, 2, 1),
    (0xA77D, 1, 1, -35332),
    (0xA77E, 5, 2, 1),
    (0xA78B, 1, 1, 1),
    (0xA78D, 1, 1, -42280),
    (0xA790, 2, 2, 1),
    (0xA796, 10, 2, 1),
    (0xA7AA, 1, 1, -42308),
    (0xA7AB, 1, 1, -42319),
    (0xA7AC, 1, 1, -42315),
    (0xA7AD, 1, 1, -42305),
    (0xA7AE, 1, 1, -42308),
    (0xA7B0, 1, 1, -42258),
    (0xA7B1, 1, 1, -42282),
    (0xA7B2, 1, 1, -42261),
    (0xA7B3, 1, 1, 928),
    (0xA7B4, 8, 2, 1),
    (0xA7C4, 1, 1, -48),
    (0xA7C5, 1, 1, -42307),
    (0xA7C6, 1, 1, -35384),
    (0xA7C7, 2, 2, 1),
    (0xA7D0, 1, 1, 1),
    (0xA7D6, 2, 2, 1),
    (0xA7F5, 1, 1, 1),
    (0xAB70, 80, 1, -38864),
    (0xFF21, 26, 1, 32),
    (0x10400, 40, 1, 40),
    (0x104B0, 36, 1, 40),
    (0x10570, 11, 1, 39),
    (0x1057C, 15, 1, 39),
    (0x1058C, 7, 1, 39),
    (0x10594, 2, 1, 39),
    (0x10C80, 51, 1, 64),
    (0x118A0, 32, 1, 32),
    (0x16E40, 32, 1, 32),
    (0x1E900, 34, 1, 34),
];
pub(super) static FOLD_MULTI: &[(u32, &str)] = &[
    (0xDF, "ss"),
    (0x130, "i\u{307}"),
    (0x149, "\u{2bc}n"),
    (0x1F0, "j\u{30c}"),
    (0x390, "\u{3b9}\u{308}\u{301}"),
    (0x3B0, "\u{3c5}\u{308}\u{301}"),
    (0x587, "\u{565}\u{582}"),
    (0x1E96, "h\u{331}"),
    (0x1E97, "t\u{308}"),
    (0x1E98, "w\u{30a}"),
    (0x1E99, "y\u{30a}"),
    (0x1E9A, "a\u{2be}"),
    (0x1E9E, "ss"),
    (0x1F50, "\u{3c5}\u{313}"),
    (0x1F52, "\u{3c5}\u{313}\u{300}"),
    (0x1F54, "\u{3c5}\u{313}\u{301}"),
    (0x1F56, "\u{3c5}\u{313}\u{342}"),
    (0x1F80, "\u{1f00}\u{3b9}"),
    (0x1F81, "\u{1f01}\u{3b9}"),
    (0x1F82, "\u{1f02}\u{3b9}"),
    (0x1F83, "\u{1f03}\u{3b9}"),
    (0x1F84, "\u{1f04}\u{3b9}"),
    (0x1F85, "\u{1f05}\u{3b9}"),
    (0x1F86, "\u{1f06}\u{3b9}"),
    (0x1F87, "\u{1f07}\u{3b9}"),
    (0x1F88, "\u{1f00}\u{3b9}"),
    (0x1F89, "\u{1f01}\u{3b9}"),
    (0x1F8A, "\u{1f02}\u{3b9}"),
    (0x1F8B, "\u{1f03}\u{3b9}"),
    (0x1F8C, "\u{1f04}\u{3b9}"),
    (0x1F8D, "\u{1f05}\u{3b9}"),
    (0x1F8E, "\u{1f06}\u{3b9}"),
    (0x1F8F, "\u{1f07}\u{3b9}"),
    (0x1F90, "\u{1f20}\u{3b9}"),
    (0x1F91, "\u{1f21}\u{3b9}"),
    (0x1F92, "\u{1f22}\u{3b9}"),
    (0x1F93, "\u{1f23}\u{3b9}"),
    (0x1F94, "\u{1f24}\u{3b9}"),
    (0x1F95, "\u{1f25}\u{3b9}"),
    (0x1F96, "\u{1f26}\u{3b9}"),
    (0x1F97, "\u{1f27}\u{3b9}"),
    (0x1F98, "\u{1f20}\u{3b9}"),
    (0x1F99, "\u{1f21}\u{3b9}"),
    (0x1F9A, "\u{1f22}\u{3b9}"),
    (0x1F9B, "\u{1f23}\u{3b9}"),
    (0x1F9C, "\u{1f24}\u{3b9}"),
    (0x1F9D, "\u{1f25}\u{3b9}"),
    (0x1F9E, "\u{1f26}\u{3b9}"),
    (0x1F9F, "\u{1f27}\u{3b9}"),
    (0x1FA0, "\u{1f60}\u{3b9}"),
    (0x1FA1, "\u{1f61}\u{3b9}"),
    (0x1FA2, "\u{1f62}\u{3b9}"),
    (0x1FA3, "\u{1f63}\u{3b9}"),
    (0x1FA4, "\u{1f64}\u{3b9}"),
    (0x1FA5, "\u{1f65}\u{3b9}"),
    (0x1FA6, "\u{1f66}\u{3b9}"),
    (0x1FA7, "\u{1f67}\u{3b9}"),
    (0x1FA8, "\u{1f60}\u{3b9}"),
    (0x1FA9, "\u{1f61}\u{3b9}"),
    (0x1FAA, "\u{1f62}\u{3b9}"),
    (0x1FAB, "\u{1f63}\u{3b9}"),
    (0x1FAC, "\u{1f64}\u{3b9}"),
    (0x1FAD, "\u{1f65}\u{3b9}"),
    (0x1FAE, "\u{1f66}\u{3b9}"),
    (0x1FAF, "\u{1f67}\u{3b9}"),
    (0x1FB2, "\u{1f70}\u{3b9}"),
    (0x1FB3, "\u{3b1}\u{3b9}"),
    (0x1FB4, "\u{3ac}\u{3b9}"),
    (0x1FB6, "\u{3b1}\u{342}"),
    (0x1FB7, "\u{3b1}\u{342}\u{3b9}"),
    (0x1FBC, "\u{3b1}\u{3b9}"),
    (0x1FC2, "\u{1f74}\u{3b9}"),
    (0x1FC3, "\u{3b7}\u{3b9}"),
    (0x1FC4, "\u{3ae}\u{3b9}"),
    (0x1FC6, "\u{3b7}\u{342}"),
    (0x1FC7, "\u{3b7}\u{342}\u{3b9}"),
    (0x1FCC, "\u{3b7}\u{3b9}"),
    (0x1FD2, "\u{3b9}\u{308}\u{300}"),
    (0x1FD3, "\u{3b9}\u{308}\u{301}"),
    (0x1FD6, "\u{3b9}\u{342}"),
    (0x1FD7, "\u{3b9}\u{308}\u{342}"),
    (0x1FE2, "\u{3c5}\u{308}\u{300}"),
    (0x1FE3, "\u{3c5}\u{308}\u{301}"),
    (0x1FE4, "\u{3c1}\u{313}"),
    (0x1FE6, "\u{3c5}\u{342}"),
    (0x1FE7, "\u{3c5}\u{308}\u{342}"),
    (0x1FF2, "\u{1f7c}\u{3b9}"),
    (0x1FF3, "\u{3c9}\u{3b9}"),
    (0x1FF4, "\u{3ce}\u{3b9}"),
    (0x1FF6, "\u{3c9}\u{342}"),
    (0x1FF7, "\u{3c9}\u{342}\u{3b9}"),
    (0x1FFC, "\u{3c9}\u{3b9}"),
    (0xFB00, "ff"),
    (0xFB01, "fi"),
    (0xFB02, "fl"),
    (0xFB03, "ffi"),
    (0xFB04, "ffl"),
    (0xFB05, "st"),
    (0xFB06, "st"),
    (0xFB13, "\u{574}\u{576}"),
    (0xFB14, "\u{574}\u{565}"),
    (0xFB15, "\u{574}\u{56b}"),
    (0xFB16, "\u{57e}\u{576}"),
    (0xFB17, "\u{574}\u{56d}"),
];
// END GENERATED TABLES
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_helpers() {
        let s = "aé€😀b";
        assert_eq!(char_len(s), 5);
        assert_eq!(byte_offset(s, 0), 0);
        assert_eq!(byte_offset(s, 2), 3);
        assert_eq!(byte_offset(s, 4), 10);
        assert_eq!(byte_offset(s, 99), s.len());
        assert_eq!(slice_chars(s, 1, 3), "é€");
        assert_eq!(slice_chars(s, 3, 99), "😀b");
        assert_eq!(slice_chars(s, 3, 2), "");
        assert_eq!(byte_offset("abc", 2), 2);
    }

    /// Exhaustive per-code-point dump compared against python3 by
    /// `python3 gen.py --verify`.
    #[test]
    #[ignore]
    fn dump_all_chars() {
        use std::fmt::Write as _;
        let Ok(path) = std::env::var("STRFUNCS_DUMP") else {
            return;
        };
        let hx = |s: &str| {
            s.chars()
                .map(|c| format!("{:x}", c as u32))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let preds: [fn(&str) -> bool; 11] = [
            isspace,
            isalpha,
            isalnum,
            isdecimal,
            isdigit,
            isnumeric,
            islower,
            isupper,
            istitle,
            isprintable,
            isidentifier,
        ];
        let mut out = String::new();
        for c in (0..0x110000u32).filter_map(char::from_u32) {
            let s = c.to_string();
            let flags: String = preds
                .iter()
                .map(|p| if p(&s) { '1' } else { '0' })
                .collect();
            let _ = write!(out, "{:x}\t{flags}", c as u32);
            for m in [
                upper(&s),
                lower(&s),
                title(&s),
                casefold(&s),
                swapcase(&s),
                capitalize(&s),
                repr_str(&s),
                ascii_repr(&s),
            ] {
                let _ = write!(out, "\t{}", hx(&m));
            }
            let cont = isidentifier(&format!("a{c}"));
            let _ = write!(out, "\t{}", if cont { '1' } else { '0' });
            for m in [
                lower(&format!("A{c}\u{3a3}")),
                lower(&format!("A\u{3a3}{c}")),
                lower(&format!(" {c}\u{3a3}")),
                title(&format!("A{c}\u{3a3}")),
            ] {
                let _ = write!(out, "\t{}", hx(&m));
            }
            out.push('\n');
        }
        std::fs::write(path, out).unwrap();
    }

    // BEGIN GENERATED TESTS
    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_repr() {
        let cases: &[(&str, &str, &str, usize)] = &[
            ("", "''", "''", 0),
            (" ", "' '", "' '", 1),
            ("abc", "'abc'", "'abc'", 3),
            ("  a  b  ", "'  a  b  '", "'  a  b  '", 8),
            ("a,b,,c", "'a,b,,c'", "'a,b,,c'", 6),
            ("'\"", "'\\'\"'", "'\\'\"'", 2),
            ("it's", "\"it's\"", "\"it's\"", 4),
            ("say \"hi\"", "'say \"hi\"'", "'say \"hi\"'", 8),
            ("both ' and \"", "'both \\' and \"'", "'both \\' and \"'", 12),
            ("\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", "'\\x7f\\x00\\x1f\\x80\\x9f\\xa0\\xad'", "'\\x7f\\x00\\x1f\\x80\\x9f\\xa0\\xad'", 7),
            ("\u{200b}", "'\\u200b'", "'\\u200b'", 1),
            ("\u{1f600}", "'\u{1f600}'", "'\\U0001f600'", 1),
            ("\u{a0}\u{2028}\u{85}\u{3000} x", "'\\xa0\\u2028\\x85\\u3000 x'", "'\\xa0\\u2028\\x85\\u3000 x'", 6),
            ("tab\there\n", "'tab\\there\\n'", "'tab\\there\\n'", 9),
            ("\\back", "'\\\\back'", "'\\\\back'", 5),
            ("\u{df}", "'\u{df}'", "'\\xdf'", 1),
            ("\u{1c5}\u{1c6}\u{1c4}", "'\u{1c5}\u{1c6}\u{1c4}'", "'\\u01c5\\u01c6\\u01c4'", 3),
            ("hello world", "'hello world'", "'hello world'", 11),
            ("they're bill's", "\"they're bill's\"", "\"they're bill's\"", 14),
            ("\u{3a3}\u{391}\u{3a3}", "'\u{3a3}\u{391}\u{3a3}'", "'\\u03a3\\u0391\\u03a3'", 3),
            ("\u{1f48}\u{394}\u{3a5}\u{3a3}\u{3a3}\u{395}\u{38e}\u{3a3}", "'\u{1f48}\u{394}\u{3a5}\u{3a3}\u{3a3}\u{395}\u{38e}\u{3a3}'", "'\\u1f48\\u0394\\u03a5\\u03a3\\u03a3\\u0395\\u038e\\u03a3'", 8),
            ("\u{3a3}", "'\u{3a3}'", "'\\u03a3'", 1),
            ("a\u{3a3} b", "'a\u{3a3} b'", "'a\\u03a3 b'", 4),
            ("A\u{3a3}'", "\"A\u{3a3}'\"", "\"A\\u03a3'\"", 3),
            ("A\u{345}\u{3a3}", "'A\u{345}\u{3a3}'", "'A\\u0345\\u03a3'", 3),
            ("\u{3a3}a", "'\u{3a3}a'", "'\\u03a3a'", 2),
            ("A.\u{3a3}.b", "'A.\u{3a3}.b'", "'A.\\u03a3.b'", 5),
            ("\u{661}\u{662}\u{663}", "'\u{661}\u{662}\u{663}'", "'\\u0661\\u0662\\u0663'", 3),
            ("\u{bd}", "'\u{bd}'", "'\\xbd'", 1),
            ("\u{b2}", "'\u{b2}'", "'\\xb2'", 1),
            ("\u{130}stanbul", "'\u{130}stanbul'", "'\\u0130stanbul'", 8),
            ("\u{fb01} \u{fb02}", "'\u{fb01} \u{fb02}'", "'\\ufb01 \\ufb02'", 3),
            ("\u{149}", "'\u{149}'", "'\\u0149'", 1),
            ("\u{1f0}", "'\u{1f0}'", "'\\u01f0'", 1),
            ("\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", "'\\r\\n\\r\\n\\n\\r\\x0b\\x0c\\x1c\\x1d\\x1e\\x1f\\x85\\u2028\\u2029end'", "'\\r\\n\\r\\n\\n\\r\\x0b\\x0c\\x1c\\x1d\\x1e\\x1f\\x85\\u2028\\u2029end'", 18),
            ("a\r", "'a\\r'", "'a\\r'", 2),
            ("\n", "'\\n'", "'\\n'", 1),
            ("\u{e9}\u{20ac}\u{1f600}", "'\u{e9}\u{20ac}\u{1f600}'", "'\\xe9\\u20ac\\U0001f600'", 3),
            ("-42", "'-42'", "'-42'", 3),
            ("+", "'+'", "'+'", 1),
            ("a\tbc\td", "'a\\tbc\\td'", "'a\\tbc\\td'", 6),
            ("12\t\n\tx\r\ty", "'12\\t\\n\\tx\\r\\ty'", "'12\\t\\n\\tx\\r\\ty'", 9),
            ("aaa", "'aaa'", "'aaa'", 3),
            ("Hello World", "'Hello World'", "'Hello World'", 11),
            ("hELLO wORLD", "'hELLO wORLD'", "'hELLO wORLD'", 11),
            ("ABC", "'ABC'", "'ABC'", 3),
            ("_id", "'_id'", "'_id'", 3),
            ("1abc", "'1abc'", "'1abc'", 4),
            ("\u{e9}_x", "'\u{e9}_x'", "'\\xe9_x'", 3),
            ("\u{660}", "'\u{660}'", "'\\u0660'", 1),
            ("\u{2177}", "'\u{2177}'", "'\\u2177'", 1),
            ("x\u{301}y", "'x\u{301}y'", "'x\\u0301y'", 3),
            ("\u{feff}bom", "'\\ufeffbom'", "'\\ufeffbom'", 4),
            ("\u{e000}", "'\\ue000'", "'\\ue000'", 1),
            ("\u{e0001}", "'\\U000e0001'", "'\\U000e0001'", 1),
            ("\u{378}", "'\\u0378'", "'\\u0378'", 1),
            ("\u{1e9e}", "'\u{1e9e}'", "'\\u1e9e'", 1),
            ("\u{a7c0}\u{a7c1}", "'\u{a7c0}\u{a7c1}'", "'\\ua7c0\\ua7c1'", 2),
            ("\u{a7cb}\u{a7cd}", "'\\ua7cb\\ua7cd'", "'\\ua7cb\\ua7cd'", 2),
            ("\u{13a0}\u{ab70}", "'\u{13a0}\u{ab70}'", "'\\u13a0\\uab70'", 2),
            ("\u{10d0}", "'\u{10d0}'", "'\\u10d0'", 1),
            ("\u{1c90}", "'\u{1c90}'", "'\\u1c90'", 1),
            ("\u{1f2}", "'\u{1f2}'", "'\\u01f2'", 1),
            ("\u{1f1}", "'\u{1f1}'", "'\\u01f1'", 1),
            ("\u{1f3}", "'\u{1f3}'", "'\\u01f3'", 1),
            ("\u{b5}", "'\u{b5}'", "'\\xb5'", 1),
            ("\u{130}", "'\u{130}'", "'\\u0130'", 1),
            ("\u{fb03}", "'\u{fb03}'", "'\\ufb03'", 1),
            ("\u{10400}\u{10428}", "'\u{10400}\u{10428}'", "'\\U00010400\\U00010428'", 2),
            ("\u{1f80}\u{1fb3}\u{1fbc}", "'\u{1f80}\u{1fb3}\u{1fbc}'", "'\\u1f80\\u1fb3\\u1fbc'", 3),
            ("a b\u{2000}c\u{3000}", "'a b\\u2000c\\u3000'", "'a b\\u2000c\\u3000'", 6),
            ("xxx", "'xxx'", "'xxx'", 3),
            ("\u{2160}", "'\u{2160}'", "'\\u2160'", 1),
            ("a1", "'a1'", "'a1'", 2),
            ("\u{661}a", "'\u{661}a'", "'\\u0661a'", 2),
            ("\u{1d7ce}", "'\u{1d7ce}'", "'\\U0001d7ce'", 1),
            ("a_\u{b7}", "'a_\u{b7}'", "'a_\\xb7'", 3),
            ("\u{b7}a", "'\u{b7}a'", "'\\xb7a'", 2),
            ("\u{2118}x", "'\u{2118}x'", "'\\u2118x'", 2),
            ("\u{2168}", "'\u{2168}'", "'\\u2168'", 1),
            ("\u{1c5}a", "'\u{1c5}a'", "'\\u01c5a'", 2),
            ("\u{1c5}A", "'\u{1c5}A'", "'\\u01c5A'", 2),
            ("a\u{1c5}", "'a\u{1c5}'", "'a\\u01c5'", 2),
            ("Ab Cd", "'Ab Cd'", "'Ab Cd'", 5),
            ("A B", "'A B'", "'A B'", 3),
            ("1A", "'1A'", "'1A'", 2),
            ("a\u{2b0}", "'a\u{2b0}'", "'a\\u02b0'", 2),
            ("\u{149}", "'\u{149}'", "'\\u0149'", 1),
        ];
        for &(s, want, want_ascii, n) in cases {
            assert_eq!((repr_str(s), ascii_repr(s), char_len(s)), (want.to_string(), want_ascii.to_string(), n), "{:?}", (s, want, want_ascii, n));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_split_ws() {
        let cases: &[(&str, i64, &[&str], &[&str])] = &[
            (" ", -1, &[], &[]),
            (" ", 0, &[], &[]),
            (" ", 1, &[], &[]),
            (" ", 2, &[], &[]),
            ("  a  b  ", -1, &["a", "b"], &["a", "b"]),
            ("  a  b  ", 0, &["a  b  "], &["  a  b"]),
            ("  a  b  ", 1, &["a", "b  "], &["  a", "b"]),
            ("  a  b  ", 2, &["a", "b"], &["a", "b"]),
            ("say \"hi\"", -1, &["say", "\"hi\""], &["say", "\"hi\""]),
            ("say \"hi\"", 0, &["say \"hi\""], &["say \"hi\""]),
            ("say \"hi\"", 1, &["say", "\"hi\""], &["say", "\"hi\""]),
            ("say \"hi\"", 2, &["say", "\"hi\""], &["say", "\"hi\""]),
            ("both ' and \"", -1, &["both", "'", "and", "\""], &["both", "'", "and", "\""]),
            ("both ' and \"", 0, &["both ' and \""], &["both ' and \""]),
            ("both ' and \"", 1, &["both", "' and \""], &["both ' and", "\""]),
            ("both ' and \"", 2, &["both", "'", "and \""], &["both '", "and", "\""]),
            ("\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", -1, &["\x7f\x00", "\u{80}\u{9f}", "\u{ad}"], &["\x7f\x00", "\u{80}\u{9f}", "\u{ad}"]),
            ("\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", 0, &["\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}"], &["\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}"]),
            ("\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", 1, &["\x7f\x00", "\u{80}\u{9f}\u{a0}\u{ad}"], &["\x7f\x00\x1f\u{80}\u{9f}", "\u{ad}"]),
            ("\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", 2, &["\x7f\x00", "\u{80}\u{9f}", "\u{ad}"], &["\x7f\x00", "\u{80}\u{9f}", "\u{ad}"]),
            ("\u{a0}\u{2028}\u{85}\u{3000} x", -1, &["x"], &["x"]),
            ("\u{a0}\u{2028}\u{85}\u{3000} x", 0, &["x"], &["\u{a0}\u{2028}\u{85}\u{3000} x"]),
            ("\u{a0}\u{2028}\u{85}\u{3000} x", 1, &["x"], &["x"]),
            ("\u{a0}\u{2028}\u{85}\u{3000} x", 2, &["x"], &["x"]),
            ("tab\there\n", -1, &["tab", "here"], &["tab", "here"]),
            ("tab\there\n", 0, &["tab\there\n"], &["tab\there"]),
            ("tab\there\n", 1, &["tab", "here\n"], &["tab", "here"]),
            ("tab\there\n", 2, &["tab", "here"], &["tab", "here"]),
            ("hello world", -1, &["hello", "world"], &["hello", "world"]),
            ("hello world", 0, &["hello world"], &["hello world"]),
            ("hello world", 1, &["hello", "world"], &["hello", "world"]),
            ("hello world", 2, &["hello", "world"], &["hello", "world"]),
            ("they're bill's", -1, &["they're", "bill's"], &["they're", "bill's"]),
            ("they're bill's", 0, &["they're bill's"], &["they're bill's"]),
            ("they're bill's", 1, &["they're", "bill's"], &["they're", "bill's"]),
            ("they're bill's", 2, &["they're", "bill's"], &["they're", "bill's"]),
            ("a\u{3a3} b", -1, &["a\u{3a3}", "b"], &["a\u{3a3}", "b"]),
            ("a\u{3a3} b", 0, &["a\u{3a3} b"], &["a\u{3a3} b"]),
            ("a\u{3a3} b", 1, &["a\u{3a3}", "b"], &["a\u{3a3}", "b"]),
            ("a\u{3a3} b", 2, &["a\u{3a3}", "b"], &["a\u{3a3}", "b"]),
            ("\u{fb01} \u{fb02}", -1, &["\u{fb01}", "\u{fb02}"], &["\u{fb01}", "\u{fb02}"]),
            ("\u{fb01} \u{fb02}", 0, &["\u{fb01} \u{fb02}"], &["\u{fb01} \u{fb02}"]),
            ("\u{fb01} \u{fb02}", 1, &["\u{fb01}", "\u{fb02}"], &["\u{fb01}", "\u{fb02}"]),
            ("\u{fb01} \u{fb02}", 2, &["\u{fb01}", "\u{fb02}"], &["\u{fb01}", "\u{fb02}"]),
            ("\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", -1, &["end"], &["end"]),
            ("\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", 0, &["end"], &["\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end"]),
            ("\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", 1, &["end"], &["end"]),
            ("\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", 2, &["end"], &["end"]),
            ("a\r", -1, &["a"], &["a"]),
            ("a\r", 0, &["a\r"], &["a"]),
            ("a\r", 1, &["a"], &["a"]),
            ("a\r", 2, &["a"], &["a"]),
            ("\n", -1, &[], &[]),
            ("\n", 0, &[], &[]),
            ("\n", 1, &[], &[]),
            ("\n", 2, &[], &[]),
            ("a\tbc\td", -1, &["a", "bc", "d"], &["a", "bc", "d"]),
            ("a\tbc\td", 0, &["a\tbc\td"], &["a\tbc\td"]),
            ("a\tbc\td", 1, &["a", "bc\td"], &["a\tbc", "d"]),
            ("a\tbc\td", 2, &["a", "bc", "d"], &["a", "bc", "d"]),
            ("12\t\n\tx\r\ty", -1, &["12", "x", "y"], &["12", "x", "y"]),
            ("12\t\n\tx\r\ty", 0, &["12\t\n\tx\r\ty"], &["12\t\n\tx\r\ty"]),
            ("12\t\n\tx\r\ty", 1, &["12", "x\r\ty"], &["12\t\n\tx", "y"]),
            ("12\t\n\tx\r\ty", 2, &["12", "x", "y"], &["12", "x", "y"]),
            ("Hello World", -1, &["Hello", "World"], &["Hello", "World"]),
            ("Hello World", 0, &["Hello World"], &["Hello World"]),
            ("Hello World", 1, &["Hello", "World"], &["Hello", "World"]),
            ("Hello World", 2, &["Hello", "World"], &["Hello", "World"]),
            ("hELLO wORLD", -1, &["hELLO", "wORLD"], &["hELLO", "wORLD"]),
            ("hELLO wORLD", 0, &["hELLO wORLD"], &["hELLO wORLD"]),
            ("hELLO wORLD", 1, &["hELLO", "wORLD"], &["hELLO", "wORLD"]),
            ("hELLO wORLD", 2, &["hELLO", "wORLD"], &["hELLO", "wORLD"]),
            ("a b\u{2000}c\u{3000}", -1, &["a", "b", "c"], &["a", "b", "c"]),
            ("a b\u{2000}c\u{3000}", 0, &["a b\u{2000}c\u{3000}"], &["a b\u{2000}c"]),
            ("a b\u{2000}c\u{3000}", 1, &["a", "b\u{2000}c\u{3000}"], &["a b", "c"]),
            ("a b\u{2000}c\u{3000}", 2, &["a", "b", "c\u{3000}"], &["a", "b", "c"]),
            ("Ab Cd", -1, &["Ab", "Cd"], &["Ab", "Cd"]),
            ("Ab Cd", 0, &["Ab Cd"], &["Ab Cd"]),
            ("Ab Cd", 1, &["Ab", "Cd"], &["Ab", "Cd"]),
            ("Ab Cd", 2, &["Ab", "Cd"], &["Ab", "Cd"]),
            ("A B", -1, &["A", "B"], &["A", "B"]),
            ("A B", 0, &["A B"], &["A B"]),
            ("A B", 1, &["A", "B"], &["A", "B"]),
            ("A B", 2, &["A", "B"], &["A", "B"]),
            ("", -1, &[], &[]),
            ("", 0, &[], &[]),
            ("", 1, &[], &[]),
            ("", 2, &[], &[]),
            ("abc", -1, &["abc"], &["abc"]),
            ("abc", 0, &["abc"], &["abc"]),
            ("abc", 1, &["abc"], &["abc"]),
            ("abc", 2, &["abc"], &["abc"]),
            ("x", -1, &["x"], &["x"]),
            ("x", 0, &["x"], &["x"]),
            ("x", 1, &["x"], &["x"]),
            ("x", 2, &["x"], &["x"]),
        ];
        for &(s, m, want, want_r) in cases {
            assert_eq!((split_whitespace(s, m), rsplit_whitespace(s, m)), (want.to_vec(), want_r.to_vec()), "{:?}", (s, m, want, want_r));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_split_sep() {
        let cases: &[(&str, &str, i64, &[&str], &[&str])] = &[
            ("a,b,,c", ",", -1, &["a", "b", "", "c"], &["a", "b", "", "c"]),
            ("a,b,,c", ",", 0, &["a,b,,c"], &["a,b,,c"]),
            ("a,b,,c", ",", 1, &["a", "b,,c"], &["a,b,", "c"]),
            ("a,b,,c", ",", 2, &["a", "b", ",c"], &["a,b", "", "c"]),
            ("a,b,,c", ",", 100, &["a", "b", "", "c"], &["a", "b", "", "c"]),
            ("a,b,,c", ",,", -1, &["a,b", "c"], &["a,b", "c"]),
            ("a,b,,c", ",,", 0, &["a,b,,c"], &["a,b,,c"]),
            ("a,b,,c", ",,", 1, &["a,b", "c"], &["a,b", "c"]),
            ("a,b,,c", ",,", 2, &["a,b", "c"], &["a,b", "c"]),
            ("a,b,,c", ",,", 100, &["a,b", "c"], &["a,b", "c"]),
            ("aaa", "aa", -1, &["", "a"], &["a", ""]),
            ("aaa", "aa", 0, &["aaa"], &["aaa"]),
            ("aaa", "aa", 1, &["", "a"], &["a", ""]),
            ("aaa", "aa", 2, &["", "a"], &["a", ""]),
            ("aaa", "aa", 100, &["", "a"], &["a", ""]),
            ("aaaa", "aa", -1, &["", "", ""], &["", "", ""]),
            ("aaaa", "aa", 0, &["aaaa"], &["aaaa"]),
            ("aaaa", "aa", 1, &["", "aa"], &["aa", ""]),
            ("aaaa", "aa", 2, &["", "", ""], &["", "", ""]),
            ("aaaa", "aa", 100, &["", "", ""], &["", "", ""]),
            ("", ",", -1, &[""], &[""]),
            ("", ",", 0, &[""], &[""]),
            ("", ",", 1, &[""], &[""]),
            ("", ",", 2, &[""], &[""]),
            ("", ",", 100, &[""], &[""]),
            ("abc", "abc", -1, &["", ""], &["", ""]),
            ("abc", "abc", 0, &["abc"], &["abc"]),
            ("abc", "abc", 1, &["", ""], &["", ""]),
            ("abc", "abc", 2, &["", ""], &["", ""]),
            ("abc", "abc", 100, &["", ""], &["", ""]),
            (",a,", ",", -1, &["", "a", ""], &["", "a", ""]),
            (",a,", ",", 0, &[",a,"], &[",a,"]),
            (",a,", ",", 1, &["", "a,"], &[",a", ""]),
            (",a,", ",", 2, &["", "a", ""], &["", "a", ""]),
            (",a,", ",", 100, &["", "a", ""], &["", "a", ""]),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}\u{e9}", "\u{20ac}", -1, &["\u{e9}", "\u{e9}", "\u{e9}"], &["\u{e9}", "\u{e9}", "\u{e9}"]),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}\u{e9}", "\u{20ac}", 0, &["\u{e9}\u{20ac}\u{e9}\u{20ac}\u{e9}"], &["\u{e9}\u{20ac}\u{e9}\u{20ac}\u{e9}"]),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}\u{e9}", "\u{20ac}", 1, &["\u{e9}", "\u{e9}\u{20ac}\u{e9}"], &["\u{e9}\u{20ac}\u{e9}", "\u{e9}"]),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}\u{e9}", "\u{20ac}", 2, &["\u{e9}", "\u{e9}", "\u{e9}"], &["\u{e9}", "\u{e9}", "\u{e9}"]),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}\u{e9}", "\u{20ac}", 100, &["\u{e9}", "\u{e9}", "\u{e9}"], &["\u{e9}", "\u{e9}", "\u{e9}"]),
            ("x\u{1f600}y\u{1f600}", "\u{1f600}", -1, &["x", "y", ""], &["x", "y", ""]),
            ("x\u{1f600}y\u{1f600}", "\u{1f600}", 0, &["x\u{1f600}y\u{1f600}"], &["x\u{1f600}y\u{1f600}"]),
            ("x\u{1f600}y\u{1f600}", "\u{1f600}", 1, &["x", "y\u{1f600}"], &["x\u{1f600}y", ""]),
            ("x\u{1f600}y\u{1f600}", "\u{1f600}", 2, &["x", "y", ""], &["x", "y", ""]),
            ("x\u{1f600}y\u{1f600}", "\u{1f600}", 100, &["x", "y", ""], &["x", "y", ""]),
            ("abc", "z", -1, &["abc"], &["abc"]),
            ("abc", "z", 0, &["abc"], &["abc"]),
            ("abc", "z", 1, &["abc"], &["abc"]),
            ("abc", "z", 2, &["abc"], &["abc"]),
            ("abc", "z", 100, &["abc"], &["abc"]),
            ("a  b  c", " ", -1, &["a", "", "b", "", "c"], &["a", "", "b", "", "c"]),
            ("a  b  c", " ", 0, &["a  b  c"], &["a  b  c"]),
            ("a  b  c", " ", 1, &["a", " b  c"], &["a  b ", "c"]),
            ("a  b  c", " ", 2, &["a", "", "b  c"], &["a  b", "", "c"]),
            ("a  b  c", " ", 100, &["a", "", "b", "", "c"], &["a", "", "b", "", "c"]),
            ("1<>2<>3", "<>", -1, &["1", "2", "3"], &["1", "2", "3"]),
            ("1<>2<>3", "<>", 0, &["1<>2<>3"], &["1<>2<>3"]),
            ("1<>2<>3", "<>", 1, &["1", "2<>3"], &["1<>2", "3"]),
            ("1<>2<>3", "<>", 2, &["1", "2", "3"], &["1", "2", "3"]),
            ("1<>2<>3", "<>", 100, &["1", "2", "3"], &["1", "2", "3"]),
        ];
        for &(s, sep, m, want, want_r) in cases {
            assert_eq!((split_sep(s, sep, m), rsplit_sep(s, sep, m)), (want.to_vec(), want_r.to_vec()), "{:?}", (s, sep, m, want, want_r));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_splitlines() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            ("", &[], &[]),
            ("\u{a0}\u{2028}\u{85}\u{3000} x", &["\u{a0}", "", "\u{3000} x"], &["\u{a0}\u{2028}", "\u{85}", "\u{3000} x"]),
            ("tab\there\n", &["tab\there"], &["tab\there\n"]),
            ("\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", &["", "", "", "", "", "", "", "", "", "\x1f", "", "", "end"], &["\r\n", "\r\n", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f\u{85}", "\u{2028}", "\u{2029}", "end"]),
            ("a\r", &["a"], &["a\r"]),
            ("\n", &[""], &["\n"]),
            ("12\t\n\tx\r\ty", &["12\t", "\tx", "\ty"], &["12\t\n", "\tx\r", "\ty"]),
            ("a\r\nb\rc\n", &["a", "b", "c"], &["a\r\n", "b\r", "c\n"]),
            ("\r\r\n\n", &["", "", ""], &["\r", "\r\n", "\n"]),
            ("x\x0by\x0cz", &["x", "y", "z"], &["x\x0b", "y\x0c", "z"]),
            ("a\u{2029}", &["a"], &["a\u{2029}"]),
            ("abc", &["abc"], &["abc"]),
            ("", &[], &[]),
        ];
        for &(s, want, want_k) in cases {
            assert_eq!((splitlines(s, false), splitlines(s, true)), (want.to_vec(), want_k.to_vec()), "{:?}", (s, want, want_k));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_strip() {
        let cases: &[(&str, Option<&str>, &str, &str, &str)] = &[
            (" ", None, "", "", ""),
            (" ", Some("x"), " ", " ", " "),
            (" ", Some("ab"), " ", " ", " "),
            (" ", Some("\u{e9} "), "", "", ""),
            (" ", Some(""), " ", " ", " "),
            (" ", Some("\u{3000}"), " ", " ", " "),
            (" ", Some("\u{e9}"), " ", " ", " "),
            ("  a  b  ", None, "a  b", "a  b  ", "  a  b"),
            ("  a  b  ", Some("x"), "  a  b  ", "  a  b  ", "  a  b  "),
            ("  a  b  ", Some("ab"), "  a  b  ", "  a  b  ", "  a  b  "),
            ("  a  b  ", Some("\u{e9} "), "a  b", "a  b  ", "  a  b"),
            ("  a  b  ", Some(""), "  a  b  ", "  a  b  ", "  a  b  "),
            ("  a  b  ", Some("\u{3000}"), "  a  b  ", "  a  b  ", "  a  b  "),
            ("  a  b  ", Some("\u{e9}"), "  a  b  ", "  a  b  ", "  a  b  "),
            ("say \"hi\"", None, "say \"hi\"", "say \"hi\"", "say \"hi\""),
            ("say \"hi\"", Some("x"), "say \"hi\"", "say \"hi\"", "say \"hi\""),
            ("say \"hi\"", Some("ab"), "say \"hi\"", "say \"hi\"", "say \"hi\""),
            ("say \"hi\"", Some("\u{e9} "), "say \"hi\"", "say \"hi\"", "say \"hi\""),
            ("say \"hi\"", Some(""), "say \"hi\"", "say \"hi\"", "say \"hi\""),
            ("say \"hi\"", Some("\u{3000}"), "say \"hi\"", "say \"hi\"", "say \"hi\""),
            ("say \"hi\"", Some("\u{e9}"), "say \"hi\"", "say \"hi\"", "say \"hi\""),
            ("both ' and \"", None, "both ' and \"", "both ' and \"", "both ' and \""),
            ("both ' and \"", Some("x"), "both ' and \"", "both ' and \"", "both ' and \""),
            ("both ' and \"", Some("ab"), "oth ' and \"", "oth ' and \"", "both ' and \""),
            ("both ' and \"", Some("\u{e9} "), "both ' and \"", "both ' and \"", "both ' and \""),
            ("both ' and \"", Some(""), "both ' and \"", "both ' and \"", "both ' and \""),
            ("both ' and \"", Some("\u{3000}"), "both ' and \"", "both ' and \"", "both ' and \""),
            ("both ' and \"", Some("\u{e9}"), "both ' and \"", "both ' and \"", "both ' and \""),
            ("\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", None, "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}"),
            ("\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", Some("x"), "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}"),
            ("\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", Some("ab"), "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}"),
            ("\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", Some("\u{e9} "), "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}"),
            ("\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", Some(""), "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}"),
            ("\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", Some("\u{3000}"), "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}"),
            ("\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", Some("\u{e9}"), "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}"),
            ("\u{a0}\u{2028}\u{85}\u{3000} x", None, "x", "x", "\u{a0}\u{2028}\u{85}\u{3000} x"),
            ("\u{a0}\u{2028}\u{85}\u{3000} x", Some("x"), "\u{a0}\u{2028}\u{85}\u{3000} ", "\u{a0}\u{2028}\u{85}\u{3000} x", "\u{a0}\u{2028}\u{85}\u{3000} "),
            ("\u{a0}\u{2028}\u{85}\u{3000} x", Some("ab"), "\u{a0}\u{2028}\u{85}\u{3000} x", "\u{a0}\u{2028}\u{85}\u{3000} x", "\u{a0}\u{2028}\u{85}\u{3000} x"),
            ("\u{a0}\u{2028}\u{85}\u{3000} x", Some("\u{e9} "), "\u{a0}\u{2028}\u{85}\u{3000} x", "\u{a0}\u{2028}\u{85}\u{3000} x", "\u{a0}\u{2028}\u{85}\u{3000} x"),
            ("\u{a0}\u{2028}\u{85}\u{3000} x", Some(""), "\u{a0}\u{2028}\u{85}\u{3000} x", "\u{a0}\u{2028}\u{85}\u{3000} x", "\u{a0}\u{2028}\u{85}\u{3000} x"),
            ("\u{a0}\u{2028}\u{85}\u{3000} x", Some("\u{3000}"), "\u{a0}\u{2028}\u{85}\u{3000} x", "\u{a0}\u{2028}\u{85}\u{3000} x", "\u{a0}\u{2028}\u{85}\u{3000} x"),
            ("\u{a0}\u{2028}\u{85}\u{3000} x", Some("\u{e9}"), "\u{a0}\u{2028}\u{85}\u{3000} x", "\u{a0}\u{2028}\u{85}\u{3000} x", "\u{a0}\u{2028}\u{85}\u{3000} x"),
            ("tab\there\n", None, "tab\there", "tab\there\n", "tab\there"),
            ("tab\there\n", Some("x"), "tab\there\n", "tab\there\n", "tab\there\n"),
            ("tab\there\n", Some("ab"), "tab\there\n", "tab\there\n", "tab\there\n"),
            ("tab\there\n", Some("\u{e9} "), "tab\there\n", "tab\there\n", "tab\there\n"),
            ("tab\there\n", Some(""), "tab\there\n", "tab\there\n", "tab\there\n"),
            ("tab\there\n", Some("\u{3000}"), "tab\there\n", "tab\there\n", "tab\there\n"),
            ("tab\there\n", Some("\u{e9}"), "tab\there\n", "tab\there\n", "tab\there\n"),
            ("hello world", None, "hello world", "hello world", "hello world"),
            ("hello world", Some("x"), "hello world", "hello world", "hello world"),
            ("hello world", Some("ab"), "hello world", "hello world", "hello world"),
            ("hello world", Some("\u{e9} "), "hello world", "hello world", "hello world"),
            ("hello world", Some(""), "hello world", "hello world", "hello world"),
            ("hello world", Some("\u{3000}"), "hello world", "hello world", "hello world"),
            ("hello world", Some("\u{e9}"), "hello world", "hello world", "hello world"),
            ("they're bill's", None, "they're bill's", "they're bill's", "they're bill's"),
            ("they're bill's", Some("x"), "they're bill's", "they're bill's", "they're bill's"),
            ("they're bill's", Some("ab"), "they're bill's", "they're bill's", "they're bill's"),
            ("they're bill's", Some("\u{e9} "), "they're bill's", "they're bill's", "they're bill's"),
            ("they're bill's", Some(""), "they're bill's", "they're bill's", "they're bill's"),
            ("they're bill's", Some("\u{3000}"), "they're bill's", "they're bill's", "they're bill's"),
            ("they're bill's", Some("\u{e9}"), "they're bill's", "they're bill's", "they're bill's"),
            ("a\u{3a3} b", None, "a\u{3a3} b", "a\u{3a3} b", "a\u{3a3} b"),
            ("a\u{3a3} b", Some("x"), "a\u{3a3} b", "a\u{3a3} b", "a\u{3a3} b"),
            ("a\u{3a3} b", Some("ab"), "\u{3a3} ", "\u{3a3} b", "a\u{3a3} "),
            ("a\u{3a3} b", Some("\u{e9} "), "a\u{3a3} b", "a\u{3a3} b", "a\u{3a3} b"),
            ("a\u{3a3} b", Some(""), "a\u{3a3} b", "a\u{3a3} b", "a\u{3a3} b"),
            ("a\u{3a3} b", Some("\u{3000}"), "a\u{3a3} b", "a\u{3a3} b", "a\u{3a3} b"),
            ("a\u{3a3} b", Some("\u{e9}"), "a\u{3a3} b", "a\u{3a3} b", "a\u{3a3} b"),
            ("\u{fb01} \u{fb02}", None, "\u{fb01} \u{fb02}", "\u{fb01} \u{fb02}", "\u{fb01} \u{fb02}"),
            ("\u{fb01} \u{fb02}", Some("x"), "\u{fb01} \u{fb02}", "\u{fb01} \u{fb02}", "\u{fb01} \u{fb02}"),
            ("\u{fb01} \u{fb02}", Some("ab"), "\u{fb01} \u{fb02}", "\u{fb01} \u{fb02}", "\u{fb01} \u{fb02}"),
            ("\u{fb01} \u{fb02}", Some("\u{e9} "), "\u{fb01} \u{fb02}", "\u{fb01} \u{fb02}", "\u{fb01} \u{fb02}"),
            ("\u{fb01} \u{fb02}", Some(""), "\u{fb01} \u{fb02}", "\u{fb01} \u{fb02}", "\u{fb01} \u{fb02}"),
            ("\u{fb01} \u{fb02}", Some("\u{3000}"), "\u{fb01} \u{fb02}", "\u{fb01} \u{fb02}", "\u{fb01} \u{fb02}"),
            ("\u{fb01} \u{fb02}", Some("\u{e9}"), "\u{fb01} \u{fb02}", "\u{fb01} \u{fb02}", "\u{fb01} \u{fb02}"),
            ("\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", None, "end", "end", "\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end"),
            ("\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", Some("x"), "\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", "\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", "\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end"),
            ("\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", Some("ab"), "\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", "\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", "\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end"),
            ("\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", Some("\u{e9} "), "\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", "\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", "\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end"),
            ("\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", Some(""), "\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", "\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", "\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end"),
            ("\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", Some("\u{3000}"), "\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", "\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", "\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end"),
            ("\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", Some("\u{e9}"), "\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", "\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", "\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end"),
            ("a\r", None, "a", "a\r", "a"),
            ("a\r", Some("x"), "a\r", "a\r", "a\r"),
            ("a\r", Some("ab"), "\r", "\r", "a\r"),
            ("a\r", Some("\u{e9} "), "a\r", "a\r", "a\r"),
            ("a\r", Some(""), "a\r", "a\r", "a\r"),
            ("a\r", Some("\u{3000}"), "a\r", "a\r", "a\r"),
            ("a\r", Some("\u{e9}"), "a\r", "a\r", "a\r"),
            ("\n", None, "", "", ""),
            ("\n", Some("x"), "\n", "\n", "\n"),
            ("\n", Some("ab"), "\n", "\n", "\n"),
            ("\n", Some("\u{e9} "), "\n", "\n", "\n"),
            ("\n", Some(""), "\n", "\n", "\n"),
            ("\n", Some("\u{3000}"), "\n", "\n", "\n"),
            ("\n", Some("\u{e9}"), "\n", "\n", "\n"),
            ("a\tbc\td", None, "a\tbc\td", "a\tbc\td", "a\tbc\td"),
            ("a\tbc\td", Some("x"), "a\tbc\td", "a\tbc\td", "a\tbc\td"),
            ("a\tbc\td", Some("ab"), "\tbc\td", "\tbc\td", "a\tbc\td"),
            ("a\tbc\td", Some("\u{e9} "), "a\tbc\td", "a\tbc\td", "a\tbc\td"),
            ("a\tbc\td", Some(""), "a\tbc\td", "a\tbc\td", "a\tbc\td"),
            ("a\tbc\td", Some("\u{3000}"), "a\tbc\td", "a\tbc\td", "a\tbc\td"),
            ("a\tbc\td", Some("\u{e9}"), "a\tbc\td", "a\tbc\td", "a\tbc\td"),
            ("12\t\n\tx\r\ty", None, "12\t\n\tx\r\ty", "12\t\n\tx\r\ty", "12\t\n\tx\r\ty"),
            ("12\t\n\tx\r\ty", Some("x"), "12\t\n\tx\r\ty", "12\t\n\tx\r\ty", "12\t\n\tx\r\ty"),
            ("12\t\n\tx\r\ty", Some("ab"), "12\t\n\tx\r\ty", "12\t\n\tx\r\ty", "12\t\n\tx\r\ty"),
            ("12\t\n\tx\r\ty", Some("\u{e9} "), "12\t\n\tx\r\ty", "12\t\n\tx\r\ty", "12\t\n\tx\r\ty"),
            ("12\t\n\tx\r\ty", Some(""), "12\t\n\tx\r\ty", "12\t\n\tx\r\ty", "12\t\n\tx\r\ty"),
            ("12\t\n\tx\r\ty", Some("\u{3000}"), "12\t\n\tx\r\ty", "12\t\n\tx\r\ty", "12\t\n\tx\r\ty"),
            ("12\t\n\tx\r\ty", Some("\u{e9}"), "12\t\n\tx\r\ty", "12\t\n\tx\r\ty", "12\t\n\tx\r\ty"),
            ("Hello World", None, "Hello World", "Hello World", "Hello World"),
            ("Hello World", Some("x"), "Hello World", "Hello World", "Hello World"),
            ("Hello World", Some("ab"), "Hello World", "Hello World", "Hello World"),
            ("Hello World", Some("\u{e9} "), "Hello World", "Hello World", "Hello World"),
            ("Hello World", Some(""), "Hello World", "Hello World", "Hello World"),
            ("Hello World", Some("\u{3000}"), "Hello World", "Hello World", "Hello World"),
            ("Hello World", Some("\u{e9}"), "Hello World", "Hello World", "Hello World"),
            ("hELLO wORLD", None, "hELLO wORLD", "hELLO wORLD", "hELLO wORLD"),
            ("hELLO wORLD", Some("x"), "hELLO wORLD", "hELLO wORLD", "hELLO wORLD"),
            ("hELLO wORLD", Some("ab"), "hELLO wORLD", "hELLO wORLD", "hELLO wORLD"),
            ("hELLO wORLD", Some("\u{e9} "), "hELLO wORLD", "hELLO wORLD", "hELLO wORLD"),
            ("hELLO wORLD", Some(""), "hELLO wORLD", "hELLO wORLD", "hELLO wORLD"),
            ("hELLO wORLD", Some("\u{3000}"), "hELLO wORLD", "hELLO wORLD", "hELLO wORLD"),
            ("hELLO wORLD", Some("\u{e9}"), "hELLO wORLD", "hELLO wORLD", "hELLO wORLD"),
            ("a b\u{2000}c\u{3000}", None, "a b\u{2000}c", "a b\u{2000}c\u{3000}", "a b\u{2000}c"),
            ("a b\u{2000}c\u{3000}", Some("x"), "a b\u{2000}c\u{3000}", "a b\u{2000}c\u{3000}", "a b\u{2000}c\u{3000}"),
            ("a b\u{2000}c\u{3000}", Some("ab"), " b\u{2000}c\u{3000}", " b\u{2000}c\u{3000}", "a b\u{2000}c\u{3000}"),
            ("a b\u{2000}c\u{3000}", Some("\u{e9} "), "a b\u{2000}c\u{3000}", "a b\u{2000}c\u{3000}", "a b\u{2000}c\u{3000}"),
            ("a b\u{2000}c\u{3000}", Some(""), "a b\u{2000}c\u{3000}", "a b\u{2000}c\u{3000}", "a b\u{2000}c\u{3000}"),
            ("a b\u{2000}c\u{3000}", Some("\u{3000}"), "a b\u{2000}c", "a b\u{2000}c\u{3000}", "a b\u{2000}c"),
            ("a b\u{2000}c\u{3000}", Some("\u{e9}"), "a b\u{2000}c\u{3000}", "a b\u{2000}c\u{3000}", "a b\u{2000}c\u{3000}"),
            ("Ab Cd", None, "Ab Cd", "Ab Cd", "Ab Cd"),
            ("Ab Cd", Some("x"), "Ab Cd", "Ab Cd", "Ab Cd"),
            ("Ab Cd", Some("ab"), "Ab Cd", "Ab Cd", "Ab Cd"),
            ("Ab Cd", Some("\u{e9} "), "Ab Cd", "Ab Cd", "Ab Cd"),
            ("Ab Cd", Some(""), "Ab Cd", "Ab Cd", "Ab Cd"),
            ("Ab Cd", Some("\u{3000}"), "Ab Cd", "Ab Cd", "Ab Cd"),
            ("Ab Cd", Some("\u{e9}"), "Ab Cd", "Ab Cd", "Ab Cd"),
            ("A B", None, "A B", "A B", "A B"),
            ("A B", Some("x"), "A B", "A B", "A B"),
            ("A B", Some("ab"), "A B", "A B", "A B"),
            ("A B", Some("\u{e9} "), "A B", "A B", "A B"),
            ("A B", Some(""), "A B", "A B", "A B"),
            ("A B", Some("\u{3000}"), "A B", "A B", "A B"),
            ("A B", Some("\u{e9}"), "A B", "A B", "A B"),
            ("", None, "", "", ""),
            ("", Some("x"), "", "", ""),
            ("", Some("ab"), "", "", ""),
            ("", Some("\u{e9} "), "", "", ""),
            ("", Some(""), "", "", ""),
            ("", Some("\u{3000}"), "", "", ""),
            ("", Some("\u{e9}"), "", "", ""),
            ("abc", None, "abc", "abc", "abc"),
            ("abc", Some("x"), "abc", "abc", "abc"),
            ("abc", Some("ab"), "c", "c", "abc"),
            ("abc", Some("\u{e9} "), "abc", "abc", "abc"),
            ("abc", Some(""), "abc", "abc", "abc"),
            ("abc", Some("\u{3000}"), "abc", "abc", "abc"),
            ("abc", Some("\u{e9}"), "abc", "abc", "abc"),
            ("x", None, "x", "x", "x"),
            ("x", Some("x"), "", "", ""),
            ("x", Some("ab"), "x", "x", "x"),
            ("x", Some("\u{e9} "), "x", "x", "x"),
            ("x", Some(""), "x", "x", "x"),
            ("x", Some("\u{3000}"), "x", "x", "x"),
            ("x", Some("\u{e9}"), "x", "x", "x"),
            ("xxaxx", None, "xxaxx", "xxaxx", "xxaxx"),
            ("xxaxx", Some("x"), "a", "axx", "xxa"),
            ("xxaxx", Some("ab"), "xxaxx", "xxaxx", "xxaxx"),
            ("xxaxx", Some("\u{e9} "), "xxaxx", "xxaxx", "xxaxx"),
            ("xxaxx", Some(""), "xxaxx", "xxaxx", "xxaxx"),
            ("xxaxx", Some("\u{3000}"), "xxaxx", "xxaxx", "xxaxx"),
            ("xxaxx", Some("\u{e9}"), "xxaxx", "xxaxx", "xxaxx"),
            ("abcba", None, "abcba", "abcba", "abcba"),
            ("abcba", Some("x"), "abcba", "abcba", "abcba"),
            ("abcba", Some("ab"), "c", "cba", "abc"),
            ("abcba", Some("\u{e9} "), "abcba", "abcba", "abcba"),
            ("abcba", Some(""), "abcba", "abcba", "abcba"),
            ("abcba", Some("\u{3000}"), "abcba", "abcba", "abcba"),
            ("abcba", Some("\u{e9}"), "abcba", "abcba", "abcba"),
            ("\u{3000}\u{e9} x \u{e9}\u{3000}", None, "\u{e9} x \u{e9}", "\u{e9} x \u{e9}\u{3000}", "\u{3000}\u{e9} x \u{e9}"),
            ("\u{3000}\u{e9} x \u{e9}\u{3000}", Some("x"), "\u{3000}\u{e9} x \u{e9}\u{3000}", "\u{3000}\u{e9} x \u{e9}\u{3000}", "\u{3000}\u{e9} x \u{e9}\u{3000}"),
            ("\u{3000}\u{e9} x \u{e9}\u{3000}", Some("ab"), "\u{3000}\u{e9} x \u{e9}\u{3000}", "\u{3000}\u{e9} x \u{e9}\u{3000}", "\u{3000}\u{e9} x \u{e9}\u{3000}"),
            ("\u{3000}\u{e9} x \u{e9}\u{3000}", Some("\u{e9} "), "\u{3000}\u{e9} x \u{e9}\u{3000}", "\u{3000}\u{e9} x \u{e9}\u{3000}", "\u{3000}\u{e9} x \u{e9}\u{3000}"),
            ("\u{3000}\u{e9} x \u{e9}\u{3000}", Some(""), "\u{3000}\u{e9} x \u{e9}\u{3000}", "\u{3000}\u{e9} x \u{e9}\u{3000}", "\u{3000}\u{e9} x \u{e9}\u{3000}"),
            ("\u{3000}\u{e9} x \u{e9}\u{3000}", Some("\u{3000}"), "\u{e9} x \u{e9}", "\u{e9} x \u{e9}\u{3000}", "\u{3000}\u{e9} x \u{e9}"),
            ("\u{3000}\u{e9} x \u{e9}\u{3000}", Some("\u{e9}"), "\u{3000}\u{e9} x \u{e9}\u{3000}", "\u{3000}\u{e9} x \u{e9}\u{3000}", "\u{3000}\u{e9} x \u{e9}\u{3000}"),
            ("\u{e9}\u{20ac}\u{e9}", None, "\u{e9}\u{20ac}\u{e9}", "\u{e9}\u{20ac}\u{e9}", "\u{e9}\u{20ac}\u{e9}"),
            ("\u{e9}\u{20ac}\u{e9}", Some("x"), "\u{e9}\u{20ac}\u{e9}", "\u{e9}\u{20ac}\u{e9}", "\u{e9}\u{20ac}\u{e9}"),
            ("\u{e9}\u{20ac}\u{e9}", Some("ab"), "\u{e9}\u{20ac}\u{e9}", "\u{e9}\u{20ac}\u{e9}", "\u{e9}\u{20ac}\u{e9}"),
            ("\u{e9}\u{20ac}\u{e9}", Some("\u{e9} "), "\u{20ac}", "\u{20ac}\u{e9}", "\u{e9}\u{20ac}"),
            ("\u{e9}\u{20ac}\u{e9}", Some(""), "\u{e9}\u{20ac}\u{e9}", "\u{e9}\u{20ac}\u{e9}", "\u{e9}\u{20ac}\u{e9}"),
            ("\u{e9}\u{20ac}\u{e9}", Some("\u{3000}"), "\u{e9}\u{20ac}\u{e9}", "\u{e9}\u{20ac}\u{e9}", "\u{e9}\u{20ac}\u{e9}"),
            ("\u{e9}\u{20ac}\u{e9}", Some("\u{e9}"), "\u{20ac}", "\u{20ac}\u{e9}", "\u{e9}\u{20ac}"),
        ];
        for &(s, c, want, want_l, want_r) in cases {
            assert_eq!((strip(s, c), lstrip(s, c), rstrip(s, c)), (want, want_l, want_r), "{:?}", (s, c, want, want_l, want_r));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_find() {
        let cases: &[(&str, &str, usize, usize, Option<usize>, Option<usize>, usize)] = &[
            ("hello", "l", 0, 0, None, None, 0),
            ("hello", "l", 0, 1, None, None, 0),
            ("hello", "l", 0, 4, Some(2), Some(3), 2),
            ("hello", "l", 0, 5, Some(2), Some(3), 2),
            ("hello", "l", 0, 10, Some(2), Some(3), 2),
            ("hello", "l", 1, 0, None, None, 0),
            ("hello", "l", 1, 1, None, None, 0),
            ("hello", "l", 1, 2, None, None, 0),
            ("hello", "l", 1, 4, Some(2), Some(3), 2),
            ("hello", "l", 1, 5, Some(2), Some(3), 2),
            ("hello", "l", 1, 10, Some(2), Some(3), 2),
            ("hello", "l", 2, 0, None, None, 0),
            ("hello", "l", 2, 2, None, None, 0),
            ("hello", "l", 2, 3, Some(2), Some(2), 1),
            ("hello", "l", 2, 4, Some(2), Some(3), 2),
            ("hello", "l", 2, 5, Some(2), Some(3), 2),
            ("hello", "l", 2, 10, Some(2), Some(3), 2),
            ("hello", "l", 3, 0, None, None, 0),
            ("hello", "l", 3, 3, None, None, 0),
            ("hello", "l", 3, 4, Some(3), Some(3), 1),
            ("hello", "l", 3, 5, Some(3), Some(3), 1),
            ("hello", "l", 3, 10, Some(3), Some(3), 1),
            ("hello", "l", 4, 0, None, None, 0),
            ("hello", "l", 4, 4, None, None, 0),
            ("hello", "l", 4, 5, None, None, 0),
            ("hello", "l", 4, 10, None, None, 0),
            ("hello", "l", 5, 0, None, None, 0),
            ("hello", "l", 5, 4, None, None, 0),
            ("hello", "l", 5, 5, None, None, 0),
            ("hello", "l", 5, 6, None, None, 0),
            ("hello", "l", 5, 10, None, None, 0),
            ("hello", "l", 6, 0, None, None, 0),
            ("hello", "l", 6, 4, None, None, 0),
            ("hello", "l", 6, 5, None, None, 0),
            ("hello", "l", 6, 6, None, None, 0),
            ("hello", "l", 6, 7, None, None, 0),
            ("hello", "l", 6, 10, None, None, 0),
            ("hello", "l", 7, 0, None, None, 0),
            ("hello", "l", 7, 4, None, None, 0),
            ("hello", "l", 7, 5, None, None, 0),
            ("hello", "l", 7, 7, None, None, 0),
            ("hello", "l", 7, 8, None, None, 0),
            ("hello", "l", 7, 10, None, None, 0),
            ("hello", "l", 0, usize::MAX, Some(2), Some(3), 2),
            ("hello", "ll", 0, 0, None, None, 0),
            ("hello", "ll", 0, 1, None, None, 0),
            ("hello", "ll", 0, 4, Some(2), Some(2), 1),
            ("hello", "ll", 0, 5, Some(2), Some(2), 1),
            ("hello", "ll", 0, 10, Some(2), Some(2), 1),
            ("hello", "ll", 1, 0, None, None, 0),
            ("hello", "ll", 1, 1, None, None, 0),
            ("hello", "ll", 1, 2, None, None, 0),
            ("hello", "ll", 1, 4, Some(2), Some(2), 1),
            ("hello", "ll", 1, 5, Some(2), Some(2), 1),
            ("hello", "ll", 1, 10, Some(2), Some(2), 1),
            ("hello", "ll", 2, 0, None, None, 0),
            ("hello", "ll", 2, 2, None, None, 0),
            ("hello", "ll", 2, 3, None, None, 0),
            ("hello", "ll", 2, 4, Some(2), Some(2), 1),
            ("hello", "ll", 2, 5, Some(2), Some(2), 1),
            ("hello", "ll", 2, 10, Some(2), Some(2), 1),
            ("hello", "ll", 3, 0, None, None, 0),
            ("hello", "ll", 3, 3, None, None, 0),
            ("hello", "ll", 3, 4, None, None, 0),
            ("hello", "ll", 3, 5, None, None, 0),
            ("hello", "ll", 3, 10, None, None, 0),
            ("hello", "ll", 4, 0, None, None, 0),
            ("hello", "ll", 4, 4, None, None, 0),
            ("hello", "ll", 4, 5, None, None, 0),
            ("hello", "ll", 4, 10, None, None, 0),
            ("hello", "ll", 5, 0, None, None, 0),
            ("hello", "ll", 5, 4, None, None, 0),
            ("hello", "ll", 5, 5, None, None, 0),
            ("hello", "ll", 5, 6, None, None, 0),
            ("hello", "ll", 5, 10, None, None, 0),
            ("hello", "ll", 6, 0, None, None, 0),
            ("hello", "ll", 6, 4, None, None, 0),
            ("hello", "ll", 6, 5, None, None, 0),
            ("hello", "ll", 6, 6, None, None, 0),
            ("hello", "ll", 6, 7, None, None, 0),
            ("hello", "ll", 6, 10, None, None, 0),
            ("hello", "ll", 7, 0, None, None, 0),
            ("hello", "ll", 7, 4, None, None, 0),
            ("hello", "ll", 7, 5, None, None, 0),
            ("hello", "ll", 7, 7, None, None, 0),
            ("hello", "ll", 7, 8, None, None, 0),
            ("hello", "ll", 7, 10, None, None, 0),
            ("hello", "ll", 0, usize::MAX, Some(2), Some(2), 1),
            ("hello", "", 0, 0, Some(0), Some(0), 1),
            ("hello", "", 0, 1, Some(0), Some(1), 2),
            ("hello", "", 0, 4, Some(0), Some(4), 5),
            ("hello", "", 0, 5, Some(0), Some(5), 6),
            ("hello", "", 0, 10, Some(0), Some(5), 6),
            ("hello", "", 1, 0, None, None, 0),
            ("hello", "", 1, 1, Some(1), Some(1), 1),
            ("hello", "", 1, 2, Some(1), Some(2), 2),
            ("hello", "", 1, 4, Some(1), Some(4), 4),
            ("hello", "", 1, 5, Some(1), Some(5), 5),
            ("hello", "", 1, 10, Some(1), Some(5), 5),
            ("hello", "", 2, 0, None, None, 0),
            ("hello", "", 2, 2, Some(2), Some(2), 1),
            ("hello", "", 2, 3, Some(2), Some(3), 2),
            ("hello", "", 2, 4, Some(2), Some(4), 3),
            ("hello", "", 2, 5, Some(2), Some(5), 4),
            ("hello", "", 2, 10, Some(2), Some(5), 4),
            ("hello", "", 3, 0, None, None, 0),
            ("hello", "", 3, 3, Some(3), Some(3), 1),
            ("hello", "", 3, 4, Some(3), Some(4), 2),
            ("hello", "", 3, 5, Some(3), Some(5), 3),
            ("hello", "", 3, 10, Some(3), Some(5), 3),
            ("hello", "", 4, 0, None, None, 0),
            ("hello", "", 4, 4, Some(4), Some(4), 1),
            ("hello", "", 4, 5, Some(4), Some(5), 2),
            ("hello", "", 4, 10, Some(4), Some(5), 2),
            ("hello", "", 5, 0, None, None, 0),
            ("hello", "", 5, 4, None, None, 0),
            ("hello", "", 5, 5, Some(5), Some(5), 1),
            ("hello", "", 5, 6, Some(5), Some(5), 1),
            ("hello", "", 5, 10, Some(5), Some(5), 1),
            ("hello", "", 6, 0, None, None, 0),
            ("hello", "", 6, 4, None, None, 0),
            ("hello", "", 6, 5, None, None, 0),
            ("hello", "", 6, 6, None, None, 0),
            ("hello", "", 6, 7, None, None, 0),
            ("hello", "", 6, 10, None, None, 0),
            ("hello", "", 7, 0, None, None, 0),
            ("hello", "", 7, 4, None, None, 0),
            ("hello", "", 7, 5, None, None, 0),
            ("hello", "", 7, 7, None, None, 0),
            ("hello", "", 7, 8, None, None, 0),
            ("hello", "", 7, 10, None, None, 0),
            ("hello", "", 0, usize::MAX, Some(0), Some(5), 6),
            ("", "", 0, 0, Some(0), Some(0), 1),
            ("", "", 0, 1, Some(0), Some(0), 1),
            ("", "", 0, 5, Some(0), Some(0), 1),
            ("", "", 1, 0, None, None, 0),
            ("", "", 1, 1, None, None, 0),
            ("", "", 1, 2, None, None, 0),
            ("", "", 1, 5, None, None, 0),
            ("", "", 2, 0, None, None, 0),
            ("", "", 2, 2, None, None, 0),
            ("", "", 2, 3, None, None, 0),
            ("", "", 2, 5, None, None, 0),
            ("", "", 0, usize::MAX, Some(0), Some(0), 1),
            ("abc", "c", 0, 0, None, None, 0),
            ("abc", "c", 0, 1, None, None, 0),
            ("abc", "c", 0, 2, None, None, 0),
            ("abc", "c", 0, 3, Some(2), Some(2), 1),
            ("abc", "c", 0, 8, Some(2), Some(2), 1),
            ("abc", "c", 1, 0, None, None, 0),
            ("abc", "c", 1, 1, None, None, 0),
            ("abc", "c", 1, 2, None, None, 0),
            ("abc", "c", 1, 3, Some(2), Some(2), 1),
            ("abc", "c", 1, 8, Some(2), Some(2), 1),
            ("abc", "c", 2, 0, None, None, 0),
            ("abc", "c", 2, 2, None, None, 0),
            ("abc", "c", 2, 3, Some(2), Some(2), 1),
            ("abc", "c", 2, 8, Some(2), Some(2), 1),
            ("abc", "c", 3, 0, None, None, 0),
            ("abc", "c", 3, 2, None, None, 0),
            ("abc", "c", 3, 3, None, None, 0),
            ("abc", "c", 3, 4, None, None, 0),
            ("abc", "c", 3, 8, None, None, 0),
            ("abc", "c", 4, 0, None, None, 0),
            ("abc", "c", 4, 2, None, None, 0),
            ("abc", "c", 4, 3, None, None, 0),
            ("abc", "c", 4, 4, None, None, 0),
            ("abc", "c", 4, 5, None, None, 0),
            ("abc", "c", 4, 8, None, None, 0),
            ("abc", "c", 5, 0, None, None, 0),
            ("abc", "c", 5, 2, None, None, 0),
            ("abc", "c", 5, 3, None, None, 0),
            ("abc", "c", 5, 5, None, None, 0),
            ("abc", "c", 5, 6, None, None, 0),
            ("abc", "c", 5, 8, None, None, 0),
            ("abc", "c", 0, usize::MAX, Some(2), Some(2), 1),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 0, 0, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 0, 1, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 0, 3, Some(1), Some(1), 1),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 0, 4, Some(1), Some(3), 2),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 0, 9, Some(1), Some(3), 2),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 1, 0, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 1, 1, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 1, 2, Some(1), Some(1), 1),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 1, 3, Some(1), Some(1), 1),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 1, 4, Some(1), Some(3), 2),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 1, 9, Some(1), Some(3), 2),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 2, 0, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 2, 2, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 2, 3, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 2, 4, Some(3), Some(3), 1),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 2, 9, Some(3), Some(3), 1),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 3, 0, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 3, 3, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 3, 4, Some(3), Some(3), 1),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 3, 9, Some(3), Some(3), 1),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 4, 0, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 4, 3, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 4, 4, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 4, 5, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 4, 9, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 5, 0, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 5, 3, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 5, 4, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 5, 5, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 5, 6, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 5, 9, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 6, 0, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 6, 3, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 6, 4, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 6, 6, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 6, 7, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 6, 9, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{20ac}", 0, usize::MAX, Some(1), Some(3), 2),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 0, 0, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 0, 1, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 0, 3, Some(0), Some(0), 1),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 0, 4, Some(0), Some(2), 2),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 0, 9, Some(0), Some(2), 2),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 1, 0, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 1, 1, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 1, 2, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 1, 3, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 1, 4, Some(2), Some(2), 1),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 1, 9, Some(2), Some(2), 1),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 2, 0, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 2, 2, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 2, 3, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 2, 4, Some(2), Some(2), 1),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 2, 9, Some(2), Some(2), 1),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 3, 0, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 3, 3, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 3, 4, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 3, 9, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 4, 0, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 4, 3, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 4, 4, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 4, 5, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 4, 9, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 5, 0, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 5, 3, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 5, 4, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 5, 5, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 5, 6, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 5, 9, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 6, 0, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 6, 3, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 6, 4, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 6, 6, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 6, 7, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 6, 9, None, None, 0),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}", "\u{e9}\u{20ac}", 0, usize::MAX, Some(0), Some(2), 2),
            ("aaa", "aa", 0, 0, None, None, 0),
            ("aaa", "aa", 0, 1, None, None, 0),
            ("aaa", "aa", 0, 2, Some(0), Some(0), 1),
            ("aaa", "aa", 0, 3, Some(0), Some(1), 1),
            ("aaa", "aa", 0, 8, Some(0), Some(1), 1),
            ("aaa", "aa", 1, 0, None, None, 0),
            ("aaa", "aa", 1, 1, None, None, 0),
            ("aaa", "aa", 1, 2, None, None, 0),
            ("aaa", "aa", 1, 3, Some(1), Some(1), 1),
            ("aaa", "aa", 1, 8, Some(1), Some(1), 1),
            ("aaa", "aa", 2, 0, None, None, 0),
            ("aaa", "aa", 2, 2, None, None, 0),
            ("aaa", "aa", 2, 3, None, None, 0),
            ("aaa", "aa", 2, 8, None, None, 0),
            ("aaa", "aa", 3, 0, None, None, 0),
            ("aaa", "aa", 3, 2, None, None, 0),
            ("aaa", "aa", 3, 3, None, None, 0),
            ("aaa", "aa", 3, 4, None, None, 0),
            ("aaa", "aa", 3, 8, None, None, 0),
            ("aaa", "aa", 4, 0, None, None, 0),
            ("aaa", "aa", 4, 2, None, None, 0),
            ("aaa", "aa", 4, 3, None, None, 0),
            ("aaa", "aa", 4, 4, None, None, 0),
            ("aaa", "aa", 4, 5, None, None, 0),
            ("aaa", "aa", 4, 8, None, None, 0),
            ("aaa", "aa", 5, 0, None, None, 0),
            ("aaa", "aa", 5, 2, None, None, 0),
            ("aaa", "aa", 5, 3, None, None, 0),
            ("aaa", "aa", 5, 5, None, None, 0),
            ("aaa", "aa", 5, 6, None, None, 0),
            ("aaa", "aa", 5, 8, None, None, 0),
            ("aaa", "aa", 0, usize::MAX, Some(0), Some(1), 1),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 0, 0, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 0, 1, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 0, 4, Some(1), Some(3), 2),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 0, 5, Some(1), Some(3), 2),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 0, 10, Some(1), Some(3), 2),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 1, 0, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 1, 1, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 1, 2, Some(1), Some(1), 1),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 1, 4, Some(1), Some(3), 2),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 1, 5, Some(1), Some(3), 2),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 1, 10, Some(1), Some(3), 2),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 2, 0, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 2, 2, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 2, 3, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 2, 4, Some(3), Some(3), 1),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 2, 5, Some(3), Some(3), 1),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 2, 10, Some(3), Some(3), 1),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 3, 0, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 3, 3, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 3, 4, Some(3), Some(3), 1),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 3, 5, Some(3), Some(3), 1),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 3, 10, Some(3), Some(3), 1),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 4, 0, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 4, 4, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 4, 5, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 4, 10, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 5, 0, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 5, 4, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 5, 5, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 5, 6, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 5, 10, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 6, 0, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 6, 4, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 6, 5, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 6, 6, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 6, 7, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 6, 10, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 7, 0, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 7, 4, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 7, 5, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 7, 7, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 7, 8, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 7, 10, None, None, 0),
            ("x\u{1f600}y\u{1f600}z", "\u{1f600}", 0, usize::MAX, Some(1), Some(3), 2),
            ("abc", "abcd", 0, 0, None, None, 0),
            ("abc", "abcd", 0, 1, None, None, 0),
            ("abc", "abcd", 0, 2, None, None, 0),
            ("abc", "abcd", 0, 3, None, None, 0),
            ("abc", "abcd", 0, 8, None, None, 0),
            ("abc", "abcd", 1, 0, None, None, 0),
            ("abc", "abcd", 1, 1, None, None, 0),
            ("abc", "abcd", 1, 2, None, None, 0),
            ("abc", "abcd", 1, 3, None, None, 0),
            ("abc", "abcd", 1, 8, None, None, 0),
            ("abc", "abcd", 2, 0, None, None, 0),
            ("abc", "abcd", 2, 2, None, None, 0),
            ("abc", "abcd", 2, 3, None, None, 0),
            ("abc", "abcd", 2, 8, None, None, 0),
            ("abc", "abcd", 3, 0, None, None, 0),
            ("abc", "abcd", 3, 2, None, None, 0),
            ("abc", "abcd", 3, 3, None, None, 0),
            ("abc", "abcd", 3, 4, None, None, 0),
            ("abc", "abcd", 3, 8, None, None, 0),
            ("abc", "abcd", 4, 0, None, None, 0),
            ("abc", "abcd", 4, 2, None, None, 0),
            ("abc", "abcd", 4, 3, None, None, 0),
            ("abc", "abcd", 4, 4, None, None, 0),
            ("abc", "abcd", 4, 5, None, None, 0),
            ("abc", "abcd", 4, 8, None, None, 0),
            ("abc", "abcd", 5, 0, None, None, 0),
            ("abc", "abcd", 5, 2, None, None, 0),
            ("abc", "abcd", 5, 3, None, None, 0),
            ("abc", "abcd", 5, 5, None, None, 0),
            ("abc", "abcd", 5, 6, None, None, 0),
            ("abc", "abcd", 5, 8, None, None, 0),
            ("abc", "abcd", 0, usize::MAX, None, None, 0),
            ("a\u{e9}", "\u{e9}", 0, 0, None, None, 0),
            ("a\u{e9}", "\u{e9}", 0, 1, None, None, 0),
            ("a\u{e9}", "\u{e9}", 0, 2, Some(1), Some(1), 1),
            ("a\u{e9}", "\u{e9}", 0, 7, Some(1), Some(1), 1),
            ("a\u{e9}", "\u{e9}", 1, 0, None, None, 0),
            ("a\u{e9}", "\u{e9}", 1, 1, None, None, 0),
            ("a\u{e9}", "\u{e9}", 1, 2, Some(1), Some(1), 1),
            ("a\u{e9}", "\u{e9}", 1, 7, Some(1), Some(1), 1),
            ("a\u{e9}", "\u{e9}", 2, 0, None, None, 0),
            ("a\u{e9}", "\u{e9}", 2, 1, None, None, 0),
            ("a\u{e9}", "\u{e9}", 2, 2, None, None, 0),
            ("a\u{e9}", "\u{e9}", 2, 3, None, None, 0),
            ("a\u{e9}", "\u{e9}", 2, 7, None, None, 0),
            ("a\u{e9}", "\u{e9}", 3, 0, None, None, 0),
            ("a\u{e9}", "\u{e9}", 3, 1, None, None, 0),
            ("a\u{e9}", "\u{e9}", 3, 2, None, None, 0),
            ("a\u{e9}", "\u{e9}", 3, 3, None, None, 0),
            ("a\u{e9}", "\u{e9}", 3, 4, None, None, 0),
            ("a\u{e9}", "\u{e9}", 3, 7, None, None, 0),
            ("a\u{e9}", "\u{e9}", 4, 0, None, None, 0),
            ("a\u{e9}", "\u{e9}", 4, 1, None, None, 0),
            ("a\u{e9}", "\u{e9}", 4, 2, None, None, 0),
            ("a\u{e9}", "\u{e9}", 4, 4, None, None, 0),
            ("a\u{e9}", "\u{e9}", 4, 5, None, None, 0),
            ("a\u{e9}", "\u{e9}", 4, 7, None, None, 0),
            ("a\u{e9}", "\u{e9}", 0, usize::MAX, Some(1), Some(1), 1),
            ("aaaa", "a", 0, 0, None, None, 0),
            ("aaaa", "a", 0, 1, Some(0), Some(0), 1),
            ("aaaa", "a", 0, 3, Some(0), Some(2), 3),
            ("aaaa", "a", 0, 4, Some(0), Some(3), 4),
            ("aaaa", "a", 0, 9, Some(0), Some(3), 4),
            ("aaaa", "a", 1, 0, None, None, 0),
            ("aaaa", "a", 1, 1, None, None, 0),
            ("aaaa", "a", 1, 2, Some(1), Some(1), 1),
            ("aaaa", "a", 1, 3, Some(1), Some(2), 2),
            ("aaaa", "a", 1, 4, Some(1), Some(3), 3),
            ("aaaa", "a", 1, 9, Some(1), Some(3), 3),
            ("aaaa", "a", 2, 0, None, None, 0),
            ("aaaa", "a", 2, 2, None, None, 0),
            ("aaaa", "a", 2, 3, Some(2), Some(2), 1),
            ("aaaa", "a", 2, 4, Some(2), Some(3), 2),
            ("aaaa", "a", 2, 9, Some(2), Some(3), 2),
            ("aaaa", "a", 3, 0, None, None, 0),
            ("aaaa", "a", 3, 3, None, None, 0),
            ("aaaa", "a", 3, 4, Some(3), Some(3), 1),
            ("aaaa", "a", 3, 9, Some(3), Some(3), 1),
            ("aaaa", "a", 4, 0, None, None, 0),
            ("aaaa", "a", 4, 3, None, None, 0),
            ("aaaa", "a", 4, 4, None, None, 0),
            ("aaaa", "a", 4, 5, None, None, 0),
            ("aaaa", "a", 4, 9, None, None, 0),
            ("aaaa", "a", 5, 0, None, None, 0),
            ("aaaa", "a", 5, 3, None, None, 0),
            ("aaaa", "a", 5, 4, None, None, 0),
            ("aaaa", "a", 5, 5, None, None, 0),
            ("aaaa", "a", 5, 6, None, None, 0),
            ("aaaa", "a", 5, 9, None, None, 0),
            ("aaaa", "a", 6, 0, None, None, 0),
            ("aaaa", "a", 6, 3, None, None, 0),
            ("aaaa", "a", 6, 4, None, None, 0),
            ("aaaa", "a", 6, 6, None, None, 0),
            ("aaaa", "a", 6, 7, None, None, 0),
            ("aaaa", "a", 6, 9, None, None, 0),
            ("aaaa", "a", 0, usize::MAX, Some(0), Some(3), 4),
        ];
        for &(s, sub, a, b, want, want_r, want_c) in cases {
            assert_eq!((find(s, sub, a, b), rfind(s, sub, a, b), count(s, sub, a, b)), (want, want_r, want_c), "{:?}", (s, sub, a, b, want, want_r, want_c));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_replace() {
        let cases: &[(&str, &str, &str, i64, &str)] = &[
            ("aaa", "a", "b", -1, "bbb"),
            ("aaa", "a", "b", 0, "aaa"),
            ("aaa", "a", "b", 1, "baa"),
            ("aaa", "a", "b", 2, "bba"),
            ("aaa", "a", "b", 3, "bbb"),
            ("aaa", "a", "b", 10, "bbb"),
            ("abc", "", "-", -1, "-a-b-c-"),
            ("abc", "", "-", 0, "abc"),
            ("abc", "", "-", 1, "-abc"),
            ("abc", "", "-", 2, "-a-bc"),
            ("abc", "", "-", 3, "-a-b-c"),
            ("abc", "", "-", 10, "-a-b-c-"),
            ("", "", "x", -1, "x"),
            ("", "", "x", 0, ""),
            ("", "", "x", 1, "x"),
            ("", "", "x", 2, "x"),
            ("", "", "x", 3, "x"),
            ("", "", "x", 10, "x"),
            ("", "a", "x", -1, ""),
            ("", "a", "x", 0, ""),
            ("", "a", "x", 1, ""),
            ("", "a", "x", 2, ""),
            ("", "a", "x", 3, ""),
            ("", "a", "x", 10, ""),
            ("hello world", "o", "0", -1, "hell0 w0rld"),
            ("hello world", "o", "0", 0, "hello world"),
            ("hello world", "o", "0", 1, "hell0 world"),
            ("hello world", "o", "0", 2, "hell0 w0rld"),
            ("hello world", "o", "0", 3, "hell0 w0rld"),
            ("hello world", "o", "0", 10, "hell0 w0rld"),
            ("aaaa", "aa", "b", -1, "bb"),
            ("aaaa", "aa", "b", 0, "aaaa"),
            ("aaaa", "aa", "b", 1, "baa"),
            ("aaaa", "aa", "b", 2, "bb"),
            ("aaaa", "aa", "b", 3, "bb"),
            ("aaaa", "aa", "b", 10, "bb"),
            ("\u{e9}\u{20ac}\u{e9}", "\u{20ac}", "EUR", -1, "\u{e9}EUR\u{e9}"),
            ("\u{e9}\u{20ac}\u{e9}", "\u{20ac}", "EUR", 0, "\u{e9}\u{20ac}\u{e9}"),
            ("\u{e9}\u{20ac}\u{e9}", "\u{20ac}", "EUR", 1, "\u{e9}EUR\u{e9}"),
            ("\u{e9}\u{20ac}\u{e9}", "\u{20ac}", "EUR", 2, "\u{e9}EUR\u{e9}"),
            ("\u{e9}\u{20ac}\u{e9}", "\u{20ac}", "EUR", 3, "\u{e9}EUR\u{e9}"),
            ("\u{e9}\u{20ac}\u{e9}", "\u{20ac}", "EUR", 10, "\u{e9}EUR\u{e9}"),
            ("\u{e9}\u{20ac}", "", "|", -1, "|\u{e9}|\u{20ac}|"),
            ("\u{e9}\u{20ac}", "", "|", 0, "\u{e9}\u{20ac}"),
            ("\u{e9}\u{20ac}", "", "|", 1, "|\u{e9}\u{20ac}"),
            ("\u{e9}\u{20ac}", "", "|", 2, "|\u{e9}|\u{20ac}"),
            ("\u{e9}\u{20ac}", "", "|", 3, "|\u{e9}|\u{20ac}|"),
            ("\u{e9}\u{20ac}", "", "|", 10, "|\u{e9}|\u{20ac}|"),
            ("abc", "abc", "", -1, ""),
            ("abc", "abc", "", 0, "abc"),
            ("abc", "abc", "", 1, ""),
            ("abc", "abc", "", 2, ""),
            ("abc", "abc", "", 3, ""),
            ("abc", "abc", "", 10, ""),
            ("abab", "ab", "abab", -1, "abababab"),
            ("abab", "ab", "abab", 0, "abab"),
            ("abab", "ab", "abab", 1, "ababab"),
            ("abab", "ab", "abab", 2, "abababab"),
            ("abab", "ab", "abab", 3, "abababab"),
            ("abab", "ab", "abab", 10, "abababab"),
            ("abc", "x", "y", -1, "abc"),
            ("abc", "x", "y", 0, "abc"),
            ("abc", "x", "y", 1, "abc"),
            ("abc", "x", "y", 2, "abc"),
            ("abc", "x", "y", 3, "abc"),
            ("abc", "x", "y", 10, "abc"),
        ];
        for &(s, old, new, n, want) in cases {
            assert_eq!(replace(s, old, new, n), want, "{:?}", (s, old, new, n, want));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_partition() {
        let cases: &[(&str, &str, (&str, &str, &str), (&str, &str, &str))] = &[
            ("a,b,,c", ",", ("a", ",", "b,,c"), ("a,b,", ",", "c")),
            ("a,b,,c", ",,", ("a,b", ",,", "c"), ("a,b", ",,", "c")),
            ("aaa", "aa", ("", "aa", "a"), ("a", "aa", "")),
            ("aaaa", "aa", ("", "aa", "aa"), ("aa", "aa", "")),
            ("", ",", ("", "", ""), ("", "", "")),
            ("abc", "abc", ("", "abc", ""), ("", "abc", "")),
            (",a,", ",", ("", ",", "a,"), (",a", ",", "")),
            ("\u{e9}\u{20ac}\u{e9}\u{20ac}\u{e9}", "\u{20ac}", ("\u{e9}", "\u{20ac}", "\u{e9}\u{20ac}\u{e9}"), ("\u{e9}\u{20ac}\u{e9}", "\u{20ac}", "\u{e9}")),
            ("x\u{1f600}y\u{1f600}", "\u{1f600}", ("x", "\u{1f600}", "y\u{1f600}"), ("x\u{1f600}y", "\u{1f600}", "")),
            ("abc", "z", ("abc", "", ""), ("", "", "abc")),
            ("a  b  c", " ", ("a", " ", " b  c"), ("a  b ", " ", "c")),
            ("1<>2<>3", "<>", ("1", "<>", "2<>3"), ("1<>2", "<>", "3")),
            ("a.b.c", ".", ("a", ".", "b.c"), ("a.b", ".", "c")),
            ("abc", "abc", ("", "abc", ""), ("", "abc", "")),
        ];
        for &(s, sep, want, want_r) in cases {
            assert_eq!((partition(s, sep), rpartition(s, sep)), (want, want_r), "{:?}", (s, sep, want, want_r));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_expandtabs() {
        let cases: &[(&str, i64, &str)] = &[
            ("a\tbc\td", -1, "abcd"),
            ("a\tbc\td", 0, "abcd"),
            ("a\tbc\td", 1, "a bc d"),
            ("a\tbc\td", 2, "a bc  d"),
            ("a\tbc\td", 4, "a   bc  d"),
            ("a\tbc\td", 8, "a       bc      d"),
            ("12\t\n\tx\r\ty", -1, "12\nx\ry"),
            ("12\t\n\tx\r\ty", 0, "12\nx\ry"),
            ("12\t\n\tx\r\ty", 1, "12 \n x\r y"),
            ("12\t\n\tx\r\ty", 2, "12  \n  x\r  y"),
            ("12\t\n\tx\r\ty", 4, "12  \n    x\r    y"),
            ("12\t\n\tx\r\ty", 8, "12      \n        x\r        y"),
            ("\t", -1, ""),
            ("\t", 0, ""),
            ("\t", 1, " "),
            ("\t", 2, "  "),
            ("\t", 4, "    "),
            ("\t", 8, "        "),
            ("", -1, ""),
            ("", 0, ""),
            ("", 1, ""),
            ("", 2, ""),
            ("", 4, ""),
            ("", 8, ""),
            ("\u{e9}\t\u{20ac}\u{1f600}\tz", -1, "\u{e9}\u{20ac}\u{1f600}z"),
            ("\u{e9}\t\u{20ac}\u{1f600}\tz", 0, "\u{e9}\u{20ac}\u{1f600}z"),
            ("\u{e9}\t\u{20ac}\u{1f600}\tz", 1, "\u{e9} \u{20ac}\u{1f600} z"),
            ("\u{e9}\t\u{20ac}\u{1f600}\tz", 2, "\u{e9} \u{20ac}\u{1f600}  z"),
            ("\u{e9}\t\u{20ac}\u{1f600}\tz", 4, "\u{e9}   \u{20ac}\u{1f600}  z"),
            ("\u{e9}\t\u{20ac}\u{1f600}\tz", 8, "\u{e9}       \u{20ac}\u{1f600}      z"),
            ("abcdefgh\tx", -1, "abcdefghx"),
            ("abcdefgh\tx", 0, "abcdefghx"),
            ("abcdefgh\tx", 1, "abcdefgh x"),
            ("abcdefgh\tx", 2, "abcdefgh  x"),
            ("abcdefgh\tx", 4, "abcdefgh    x"),
            ("abcdefgh\tx", 8, "abcdefgh        x"),
        ];
        for &(s, n, want) in cases {
            assert_eq!(expandtabs(s, n), want, "{:?}", (s, n, want));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_layout() {
        let cases: &[(&str, i64, char, &str, &str, &str, &str)] = &[
            ("", -1, ' ', "", "", "", ""),
            ("", -1, '\u{e9}', "", "", "", ""),
            ("", 0, ' ', "", "", "", ""),
            ("", 0, '\u{e9}', "", "", "", ""),
            ("", 1, ' ', " ", " ", " ", "0"),
            ("", 1, '\u{e9}', "\u{e9}", "\u{e9}", "\u{e9}", "0"),
            ("", 2, ' ', "  ", "  ", "  ", "00"),
            ("", 2, '\u{e9}', "\u{e9}\u{e9}", "\u{e9}\u{e9}", "\u{e9}\u{e9}", "00"),
            ("", 3, ' ', "   ", "   ", "   ", "000"),
            ("", 3, '\u{e9}', "\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}", "000"),
            ("", 4, ' ', "    ", "    ", "    ", "0000"),
            ("", 4, '\u{e9}', "\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}", "0000"),
            ("", 5, ' ', "     ", "     ", "     ", "00000"),
            ("", 5, '\u{e9}', "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "00000"),
            ("", 6, ' ', "      ", "      ", "      ", "000000"),
            ("", 6, '\u{e9}', "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "000000"),
            ("", 7, ' ', "       ", "       ", "       ", "0000000"),
            ("", 7, '\u{e9}', "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "0000000"),
            ("", 8, ' ', "        ", "        ", "        ", "00000000"),
            ("", 8, '\u{e9}', "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "00000000"),
            ("a", -1, ' ', "a", "a", "a", "a"),
            ("a", -1, '\u{e9}', "a", "a", "a", "a"),
            ("a", 0, ' ', "a", "a", "a", "a"),
            ("a", 0, '\u{e9}', "a", "a", "a", "a"),
            ("a", 1, ' ', "a", "a", "a", "a"),
            ("a", 1, '\u{e9}', "a", "a", "a", "a"),
            ("a", 2, ' ', "a ", "a ", " a", "0a"),
            ("a", 2, '\u{e9}', "a\u{e9}", "a\u{e9}", "\u{e9}a", "0a"),
            ("a", 3, ' ', " a ", "a  ", "  a", "00a"),
            ("a", 3, '\u{e9}', "\u{e9}a\u{e9}", "a\u{e9}\u{e9}", "\u{e9}\u{e9}a", "00a"),
            ("a", 4, ' ', " a  ", "a   ", "   a", "000a"),
            ("a", 4, '\u{e9}', "\u{e9}a\u{e9}\u{e9}", "a\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}a", "000a"),
            ("a", 5, ' ', "  a  ", "a    ", "    a", "0000a"),
            ("a", 5, '\u{e9}', "\u{e9}\u{e9}a\u{e9}\u{e9}", "a\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}a", "0000a"),
            ("a", 6, ' ', "  a   ", "a     ", "     a", "00000a"),
            ("a", 6, '\u{e9}', "\u{e9}\u{e9}a\u{e9}\u{e9}\u{e9}", "a\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}a", "00000a"),
            ("a", 7, ' ', "   a   ", "a      ", "      a", "000000a"),
            ("a", 7, '\u{e9}', "\u{e9}\u{e9}\u{e9}a\u{e9}\u{e9}\u{e9}", "a\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}a", "000000a"),
            ("a", 8, ' ', "   a    ", "a       ", "       a", "0000000a"),
            ("a", 8, '\u{e9}', "\u{e9}\u{e9}\u{e9}a\u{e9}\u{e9}\u{e9}\u{e9}", "a\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}a", "0000000a"),
            ("ab", -1, ' ', "ab", "ab", "ab", "ab"),
            ("ab", -1, '\u{e9}', "ab", "ab", "ab", "ab"),
            ("ab", 0, ' ', "ab", "ab", "ab", "ab"),
            ("ab", 0, '\u{e9}', "ab", "ab", "ab", "ab"),
            ("ab", 1, ' ', "ab", "ab", "ab", "ab"),
            ("ab", 1, '\u{e9}', "ab", "ab", "ab", "ab"),
            ("ab", 2, ' ', "ab", "ab", "ab", "ab"),
            ("ab", 2, '\u{e9}', "ab", "ab", "ab", "ab"),
            ("ab", 3, ' ', " ab", "ab ", " ab", "0ab"),
            ("ab", 3, '\u{e9}', "\u{e9}ab", "ab\u{e9}", "\u{e9}ab", "0ab"),
            ("ab", 4, ' ', " ab ", "ab  ", "  ab", "00ab"),
            ("ab", 4, '\u{e9}', "\u{e9}ab\u{e9}", "ab\u{e9}\u{e9}", "\u{e9}\u{e9}ab", "00ab"),
            ("ab", 5, ' ', "  ab ", "ab   ", "   ab", "000ab"),
            ("ab", 5, '\u{e9}', "\u{e9}\u{e9}ab\u{e9}", "ab\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}ab", "000ab"),
            ("ab", 6, ' ', "  ab  ", "ab    ", "    ab", "0000ab"),
            ("ab", 6, '\u{e9}', "\u{e9}\u{e9}ab\u{e9}\u{e9}", "ab\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}ab", "0000ab"),
            ("ab", 7, ' ', "   ab  ", "ab     ", "     ab", "00000ab"),
            ("ab", 7, '\u{e9}', "\u{e9}\u{e9}\u{e9}ab\u{e9}\u{e9}", "ab\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}ab", "00000ab"),
            ("ab", 8, ' ', "   ab   ", "ab      ", "      ab", "000000ab"),
            ("ab", 8, '\u{e9}', "\u{e9}\u{e9}\u{e9}ab\u{e9}\u{e9}\u{e9}", "ab\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}ab", "000000ab"),
            ("abc", -1, ' ', "abc", "abc", "abc", "abc"),
            ("abc", -1, '\u{e9}', "abc", "abc", "abc", "abc"),
            ("abc", 0, ' ', "abc", "abc", "abc", "abc"),
            ("abc", 0, '\u{e9}', "abc", "abc", "abc", "abc"),
            ("abc", 1, ' ', "abc", "abc", "abc", "abc"),
            ("abc", 1, '\u{e9}', "abc", "abc", "abc", "abc"),
            ("abc", 2, ' ', "abc", "abc", "abc", "abc"),
            ("abc", 2, '\u{e9}', "abc", "abc", "abc", "abc"),
            ("abc", 3, ' ', "abc", "abc", "abc", "abc"),
            ("abc", 3, '\u{e9}', "abc", "abc", "abc", "abc"),
            ("abc", 4, ' ', "abc ", "abc ", " abc", "0abc"),
            ("abc", 4, '\u{e9}', "abc\u{e9}", "abc\u{e9}", "\u{e9}abc", "0abc"),
            ("abc", 5, ' ', " abc ", "abc  ", "  abc", "00abc"),
            ("abc", 5, '\u{e9}', "\u{e9}abc\u{e9}", "abc\u{e9}\u{e9}", "\u{e9}\u{e9}abc", "00abc"),
            ("abc", 6, ' ', " abc  ", "abc   ", "   abc", "000abc"),
            ("abc", 6, '\u{e9}', "\u{e9}abc\u{e9}\u{e9}", "abc\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}abc", "000abc"),
            ("abc", 7, ' ', "  abc  ", "abc    ", "    abc", "0000abc"),
            ("abc", 7, '\u{e9}', "\u{e9}\u{e9}abc\u{e9}\u{e9}", "abc\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}abc", "0000abc"),
            ("abc", 8, ' ', "  abc   ", "abc     ", "     abc", "00000abc"),
            ("abc", 8, '\u{e9}', "\u{e9}\u{e9}abc\u{e9}\u{e9}\u{e9}", "abc\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}abc", "00000abc"),
            ("\u{e9}\u{20ac}", -1, ' ', "\u{e9}\u{20ac}", "\u{e9}\u{20ac}", "\u{e9}\u{20ac}", "\u{e9}\u{20ac}"),
            ("\u{e9}\u{20ac}", -1, '\u{e9}', "\u{e9}\u{20ac}", "\u{e9}\u{20ac}", "\u{e9}\u{20ac}", "\u{e9}\u{20ac}"),
            ("\u{e9}\u{20ac}", 0, ' ', "\u{e9}\u{20ac}", "\u{e9}\u{20ac}", "\u{e9}\u{20ac}", "\u{e9}\u{20ac}"),
            ("\u{e9}\u{20ac}", 0, '\u{e9}', "\u{e9}\u{20ac}", "\u{e9}\u{20ac}", "\u{e9}\u{20ac}", "\u{e9}\u{20ac}"),
            ("\u{e9}\u{20ac}", 1, ' ', "\u{e9}\u{20ac}", "\u{e9}\u{20ac}", "\u{e9}\u{20ac}", "\u{e9}\u{20ac}"),
            ("\u{e9}\u{20ac}", 1, '\u{e9}', "\u{e9}\u{20ac}", "\u{e9}\u{20ac}", "\u{e9}\u{20ac}", "\u{e9}\u{20ac}"),
            ("\u{e9}\u{20ac}", 2, ' ', "\u{e9}\u{20ac}", "\u{e9}\u{20ac}", "\u{e9}\u{20ac}", "\u{e9}\u{20ac}"),
            ("\u{e9}\u{20ac}", 2, '\u{e9}', "\u{e9}\u{20ac}", "\u{e9}\u{20ac}", "\u{e9}\u{20ac}", "\u{e9}\u{20ac}"),
            ("\u{e9}\u{20ac}", 3, ' ', " \u{e9}\u{20ac}", "\u{e9}\u{20ac} ", " \u{e9}\u{20ac}", "0\u{e9}\u{20ac}"),
            ("\u{e9}\u{20ac}", 3, '\u{e9}', "\u{e9}\u{e9}\u{20ac}", "\u{e9}\u{20ac}\u{e9}", "\u{e9}\u{e9}\u{20ac}", "0\u{e9}\u{20ac}"),
            ("\u{e9}\u{20ac}", 4, ' ', " \u{e9}\u{20ac} ", "\u{e9}\u{20ac}  ", "  \u{e9}\u{20ac}", "00\u{e9}\u{20ac}"),
            ("\u{e9}\u{20ac}", 4, '\u{e9}', "\u{e9}\u{e9}\u{20ac}\u{e9}", "\u{e9}\u{20ac}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{20ac}", "00\u{e9}\u{20ac}"),
            ("\u{e9}\u{20ac}", 5, ' ', "  \u{e9}\u{20ac} ", "\u{e9}\u{20ac}   ", "   \u{e9}\u{20ac}", "000\u{e9}\u{20ac}"),
            ("\u{e9}\u{20ac}", 5, '\u{e9}', "\u{e9}\u{e9}\u{e9}\u{20ac}\u{e9}", "\u{e9}\u{20ac}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{20ac}", "000\u{e9}\u{20ac}"),
            ("\u{e9}\u{20ac}", 6, ' ', "  \u{e9}\u{20ac}  ", "\u{e9}\u{20ac}    ", "    \u{e9}\u{20ac}", "0000\u{e9}\u{20ac}"),
            ("\u{e9}\u{20ac}", 6, '\u{e9}', "\u{e9}\u{e9}\u{e9}\u{20ac}\u{e9}\u{e9}", "\u{e9}\u{20ac}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{20ac}", "0000\u{e9}\u{20ac}"),
            ("\u{e9}\u{20ac}", 7, ' ', "   \u{e9}\u{20ac}  ", "\u{e9}\u{20ac}     ", "     \u{e9}\u{20ac}", "00000\u{e9}\u{20ac}"),
            ("\u{e9}\u{20ac}", 7, '\u{e9}', "\u{e9}\u{e9}\u{e9}\u{e9}\u{20ac}\u{e9}\u{e9}", "\u{e9}\u{20ac}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{20ac}", "00000\u{e9}\u{20ac}"),
            ("\u{e9}\u{20ac}", 8, ' ', "   \u{e9}\u{20ac}   ", "\u{e9}\u{20ac}      ", "      \u{e9}\u{20ac}", "000000\u{e9}\u{20ac}"),
            ("\u{e9}\u{20ac}", 8, '\u{e9}', "\u{e9}\u{e9}\u{e9}\u{e9}\u{20ac}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{20ac}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{20ac}", "000000\u{e9}\u{20ac}"),
            ("-42", -1, ' ', "-42", "-42", "-42", "-42"),
            ("-42", -1, '\u{e9}', "-42", "-42", "-42", "-42"),
            ("-42", 0, ' ', "-42", "-42", "-42", "-42"),
            ("-42", 0, '\u{e9}', "-42", "-42", "-42", "-42"),
            ("-42", 1, ' ', "-42", "-42", "-42", "-42"),
            ("-42", 1, '\u{e9}', "-42", "-42", "-42", "-42"),
            ("-42", 2, ' ', "-42", "-42", "-42", "-42"),
            ("-42", 2, '\u{e9}', "-42", "-42", "-42", "-42"),
            ("-42", 3, ' ', "-42", "-42", "-42", "-42"),
            ("-42", 3, '\u{e9}', "-42", "-42", "-42", "-42"),
            ("-42", 4, ' ', "-42 ", "-42 ", " -42", "-042"),
            ("-42", 4, '\u{e9}', "-42\u{e9}", "-42\u{e9}", "\u{e9}-42", "-042"),
            ("-42", 5, ' ', " -42 ", "-42  ", "  -42", "-0042"),
            ("-42", 5, '\u{e9}', "\u{e9}-42\u{e9}", "-42\u{e9}\u{e9}", "\u{e9}\u{e9}-42", "-0042"),
            ("-42", 6, ' ', " -42  ", "-42   ", "   -42", "-00042"),
            ("-42", 6, '\u{e9}', "\u{e9}-42\u{e9}\u{e9}", "-42\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}-42", "-00042"),
            ("-42", 7, ' ', "  -42  ", "-42    ", "    -42", "-000042"),
            ("-42", 7, '\u{e9}', "\u{e9}\u{e9}-42\u{e9}\u{e9}", "-42\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}-42", "-000042"),
            ("-42", 8, ' ', "  -42   ", "-42     ", "     -42", "-0000042"),
            ("-42", 8, '\u{e9}', "\u{e9}\u{e9}-42\u{e9}\u{e9}\u{e9}", "-42\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}-42", "-0000042"),
            ("+", -1, ' ', "+", "+", "+", "+"),
            ("+", -1, '\u{e9}', "+", "+", "+", "+"),
            ("+", 0, ' ', "+", "+", "+", "+"),
            ("+", 0, '\u{e9}', "+", "+", "+", "+"),
            ("+", 1, ' ', "+", "+", "+", "+"),
            ("+", 1, '\u{e9}', "+", "+", "+", "+"),
            ("+", 2, ' ', "+ ", "+ ", " +", "+0"),
            ("+", 2, '\u{e9}', "+\u{e9}", "+\u{e9}", "\u{e9}+", "+0"),
            ("+", 3, ' ', " + ", "+  ", "  +", "+00"),
            ("+", 3, '\u{e9}', "\u{e9}+\u{e9}", "+\u{e9}\u{e9}", "\u{e9}\u{e9}+", "+00"),
            ("+", 4, ' ', " +  ", "+   ", "   +", "+000"),
            ("+", 4, '\u{e9}', "\u{e9}+\u{e9}\u{e9}", "+\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}+", "+000"),
            ("+", 5, ' ', "  +  ", "+    ", "    +", "+0000"),
            ("+", 5, '\u{e9}', "\u{e9}\u{e9}+\u{e9}\u{e9}", "+\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}+", "+0000"),
            ("+", 6, ' ', "  +   ", "+     ", "     +", "+00000"),
            ("+", 6, '\u{e9}', "\u{e9}\u{e9}+\u{e9}\u{e9}\u{e9}", "+\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}+", "+00000"),
            ("+", 7, ' ', "   +   ", "+      ", "      +", "+000000"),
            ("+", 7, '\u{e9}', "\u{e9}\u{e9}\u{e9}+\u{e9}\u{e9}\u{e9}", "+\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}+", "+000000"),
            ("+", 8, ' ', "   +    ", "+       ", "       +", "+0000000"),
            ("+", 8, '\u{e9}', "\u{e9}\u{e9}\u{e9}+\u{e9}\u{e9}\u{e9}\u{e9}", "+\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}+", "+0000000"),
            ("-", -1, ' ', "-", "-", "-", "-"),
            ("-", -1, '\u{e9}', "-", "-", "-", "-"),
            ("-", 0, ' ', "-", "-", "-", "-"),
            ("-", 0, '\u{e9}', "-", "-", "-", "-"),
            ("-", 1, ' ', "-", "-", "-", "-"),
            ("-", 1, '\u{e9}', "-", "-", "-", "-"),
            ("-", 2, ' ', "- ", "- ", " -", "-0"),
            ("-", 2, '\u{e9}', "-\u{e9}", "-\u{e9}", "\u{e9}-", "-0"),
            ("-", 3, ' ', " - ", "-  ", "  -", "-00"),
            ("-", 3, '\u{e9}', "\u{e9}-\u{e9}", "-\u{e9}\u{e9}", "\u{e9}\u{e9}-", "-00"),
            ("-", 4, ' ', " -  ", "-   ", "   -", "-000"),
            ("-", 4, '\u{e9}', "\u{e9}-\u{e9}\u{e9}", "-\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}-", "-000"),
            ("-", 5, ' ', "  -  ", "-    ", "    -", "-0000"),
            ("-", 5, '\u{e9}', "\u{e9}\u{e9}-\u{e9}\u{e9}", "-\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}-", "-0000"),
            ("-", 6, ' ', "  -   ", "-     ", "     -", "-00000"),
            ("-", 6, '\u{e9}', "\u{e9}\u{e9}-\u{e9}\u{e9}\u{e9}", "-\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}-", "-00000"),
            ("-", 7, ' ', "   -   ", "-      ", "      -", "-000000"),
            ("-", 7, '\u{e9}', "\u{e9}\u{e9}\u{e9}-\u{e9}\u{e9}\u{e9}", "-\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}-", "-000000"),
            ("-", 8, ' ', "   -    ", "-       ", "       -", "-0000000"),
            ("-", 8, '\u{e9}', "\u{e9}\u{e9}\u{e9}-\u{e9}\u{e9}\u{e9}\u{e9}", "-\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}-", "-0000000"),
            ("+-1", -1, ' ', "+-1", "+-1", "+-1", "+-1"),
            ("+-1", -1, '\u{e9}', "+-1", "+-1", "+-1", "+-1"),
            ("+-1", 0, ' ', "+-1", "+-1", "+-1", "+-1"),
            ("+-1", 0, '\u{e9}', "+-1", "+-1", "+-1", "+-1"),
            ("+-1", 1, ' ', "+-1", "+-1", "+-1", "+-1"),
            ("+-1", 1, '\u{e9}', "+-1", "+-1", "+-1", "+-1"),
            ("+-1", 2, ' ', "+-1", "+-1", "+-1", "+-1"),
            ("+-1", 2, '\u{e9}', "+-1", "+-1", "+-1", "+-1"),
            ("+-1", 3, ' ', "+-1", "+-1", "+-1", "+-1"),
            ("+-1", 3, '\u{e9}', "+-1", "+-1", "+-1", "+-1"),
            ("+-1", 4, ' ', "+-1 ", "+-1 ", " +-1", "+0-1"),
            ("+-1", 4, '\u{e9}', "+-1\u{e9}", "+-1\u{e9}", "\u{e9}+-1", "+0-1"),
            ("+-1", 5, ' ', " +-1 ", "+-1  ", "  +-1", "+00-1"),
            ("+-1", 5, '\u{e9}', "\u{e9}+-1\u{e9}", "+-1\u{e9}\u{e9}", "\u{e9}\u{e9}+-1", "+00-1"),
            ("+-1", 6, ' ', " +-1  ", "+-1   ", "   +-1", "+000-1"),
            ("+-1", 6, '\u{e9}', "\u{e9}+-1\u{e9}\u{e9}", "+-1\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}+-1", "+000-1"),
            ("+-1", 7, ' ', "  +-1  ", "+-1    ", "    +-1", "+0000-1"),
            ("+-1", 7, '\u{e9}', "\u{e9}\u{e9}+-1\u{e9}\u{e9}", "+-1\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}+-1", "+0000-1"),
            ("+-1", 8, ' ', "  +-1   ", "+-1     ", "     +-1", "+00000-1"),
            ("+-1", 8, '\u{e9}', "\u{e9}\u{e9}+-1\u{e9}\u{e9}\u{e9}", "+-1\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}+-1", "+00000-1"),
            ("x-1", -1, ' ', "x-1", "x-1", "x-1", "x-1"),
            ("x-1", -1, '\u{e9}', "x-1", "x-1", "x-1", "x-1"),
            ("x-1", 0, ' ', "x-1", "x-1", "x-1", "x-1"),
            ("x-1", 0, '\u{e9}', "x-1", "x-1", "x-1", "x-1"),
            ("x-1", 1, ' ', "x-1", "x-1", "x-1", "x-1"),
            ("x-1", 1, '\u{e9}', "x-1", "x-1", "x-1", "x-1"),
            ("x-1", 2, ' ', "x-1", "x-1", "x-1", "x-1"),
            ("x-1", 2, '\u{e9}', "x-1", "x-1", "x-1", "x-1"),
            ("x-1", 3, ' ', "x-1", "x-1", "x-1", "x-1"),
            ("x-1", 3, '\u{e9}', "x-1", "x-1", "x-1", "x-1"),
            ("x-1", 4, ' ', "x-1 ", "x-1 ", " x-1", "0x-1"),
            ("x-1", 4, '\u{e9}', "x-1\u{e9}", "x-1\u{e9}", "\u{e9}x-1", "0x-1"),
            ("x-1", 5, ' ', " x-1 ", "x-1  ", "  x-1", "00x-1"),
            ("x-1", 5, '\u{e9}', "\u{e9}x-1\u{e9}", "x-1\u{e9}\u{e9}", "\u{e9}\u{e9}x-1", "00x-1"),
            ("x-1", 6, ' ', " x-1  ", "x-1   ", "   x-1", "000x-1"),
            ("x-1", 6, '\u{e9}', "\u{e9}x-1\u{e9}\u{e9}", "x-1\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}x-1", "000x-1"),
            ("x-1", 7, ' ', "  x-1  ", "x-1    ", "    x-1", "0000x-1"),
            ("x-1", 7, '\u{e9}', "\u{e9}\u{e9}x-1\u{e9}\u{e9}", "x-1\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}x-1", "0000x-1"),
            ("x-1", 8, ' ', "  x-1   ", "x-1     ", "     x-1", "00000x-1"),
            ("x-1", 8, '\u{e9}', "\u{e9}\u{e9}x-1\u{e9}\u{e9}\u{e9}", "x-1\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}x-1", "00000x-1"),
            ("\u{1f600}", -1, ' ', "\u{1f600}", "\u{1f600}", "\u{1f600}", "\u{1f600}"),
            ("\u{1f600}", -1, '\u{e9}', "\u{1f600}", "\u{1f600}", "\u{1f600}", "\u{1f600}"),
            ("\u{1f600}", 0, ' ', "\u{1f600}", "\u{1f600}", "\u{1f600}", "\u{1f600}"),
            ("\u{1f600}", 0, '\u{e9}', "\u{1f600}", "\u{1f600}", "\u{1f600}", "\u{1f600}"),
            ("\u{1f600}", 1, ' ', "\u{1f600}", "\u{1f600}", "\u{1f600}", "\u{1f600}"),
            ("\u{1f600}", 1, '\u{e9}', "\u{1f600}", "\u{1f600}", "\u{1f600}", "\u{1f600}"),
            ("\u{1f600}", 2, ' ', "\u{1f600} ", "\u{1f600} ", " \u{1f600}", "0\u{1f600}"),
            ("\u{1f600}", 2, '\u{e9}', "\u{1f600}\u{e9}", "\u{1f600}\u{e9}", "\u{e9}\u{1f600}", "0\u{1f600}"),
            ("\u{1f600}", 3, ' ', " \u{1f600} ", "\u{1f600}  ", "  \u{1f600}", "00\u{1f600}"),
            ("\u{1f600}", 3, '\u{e9}', "\u{e9}\u{1f600}\u{e9}", "\u{1f600}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{1f600}", "00\u{1f600}"),
            ("\u{1f600}", 4, ' ', " \u{1f600}  ", "\u{1f600}   ", "   \u{1f600}", "000\u{1f600}"),
            ("\u{1f600}", 4, '\u{e9}', "\u{e9}\u{1f600}\u{e9}\u{e9}", "\u{1f600}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{1f600}", "000\u{1f600}"),
            ("\u{1f600}", 5, ' ', "  \u{1f600}  ", "\u{1f600}    ", "    \u{1f600}", "0000\u{1f600}"),
            ("\u{1f600}", 5, '\u{e9}', "\u{e9}\u{e9}\u{1f600}\u{e9}\u{e9}", "\u{1f600}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{1f600}", "0000\u{1f600}"),
            ("\u{1f600}", 6, ' ', "  \u{1f600}   ", "\u{1f600}     ", "     \u{1f600}", "00000\u{1f600}"),
            ("\u{1f600}", 6, '\u{e9}', "\u{e9}\u{e9}\u{1f600}\u{e9}\u{e9}\u{e9}", "\u{1f600}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{1f600}", "00000\u{1f600}"),
            ("\u{1f600}", 7, ' ', "   \u{1f600}   ", "\u{1f600}      ", "      \u{1f600}", "000000\u{1f600}"),
            ("\u{1f600}", 7, '\u{e9}', "\u{e9}\u{e9}\u{e9}\u{1f600}\u{e9}\u{e9}\u{e9}", "\u{1f600}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{1f600}", "000000\u{1f600}"),
            ("\u{1f600}", 8, ' ', "   \u{1f600}    ", "\u{1f600}       ", "       \u{1f600}", "0000000\u{1f600}"),
            ("\u{1f600}", 8, '\u{e9}', "\u{e9}\u{e9}\u{e9}\u{1f600}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{1f600}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{1f600}", "0000000\u{1f600}"),
        ];
        for &(s, w, f, want, l, r, z) in cases {
            assert_eq!((center(s, w, f), ljust(s, w, f), rjust(s, w, f), zfill(s, w)), (want.to_string(), l.to_string(), r.to_string(), z.to_string()), "{:?}", (s, w, f, want, l, r, z));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_case() {
        let cases: &[(&str, &str, &str, &str, &str, &str, &str)] = &[
            ("", "", "", "", "", "", ""),
            (" ", " ", " ", " ", " ", " ", " "),
            ("abc", "ABC", "abc", "abc", "ABC", "Abc", "Abc"),
            ("  a  b  ", "  A  B  ", "  a  b  ", "  a  b  ", "  A  B  ", "  A  B  ", "  a  b  "),
            ("a,b,,c", "A,B,,C", "a,b,,c", "a,b,,c", "A,B,,C", "A,B,,C", "A,b,,c"),
            ("'\"", "'\"", "'\"", "'\"", "'\"", "'\"", "'\""),
            ("it's", "IT'S", "it's", "it's", "IT'S", "It'S", "It's"),
            ("say \"hi\"", "SAY \"HI\"", "say \"hi\"", "say \"hi\"", "SAY \"HI\"", "Say \"Hi\"", "Say \"hi\""),
            ("both ' and \"", "BOTH ' AND \"", "both ' and \"", "both ' and \"", "BOTH ' AND \"", "Both ' And \"", "Both ' and \""),
            ("\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", "\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}"),
            ("\u{200b}", "\u{200b}", "\u{200b}", "\u{200b}", "\u{200b}", "\u{200b}", "\u{200b}"),
            ("\u{1f600}", "\u{1f600}", "\u{1f600}", "\u{1f600}", "\u{1f600}", "\u{1f600}", "\u{1f600}"),
            ("\u{a0}\u{2028}\u{85}\u{3000} x", "\u{a0}\u{2028}\u{85}\u{3000} X", "\u{a0}\u{2028}\u{85}\u{3000} x", "\u{a0}\u{2028}\u{85}\u{3000} x", "\u{a0}\u{2028}\u{85}\u{3000} X", "\u{a0}\u{2028}\u{85}\u{3000} X", "\u{a0}\u{2028}\u{85}\u{3000} x"),
            ("tab\there\n", "TAB\tHERE\n", "tab\there\n", "tab\there\n", "TAB\tHERE\n", "Tab\tHere\n", "Tab\there\n"),
            ("\\back", "\\BACK", "\\back", "\\back", "\\BACK", "\\Back", "\\back"),
            ("\u{df}", "SS", "\u{df}", "ss", "SS", "Ss", "Ss"),
            ("\u{1c5}\u{1c6}\u{1c4}", "\u{1c4}\u{1c4}\u{1c4}", "\u{1c6}\u{1c6}\u{1c6}", "\u{1c6}\u{1c6}\u{1c6}", "\u{1c5}\u{1c4}\u{1c6}", "\u{1c5}\u{1c6}\u{1c6}", "\u{1c5}\u{1c6}\u{1c6}"),
            ("hello world", "HELLO WORLD", "hello world", "hello world", "HELLO WORLD", "Hello World", "Hello world"),
            ("they're bill's", "THEY'RE BILL'S", "they're bill's", "they're bill's", "THEY'RE BILL'S", "They'Re Bill'S", "They're bill's"),
            ("\u{3a3}\u{391}\u{3a3}", "\u{3a3}\u{391}\u{3a3}", "\u{3c3}\u{3b1}\u{3c2}", "\u{3c3}\u{3b1}\u{3c3}", "\u{3c3}\u{3b1}\u{3c2}", "\u{3a3}\u{3b1}\u{3c2}", "\u{3a3}\u{3b1}\u{3c2}"),
            ("\u{1f48}\u{394}\u{3a5}\u{3a3}\u{3a3}\u{395}\u{38e}\u{3a3}", "\u{1f48}\u{394}\u{3a5}\u{3a3}\u{3a3}\u{395}\u{38e}\u{3a3}", "\u{1f40}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3cd}\u{3c2}", "\u{1f40}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3cd}\u{3c3}", "\u{1f40}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3cd}\u{3c2}", "\u{1f48}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3cd}\u{3c2}", "\u{1f48}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3cd}\u{3c2}"),
            ("\u{3a3}", "\u{3a3}", "\u{3c3}", "\u{3c3}", "\u{3c3}", "\u{3a3}", "\u{3a3}"),
            ("a\u{3a3} b", "A\u{3a3} B", "a\u{3c2} b", "a\u{3c3} b", "A\u{3c2} B", "A\u{3c2} B", "A\u{3c2} b"),
            ("A\u{3a3}'", "A\u{3a3}'", "a\u{3c2}'", "a\u{3c3}'", "a\u{3c2}'", "A\u{3c2}'", "A\u{3c2}'"),
            ("A\u{345}\u{3a3}", "A\u{399}\u{3a3}", "a\u{345}\u{3c2}", "a\u{3b9}\u{3c3}", "a\u{399}\u{3c2}", "A\u{345}\u{3c2}", "A\u{345}\u{3c2}"),
            ("\u{3a3}a", "\u{3a3}A", "\u{3c3}a", "\u{3c3}a", "\u{3c3}A", "\u{3a3}a", "\u{3a3}a"),
            ("A.\u{3a3}.b", "A.\u{3a3}.B", "a.\u{3c3}.b", "a.\u{3c3}.b", "a.\u{3c3}.B", "A.\u{3a3}.B", "A.\u{3c3}.b"),
            ("\u{661}\u{662}\u{663}", "\u{661}\u{662}\u{663}", "\u{661}\u{662}\u{663}", "\u{661}\u{662}\u{663}", "\u{661}\u{662}\u{663}", "\u{661}\u{662}\u{663}", "\u{661}\u{662}\u{663}"),
            ("\u{bd}", "\u{bd}", "\u{bd}", "\u{bd}", "\u{bd}", "\u{bd}", "\u{bd}"),
            ("\u{b2}", "\u{b2}", "\u{b2}", "\u{b2}", "\u{b2}", "\u{b2}", "\u{b2}"),
            ("\u{130}stanbul", "\u{130}STANBUL", "i\u{307}stanbul", "i\u{307}stanbul", "i\u{307}STANBUL", "\u{130}stanbul", "\u{130}stanbul"),
            ("\u{fb01} \u{fb02}", "FI FL", "\u{fb01} \u{fb02}", "fi fl", "FI FL", "Fi Fl", "Fi \u{fb02}"),
            ("\u{149}", "\u{2bc}N", "\u{149}", "\u{2bc}n", "\u{2bc}N", "\u{2bc}N", "\u{2bc}N"),
            ("\u{1f0}", "J\u{30c}", "\u{1f0}", "j\u{30c}", "J\u{30c}", "J\u{30c}", "J\u{30c}"),
            ("\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", "\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}END", "\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", "\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", "\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}END", "\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}End", "\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end"),
            ("a\r", "A\r", "a\r", "a\r", "A\r", "A\r", "A\r"),
            ("\n", "\n", "\n", "\n", "\n", "\n", "\n"),
            ("\u{e9}\u{20ac}\u{1f600}", "\u{c9}\u{20ac}\u{1f600}", "\u{e9}\u{20ac}\u{1f600}", "\u{e9}\u{20ac}\u{1f600}", "\u{c9}\u{20ac}\u{1f600}", "\u{c9}\u{20ac}\u{1f600}", "\u{c9}\u{20ac}\u{1f600}"),
            ("-42", "-42", "-42", "-42", "-42", "-42", "-42"),
            ("+", "+", "+", "+", "+", "+", "+"),
            ("a\tbc\td", "A\tBC\tD", "a\tbc\td", "a\tbc\td", "A\tBC\tD", "A\tBc\tD", "A\tbc\td"),
            ("12\t\n\tx\r\ty", "12\t\n\tX\r\tY", "12\t\n\tx\r\ty", "12\t\n\tx\r\ty", "12\t\n\tX\r\tY", "12\t\n\tX\r\tY", "12\t\n\tx\r\ty"),
            ("aaa", "AAA", "aaa", "aaa", "AAA", "Aaa", "Aaa"),
            ("Hello World", "HELLO WORLD", "hello world", "hello world", "hELLO wORLD", "Hello World", "Hello world"),
            ("hELLO wORLD", "HELLO WORLD", "hello world", "hello world", "Hello World", "Hello World", "Hello world"),
            ("ABC", "ABC", "abc", "abc", "abc", "Abc", "Abc"),
            ("_id", "_ID", "_id", "_id", "_ID", "_Id", "_id"),
            ("1abc", "1ABC", "1abc", "1abc", "1ABC", "1Abc", "1abc"),
            ("\u{e9}_x", "\u{c9}_X", "\u{e9}_x", "\u{e9}_x", "\u{c9}_X", "\u{c9}_X", "\u{c9}_x"),
            ("\u{660}", "\u{660}", "\u{660}", "\u{660}", "\u{660}", "\u{660}", "\u{660}"),
            ("\u{2177}", "\u{2167}", "\u{2177}", "\u{2177}", "\u{2167}", "\u{2167}", "\u{2167}"),
            ("x\u{301}y", "X\u{301}Y", "x\u{301}y", "x\u{301}y", "X\u{301}Y", "X\u{301}Y", "X\u{301}y"),
            ("\u{feff}bom", "\u{feff}BOM", "\u{feff}bom", "\u{feff}bom", "\u{feff}BOM", "\u{feff}Bom", "\u{feff}bom"),
            ("\u{e000}", "\u{e000}", "\u{e000}", "\u{e000}", "\u{e000}", "\u{e000}", "\u{e000}"),
            ("\u{e0001}", "\u{e0001}", "\u{e0001}", "\u{e0001}", "\u{e0001}", "\u{e0001}", "\u{e0001}"),
            ("\u{378}", "\u{378}", "\u{378}", "\u{378}", "\u{378}", "\u{378}", "\u{378}"),
            ("\u{1e9e}", "\u{1e9e}", "\u{df}", "ss", "\u{df}", "\u{1e9e}", "\u{1e9e}"),
            ("\u{a7c0}\u{a7c1}", "\u{a7c0}\u{a7c0}", "\u{a7c1}\u{a7c1}", "\u{a7c1}\u{a7c1}", "\u{a7c1}\u{a7c0}", "\u{a7c0}\u{a7c1}", "\u{a7c0}\u{a7c1}"),
            ("\u{a7cb}\u{a7cd}", "\u{a7cb}\u{a7cd}", "\u{a7cb}\u{a7cd}", "\u{a7cb}\u{a7cd}", "\u{a7cb}\u{a7cd}", "\u{a7cb}\u{a7cd}", "\u{a7cb}\u{a7cd}"),
            ("\u{13a0}\u{ab70}", "\u{13a0}\u{13a0}", "\u{ab70}\u{ab70}", "\u{13a0}\u{13a0}", "\u{ab70}\u{13a0}", "\u{13a0}\u{ab70}", "\u{13a0}\u{ab70}"),
            ("\u{10d0}", "\u{1c90}", "\u{10d0}", "\u{10d0}", "\u{1c90}", "\u{10d0}", "\u{10d0}"),
            ("\u{1c90}", "\u{1c90}", "\u{10d0}", "\u{10d0}", "\u{10d0}", "\u{1c90}", "\u{1c90}"),
            ("\u{1f2}", "\u{1f1}", "\u{1f3}", "\u{1f3}", "\u{1f2}", "\u{1f2}", "\u{1f2}"),
            ("\u{1f1}", "\u{1f1}", "\u{1f3}", "\u{1f3}", "\u{1f3}", "\u{1f2}", "\u{1f2}"),
            ("\u{1f3}", "\u{1f1}", "\u{1f3}", "\u{1f3}", "\u{1f1}", "\u{1f2}", "\u{1f2}"),
            ("\u{b5}", "\u{39c}", "\u{b5}", "\u{3bc}", "\u{39c}", "\u{39c}", "\u{39c}"),
            ("\u{130}", "\u{130}", "i\u{307}", "i\u{307}", "i\u{307}", "\u{130}", "\u{130}"),
            ("\u{fb03}", "FFI", "\u{fb03}", "ffi", "FFI", "Ffi", "Ffi"),
            ("\u{10400}\u{10428}", "\u{10400}\u{10400}", "\u{10428}\u{10428}", "\u{10428}\u{10428}", "\u{10428}\u{10400}", "\u{10400}\u{10428}", "\u{10400}\u{10428}"),
            ("\u{1f80}\u{1fb3}\u{1fbc}", "\u{1f08}\u{399}\u{391}\u{399}\u{391}\u{399}", "\u{1f80}\u{1fb3}\u{1fb3}", "\u{1f00}\u{3b9}\u{3b1}\u{3b9}\u{3b1}\u{3b9}", "\u{1f08}\u{399}\u{391}\u{399}\u{1fbc}", "\u{1f88}\u{1fb3}\u{1fb3}", "\u{1f88}\u{1fb3}\u{1fb3}"),
            ("a b\u{2000}c\u{3000}", "A B\u{2000}C\u{3000}", "a b\u{2000}c\u{3000}", "a b\u{2000}c\u{3000}", "A B\u{2000}C\u{3000}", "A B\u{2000}C\u{3000}", "A b\u{2000}c\u{3000}"),
            ("xxx", "XXX", "xxx", "xxx", "XXX", "Xxx", "Xxx"),
            ("\u{2160}", "\u{2160}", "\u{2170}", "\u{2170}", "\u{2170}", "\u{2160}", "\u{2160}"),
            ("a1", "A1", "a1", "a1", "A1", "A1", "A1"),
            ("\u{661}a", "\u{661}A", "\u{661}a", "\u{661}a", "\u{661}A", "\u{661}A", "\u{661}a"),
            ("\u{1d7ce}", "\u{1d7ce}", "\u{1d7ce}", "\u{1d7ce}", "\u{1d7ce}", "\u{1d7ce}", "\u{1d7ce}"),
            ("a_\u{b7}", "A_\u{b7}", "a_\u{b7}", "a_\u{b7}", "A_\u{b7}", "A_\u{b7}", "A_\u{b7}"),
            ("\u{b7}a", "\u{b7}A", "\u{b7}a", "\u{b7}a", "\u{b7}A", "\u{b7}A", "\u{b7}a"),
            ("\u{2118}x", "\u{2118}X", "\u{2118}x", "\u{2118}x", "\u{2118}X", "\u{2118}X", "\u{2118}x"),
            ("\u{2168}", "\u{2168}", "\u{2178}", "\u{2178}", "\u{2178}", "\u{2168}", "\u{2168}"),
            ("\u{1c5}a", "\u{1c4}A", "\u{1c6}a", "\u{1c6}a", "\u{1c5}A", "\u{1c5}a", "\u{1c5}a"),
            ("\u{1c5}A", "\u{1c4}A", "\u{1c6}a", "\u{1c6}a", "\u{1c5}a", "\u{1c5}a", "\u{1c5}a"),
            ("a\u{1c5}", "A\u{1c4}", "a\u{1c6}", "a\u{1c6}", "A\u{1c5}", "A\u{1c6}", "A\u{1c6}"),
            ("Ab Cd", "AB CD", "ab cd", "ab cd", "aB cD", "Ab Cd", "Ab cd"),
            ("A B", "A B", "a b", "a b", "a b", "A B", "A b"),
            ("1A", "1A", "1a", "1a", "1a", "1A", "1a"),
            ("a\u{2b0}", "A\u{2b0}", "a\u{2b0}", "a\u{2b0}", "A\u{2b0}", "A\u{2b0}", "A\u{2b0}"),
            ("\u{149}", "\u{2bc}N", "\u{149}", "\u{2bc}n", "\u{2bc}N", "\u{2bc}N", "\u{2bc}N"),
        ];
        for &(s, u, l, f, sw, t, c) in cases {
            assert_eq!((upper(s), lower(s), casefold(s), swapcase(s), title(s), capitalize(s)), (u.to_string(), l.to_string(), f.to_string(), sw.to_string(), t.to_string(), c.to_string()), "{:?}", (s, u, l, f, sw, t, c));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_predicates() {
        let cases: &[(&str, &str)] = &[
            ("", "000000000110"),
            (" ", "100000000110"),
            ("abc", "011000100111"),
            ("  a  b  ", "000000100110"),
            ("a,b,,c", "000000100110"),
            ("'\"", "000000000110"),
            ("it's", "000000100110"),
            ("say \"hi\"", "000000100110"),
            ("both ' and \"", "000000100110"),
            ("\x7f\x00\x1f\u{80}\u{9f}\u{a0}\u{ad}", "000000000000"),
            ("\u{200b}", "000000000000"),
            ("\u{1f600}", "000000000100"),
            ("\u{a0}\u{2028}\u{85}\u{3000} x", "000000100000"),
            ("tab\there\n", "000000100010"),
            ("\\back", "000000100110"),
            ("\u{df}", "011000100101"),
            ("\u{1c5}\u{1c6}\u{1c4}", "011000000101"),
            ("hello world", "000000100110"),
            ("they're bill's", "000000100110"),
            ("\u{3a3}\u{391}\u{3a3}", "011000010101"),
            ("\u{1f48}\u{394}\u{3a5}\u{3a3}\u{3a3}\u{395}\u{38e}\u{3a3}", "011000010101"),
            ("\u{3a3}", "011000011101"),
            ("a\u{3a3} b", "000000000100"),
            ("A\u{3a3}'", "000000010100"),
            ("A\u{345}\u{3a3}", "000000000101"),
            ("\u{3a3}a", "011000001101"),
            ("A.\u{3a3}.b", "000000000100"),
            ("\u{661}\u{662}\u{663}", "001111000100"),
            ("\u{bd}", "001001000100"),
            ("\u{b2}", "001011000100"),
            ("\u{130}stanbul", "011000001101"),
            ("\u{fb01} \u{fb02}", "000000100100"),
            ("\u{149}", "011000100101"),
            ("\u{1f0}", "011000100101"),
            ("\r\n\r\n\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u{85}\u{2028}\u{2029}end", "000000100000"),
            ("a\r", "000000100010"),
            ("\n", "100000000010"),
            ("\u{e9}\u{20ac}\u{1f600}", "000000100100"),
            ("-42", "000000000110"),
            ("+", "000000000110"),
            ("a\tbc\td", "000000100010"),
            ("12\t\n\tx\r\ty", "000000100010"),
            ("aaa", "011000100111"),
            ("Hello World", "000000001110"),
            ("hELLO wORLD", "000000000110"),
            ("ABC", "011000010111"),
            ("_id", "000000100111"),
            ("1abc", "001000100110"),
            ("\u{e9}_x", "000000100101"),
            ("\u{660}", "001111000100"),
            ("\u{2177}", "001001100101"),
            ("x\u{301}y", "000000100101"),
            ("\u{feff}bom", "000000100000"),
            ("\u{e000}", "000000000000"),
            ("\u{e0001}", "000000000000"),
            ("\u{378}", "000000000000"),
            ("\u{1e9e}", "011000011101"),
            ("\u{a7c0}\u{a7c1}", "011000001101"),
            ("\u{a7cb}\u{a7cd}", "000000000000"),
            ("\u{13a0}\u{ab70}", "011000001101"),
            ("\u{10d0}", "011000100101"),
            ("\u{1c90}", "011000011101"),
            ("\u{1f2}", "011000001101"),
            ("\u{1f1}", "011000011101"),
            ("\u{1f3}", "011000100101"),
            ("\u{b5}", "011000100101"),
            ("\u{130}", "011000011101"),
            ("\u{fb03}", "011000100101"),
            ("\u{10400}\u{10428}", "011000001101"),
            ("\u{1f80}\u{1fb3}\u{1fbc}", "011000000101"),
            ("a b\u{2000}c\u{3000}", "000000100000"),
            ("xxx", "011000100111"),
            ("\u{2160}", "001001011101"),
            ("a1", "001000100111"),
            ("\u{661}a", "001000100100"),
            ("\u{1d7ce}", "001111000100"),
            ("a_\u{b7}", "000000100101"),
            ("\u{b7}a", "000000100100"),
            ("\u{2118}x", "000000100101"),
            ("\u{2168}", "001001011101"),
            ("\u{1c5}a", "011000001101"),
            ("\u{1c5}A", "011000000101"),
            ("a\u{1c5}", "011000000101"),
            ("Ab Cd", "000000001110"),
            ("A B", "000000011110"),
            ("1A", "001000011110"),
            ("a\u{2b0}", "011000100101"),
            ("\u{149}", "011000100101"),
        ];
        for &(s, want) in cases {
            assert_eq!([isspace(s), isalpha(s), isalnum(s), isdecimal(s), isdigit(s), isnumeric(s), islower(s), isupper(s), istitle(s), isprintable(s), isascii(s), isidentifier(s)].iter().map(|&b| if b { '1' } else { '0' }).collect::<String>(), want, "{:?}", (s, want));
        }
    }
    // END GENERATED TESTS
}
