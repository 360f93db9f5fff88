//! Disk file objects: the `TextIOWrapper`, `BufferedReader/Writer/Random` and
//! `FileIO` returned by `open()`.
//!
//! One [`FileState`] serves all five classes; `text` and `raw` select the
//! behaviour. Reads go through a byte read-ahead buffer (`rbuf[rpos..]`) so
//! `readline` and line iteration cost one `memchr` per line, and writes collect
//! in `wbuf`. The two buffers are never both non-empty: a write first rewinds
//! the OS position over unread read-ahead (binary files; a text file drops it
//! without rewinding, which is where CPython's TextIOWrapper writes too), and a
//! read first flushes pending writes, so the logical position is always
//! `OS position - unread + unwritten`.
//!
//! Text decoding never splits a character: line ends (`\n`, `\r`) cannot occur
//! inside a UTF-8 sequence, and `read(n)` scans whole characters (and whole
//! `\r\n` pairs under universal newlines) before decoding a slice. With
//! `newline=None`, input `\r\n` and `\r` become `\n`; output `\n` stays `\n`
//! (Linux `os.linesep`). Closed-file and wrong-direction errors follow CPython's
//! wording, which differs between the text layer ("I/O operation on closed
//! file.", "not readable") and the binary layer ("read of closed file", "read").
use std::fs::File;
use std::io::{IsTerminal, Read, Seek, SeekFrom, Write};
use std::os::unix::io::AsRawFd;

use super::{method_args, size_arg, unsupported, with_stream, Stream};
use crate::runtime::object::*;
use crate::runtime::setup::add_method;
use crate::runtime::vm::Vm;

/// Read-ahead chunk: CPython's buffer size, so a text write after a partial
/// read lands where CPython's would (see `prepare_write`).
const CHUNK: usize = 8192;
const WBUF_LIMIT: usize = 64 * 1024;

/// The `name` a file was opened with.
#[derive(Clone)]
pub enum NameVal {
    Str(String),
    Bytes(Vec<u8>),
}

impl NameVal {
    fn to_value(&self, vm: &Vm) -> Value {
        match self {
            NameVal::Str(s) => vm.new_str(s),
            NameVal::Bytes(b) => vm.new_bytes(b.clone()),
        }
    }
}

pub struct FileState {
    file: Option<File>,
    name: NameVal,
    /// `mode` as reported: the text mode as given, or FileIO's normalised mode.
    mode: String,
    readable: bool,
    writable: bool,
    text: bool,
    raw: bool,
    codec: &'static str,
    encoding: String,
    errors: String,
    newline: Option<String>,
    line_buffering: bool,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
}

/// Open `path` with the flags `mode` asks for (a directory is EISDIR, as CPython checks).
pub fn open_file(path: &std::path::Path, mode: &super::Mode) -> std::io::Result<File> {
    let mut o = std::fs::OpenOptions::new();
    if mode.reading {
        o.read(true);
    } else if mode.writing {
        o.write(true).create(true).truncate(true);
    } else if mode.appending {
        o.append(true).create(true);
    } else if mode.creating {
        o.write(true).create_new(true);
    }
    if mode.updating {
        o.read(true);
        if !mode.appending {
            o.write(true);
        }
    }
    let mut f = o.open(path)?;
    if f.metadata()?.is_dir() {
        return Err(std::io::Error::from_raw_os_error(21));
    }
    if mode.appending {
        let _ = f.seek(SeekFrom::End(0));
    }
    Ok(f)
}

impl FileState {
    pub fn new(file: File, name: NameVal, mode: &super::Mode, mode_s: &str) -> FileState {
        let readable = mode.reading || mode.updating;
        let writable = !mode.reading || mode.updating;
        let binmode = if mode.creating {
            if readable {
                "xb+"
            } else {
                "xb"
            }
        } else if mode.appending {
            if readable {
                "ab+"
            } else {
                "ab"
            }
        } else if readable {
            if writable {
                "rb+"
            } else {
                "rb"
            }
        } else {
            "wb"
        };
        FileState {
            file: Some(file),
            name,
            mode: if mode.binary {
                binmode.to_string()
            } else {
                mode_s.to_string()
            },
            readable,
            writable,
            text: false,
            raw: false,
            codec: "utf-8",
            encoding: String::new(),
            errors: String::new(),
            newline: None,
            line_buffering: false,
            rbuf: Vec::new(),
            rpos: 0,
            wbuf: Vec::new(),
        }
    }

