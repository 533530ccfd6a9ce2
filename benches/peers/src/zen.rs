//! GoRules zen-expression (pinned to 2.1.6) used the way it is meant to be
//! used for repeated work: one reused `Isolate` to compile unary tests, and
//! precompiled `Expression<Unary>` values evaluated on one reused `VM`.
//!
//! A zen *unary test* such as `>= 82.3` is an expression with the left
//! operand left implicit: it is compiled as `$ >= 82.3`, where `$` is the
//! value under test. Numbers are `Variable::Number(rust_decimal::Decimal)`
//! and number literals are parsed with `Decimal::from_str_exact`, so the
//! comparison is an exact decimal comparison, like ours.

use rust_decimal::Decimal;
use zen_expression::expression::Unary;
use zen_expression::variable::Symbol;
use zen_expression::vm::VM;
use zen_expression::{Expression, Isolate, Scope, Variable};

/// A compiled zen unary test.
pub type Compiled = Expression<Unary>;

/// Compiles unary tests, reusing the isolate's lexer, compiler and arena.
pub struct Compiler {
    isolate: Isolate,
}

impl Compiler {
    pub fn new() -> Self {
        Compiler {
            isolate: Isolate::new(),
        }
    }

    /// Lexes, parses and compiles `text` as a unary test to bytecode.
    pub fn compile(&mut self, text: &str) -> Compiled {
        self.isolate
            .compile_unary(text)
            .unwrap_or_else(|e| panic!("zen: cannot compile unary test {text:?}: {e}"))
    }
}

/// Evaluates compiled unary tests against a value bound as `$`.
pub struct Evaluator {
    vm: VM,
    scope: Scope,
    dollar: Symbol,
}

impl Evaluator {
    pub fn new() -> Self {
        Evaluator {
            vm: VM::new(),
            scope: Scope::default(),
            dollar: Variable::dollar_key(),
        }
    }

    /// Binds `value` as `$` for the following `holds` calls.
    pub fn bind(&mut self, value: Decimal) {
        self.scope
            .set_local(self.dollar.clone(), Variable::Number(value));
    }

    /// Runs `test` against the currently bound `$`.
    pub fn holds(&mut self, test: &Compiled) -> bool {
        test.evaluate_with_scope(&self.scope, &mut self.vm)
            .unwrap_or_else(|e| panic!("zen: evaluation failed: {e}"))
    }
}
