//! Pure algorithms behind Python's `bytes`/`bytearray` methods and the
//! UTF-8, ASCII and Latin-1 codecs.
//!
//! # Bytes are not text
//!
//! CPython's bytes methods deliberately know nothing about Unicode: case
//! mapping, `isalpha`, `isspace` and friends consult the C locale-free ASCII
//! tables (`Py_ISSPACE` is exactly `\t \n \v \f \r` and space, so unlike
//! `str.isspace`, `b'\x1c'` and `b'\x85'` are *not* whitespace), and
//! `splitlines` only knows `\n`, `\r` and `\r\n`.  Indices are byte
//! indices.  Everything here therefore works on `&[u8]` with no decoding,
//! and the shared shapes of the algorithms (the `split()` loop that keeps the
//! tail verbatim once `maxsplit` is used up, `center`'s
//! `marg / 2 + (marg & width & 1)` left margin, `zfill`'s sign hoisting,
//! `find`'s treatment of a start index past the end) are the same as in the
//! `strfuncs` module; see its header for the index convention
//! (`start`/`end` already passed through CPython's `ADJUST_INDICES`).
//! `bytearray` shares all of these; only its `repr` differs, by a wrapper the
//! caller adds.
//!
//! # Codecs
//!
//! The decoders report errors as `(start, end, reason)` triples, exactly the
//! fields of CPython's `UnicodeDecodeError`, so the runtime can build the
//! exception object itself.  The UTF-8 error ranges follow the Unicode
//! "maximal subpart" practice, which is what both CPython and Rust's
//! `std::str::from_utf8` implement: a byte that can never start a sequence
//! (`80..C1`, `F5..FF`) is an "invalid start byte" of length 1; a valid lead
//! followed by a byte that cannot continue it (including overlong and
//! surrogate second bytes, e.g. `E0 80`, `ED A0`) is an "invalid continuation
//! byte" covering the lead and the valid continuation bytes before the
//! offender; input that ends inside a well-formed prefix is "unexpected end
//! of data" running to the end.  We reuse `Utf8Error::error_len` for the
//! range and classify it by looking at the first byte.  Error handlers
//! `strict`, `replace` (one U+FFFD per error range), `ignore` and
//! `backslashreplace` are exact.  `surrogateescape` would produce lone
//! surrogates (U+DC80..U+DCFF), which a Rust `String` cannot hold; it is
//! approximated by one U+FFFD per undecodable byte, which is lossy and
//! round-trips nothing; `surrogatepass` behaves as `strict` (exact except
//! for input containing encoded surrogates such as `ED A0 80`, which CPython
//! would turn into a lone surrogate).  An unknown handler name yields
//! `Err((start, end, "unknown error handler name '...'"))` at the first
//! error, the moment CPython would raise its `LookupError`; callers can test
//! for that prefix.
//!
//! The encoders (ASCII, Latin-1) report the whole run of consecutive
//! unencodable characters as one error, as CPython does
//! (`'aé€b'.encode('ascii')` fails at positions 1-3), with positions in
//! code points.  Handlers: `strict`, `replace` (`?` per char), `ignore`,
//! `backslashreplace` (`\xNN`/`\uNNNN`/`\UNNNNNNNN`) and
//! `xmlcharrefreplace` (`&#NNN;`); `surrogateescape` and `surrogatepass`
//! raise exactly like `strict`, as CPython's do for non-surrogates.

use memchr::memmem;

/// Saturating conversion of Python's `maxsplit`/`count`: negative means
/// unlimited.
fn limit(n: i64) -> usize {
    if n < 0 {
        usize::MAX
    } else {
        usize::try_from(n).unwrap_or(usize::MAX)
    }
}

/// `Py_ISSPACE`: space, `\t`, `\n`, `\v`, `\f`, `\r`.
fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

const HEX: &[u8; 16] = b"0123456789abcdef";

// ---------------------------------------------------------------------------
// repr
// ---------------------------------------------------------------------------

/// `repr(b)` with the given prefix (`"b"` for bytes).  Quotes: `'`
/// unless the data contains `'` and no `"`; printable ASCII is literal,
/// `\t \n \r \\` and the active quote are backslash-escaped, the rest is
/// `\xNN`.  For a bytearray use [`repr_bytearray`]: CPython 3.11's
/// bytearray repr escapes `'` even inside double quotes
/// (`bytearray(b"it\'s")`), so wrapping this function's output is not exact.
pub fn repr_bytes(b: &[u8], prefix: &str) -> String {
    repr_impl(b, prefix, false)
}

/// `repr(bytearray(b))`, e.g. `bytearray(b"it\'s")`.
pub fn repr_bytearray(b: &[u8]) -> String {
    let mut out = repr_impl(b, "bytearray(b", true);
    out.push(')');
    out
}

fn repr_impl(b: &[u8], prefix: &str, always_escape_squote: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + prefix.len() + 2);
    out.push_str(prefix);
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ if c == quote || (always_escape_squote && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            b' '..=b'~' => out.push(c as char),
            _ => {
                out.push_str("\\x");
                out.push(HEX[(c >> 4) as usize] as char);
                out.push(HEX[(c & 0xf) as usize] as char);
            }
        }
    }
    out.push(quote as char);
    out
}

// ---------------------------------------------------------------------------
// Splitting
// ---------------------------------------------------------------------------

/// `b.split(None, maxsplit)` with ASCII whitespace.
pub fn split_whitespace(b: &[u8], maxsplit: i64) -> Vec<&[u8]> {
    let mut left = limit(maxsplit);
    let mut out = Vec::new();
    let mut i = 0;
    let n = b.len();
    loop {
        while i < n && is_ws(b[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        if left == 0 {
            out.push(&b[i..]);
            break;
        }
        let j = i;
        while i < n && !is_ws(b[i]) {
            i += 1;
        }
        out.push(&b[j..i]);
        left -= 1;
    }
    out
}

/// `b.rsplit(None, maxsplit)` with ASCII whitespace.
pub fn rsplit_whitespace(b: &[u8], maxsplit: i64) -> Vec<&[u8]> {
    let mut left = limit(maxsplit);
    let mut out = Vec::new();
    let mut i = b.len();
    loop {
        while i > 0 && is_ws(b[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        if left == 0 {
            out.push(&b[..i]);
            break;
        }
        let j = i;
        while i > 0 && !is_ws(b[i - 1]) {
            i -= 1;
        }
        out.push(&b[i..j]);
        left -= 1;
    }
    out.reverse();
    out
}

/// `b.split(sep, maxsplit)`; the caller rejects an empty `sep` (if it does
/// not, `[b]` is returned).
pub fn split_sep<'a>(b: &'a [u8], sep: &[u8], maxsplit: i64) -> Vec<&'a [u8]> {
    if sep.is_empty() {
        return vec![b];
    }
    let mut left = limit(maxsplit);
    let mut out = Vec::new();
    let mut last = 0;
    for pos in memmem::find_iter(b, sep) {
        if left == 0 {
            break;
        }
        out.push(&b[last..pos]);
        last = pos + sep.len();
        left -= 1;
    }
    out.push(&b[last..]);
    out
}

/// `b.rsplit(sep, maxsplit)`: separators matched from the right.
pub fn rsplit_sep<'a>(b: &'a [u8], sep: &[u8], maxsplit: i64) -> Vec<&'a [u8]> {
    if sep.is_empty() {
        return vec![b];
    }
    let mut left = limit(maxsplit);
    let mut out = Vec::new();
    let mut end = b.len();
    while left > 0 {
        let Some(pos) = memmem::rfind(&b[..end], sep) else {
            break;
        };
        out.push(&b[pos + sep.len()..end]);
        end = pos;
        left -= 1;
    }
    out.push(&b[..end]);
    out.reverse();
    out
}

/// `b.splitlines(keepends)`: only `\n`, `\r` and `\r\n` end lines.
pub fn splitlines(b: &[u8], keepends: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\n' && c != b'\r' {
            i += 1;
            continue;
        }
        let mut eol = i + 1;
        if c == b'\r' && b.get(eol) == Some(&b'\n') {
            eol += 1;
        }
        out.push(&b[start..if keepends { eol } else { i }]);
        start = eol;
        i = eol;
    }
    if start < b.len() {
        out.push(&b[start..]);
    }
    out
}

// ---------------------------------------------------------------------------
// Stripping
// ---------------------------------------------------------------------------

fn strip_set(chars: Option<&[u8]>) -> impl Fn(u8) -> bool + '_ {
    move |c| match chars {
        None => is_ws(c),
        Some(set) => set.contains(&c),
    }
}

/// `b.strip(chars)`; `None` strips ASCII whitespace.
pub fn strip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    rstrip(lstrip(b, chars), chars)
}

/// `b.lstrip(chars)`.
pub fn lstrip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    let f = strip_set(chars);
    let i = b.iter().position(|&c| !f(c)).unwrap_or(b.len());
    &b[i..]
}

/// `b.rstrip(chars)`.
pub fn rstrip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    let f = strip_set(chars);
    let i = b.iter().rposition(|&c| !f(c)).map_or(0, |i| i + 1);
    &b[..i]
}

// ---------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------

/// Adjusted `[start, end)` window, `None` if inverted or starting past the
/// end (so `b'abc'.find(b'', 4)` is `None`).
fn window(len: usize, start: usize, end: usize) -> Option<(usize, usize)> {
    let end = end.min(len);
    (start <= end).then_some((start, end))
}

/// `b.find(sub, start, end)`.
pub fn find(b: &[u8], sub: &[u8], start: usize, end: usize) -> Option<usize> {
    let (s, e) = window(b.len(), start, end)?;
    let hay = &b[s..e];
    let pos = if sub.len() == 1 {
        memchr::memchr(sub[0], hay)
    } else {
        memmem::find(hay, sub)
    }?;
    Some(s + pos)
}

/// `b.rfind(sub, start, end)`; an empty `sub` finds `end`.
pub fn rfind(b: &[u8], sub: &[u8], start: usize, end: usize) -> Option<usize> {
    let (s, e) = window(b.len(), start, end)?;
    let hay = &b[s..e];
    let pos = if sub.len() == 1 {
        memchr::memrchr(sub[0], hay)
    } else {
        memmem::rfind(hay, sub)
    }?;
    Some(s + pos)
}

/// `b.count(sub, start, end)`: non-overlapping; empty `sub` counts
/// `len + 1` positions of the window.
pub fn count(b: &[u8], sub: &[u8], start: usize, end: usize) -> usize {
    let Some((s, e)) = window(b.len(), start, end) else {
        return 0;
    };
    let hay = &b[s..e];
    match sub.len() {
        0 => hay.len() + 1,
        1 => memchr::memchr_iter(sub[0], hay).count(),
        _ => memmem::find_iter(hay, sub).count(),
    }
}

/// `b.replace(old, new, count)`; negative `count` = all, empty `old`
/// inserts `new` before each byte and at the end.
pub fn replace(b: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let max = limit(count);
    if max == 0 {
        return b.to_vec();
    }
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        let mut done = 0;
        let mut i = 0;
        while done < max {
            out.extend_from_slice(new);
            done += 1;
            if i == b.len() {
                return out;
            }
            out.push(b[i]);
            i += 1;
        }
        out.extend_from_slice(&b[i..]);
        return out;
    }
    let mut last = 0;
    for pos in memmem::find_iter(b, old).take(max) {
        out.extend_from_slice(&b[last..pos]);
        out.extend_from_slice(new);
        last = pos + old.len();
    }
    out.extend_from_slice(&b[last..]);
    out
}

/// `b.partition(sep)`; the caller rejects an empty `sep`.
pub fn partition<'a>(b: &'a [u8], sep: &[u8]) -> (&'a [u8], &'a [u8], &'a [u8]) {
    match memmem::find(b, sep) {
        Some(i) => (&b[..i], &b[i..i + sep.len()], &b[i + sep.len()..]),
        None => (b, &[], &[]),
    }
}

/// `b.rpartition(sep)`; the caller rejects an empty `sep`.
pub fn rpartition<'a>(b: &'a [u8], sep: &[u8]) -> (&'a [u8], &'a [u8], &'a [u8]) {
    match memmem::rfind(b, sep) {
        Some(i) => (&b[..i], &b[i..i + sep.len()], &b[i + sep.len()..]),
        None => (&[], &[], b),
    }
}

// ---------------------------------------------------------------------------
// Case (ASCII only)
// ---------------------------------------------------------------------------

/// `b.upper()`.
pub fn upper(b: &[u8]) -> Vec<u8> {
    b.to_ascii_uppercase()
}

/// `b.lower()`.
pub fn lower(b: &[u8]) -> Vec<u8> {
    b.to_ascii_lowercase()
}

/// `b.swapcase()`.
pub fn swapcase(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&c| if c.is_ascii_alphabetic() { c ^ 0x20 } else { c })
        .collect()
}

/// `b.title()`: uppercase a letter after a non-letter, lowercase otherwise.
pub fn title(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            let m = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            m
        })
        .collect()
}

/// `b.capitalize()`: first byte upper, rest lower.
pub fn capitalize(b: &[u8]) -> Vec<u8> {
    let mut out = b.to_ascii_lowercase();
    if let Some(first) = out.first_mut() {
        first.make_ascii_uppercase();
    }
    out
}

fn all_nonempty(b: &[u8], f: impl Fn(&u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(f)
}

/// `b.isalpha()`.
pub fn isalpha(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_alphabetic)
}

/// `b.isalnum()`.
pub fn isalnum(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_alphanumeric)
}

/// `b.isdigit()`.
pub fn isdigit(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_digit)
}

/// `b.isspace()` (`Py_ISSPACE`, so not `\x1c..\x1f`).
pub fn isspace(b: &[u8]) -> bool {
    all_nonempty(b, |&c| is_ws(c))
}

/// `b.islower()`: some lowercase letter and no uppercase one.
pub fn islower(b: &[u8]) -> bool {
    !b.iter().any(u8::is_ascii_uppercase) && b.iter().any(u8::is_ascii_lowercase)
}

/// `b.isupper()`: some uppercase letter and no lowercase one.
pub fn isupper(b: &[u8]) -> bool {
    !b.iter().any(u8::is_ascii_lowercase) && b.iter().any(u8::is_ascii_uppercase)
}

/// `b.istitle()`: uppercase only after uncased bytes, lowercase only after
/// cased ones, at least one cased byte.
pub fn istitle(b: &[u8]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
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

/// `b.isascii()`; true for `b''`.
pub fn isascii(b: &[u8]) -> bool {
    b.is_ascii()
}

// ---------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------

fn margin(b: &[u8], width: i64) -> Option<usize> {
    let w = usize::try_from(width).ok()?;
    (w > b.len()).then(|| w - b.len())
}

fn pad(b: &[u8], left: usize, right: usize, fill: u8) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len() + left + right);
    out.resize(left, fill);
    out.extend_from_slice(b);
    out.resize(out.len() + right, fill);
    out
}

/// `b.center(width, fill)` with CPython's margin split.
pub fn center(b: &[u8], width: i64, fill: u8) -> Vec<u8> {
    match margin(b, width) {
        Some(m) => {
            let left = m / 2 + (m & (width as usize) & 1);
            pad(b, left, m - left, fill)
        }
        None => b.to_vec(),
    }
}

/// `b.ljust(width, fill)`.
pub fn ljust(b: &[u8], width: i64, fill: u8) -> Vec<u8> {
    margin(b, width).map_or_else(|| b.to_vec(), |m| pad(b, 0, m, fill))
}

/// `b.rjust(width, fill)`.
pub fn rjust(b: &[u8], width: i64, fill: u8) -> Vec<u8> {
    margin(b, width).map_or_else(|| b.to_vec(), |m| pad(b, m, 0, fill))
}

/// `b.zfill(width)`: zero padding after a leading `+`/`-`.
pub fn zfill(b: &[u8], width: i64) -> Vec<u8> {
    let Some(m) = margin(b, width) else {
        return b.to_vec();
    };
    let mut out = Vec::with_capacity(b.len() + m);
    let body = match b.first() {
        Some(&s @ (b'+' | b'-')) => {
            out.push(s);
            &b[1..]
        }
        _ => b,
    };
    out.resize(out.len() + m, b'0');
    out.extend_from_slice(body);
    out
}