    pub fn set_text(
        &mut self,
        codec: &'static str,
        encoding: String,
        errors: String,
        newline: Option<String>,
        line_buffering: bool,
    ) {
        self.text = true;
        self.codec = codec;
        self.encoding = encoding;
        self.errors = errors;
        self.newline = newline;
        self.line_buffering = line_buffering;
    }

    pub fn set_raw(&mut self) {
        self.raw = true;
    }

    /// Write out pending output.
    pub fn flush_buffer(&mut self) -> std::io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let Some(f) = self.file.as_mut() else {
            return Ok(());
        };
        let r = f.write_all(&self.wbuf);
        self.wbuf.clear();
        r
    }

    /// Flush and release the OS file.
    pub fn close(&mut self) -> std::io::Result<()> {
        let r = self.flush_buffer();
        self.file = None;
        self.rbuf = Vec::new();
        self.rpos = 0;
        r
    }

    fn closed_err(&self, vm: &Vm, op: &str) -> PyErr {
        if self.text {
            return vm.value_error("I/O operation on closed file.");
        }
        vm.value_error(match op {
            "read" => "read of closed file",
            "readline" => "readline of closed file",
            "write" => "write to closed file",
            "flush" => "flush of closed file",
            "truncate" => "truncate of closed file",
            "seek" => "seek of closed file",
            _ => "I/O operation on closed file",
        })
    }

    fn check_open(&self, vm: &Vm, op: &str) -> PyResult<()> {
        if self.file.is_none() {
            return Err(self.closed_err(vm, op));
        }
        Ok(())
    }

    /// Checks for a read operation (`op` names it for the binary layer's messages).
    fn check_read(&self, vm: &Vm, op: &str) -> PyResult<()> {
        if self.text {
            self.check_open(vm, op)?;
            if !self.readable {
                return Err(unsupported(vm, "not readable"));
            }
        } else {
            if !self.readable {
                return Err(unsupported(vm, "read"));
            }
            self.check_open(vm, op)?;
        }
        Ok(())
    }

    fn check_write(&self, vm: &Vm) -> PyResult<()> {
        if self.text {
            self.check_open(vm, "write")?;
            if !self.writable {
                return Err(unsupported(vm, "not writable"));
            }
        } else {
            if !self.writable {
                return Err(unsupported(vm, "write"));
            }
            self.check_open(vm, "write")?;
        }
        Ok(())
    }

    fn os_err(&self, vm: &Vm, e: std::io::Error) -> PyErr {
        super::os_error(vm, &e, None)
    }

    /// Before reading: pending writes go out first.
    fn prepare_read(&mut self, vm: &Vm) -> PyResult<()> {
        self.flush_buffer().map_err(|e| self.os_err(vm, e))
    }

    /// Before writing: the binary layer gives back unread read-ahead so the write
    /// lands at the logical position; CPython's text layer just drops it, so a
    /// text write after a partial read lands after the read-ahead chunk.
    fn prepare_write(&mut self, vm: &Vm) -> PyResult<()> {
        let unread = self.rbuf.len() - self.rpos;
        if unread > 0 && !self.text {
            if let Some(f) = self.file.as_mut() {
                f.seek(SeekFrom::Current(-(unread as i64)))
                    .map_err(|e| super::os_error(vm, &e, None))?;
            }
        }
        self.rbuf.clear();
        self.rpos = 0;
        Ok(())
    }

    /// Read another chunk into the read-ahead buffer; returns bytes read (0 at EOF).
    /// Consumed bytes are dropped first, so indices into `rbuf` shift by `rpos`.
    fn fill(&mut self) -> std::io::Result<usize> {
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let Some(f) = self.file.as_mut() else {
            return Ok(0);
        };
        let old = self.rbuf.len();
        self.rbuf.resize(old + CHUNK, 0);
        loop {
            match f.read(&mut self.rbuf[old..]) {
                Ok(n) => {
                    self.rbuf.truncate(old + n);
                    return Ok(n);
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.rbuf.truncate(old);
                    return Err(e);
                }
            }
        }
    }

    /// Everything from the logical position to EOF.
    fn read_rest_bytes(&mut self) -> std::io::Result<Vec<u8>> {
        let mut data = self.rbuf[self.rpos..].to_vec();
        self.rbuf.clear();
        self.rpos = 0;
        if let Some(f) = self.file.as_mut() {
            f.read_to_end(&mut data)?;
        }
        Ok(data)
    }

    /// Up to `n` bytes (fewer only at EOF).
    fn read_bytes(&mut self, n: usize) -> std::io::Result<Vec<u8>> {
        while self.rbuf.len() - self.rpos < n {
            if self.fill()? == 0 {
                break;
            }
        }
        let end = (self.rpos + n).min(self.rbuf.len());
        let out = self.rbuf[self.rpos..end].to_vec();
        self.rpos = end;
        Ok(out)
    }

    /// The end (exclusive, an index into `rbuf`) of the line starting at `rpos`.
    fn line_end(&mut self) -> std::io::Result<usize> {
        #[derive(PartialEq)]
        enum Term {
            Lf,
            Cr,
            CrLf,
            Universal,
        }
        let term = if !self.text {
            Term::Lf
        } else {
            match self.newline.as_deref() {
                None | Some("") => Term::Universal,
                Some("\r") => Term::Cr,
                Some("\r\n") => Term::CrLf,
                _ => Term::Lf,
            }
        };
        let mut rel = 0usize; // scan offset relative to rpos
        loop {
            let start = self.rpos + rel;
            let buf = &self.rbuf[..];
            let len = buf.len();
            let hay = &buf[start.min(len)..];
            match term {
                Term::Lf => {
                    if let Some(i) = memchr::memchr(b'\n', hay) {
                        return Ok(start + i + 1);
                    }
                }
                Term::Cr => {
                    if let Some(i) = memchr::memchr(b'\r', hay) {
                        return Ok(start + i + 1);
                    }
                }
                Term::CrLf => {
                    if let Some(i) = memchr::memmem::find(hay, b"\r\n") {
                        return Ok(start + i + 2);
                    }
                }
                Term::Universal => {
                    if let Some(i) = memchr::memchr2(b'\n', b'\r', hay) {
                        let j = start + i;
                        if buf[j] == b'\n' {
                            return Ok(j + 1);
                        }
                        if j + 1 < len {
                            return Ok(if buf[j + 1] == b'\n' { j + 2 } else { j + 1 });
                        }
                        // A '\r' at the end of the buffer: is a '\n' next?
                        rel = j - self.rpos;
                        if self.fill()? == 0 {
                            return Ok(self.rpos + rel + 1);
                        }
                        continue;
                    }
                }
            }
            // No terminator yet: rescan only the new data (one byte back for "\r\n").
            rel = (len - self.rpos).saturating_sub(if term == Term::CrLf { 1 } else { 0 });
            if self.fill()? == 0 {
                return Ok(self.rbuf.len());
            }
        }
    }

    fn decode(&self, vm: &Vm, b: &[u8]) -> PyResult<String> {
        let s = crate::runtime::builtin_types::str::decode_bytes(vm, b, self.codec, &self.errors)?;
        if self.newline.is_none() && s.contains('\r') {
            return Ok(s.replace("\r\n", "\n").replace('\r', "\n"));
        }
        Ok(s)
    }

    /// Bytes `s` takes in this file's codec (for pushing back part of a line).
    fn encoded_len(&self, s: &str) -> usize {
        if self.codec == "utf-8" {
            s.len()
        } else {
            s.chars().count()
        }
    }

    /// Text `read(n)`: `n` characters, never splitting a character or a `\r\n`.
    fn read_text_n(&mut self, vm: &Vm, n: usize) -> PyResult<String> {
        let universal = self.newline.is_none();
        let utf8 = self.codec == "utf-8";
        let mut out = String::new();
        let mut count = 0usize;
        let mut eof = false;
        while count < n {
            let len = self.rbuf.len();
            let mut i = self.rpos;
            while i < len && count < n {
                let b = self.rbuf[i];
                let mut clen = if utf8 { utf8_len(b) } else { 1 };
                if b == b'\r' && universal {
                    if i + 1 < len {
                        if self.rbuf[i + 1] == b'\n' {
                            clen = 2;
                        }
                    } else if !eof {
                        break;
                    }
                }
                if i + clen > len {
                    if !eof {
                        break;
                    }
                    clen = len - i;
                }
                i += clen;
                count += 1;
            }
            if i > self.rpos {
                let piece = self.decode(vm, &self.rbuf[self.rpos..i])?;
                out.push_str(&piece);
                self.rpos = i;
            }
            if count >= n || eof {
                break;
            }
            if self.fill().map_err(|e| self.os_err(vm, e))? == 0 {
                eof = true;
                if self.rpos >= self.rbuf.len() {
                    break;
                }
            }
        }
        Ok(out)
    }

    /// One line as text (`limit` characters at most when >= 0).
    fn readline_text(&mut self, vm: &Vm, limit: i64) -> PyResult<String> {
        let end = self.line_end().map_err(|e| self.os_err(vm, e))?;
        let start = self.rpos;
        let line = self.decode(vm, &self.rbuf[start..end])?;
        self.rpos = end;
        if limit >= 0 {
            if let Some((cut, _)) = line.char_indices().nth(limit as usize) {
                let keep = &line[..cut];
                self.rpos = start + self.encoded_len(keep);
                return Ok(keep.to_string());
            }
        }
        Ok(line)
    }

    /// One line as bytes (`limit` bytes at most when >= 0).
    fn readline_bytes(&mut self, vm: &Vm, limit: i64) -> PyResult<Vec<u8>> {
        let mut end = self.line_end().map_err(|e| self.os_err(vm, e))?;
        if limit >= 0 {
            end = end.min(self.rpos + limit as usize);
        }
        let line = self.rbuf[self.rpos..end].to_vec();
        self.rpos = end;
        Ok(line)
    }

    fn queue_write(&mut self, vm: &Vm, data: &[u8], flush_now: bool) -> PyResult<()> {
        self.prepare_write(vm)?;
        self.wbuf.extend_from_slice(data);
        if flush_now || self.raw || self.wbuf.len() >= WBUF_LIMIT {
            self.flush_buffer().map_err(|e| self.os_err(vm, e))?;
        }
        Ok(())
    }

    fn tell(&mut self, vm: &Vm) -> PyResult<i64> {
        self.flush_buffer().map_err(|e| self.os_err(vm, e))?;
        let unread = (self.rbuf.len() - self.rpos) as i64;
        let Some(f) = self.file.as_mut() else {
            return Err(self.closed_err(vm, "tell"));
        };
        let pos = f
            .stream_position()
            .map_err(|e| super::os_error(vm, &e, None))?;
        Ok(pos as i64 - unread)
    }

    fn seek(&mut self, vm: &Vm, to: SeekFrom) -> PyResult<i64> {
        self.flush_buffer().map_err(|e| self.os_err(vm, e))?;
        let unread = (self.rbuf.len() - self.rpos) as i64;
        let to = match to {
            SeekFrom::Current(off) => SeekFrom::Current(off - unread),
            other => other,
        };
        self.rbuf.clear();
        self.rpos = 0;
        let Some(f) = self.file.as_mut() else {
            return Err(self.closed_err(vm, "seek"));
        };
        let pos = f.seek(to).map_err(|e| super::os_error(vm, &e, None))?;
        Ok(pos as i64)
    }
}

