//! In-memory streams: `io.StringIO` and `io.BytesIO`.
//!
//! `StringIO` positions are character indices, so its buffer is a `Vec<char>`:
//! `seek`, `read(n)` and overwriting writes are then plain index arithmetic,
//! and the common pattern (many appends, one `getvalue()`) stays linear.
//! Newline handling follows CPython's `StringIO(newline=...)`: the default
//! `'\n'` translates nothing; `None` turns written `\r\n`/`\r` into `\n`; `''`
//! translates nothing but splits lines at any of `\r`, `\n`, `\r\n`; `'\r'` and
//! `'\r\n'` turn written `\n` into themselves and split lines there. A write
//! past the end pads with NULs, as CPython does. `BytesIO` is the byte-indexed
//! analogue. Both are created by `__new__` with an empty buffer (so a subclass
//! that skips `super().__init__()` still works) and filled by `__init__`.
use super::{bind_args, method_args, set_stream, size_arg, with_stream, Stream};
use crate::runtime::object::*;
use crate::runtime::setup::add_method;
use crate::runtime::vm::Vm;

pub struct StrBuf {
    buf: Vec<char>,
    pos: usize,
    closed: bool,
    newline: Option<String>,
}

pub struct ByteBuf {
    buf: Vec<u8>,
    pos: usize,
    closed: bool,
}

impl StrBuf {
    fn new(newline: Option<String>) -> StrBuf {
        StrBuf {
            buf: Vec::new(),
            pos: 0,
            closed: false,
            newline,
        }
    }

    /// Apply the write-side newline translation and store `s` at `pos`.
    fn write(&mut self, s: &str) -> usize {
        let translated: String;
        let s = match self.newline.as_deref() {
            None if s.contains('\r') => {
                translated = s.replace("\r\n", "\n").replace('\r', "\n");
                &translated
            }
            Some(nl @ ("\r" | "\r\n")) if s.contains('\n') => {
                translated = s.replace('\n', nl);
                &translated
            }
            _ => s,
        };
        let chars: Vec<char> = s.chars().collect();
        if self.pos > self.buf.len() {
            self.buf.resize(self.pos, '\0');
        }
        let overlap = (self.buf.len() - self.pos).min(chars.len());
        self.buf[self.pos..self.pos + overlap].copy_from_slice(&chars[..overlap]);
        self.buf.extend_from_slice(&chars[overlap..]);
        self.pos += chars.len();
        chars.len()
    }

    fn read(&mut self, n: i64) -> String {
        let start = self.pos.min(self.buf.len());
        let end = if n < 0 {
            self.buf.len()
        } else {
            (start + n as usize).min(self.buf.len())
        };
        self.pos = self.pos.max(end);
        self.buf[start..end].iter().collect()
    }

    fn readline(&mut self, limit: i64) -> String {
        let start = self.pos.min(self.buf.len());
        let rest = &self.buf[start..];
        let mut end = match self.newline.as_deref() {
            Some("") => match rest.iter().position(|&c| c == '\n' || c == '\r') {
                Some(i) if rest[i] == '\r' && rest.get(i + 1) == Some(&'\n') => start + i + 2,
                Some(i) => start + i + 1,
                None => self.buf.len(),
            },
            Some("\r") => rest
                .iter()
                .position(|&c| c == '\r')
                .map_or(self.buf.len(), |i| start + i + 1),
            Some("\r\n") => rest
                .windows(2)
                .position(|w| w == ['\r', '\n'])
                .map_or(self.buf.len(), |i| start + i + 2),
            _ => rest
                .iter()
                .position(|&c| c == '\n')
                .map_or(self.buf.len(), |i| start + i + 1),
        };
        if limit >= 0 {
            end = end.min(start + limit as usize);
        }
        self.pos = self.pos.max(end);
        self.buf[start..end].iter().collect()
    }
}

impl ByteBuf {
    fn write(&mut self, data: &[u8]) -> usize {
        if self.pos > self.buf.len() {
            self.buf.resize(self.pos, 0);
        }
        let overlap = (self.buf.len() - self.pos).min(data.len());
        self.buf[self.pos..self.pos + overlap].copy_from_slice(&data[..overlap]);
        self.buf.extend_from_slice(&data[overlap..]);
        self.pos += data.len();
        data.len()
    }