/// `b.expandtabs(tabsize)`: columns reset after `\n`/`\r`; non-positive
/// `tabsize` removes tabs.
pub fn expandtabs(b: &[u8], tabsize: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    let mut col: u64 = 0;
    for &c in b {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let ts = tabsize as u64;
                    let n = ts - col % ts;
                    out.resize(out.len() + n as usize, b' ');
                    col += n;
                }
            }
            b'\n' | b'\r' => {
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

// ---------------------------------------------------------------------------
// hex / fromhex
// ---------------------------------------------------------------------------

/// `b.hex(sep, bytes_per_sep)`.  The caller validates `sep` (CPython wants a
/// single ASCII character; whatever string is given is inserted verbatim).
/// Positive `bytes_per_sep` groups from the right, negative from the left,
/// zero (or `None` sep) means no separators.
pub fn hex(b: &[u8], sep: Option<&str>, bytes_per_sep: i64) -> String {
    let group = usize::try_from(bytes_per_sep.unsigned_abs()).unwrap_or(usize::MAX);
    let sep = match sep {
        Some(s) if group != 0 => s,
        _ => "",
    };
    let mut out = String::with_capacity(b.len() * (2 + sep.len()));
    for (i, &c) in b.iter().enumerate() {
        if i > 0 && !sep.is_empty() {
            // Position counted from the end (right grouping) or start (left).
            let boundary = if bytes_per_sep > 0 {
                (b.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push_str(sep);
            }
        }
        out.push(HEX[(c >> 4) as usize] as char);
        out.push(HEX[(c & 0xf) as usize] as char);
    }
    out
}

fn hex_val(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// `bytes.fromhex(s)`.  ASCII whitespace is skipped between byte pairs (not
/// inside one); `Err` carries CPython 3.11's `ValueError` message, whose
/// position is a code-point index.  An odd trailing digit is reported at
/// the end position, as 3.11 does.
pub fn fromhex(s: &str) -> Result<Vec<u8>, String> {
    let err =
        |pos: usize| format!("non-hexadecimal number found in fromhex() arg at position {pos}");
    if !s.is_ascii() {
        // CPython bails out at the first non-ASCII character.
        let pos = s.chars().position(|c| !c.is_ascii()).unwrap_or(0);
        return Err(err(pos));
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    while i < b.len() {
        if is_ws(b[i]) {
            i += 1;
            continue;
        }
        let hi = hex_val(b[i]).ok_or_else(|| err(i))?;
        let lo = b
            .get(i + 1)
            .and_then(|&c| hex_val(c))
            .ok_or_else(|| err(i + 1))?;
        out.push(hi << 4 | lo);
        i += 2;
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// Codecs
// ---------------------------------------------------------------------------

/// Decode/encode error: `(start, end, reason)`.
pub type CodecError = (usize, usize, String);

fn unknown_handler(start: usize, end: usize, errors: &str) -> CodecError {
    (start, end, format!("unknown error handler name '{errors}'"))
}

/// Applies a decode error handler to the undecodable bytes `bad`.
fn decode_handler(
    out: &mut String,
    bad: &[u8],
    start: usize,
    reason: &str,
    errors: &str,
) -> Result<(), CodecError> {
    match errors {
        // `surrogatepass` only ever helps with encoded surrogates, which a
        // Rust String cannot hold; for everything else it re-raises.
        "strict" | "surrogatepass" => return Err((start, start + bad.len(), reason.to_owned())),
        "replace" => out.push('\u{FFFD}'),
        "ignore" => {}
        "backslashreplace" => {
            for &c in bad {
                out.push_str("\\x");
                out.push(HEX[(c >> 4) as usize] as char);
                out.push(HEX[(c & 0xf) as usize] as char);
            }
        }
        // Approximation: lone surrogates cannot live in a Rust String.
        "surrogateescape" => out.extend(std::iter::repeat_n('\u{FFFD}', bad.len())),
        _ => return Err(unknown_handler(start, start + bad.len(), errors)),
    }
    Ok(())
}

/// `b.decode('utf-8', errors)`.
pub fn decode_utf8(b: &[u8], errors: &str) -> Result<String, CodecError> {
    if let Ok(s) = std::str::from_utf8(b) {
        return Ok(s.to_owned());
    }
    let mut out = String::with_capacity(b.len());
    let mut pos = 0;
    while pos < b.len() {
        match std::str::from_utf8(&b[pos..]) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                // SAFETY-free: from_utf8 validated this prefix.
                out.push_str(std::str::from_utf8(&b[pos..pos + good]).unwrap_or_default());
                let start = pos + good;
                let (end, reason) = match e.error_len() {
                    None => (b.len(), "unexpected end of data"),
                    Some(n) => {
                        let lead = b[start];
                        let invalid_start = n == 1 && !(0xC2..=0xF4).contains(&lead);
                        let reason = if invalid_start {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        (start + n, reason)
                    }
                };
                // Python's "replace" emits one U+FFFD per error range.
                decode_handler(&mut out, &b[start..end], start, reason, errors)?;
                pos = end;
            }
        }
    }
    Ok(out)
}

/// `b.decode('latin-1')`: every byte is the code point of the same value.
pub fn decode_latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

/// `b.decode('ascii', errors)`; each byte `>= 0x80` is its own error range
/// ("ordinal not in range(128)").
pub fn decode_ascii(b: &[u8], errors: &str) -> Result<String, CodecError> {
    if b.is_ascii() {
        // All bytes < 0x80 are valid UTF-8 one-byte sequences.
        return Ok(b.iter().map(|&c| c as char).collect());
    }
    let mut out = String::with_capacity(b.len());
    for (i, &c) in b.iter().enumerate() {
        if c.is_ascii() {
            out.push(c as char);
        } else {
            decode_handler(&mut out, &[c], i, "ordinal not in range(128)", errors)?;
        }
    }
    Ok(out)
}

fn encode_ucs1(s: &str, errors: &str, limit: u32) -> Result<Vec<u8>, CodecError> {
    let reason = if limit == 128 {
        "ordinal not in range(128)"
    } else {
        "ordinal not in range(256)"
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        // CPython reports the whole run of unencodable characters.
        let mut end = i + 1;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        let run = &chars[i..end];
        match errors {
            // Both surrogate handlers re-raise for non-surrogate characters,
            // and a Rust String holds no surrogates.
            "strict" | "surrogateescape" | "surrogatepass" => {
                return Err((i, end, reason.to_owned()))
            }
            "replace" => out.resize(out.len() + run.len(), b'?'),
            "ignore" => {}
            "backslashreplace" => {
                for &ch in run {
                    let cp = ch as u32;
                    let (tag, digits) = if cp <= 0xff {
                        (b'x', 2)
                    } else if cp <= 0xffff {
                        (b'u', 4)
                    } else {
                        (b'U', 8)
                    };
                    out.push(b'\\');
                    out.push(tag);
                    for k in (0..digits).rev() {
                        out.push(HEX[((cp >> (4 * k)) & 0xf) as usize]);
                    }
                }
            }
            "xmlcharrefreplace" => {
                for &ch in run {
                    out.extend_from_slice(format!("&#{};", ch as u32).as_bytes());
                }
            }
            _ => return Err(unknown_handler(i, end, errors)),
        }
        i = end;
    }
    Ok(out)
}

/// `s.encode('ascii', errors)`; positions are code-point indices.
pub fn encode_ascii(s: &str, errors: &str) -> Result<Vec<u8>, CodecError> {
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    encode_ucs1(s, errors, 128)
}

/// `s.encode('latin-1', errors)`; positions are code-point indices.
pub fn encode_latin1(s: &str, errors: &str) -> Result<Vec<u8>, CodecError> {
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    encode_ucs1(s, errors, 256)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn approximations_and_unknown_handlers() {
        assert_eq!(
            decode_utf8(b"a\xff\xfeb", "surrogateescape"),
            Ok("a\u{FFFD}\u{FFFD}b".to_owned())
        );
        assert_eq!(
            decode_utf8(b"a\xffb", "bogus"),
            Err((1, 2, "unknown error handler name 'bogus'".to_owned()))
        );
        assert_eq!(decode_utf8(b"ok", "bogus"), Ok("ok".to_owned()));
        assert_eq!(
            encode_ascii("a\u{e9}", "bogus"),
            Err((1, 2, "unknown error handler name 'bogus'".to_owned()))
        );
    }

    // BEGIN GENERATED TESTS
    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_repr() {
        let cases: &[(&[u8], &str, &str)] = &[
            (b"", "b''", "bytearray(b'')"),
            (b" ", "b' '", "bytearray(b' ')"),
            (b"abc", "b'abc'", "bytearray(b'abc')"),
            (b"  a  b  ", "b'  a  b  '", "bytearray(b'  a  b  ')"),
            (b"a,b,,c", "b'a,b,,c'", "bytearray(b'a,b,,c')"),
            (b"'\"", "b'\\'\"'", "bytearray(b'\\'\"')"),
            (b"it's", "b\"it's\"", "bytearray(b\"it\\'s\")"),
            (b"say \"hi\"", "b'say \"hi\"'", "bytearray(b'say \"hi\"')"),
            (b"both ' and \"", "b'both \\' and \"'", "bytearray(b'both \\' and \"')"),
            (b"\x7f\x00\x1f\x80\xff", "b'\\x7f\\x00\\x1f\\x80\\xff'", "bytearray(b'\\x7f\\x00\\x1f\\x80\\xff')"),
            (b"\\back", "b'\\\\back'", "bytearray(b'\\\\back')"),
            (b"tab\x09here\x0a", "b'tab\\there\\n'", "bytearray(b'tab\\there\\n')"),
            (b"\x1c\x1d\x1e\x1f\x85\xa0", "b'\\x1c\\x1d\\x1e\\x1f\\x85\\xa0'", "bytearray(b'\\x1c\\x1d\\x1e\\x1f\\x85\\xa0')"),
            (b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend", "b'\\r\\n\\r\\n\\n\\r\\x0b\\x0cend'", "bytearray(b'\\r\\n\\r\\n\\n\\r\\x0b\\x0cend')"),
            (b"hello world", "b'hello world'", "bytearray(b'hello world')"),
            (b"they're bill's", "b\"they're bill's\"", "bytearray(b\"they\\'re bill\\'s\")"),
            (b"Hello World", "b'Hello World'", "bytearray(b'Hello World')"),
            (b"hELLO wORLD", "b'hELLO wORLD'", "bytearray(b'hELLO wORLD')"),
            (b"ABC", "b'ABC'", "bytearray(b'ABC')"),
            (b"1abc", "b'1abc'", "bytearray(b'1abc')"),
            (b"-42", "b'-42'", "bytearray(b'-42')"),
            (b"+", "b'+'", "bytearray(b'+')"),
            (b"a\x09bc\x09d", "b'a\\tbc\\td'", "bytearray(b'a\\tbc\\td')"),
            (b"aaa", "b'aaa'", "bytearray(b'aaa')"),
            (b"\xc3\xa9t\xc3\xa9", "b'\\xc3\\xa9t\\xc3\\xa9'", "bytearray(b'\\xc3\\xa9t\\xc3\\xa9')"),
            (b"A B", "b'A B'", "bytearray(b'A B')"),
            (b"Ab Cd", "b'Ab Cd'", "bytearray(b'Ab Cd')"),
            (b"1A", "b'1A'", "bytearray(b'1A')"),
            (b"a1", "b'a1'", "bytearray(b'a1')"),
            (b"\x09\x0a\x0b\x0c\x0d ", "b'\\t\\n\\x0b\\x0c\\r '", "bytearray(b'\\t\\n\\x0b\\x0c\\r ')"),
        ];
        for &(s, want, want_ba) in cases {
            assert_eq!((repr_bytes(s, "b"), repr_bytearray(s)), (want.to_string(), want_ba.to_string()), "{:?}", (s, want, want_ba));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_split_ws() {
        let cases: &[(&[u8], i64, &[&[u8]], &[&[u8]])] = &[
            (b"", -1, &[], &[]),
            (b"", 0, &[], &[]),
            (b"", 1, &[], &[]),
            (b"", 2, &[], &[]),
            (b" ", -1, &[], &[]),
            (b" ", 0, &[], &[]),
            (b" ", 1, &[], &[]),
            (b" ", 2, &[], &[]),
            (b"abc", -1, &[b"abc"], &[b"abc"]),
            (b"abc", 0, &[b"abc"], &[b"abc"]),
            (b"abc", 1, &[b"abc"], &[b"abc"]),
            (b"abc", 2, &[b"abc"], &[b"abc"]),
            (b"  a  b  ", -1, &[b"a", b"b"], &[b"a", b"b"]),
            (b"  a  b  ", 0, &[b"a  b  "], &[b"  a  b"]),
            (b"  a  b  ", 1, &[b"a", b"b  "], &[b"  a", b"b"]),
            (b"  a  b  ", 2, &[b"a", b"b"], &[b"a", b"b"]),
            (b"a,b,,c", -1, &[b"a,b,,c"], &[b"a,b,,c"]),
            (b"a,b,,c", 0, &[b"a,b,,c"], &[b"a,b,,c"]),
            (b"a,b,,c", 1, &[b"a,b,,c"], &[b"a,b,,c"]),
            (b"a,b,,c", 2, &[b"a,b,,c"], &[b"a,b,,c"]),
            (b"'\"", -1, &[b"'\""], &[b"'\""]),
            (b"'\"", 0, &[b"'\""], &[b"'\""]),
            (b"'\"", 1, &[b"'\""], &[b"'\""]),
            (b"'\"", 2, &[b"'\""], &[b"'\""]),
            (b"it's", -1, &[b"it's"], &[b"it's"]),
            (b"it's", 0, &[b"it's"], &[b"it's"]),
            (b"it's", 1, &[b"it's"], &[b"it's"]),
            (b"it's", 2, &[b"it's"], &[b"it's"]),
            (b"say \"hi\"", -1, &[b"say", b"\"hi\""], &[b"say", b"\"hi\""]),
            (b"say \"hi\"", 0, &[b"say \"hi\""], &[b"say \"hi\""]),
            (b"say \"hi\"", 1, &[b"say", b"\"hi\""], &[b"say", b"\"hi\""]),
            (b"say \"hi\"", 2, &[b"say", b"\"hi\""], &[b"say", b"\"hi\""]),
            (b"both ' and \"", -1, &[b"both", b"'", b"and", b"\""], &[b"both", b"'", b"and", b"\""]),
            (b"both ' and \"", 0, &[b"both ' and \""], &[b"both ' and \""]),
            (b"both ' and \"", 1, &[b"both", b"' and \""], &[b"both ' and", b"\""]),
            (b"both ' and \"", 2, &[b"both", b"'", b"and \""], &[b"both '", b"and", b"\""]),
            (b"\x7f\x00\x1f\x80\xff", -1, &[b"\x7f\x00\x1f\x80\xff"], &[b"\x7f\x00\x1f\x80\xff"]),
            (b"\x7f\x00\x1f\x80\xff", 0, &[b"\x7f\x00\x1f\x80\xff"], &[b"\x7f\x00\x1f\x80\xff"]),
            (b"\x7f\x00\x1f\x80\xff", 1, &[b"\x7f\x00\x1f\x80\xff"], &[b"\x7f\x00\x1f\x80\xff"]),
            (b"\x7f\x00\x1f\x80\xff", 2, &[b"\x7f\x00\x1f\x80\xff"], &[b"\x7f\x00\x1f\x80\xff"]),
            (b"\\back", -1, &[b"\\back"], &[b"\\back"]),
            (b"\\back", 0, &[b"\\back"], &[b"\\back"]),
            (b"\\back", 1, &[b"\\back"], &[b"\\back"]),
            (b"\\back", 2, &[b"\\back"], &[b"\\back"]),
            (b"tab\x09here\x0a", -1, &[b"tab", b"here"], &[b"tab", b"here"]),
            (b"tab\x09here\x0a", 0, &[b"tab\x09here\x0a"], &[b"tab\x09here"]),
            (b"tab\x09here\x0a", 1, &[b"tab", b"here\x0a"], &[b"tab", b"here"]),
            (b"tab\x09here\x0a", 2, &[b"tab", b"here"], &[b"tab", b"here"]),
            (b"\x1c\x1d\x1e\x1f\x85\xa0", -1, &[b"\x1c\x1d\x1e\x1f\x85\xa0"], &[b"\x1c\x1d\x1e\x1f\x85\xa0"]),
            (b"\x1c\x1d\x1e\x1f\x85\xa0", 0, &[b"\x1c\x1d\x1e\x1f\x85\xa0"], &[b"\x1c\x1d\x1e\x1f\x85\xa0"]),
            (b"\x1c\x1d\x1e\x1f\x85\xa0", 1, &[b"\x1c\x1d\x1e\x1f\x85\xa0"], &[b"\x1c\x1d\x1e\x1f\x85\xa0"]),
            (b"\x1c\x1d\x1e\x1f\x85\xa0", 2, &[b"\x1c\x1d\x1e\x1f\x85\xa0"], &[b"\x1c\x1d\x1e\x1f\x85\xa0"]),
            (b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend", -1, &[b"end"], &[b"end"]),
            (b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend", 0, &[b"end"], &[b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend"]),
            (b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend", 1, &[b"end"], &[b"end"]),
            (b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend", 2, &[b"end"], &[b"end"]),
            (b"hello world", -1, &[b"hello", b"world"], &[b"hello", b"world"]),
            (b"hello world", 0, &[b"hello world"], &[b"hello world"]),
            (b"hello world", 1, &[b"hello", b"world"], &[b"hello", b"world"]),
            (b"hello world", 2, &[b"hello", b"world"], &[b"hello", b"world"]),
            (b"they're bill's", -1, &[b"they're", b"bill's"], &[b"they're", b"bill's"]),
            (b"they're bill's", 0, &[b"they're bill's"], &[b"they're bill's"]),
            (b"they're bill's", 1, &[b"they're", b"bill's"], &[b"they're", b"bill's"]),
            (b"they're bill's", 2, &[b"they're", b"bill's"], &[b"they're", b"bill's"]),
            (b"Hello World", -1, &[b"Hello", b"World"], &[b"Hello", b"World"]),
            (b"Hello World", 0, &[b"Hello World"], &[b"Hello World"]),
            (b"Hello World", 1, &[b"Hello", b"World"], &[b"Hello", b"World"]),
            (b"Hello World", 2, &[b"Hello", b"World"], &[b"Hello", b"World"]),
            (b"hELLO wORLD", -1, &[b"hELLO", b"wORLD"], &[b"hELLO", b"wORLD"]),
            (b"hELLO wORLD", 0, &[b"hELLO wORLD"], &[b"hELLO wORLD"]),
            (b"hELLO wORLD", 1, &[b"hELLO", b"wORLD"], &[b"hELLO", b"wORLD"]),
            (b"hELLO wORLD", 2, &[b"hELLO", b"wORLD"], &[b"hELLO", b"wORLD"]),
            (b"ABC", -1, &[b"ABC"], &[b"ABC"]),
            (b"ABC", 0, &[b"ABC"], &[b"ABC"]),
            (b"ABC", 1, &[b"ABC"], &[b"ABC"]),
            (b"ABC", 2, &[b"ABC"], &[b"ABC"]),
            (b"1abc", -1, &[b"1abc"], &[b"1abc"]),
            (b"1abc", 0, &[b"1abc"], &[b"1abc"]),
            (b"1abc", 1, &[b"1abc"], &[b"1abc"]),
            (b"1abc", 2, &[b"1abc"], &[b"1abc"]),
            (b"-42", -1, &[b"-42"], &[b"-42"]),
            (b"-42", 0, &[b"-42"], &[b"-42"]),
            (b"-42", 1, &[b"-42"], &[b"-42"]),
            (b"-42", 2, &[b"-42"], &[b"-42"]),
            (b"+", -1, &[b"+"], &[b"+"]),
            (b"+", 0, &[b"+"], &[b"+"]),
            (b"+", 1, &[b"+"], &[b"+"]),
            (b"+", 2, &[b"+"], &[b"+"]),
            (b"a\x09bc\x09d", -1, &[b"a", b"bc", b"d"], &[b"a", b"bc", b"d"]),
            (b"a\x09bc\x09d", 0, &[b"a\x09bc\x09d"], &[b"a\x09bc\x09d"]),
            (b"a\x09bc\x09d", 1, &[b"a", b"bc\x09d"], &[b"a\x09bc", b"d"]),
            (b"a\x09bc\x09d", 2, &[b"a", b"bc", b"d"], &[b"a", b"bc", b"d"]),
            (b"aaa", -1, &[b"aaa"], &[b"aaa"]),
            (b"aaa", 0, &[b"aaa"], &[b"aaa"]),
            (b"aaa", 1, &[b"aaa"], &[b"aaa"]),
            (b"aaa", 2, &[b"aaa"], &[b"aaa"]),
            (b"\xc3\xa9t\xc3\xa9", -1, &[b"\xc3\xa9t\xc3\xa9"], &[b"\xc3\xa9t\xc3\xa9"]),
            (b"\xc3\xa9t\xc3\xa9", 0, &[b"\xc3\xa9t\xc3\xa9"], &[b"\xc3\xa9t\xc3\xa9"]),
            (b"\xc3\xa9t\xc3\xa9", 1, &[b"\xc3\xa9t\xc3\xa9"], &[b"\xc3\xa9t\xc3\xa9"]),
            (b"\xc3\xa9t\xc3\xa9", 2, &[b"\xc3\xa9t\xc3\xa9"], &[b"\xc3\xa9t\xc3\xa9"]),
            (b"A B", -1, &[b"A", b"B"], &[b"A", b"B"]),
            (b"A B", 0, &[b"A B"], &[b"A B"]),
            (b"A B", 1, &[b"A", b"B"], &[b"A", b"B"]),
            (b"A B", 2, &[b"A", b"B"], &[b"A", b"B"]),
            (b"Ab Cd", -1, &[b"Ab", b"Cd"], &[b"Ab", b"Cd"]),
            (b"Ab Cd", 0, &[b"Ab Cd"], &[b"Ab Cd"]),
            (b"Ab Cd", 1, &[b"Ab", b"Cd"], &[b"Ab", b"Cd"]),
            (b"Ab Cd", 2, &[b"Ab", b"Cd"], &[b"Ab", b"Cd"]),
            (b"1A", -1, &[b"1A"], &[b"1A"]),
            (b"1A", 0, &[b"1A"], &[b"1A"]),
            (b"1A", 1, &[b"1A"], &[b"1A"]),
            (b"1A", 2, &[b"1A"], &[b"1A"]),
            (b"a1", -1, &[b"a1"], &[b"a1"]),
            (b"a1", 0, &[b"a1"], &[b"a1"]),
            (b"a1", 1, &[b"a1"], &[b"a1"]),
            (b"a1", 2, &[b"a1"], &[b"a1"]),
            (b"\x09\x0a\x0b\x0c\x0d ", -1, &[], &[]),
            (b"\x09\x0a\x0b\x0c\x0d ", 0, &[], &[]),
            (b"\x09\x0a\x0b\x0c\x0d ", 1, &[], &[]),
            (b"\x09\x0a\x0b\x0c\x0d ", 2, &[], &[]),
        ];
        for &(s, m, want, want_r) in cases {
            assert_eq!((split_whitespace(s, m), rsplit_whitespace(s, m)), (want.to_vec(), want_r.to_vec()), "{:?}", (s, m, want, want_r));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_splitlines() {
        let cases: &[(&[u8], &[&[u8]], &[&[u8]])] = &[
            (b"", &[], &[]),
            (b" ", &[b" "], &[b" "]),
            (b"abc", &[b"abc"], &[b"abc"]),
            (b"  a  b  ", &[b"  a  b  "], &[b"  a  b  "]),
            (b"a,b,,c", &[b"a,b,,c"], &[b"a,b,,c"]),
            (b"'\"", &[b"'\""], &[b"'\""]),
            (b"it's", &[b"it's"], &[b"it's"]),
            (b"say \"hi\"", &[b"say \"hi\""], &[b"say \"hi\""]),
            (b"both ' and \"", &[b"both ' and \""], &[b"both ' and \""]),
            (b"\x7f\x00\x1f\x80\xff", &[b"\x7f\x00\x1f\x80\xff"], &[b"\x7f\x00\x1f\x80\xff"]),
            (b"\\back", &[b"\\back"], &[b"\\back"]),
            (b"tab\x09here\x0a", &[b"tab\x09here"], &[b"tab\x09here\x0a"]),
            (b"\x1c\x1d\x1e\x1f\x85\xa0", &[b"\x1c\x1d\x1e\x1f\x85\xa0"], &[b"\x1c\x1d\x1e\x1f\x85\xa0"]),
            (b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend", &[b"", b"", b"", b"", b"\x0b\x0cend"], &[b"\x0d\x0a", b"\x0d\x0a", b"\x0a", b"\x0d", b"\x0b\x0cend"]),
            (b"hello world", &[b"hello world"], &[b"hello world"]),
            (b"they're bill's", &[b"they're bill's"], &[b"they're bill's"]),
            (b"Hello World", &[b"Hello World"], &[b"Hello World"]),
            (b"hELLO wORLD", &[b"hELLO wORLD"], &[b"hELLO wORLD"]),
            (b"ABC", &[b"ABC"], &[b"ABC"]),
            (b"1abc", &[b"1abc"], &[b"1abc"]),
            (b"-42", &[b"-42"], &[b"-42"]),
            (b"+", &[b"+"], &[b"+"]),
            (b"a\x09bc\x09d", &[b"a\x09bc\x09d"], &[b"a\x09bc\x09d"]),
            (b"aaa", &[b"aaa"], &[b"aaa"]),
            (b"\xc3\xa9t\xc3\xa9", &[b"\xc3\xa9t\xc3\xa9"], &[b"\xc3\xa9t\xc3\xa9"]),
            (b"A B", &[b"A B"], &[b"A B"]),
            (b"Ab Cd", &[b"Ab Cd"], &[b"Ab Cd"]),
            (b"1A", &[b"1A"], &[b"1A"]),
            (b"a1", &[b"a1"], &[b"a1"]),
            (b"\x09\x0a\x0b\x0c\x0d ", &[b"\x09", b"\x0b\x0c", b" "], &[b"\x09\x0a", b"\x0b\x0c\x0d", b" "]),
        ];
        for &(s, want, want_k) in cases {
            assert_eq!((splitlines(s, false), splitlines(s, true)), (want.to_vec(), want_k.to_vec()), "{:?}", (s, want, want_k));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_split_sep() {
        let cases: &[(&[u8], &[u8], i64, &[&[u8]], &[&[u8]])] = &[
            (b"a,b,,c", b",", -1, &[b"a", b"b", b"", b"c"], &[b"a", b"b", b"", b"c"]),
            (b"a,b,,c", b",", 0, &[b"a,b,,c"], &[b"a,b,,c"]),
            (b"a,b,,c", b",", 1, &[b"a", b"b,,c"], &[b"a,b,", b"c"]),
            (b"a,b,,c", b",", 2, &[b"a", b"b", b",c"], &[b"a,b", b"", b"c"]),
            (b"aaa", b"aa", -1, &[b"", b"a"], &[b"a", b""]),
            (b"aaa", b"aa", 0, &[b"aaa"], &[b"aaa"]),
            (b"aaa", b"aa", 1, &[b"", b"a"], &[b"a", b""]),
            (b"aaa", b"aa", 2, &[b"", b"a"], &[b"a", b""]),
            (b"aaaa", b"aa", -1, &[b"", b"", b""], &[b"", b"", b""]),
            (b"aaaa", b"aa", 0, &[b"aaaa"], &[b"aaaa"]),
            (b"aaaa", b"aa", 1, &[b"", b"aa"], &[b"aa", b""]),
            (b"aaaa", b"aa", 2, &[b"", b"", b""], &[b"", b"", b""]),
            (b"", b",", -1, &[b""], &[b""]),
            (b"", b",", 0, &[b""], &[b""]),
            (b"", b",", 1, &[b""], &[b""]),
            (b"", b",", 2, &[b""], &[b""]),
            (b",a,", b",", -1, &[b"", b"a", b""], &[b"", b"a", b""]),
            (b",a,", b",", 0, &[b",a,"], &[b",a,"]),
            (b",a,", b",", 1, &[b"", b"a,"], &[b",a", b""]),
            (b",a,", b",", 2, &[b"", b"a", b""], &[b"", b"a", b""]),
            (b"1<>2<>3", b"<>", -1, &[b"1", b"2", b"3"], &[b"1", b"2", b"3"]),
            (b"1<>2<>3", b"<>", 0, &[b"1<>2<>3"], &[b"1<>2<>3"]),
            (b"1<>2<>3", b"<>", 1, &[b"1", b"2<>3"], &[b"1<>2", b"3"]),
            (b"1<>2<>3", b"<>", 2, &[b"1", b"2", b"3"], &[b"1", b"2", b"3"]),
            (b"abc", b"abc", -1, &[b"", b""], &[b"", b""]),
            (b"abc", b"abc", 0, &[b"abc"], &[b"abc"]),
            (b"abc", b"abc", 1, &[b"", b""], &[b"", b""]),
            (b"abc", b"abc", 2, &[b"", b""], &[b"", b""]),
            (b"abc", b"z", -1, &[b"abc"], &[b"abc"]),
            (b"abc", b"z", 0, &[b"abc"], &[b"abc"]),
            (b"abc", b"z", 1, &[b"abc"], &[b"abc"]),
            (b"abc", b"z", 2, &[b"abc"], &[b"abc"]),
        ];
        for &(s, sep, m, want, want_r) in cases {
            assert_eq!((split_sep(s, sep, m), rsplit_sep(s, sep, m)), (want.to_vec(), want_r.to_vec()), "{:?}", (s, sep, m, want, want_r));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_partition() {
        let cases: &[(&[u8], &[u8], (&[u8], &[u8], &[u8]), (&[u8], &[u8], &[u8]))] = &[
            (b"a,b,,c", b",", (b"a", b",", b"b,,c"), (b"a,b,", b",", b"c")),
            (b"aaa", b"aa", (b"", b"aa", b"a"), (b"a", b"aa", b"")),
            (b"aaaa", b"aa", (b"", b"aa", b"aa"), (b"aa", b"aa", b"")),
            (b"", b",", (b"", b"", b""), (b"", b"", b"")),
            (b",a,", b",", (b"", b",", b"a,"), (b",a", b",", b"")),
            (b"1<>2<>3", b"<>", (b"1", b"<>", b"2<>3"), (b"1<>2", b"<>", b"3")),
            (b"abc", b"abc", (b"", b"abc", b""), (b"", b"abc", b"")),
            (b"abc", b"z", (b"abc", b"", b""), (b"", b"", b"abc")),
        ];
        for &(s, sep, want, want_r) in cases {
            assert_eq!((partition(s, sep), rpartition(s, sep)), (want, want_r), "{:?}", (s, sep, want, want_r));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_strip() {
        let cases: &[(&[u8], Option<&[u8]>, &[u8], &[u8], &[u8])] = &[
            (b"", None, b"", b"", b""),
            (b"", Some(b"x"), b"", b"", b""),
            (b"", Some(b"ab"), b"", b"", b""),
            (b"", Some(b" \x85"), b"", b"", b""),
            (b"", Some(b""), b"", b"", b""),
            (b" ", None, b"", b"", b""),
            (b" ", Some(b"x"), b" ", b" ", b" "),
            (b" ", Some(b"ab"), b" ", b" ", b" "),
            (b" ", Some(b" \x85"), b"", b"", b""),
            (b" ", Some(b""), b" ", b" ", b" "),
            (b"abc", None, b"abc", b"abc", b"abc"),
            (b"abc", Some(b"x"), b"abc", b"abc", b"abc"),
            (b"abc", Some(b"ab"), b"c", b"c", b"abc"),
            (b"abc", Some(b" \x85"), b"abc", b"abc", b"abc"),
            (b"abc", Some(b""), b"abc", b"abc", b"abc"),
            (b"  a  b  ", None, b"a  b", b"a  b  ", b"  a  b"),
            (b"  a  b  ", Some(b"x"), b"  a  b  ", b"  a  b  ", b"  a  b  "),
            (b"  a  b  ", Some(b"ab"), b"  a  b  ", b"  a  b  ", b"  a  b  "),
            (b"  a  b  ", Some(b" \x85"), b"a  b", b"a  b  ", b"  a  b"),
            (b"  a  b  ", Some(b""), b"  a  b  ", b"  a  b  ", b"  a  b  "),
            (b"a,b,,c", None, b"a,b,,c", b"a,b,,c", b"a,b,,c"),
            (b"a,b,,c", Some(b"x"), b"a,b,,c", b"a,b,,c", b"a,b,,c"),
            (b"a,b,,c", Some(b"ab"), b",b,,c", b",b,,c", b"a,b,,c"),
            (b"a,b,,c", Some(b" \x85"), b"a,b,,c", b"a,b,,c", b"a,b,,c"),
            (b"a,b,,c", Some(b""), b"a,b,,c", b"a,b,,c", b"a,b,,c"),
            (b"'\"", None, b"'\"", b"'\"", b"'\""),
            (b"'\"", Some(b"x"), b"'\"", b"'\"", b"'\""),
            (b"'\"", Some(b"ab"), b"'\"", b"'\"", b"'\""),
            (b"'\"", Some(b" \x85"), b"'\"", b"'\"", b"'\""),
            (b"'\"", Some(b""), b"'\"", b"'\"", b"'\""),
            (b"it's", None, b"it's", b"it's", b"it's"),
            (b"it's", Some(b"x"), b"it's", b"it's", b"it's"),
            (b"it's", Some(b"ab"), b"it's", b"it's", b"it's"),
            (b"it's", Some(b" \x85"), b"it's", b"it's", b"it's"),
            (b"it's", Some(b""), b"it's", b"it's", b"it's"),
            (b"say \"hi\"", None, b"say \"hi\"", b"say \"hi\"", b"say \"hi\""),
            (b"say \"hi\"", Some(b"x"), b"say \"hi\"", b"say \"hi\"", b"say \"hi\""),
            (b"say \"hi\"", Some(b"ab"), b"say \"hi\"", b"say \"hi\"", b"say \"hi\""),
            (b"say \"hi\"", Some(b" \x85"), b"say \"hi\"", b"say \"hi\"", b"say \"hi\""),
            (b"say \"hi\"", Some(b""), b"say \"hi\"", b"say \"hi\"", b"say \"hi\""),
            (b"both ' and \"", None, b"both ' and \"", b"both ' and \"", b"both ' and \""),
            (b"both ' and \"", Some(b"x"), b"both ' and \"", b"both ' and \"", b"both ' and \""),
            (b"both ' and \"", Some(b"ab"), b"oth ' and \"", b"oth ' and \"", b"both ' and \""),
            (b"both ' and \"", Some(b" \x85"), b"both ' and \"", b"both ' and \"", b"both ' and \""),
            (b"both ' and \"", Some(b""), b"both ' and \"", b"both ' and \"", b"both ' and \""),
            (b"\x7f\x00\x1f\x80\xff", None, b"\x7f\x00\x1f\x80\xff", b"\x7f\x00\x1f\x80\xff", b"\x7f\x00\x1f\x80\xff"),
            (b"\x7f\x00\x1f\x80\xff", Some(b"x"), b"\x7f\x00\x1f\x80\xff", b"\x7f\x00\x1f\x80\xff", b"\x7f\x00\x1f\x80\xff"),
            (b"\x7f\x00\x1f\x80\xff", Some(b"ab"), b"\x7f\x00\x1f\x80\xff", b"\x7f\x00\x1f\x80\xff", b"\x7f\x00\x1f\x80\xff"),
            (b"\x7f\x00\x1f\x80\xff", Some(b" \x85"), b"\x7f\x00\x1f\x80\xff", b"\x7f\x00\x1f\x80\xff", b"\x7f\x00\x1f\x80\xff"),
            (b"\x7f\x00\x1f\x80\xff", Some(b""), b"\x7f\x00\x1f\x80\xff", b"\x7f\x00\x1f\x80\xff", b"\x7f\x00\x1f\x80\xff"),
            (b"\\back", None, b"\\back", b"\\back", b"\\back"),
            (b"\\back", Some(b"x"), b"\\back", b"\\back", b"\\back"),
            (b"\\back", Some(b"ab"), b"\\back", b"\\back", b"\\back"),
            (b"\\back", Some(b" \x85"), b"\\back", b"\\back", b"\\back"),
            (b"\\back", Some(b""), b"\\back", b"\\back", b"\\back"),
            (b"tab\x09here\x0a", None, b"tab\x09here", b"tab\x09here\x0a", b"tab\x09here"),
            (b"tab\x09here\x0a", Some(b"x"), b"tab\x09here\x0a", b"tab\x09here\x0a", b"tab\x09here\x0a"),
            (b"tab\x09here\x0a", Some(b"ab"), b"tab\x09here\x0a", b"tab\x09here\x0a", b"tab\x09here\x0a"),
            (b"tab\x09here\x0a", Some(b" \x85"), b"tab\x09here\x0a", b"tab\x09here\x0a", b"tab\x09here\x0a"),
            (b"tab\x09here\x0a", Some(b""), b"tab\x09here\x0a", b"tab\x09here\x0a", b"tab\x09here\x0a"),
            (b"\x1c\x1d\x1e\x1f\x85\xa0", None, b"\x1c\x1d\x1e\x1f\x85\xa0", b"\x1c\x1d\x1e\x1f\x85\xa0", b"\x1c\x1d\x1e\x1f\x85\xa0"),
            (b"\x1c\x1d\x1e\x1f\x85\xa0", Some(b"x"), b"\x1c\x1d\x1e\x1f\x85\xa0", b"\x1c\x1d\x1e\x1f\x85\xa0", b"\x1c\x1d\x1e\x1f\x85\xa0"),
            (b"\x1c\x1d\x1e\x1f\x85\xa0", Some(b"ab"), b"\x1c\x1d\x1e\x1f\x85\xa0", b"\x1c\x1d\x1e\x1f\x85\xa0", b"\x1c\x1d\x1e\x1f\x85\xa0"),
            (b"\x1c\x1d\x1e\x1f\x85\xa0", Some(b" \x85"), b"\x1c\x1d\x1e\x1f\x85\xa0", b"\x1c\x1d\x1e\x1f\x85\xa0", b"\x1c\x1d\x1e\x1f\x85\xa0"),
            (b"\x1c\x1d\x1e\x1f\x85\xa0", Some(b""), b"\x1c\x1d\x1e\x1f\x85\xa0", b"\x1c\x1d\x1e\x1f\x85\xa0", b"\x1c\x1d\x1e\x1f\x85\xa0"),
            (b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend", None, b"end", b"end", b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend"),
            (b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend", Some(b"x"), b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend", b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend", b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend"),
            (b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend", Some(b"ab"), b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend", b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend", b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend"),
            (b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend", Some(b" \x85"), b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend", b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend", b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend"),
            (b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend", Some(b""), b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend", b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend", b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend"),
            (b"hello world", None, b"hello world", b"hello world", b"hello world"),
            (b"hello world", Some(b"x"), b"hello world", b"hello world", b"hello world"),
            (b"hello world", Some(b"ab"), b"hello world", b"hello world", b"hello world"),
            (b"hello world", Some(b" \x85"), b"hello world", b"hello world", b"hello world"),
            (b"hello world", Some(b""), b"hello world", b"hello world", b"hello world"),
            (b"they're bill's", None, b"they're bill's", b"they're bill's", b"they're bill's"),
            (b"they're bill's", Some(b"x"), b"they're bill's", b"they're bill's", b"they're bill's"),
            (b"they're bill's", Some(b"ab"), b"they're bill's", b"they're bill's", b"they're bill's"),
            (b"they're bill's", Some(b" \x85"), b"they're bill's", b"they're bill's", b"they're bill's"),
            (b"they're bill's", Some(b""), b"they're bill's", b"they're bill's", b"they're bill's"),
            (b"Hello World", None, b"Hello World", b"Hello World", b"Hello World"),
            (b"Hello World", Some(b"x"), b"Hello World", b"Hello World", b"Hello World"),
            (b"Hello World", Some(b"ab"), b"Hello World", b"Hello World", b"Hello World"),
            (b"Hello World", Some(b" \x85"), b"Hello World", b"Hello World", b"Hello World"),
            (b"Hello World", Some(b""), b"Hello World", b"Hello World", b"Hello World"),
            (b"hELLO wORLD", None, b"hELLO wORLD", b"hELLO wORLD", b"hELLO wORLD"),
            (b"hELLO wORLD", Some(b"x"), b"hELLO wORLD", b"hELLO wORLD", b"hELLO wORLD"),
            (b"hELLO wORLD", Some(b"ab"), b"hELLO wORLD", b"hELLO wORLD", b"hELLO wORLD"),
            (b"hELLO wORLD", Some(b" \x85"), b"hELLO wORLD", b"hELLO wORLD", b"hELLO wORLD"),
            (b"hELLO wORLD", Some(b""), b"hELLO wORLD", b"hELLO wORLD", b"hELLO wORLD"),
            (b"ABC", None, b"ABC", b"ABC", b"ABC"),
            (b"ABC", Some(b"x"), b"ABC", b"ABC", b"ABC"),
            (b"ABC", Some(b"ab"), b"ABC", b"ABC", b"ABC"),
            (b"ABC", Some(b" \x85"), b"ABC", b"ABC", b"ABC"),
            (b"ABC", Some(b""), b"ABC", b"ABC", b"ABC"),
            (b"1abc", None, b"1abc", b"1abc", b"1abc"),
            (b"1abc", Some(b"x"), b"1abc", b"1abc", b"1abc"),
            (b"1abc", Some(b"ab"), b"1abc", b"1abc", b"1abc"),
            (b"1abc", Some(b" \x85"), b"1abc", b"1abc", b"1abc"),
            (b"1abc", Some(b""), b"1abc", b"1abc", b"1abc"),
            (b"-42", None, b"-42", b"-42", b"-42"),
            (b"-42", Some(b"x"), b"-42", b"-42", b"-42"),
            (b"-42", Some(b"ab"), b"-42", b"-42", b"-42"),
            (b"-42", Some(b" \x85"), b"-42", b"-42", b"-42"),
            (b"-42", Some(b""), b"-42", b"-42", b"-42"),
            (b"+", None, b"+", b"+", b"+"),
            (b"+", Some(b"x"), b"+", b"+", b"+"),
            (b"+", Some(b"ab"), b"+", b"+", b"+"),
            (b"+", Some(b" \x85"), b"+", b"+", b"+"),
            (b"+", Some(b""), b"+", b"+", b"+"),
            (b"a\x09bc\x09d", None, b"a\x09bc\x09d", b"a\x09bc\x09d", b"a\x09bc\x09d"),
            (b"a\x09bc\x09d", Some(b"x"), b"a\x09bc\x09d", b"a\x09bc\x09d", b"a\x09bc\x09d"),
            (b"a\x09bc\x09d", Some(b"ab"), b"\x09bc\x09d", b"\x09bc\x09d", b"a\x09bc\x09d"),
            (b"a\x09bc\x09d", Some(b" \x85"), b"a\x09bc\x09d", b"a\x09bc\x09d", b"a\x09bc\x09d"),
            (b"a\x09bc\x09d", Some(b""), b"a\x09bc\x09d", b"a\x09bc\x09d", b"a\x09bc\x09d"),
            (b"aaa", None, b"aaa", b"aaa", b"aaa"),
            (b"aaa", Some(b"x"), b"aaa", b"aaa", b"aaa"),
            (b"aaa", Some(b"ab"), b"", b"", b""),
            (b"aaa", Some(b" \x85"), b"aaa", b"aaa", b"aaa"),
            (b"aaa", Some(b""), b"aaa", b"aaa", b"aaa"),
            (b"\xc3\xa9t\xc3\xa9", None, b"\xc3\xa9t\xc3\xa9", b"\xc3\xa9t\xc3\xa9", b"\xc3\xa9t\xc3\xa9"),
            (b"\xc3\xa9t\xc3\xa9", Some(b"x"), b"\xc3\xa9t\xc3\xa9", b"\xc3\xa9t\xc3\xa9", b"\xc3\xa9t\xc3\xa9"),
            (b"\xc3\xa9t\xc3\xa9", Some(b"ab"), b"\xc3\xa9t\xc3\xa9", b"\xc3\xa9t\xc3\xa9", b"\xc3\xa9t\xc3\xa9"),
            (b"\xc3\xa9t\xc3\xa9", Some(b" \x85"), b"\xc3\xa9t\xc3\xa9", b"\xc3\xa9t\xc3\xa9", b"\xc3\xa9t\xc3\xa9"),
            (b"\xc3\xa9t\xc3\xa9", Some(b""), b"\xc3\xa9t\xc3\xa9", b"\xc3\xa9t\xc3\xa9", b"\xc3\xa9t\xc3\xa9"),
            (b"A B", None, b"A B", b"A B", b"A B"),
            (b"A B", Some(b"x"), b"A B", b"A B", b"A B"),
            (b"A B", Some(b"ab"), b"A B", b"A B", b"A B"),
            (b"A B", Some(b" \x85"), b"A B", b"A B", b"A B"),
            (b"A B", Some(b""), b"A B", b"A B", b"A B"),
            (b"Ab Cd", None, b"Ab Cd", b"Ab Cd", b"Ab Cd"),
            (b"Ab Cd", Some(b"x"), b"Ab Cd", b"Ab Cd", b"Ab Cd"),
            (b"Ab Cd", Some(b"ab"), b"Ab Cd", b"Ab Cd", b"Ab Cd"),
            (b"Ab Cd", Some(b" \x85"), b"Ab Cd", b"Ab Cd", b"Ab Cd"),
            (b"Ab Cd", Some(b""), b"Ab Cd", b"Ab Cd", b"Ab Cd"),
            (b"1A", None, b"1A", b"1A", b"1A"),
            (b"1A", Some(b"x"), b"1A", b"1A", b"1A"),
            (b"1A", Some(b"ab"), b"1A", b"1A", b"1A"),
            (b"1A", Some(b" \x85"), b"1A", b"1A", b"1A"),
            (b"1A", Some(b""), b"1A", b"1A", b"1A"),
            (b"a1", None, b"a1", b"a1", b"a1"),
            (b"a1", Some(b"x"), b"a1", b"a1", b"a1"),
            (b"a1", Some(b"ab"), b"1", b"1", b"a1"),
            (b"a1", Some(b" \x85"), b"a1", b"a1", b"a1"),
            (b"a1", Some(b""), b"a1", b"a1", b"a1"),
            (b"\x09\x0a\x0b\x0c\x0d ", None, b"", b"", b""),
            (b"\x09\x0a\x0b\x0c\x0d ", Some(b"x"), b"\x09\x0a\x0b\x0c\x0d ", b"\x09\x0a\x0b\x0c\x0d ", b"\x09\x0a\x0b\x0c\x0d "),
            (b"\x09\x0a\x0b\x0c\x0d ", Some(b"ab"), b"\x09\x0a\x0b\x0c\x0d ", b"\x09\x0a\x0b\x0c\x0d ", b"\x09\x0a\x0b\x0c\x0d "),
            (b"\x09\x0a\x0b\x0c\x0d ", Some(b" \x85"), b"\x09\x0a\x0b\x0c\x0d", b"\x09\x0a\x0b\x0c\x0d ", b"\x09\x0a\x0b\x0c\x0d"),
            (b"\x09\x0a\x0b\x0c\x0d ", Some(b""), b"\x09\x0a\x0b\x0c\x0d ", b"\x09\x0a\x0b\x0c\x0d ", b"\x09\x0a\x0b\x0c\x0d "),
            (b"xxaxx", None, b"xxaxx", b"xxaxx", b"xxaxx"),
            (b"xxaxx", Some(b"x"), b"a", b"axx", b"xxa"),
            (b"xxaxx", Some(b"ab"), b"xxaxx", b"xxaxx", b"xxaxx"),
            (b"xxaxx", Some(b" \x85"), b"xxaxx", b"xxaxx", b"xxaxx"),
            (b"xxaxx", Some(b""), b"xxaxx", b"xxaxx", b"xxaxx"),
        ];
        for &(s, c, want, want_l, want_r) in cases {
            assert_eq!((strip(s, c), lstrip(s, c), rstrip(s, c)), (want, want_l, want_r), "{:?}", (s, c, want, want_l, want_r));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_find() {
        let cases: &[(&[u8], &[u8], usize, usize, Option<usize>, Option<usize>, usize)] = &[
            (b"hello", b"l", 0, 0, None, None, 0),
            (b"hello", b"l", 0, 1, None, None, 0),
            (b"hello", b"l", 0, 5, Some(2), Some(3), 2),
            (b"hello", b"l", 0, 10, Some(2), Some(3), 2),
            (b"hello", b"l", 1, 0, None, None, 0),
            (b"hello", b"l", 1, 1, None, None, 0),
            (b"hello", b"l", 1, 2, None, None, 0),
            (b"hello", b"l", 1, 5, Some(2), Some(3), 2),
            (b"hello", b"l", 1, 10, Some(2), Some(3), 2),
            (b"hello", b"l", 2, 0, None, None, 0),
            (b"hello", b"l", 2, 1, None, None, 0),
            (b"hello", b"l", 2, 2, None, None, 0),
            (b"hello", b"l", 2, 3, Some(2), Some(2), 1),
            (b"hello", b"l", 2, 5, Some(2), Some(3), 2),
            (b"hello", b"l", 2, 10, Some(2), Some(3), 2),
            (b"hello", b"l", 3, 0, None, None, 0),
            (b"hello", b"l", 3, 1, None, None, 0),
            (b"hello", b"l", 3, 3, None, None, 0),
            (b"hello", b"l", 3, 4, Some(3), Some(3), 1),
            (b"hello", b"l", 3, 5, Some(3), Some(3), 1),
            (b"hello", b"l", 3, 10, Some(3), Some(3), 1),
            (b"hello", b"l", 4, 0, None, None, 0),
            (b"hello", b"l", 4, 1, None, None, 0),
            (b"hello", b"l", 4, 4, None, None, 0),
            (b"hello", b"l", 4, 5, None, None, 0),
            (b"hello", b"l", 4, 10, None, None, 0),
            (b"hello", b"l", 5, 0, None, None, 0),
            (b"hello", b"l", 5, 1, None, None, 0),
            (b"hello", b"l", 5, 5, None, None, 0),
            (b"hello", b"l", 5, 6, None, None, 0),
            (b"hello", b"l", 5, 10, None, None, 0),
            (b"hello", b"l", 6, 0, None, None, 0),
            (b"hello", b"l", 6, 1, None, None, 0),
            (b"hello", b"l", 6, 5, None, None, 0),
            (b"hello", b"l", 6, 6, None, None, 0),
            (b"hello", b"l", 6, 7, None, None, 0),
            (b"hello", b"l", 6, 10, None, None, 0),
            (b"hello", b"l", 7, 0, None, None, 0),
            (b"hello", b"l", 7, 1, None, None, 0),
            (b"hello", b"l", 7, 5, None, None, 0),
            (b"hello", b"l", 7, 7, None, None, 0),
            (b"hello", b"l", 7, 8, None, None, 0),
            (b"hello", b"l", 7, 10, None, None, 0),
            (b"hello", b"ll", 0, 0, None, None, 0),
            (b"hello", b"ll", 0, 1, None, None, 0),
            (b"hello", b"ll", 0, 5, Some(2), Some(2), 1),
            (b"hello", b"ll", 0, 10, Some(2), Some(2), 1),
            (b"hello", b"ll", 1, 0, None, None, 0),
            (b"hello", b"ll", 1, 1, None, None, 0),
            (b"hello", b"ll", 1, 2, None, None, 0),
            (b"hello", b"ll", 1, 5, Some(2), Some(2), 1),
            (b"hello", b"ll", 1, 10, Some(2), Some(2), 1),
            (b"hello", b"ll", 2, 0, None, None, 0),
            (b"hello", b"ll", 2, 1, None, None, 0),
            (b"hello", b"ll", 2, 2, None, None, 0),
            (b"hello", b"ll", 2, 3, None, None, 0),
            (b"hello", b"ll", 2, 5, Some(2), Some(2), 1),
            (b"hello", b"ll", 2, 10, Some(2), Some(2), 1),
            (b"hello", b"ll", 3, 0, None, None, 0),
            (b"hello", b"ll", 3, 1, None, None, 0),
            (b"hello", b"ll", 3, 3, None, None, 0),
            (b"hello", b"ll", 3, 4, None, None, 0),
            (b"hello", b"ll", 3, 5, None, None, 0),
            (b"hello", b"ll", 3, 10, None, None, 0),
            (b"hello", b"ll", 4, 0, None, None, 0),
            (b"hello", b"ll", 4, 1, None, None, 0),
            (b"hello", b"ll", 4, 4, None, None, 0),
            (b"hello", b"ll", 4, 5, None, None, 0),
            (b"hello", b"ll", 4, 10, None, None, 0),
            (b"hello", b"ll", 5, 0, None, None, 0),
            (b"hello", b"ll", 5, 1, None, None, 0),
            (b"hello", b"ll", 5, 5, None, None, 0),
            (b"hello", b"ll", 5, 6, None, None, 0),
            (b"hello", b"ll", 5, 10, None, None, 0),
            (b"hello", b"ll", 6, 0, None, None, 0),
            (b"hello", b"ll", 6, 1, None, None, 0),
            (b"hello", b"ll", 6, 5, None, None, 0),
            (b"hello", b"ll", 6, 6, None, None, 0),
            (b"hello", b"ll", 6, 7, None, None, 0),
            (b"hello", b"ll", 6, 10, None, None, 0),
            (b"hello", b"ll", 7, 0, None, None, 0),
            (b"hello", b"ll", 7, 1, None, None, 0),
            (b"hello", b"ll", 7, 5, None, None, 0),
            (b"hello", b"ll", 7, 7, None, None, 0),
            (b"hello", b"ll", 7, 8, None, None, 0),
            (b"hello", b"ll", 7, 10, None, None, 0),
            (b"hello", b"", 0, 0, Some(0), Some(0), 1),
            (b"hello", b"", 0, 1, Some(0), Some(1), 2),
            (b"hello", b"", 0, 5, Some(0), Some(5), 6),
            (b"hello", b"", 0, 10, Some(0), Some(5), 6),
            (b"hello", b"", 1, 0, None, None, 0),
            (b"hello", b"", 1, 1, Some(1), Some(1), 1),
            (b"hello", b"", 1, 2, Some(1), Some(2), 2),
            (b"hello", b"", 1, 5, Some(1), Some(5), 5),
            (b"hello", b"", 1, 10, Some(1), Some(5), 5),
            (b"hello", b"", 2, 0, None, None, 0),
            (b"hello", b"", 2, 1, None, None, 0),
            (b"hello", b"", 2, 2, Some(2), Some(2), 1),
            (b"hello", b"", 2, 3, Some(2), Some(3), 2),
            (b"hello", b"", 2, 5, Some(2), Some(5), 4),
            (b"hello", b"", 2, 10, Some(2), Some(5), 4),
            (b"hello", b"", 3, 0, None, None, 0),
            (b"hello", b"", 3, 1, None, None, 0),
            (b"hello", b"", 3, 3, Some(3), Some(3), 1),
            (b"hello", b"", 3, 4, Some(3), Some(4), 2),
            (b"hello", b"", 3, 5, Some(3), Some(5), 3),
            (b"hello", b"", 3, 10, Some(3), Some(5), 3),
            (b"hello", b"", 4, 0, None, None, 0),
            (b"hello", b"", 4, 1, None, None, 0),
            (b"hello", b"", 4, 4, Some(4), Some(4), 1),
            (b"hello", b"", 4, 5, Some(4), Some(5), 2),
            (b"hello", b"", 4, 10, Some(4), Some(5), 2),
            (b"hello", b"", 5, 0, None, None, 0),
            (b"hello", b"", 5, 1, None, None, 0),
            (b"hello", b"", 5, 5, Some(5), Some(5), 1),
            (b"hello", b"", 5, 6, Some(5), Some(5), 1),
            (b"hello", b"", 5, 10, Some(5), Some(5), 1),
            (b"hello", b"", 6, 0, None, None, 0),
            (b"hello", b"", 6, 1, None, None, 0),
            (b"hello", b"", 6, 5, None, None, 0),
            (b"hello", b"", 6, 6, None, None, 0),
            (b"hello", b"", 6, 7, None, None, 0),
            (b"hello", b"", 6, 10, None, None, 0),
            (b"hello", b"", 7, 0, None, None, 0),
            (b"hello", b"", 7, 1, None, None, 0),
            (b"hello", b"", 7, 5, None, None, 0),
            (b"hello", b"", 7, 7, None, None, 0),
            (b"hello", b"", 7, 8, None, None, 0),
            (b"hello", b"", 7, 10, None, None, 0),
            (b"", b"", 0, 0, Some(0), Some(0), 1),
            (b"", b"", 0, 1, Some(0), Some(0), 1),
            (b"", b"", 0, 5, Some(0), Some(0), 1),
            (b"", b"", 1, 0, None, None, 0),
            (b"", b"", 1, 1, None, None, 0),
            (b"", b"", 1, 2, None, None, 0),
            (b"", b"", 1, 5, None, None, 0),
            (b"", b"", 2, 0, None, None, 0),
            (b"", b"", 2, 1, None, None, 0),
            (b"", b"", 2, 2, None, None, 0),
            (b"", b"", 2, 3, None, None, 0),
            (b"", b"", 2, 5, None, None, 0),
            (b"aaa", b"aa", 0, 0, None, None, 0),
            (b"aaa", b"aa", 0, 1, None, None, 0),
            (b"aaa", b"aa", 0, 3, Some(0), Some(1), 1),
            (b"aaa", b"aa", 0, 8, Some(0), Some(1), 1),
            (b"aaa", b"aa", 1, 0, None, None, 0),
            (b"aaa", b"aa", 1, 1, None, None, 0),
            (b"aaa", b"aa", 1, 2, None, None, 0),
            (b"aaa", b"aa", 1, 3, Some(1), Some(1), 1),
            (b"aaa", b"aa", 1, 8, Some(1), Some(1), 1),
            (b"aaa", b"aa", 2, 0, None, None, 0),
            (b"aaa", b"aa", 2, 1, None, None, 0),
            (b"aaa", b"aa", 2, 2, None, None, 0),
            (b"aaa", b"aa", 2, 3, None, None, 0),
            (b"aaa", b"aa", 2, 8, None, None, 0),
            (b"aaa", b"aa", 3, 0, None, None, 0),
            (b"aaa", b"aa", 3, 1, None, None, 0),
            (b"aaa", b"aa", 3, 3, None, None, 0),
            (b"aaa", b"aa", 3, 4, None, None, 0),
            (b"aaa", b"aa", 3, 8, None, None, 0),
            (b"aaa", b"aa", 4, 0, None, None, 0),
            (b"aaa", b"aa", 4, 1, None, None, 0),
            (b"aaa", b"aa", 4, 3, None, None, 0),
            (b"aaa", b"aa", 4, 4, None, None, 0),
            (b"aaa", b"aa", 4, 5, None, None, 0),
            (b"aaa", b"aa", 4, 8, None, None, 0),
            (b"aaa", b"aa", 5, 0, None, None, 0),
            (b"aaa", b"aa", 5, 1, None, None, 0),
            (b"aaa", b"aa", 5, 3, None, None, 0),
            (b"aaa", b"aa", 5, 5, None, None, 0),
            (b"aaa", b"aa", 5, 6, None, None, 0),
            (b"aaa", b"aa", 5, 8, None, None, 0),
        ];
        for &(s, sub, a, b, want, want_r, want_c) in cases {
            assert_eq!((find(s, sub, a, b), rfind(s, sub, a, b), count(s, sub, a, b)), (want, want_r, want_c), "{:?}", (s, sub, a, b, want, want_r, want_c));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_replace() {
        let cases: &[(&[u8], &[u8], &[u8], i64, &[u8])] = &[
            (b"aaa", b"a", b"b", -1, b"bbb"),
            (b"aaa", b"a", b"b", 0, b"aaa"),
            (b"aaa", b"a", b"b", 1, b"baa"),
            (b"aaa", b"a", b"b", 2, b"bba"),
            (b"aaa", b"a", b"b", 10, b"bbb"),
            (b"abc", b"", b"-", -1, b"-a-b-c-"),
            (b"abc", b"", b"-", 0, b"abc"),
            (b"abc", b"", b"-", 1, b"-abc"),
            (b"abc", b"", b"-", 2, b"-a-bc"),
            (b"abc", b"", b"-", 10, b"-a-b-c-"),
            (b"", b"", b"x", -1, b"x"),
            (b"", b"", b"x", 0, b""),
            (b"", b"", b"x", 1, b"x"),
            (b"", b"", b"x", 2, b"x"),
            (b"", b"", b"x", 10, b"x"),
            (b"aaaa", b"aa", b"b", -1, b"bb"),
            (b"aaaa", b"aa", b"b", 0, b"aaaa"),
            (b"aaaa", b"aa", b"b", 1, b"baa"),
            (b"aaaa", b"aa", b"b", 2, b"bb"),
            (b"aaaa", b"aa", b"b", 10, b"bb"),
            (b"abab", b"ab", b"abab", -1, b"abababab"),
            (b"abab", b"ab", b"abab", 0, b"abab"),
            (b"abab", b"ab", b"abab", 1, b"ababab"),
            (b"abab", b"ab", b"abab", 2, b"abababab"),
            (b"abab", b"ab", b"abab", 10, b"abababab"),
            (b"", b"a", b"x", -1, b""),
            (b"", b"a", b"x", 0, b""),
            (b"", b"a", b"x", 1, b""),
            (b"", b"a", b"x", 2, b""),
            (b"", b"a", b"x", 10, b""),
        ];
        for &(s, old, new, n, want) in cases {
            assert_eq!(replace(s, old, new, n), want.to_vec(), "{:?}", (s, old, new, n, want));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_case() {
        let cases: &[(&[u8], &[u8], &[u8], &[u8], &[u8], &[u8])] = &[
            (b"", b"", b"", b"", b"", b""),
            (b" ", b" ", b" ", b" ", b" ", b" "),
            (b"abc", b"ABC", b"abc", b"ABC", b"Abc", b"Abc"),
            (b"  a  b  ", b"  A  B  ", b"  a  b  ", b"  A  B  ", b"  A  B  ", b"  a  b  "),
            (b"a,b,,c", b"A,B,,C", b"a,b,,c", b"A,B,,C", b"A,B,,C", b"A,b,,c"),
            (b"'\"", b"'\"", b"'\"", b"'\"", b"'\"", b"'\""),
            (b"it's", b"IT'S", b"it's", b"IT'S", b"It'S", b"It's"),
            (b"say \"hi\"", b"SAY \"HI\"", b"say \"hi\"", b"SAY \"HI\"", b"Say \"Hi\"", b"Say \"hi\""),
            (b"both ' and \"", b"BOTH ' AND \"", b"both ' and \"", b"BOTH ' AND \"", b"Both ' And \"", b"Both ' and \""),
            (b"\x7f\x00\x1f\x80\xff", b"\x7f\x00\x1f\x80\xff", b"\x7f\x00\x1f\x80\xff", b"\x7f\x00\x1f\x80\xff", b"\x7f\x00\x1f\x80\xff", b"\x7f\x00\x1f\x80\xff"),
            (b"\\back", b"\\BACK", b"\\back", b"\\BACK", b"\\Back", b"\\back"),
            (b"tab\x09here\x0a", b"TAB\x09HERE\x0a", b"tab\x09here\x0a", b"TAB\x09HERE\x0a", b"Tab\x09Here\x0a", b"Tab\x09here\x0a"),
            (b"\x1c\x1d\x1e\x1f\x85\xa0", b"\x1c\x1d\x1e\x1f\x85\xa0", b"\x1c\x1d\x1e\x1f\x85\xa0", b"\x1c\x1d\x1e\x1f\x85\xa0", b"\x1c\x1d\x1e\x1f\x85\xa0", b"\x1c\x1d\x1e\x1f\x85\xa0"),
            (b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend", b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cEND", b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend", b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cEND", b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cEnd", b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend"),
            (b"hello world", b"HELLO WORLD", b"hello world", b"HELLO WORLD", b"Hello World", b"Hello world"),
            (b"they're bill's", b"THEY'RE BILL'S", b"they're bill's", b"THEY'RE BILL'S", b"They'Re Bill'S", b"They're bill's"),
            (b"Hello World", b"HELLO WORLD", b"hello world", b"hELLO wORLD", b"Hello World", b"Hello world"),
            (b"hELLO wORLD", b"HELLO WORLD", b"hello world", b"Hello World", b"Hello World", b"Hello world"),
            (b"ABC", b"ABC", b"abc", b"abc", b"Abc", b"Abc"),
            (b"1abc", b"1ABC", b"1abc", b"1ABC", b"1Abc", b"1abc"),
            (b"-42", b"-42", b"-42", b"-42", b"-42", b"-42"),
            (b"+", b"+", b"+", b"+", b"+", b"+"),
            (b"a\x09bc\x09d", b"A\x09BC\x09D", b"a\x09bc\x09d", b"A\x09BC\x09D", b"A\x09Bc\x09D", b"A\x09bc\x09d"),
            (b"aaa", b"AAA", b"aaa", b"AAA", b"Aaa", b"Aaa"),
            (b"\xc3\xa9t\xc3\xa9", b"\xc3\xa9T\xc3\xa9", b"\xc3\xa9t\xc3\xa9", b"\xc3\xa9T\xc3\xa9", b"\xc3\xa9T\xc3\xa9", b"\xc3\xa9t\xc3\xa9"),
            (b"A B", b"A B", b"a b", b"a b", b"A B", b"A b"),
            (b"Ab Cd", b"AB CD", b"ab cd", b"aB cD", b"Ab Cd", b"Ab cd"),
            (b"1A", b"1A", b"1a", b"1a", b"1A", b"1a"),
            (b"a1", b"A1", b"a1", b"A1", b"A1", b"A1"),
            (b"\x09\x0a\x0b\x0c\x0d ", b"\x09\x0a\x0b\x0c\x0d ", b"\x09\x0a\x0b\x0c\x0d ", b"\x09\x0a\x0b\x0c\x0d ", b"\x09\x0a\x0b\x0c\x0d ", b"\x09\x0a\x0b\x0c\x0d "),
        ];
        for &(s, u, l, sw, t, c) in cases {
            assert_eq!((upper(s), lower(s), swapcase(s), title(s), capitalize(s)), (u.to_vec(), l.to_vec(), sw.to_vec(), t.to_vec(), c.to_vec()), "{:?}", (s, u, l, sw, t, c));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_predicates() {
        let cases: &[(&[u8], &str)] = &[
            (b"", "00000001"),
            (b" ", "00010001"),
            (b"abc", "11001001"),
            (b"  a  b  ", "00001001"),
            (b"a,b,,c", "00001001"),
            (b"'\"", "00000001"),
            (b"it's", "00001001"),
            (b"say \"hi\"", "00001001"),
            (b"both ' and \"", "00001001"),
            (b"\x7f\x00\x1f\x80\xff", "00000000"),
            (b"\\back", "00001001"),
            (b"tab\x09here\x0a", "00001001"),
            (b"\x1c\x1d\x1e\x1f\x85\xa0", "00000000"),
            (b"\x0d\x0a\x0d\x0a\x0a\x0d\x0b\x0cend", "00001001"),
            (b"hello world", "00001001"),
            (b"they're bill's", "00001001"),
            (b"Hello World", "00000011"),
            (b"hELLO wORLD", "00000001"),
            (b"ABC", "11000101"),
            (b"1abc", "01001001"),
            (b"-42", "00000001"),
            (b"+", "00000001"),
            (b"a\x09bc\x09d", "00001001"),
            (b"aaa", "11001001"),
            (b"\xc3\xa9t\xc3\xa9", "00001000"),
            (b"A B", "00000111"),
            (b"Ab Cd", "00000011"),
            (b"1A", "01000111"),
            (b"a1", "01001001"),
            (b"\x09\x0a\x0b\x0c\x0d ", "00010001"),
        ];
        for &(s, want) in cases {
            assert_eq!([isalpha(s), isalnum(s), isdigit(s), isspace(s), islower(s), isupper(s), istitle(s), isascii(s)].iter().map(|&b| if b { '1' } else { '0' }).collect::<String>(), want, "{:?}", (s, want));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_layout() {
        let cases: &[(&[u8], i64, &[u8], &[u8], &[u8], &[u8])] = &[
            (b"", -1, b"", b"", b"", b""),
            (b"", 0, b"", b"", b"", b""),
            (b"", 2, b"**", b"**", b"  ", b"00"),
            (b"", 3, b"***", b"***", b"   ", b"000"),
            (b"", 5, b"*****", b"*****", b"     ", b"00000"),
            (b"", 6, b"******", b"******", b"      ", b"000000"),
            (b"", 8, b"********", b"********", b"        ", b"00000000"),
            (b"a", -1, b"a", b"a", b"a", b"a"),
            (b"a", 0, b"a", b"a", b"a", b"a"),
            (b"a", 2, b"a*", b"a*", b" a", b"0a"),
            (b"a", 3, b"*a*", b"a**", b"  a", b"00a"),
            (b"a", 5, b"**a**", b"a****", b"    a", b"0000a"),
            (b"a", 6, b"**a***", b"a*****", b"     a", b"00000a"),
            (b"a", 8, b"***a****", b"a*******", b"       a", b"0000000a"),
            (b"ab", -1, b"ab", b"ab", b"ab", b"ab"),
            (b"ab", 0, b"ab", b"ab", b"ab", b"ab"),
            (b"ab", 2, b"ab", b"ab", b"ab", b"ab"),
            (b"ab", 3, b"*ab", b"ab*", b" ab", b"0ab"),
            (b"ab", 5, b"**ab*", b"ab***", b"   ab", b"000ab"),
            (b"ab", 6, b"**ab**", b"ab****", b"    ab", b"0000ab"),
            (b"ab", 8, b"***ab***", b"ab******", b"      ab", b"000000ab"),
            (b"abc", -1, b"abc", b"abc", b"abc", b"abc"),
            (b"abc", 0, b"abc", b"abc", b"abc", b"abc"),
            (b"abc", 2, b"abc", b"abc", b"abc", b"abc"),
            (b"abc", 3, b"abc", b"abc", b"abc", b"abc"),
            (b"abc", 5, b"*abc*", b"abc**", b"  abc", b"00abc"),
            (b"abc", 6, b"*abc**", b"abc***", b"   abc", b"000abc"),
            (b"abc", 8, b"**abc***", b"abc*****", b"     abc", b"00000abc"),
            (b"-42", -1, b"-42", b"-42", b"-42", b"-42"),
            (b"-42", 0, b"-42", b"-42", b"-42", b"-42"),
            (b"-42", 2, b"-42", b"-42", b"-42", b"-42"),
            (b"-42", 3, b"-42", b"-42", b"-42", b"-42"),
            (b"-42", 5, b"*-42*", b"-42**", b"  -42", b"-0042"),
            (b"-42", 6, b"*-42**", b"-42***", b"   -42", b"-00042"),
            (b"-42", 8, b"**-42***", b"-42*****", b"     -42", b"-0000042"),
            (b"+", -1, b"+", b"+", b"+", b"+"),
            (b"+", 0, b"+", b"+", b"+", b"+"),
            (b"+", 2, b"+*", b"+*", b" +", b"+0"),
            (b"+", 3, b"*+*", b"+**", b"  +", b"+00"),
            (b"+", 5, b"**+**", b"+****", b"    +", b"+0000"),
            (b"+", 6, b"**+***", b"+*****", b"     +", b"+00000"),
            (b"+", 8, b"***+****", b"+*******", b"       +", b"+0000000"),
            (b"-", -1, b"-", b"-", b"-", b"-"),
            (b"-", 0, b"-", b"-", b"-", b"-"),
            (b"-", 2, b"-*", b"-*", b" -", b"-0"),
            (b"-", 3, b"*-*", b"-**", b"  -", b"-00"),
            (b"-", 5, b"**-**", b"-****", b"    -", b"-0000"),
            (b"-", 6, b"**-***", b"-*****", b"     -", b"-00000"),
            (b"-", 8, b"***-****", b"-*******", b"       -", b"-0000000"),
        ];
        for &(s, w, want, l, r, z) in cases {
            assert_eq!((center(s, w, b'*'), ljust(s, w, b'*'), rjust(s, w, b' '), zfill(s, w)), (want.to_vec(), l.to_vec(), r.to_vec(), z.to_vec()), "{:?}", (s, w, want, l, r, z));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_expandtabs() {
        let cases: &[(&[u8], i64, &[u8])] = &[
            (b"a\x09bc\x09d", -1, b"abcd"),
            (b"a\x09bc\x09d", 0, b"abcd"),
            (b"a\x09bc\x09d", 1, b"a bc d"),
            (b"a\x09bc\x09d", 4, b"a   bc  d"),
            (b"a\x09bc\x09d", 8, b"a       bc      d"),
            (b"12\x09\x0a\x09x\x0d\x09y", -1, b"12\x0ax\x0dy"),
            (b"12\x09\x0a\x09x\x0d\x09y", 0, b"12\x0ax\x0dy"),
            (b"12\x09\x0a\x09x\x0d\x09y", 1, b"12 \x0a x\x0d y"),
            (b"12\x09\x0a\x09x\x0d\x09y", 4, b"12  \x0a    x\x0d    y"),
            (b"12\x09\x0a\x09x\x0d\x09y", 8, b"12      \x0a        x\x0d        y"),
            (b"\x09", -1, b""),
            (b"\x09", 0, b""),
            (b"\x09", 1, b" "),
            (b"\x09", 4, b"    "),
            (b"\x09", 8, b"        "),
        ];
        for &(s, n, want) in cases {
            assert_eq!(expandtabs(s, n), want.to_vec(), "{:?}", (s, n, want));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_hex() {
        let cases: &[(&[u8], Option<&str>, i64, &str)] = &[
            (b"", None, 1, ""),
            (b"", Some(":"), -3, ""),
            (b"", Some(":"), -2, ""),
            (b"", Some(":"), -1, ""),
            (b"", Some(":"), 0, ""),
            (b"", Some(":"), 1, ""),
            (b"", Some(":"), 2, ""),
            (b"", Some(":"), 3, ""),
            (b"", Some(":"), 9, ""),
            (b"", Some("-"), -3, ""),
            (b"", Some("-"), -2, ""),
            (b"", Some("-"), -1, ""),
            (b"", Some("-"), 0, ""),
            (b"", Some("-"), 1, ""),
            (b"", Some("-"), 2, ""),
            (b"", Some("-"), 3, ""),
            (b"", Some("-"), 9, ""),
            (b"\x01", None, 1, "01"),
            (b"\x01", Some(":"), -3, "01"),
            (b"\x01", Some(":"), -2, "01"),
            (b"\x01", Some(":"), -1, "01"),
            (b"\x01", Some(":"), 0, "01"),
            (b"\x01", Some(":"), 1, "01"),
            (b"\x01", Some(":"), 2, "01"),
            (b"\x01", Some(":"), 3, "01"),
            (b"\x01", Some(":"), 9, "01"),
            (b"\x01", Some("-"), -3, "01"),
            (b"\x01", Some("-"), -2, "01"),
            (b"\x01", Some("-"), -1, "01"),
            (b"\x01", Some("-"), 0, "01"),
            (b"\x01", Some("-"), 1, "01"),
            (b"\x01", Some("-"), 2, "01"),
            (b"\x01", Some("-"), 3, "01"),
            (b"\x01", Some("-"), 9, "01"),
            (b"\x01\x02\x03", None, 1, "010203"),
            (b"\x01\x02\x03", Some(":"), -3, "010203"),
            (b"\x01\x02\x03", Some(":"), -2, "0102:03"),
            (b"\x01\x02\x03", Some(":"), -1, "01:02:03"),
            (b"\x01\x02\x03", Some(":"), 0, "010203"),
            (b"\x01\x02\x03", Some(":"), 1, "01:02:03"),
            (b"\x01\x02\x03", Some(":"), 2, "01:0203"),
            (b"\x01\x02\x03", Some(":"), 3, "010203"),
            (b"\x01\x02\x03", Some(":"), 9, "010203"),
            (b"\x01\x02\x03", Some("-"), -3, "010203"),
            (b"\x01\x02\x03", Some("-"), -2, "0102-03"),
            (b"\x01\x02\x03", Some("-"), -1, "01-02-03"),
            (b"\x01\x02\x03", Some("-"), 0, "010203"),
            (b"\x01\x02\x03", Some("-"), 1, "01-02-03"),
            (b"\x01\x02\x03", Some("-"), 2, "01-0203"),
            (b"\x01\x02\x03", Some("-"), 3, "010203"),
            (b"\x01\x02\x03", Some("-"), 9, "010203"),
            (b"\x01\x02\x03\x04\x05", None, 1, "0102030405"),
            (b"\x01\x02\x03\x04\x05", Some(":"), -3, "010203:0405"),
            (b"\x01\x02\x03\x04\x05", Some(":"), -2, "0102:0304:05"),
            (b"\x01\x02\x03\x04\x05", Some(":"), -1, "01:02:03:04:05"),
            (b"\x01\x02\x03\x04\x05", Some(":"), 0, "0102030405"),
            (b"\x01\x02\x03\x04\x05", Some(":"), 1, "01:02:03:04:05"),
            (b"\x01\x02\x03\x04\x05", Some(":"), 2, "01:0203:0405"),
            (b"\x01\x02\x03\x04\x05", Some(":"), 3, "0102:030405"),
            (b"\x01\x02\x03\x04\x05", Some(":"), 9, "0102030405"),
            (b"\x01\x02\x03\x04\x05", Some("-"), -3, "010203-0405"),
            (b"\x01\x02\x03\x04\x05", Some("-"), -2, "0102-0304-05"),
            (b"\x01\x02\x03\x04\x05", Some("-"), -1, "01-02-03-04-05"),
            (b"\x01\x02\x03\x04\x05", Some("-"), 0, "0102030405"),
            (b"\x01\x02\x03\x04\x05", Some("-"), 1, "01-02-03-04-05"),
            (b"\x01\x02\x03\x04\x05", Some("-"), 2, "01-0203-0405"),
            (b"\x01\x02\x03\x04\x05", Some("-"), 3, "0102-030405"),
            (b"\x01\x02\x03\x04\x05", Some("-"), 9, "0102030405"),
            (b"\xde\xad\xbe\xef\x00", None, 1, "deadbeef00"),
            (b"\xde\xad\xbe\xef\x00", Some(":"), -3, "deadbe:ef00"),
            (b"\xde\xad\xbe\xef\x00", Some(":"), -2, "dead:beef:00"),
            (b"\xde\xad\xbe\xef\x00", Some(":"), -1, "de:ad:be:ef:00"),
            (b"\xde\xad\xbe\xef\x00", Some(":"), 0, "deadbeef00"),
            (b"\xde\xad\xbe\xef\x00", Some(":"), 1, "de:ad:be:ef:00"),
            (b"\xde\xad\xbe\xef\x00", Some(":"), 2, "de:adbe:ef00"),
            (b"\xde\xad\xbe\xef\x00", Some(":"), 3, "dead:beef00"),
            (b"\xde\xad\xbe\xef\x00", Some(":"), 9, "deadbeef00"),
            (b"\xde\xad\xbe\xef\x00", Some("-"), -3, "deadbe-ef00"),
            (b"\xde\xad\xbe\xef\x00", Some("-"), -2, "dead-beef-00"),
            (b"\xde\xad\xbe\xef\x00", Some("-"), -1, "de-ad-be-ef-00"),
            (b"\xde\xad\xbe\xef\x00", Some("-"), 0, "deadbeef00"),
            (b"\xde\xad\xbe\xef\x00", Some("-"), 1, "de-ad-be-ef-00"),
            (b"\xde\xad\xbe\xef\x00", Some("-"), 2, "de-adbe-ef00"),
            (b"\xde\xad\xbe\xef\x00", Some("-"), 3, "dead-beef00"),
            (b"\xde\xad\xbe\xef\x00", Some("-"), 9, "deadbeef00"),
        ];
        for &(s, sep, n, want) in cases {
            assert_eq!(hex(s, sep, n), want, "{:?}", (s, sep, n, want));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_fromhex() {
        let cases: &[(&str, Result<&[u8], &str>)] = &[
            ("", Ok(b"")),
            ("01", Ok(b"\x01")),
            ("0a0B", Ok(b"\x0a\x0b")),
            (" 01 0a\t\n", Ok(b"\x01\x0a")),
            ("0g", Err("non-hexadecimal number found in fromhex() arg at position 1")),
            ("1 2", Err("non-hexadecimal number found in fromhex() arg at position 1")),
            ("zz", Err("non-hexadecimal number found in fromhex() arg at position 0")),
            ("\u{e9}1", Err("non-hexadecimal number found in fromhex() arg at position 0")),
            ("01\u{e9}", Err("non-hexadecimal number found in fromhex() arg at position 2")),
            ("0", Err("non-hexadecimal number found in fromhex() arg at position 1")),
            ("0 ", Err("non-hexadecimal number found in fromhex() arg at position 1")),
            (" 0", Err("non-hexadecimal number found in fromhex() arg at position 2")),
            ("B9 01EF", Ok(b"\xb9\x01\xef")),
            ("  ", Ok(b"")),
            ("0\x0b1", Err("non-hexadecimal number found in fromhex() arg at position 1")),
            ("a\x1cb", Err("non-hexadecimal number found in fromhex() arg at position 1")),
            ("\u{20ac}", Err("non-hexadecimal number found in fromhex() arg at position 0")),
            ("ff00", Ok(b"\xff\x00")),
            ("a\u{20ac}b", Err("non-hexadecimal number found in fromhex() arg at position 1")),
        ];
        for &(s, want) in cases {
            let w = want.map(<[u8]>::to_vec).map_err(str::to_string);
            assert_eq!(fromhex(s), w, "{:?}", (s, want));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_decode() {
        let cases: &[(&[u8], &str, Result<&str, (usize, usize, &str)>, Result<&str, (usize, usize, &str)>, &str)] = &[
            (b"", "strict", Ok(""), Ok(""), ""),
            (b"", "replace", Ok(""), Ok(""), ""),
            (b"", "ignore", Ok(""), Ok(""), ""),
            (b"", "backslashreplace", Ok(""), Ok(""), ""),
            (b"", "surrogatepass", Ok(""), Ok(""), ""),
            (b"abc", "strict", Ok("abc"), Ok("abc"), "abc"),
            (b"abc", "replace", Ok("abc"), Ok("abc"), "abc"),
            (b"abc", "ignore", Ok("abc"), Ok("abc"), "abc"),
            (b"abc", "backslashreplace", Ok("abc"), Ok("abc"), "abc"),
            (b"abc", "surrogatepass", Ok("abc"), Ok("abc"), "abc"),
            (b"\xc3\xa9", "strict", Ok("\u{e9}"), Err((0, 1, "ordinal not in range(128)")), "\u{c3}\u{a9}"),
            (b"\xc3\xa9", "replace", Ok("\u{e9}"), Ok("\u{fffd}\u{fffd}"), "\u{c3}\u{a9}"),
            (b"\xc3\xa9", "ignore", Ok("\u{e9}"), Ok(""), "\u{c3}\u{a9}"),
            (b"\xc3\xa9", "backslashreplace", Ok("\u{e9}"), Ok("\\xc3\\xa9"), "\u{c3}\u{a9}"),
            (b"\xc3\xa9", "surrogatepass", Ok("\u{e9}"), Err((0, 1, "ordinal not in range(128)")), "\u{c3}\u{a9}"),
            (b"\xff", "strict", Err((0, 1, "invalid start byte")), Err((0, 1, "ordinal not in range(128)")), "\u{ff}"),
            (b"\xff", "replace", Ok("\u{fffd}"), Ok("\u{fffd}"), "\u{ff}"),
            (b"\xff", "ignore", Ok(""), Ok(""), "\u{ff}"),
            (b"\xff", "backslashreplace", Ok("\\xff"), Ok("\\xff"), "\u{ff}"),
            (b"\xff", "surrogatepass", Err((0, 1, "invalid start byte")), Err((0, 1, "ordinal not in range(128)")), "\u{ff}"),
            (b"a\x80b", "strict", Err((1, 2, "invalid start byte")), Err((1, 2, "ordinal not in range(128)")), "a\u{80}b"),
            (b"a\x80b", "replace", Ok("a\u{fffd}b"), Ok("a\u{fffd}b"), "a\u{80}b"),
            (b"a\x80b", "ignore", Ok("ab"), Ok("ab"), "a\u{80}b"),
            (b"a\x80b", "backslashreplace", Ok("a\\x80b"), Ok("a\\x80b"), "a\u{80}b"),
            (b"a\x80b", "surrogatepass", Err((1, 2, "invalid start byte")), Err((1, 2, "ordinal not in range(128)")), "a\u{80}b"),
            (b"\xc0\xaf", "strict", Err((0, 1, "invalid start byte")), Err((0, 1, "ordinal not in range(128)")), "\u{c0}\u{af}"),
            (b"\xc0\xaf", "replace", Ok("\u{fffd}\u{fffd}"), Ok("\u{fffd}\u{fffd}"), "\u{c0}\u{af}"),
            (b"\xc0\xaf", "ignore", Ok(""), Ok(""), "\u{c0}\u{af}"),
            (b"\xc0\xaf", "backslashreplace", Ok("\\xc0\\xaf"), Ok("\\xc0\\xaf"), "\u{c0}\u{af}"),
            (b"\xc0\xaf", "surrogatepass", Err((0, 1, "invalid start byte")), Err((0, 1, "ordinal not in range(128)")), "\u{c0}\u{af}"),
            (b"\xc1\xbf", "strict", Err((0, 1, "invalid start byte")), Err((0, 1, "ordinal not in range(128)")), "\u{c1}\u{bf}"),
            (b"\xc1\xbf", "replace", Ok("\u{fffd}\u{fffd}"), Ok("\u{fffd}\u{fffd}"), "\u{c1}\u{bf}"),
            (b"\xc1\xbf", "ignore", Ok(""), Ok(""), "\u{c1}\u{bf}"),
            (b"\xc1\xbf", "backslashreplace", Ok("\\xc1\\xbf"), Ok("\\xc1\\xbf"), "\u{c1}\u{bf}"),
            (b"\xc1\xbf", "surrogatepass", Err((0, 1, "invalid start byte")), Err((0, 1, "ordinal not in range(128)")), "\u{c1}\u{bf}"),
            (b"\xe0\x80", "strict", Err((0, 1, "invalid continuation byte")), Err((0, 1, "ordinal not in range(128)")), "\u{e0}\u{80}"),
            (b"\xe0\x80", "replace", Ok("\u{fffd}\u{fffd}"), Ok("\u{fffd}\u{fffd}"), "\u{e0}\u{80}"),
            (b"\xe0\x80", "ignore", Ok(""), Ok(""), "\u{e0}\u{80}"),
            (b"\xe0\x80", "backslashreplace", Ok("\\xe0\\x80"), Ok("\\xe0\\x80"), "\u{e0}\u{80}"),
            (b"\xe0\x80", "surrogatepass", Err((0, 1, "invalid continuation byte")), Err((0, 1, "ordinal not in range(128)")), "\u{e0}\u{80}"),
            (b"\xe0\x80\x80", "strict", Err((0, 1, "invalid continuation byte")), Err((0, 1, "ordinal not in range(128)")), "\u{e0}\u{80}\u{80}"),
            (b"\xe0\x80\x80", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}"), Ok("\u{fffd}\u{fffd}\u{fffd}"), "\u{e0}\u{80}\u{80}"),
            (b"\xe0\x80\x80", "ignore", Ok(""), Ok(""), "\u{e0}\u{80}\u{80}"),
            (b"\xe0\x80\x80", "backslashreplace", Ok("\\xe0\\x80\\x80"), Ok("\\xe0\\x80\\x80"), "\u{e0}\u{80}\u{80}"),
            (b"\xe0\x80\x80", "surrogatepass", Err((0, 1, "invalid continuation byte")), Err((0, 1, "ordinal not in range(128)")), "\u{e0}\u{80}\u{80}"),
            (b"\xe0\xa0", "strict", Err((0, 2, "unexpected end of data")), Err((0, 1, "ordinal not in range(128)")), "\u{e0}\u{a0}"),
            (b"\xe0\xa0", "replace", Ok("\u{fffd}"), Ok("\u{fffd}\u{fffd}"), "\u{e0}\u{a0}"),
            (b"\xe0\xa0", "ignore", Ok(""), Ok(""), "\u{e0}\u{a0}"),
            (b"\xe0\xa0", "backslashreplace", Ok("\\xe0\\xa0"), Ok("\\xe0\\xa0"), "\u{e0}\u{a0}"),
            (b"\xe0\xa0", "surrogatepass", Err((0, 2, "unexpected end of data")), Err((0, 1, "ordinal not in range(128)")), "\u{e0}\u{a0}"),
            (b"\xe0\xa0\x80", "strict", Ok("\u{800}"), Err((0, 1, "ordinal not in range(128)")), "\u{e0}\u{a0}\u{80}"),
            (b"\xe0\xa0\x80", "replace", Ok("\u{800}"), Ok("\u{fffd}\u{fffd}\u{fffd}"), "\u{e0}\u{a0}\u{80}"),
            (b"\xe0\xa0\x80", "ignore", Ok("\u{800}"), Ok(""), "\u{e0}\u{a0}\u{80}"),
            (b"\xe0\xa0\x80", "backslashreplace", Ok("\u{800}"), Ok("\\xe0\\xa0\\x80"), "\u{e0}\u{a0}\u{80}"),
            (b"\xe0\xa0\x80", "surrogatepass", Ok("\u{800}"), Err((0, 1, "ordinal not in range(128)")), "\u{e0}\u{a0}\u{80}"),
            (b"\xed\xa0\x80", "strict", Err((0, 1, "invalid continuation byte")), Err((0, 1, "ordinal not in range(128)")), "\u{ed}\u{a0}\u{80}"),
            (b"\xed\xa0\x80", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}"), Ok("\u{fffd}\u{fffd}\u{fffd}"), "\u{ed}\u{a0}\u{80}"),
            (b"\xed\xa0\x80", "ignore", Ok(""), Ok(""), "\u{ed}\u{a0}\u{80}"),
            (b"\xed\xa0\x80", "backslashreplace", Ok("\\xed\\xa0\\x80"), Ok("\\xed\\xa0\\x80"), "\u{ed}\u{a0}\u{80}"),
            (b"\xed\x9f\xbf", "strict", Ok("\u{d7ff}"), Err((0, 1, "ordinal not in range(128)")), "\u{ed}\u{9f}\u{bf}"),
            (b"\xed\x9f\xbf", "replace", Ok("\u{d7ff}"), Ok("\u{fffd}\u{fffd}\u{fffd}"), "\u{ed}\u{9f}\u{bf}"),
            (b"\xed\x9f\xbf", "ignore", Ok("\u{d7ff}"), Ok(""), "\u{ed}\u{9f}\u{bf}"),
            (b"\xed\x9f\xbf", "backslashreplace", Ok("\u{d7ff}"), Ok("\\xed\\x9f\\xbf"), "\u{ed}\u{9f}\u{bf}"),
            (b"\xed\x9f\xbf", "surrogatepass", Ok("\u{d7ff}"), Err((0, 1, "ordinal not in range(128)")), "\u{ed}\u{9f}\u{bf}"),
            (b"\xf0\x90\x80", "strict", Err((0, 3, "unexpected end of data")), Err((0, 1, "ordinal not in range(128)")), "\u{f0}\u{90}\u{80}"),
            (b"\xf0\x90\x80", "replace", Ok("\u{fffd}"), Ok("\u{fffd}\u{fffd}\u{fffd}"), "\u{f0}\u{90}\u{80}"),
            (b"\xf0\x90\x80", "ignore", Ok(""), Ok(""), "\u{f0}\u{90}\u{80}"),
            (b"\xf0\x90\x80", "backslashreplace", Ok("\\xf0\\x90\\x80"), Ok("\\xf0\\x90\\x80"), "\u{f0}\u{90}\u{80}"),
            (b"\xf0\x90\x80", "surrogatepass", Err((0, 3, "unexpected end of data")), Err((0, 1, "ordinal not in range(128)")), "\u{f0}\u{90}\u{80}"),
            (b"\xf0\x90\x80A", "strict", Err((0, 3, "invalid continuation byte")), Err((0, 1, "ordinal not in range(128)")), "\u{f0}\u{90}\u{80}A"),
            (b"\xf0\x90\x80A", "replace", Ok("\u{fffd}A"), Ok("\u{fffd}\u{fffd}\u{fffd}A"), "\u{f0}\u{90}\u{80}A"),
            (b"\xf0\x90\x80A", "ignore", Ok("A"), Ok("A"), "\u{f0}\u{90}\u{80}A"),
            (b"\xf0\x90\x80A", "backslashreplace", Ok("\\xf0\\x90\\x80A"), Ok("\\xf0\\x90\\x80A"), "\u{f0}\u{90}\u{80}A"),
            (b"\xf0\x90\x80A", "surrogatepass", Err((0, 3, "invalid continuation byte")), Err((0, 1, "ordinal not in range(128)")), "\u{f0}\u{90}\u{80}A"),
            (b"\xf0\x90\x80\x80", "strict", Ok("\u{10000}"), Err((0, 1, "ordinal not in range(128)")), "\u{f0}\u{90}\u{80}\u{80}"),
            (b"\xf0\x90\x80\x80", "replace", Ok("\u{10000}"), Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}"), "\u{f0}\u{90}\u{80}\u{80}"),
            (b"\xf0\x90\x80\x80", "ignore", Ok("\u{10000}"), Ok(""), "\u{f0}\u{90}\u{80}\u{80}"),
            (b"\xf0\x90\x80\x80", "backslashreplace", Ok("\u{10000}"), Ok("\\xf0\\x90\\x80\\x80"), "\u{f0}\u{90}\u{80}\u{80}"),
            (b"\xf0\x90\x80\x80", "surrogatepass", Ok("\u{10000}"), Err((0, 1, "ordinal not in range(128)")), "\u{f0}\u{90}\u{80}\u{80}"),
            (b"\xf4\x90\x80\x80", "strict", Err((0, 1, "invalid continuation byte")), Err((0, 1, "ordinal not in range(128)")), "\u{f4}\u{90}\u{80}\u{80}"),
            (b"\xf4\x90\x80\x80", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}"), Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}"), "\u{f4}\u{90}\u{80}\u{80}"),
            (b"\xf4\x90\x80\x80", "ignore", Ok(""), Ok(""), "\u{f4}\u{90}\u{80}\u{80}"),
            (b"\xf4\x90\x80\x80", "backslashreplace", Ok("\\xf4\\x90\\x80\\x80"), Ok("\\xf4\\x90\\x80\\x80"), "\u{f4}\u{90}\u{80}\u{80}"),
            (b"\xf4\x90\x80\x80", "surrogatepass", Err((0, 1, "invalid continuation byte")), Err((0, 1, "ordinal not in range(128)")), "\u{f4}\u{90}\u{80}\u{80}"),
            (b"\xf5\x80", "strict", Err((0, 1, "invalid start byte")), Err((0, 1, "ordinal not in range(128)")), "\u{f5}\u{80}"),
            (b"\xf5\x80", "replace", Ok("\u{fffd}\u{fffd}"), Ok("\u{fffd}\u{fffd}"), "\u{f5}\u{80}"),
            (b"\xf5\x80", "ignore", Ok(""), Ok(""), "\u{f5}\u{80}"),
            (b"\xf5\x80", "backslashreplace", Ok("\\xf5\\x80"), Ok("\\xf5\\x80"), "\u{f5}\u{80}"),
            (b"\xf5\x80", "surrogatepass", Err((0, 1, "invalid start byte")), Err((0, 1, "ordinal not in range(128)")), "\u{f5}\u{80}"),
            (b"\xe2\x82", "strict", Err((0, 2, "unexpected end of data")), Err((0, 1, "ordinal not in range(128)")), "\u{e2}\u{82}"),
            (b"\xe2\x82", "replace", Ok("\u{fffd}"), Ok("\u{fffd}\u{fffd}"), "\u{e2}\u{82}"),
            (b"\xe2\x82", "ignore", Ok(""), Ok(""), "\u{e2}\u{82}"),
            (b"\xe2\x82", "backslashreplace", Ok("\\xe2\\x82"), Ok("\\xe2\\x82"), "\u{e2}\u{82}"),
            (b"\xe2\x82", "surrogatepass", Err((0, 2, "unexpected end of data")), Err((0, 1, "ordinal not in range(128)")), "\u{e2}\u{82}"),
            (b"\xe2\x82\xac\xe2", "strict", Err((3, 4, "unexpected end of data")), Err((0, 1, "ordinal not in range(128)")), "\u{e2}\u{82}\u{ac}\u{e2}"),
            (b"\xe2\x82\xac\xe2", "replace", Ok("\u{20ac}\u{fffd}"), Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}"), "\u{e2}\u{82}\u{ac}\u{e2}"),
            (b"\xe2\x82\xac\xe2", "ignore", Ok("\u{20ac}"), Ok(""), "\u{e2}\u{82}\u{ac}\u{e2}"),
            (b"\xe2\x82\xac\xe2", "backslashreplace", Ok("\u{20ac}\\xe2"), Ok("\\xe2\\x82\\xac\\xe2"), "\u{e2}\u{82}\u{ac}\u{e2}"),
            (b"\xe2\x82\xac\xe2", "surrogatepass", Err((3, 4, "unexpected end of data")), Err((0, 1, "ordinal not in range(128)")), "\u{e2}\u{82}\u{ac}\u{e2}"),
            (b"x\xc3", "strict", Err((1, 2, "unexpected end of data")), Err((1, 2, "ordinal not in range(128)")), "x\u{c3}"),
            (b"x\xc3", "replace", Ok("x\u{fffd}"), Ok("x\u{fffd}"), "x\u{c3}"),
            (b"x\xc3", "ignore", Ok("x"), Ok("x"), "x\u{c3}"),
            (b"x\xc3", "backslashreplace", Ok("x\\xc3"), Ok("x\\xc3"), "x\u{c3}"),
            (b"x\xc3", "surrogatepass", Err((1, 2, "unexpected end of data")), Err((1, 2, "ordinal not in range(128)")), "x\u{c3}"),
            (b"\xc3(", "strict", Err((0, 1, "invalid continuation byte")), Err((0, 1, "ordinal not in range(128)")), "\u{c3}("),
            (b"\xc3(", "replace", Ok("\u{fffd}("), Ok("\u{fffd}("), "\u{c3}("),
            (b"\xc3(", "ignore", Ok("("), Ok("("), "\u{c3}("),
            (b"\xc3(", "backslashreplace", Ok("\\xc3("), Ok("\\xc3("), "\u{c3}("),
            (b"\xc3(", "surrogatepass", Err((0, 1, "invalid continuation byte")), Err((0, 1, "ordinal not in range(128)")), "\u{c3}("),
            (b"\x80\x80\x80", "strict", Err((0, 1, "invalid start byte")), Err((0, 1, "ordinal not in range(128)")), "\u{80}\u{80}\u{80}"),
            (b"\x80\x80\x80", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}"), Ok("\u{fffd}\u{fffd}\u{fffd}"), "\u{80}\u{80}\u{80}"),
            (b"\x80\x80\x80", "ignore", Ok(""), Ok(""), "\u{80}\u{80}\u{80}"),
            (b"\x80\x80\x80", "backslashreplace", Ok("\\x80\\x80\\x80"), Ok("\\x80\\x80\\x80"), "\u{80}\u{80}\u{80}"),
            (b"\x80\x80\x80", "surrogatepass", Err((0, 1, "invalid start byte")), Err((0, 1, "ordinal not in range(128)")), "\u{80}\u{80}\u{80}"),
            (b"\xf0\x80\x80\x80", "strict", Err((0, 1, "invalid continuation byte")), Err((0, 1, "ordinal not in range(128)")), "\u{f0}\u{80}\u{80}\u{80}"),
            (b"\xf0\x80\x80\x80", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}"), Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}"), "\u{f0}\u{80}\u{80}\u{80}"),
            (b"\xf0\x80\x80\x80", "ignore", Ok(""), Ok(""), "\u{f0}\u{80}\u{80}\u{80}"),
            (b"\xf0\x80\x80\x80", "backslashreplace", Ok("\\xf0\\x80\\x80\\x80"), Ok("\\xf0\\x80\\x80\\x80"), "\u{f0}\u{80}\u{80}\u{80}"),
            (b"\xf0\x80\x80\x80", "surrogatepass", Err((0, 1, "invalid continuation byte")), Err((0, 1, "ordinal not in range(128)")), "\u{f0}\u{80}\u{80}\u{80}"),
            (b"\xef\xbf\xbf", "strict", Ok("\u{ffff}"), Err((0, 1, "ordinal not in range(128)")), "\u{ef}\u{bf}\u{bf}"),
            (b"\xef\xbf\xbf", "replace", Ok("\u{ffff}"), Ok("\u{fffd}\u{fffd}\u{fffd}"), "\u{ef}\u{bf}\u{bf}"),
            (b"\xef\xbf\xbf", "ignore", Ok("\u{ffff}"), Ok(""), "\u{ef}\u{bf}\u{bf}"),
            (b"\xef\xbf\xbf", "backslashreplace", Ok("\u{ffff}"), Ok("\\xef\\xbf\\xbf"), "\u{ef}\u{bf}\u{bf}"),
            (b"\xef\xbf\xbf", "surrogatepass", Ok("\u{ffff}"), Err((0, 1, "ordinal not in range(128)")), "\u{ef}\u{bf}\u{bf}"),
            (b"\xf8\x88\x80\x80\x80", "strict", Err((0, 1, "invalid start byte")), Err((0, 1, "ordinal not in range(128)")), "\u{f8}\u{88}\u{80}\u{80}\u{80}"),
            (b"\xf8\x88\x80\x80\x80", "replace", Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}"), Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}"), "\u{f8}\u{88}\u{80}\u{80}\u{80}"),
            (b"\xf8\x88\x80\x80\x80", "ignore", Ok(""), Ok(""), "\u{f8}\u{88}\u{80}\u{80}\u{80}"),
            (b"\xf8\x88\x80\x80\x80", "backslashreplace", Ok("\\xf8\\x88\\x80\\x80\\x80"), Ok("\\xf8\\x88\\x80\\x80\\x80"), "\u{f8}\u{88}\u{80}\u{80}\u{80}"),
            (b"\xf8\x88\x80\x80\x80", "surrogatepass", Err((0, 1, "invalid start byte")), Err((0, 1, "ordinal not in range(128)")), "\u{f8}\u{88}\u{80}\u{80}\u{80}"),
            (b"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", "strict", Ok("\u{e9}\u{20ac}\u{1f600}"), Err((0, 1, "ordinal not in range(128)")), "\u{c3}\u{a9}\u{e2}\u{82}\u{ac}\u{f0}\u{9f}\u{98}\u{80}"),
            (b"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", "replace", Ok("\u{e9}\u{20ac}\u{1f600}"), Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}"), "\u{c3}\u{a9}\u{e2}\u{82}\u{ac}\u{f0}\u{9f}\u{98}\u{80}"),
            (b"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", "ignore", Ok("\u{e9}\u{20ac}\u{1f600}"), Ok(""), "\u{c3}\u{a9}\u{e2}\u{82}\u{ac}\u{f0}\u{9f}\u{98}\u{80}"),
            (b"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", "backslashreplace", Ok("\u{e9}\u{20ac}\u{1f600}"), Ok("\\xc3\\xa9\\xe2\\x82\\xac\\xf0\\x9f\\x98\\x80"), "\u{c3}\u{a9}\u{e2}\u{82}\u{ac}\u{f0}\u{9f}\u{98}\u{80}"),
            (b"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", "surrogatepass", Ok("\u{e9}\u{20ac}\u{1f600}"), Err((0, 1, "ordinal not in range(128)")), "\u{c3}\u{a9}\u{e2}\u{82}\u{ac}\u{f0}\u{9f}\u{98}\u{80}"),
            (b"\xf4\x8f\xbf\xbf", "strict", Ok("\u{10ffff}"), Err((0, 1, "ordinal not in range(128)")), "\u{f4}\u{8f}\u{bf}\u{bf}"),
            (b"\xf4\x8f\xbf\xbf", "replace", Ok("\u{10ffff}"), Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}"), "\u{f4}\u{8f}\u{bf}\u{bf}"),
            (b"\xf4\x8f\xbf\xbf", "ignore", Ok("\u{10ffff}"), Ok(""), "\u{f4}\u{8f}\u{bf}\u{bf}"),
            (b"\xf4\x8f\xbf\xbf", "backslashreplace", Ok("\u{10ffff}"), Ok("\\xf4\\x8f\\xbf\\xbf"), "\u{f4}\u{8f}\u{bf}\u{bf}"),
            (b"\xf4\x8f\xbf\xbf", "surrogatepass", Ok("\u{10ffff}"), Err((0, 1, "ordinal not in range(128)")), "\u{f4}\u{8f}\u{bf}\u{bf}"),
            (b"\xf0\x9f\x98", "strict", Err((0, 3, "unexpected end of data")), Err((0, 1, "ordinal not in range(128)")), "\u{f0}\u{9f}\u{98}"),
            (b"\xf0\x9f\x98", "replace", Ok("\u{fffd}"), Ok("\u{fffd}\u{fffd}\u{fffd}"), "\u{f0}\u{9f}\u{98}"),
            (b"\xf0\x9f\x98", "ignore", Ok(""), Ok(""), "\u{f0}\u{9f}\u{98}"),
            (b"\xf0\x9f\x98", "backslashreplace", Ok("\\xf0\\x9f\\x98"), Ok("\\xf0\\x9f\\x98"), "\u{f0}\u{9f}\u{98}"),
            (b"\xf0\x9f\x98", "surrogatepass", Err((0, 3, "unexpected end of data")), Err((0, 1, "ordinal not in range(128)")), "\u{f0}\u{9f}\u{98}"),
            (b"\xf0\x9f\x98x\xc3", "strict", Err((0, 3, "invalid continuation byte")), Err((0, 1, "ordinal not in range(128)")), "\u{f0}\u{9f}\u{98}x\u{c3}"),
            (b"\xf0\x9f\x98x\xc3", "replace", Ok("\u{fffd}x\u{fffd}"), Ok("\u{fffd}\u{fffd}\u{fffd}x\u{fffd}"), "\u{f0}\u{9f}\u{98}x\u{c3}"),
            (b"\xf0\x9f\x98x\xc3", "ignore", Ok("x"), Ok("x"), "\u{f0}\u{9f}\u{98}x\u{c3}"),
            (b"\xf0\x9f\x98x\xc3", "backslashreplace", Ok("\\xf0\\x9f\\x98x\\xc3"), Ok("\\xf0\\x9f\\x98x\\xc3"), "\u{f0}\u{9f}\u{98}x\u{c3}"),
            (b"\xf0\x9f\x98x\xc3", "surrogatepass", Err((0, 3, "invalid continuation byte")), Err((0, 1, "ordinal not in range(128)")), "\u{f0}\u{9f}\u{98}x\u{c3}"),
        ];
        for &(b, e, want, want_a, want_l) in cases {
            let own = |r: Result<&str, (usize, usize, &str)>| r.map(str::to_string).map_err(|(a, b, m)| (a, b, m.to_string()));
            assert_eq!((decode_utf8(b, e), decode_ascii(b, e), decode_latin1(b)), (own(want), own(want_a), want_l.to_string()), "{:?}", (b, e, want, want_a, want_l));
        }
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    #[test]
    fn gen_encode() {
        let cases: &[(&str, &str, Result<&[u8], (usize, usize, &str)>, Result<&[u8], (usize, usize, &str)>)] = &[
            ("", "strict", Ok(b""), Ok(b"")),
            ("", "replace", Ok(b""), Ok(b"")),
            ("", "ignore", Ok(b""), Ok(b"")),
            ("", "backslashreplace", Ok(b""), Ok(b"")),
            ("", "xmlcharrefreplace", Ok(b""), Ok(b"")),
            ("", "surrogateescape", Ok(b""), Ok(b"")),
            ("", "surrogatepass", Ok(b""), Ok(b"")),
            ("abc", "strict", Ok(b"abc"), Ok(b"abc")),
            ("abc", "replace", Ok(b"abc"), Ok(b"abc")),
            ("abc", "ignore", Ok(b"abc"), Ok(b"abc")),
            ("abc", "backslashreplace", Ok(b"abc"), Ok(b"abc")),
            ("abc", "xmlcharrefreplace", Ok(b"abc"), Ok(b"abc")),
            ("abc", "surrogateescape", Ok(b"abc"), Ok(b"abc")),
            ("abc", "surrogatepass", Ok(b"abc"), Ok(b"abc")),
            ("a\u{e9}\u{20ac}b", "strict", Err((1, 3, "ordinal not in range(128)")), Err((2, 3, "ordinal not in range(256)"))),
            ("a\u{e9}\u{20ac}b", "replace", Ok(b"a??b"), Ok(b"a\xe9?b")),
            ("a\u{e9}\u{20ac}b", "ignore", Ok(b"ab"), Ok(b"a\xe9b")),
            ("a\u{e9}\u{20ac}b", "backslashreplace", Ok(b"a\\xe9\\u20acb"), Ok(b"a\xe9\\u20acb")),
            ("a\u{e9}\u{20ac}b", "xmlcharrefreplace", Ok(b"a&#233;&#8364;b"), Ok(b"a\xe9&#8364;b")),
            ("a\u{e9}\u{20ac}b", "surrogateescape", Err((1, 3, "ordinal not in range(128)")), Err((2, 3, "ordinal not in range(256)"))),
            ("a\u{e9}\u{20ac}b", "surrogatepass", Err((1, 3, "ordinal not in range(128)")), Err((2, 3, "ordinal not in range(256)"))),
            ("\u{e9}", "strict", Err((0, 1, "ordinal not in range(128)")), Ok(b"\xe9")),
            ("\u{e9}", "replace", Ok(b"?"), Ok(b"\xe9")),
            ("\u{e9}", "ignore", Ok(b""), Ok(b"\xe9")),
            ("\u{e9}", "backslashreplace", Ok(b"\\xe9"), Ok(b"\xe9")),
            ("\u{e9}", "xmlcharrefreplace", Ok(b"&#233;"), Ok(b"\xe9")),
            ("\u{e9}", "surrogateescape", Err((0, 1, "ordinal not in range(128)")), Ok(b"\xe9")),
            ("\u{e9}", "surrogatepass", Err((0, 1, "ordinal not in range(128)")), Ok(b"\xe9")),
            ("\u{20ac}", "strict", Err((0, 1, "ordinal not in range(128)")), Err((0, 1, "ordinal not in range(256)"))),
            ("\u{20ac}", "replace", Ok(b"?"), Ok(b"?")),
            ("\u{20ac}", "ignore", Ok(b""), Ok(b"")),
            ("\u{20ac}", "backslashreplace", Ok(b"\\u20ac"), Ok(b"\\u20ac")),
            ("\u{20ac}", "xmlcharrefreplace", Ok(b"&#8364;"), Ok(b"&#8364;")),
            ("\u{20ac}", "surrogateescape", Err((0, 1, "ordinal not in range(128)")), Err((0, 1, "ordinal not in range(256)"))),
            ("\u{20ac}", "surrogatepass", Err((0, 1, "ordinal not in range(128)")), Err((0, 1, "ordinal not in range(256)"))),
            ("\u{1f600}x\u{1f600}", "strict", Err((0, 1, "ordinal not in range(128)")), Err((0, 1, "ordinal not in range(256)"))),
            ("\u{1f600}x\u{1f600}", "replace", Ok(b"?x?"), Ok(b"?x?")),
            ("\u{1f600}x\u{1f600}", "ignore", Ok(b"x"), Ok(b"x")),
            ("\u{1f600}x\u{1f600}", "backslashreplace", Ok(b"\\U0001f600x\\U0001f600"), Ok(b"\\U0001f600x\\U0001f600")),
            ("\u{1f600}x\u{1f600}", "xmlcharrefreplace", Ok(b"&#128512;x&#128512;"), Ok(b"&#128512;x&#128512;")),
            ("\u{1f600}x\u{1f600}", "surrogateescape", Err((0, 1, "ordinal not in range(128)")), Err((0, 1, "ordinal not in range(256)"))),
            ("\u{1f600}x\u{1f600}", "surrogatepass", Err((0, 1, "ordinal not in range(128)")), Err((0, 1, "ordinal not in range(256)"))),
            ("a\u{e9}", "strict", Err((1, 2, "ordinal not in range(128)")), Ok(b"a\xe9")),
            ("a\u{e9}", "replace", Ok(b"a?"), Ok(b"a\xe9")),
            ("a\u{e9}", "ignore", Ok(b"a"), Ok(b"a\xe9")),
            ("a\u{e9}", "backslashreplace", Ok(b"a\\xe9"), Ok(b"a\xe9")),
            ("a\u{e9}", "xmlcharrefreplace", Ok(b"a&#233;"), Ok(b"a\xe9")),
            ("a\u{e9}", "surrogateescape", Err((1, 2, "ordinal not in range(128)")), Ok(b"a\xe9")),
            ("a\u{e9}", "surrogatepass", Err((1, 2, "ordinal not in range(128)")), Ok(b"a\xe9")),
            ("\x7f\u{80}\u{ff}\u{100}", "strict", Err((1, 4, "ordinal not in range(128)")), Err((3, 4, "ordinal not in range(256)"))),
            ("\x7f\u{80}\u{ff}\u{100}", "replace", Ok(b"\x7f???"), Ok(b"\x7f\x80\xff?")),
            ("\x7f\u{80}\u{ff}\u{100}", "ignore", Ok(b"\x7f"), Ok(b"\x7f\x80\xff")),
            ("\x7f\u{80}\u{ff}\u{100}", "backslashreplace", Ok(b"\x7f\\x80\\xff\\u0100"), Ok(b"\x7f\x80\xff\\u0100")),
            ("\x7f\u{80}\u{ff}\u{100}", "xmlcharrefreplace", Ok(b"\x7f&#128;&#255;&#256;"), Ok(b"\x7f\x80\xff&#256;")),
            ("\x7f\u{80}\u{ff}\u{100}", "surrogateescape", Err((1, 4, "ordinal not in range(128)")), Err((3, 4, "ordinal not in range(256)"))),
            ("\x7f\u{80}\u{ff}\u{100}", "surrogatepass", Err((1, 4, "ordinal not in range(128)")), Err((3, 4, "ordinal not in range(256)"))),
            ("ab\u{20ac}\u{20ac}\u{20ac}c", "strict", Err((2, 5, "ordinal not in range(128)")), Err((2, 5, "ordinal not in range(256)"))),
            ("ab\u{20ac}\u{20ac}\u{20ac}c", "replace", Ok(b"ab???c"), Ok(b"ab???c")),
            ("ab\u{20ac}\u{20ac}\u{20ac}c", "ignore", Ok(b"abc"), Ok(b"abc")),
            ("ab\u{20ac}\u{20ac}\u{20ac}c", "backslashreplace", Ok(b"ab\\u20ac\\u20ac\\u20acc"), Ok(b"ab\\u20ac\\u20ac\\u20acc")),
            ("ab\u{20ac}\u{20ac}\u{20ac}c", "xmlcharrefreplace", Ok(b"ab&#8364;&#8364;&#8364;c"), Ok(b"ab&#8364;&#8364;&#8364;c")),
            ("ab\u{20ac}\u{20ac}\u{20ac}c", "surrogateescape", Err((2, 5, "ordinal not in range(128)")), Err((2, 5, "ordinal not in range(256)"))),
            ("ab\u{20ac}\u{20ac}\u{20ac}c", "surrogatepass", Err((2, 5, "ordinal not in range(128)")), Err((2, 5, "ordinal not in range(256)"))),
            ("\u{20ac}\u{e9}\u{20ac}", "strict", Err((0, 3, "ordinal not in range(128)")), Err((0, 1, "ordinal not in range(256)"))),
            ("\u{20ac}\u{e9}\u{20ac}", "replace", Ok(b"???"), Ok(b"?\xe9?")),
            ("\u{20ac}\u{e9}\u{20ac}", "ignore", Ok(b""), Ok(b"\xe9")),
            ("\u{20ac}\u{e9}\u{20ac}", "backslashreplace", Ok(b"\\u20ac\\xe9\\u20ac"), Ok(b"\\u20ac\xe9\\u20ac")),
            ("\u{20ac}\u{e9}\u{20ac}", "xmlcharrefreplace", Ok(b"&#8364;&#233;&#8364;"), Ok(b"&#8364;\xe9&#8364;")),
            ("\u{20ac}\u{e9}\u{20ac}", "surrogateescape", Err((0, 3, "ordinal not in range(128)")), Err((0, 1, "ordinal not in range(256)"))),
            ("\u{20ac}\u{e9}\u{20ac}", "surrogatepass", Err((0, 3, "ordinal not in range(128)")), Err((0, 1, "ordinal not in range(256)"))),
        ];
        for &(s, e, want, want_l) in cases {
            let own = |r: Result<&[u8], (usize, usize, &str)>| r.map(<[u8]>::to_vec).map_err(|(a, b, m)| (a, b, m.to_string()));
            assert_eq!((encode_ascii(s, e), encode_latin1(s, e)), (own(want), own(want_l)), "{:?}", (s, e, want, want_l));
        }
    }
    // END GENERATED TESTS
}
