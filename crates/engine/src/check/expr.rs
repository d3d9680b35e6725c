//! The condition language of `when` and `ask_if`: parsing text into a tree with spans.
//! Names are not resolved and types are not checked here; `lower` does that.
//!
//! ```text
//! condition  := or
//! or         := and ("or" and)*
//! and        := not ("and" not)*
//! not        := "not" not | comparison
//! comparison := sum (("==" | "!=" | "<" | "<=" | ">" | ">=") sum
//!                    | "in" "[" items "]" | "contains" sum)?
//! sum        := atom (("+" | "-") atom)*
//! atom       := number | 'text' | "text" | true | false | name | name "(" items ")"
//!             | "(" condition ")" | "-" number
//! ```
//!
//! The parser recurses once per parenthesis, `not` and call, and each `+` or `-` nests the
//! tree one level: past [`MAX_DEPTH`] levels it stops with an error at the token that opens
//! the next one. Every later pass over the tree relies on that bound.

use std::ops::Range;

/// How deeply parentheses, `not`, function calls and `+`/`-` may nest in one condition.
/// The parser and every pass over its tree recurse once per level, so without a bound a
/// condition of 5,000 parentheses overflowed the stack and killed the build without a word.
/// Ours nest 2 levels at most; well before 32, named definitions read better.
pub const MAX_DEPTH: usize = 32;

pub type Span = Range<usize>;

