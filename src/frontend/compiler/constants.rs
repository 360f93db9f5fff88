//! Literal constants: building `Value`s and de-duplicating them per code object.
//!
//! `Value` has no structural `Eq`/`Hash` (it holds heap objects), so each
//! constant is paired with a [`ConstKey`] describing it structurally; the
//! unit's constant table is keyed by that. Keys keep the Python type distinct
//! (`0`, `False` and `0.0` are different constants, and floats are keyed by
//! their bit pattern so `0.0` and `-0.0` stay apart, as in CPython).
//!
//! Integer literals too large for a `u64` come from ruff as source text
//! (decimal digits, or the whole `0x…`/`0o…`/`0b…` token, possibly with `_`),
//! so they are parsed here with `num_bigint`.
use num_bigint::BigInt;
use num_traits::Num;
use ruff_python_ast::{self as ast, Number};

use super::{CResult, Compiler};
use crate::runtime::object::Value;

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub(crate) enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    BigInt(String),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
    Tuple(Vec<ConstKey>),
    /// Never equal to anything else (code objects).
    Unique(usize),
}

/// Parse an integer literal's text (as ruff gives it) into a BigInt.
pub(crate) fn parse_int_text(text: &str) -> Option<BigInt> {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        (lower, 10)
    };
    BigInt::from_str_radix(&digits, radix).ok()
}

impl<'a> Compiler<'a> {
    /// The (key, value) of an integer literal.
    pub fn int_const(&self, i: &ast::Int) -> Option<(ConstKey, Value)> {
        if let Some(v) = i.as_i64() {
            return Some((ConstKey::Int(v), Value::Int(v)));
        }
        let big = parse_int_text(&i.to_string())?;
        let v = self.vm.new_int_big(big.clone());
        match v {
            Value::Int(x) => Some((ConstKey::Int(x), v)),
            _ => Some((ConstKey::BigInt(big.to_string()), v)),
        }
    }

    /// The (key, value) of a number literal.
    pub fn number_const(&self, n: &Number) -> Option<(ConstKey, Value)> {
        match n {
            Number::Int(i) => self.int_const(i),
            Number::Float(f) => Some((ConstKey::Float(f.to_bits()), self.vm.new_float(*f))),
            Number::Complex { real, imag } => Some((
                ConstKey::Complex(real.to_bits(), imag.to_bits()),
                self.vm.new_complex(*real, *imag),
            )),
        }
    }

    /// If `e` is a literal constant (including tuples of constants), its key and value.
    pub fn literal_const(&self, e: &ast::Expr) -> Option<(ConstKey, Value)> {
        match e {
            ast::Expr::NumberLiteral(n) => self.number_const(&n.value),
            ast::Expr::StringLiteral(s) => {
                let text = s.value.to_str().to_string();
                let v = self.vm.new_str(&text);
                Some((ConstKey::Str(text), v))
            }
            ast::Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                let v = self.vm.new_bytes(bytes.clone());
                Some((ConstKey::Bytes(bytes), v))
            }
            ast::Expr::BooleanLiteral(b) => Some((ConstKey::Bool(b.value), Value::Bool(b.value))),
            ast::Expr::NoneLiteral(_) => Some((ConstKey::None, Value::None)),
            ast::Expr::EllipsisLiteral(_) => Some((ConstKey::Ellipsis, self.vm.ellipsis())),
            ast::Expr::Tuple(t) if !t.elts.is_empty() && t.elts.len() <= 256 => {
                let mut keys = Vec::with_capacity(t.elts.len());
                let mut vals = Vec::with_capacity(t.elts.len());
                for x in &t.elts {
                    if matches!(x, ast::Expr::Tuple(_)) {
                        return None;
                    }
                    let (k, v) = self.literal_const(x)?;
                    keys.push(k);
                    vals.push(v);
                }
                Some((ConstKey::Tuple(keys), self.vm.new_tuple(vals)))
            }
            _ => None,
        }
    }

    /// Emit a literal; returns false if `e` is not a literal.
    pub fn try_emit_literal(&mut self, e: &ast::Expr) -> CResult<bool> {
        match self.literal_const(e) {
            Some((k, v)) => {
                self.emit_const(k, v);
                Ok(true)
            }
            None => {
                if let ast::Expr::NumberLiteral(n) = e {
                    return Err(self.error("invalid integer literal", n.range.start()));
                }
                Ok(false)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse_int_text;

    #[test]
    fn big_literals() {
        assert_eq!(
            parse_int_text("0x_FF").map(|b| b.to_string()),
            Some("255".into())
        );
        assert_eq!(
            parse_int_text("0b1_0").map(|b| b.to_string()),
            Some("2".into())
        );
        assert_eq!(
            parse_int_text("123456789012345678901234567890").map(|b| b.to_string()),
            Some("123456789012345678901234567890".into())
        );
    }
}
