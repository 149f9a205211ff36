//! The passes of the import, in the order they run (see the module above).

pub mod chrome;
pub mod contact;
pub mod head;
pub mod headings;
pub mod lines;
pub mod memo;
pub mod metadata;
pub mod tail;
pub mod units;