#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub kind: NodeKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum NodeKind {
    Bool(bool),
    Int(i64),
    Text(String),
    Name(String),
    Call { name: String, args: Vec<Node> },
    Not(Box<Node>),
    And(Vec<Node>),
    Or(Vec<Node>),
    Compare { op: CompareWord, left: Box<Node>, right: Box<Node> },
    In { left: Box<Node>, items: Vec<Node> },
    Contains { left: Box<Node>, right: Box<Node> },
    Add(Box<Node>, Box<Node>),
    Sub(Box<Node>, Box<Node>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareWord {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub message: String,
    pub span: Span,
    pub help: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Int(i64),
    Text(String),
    Word(String),
    Symbol(&'static str),
}

const SYMBOLS: [&str; 13] = ["==", "!=", "<=", ">=", "<", ">", "(", ")", "[", "]", ",", "+", "-"];

fn lex(text: &str) -> Result<Vec<(Token, Span)>, ParseError> {
    let mut tokens = Vec::new();
    let mut rest = text.char_indices().peekable();
    while let Some(&(start, c)) = rest.peek() {
        if c.is_whitespace() {
            rest.next();
        } else if c.is_ascii_digit() {
            let mut end = start;
            while let Some(&(i, d)) = rest.peek().filter(|(_, d)| d.is_ascii_digit() || *d == '_') {
                end = i + d.len_utf8();
                rest.next();
            }
            let digits: String = text[start..end].chars().filter(|d| *d != '_').collect();
            let value = digits.parse().map_err(|_| ParseError {
                message: format!("the number `{}` is too large", &text[start..end]),
                span: start..end,
                help: None,
            })?;
            tokens.push((Token::Int(value), start..end));
        } else if c.is_ascii_alphabetic() || c == '_' {
            let mut end = start;
            while let Some(&(i, d)) = rest.peek().filter(|(_, d)| d.is_ascii_alphanumeric() || *d == '_') {
                end = i + d.len_utf8();
                rest.next();
            }
            tokens.push((Token::Word(text[start..end].to_string()), start..end));
        } else if c == '\'' || c == '"' {
            rest.next();
            let close = text[start + 1..].find(c).ok_or_else(|| ParseError {
                message: "this text is not closed".to_string(),
                span: start..text.len(),
                help: Some(format!("end it with {c}")),
            })?;
            let end = start + 1 + close + 1;
            while rest.peek().is_some_and(|&(i, _)| i < end) {
                rest.next();
            }
            tokens.push((Token::Text(text[start + 1..end - 1].to_string()), start..end));
        } else if let Some(symbol) = SYMBOLS.iter().find(|s| text[start..].starts_with(**s)) {
            for _ in 0..symbol.len() {
                rest.next();
            }
            tokens.push((Token::Symbol(symbol), start..start + symbol.len()));
        } else {
            let end = start + c.len_utf8();
            let help = match c {
                '=' => Some("to compare, write `==`".to_string()),
                '&' => Some("write `and`".to_string()),
                '|' => Some("write `or`".to_string()),
                '!' => Some("write `not`, or `!=` for \"is not equal to\"".to_string()),
                _ => None,
            };
            return Err(ParseError { message: format!("unexpected character `{c}`"), span: start..end, help });
        }
    }
    Ok(tokens)
}

pub fn parse(text: &str) -> Result<Node, ParseError> {
    let tokens = lex(text)?;
    let mut parser = Parser { tokens, at: 0, end: text.len(), depth: 0 };
    if parser.tokens.is_empty() {
        return Err(ParseError {
            message: "the condition is empty".to_string(),
            span: 0..text.len(),
            help: Some("write `true` for a right that applies to everyone".to_string()),
        });
    }
    let node = parser.or()?;
    if let Some((token, span)) = parser.tokens.get(parser.at) {
        return Err(ParseError {
            message: format!("unexpected {} after a complete condition", describe(token)),
            span: span.clone(),
            help: Some("join conditions with `and` or `or`".to_string()),
        });
    }
    Ok(node)
}

fn describe(token: &Token) -> String {
    match token {
        Token::Int(n) => format!("number `{n}`"),
        Token::Text(t) => format!("text '{t}'"),
        Token::Word(w) => format!("`{w}`"),
        Token::Symbol(s) => format!("`{s}`"),
    }
}

struct Parser {
    tokens: Vec<(Token, Span)>,
    at: usize,
    end: usize,
    /// Levels entered so far, at most [`MAX_DEPTH`].
    depth: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at).map(|(t, _)| t)
    }

    fn is_word(&self, word: &str) -> bool {
        matches!(self.peek(), Some(Token::Word(w)) if w == word)
    }

    fn is_symbol(&self, symbol: &str) -> bool {
        matches!(self.peek(), Some(Token::Symbol(s)) if *s == symbol)
    }

    fn here(&self) -> Span {
        self.tokens.get(self.at).map_or(self.end..self.end, |(_, s)| s.clone())
    }

    fn expect_symbol(&mut self, symbol: &str, opened_at: &Span) -> Result<Span, ParseError> {
        if self.is_symbol(symbol) {
            self.at += 1;
            return Ok(self.tokens[self.at - 1].1.clone());
        }
        Err(ParseError {
            message: format!("expected `{symbol}`"),
            span: self.here(),
            help: Some(format!("to close what opens at position {}", opened_at.start + 1)),
        })
    }

    /// Runs `inside` one level deeper (see [`Parser::enter`]).
    fn nested<T>(
        &mut self,
        at: Span,
        inside: impl FnOnce(&mut Parser) -> Result<T, ParseError>,
    ) -> Result<T, ParseError> {
        self.enter(at)?;
        let result = inside(self);
        self.depth -= 1;
        result
    }

    /// Goes one level deeper, or fails at `at` (the token that opens the level) when that
    /// passes [`MAX_DEPTH`].
    fn enter(&mut self, at: Span) -> Result<(), ParseError> {
        if self.depth == MAX_DEPTH {
            return Err(ParseError {
                message: format!("nested more than {MAX_DEPTH} levels deep"),
                span: at,
                help: Some(
                    "parentheses, `not`, calls, `+` and `-` each count as a level; name parts of the condition with `[[definition]]`"
                        .to_string(),
                ),
            });
        }
        self.depth += 1;
        Ok(())
    }

    fn or(&mut self) -> Result<Node, ParseError> {
        self.junction("or", Parser::and, NodeKind::Or)
    }

    fn and(&mut self) -> Result<Node, ParseError> {
        self.junction("and", Parser::not, NodeKind::And)
    }

    fn junction(
        &mut self,
        word: &str,
        item: fn(&mut Parser) -> Result<Node, ParseError>,
        make: fn(Vec<Node>) -> NodeKind,
    ) -> Result<Node, ParseError> {
        let first = item(self)?;
        if !self.is_word(word) {
            return Ok(first);
        }
        let start = first.span.start;
        let mut items = vec![first];
        while self.is_word(word) {
            self.at += 1;
            items.push(item(self)?);
        }
        let end = items.last().map_or(start, |n| n.span.end);
        Ok(Node { kind: make(items), span: start..end })
    }

    fn not(&mut self) -> Result<Node, ParseError> {
        if self.is_word("not") {
            let word = self.here();
            let start = word.start;
            self.at += 1;
            let inner = self.nested(word, Parser::not)?;
            let span = start..inner.span.end;
            return Ok(Node { kind: NodeKind::Not(Box::new(inner)), span });
        }
        self.comparison()
    }

    fn comparison(&mut self) -> Result<Node, ParseError> {
        let left = self.sum()?;
        let op = match self.peek() {
            Some(Token::Symbol("==")) => Some(CompareWord::Eq),
            Some(Token::Symbol("!=")) => Some(CompareWord::Ne),
            Some(Token::Symbol("<")) => Some(CompareWord::Lt),
            Some(Token::Symbol("<=")) => Some(CompareWord::Le),
            Some(Token::Symbol(">")) => Some(CompareWord::Gt),
            Some(Token::Symbol(">=")) => Some(CompareWord::Ge),
            _ => None,
        };
        if let Some(op) = op {
            self.at += 1;
            let right = self.sum()?;
            let span = left.span.start..right.span.end;
            return Ok(Node { kind: NodeKind::Compare { op, left: Box::new(left), right: Box::new(right) }, span });
        }
        if self.is_word("in") {
            self.at += 1;
            let open = self.here();
            if !self.is_symbol("[") {
                return Err(ParseError {
                    message: "expected a list after `in`".to_string(),
                    span: open,
                    help: Some("write the choices in brackets: `status in ['a', 'b']`".to_string()),
                });
            }
            self.at += 1;
            let (items, close) = self.items("]", &open)?;
            let span = left.span.start..close.end;
            return Ok(Node { kind: NodeKind::In { left: Box::new(left), items }, span });
        }
        if self.is_word("contains") {
            self.at += 1;
            let right = self.sum()?;
            let span = left.span.start..right.span.end;
            return Ok(Node { kind: NodeKind::Contains { left: Box::new(left), right: Box::new(right) }, span });
        }
        Ok(left)
    }

    /// Comma-separated atoms up to `close`, which may follow a trailing comma.
    fn items(&mut self, close: &str, opened_at: &Span) -> Result<(Vec<Node>, Span), ParseError> {
        let mut items = Vec::new();
        while !self.is_symbol(close) {
            items.push(self.sum()?);
            if !self.is_symbol(",") {
                break;
            }
            self.at += 1;
        }
        let end = self.expect_symbol(close, opened_at)?;
        Ok((items, end))
    }

    fn sum(&mut self) -> Result<Node, ParseError> {
        let outer = self.depth;
        let sum = self.sum_items();
        self.depth = outer;
        sum
    }

    /// Each `+` or `-` nests the sum so far one level deeper (`a + b + c` is `(a + b) + c`),
    /// so each enters a level that `sum` leaves at the end.
    fn sum_items(&mut self) -> Result<Node, ParseError> {
        let mut left = self.atom()?;
        loop {
            let make: fn(Box<Node>, Box<Node>) -> NodeKind = if self.is_symbol("+") {
                NodeKind::Add
            } else if self.is_symbol("-") {
                NodeKind::Sub
            } else {
                return Ok(left);
            };
            self.enter(self.here())?;
            self.at += 1;
            let right = self.atom()?;
            let span = left.span.start..right.span.end;
            left = Node { kind: make(Box::new(left), Box::new(right)), span };
        }
    }

    fn atom(&mut self) -> Result<Node, ParseError> {
        let span = self.here();
        let Some(token) = self.peek().cloned() else {
            return Err(ParseError {
                message: "the condition ends too early".to_string(),
                span,
                help: Some("something is missing at the end".to_string()),
            });
        };
        self.at += 1;
        let kind = match token {
            Token::Int(n) => NodeKind::Int(n),
            Token::Text(t) => NodeKind::Text(t),
            Token::Symbol("(") => {
                let inner = self.nested(span.clone(), Parser::or)?;
                let close = self.expect_symbol(")", &span)?;
                return Ok(Node { kind: inner.kind, span: span.start..close.end });
            }
            Token::Symbol("-") => match self.peek().cloned() {
                Some(Token::Int(n)) => {
                    let end = self.here().end;
                    self.at += 1;
                    return Ok(Node { kind: NodeKind::Int(-n), span: span.start..end });
                }
                _ => {
                    return Err(ParseError { message: "expected a number after `-`".to_string(), span, help: None });
                }
            },
            Token::Word(w) if w == "true" || w == "false" => NodeKind::Bool(w == "true"),
            Token::Word(w) if ["and", "or", "not", "in", "contains"].contains(&w.as_str()) => {
                return Err(ParseError {
                    message: format!("expected a name, a number or a text, found `{w}`"),
                    span,
                    help: Some(format!("`{w}` needs something on its left and on its right")),
                });
            }
            Token::Word(name) if self.is_symbol("(") => {
                let open = self.here();
                self.at += 1;
                let (args, close) = self.nested(span.clone(), |parser| parser.items(")", &open))?;
                return Ok(Node { kind: NodeKind::Call { name, args }, span: span.start..close.end });
            }
            Token::Word(name) => NodeKind::Name(name),
            Token::Symbol(s) => {
                return Err(ParseError {
                    message: format!("expected a name, a number or a text, found `{s}`"),
                    span,
                    help: None,
                });
            }
        };
        Ok(Node { kind, span })
    }
}

#[cfg(test)]
mod tests;