    fn read(&mut self, n: i64) -> Vec<u8> {
        let start = self.pos.min(self.buf.len());
        let end = if n < 0 {
            self.buf.len()
        } else {
            (start + n as usize).min(self.buf.len())
        };
        self.pos = self.pos.max(end);
        self.buf[start..end].to_vec()
    }

    fn readline(&mut self, limit: i64) -> Vec<u8> {
        let start = self.pos.min(self.buf.len());
        let mut end =
            memchr::memchr(b'\n', &self.buf[start..]).map_or(self.buf.len(), |i| start + i + 1);
        if limit >= 0 {
            end = end.min(start + limit as usize);
        }
        self.pos = self.pos.max(end);
        self.buf[start..end].to_vec()
    }
}

// ----- shared plumbing ----------------------------------------------------------

fn this(args: &Args) -> Value {
    args.pos.first().cloned().unwrap_or(Value::None)
}

fn closed_err(vm: &Vm, s: &Stream) -> PyErr {
    match s {
        Stream::Str(_) => vm.value_error("I/O operation on closed file"),
        _ => vm.value_error("I/O operation on closed file."),
    }
}

/// Run `f` on an open in-memory stream.
fn with_mem<R>(vm: &Vm, args: &Args, f: impl FnOnce(&mut Stream) -> PyResult<R>) -> PyResult<R> {
    with_stream(vm, &this(args), |s| {
        let closed = match s {
            Stream::Str(b) => b.closed,
            Stream::Bytes(b) => b.closed,
            Stream::File(_) => return Err(vm.type_error("descriptor requires an in-memory stream")),
        };
        if closed {
            return Err(closed_err(vm, s));
        }
        f(s)
    })
}

fn bytes_of(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    crate::runtime::convert::bytes_like(vm, v)
}

// ----- construction -------------------------------------------------------------

fn sio_new(vm: &Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first() else {
        return Err(vm.type_error("StringIO.__new__(X): X is not a type object"));
    };
    Ok(super::new_stream_object(
        vm,
        cls,
        Stream::Str(StrBuf::new(Some("\n".into()))),
    ))
}

fn bio_new(vm: &Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first() else {
        return Err(vm.type_error("BytesIO.__new__(X): X is not a type object"));
    };
    Ok(super::new_stream_object(
        vm,
        cls,
        Stream::Bytes(ByteBuf {
            buf: Vec::new(),
            pos: 0,
            closed: false,
        }),
    ))
}

