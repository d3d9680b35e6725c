//! The guide's texts without fluent-bundle in the browser: Fluent files are compiled at build
//! time (feature `compile`) into compact parts, one language per file, and a small runtime
//! formats them with the same output as fluent-bundle 0.16 with its default settings.
//! Pure: no web, no I/O, no global state; the caller hands in the bytes and the plural rule.
//!
//! - [`model`]: the parts and their bytes (the format's layout is documented there);
//! - [`runtime`]: [`Texts`], one language's loaded messages, and [`Value`];
//! - [`plural`]: CLDR plural categories of French, English and Arabic;
//! - `compile` (feature `compile`): [`compile::ids`] and [`compile::compile`].
//!
//! Messages are named by the index of their id in one sorted list shared by every language
//! (`message` for a value, `message.attribute` for an attribute), so the runtime holds no ids.

pub mod model;
mod number;
pub mod plural;
pub mod runtime;

#[cfg(feature = "compile")]
pub mod compile;

pub use model::{Part, PartError, Pattern, catalogue};
pub use plural::Category;
pub use runtime::{PluralRule, Texts, Value};

/// A 32-bit FNV-1a hash of a text's id: the browser finds the texts of the rules by the hash
/// of their id (`right-health-primary-care`), so their ids need not be in its download. The
/// build refuses two ids with the same hash.
pub fn id_hash(id: &str) -> u32 {
    id.bytes().fold(0x811c_9dc5, |hash: u32, byte| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193))
}