/// A file state dropped while still open (its slot freed, or the handle table
/// torn down at interpreter-thread exit) still delivers its buffered output.
impl Drop for FileState {
    fn drop(&mut self) {
        let _ = self.flush_buffer();
    }
}

fn utf8_len(b: u8) -> usize {
    match b {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

// ----- methods ------------------------------------------------------------------

fn this(args: &Args) -> Value {
    args.pos.first().cloned().unwrap_or(Value::None)
}

/// Run `f` on the file state of `args.pos[0]`.
fn with_file<R>(
    vm: &Vm,
    args: &Args,
    f: impl FnOnce(&mut FileState) -> PyResult<R>,
) -> PyResult<R> {
    with_stream(vm, &this(args), |s| match s {
        Stream::File(st) => f(st),
        _ => Err(vm.type_error("descriptor requires a file object")),
    })
}

fn f_read(vm: &Vm, args: Args) -> PyResult {
    let rest = method_args(vm, &args, "read", 1)?;
    let n = size_arg(vm, rest.first())?;
    with_file(vm, &args, |st| {
        st.check_read(vm, "read")?;
        st.prepare_read(vm)?;
        if st.text {
            let s = if n < 0 {
                let data = st.read_rest_bytes().map_err(|e| st.os_err(vm, e))?;
                st.decode(vm, &data)?
            } else {
                st.read_text_n(vm, n as usize)?
            };
            Ok(vm.new_string(s))
        } else {
            let data = if n < 0 {
                st.read_rest_bytes()
            } else {
                st.read_bytes(n as usize)
            };
            Ok(vm.new_bytes(data.map_err(|e| st.os_err(vm, e))?))
        }
    })
}

fn f_readline(vm: &Vm, args: Args) -> PyResult {
    let rest = method_args(vm, &args, "readline", 1)?;
    let is_text = with_file(vm, &args, |st| Ok(st.text))?;
    let limit = match rest.first() {
        Some(Value::None) if is_text => {
            return Err(vm.type_error("'NoneType' object cannot be interpreted as an integer"))
        }
        other => size_arg(vm, other)?,
    };
    with_file(vm, &args, |st| {
        st.check_read(vm, "readline")?;
        st.prepare_read(vm)?;
        if st.text {
            Ok(vm.new_string(st.readline_text(vm, limit)?))
        } else {
            Ok(vm.new_bytes(st.readline_bytes(vm, limit)?))
        }
    })
}

/// One line, or None at EOF (for iteration and readlines).
fn next_line(vm: &Vm, args: &Args) -> PyResult<Option<Value>> {
    with_file(vm, args, |st| {
        if st.text {
            st.check_read(vm, "readline")?;
            st.prepare_read(vm)?;
            let s = st.readline_text(vm, -1)?;
            Ok(if s.is_empty() {
                None
            } else {
                Some(vm.new_string(s))
            })
        } else {
            st.check_read(vm, "readline")?;
            st.prepare_read(vm)?;
            let b = st.readline_bytes(vm, -1)?;
            Ok(if b.is_empty() {
                None
            } else {
                Some(vm.new_bytes(b))
            })
        }
    })
}

fn f_readlines(vm: &Vm, args: Args) -> PyResult {
    let rest = method_args(vm, &args, "readlines", 1)?;
    let hint = size_arg(vm, rest.first())?;
    with_file(vm, &args, |st| {
        if st.file.is_none() {
            return Err(vm.value_error("I/O operation on closed file."));
        }
        Ok(())
    })?;
    let mut out = Vec::new();
    let mut total = 0i64;
    while let Some(line) = next_line(vm, &args)? {
        total += crate::runtime::ops::len(vm, &line).unwrap_or(0) as i64;
        out.push(line);
        if hint > 0 && total >= hint {
            break;
        }
    }
    Ok(vm.new_list(out))
}

fn f_next(vm: &Vm, args: Args) -> PyResult {
    match next_line(vm, &args)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(None)),
    }
}

