//! The matching engine: runs the code `re._compiler` produces (the same
//! instruction set CPython's `sre_lib.h` interprets) over a string of code
//! points.
//!
//! `run(pc, pos)` matches "the rest of the pattern from instruction `pc`" and
//! returns where the match ends, so alternatives and repeats backtrack by
//! returning `None` to the caller that chose them. The code is already in
//! continuation form — every alternative ends with a `JUMP` past the branch and
//! a repeat body ends with its `MAX_UNTIL`/`MIN_UNTIL` — so recursion depth
//! grows with nesting and with iterations of general (multi-character) repeats,
//! not with single-character repeats, which count their items in a loop.
//! Repeat contexts (count, last position for the zero-width guard) live on a
//! stack as in CPython. Captures are saved before each choice and restored when
//! it fails; a depth limit turns runaway recursion into an error, not a crash.
use super::chars::*;

pub const MAXREPEAT: u32 = u32::MAX;
pub const MAXGROUPS: u32 = 1_073_741_823;
const MAX_DEPTH: usize = 1_000_000;

// Opcodes (`re/_constants.py` OPCODES order).
const FAILURE: u32 = 0;
const SUCCESS: u32 = 1;
const ANY: u32 = 2;
const ANY_ALL: u32 = 3;
const ASSERT: u32 = 4;
const ASSERT_NOT: u32 = 5;
const AT: u32 = 6;
const BRANCH: u32 = 7;
const CATEGORY: u32 = 8;
const CHARSET: u32 = 9;
const BIGCHARSET: u32 = 10;
const GROUPREF: u32 = 11;
const GROUPREF_EXISTS: u32 = 12;
const IN: u32 = 13;
const INFO: u32 = 14;
const JUMP: u32 = 15;
const LITERAL: u32 = 16;
const MARK: u32 = 17;
const MAX_UNTIL: u32 = 18;
const MIN_UNTIL: u32 = 19;
const NOT_LITERAL: u32 = 20;
const NEGATE: u32 = 21;
const RANGE: u32 = 22;
const REPEAT: u32 = 23;
const REPEAT_ONE: u32 = 24;
const MIN_REPEAT_ONE: u32 = 26;
const ATOMIC_GROUP: u32 = 27;
const POSSESSIVE_REPEAT: u32 = 28;
const POSSESSIVE_REPEAT_ONE: u32 = 29;
const GROUPREF_IGNORE: u32 = 30;
const IN_IGNORE: u32 = 31;
const LITERAL_IGNORE: u32 = 32;
const NOT_LITERAL_IGNORE: u32 = 33;
const GROUPREF_LOC_IGNORE: u32 = 34;
const IN_LOC_IGNORE: u32 = 35;
const LITERAL_LOC_IGNORE: u32 = 36;
const NOT_LITERAL_LOC_IGNORE: u32 = 37;
const GROUPREF_UNI_IGNORE: u32 = 38;
const IN_UNI_IGNORE: u32 = 39;
const LITERAL_UNI_IGNORE: u32 = 40;
const NOT_LITERAL_UNI_IGNORE: u32 = 41;
const RANGE_UNI_IGNORE: u32 = 42;

/// Why a match could not be decided.
#[derive(Debug)]
pub enum MatchError {
    /// Recursion deeper than `MAX_DEPTH`.
    TooDeep,
    /// The code is malformed (an instruction out of place).
    BadCode,
}

type R<T> = Result<T, MatchError>;

/// At an UNTIL: the repeat's index, its item count (this one included), its
/// max, and the index of its body.
type UntilState = (usize, i64, u32, usize);

struct Repeat {
    count: i64,
    /// Index of the REPEAT instruction.
    pc: usize,
    last_pos: Option<usize>,
    prev: Option<usize>,
}

#[derive(Clone)]
struct Saved {
    marks: Vec<Option<usize>>,
    lastmark: i64,
    lastindex: i64,
}

