//! f-strings: literal pieces, `FormatValue` for each replacement field, `BuildString`.
//!
//! ruff keeps an implicitly concatenated string like `"a" f"{x}" "b"` as a list of
//! parts; we flatten all parts into one sequence of pieces, merging adjacent
//! literal text, so the whole expression becomes one `BuildString` (or a single
//! constant when there is no replacement field at all).
//!
//! A replacement field pushes its value, then (optionally) its format spec —
//! itself an f-string, compiled recursively into one str — and `FormatValue`
//! with the conversion in the low two bits and 4 when a spec is on the stack.
//! Self-documenting fields `{x=}` emit their source text as a literal first and
//! default to `!r` when neither a conversion nor a spec is given (CPython's rule).
use ruff_python_ast::{self as ast, ConversionFlag, InterpolatedStringElement};

use super::{CResult, Compiler};
use crate::frontend::bytecode::Op;

enum Piece<'a> {
    Lit(String),
    Field(&'a ast::InterpolatedElement),
}

fn push_lit(out: &mut Vec<Piece<'_>>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(Piece::Lit(prev)) = out.last_mut() {
        prev.push_str(s);
    } else {
        out.push(Piece::Lit(s.to_string()));
    }
}

fn collect<'a>(elements: &'a [InterpolatedStringElement], out: &mut Vec<Piece<'a>>) {
    for el in elements {
        match el {
            InterpolatedStringElement::Literal(l) => push_lit(out, &l.value),
            InterpolatedStringElement::Interpolation(f) => {
                if let Some(d) = &f.debug_text {
                    push_lit(out, d.leading());
                    push_lit(out, d.expression());
                    push_lit(out, d.trailing());
                }
                out.push(Piece::Field(f));
            }
        }
    }
}

impl<'a> Compiler<'a> {
    pub fn fstring(&mut self, f: &'a ast::ExprFString) -> CResult {
        let mut pieces: Vec<Piece<'a>> = Vec::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => push_lit(&mut pieces, &l.value),
                ast::FStringPart::FString(fs) => collect(&fs.elements, &mut pieces),
            }
        }
        self.emit_pieces(&pieces)
    }

    /// Leave exactly one str on the stack for the given pieces.
    fn emit_pieces(&mut self, pieces: &[Piece<'a>]) -> CResult {
        if pieces.is_empty() {
            self.emit_str("");
            return Ok(());
        }
        for p in pieces {
            match p {
                Piece::Lit(s) => self.emit_str(s),
                Piece::Field(f) => self.format_field(f)?,
            }
        }
        if pieces.len() > 1 {
            self.emit(Op::BuildString, pieces.len() as u32);
        }
        Ok(())
    }

    fn format_field(&mut self, f: &'a ast::InterpolatedElement) -> CResult {
        self.expr(&f.expression)?;
        let mut conv = match f.conversion {
            ConversionFlag::None => 0,
            ConversionFlag::Str => 1,
            ConversionFlag::Repr => 2,
            ConversionFlag::Ascii => 3,
        };
        if f.debug_text.is_some() && conv == 0 && f.format_spec.is_none() {
            conv = 2;
        }
        let mut flags = conv;
        if let Some(spec) = &f.format_spec {
            let mut pieces: Vec<Piece<'a>> = Vec::new();
            collect(&spec.elements, &mut pieces);
            self.emit_pieces(&pieces)?;
            flags |= 4;
        }
        self.emit(Op::FormatValue, flags);
        Ok(())
    }
}