fn f_iter(vm: &Vm, args: Args) -> PyResult {
    with_file(vm, &args, |st| {
        if st.file.is_none() {
            return Err(vm.value_error("I/O operation on closed file."));
        }
        Ok(())
    })?;
    Ok(this(&args))
}

fn f_enter(vm: &Vm, args: Args) -> PyResult {
    f_iter(vm, args)
}

fn f_exit(vm: &Vm, args: Args) -> PyResult {
    let me = this(&args);
    crate::runtime::attr::call_method(vm, &me, "close", vec![])?;
    Ok(Value::None)
}

/// Encode one `write()` argument: returns the bytes and the value `write` returns.
fn write_one(vm: &Vm, args: &Args, v: &Value) -> PyResult<Value> {
    let is_text = with_file(vm, args, |st| Ok(st.text))?;
    if is_text {
        let Some(s) = v.as_str() else {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                vm.type_name(v)
            )));
        };
        let n = v.as_pystr().map(|p| p.char_len()).unwrap_or(0);
        with_file(vm, args, |st| {
            st.check_write(vm)?;
            let translated;
            let text: &str = match st.newline.as_deref() {
                Some(nl @ ("\r" | "\r\n")) if s.contains('\n') => {
                    translated = s.replace('\n', nl);
                    &translated
                }
                _ => s,
            };
            let data =
                crate::runtime::builtin_types::str::encode_str(vm, text, st.codec, &st.errors, v)?;
            let flush_now = st.line_buffering && (s.contains('\n') || s.contains('\r'));
            st.queue_write(vm, &data, flush_now)?;
            Ok(Value::Int(n as i64))
        })
    } else {
        let data = crate::runtime::convert::bytes_like(vm, v)?;
        with_file(vm, args, |st| {
            st.check_write(vm)?;
            st.queue_write(vm, &data, false)?;
            Ok(Value::Int(data.len() as i64))
        })
    }
}