/// One search or match over `text[..end]`.
pub struct State<'a> {
    code: &'a [u32],
    text: &'a [u32],
    end: usize,
    /// Where this attempt started (for `must_advance`).
    pub start: usize,
    pub marks: Vec<Option<usize>>,
    pub lastmark: i64,
    pub lastindex: i64,
    repeats: Vec<Repeat>,
    repeat: Option<usize>,
    /// `fullmatch`: a top-level success must end at `end`.
    pub match_all: bool,
    /// The match may not be empty at `start`.
    pub must_advance: bool,
    depth: usize,
}

impl<'a> State<'a> {
    pub fn new(code: &'a [u32], text: &'a [u32], end: usize, groups: usize) -> State<'a> {
        State {
            code,
            text,
            end,
            start: 0,
            marks: vec![None; groups * 2],
            lastmark: -1,
            lastindex: -1,
            repeats: Vec::new(),
            repeat: None,
            match_all: false,
            must_advance: false,
            depth: 0,
        }
    }

    fn reset(&mut self) {
        self.marks.iter_mut().for_each(|m| *m = None);
        self.lastmark = -1;
        self.lastindex = -1;
        self.repeats.clear();
        self.repeat = None;
    }

    fn save(&self) -> Saved {
        Saved {
            marks: self.marks.clone(),
            lastmark: self.lastmark,
            lastindex: self.lastindex,
        }
    }

    fn restore(&mut self, s: &Saved) {
        self.marks.clone_from(&s.marks);
        self.lastmark = s.lastmark;
        self.lastindex = s.lastindex;
    }

    /// Match at `pos` only: the end of the match.
    pub fn match_at(&mut self, pos: usize) -> R<Option<usize>> {
        self.reset();
        self.start = pos;
        self.run(0, pos, true)
    }

    /// The first match at or after `pos`: (start, end).
    pub fn search(&mut self, pos: usize) -> R<Option<(usize, usize)>> {
        let min_len = self.info_min();
        let mut s = pos;
        let must_advance = self.must_advance;
        while s <= self.end {
            if self.end - s < min_len {
                break;
            }
            self.reset();
            self.start = s;
            self.must_advance = must_advance && s == pos;
            if let Some(e) = self.run(0, s, true)? {
                self.must_advance = false;
                return Ok(Some((s, e)));
            }
            s += 1;
        }
        self.must_advance = false;
        Ok(None)
    }

    /// The minimum match length from the pattern's leading INFO block.
    fn info_min(&self) -> usize {
        if self.code.first() == Some(&INFO) && self.code.len() > 3 {
            self.code[3] as usize
        } else {
            0
        }
    }

    fn at(&self, pos: usize) -> u32 {
        self.text[pos]
    }

    fn set_mark(&mut self, i: usize, pos: usize) {
        if i & 1 == 1 {
            self.lastindex = (i / 2 + 1) as i64;
        }
        if i as i64 > self.lastmark {
            let from = (self.lastmark + 1) as usize;
            for m in from..i {
                if let Some(x) = self.marks.get_mut(m) {
                    *x = None;
                }
            }
            self.lastmark = i as i64;
        }
        if let Some(x) = self.marks.get_mut(i) {
            *x = Some(pos);
        }
    }

    fn group_span(&self, g: usize) -> Option<(usize, usize)> {
        let i = 2 * g;
        if (i + 1) as i64 > self.lastmark {
            return None;
        }
        match (
            self.marks.get(i).copied().flatten(),
            self.marks.get(i + 1).copied().flatten(),
        ) {
            (Some(a), Some(b)) if a <= b => Some((a, b)),
            _ => None,
        }
    }

    fn at_code(&self, code: u32, pos: usize) -> bool {
        let end = self.end;
        let word_at = |p: usize, uni: bool| {
            let c = self.at(p);
            if uni {
                is_uni_word(c)
            } else {
                is_ascii_word(c)
            }
        };
        let boundary = |uni: bool| {
            if end == 0 {
                return None;
            }
            let that = pos > 0 && word_at(pos - 1, uni);
            let this = pos < end && word_at(pos, uni);
            Some(this != that)
        };
        match code {
            0 | 2 => pos == 0,
            1 => pos == 0 || self.at(pos - 1) == 0x0a,
            3 | 8 => boundary(false) == Some(true),
            4 | 9 => boundary(false) == Some(false),
            5 => pos == end || (pos + 1 == end && self.at(pos) == 0x0a),
            6 => pos == end || self.at(pos) == 0x0a,
            7 => pos == end,
            10 => boundary(true) == Some(true),
            11 => boundary(true) == Some(false),
            _ => false,
        }
    }

    /// Is `c` in the set starting at `pc` (terminated by FAILURE)?
    fn in_set(&self, mut pc: usize, c: u32) -> R<bool> {
        let code = self.code;
        let mut ok = true;
        loop {
            let op = *code.get(pc).ok_or(MatchError::BadCode)?;
            match op {
                FAILURE => return Ok(!ok),
                LITERAL => {
                    if c == code[pc + 1] {
                        return Ok(ok);
                    }
                    pc += 2;
                }
                CATEGORY => {
                    if category(code[pc + 1], c) {
                        return Ok(ok);
                    }
                    pc += 2;
                }
                CHARSET => {
                    if c < 256 && code[pc + 1 + (c as usize >> 5)] & (1 << (c & 31)) != 0 {
                        return Ok(ok);
                    }
                    pc += 1 + 8;
                }
                RANGE => {
                    if code[pc + 1] <= c && c <= code[pc + 2] {
                        return Ok(ok);
                    }
                    pc += 3;
                }
                RANGE_UNI_IGNORE => {
                    let (lo, hi) = (code[pc + 1], code[pc + 2]);
                    if lo <= c && c <= hi {
                        return Ok(ok);
                    }
                    let u = upper_unicode(c);
                    if lo <= u && u <= hi {
                        return Ok(ok);
                    }
                    pc += 3;
                }
                NEGATE => {
                    ok = !ok;
                    pc += 1;
                }
                BIGCHARSET => {
                    let count = code[pc + 1] as usize;
                    let table = pc + 2;
                    if c < 0x10000 {
                        let idx = (c >> 8) as usize;
                        let word = code[table + idx / 4];
                        let block = (word >> ((idx % 4) * 8)) & 0xff;
                        let bits = table + 64 + block as usize * 8;
                        let lo = (c & 255) as usize;
                        if code[bits + lo / 32] & (1 << (lo % 32)) != 0 {
                            return Ok(ok);
                        }
                    }
                    pc = table + 64 + count * 8;
                }
                _ => return Err(MatchError::BadCode),
            }
        }
    }

    /// Does the one-character item at `pc` match the character at `pos`?
    /// `None` when the item is not a one-character instruction.
    fn char_item(&self, pc: usize, pos: usize) -> R<Option<bool>> {
        let code = self.code;
        let c = self.at(pos);
        let arg = || code[pc + 1];
        Ok(Some(match code[pc] {
            ANY => c != 0x0a,
            ANY_ALL => true,
            LITERAL => c == arg(),
            NOT_LITERAL => c != arg(),
            LITERAL_IGNORE | LITERAL_LOC_IGNORE => lower_ascii(c) == arg(),
            NOT_LITERAL_IGNORE | NOT_LITERAL_LOC_IGNORE => lower_ascii(c) != arg(),
            LITERAL_UNI_IGNORE => lower_unicode(c) == arg(),
            NOT_LITERAL_UNI_IGNORE => lower_unicode(c) != arg(),
            IN => self.in_set(pc + 2, c)?,
            IN_IGNORE | IN_LOC_IGNORE => self.in_set(pc + 2, lower_ascii(c))?,
            IN_UNI_IGNORE => self.in_set(pc + 2, lower_unicode(c))?,
            CATEGORY => category(arg(), c),
            _ => return Ok(None),
        }))
    }

    /// How many times (up to `max`) the one-character item at `pc` matches
    /// from `pos`.
    fn count(&mut self, pc: usize, pos: usize, max: u32) -> R<usize> {
        let limit = if max == MAXREPEAT {
            self.end - pos
        } else {
            (max as usize).min(self.end - pos)
        };
        let mut n = 0;
        while n < limit {
            match self.char_item(pc, pos + n)? {
                Some(true) => n += 1,
                Some(false) => break,
                None => {
                    // A general item: match it as a sub-pattern.
                    match self.sub_match(pc, pos + n)? {
                        Some(e) if e == pos + n + 1 => n += 1,
                        _ => break,
                    }
                }
            }
        }
        Ok(n)
    }

    /// Match a sub-pattern ending in SUCCESS (assertion bodies, atomic groups).
    fn sub_match(&mut self, pc: usize, pos: usize) -> R<Option<usize>> {
        self.run(pc, pos, false)
    }

    fn success_ok(&self, pos: usize, toplevel: bool) -> bool {
        !(toplevel
            && ((self.match_all && pos != self.end) || (self.must_advance && pos == self.start)))
    }

    /// Match the rest of the pattern from `pc` at `pos`: the end position.
    pub fn run(&mut self, pc: usize, pos: usize, toplevel: bool) -> R<Option<usize>> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return Err(MatchError::TooDeep);
        }
        let r = self.run_inner(pc, pos, toplevel);
        self.depth -= 1;
        r
    }

    fn run_inner(&mut self, mut pc: usize, mut pos: usize, toplevel: bool) -> R<Option<usize>> {
        let code = self.code;
        let end = self.end;
        loop {
            let op = *code.get(pc).ok_or(MatchError::BadCode)?;
            match op {
                FAILURE => return Ok(None),
                SUCCESS => {
                    return Ok(self.success_ok(pos, toplevel).then_some(pos));
                }
                AT => {
                    if !self.at_code(code[pc + 1], pos) {
                        return Ok(None);
                    }
                    pc += 2;
                }
                ANY
                | ANY_ALL
                | LITERAL
                | NOT_LITERAL
                | LITERAL_IGNORE
                | LITERAL_LOC_IGNORE
                | NOT_LITERAL_IGNORE
                | NOT_LITERAL_LOC_IGNORE
                | LITERAL_UNI_IGNORE
                | NOT_LITERAL_UNI_IGNORE
                | CATEGORY => {
                    if pos >= end || self.char_item(pc, pos)? != Some(true) {
                        return Ok(None);
                    }
                    pos += 1;
                    pc += if op == ANY || op == ANY_ALL { 1 } else { 2 };
                }
                IN | IN_IGNORE | IN_LOC_IGNORE | IN_UNI_IGNORE => {
                    if pos >= end || self.char_item(pc, pos)? != Some(true) {
                        return Ok(None);
                    }
                    pos += 1;
                    pc = pc + 1 + code[pc + 1] as usize;
                }
                INFO => {
                    let min = code[pc + 3] as usize;
                    if end - pos < min {
                        return Ok(None);
                    }
                    pc = pc + 1 + code[pc + 1] as usize;
                }
                JUMP => pc = pc + 1 + code[pc + 1] as usize,
                MARK => {
                    self.set_mark(code[pc + 1] as usize, pos);
                    pc += 2;
                }
                BRANCH => {
                    let saved = self.save();
                    let mut alt = pc + 1;
                    while code[alt] != 0 {
                        if let Some(e) = self.run(alt + 1, pos, toplevel)? {
                            return Ok(Some(e));
                        }
                        self.restore(&saved);
                        alt += code[alt] as usize;
                    }
                    return Ok(None);
                }
                REPEAT_ONE | MIN_REPEAT_ONE | POSSESSIVE_REPEAT_ONE => {
                    return self.repeat_one(op, pc, pos, toplevel);
                }
                REPEAT => {
                    self.repeats.push(Repeat {
                        count: -1,
                        pc,
                        last_pos: None,
                        prev: self.repeat,
                    });
                    let me = self.repeats.len() - 1;
                    self.repeat = Some(me);
                    let r = self.run(pc + 1 + code[pc + 1] as usize, pos, toplevel);
                    self.repeat = self.repeats[me].prev;
                    self.repeats.truncate(me);
                    return r;
                }
                MAX_UNTIL => return self.max_until(pc, pos, toplevel),
                MIN_UNTIL => return self.min_until(pc, pos, toplevel),
                GROUPREF | GROUPREF_IGNORE | GROUPREF_LOC_IGNORE | GROUPREF_UNI_IGNORE => {
                    let Some((a, b)) = self.group_span(code[pc + 1] as usize) else {
                        return Ok(None);
                    };
                    let n = b - a;
                    if end - pos < n {
                        return Ok(None);
                    }
                    let fold: fn(u32) -> u32 = match op {
                        GROUPREF => |c| c,
                        GROUPREF_UNI_IGNORE => lower_unicode,
                        _ => lower_ascii,
                    };
                    for i in 0..n {
                        if fold(self.at(a + i)) != fold(self.at(pos + i)) {
                            return Ok(None);
                        }
                    }
                    pos += n;
                    pc += 2;
                }
                GROUPREF_EXISTS => {
                    if self.group_span(code[pc + 1] as usize).is_some() {
                        pc += 3;
                    } else {
                        pc = pc + 1 + code[pc + 2] as usize;
                    }
                }
                ASSERT | ASSERT_NOT => {
                    let back = code[pc + 2] as usize;
                    let hit = if pos >= back {
                        let saved = (op == ASSERT_NOT).then(|| self.save());
                        let r = self.sub_match(pc + 3, pos - back)?.is_some();
                        if let Some(s) = saved {
                            self.restore(&s);
                        }
                        r
                    } else {
                        false
                    };
                    if hit != (op == ASSERT) {
                        return Ok(None);
                    }
                    pc = pc + 1 + code[pc + 1] as usize;
                }
                ATOMIC_GROUP => {
                    let Some(e) = self.sub_match(pc + 2, pos)? else {
                        return Ok(None);
                    };
                    pos = e;
                    pc = pc + 1 + code[pc + 1] as usize;
                }
                POSSESSIVE_REPEAT => {
                    let (min, max) = (code[pc + 2], code[pc + 3]);
                    let body = pc + 4;
                    let mut count = 0u32;
                    while count < min {
                        match self.sub_match(body, pos)? {
                            Some(e) => {
                                pos = e;
                                count += 1;
                            }
                            None => return Ok(None),
                        }
                    }
                    let mut prev: Option<usize> = None;
                    while count < max || max == MAXREPEAT {
                        if prev == Some(pos) {
                            break;
                        }
                        prev = Some(pos);
                        let saved = self.save();
                        match self.sub_match(body, pos)? {
                            Some(e) => {
                                pos = e;
                                count += 1;
                            }
                            None => {
                                self.restore(&saved);
                                break;
                            }
                        }
                    }
                    pc = pc + 1 + code[pc + 1] as usize + 1;
                }
                _ => return Err(MatchError::BadCode),
            }
        }
    }

    fn repeat_one(&mut self, op: u32, pc: usize, pos: usize, toplevel: bool) -> R<Option<usize>> {
        let code = self.code;
        let (min, max) = (code[pc + 2] as usize, code[pc + 3]);
        let item = pc + 4;
        let tail = pc + 1 + code[pc + 1] as usize;
        if pos + min > self.end {
            return Ok(None);
        }
        if op == MIN_REPEAT_ONE {
            let mut count = if min == 0 {
                0
            } else {
                let n = self.count(item, pos, min as u32)?;
                if n < min {
                    return Ok(None);
                }
                n
            };
            let mut p = pos + count;
            if code[tail] == SUCCESS && self.success_ok(p, toplevel) {
                return Ok(Some(p));
            }
            let saved = self.save();
            while max == MAXREPEAT || count <= max as usize {
                if let Some(e) = self.run(tail, p, toplevel)? {
                    return Ok(Some(e));
                }
                self.restore(&saved);
                if self.count(item, p, 1)? == 0 {
                    break;
                }
                p += 1;
                count += 1;
            }
            return Ok(None);
        }
        let mut count = self.count(item, pos, max)?;
        if count < min {
            return Ok(None);
        }
        let mut p = pos + count;
        if op == POSSESSIVE_REPEAT_ONE {
            return self.run(tail, p, toplevel);
        }
        if code[tail] == SUCCESS && p == self.end && self.success_ok(p, toplevel) {
            return Ok(Some(p));
        }
        let saved = self.save();
        if code[tail] == LITERAL {
            // The tail starts with a literal: only try positions before it.
            let ch = code[tail + 1];
            loop {
                while count >= min && (p >= self.end || self.at(p) != ch) {
                    if count == 0 {
                        return Ok(None);
                    }
                    p -= 1;
                    count -= 1;
                }
                if count < min {
                    return Ok(None);
                }
                if let Some(e) = self.run(tail, p, toplevel)? {
                    return Ok(Some(e));
                }
                self.restore(&saved);
                if count == 0 {
                    return Ok(None);
                }
                p -= 1;
                count -= 1;
            }
        }
        loop {
            if let Some(e) = self.run(tail, p, toplevel)? {
                return Ok(Some(e));
            }
            self.restore(&saved);
            if count <= min {
                return Ok(None);
            }
            p -= 1;
            count -= 1;
        }
    }

    /// The current repeat at an UNTIL: its index, item count so far (this one
    /// included), max, and body; or the answer when fewer than `min` items
    /// have matched (another item is required).
    fn until_prologue(
        &mut self,
        pos: usize,
        toplevel: bool,
    ) -> R<Result<UntilState, Option<usize>>> {
        let code = self.code;
        let Some(ri) = self.repeat else {
            return Err(MatchError::BadCode);
        };
        let rpc = self.repeats[ri].pc;
        let (min, max) = (code[rpc + 2] as i64, code[rpc + 3]);
        let body = rpc + 4;
        let count = self.repeats[ri].count + 1;
        if count < min {
            self.repeats[ri].count = count;
            if let Some(e) = self.run(body, pos, toplevel)? {
                return Ok(Err(Some(e)));
            }
            self.repeats[ri].count = count - 1;
            return Ok(Err(None));
        }
        Ok(Ok((ri, count, max, body)))
    }

    fn max_until(&mut self, pc: usize, pos: usize, toplevel: bool) -> R<Option<usize>> {
        let (ri, count, max, body) = match self.until_prologue(pos, toplevel)? {
            Ok(parts) => parts,
            Err(answer) => return Ok(answer),
        };
        if (max == MAXREPEAT || count < max as i64) && self.repeats[ri].last_pos != Some(pos) {
            self.repeats[ri].count = count;
            let saved = self.save();
            let old_last = self.repeats[ri].last_pos;
            self.repeats[ri].last_pos = Some(pos);
            let r = self.run(body, pos, toplevel)?;
            self.repeats[ri].last_pos = old_last;
            if let Some(e) = r {
                return Ok(Some(e));
            }
            self.restore(&saved);
            self.repeats[ri].count = count - 1;
        }
        // No more items here: the tail must match.
        self.repeat = self.repeats[ri].prev;
        let r = self.run(pc + 1, pos, toplevel)?;
        self.repeat = Some(ri);
        Ok(r)
    }

    fn min_until(&mut self, pc: usize, pos: usize, toplevel: bool) -> R<Option<usize>> {
        let (ri, count, max, body) = match self.until_prologue(pos, toplevel)? {
            Ok(parts) => parts,
            Err(answer) => return Ok(answer),
        };
        // Try the tail first.
        let saved = self.save();
        self.repeat = self.repeats[ri].prev;
        let r = self.run(pc + 1, pos, toplevel)?;
        self.repeat = Some(ri);
        if let Some(e) = r {
            return Ok(Some(e));
        }
        self.restore(&saved);
        if (max != MAXREPEAT && count >= max as i64) || self.repeats[ri].last_pos == Some(pos) {
            return Ok(None);
        }
        self.repeats[ri].count = count;
        let old_last = self.repeats[ri].last_pos;
        self.repeats[ri].last_pos = Some(pos);
        let r = self.run(body, pos, toplevel)?;
        self.repeats[ri].last_pos = old_last;
        if let Some(e) = r {
            return Ok(Some(e));
        }
        self.repeats[ri].count = count - 1;
        Ok(None)
    }
}
