//! Typed indices into the compiled rules: a question's index cannot be passed where a right's
//! is expected, and `rules[question]` reads the question. Each is a `u16`, so that the
//! compiled rules stay small; the checker refuses more than [`LIMIT`] things of one kind with
//! an error at the first one past it, so no index is ever cut short. Nothing here allocates.

use super::{Definition, Details, Office, Question, Right, RuleSet, Source};
use std::fmt;
use std::ops::Index;

/// The most questions, definitions, rights, offices or sources the rules may declare, and the
/// most choices one question may offer: the number of values a `u16` index takes.
pub const LIMIT: usize = 1 << 16;

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident;)*) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(u16);

        impl $name {
            pub const fn new(index: u16) -> $name {
                $name(index)
            }

            /// The index `index` as an id, if it is below [`LIMIT`].
            pub fn from_index(index: usize) -> Option<$name> {
                u16::try_from(index).ok().map($name)
            }

            /// The ids of the first `count` items (at most [`LIMIT`]), in order.
            pub fn all(count: usize) -> impl Iterator<Item = $name> {
                (0..count).map_while($name::from_index)
            }

            pub fn index(self) -> usize {
                usize::from(self.0)
            }

            /// The `u16` the compiled rules' bytes hold.
            pub fn get(self) -> u16 {
                self.0
            }
        }

        impl From<u16> for $name {
            fn from(index: u16) -> $name {
                $name(index)
            }
        }

        impl From<$name> for usize {
            fn from(id: $name) -> usize {
                id.index()
            }
        }

        /// The index as a number, as the app's handover between its modules writes it.
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::num::ParseIntError;

            fn from_str(text: &str) -> Result<$name, Self::Err> {
                text.parse().map($name)
            }
        }
    )*};
}

ids! {
    /// Index of a question in [`RuleSet::questions`].
    QuestionId;
    /// Index of a definition in [`RuleSet::definitions`].
    DefinitionId;
    /// Index of a right in [`RuleSet::rights`].
    RightId;
    /// Index of a choice in its question's `choices`.
    ChoiceId;
    /// Index of an office in [`RuleSet::offices`] (and [`Details::offices`]).
    OfficeId;
    /// Index of a source in [`RuleSet::sources`] (and [`Details::sources`]).
    SourceId;
}

macro_rules! index {
    ($($owner:ty, $id:ty => $item:ty, $field:ident;)*) => {$(
        impl Index<$id> for $owner {
            type Output = $item;

            fn index(&self, id: $id) -> &$item {
                &self.$field[id.index()]
            }
        }
    )*};
}

index! {
    RuleSet, QuestionId => Question, questions;
    RuleSet, DefinitionId => Definition, definitions;
    RuleSet, RightId => Right, rights;
    RuleSet, OfficeId => Office, offices;
    RuleSet, SourceId => Source, sources;
    Details, OfficeId => Office, offices;
    Details, SourceId => Source, sources;
}

impl RuleSet {
    /// Every question's id, in declaration order.
    pub fn question_ids(&self) -> impl Iterator<Item = QuestionId> + use<> {
        QuestionId::all(self.questions.len())
    }

    /// Every right's id, in declaration order.
    pub fn right_ids(&self) -> impl Iterator<Item = RightId> + use<> {
        RightId::all(self.rights.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_its_index_and_past_the_limit_there_is_none() {
        assert_eq!(QuestionId::from_index(7).map(usize::from), Some(7));
        assert_eq!(RightId::from_index(LIMIT - 1).map(RightId::get), Some(u16::MAX));
        assert_eq!(SourceId::from_index(LIMIT), None);
        assert_eq!(OfficeId::all(3).map(OfficeId::index).collect::<Vec<_>>(), [0, 1, 2]);
        assert_eq!(ChoiceId::all(LIMIT + 5).count(), LIMIT);
        assert_eq!("12".parse::<QuestionId>(), Ok(QuestionId::new(12)));
        assert!("70000".parse::<QuestionId>().is_err());
        assert_eq!(DefinitionId::new(3).to_string(), "3");
    }
}
