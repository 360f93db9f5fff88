//! SyntaxError construction, and translation of ruff's parse errors to CPython's.
//!
//! Programs (and tests) look at the *text* of a SyntaxError, so the messages
//! should be CPython 3.11's, not ruff's. ruff reports errors in its own words;
//! this file maps the common cases onto CPython's wording:
//!
//! * bracket problems are found by a small pre-scan of the source (skipping
//!   strings and comments), because CPython reports them from its tokenizer:
//!   "'(' was never closed", "unmatched ')'", mismatched closers, and the
//!   nesting limit "too many nested parentheses" (200 levels, as CPython's
//!   MAXLEVEL — this also keeps pathological input from reaching the parser);
//! * indentation errors become `IndentationError`, with CPython's "expected an
//!   indented block after 'if' statement on line N" naming the header;
//! * invalid assignment/deletion targets are located in ruff's recovered AST so
//!   the message can name the kind of expression ("cannot assign to literal");
//! * anything unrecognised becomes "invalid syntax" at ruff's location.
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{Expr, Mod, Stmt};
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};
use ruff_source_file::LineIndex;
use ruff_text_size::{Ranged, TextRange, TextSize};

use crate::frontend::CompileError;

/// CPython's tokenizer limit on bracket nesting.
const MAX_PAREN_LEVEL: usize = 200;

pub(crate) fn make_error(
    src: &str,
    filename: &str,
    kind: &'static str,
    msg: String,
    offset: TextSize,
) -> CompileError {
    let index = LineIndex::from_source_text(src);
    let offset = offset.min(TextSize::new(src.len() as u32));
    let lc = index.line_column(offset, src);
    let line = lc.line.get() as u32;
    let col = lc.column.get() as u32;
    let text = src.lines().nth(line as usize - 1).map(|s| s.to_string());
    CompileError {
        kind,
        msg,
        filename: filename.to_string(),
        line,
        col,
        text,
    }
}

/// Bracket facts found by the pre-scan (used to explain parse errors).
#[derive(Default)]
pub(crate) struct Brackets {
    /// (message, offset) of an unmatched or mismatched closing bracket.
    bad_close: Option<(String, usize)>,
    /// Innermost bracket left open at end of input.
    unclosed: Option<(char, usize)>,
}

/// Scan brackets outside strings/comments; fail early on excessive nesting.
pub(crate) fn prescan(src: &str, filename: &str) -> Result<Brackets, CompileError> {
    let b = src.as_bytes();
    let mut stack: Vec<(u8, usize)> = Vec::new();
    let mut out = Brackets::default();
    let mut i = 0;
    let line_of = |pos: usize| src[..pos].bytes().filter(|&c| c == b'\n').count() + 1;
    while i < b.len() {
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                let triple = i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c;
                i += if triple { 3 } else { 1 };
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if triple {
                        if b[i] == c && i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c {
                            i += 3;
                            break;
                        }
                    } else if b[i] == c || b[i] == b'\n' {
                        i += 1;
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' => {
                stack.push((c, i));
                if stack.len() > MAX_PAREN_LEVEL {
                    return Err(make_error(
                        src,
                        filename,
                        "SyntaxError",
                        "too many nested parentheses".into(),
                        TextSize::new(i as u32),
                    ));
                }
            }
            b')' | b']' | b'}' => match stack.pop() {
                None => {
                    if out.bad_close.is_none() {
                        out.bad_close = Some((format!("unmatched '{}'", c as char), i));
                    }
                }
                Some((open, at)) => {
                    let want = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if want != c && out.bad_close.is_none() {
                        let msg = if line_of(at) != line_of(i) {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                c as char,
                                open as char,
                                line_of(at)
                            )
                        } else {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, open as char
                            )
                        };
                        out.bad_close = Some((msg, i));
                    }
                }
            },
            _ => {}
        }
        i += 1;
    }
    out.unclosed = stack.last().map(|&(c, at)| (c as char, at));
    Ok(out)
}

/// CPython's name for an expression kind in target errors.
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) | Expr::IpyEscapeCommand(_) => "expression",
    }
}

/// Finds the expression at an error location in the recovered AST.
struct Finder {
    loc: TextRange,
    found: Option<&'static str>,
    direct_assign: bool,
}

