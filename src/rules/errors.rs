//! What is wrong with a rule set: each error names the file, the rule and the field; one
//! [`RuleErrors`] lists every error found in loading and compiling.

use std::fmt;

/// A problem in the rule files, pointing at what to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError {
    pub file: String,
    pub rule: Option<String>,
    pub field: Option<String>,
    pub message: String,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "rules/{}", self.file)?;
        if let Some(r) = &self.rule {
            write!(f, ": rule `{r}`")?;
        }
        if let Some(k) = &self.field {
            write!(f, ": field `{k}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Every problem found in loading and compiling a rule set. Displayed, it lists them all, one a line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleErrors(Vec<RuleError>);

impl fmt::Display for RuleErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} rule error(s):", self.0.len())?;
        for e in &self.0 {
            write!(f, "\n  {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for RuleErrors {}

impl RuleErrors {
    pub fn iter(&self) -> std::slice::Iter<'_, RuleError> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Ok when nothing was found wrong.
    pub(crate) fn or<T>(self, value: T) -> Result<T, RuleErrors> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }

    pub(crate) fn add(&mut self, e: RuleError) {
        self.0.push(e);
    }

    /// Used by the loader, which the wasm build leaves out (build.rs loads the built-in rules).
    #[cfg(not(target_arch = "wasm32"))]
    pub(super) fn push(&mut self, file: &str, rule: Option<&str>, field: Option<&str>, message: impl Into<String>) {
        self.0.push(RuleError {
            file: file.to_string(),
            rule: rule.map(str::to_string),
            field: field.map(str::to_string),
            message: message.into(),
        });
    }
}
