//! Why two items match, why an item has no match, and what to know about the documents as a
//! whole, as typed data. The reports say them in their language through the Fluent messages of
//! `kasb-i18n` (`compare.ftl`); the JSON contract keeps their English text.

use serde::{Serialize, Serializer};

use crate::render::words::Words;
use crate::{Relation, Side, Texts};

/// The reason behind one piece of [`Evidence`](crate::Evidence). In JSON, its English text.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Detail {
    /// A crosswalk aligns the two items.
    Crosswalk {
        /// The relation, read from left to right.
        relation: Relation,
        /// The crosswalk's id.
        crosswalk: String,
        /// The alignment's note in every language it has, whitespace collapsed.
        note: Option<Texts>,
    },
    /// Both items name these ESCO skill URIs.
    SharedEsco {
        /// The URIs both name.
        uris: Vec<String>,
    },
    /// Both documents name this ISCO-08 unit group.
    SharedIsco {
        /// The four-digit code.
        code: String,
    },
    /// The TF-IDF cosine of the texts, per language both are written in.
    Text {
        /// (language, score), in language order.
        scores: Vec<(String, f64)>,
    },
    /// The items share no language, so their texts were not compared.
    NoSharedLanguage {
        /// The left item's languages.
        left: Vec<String>,
        /// The right item's languages.
        right: Vec<String>,
    },
}

/// Why an [`Unmatched`](crate::Unmatched) item has no match, when more can be said.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Note {
    /// The item shares no language with the other side.
    NoSharedLanguage {
        /// Its languages.
        here: Vec<String>,
        /// The other side's languages.
        there: Vec<String>,
    },
    /// Its closest text on the other side is matched to another item of this side.
    ClosestTaken {
        /// The closest item's global id.
        closest: String,
        /// Its text similarity.
        score: f64,
        /// The item of this side it is matched to.
        holder: String,
    },
    /// Its closest text is in a unit not matched to its own, and wording alone did not outweigh
    /// the evidence that matched the units.
    ClosestInOtherUnit {
        /// The closest item's global id.
        closest: String,
        /// Its text similarity.
        score: f64,
    },
    /// A crosswalk aligns it with an item that is matched to a stronger partner.
    LostAlignment {
        /// That item's global id.
        other: String,
        /// The crosswalk's relation, read from this item.
        relation: Relation,
    },
}

/// A remark on a comparison as a whole.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum DocumentNote {
    /// The documents share no language: only crosswalks and shared references count.
    NoSharedLanguage {
        /// The left document's languages.
        left: Vec<String>,
        /// The right document's languages.
        right: Vec<String>,
    },
    /// A document's levels are not referenced to the EQF.
    NoEqf {
        /// Which document.
        side: Side,
    },
    /// The documents name different ISCO-08 unit groups.
    DifferentIsco {
        /// The left document's code.
        left: String,
        /// The right document's code.
        right: String,
    },
}

impl Serialize for Detail {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&Words::english().detail(self))
    }
}

impl Serialize for DocumentNote {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&Words::english().document_note(self))
    }
}

/// The notes of an unmatched item as the JSON `note`: their English texts joined by `; `.
pub(crate) fn notes_in_english<S: Serializer>(
    notes: &[Note],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&Words::english().notes(notes))
}