fn f_write(vm: &Vm, args: Args) -> PyResult {
    let rest = method_args(vm, &args, "write", 1)?;
    let Some(v) = rest.first().cloned() else {
        return Err(vm.type_error("write() takes exactly one argument (0 given)"));
    };
    write_one(vm, &args, &v)
}

fn f_writelines(vm: &Vm, args: Args) -> PyResult {
    let rest = method_args(vm, &args, "writelines", 1)?;
    let Some(lines) = rest.first().cloned() else {
        return Err(vm.type_error("writelines() takes exactly one argument (0 given)"));
    };
    with_file(vm, &args, |st| {
        if st.file.is_none() {
            return Err(vm.value_error("I/O operation on closed file."));
        }
        Ok(())
    })?;
    let it = crate::runtime::iter::get_iter(vm, &lines)?;
    while let Some(line) = crate::runtime::iter::next(vm, &it)? {
        write_one(vm, &args, &line)?;
    }
    Ok(Value::None)
}

fn f_flush(vm: &Vm, args: Args) -> PyResult {
    method_args(vm, &args, "flush", 0)?;
    with_file(vm, &args, |st| {
        if st.file.is_none() && !st.text && !st.writable {
            return Err(vm.value_error("I/O operation on closed file."));
        }
        st.check_open(vm, "flush")?;
        st.flush_buffer().map_err(|e| st.os_err(vm, e))?;
        Ok(Value::None)
    })
}