impl<'a> Visitor<'a> for Finder {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        if self.found.is_some() {
            return;
        }
        if let Stmt::Assign(a) = s {
            if a.targets.iter().any(|t| t.range() == self.loc) {
                self.direct_assign = true;
            }
        }
        visitor::walk_stmt(self, s);
    }
    fn visit_expr(&mut self, e: &'a Expr) {
        if self.found.is_some() {
            return;
        }
        if e.range() == self.loc {
            self.found = Some(expr_name(e));
            return;
        }
        if e.range().contains_range(self.loc) {
            visitor::walk_expr(self, e);
        }
    }
}

fn find_target(m: &Mod, loc: TextRange) -> (Option<&'static str>, bool) {
    let mut f = Finder {
        loc,
        found: None,
        direct_assign: false,
    };
    match m {
        Mod::Module(m) => {
            for s in &m.body {
                if s.range().contains_range(loc) {
                    f.visit_stmt(s);
                }
            }
        }
        Mod::Expression(e) => f.visit_expr(&e.body),
    }
    (f.found, f.direct_assign)
}

/// The compound-statement header that precedes `offset`, for indentation errors.
fn header_before(src: &str, offset: usize) -> Option<(String, usize)> {
    let before = &src[..offset.min(src.len())];
    let mut lines: Vec<&str> = before.lines().collect();
    let mut line_no = lines.len();
    while let Some(l) = lines.pop() {
        let t = l.trim();
        if t.is_empty() || t.starts_with('#') || !t.ends_with(':') && !t.contains(':') {
            line_no -= 1;
            continue;
        }
        let word = t
            .split(|c: char| !c.is_alphanumeric() && c != '_')
            .next()
            .unwrap_or("");
        let word = if word == "async" {
            t[5..]
                .trim_start()
                .split(|c: char| !c.is_alphanumeric() && c != '_')
                .next()
                .unwrap_or("")
        } else {
            word
        };
        let what = match word {
            "def" => "function definition".to_string(),
            "class" => "class definition".to_string(),
            "if" | "elif" | "else" | "for" | "while" | "try" | "except" | "finally" | "with"
            | "match" | "case" => {
                format!("'{word}' statement")
            }
            _ => return None,
        };
        return Some((what, line_no));
    }
    None
}

