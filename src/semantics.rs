#![doc = include_str!("../docs/semantics.md")]
//!
//! *(This module holds no items: it is `docs/semantics.md`, shipped with the crate so that its
//! worked numbers run as doctests.)*