fn f_close(vm: &Vm, args: Args) -> PyResult {
    method_args(vm, &args, "close", 0)?;
    with_file(vm, &args, |st| {
        if st.file.is_none() {
            return Ok(Value::None);
        }
        st.close().map_err(|e| st.os_err(vm, e))?;
        Ok(Value::None)
    })
}

fn f_tell(vm: &Vm, args: Args) -> PyResult {
    method_args(vm, &args, "tell", 0)?;
    with_file(vm, &args, |st| {
        st.check_open(vm, "tell")?;
        Ok(Value::Int(st.tell(vm)?))
    })
}

fn f_seek(vm: &Vm, args: Args) -> PyResult {
    let rest = method_args(vm, &args, "seek", 2)?;
    let Some(off_v) = rest.first() else {
        return Err(vm.type_error("seek expected at least 1 argument, got 0"));
    };
    let off = super::int_arg(vm, off_v)?;
    let whence = match rest.get(1) {
        Some(w) => super::int_arg(vm, w)?,
        None => 0,
    };
    with_file(vm, &args, |st| {
        st.check_open(vm, "seek")?;
        let to = if st.text {
            match whence {
                0 if off < 0 => {
                    return Err(vm.value_error(format!("negative seek position {}", off)))
                }
                0 => SeekFrom::Start(off as u64),
                1 if off != 0 => {
                    return Err(unsupported(vm, "can't do nonzero cur-relative seeks"))
                }
                1 => SeekFrom::Current(0),
                2 if off != 0 => {
                    return Err(unsupported(vm, "can't do nonzero end-relative seeks"))
                }
                2 => SeekFrom::End(0),
                _ => {
                    return Err(
                        vm.value_error(format!("invalid whence ({}, should be 0, 1 or 2)", whence))
                    )
                }
            }
        } else {
            match whence {
                0 if off < 0 => {
                    return Err(super::os_error_errno(vm, 22, "Invalid argument", None))
                }
                0 => SeekFrom::Start(off as u64),
                1 => SeekFrom::Current(off),
                2 => SeekFrom::End(off),
                _ => return Err(vm.value_error(format!("whence value {} unsupported", whence))),
            }
        };
        Ok(Value::Int(st.seek(vm, to)?))
    })
}