pub(crate) fn parse_error(
    src: &str,
    filename: &str,
    e: &ParseError,
    m: &Mod,
    br: &Brackets,
) -> CompileError {
    let start = e.location.start();
    let line_no = |off: TextSize| {
        src[..(off.to_usize()).min(src.len())]
            .bytes()
            .filter(|&c| c == b'\n')
            .count()
            + 1
    };
    let syn = |msg: String, at: TextSize| make_error(src, filename, "SyntaxError", msg, at);
    if let Some((msg, at)) = &br.bad_close {
        if *at <= start.to_usize()
            || matches!(e.error, ParseErrorType::Lexical(LexicalErrorType::Eof))
        {
            return syn(msg.clone(), TextSize::new(*at as u32));
        }
    }
    if let Some((c, at)) = br.unclosed {
        return syn(format!("'{c}' was never closed"), TextSize::new(at as u32));
    }
    // `print "x"` → CPython's hint.
    let line_text = src
        .lines()
        .nth(line_no(start) - 1)
        .unwrap_or("")
        .trim_start();
    if let Some(rest) = line_text.strip_prefix("print ") {
        if !rest.trim_start().starts_with('(') && !rest.trim_start().starts_with('=') {
            return syn(
                "Missing parentheses in call to 'print'. Did you mean print(...)?".into(),
                start,
            );
        }
    }
    let ind = |msg: String| make_error(src, filename, "IndentationError", msg, start);
    match &e.error {
        ParseErrorType::UnexpectedIndentation => ind("unexpected indent".into()),
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            ind("unindent does not match any outer indentation level".into())
        }
        ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block") => {
            match header_before(src, start.to_usize()) {
                Some((what, line)) => ind(format!(
                    "expected an indented block after {what} on line {line}"
                )),
                None => ind("expected an indented block".into()),
            }
        }
        ParseErrorType::ExpectedToken { expected, .. }
            if *expected == ruff_python_ast::token::TokenKind::Indent =>
        {
            match header_before(src, start.to_usize()) {
                Some((what, line)) => ind(format!(
                    "expected an indented block after {what} on line {line}"
                )),
                None => ind("expected an indented block".into()),
            }
        }
        ParseErrorType::ExpectedToken { expected, .. }
            if *expected == ruff_python_ast::token::TokenKind::Colon =>
        {
            syn("expected ':'".into(), start)
        }
        ParseErrorType::InvalidAssignmentTarget
        | ParseErrorType::InvalidDeleteTarget
        | ParseErrorType::InvalidAugmentedAssignmentTarget
        | ParseErrorType::InvalidNamedAssignmentTarget
        | ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            let (name, direct) = find_target(m, e.location);
            let name = name.unwrap_or("expression");
            let msg = match &e.error {
                ParseErrorType::InvalidDeleteTarget => format!("cannot delete {name}"),
                ParseErrorType::InvalidAugmentedAssignmentTarget => {
                    format!("'{name}' is an illegal expression for augmented assignment")
                }
                ParseErrorType::InvalidNamedAssignmentTarget => {
                    format!("cannot use assignment expressions with {name}")
                }
                ParseErrorType::InvalidAnnotatedAssignmentTarget => {
                    if name == "tuple" {
                        "only single target (not tuple) can be annotated".into()
                    } else {
                        "illegal target for annotation".into()
                    }
                }
                _ => {
                    if direct
                        && !matches!(
                            name,
                            "tuple" | "list" | "True" | "False" | "None" | "starred" | "name"
                        )
                    {
                        format!(
                            "cannot assign to {name} here. Maybe you meant '==' instead of '='?"
                        )
                    } else {
                        format!("cannot assign to {name}")
                    }
                }
            };
            syn(msg, start)
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => syn(
            "non-default argument follows default argument".into(),
            start,
        ),
        ParseErrorType::PositionalAfterKeywordArgument => {
            syn("positional argument follows keyword argument".into(), start)
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => syn(
            "positional argument follows keyword argument unpacking".into(),
            start,
        ),
        ParseErrorType::InvalidArgumentUnpackingOrder => syn(
            "iterable argument unpacking follows keyword argument unpacking".into(),
            start,
        ),
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            syn("Generator expression must be parenthesized".into(), start)
        }
        ParseErrorType::IterableUnpackingInComprehension => syn(
            "iterable unpacking cannot be used in comprehension".into(),
            start,
        ),
        ParseErrorType::InvalidStarredExpressionUsage => {
            syn("can't use starred expression here".into(), start)
        }
        ParseErrorType::FStringError(fe)
        | ParseErrorType::Lexical(LexicalErrorType::FStringError(fe)) => {
            use ruff_python_parser::InterpolatedStringErrorType as F;
            let msg = match fe {
                F::UnclosedLbrace => "f-string: expecting '}'",
                F::SingleRbrace => "f-string: single '}' is not allowed",
                F::InvalidConversionFlag => {
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'"
                }
                F::UnterminatedString => "unterminated string literal",
                F::UnterminatedTripleQuotedString => "unterminated triple-quoted string literal",
                _ => "f-string: invalid syntax",
            };
            syn(msg.into(), start)
        }
        ParseErrorType::Lexical(lex) => {
            let msg = match lex {
                LexicalErrorType::UnclosedStringError => {
                    let rest = &src[start.to_usize().min(src.len())..];
                    let triple = rest
                        .trim_start_matches(|c: char| c.is_ascii_alphabetic())
                        .starts_with("\"\"\"")
                        || rest
                            .trim_start_matches(|c: char| c.is_ascii_alphabetic())
                            .starts_with("'''");
                    let end_line = line_no(TextSize::new(src.len() as u32))
                        - usize::from(src.ends_with('\n') && !triple);
                    if triple {
                        format!("unterminated triple-quoted string literal (detected at line {end_line})")
                    } else {
                        format!(
                            "unterminated string literal (detected at line {})",
                            line_no(start)
                        )
                    }
                }
                LexicalErrorType::UnrecognizedToken { tok } => {
                    if tok.is_ascii() {
                        "invalid syntax".into()
                    } else {
                        format!("invalid character '{tok}' (U+{:04X})", *tok as u32)
                    }
                }
                LexicalErrorType::LineContinuationError => {
                    "unexpected character after line continuation character".into()
                }
                LexicalErrorType::Eof => "unexpected EOF while parsing".into(),
                _ => "invalid syntax".into(),
            };
            syn(msg, start)
        }
        _ => syn("invalid syntax".into(), start),
    }
}