fn sio_init(vm: &Vm, args: Args) -> PyResult {
    let a = bind_args(vm, &args, "StringIO", &["initial_value", "newline"], 1)?;
    let initial = match &a[0] {
        None | Some(Value::None) => String::new(),
        Some(v) => match v.as_str() {
            Some(s) => s.to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "initial_value must be str or None, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    let newline = match &a[1] {
        None => Some("\n".to_string()),
        Some(Value::None) => None,
        Some(v) => match v.as_str() {
            Some(s) if matches!(s, "" | "\n" | "\r" | "\r\n") => Some(s.to_string()),
            Some(s) => {
                return Err(vm.value_error(format!(
                    "illegal newline value: {}",
                    crate::runtime::strfuncs::repr_str(s)
                )))
            }
            None => {
                return Err(vm.type_error(format!(
                    "newline must be str or None, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    let mut sb = StrBuf::new(newline);
    sb.write(&initial);
    sb.pos = 0;
    set_stream(&this(&args), Stream::Str(sb));
    Ok(Value::None)
}

fn bio_init(vm: &Vm, args: Args) -> PyResult {
    let a = bind_args(vm, &args, "BytesIO", &["initial_bytes"], 1)?;
    let buf = match &a[0] {
        None | Some(Value::None) => Vec::new(),
        Some(v) => bytes_of(vm, v)?,
    };
    set_stream(
        &this(&args),
        Stream::Bytes(ByteBuf {
            buf,
            pos: 0,
            closed: false,
        }),
    );
    Ok(Value::None)
}

// ----- methods ------------------------------------------------------------------

fn m_write(vm: &Vm, args: Args) -> PyResult {
    let rest = method_args(vm, &args, "write", 1)?;
    let Some(v) = rest.first().cloned() else {
        return Err(vm.type_error("write() takes exactly one argument (0 given)"));
    };
    let is_str = with_stream(vm, &this(&args), |s| Ok(matches!(s, Stream::Str(_))))?;
    if is_str {
        let Some(text) = v.as_str() else {
            return Err(vm.type_error(format!(
                "string argument expected, got '{}'",
                vm.type_name(&v)
            )));
        };
        let n = v.as_pystr().map(|p| p.char_len()).unwrap_or(0);
        with_mem(vm, &args, |s| {
            if let Stream::Str(b) = s {
                b.write(text);
            }
            Ok(Value::Int(n as i64))
        })
    } else {
        let data = bytes_of(vm, &v)?;
        with_mem(vm, &args, |s| {
            let n = match s {
                Stream::Bytes(b) => b.write(&data),
                _ => 0,
            };
            Ok(Value::Int(n as i64))
        })
    }
}

fn m_writelines(vm: &Vm, args: Args) -> PyResult {
    let rest = method_args(vm, &args, "writelines", 1)?;
    let Some(lines) = rest.first().cloned() else {
        return Err(vm.type_error("writelines() takes exactly one argument (0 given)"));
    };
    with_mem(vm, &args, |_| Ok(()))?;
    let me = this(&args);
    let it = crate::runtime::iter::get_iter(vm, &lines)?;
    while let Some(line) = crate::runtime::iter::next(vm, &it)? {
        m_write(vm, Args::new(vec![me.clone(), line]))?;
    }
    Ok(Value::None)
}

fn m_read(vm: &Vm, args: Args) -> PyResult {
    let rest = method_args(vm, &args, "read", 1)?;
    let n = size_arg(vm, rest.first())?;
    with_mem(vm, &args, |s| match s {
        Stream::Str(b) => Ok(vm.new_string(b.read(n))),
        Stream::Bytes(b) => Ok(vm.new_bytes(b.read(n))),
        Stream::File(_) => Ok(Value::None),
    })
}

fn m_readline(vm: &Vm, args: Args) -> PyResult {
    let rest = method_args(vm, &args, "readline", 1)?;
    let n = size_arg(vm, rest.first())?;
    with_mem(vm, &args, |s| Ok(line_of(vm, s, n)))
}

fn line_of(vm: &Vm, s: &mut Stream, n: i64) -> Value {
    match s {
        Stream::Str(b) => vm.new_string(b.readline(n)),
        Stream::Bytes(b) => vm.new_bytes(b.readline(n)),
        Stream::File(_) => Value::None,
    }
}

fn is_empty_line(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Str(s)) => s.value.is_empty(),
        Some(Payload::Bytes(b)) => b.is_empty(),
        _ => true,
    }
}

fn m_readlines(vm: &Vm, args: Args) -> PyResult {
    let rest = method_args(vm, &args, "readlines", 1)?;
    let hint = size_arg(vm, rest.first())?;
    with_mem(vm, &args, |s| {
        let mut out = Vec::new();
        let mut total = 0i64;
        loop {
            let line = line_of(vm, s, -1);
            if is_empty_line(&line) {
                break;
            }
            total += match line.payload() {
                Some(Payload::Str(p)) => p.char_len() as i64,
                Some(Payload::Bytes(b)) => b.len() as i64,
                _ => 0,
            };
            out.push(line);
            if hint > 0 && total >= hint {
                break;
            }
        }
        Ok(vm.new_list(out))
    })
}

fn m_next(vm: &Vm, args: Args) -> PyResult {
    let line = with_mem(vm, &args, |s| Ok(line_of(vm, s, -1)))?;
    if is_empty_line(&line) {
        return Err(vm.stop_iteration(None));
    }
    Ok(line)
}

fn m_iter(vm: &Vm, args: Args) -> PyResult {
    with_mem(vm, &args, |_| Ok(()))?;
    Ok(this(&args))
}

fn m_exit(vm: &Vm, args: Args) -> PyResult {
    crate::runtime::attr::call_method(vm, &this(&args), "close", vec![])?;
    Ok(Value::None)
}

fn m_getvalue(vm: &Vm, args: Args) -> PyResult {
    method_args(vm, &args, "getvalue", 0)?;
    with_mem(vm, &args, |s| match s {
        Stream::Str(b) => Ok(vm.new_string(b.buf.iter().collect())),
        Stream::Bytes(b) => Ok(vm.new_bytes(b.buf.clone())),
        Stream::File(_) => Ok(Value::None),
    })
}

/// `BytesIO.getbuffer()`: a read-only memoryview of a snapshot of the
/// contents (writing through it is refused rather than silently lost).
fn m_getbuffer(vm: &Vm, args: Args) -> PyResult {
    method_args(vm, &args, "getbuffer", 0)?;
    let value = m_getvalue(vm, Args::new(vec![this(&args)]))?;
    let mv = crate::runtime::attr::getattr_str(vm, &Value::Obj(vm.builtins.clone()), "memoryview")?;
    vm.call(&mv, vec![value])
}

fn m_tell(vm: &Vm, args: Args) -> PyResult {
    method_args(vm, &args, "tell", 0)?;
    with_mem(vm, &args, |s| match s {
        Stream::Str(b) => Ok(Value::Int(b.pos as i64)),
        Stream::Bytes(b) => Ok(Value::Int(b.pos as i64)),
        Stream::File(_) => Ok(Value::None),
    })
}

fn m_seek(vm: &Vm, args: Args) -> PyResult {
    let rest = method_args(vm, &args, "seek", 2)?;
    let Some(off_v) = rest.first() else {
        return Err(vm.type_error("seek expected at least 1 argument, got 0"));
    };
    let off = super::int_arg(vm, off_v)?;
    let whence = match rest.get(1) {
        Some(w) => super::int_arg(vm, w)?,
        None => 0,
    };
    with_mem(vm, &args, |s| match s {
        Stream::Str(b) => {
            let pos = match whence {
                0 if off < 0 => {
                    return Err(vm.value_error(format!("Negative seek position {}", off)))
                }
                0 => off as usize,
                1 if off != 0 => {
                    return Err(vm.new_error("OSError", "Can't do nonzero cur-relative seeks"))
                }
                1 => b.pos,
                // CPython 3.11 reports end-relative seeks with the cur-relative message.
                2 if off != 0 => {
                    return Err(vm.new_error("OSError", "Can't do nonzero cur-relative seeks"))
                }
                2 => b.buf.len(),
                _ => {
                    return Err(
                        vm.value_error(format!("Invalid whence ({}, should be 0, 1 or 2)", whence))
                    )
                }
            };
            b.pos = pos;
            Ok(Value::Int(pos as i64))
        }
        Stream::Bytes(b) => {
            let base = match whence {
                0 if off < 0 => return Err(vm.value_error(format!("negative seek value {}", off))),
                0 => 0i64,
                1 => b.pos as i64,
                2 => b.buf.len() as i64,
                _ => {
                    return Err(
                        vm.value_error(format!("invalid whence ({}, should be 0, 1 or 2)", whence))
                    )
                }
            };
            let pos = base.saturating_add(off).max(0);
            b.pos = pos as usize;
            Ok(Value::Int(pos))
        }
        Stream::File(_) => Ok(Value::None),
    })
}

fn m_truncate(vm: &Vm, args: Args) -> PyResult {
    let rest = method_args(vm, &args, "truncate", 1)?;
    let size = match rest.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(super::int_arg(vm, v)?),
    };
    with_mem(vm, &args, |s| {
        let (pos, len) = match s {
            Stream::Str(b) => (b.pos, b.buf.len()),
            Stream::Bytes(b) => (b.pos, b.buf.len()),
            Stream::File(_) => (0, 0),
        };
        let size = size.unwrap_or(pos as i64);
        if size < 0 {
            return Err(vm.value_error(format!(
                "{} size value {}",
                if matches!(s, Stream::Str(_)) {
                    "Negative"
                } else {
                    "negative"
                },
                size
            )));
        }
        let new_len = (size as usize).min(len);
        match s {
            Stream::Str(b) => b.buf.truncate(new_len),
            Stream::Bytes(b) => b.buf.truncate(new_len),
            Stream::File(_) => {}
        }
        Ok(Value::Int(size))
    })
}

fn m_close(vm: &Vm, args: Args) -> PyResult {
    method_args(vm, &args, "close", 0)?;
    with_stream(vm, &this(&args), |s| {
        match s {
            Stream::Str(b) => {
                b.closed = true;
                b.buf = Vec::new();
            }
            Stream::Bytes(b) => {
                b.closed = true;
                b.buf = Vec::new();
            }
            Stream::File(_) => {}
        }
        Ok(Value::None)
    })
}

fn m_true(vm: &Vm, args: Args) -> PyResult {
    with_mem(vm, &args, |_| Ok(Value::Bool(true)))
}

fn m_false(vm: &Vm, args: Args) -> PyResult {
    with_mem(vm, &args, |_| Ok(Value::Bool(false)))
}

fn m_flush(vm: &Vm, args: Args) -> PyResult {
    with_mem(vm, &args, |_| Ok(Value::None))
}

fn g_closed(vm: &Vm, args: Args) -> PyResult {
    with_stream(vm, &this(&args), |s| {
        Ok(Value::Bool(match s {
            Stream::Str(b) => b.closed,
            Stream::Bytes(b) => b.closed,
            Stream::File(_) => false,
        }))
    })
}

fn g_line_buffering(_vm: &Vm, _args: Args) -> PyResult {
    Ok(Value::Bool(false))
}

fn g_none(_vm: &Vm, _args: Args) -> PyResult {
    Ok(Value::None)
}

fn m_repr(vm: &Vm, args: Args) -> PyResult {
    let me = this(&args);
    let t = vm.type_of(&me);
    let module = t.module.borrow().clone();
    Ok(vm.new_string(format!(
        "<{}.{} object at {:#x}>",
        module,
        t.name(),
        me.identity()
    )))
}

pub fn register_methods(vm: &Vm, sio: &TypeRef, bio: &TypeRef) {
    for t in [sio, bio] {
        for (name, f) in [
            ("write", m_write as NativeFn),
            ("writelines", m_writelines),
            ("read", m_read),
            ("readline", m_readline),
            ("readlines", m_readlines),
            ("getvalue", m_getvalue),
            ("tell", m_tell),
            ("seek", m_seek),
            ("truncate", m_truncate),
            ("close", m_close),
            ("flush", m_flush),
            ("readable", m_true),
            ("writable", m_true),
            ("seekable", m_true),
            ("isatty", m_false),
            ("__iter__", m_iter),
            ("__next__", m_next),
            ("__enter__", m_iter),
            ("__exit__", m_exit),
            ("__repr__", m_repr),
            ("__del__", super::stream_del),
        ] {
            add_method(vm, t, name, f);
        }
        super::add_getter(vm, t, "closed", g_closed);
    }
    add_method(vm, bio, "read1", m_read);
    add_method(vm, bio, "getbuffer", m_getbuffer);
    crate::runtime::setup::add_staticmethod(vm, sio, "__new__", sio_new);
    crate::runtime::setup::add_staticmethod(vm, bio, "__new__", bio_new);
    add_method(vm, sio, "__init__", sio_init);
    add_method(vm, bio, "__init__", bio_init);
    super::add_getter(vm, sio, "line_buffering", g_line_buffering);
    super::add_getter(vm, sio, "newlines", g_none);
    super::add_getter(vm, sio, "encoding", |vm, a| {
        // None for a StringIO; the codec of a `TextIOWrapper(buffer)` reader.
        let this = a.pos.first().cloned().unwrap_or(Value::None);
        Ok(this
            .as_obj()
            .and_then(|o| o.dict.get())
            .and_then(|d| vm.dict_get_str(d, "encoding"))
            .unwrap_or(Value::None))
    });
    super::add_getter(vm, sio, "errors", g_none);
}