fn f_truncate(vm: &Vm, args: Args) -> PyResult {
    let rest = method_args(vm, &args, "truncate", 1)?;
    let size = match rest.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(super::int_arg(vm, v)?),
    };
    with_file(vm, &args, |st| {
        st.check_open(vm, "truncate")?;
        if !st.writable {
            return Err(unsupported(vm, "truncate"));
        }
        let pos = st.tell(vm)?;
        let size = size.unwrap_or(pos);
        if size < 0 {
            return Err(super::os_error_errno(vm, 22, "Invalid argument", None));
        }
        st.seek(vm, SeekFrom::Start(pos as u64))?;
        if let Some(f) = st.file.as_mut() {
            f.set_len(size as u64)
                .map_err(|e| super::os_error(vm, &e, None))?;
        }
        Ok(Value::Int(size))
    })
}

/// The raw layer's closed check (CPython's FileIO: no full stop, even for text files).
fn closed_plain(vm: &Vm, st: &FileState) -> PyResult<()> {
    if st.file.is_none() {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    Ok(())
}

fn f_readable(vm: &Vm, args: Args) -> PyResult {
    method_args(vm, &args, "readable", 0)?;
    with_file(vm, &args, |st| {
        // FileIO answers False for the wrong direction before checking closed.
        if !st.readable {
            return Ok(Value::Bool(false));
        }
        closed_plain(vm, st)?;
        Ok(Value::Bool(true))
    })
}

fn f_writable(vm: &Vm, args: Args) -> PyResult {
    method_args(vm, &args, "writable", 0)?;
    with_file(vm, &args, |st| {
        if !st.writable {
            return Ok(Value::Bool(false));
        }
        closed_plain(vm, st)?;
        Ok(Value::Bool(true))
    })
}

fn f_seekable(vm: &Vm, args: Args) -> PyResult {
    method_args(vm, &args, "seekable", 0)?;
    with_file(vm, &args, |st| {
        closed_plain(vm, st)?;
        let ok = st
            .file
            .as_mut()
            .is_some_and(|f| f.stream_position().is_ok());
        Ok(Value::Bool(ok))
    })
}

fn f_isatty(vm: &Vm, args: Args) -> PyResult {
    method_args(vm, &args, "isatty", 0)?;
    with_file(vm, &args, |st| {
        closed_plain(vm, st)?;
        Ok(Value::Bool(
            st.file.as_ref().is_some_and(|f| f.is_terminal()),
        ))
    })
}

fn f_fileno(vm: &Vm, args: Args) -> PyResult {
    method_args(vm, &args, "fileno", 0)?;
    with_file(vm, &args, |st| match st.file.as_ref() {
        Some(f) => Ok(Value::Int(f.as_raw_fd() as i64)),
        None => Err(vm.value_error("I/O operation on closed file")),
    })
}

fn g_closed(vm: &Vm, args: Args) -> PyResult {
    with_file(vm, &args, |st| Ok(Value::Bool(st.file.is_none())))
}

fn g_name(vm: &Vm, args: Args) -> PyResult {
    with_file(vm, &args, |st| Ok(st.name.to_value(vm)))
}

fn g_mode(vm: &Vm, args: Args) -> PyResult {
    with_file(vm, &args, |st| Ok(vm.new_str(&st.mode)))
}

fn g_encoding(vm: &Vm, args: Args) -> PyResult {
    with_file(vm, &args, |st| Ok(vm.new_str(&st.encoding)))
}

fn g_errors(vm: &Vm, args: Args) -> PyResult {
    with_file(vm, &args, |st| Ok(vm.new_str(&st.errors)))
}

fn g_line_buffering(vm: &Vm, args: Args) -> PyResult {
    with_file(vm, &args, |st| Ok(Value::Bool(st.line_buffering)))
}

fn g_newlines(_vm: &Vm, _args: Args) -> PyResult {
    Ok(Value::None)
}

fn f_repr(vm: &Vm, args: Args) -> PyResult {
    let me = this(&args);
    let cls = vm.type_of(&me).name();
    let (name, mode, enc, text, raw, closed) = with_file(vm, &args, |st| {
        Ok((
            st.name.to_value(vm),
            st.mode.clone(),
            st.encoding.clone(),
            st.text,
            st.raw,
            st.file.is_none(),
        ))
    })?;
    let name_r = crate::runtime::ops::repr(vm, &name)?;
    let s = if text {
        format!(
            "<_io.{} name={} mode={} encoding={}>",
            cls,
            name_r,
            crate::runtime::strfuncs::repr_str(&mode),
            crate::runtime::strfuncs::repr_str(&enc)
        )
    } else if raw {
        if closed {
            format!("<_io.{} [closed]>", cls)
        } else {
            format!(
                "<_io.{} name={} mode={} closefd=True>",
                cls,
                name_r,
                crate::runtime::strfuncs::repr_str(&mode)
            )
        }
    } else {
        format!("<_io.{} name={}>", cls, name_r)
    };
    Ok(vm.new_string(s))
}

pub fn register_methods(vm: &Vm, t: &TypeRef) {
    let is_text = &*t.name() == "TextIOWrapper";
    for (name, f) in [
        ("read", f_read as NativeFn),
        ("readline", f_readline),
        ("readlines", f_readlines),
        ("write", f_write),
        ("writelines", f_writelines),
        ("flush", f_flush),
        ("close", f_close),
        ("tell", f_tell),
        ("seek", f_seek),
        ("truncate", f_truncate),
        ("readable", f_readable),
        ("writable", f_writable),
        ("seekable", f_seekable),
        ("isatty", f_isatty),
        ("fileno", f_fileno),
        ("__iter__", f_iter),
        ("__next__", f_next),
        ("__enter__", f_enter),
        ("__exit__", f_exit),
        ("__repr__", f_repr),
        ("__del__", super::stream_del),
    ] {
        add_method(vm, t, name, f);
    }
    let new: NativeFn = if is_text {
        super::text_wrapper_new
    } else {
        super::no_new
    };
    crate::runtime::setup::add_staticmethod(vm, t, "__new__", new);
    super::add_getter(vm, t, "closed", g_closed);
    super::add_getter(vm, t, "name", g_name);
    super::add_getter(vm, t, "mode", g_mode);
    if is_text {
        super::add_getter(vm, t, "encoding", g_encoding);
        super::add_getter(vm, t, "errors", g_errors);
        super::add_getter(vm, t, "line_buffering", g_line_buffering);
        super::add_getter(vm, t, "newlines", g_newlines);
    }
}
