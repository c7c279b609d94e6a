//! K209 `look-alike-ids`: two ids that differ only by letter case or look-alike letters.

use std::borrow::Cow;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

use kasb_diagnostics::{Data, Related, declare_rule};
use kasb_model::id::fold_lookalikes;
use kasb_model::{Document, FieldPath};

use crate::context::Context;

declare_rule! {
    /// Ids are compared exactly, so `kg-welder` and `kg-Welder`, or `ELC-01` and `ЕLC-01` with a Cyrillic `Е`, are two different documents or items that no reader can tell apart: a reference typed by hand, or on a keyboard switched to Cyrillic, names the wrong one without a word, and file systems that ignore case may hold only one of two exported files. Document ids are compared with every other document's, item ids with the other items of their document. Each id is reported once, at the later of the two, naming the first and where it is; ids that are exactly equal are K201's.
    ///
    /// Failing:
    /// ```yaml
    /// units:
    ///   - id: WLD-01
    ///   - id: wld-01
    /// ```
    /// Passing: give the second unit its own id, such as `WLD-02`.
    pub static LOOK_ALIKE_IDS = Rule {
        code: "K209",
        name: "look-alike-ids",
        severity: Warning,
        summary: "An id differs from another only by letter case or look-alike letters.",
    };
}

/// An id already seen: as written, its global form, and where.
struct Seen<'d> {
    id: &'d str,
    global: String,
    document: usize,
    path: FieldPath,
}

/// Ids seen so far, by the form they share with every id that looks like them.
#[derive(Default)]
pub(crate) struct Ids<'d> {
    seen: HashMap<Cow<'d, str>, Seen<'d>>,
}

impl<'d> Ids<'d> {
    /// Records `id` (its global form `global`, written at `path` of `document`) and reports it
    /// when an earlier id looks the same without being equal.
    pub(crate) fn add(
        &mut self,
        context: &mut Context<'_>,
        id: &'d str,
        global: impl FnOnce() -> String,
        document: usize,
        path: FieldPath,
    ) {
        match self.seen.entry(look_alike_key(id)) {
            Entry::Vacant(vacant) => {
                vacant.insert(Seen {
                    id,
                    global: global(),
                    document,
                    path,
                });
            }
            Entry::Occupied(first) if first.get().id != id => {
                report(context, first.get(), &global(), id, document, &path);
            }
            Entry::Occupied(_) => {}
        }
    }
}

/// Checks the item ids of `document` against each other.
pub(crate) fn check_items(context: &mut Context<'_>, index: usize, document: &Document) {
    let mut items = Vec::new();
    document.items(&mut |item| items.push((item.id, item.path.key(item.id_key))));
    let mut ids = Ids::default();
    for (id, path) in &items {
        let global = || format!("{}/{id}", document.id());
        ids.add(context, id, global, index, path.clone());
    }
}

/// The form two ids share when they differ only by case or look-alike letters: look-alikes
/// folded to the Latin letters they imitate (the one table, `fold_lookalikes`), then lower
/// case. Borrowed for the common id that is ASCII and already lower case.
fn look_alike_key(id: &str) -> Cow<'_, str> {
    let folded = fold_lookalikes(id);
    if folded.chars().any(char::is_uppercase) {
        Cow::Owned(folded.to_lowercase())
    } else {
        folded
    }
}

/// How two ids that share a key differ, in words.
fn difference(first: &str, later: &str) -> &'static str {
    if first.to_lowercase() == later.to_lowercase() {
        "only by letter case"
    } else if fold_lookalikes(first) == fold_lookalikes(later) {
        "only by look-alike letters of another script"
    } else {
        "only by letter case and look-alike letters of another script"
    }
}

fn report(
    context: &mut Context<'_>,
    first: &Seen<'_>,
    global: &str,
    id: &str,
    document: usize,
    path: &FieldPath,
) {
    let related = Related {
        location: context.at(first.document, &first.path),
        message: format!("`{}` is here", first.id),
    };
    let how = difference(first.id, id);
    let report = context.report(
        &LOOK_ALIKE_IDS,
        document,
        path,
        format!("`{id}` differs from `{}` {how}", first.id),
        "a reader cannot tell them apart and a reference may name the wrong one: give this one \
         an id of its own, or merge the two if they are the same",
    );
    report.related.push(related);
    report.data = Data::LookAlikeIds {
        id: global.to_owned(),
        other: first.global.clone(),
    };
}
