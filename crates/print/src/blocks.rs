//! A section body as printable blocks: paragraphs and bulleted list items.
//!
//! Leaflet bodies use a small subset of Markdown (`docs/leaflets.md`): paragraphs separated by
//! blank lines and `- ` list items. Nothing else is interpreted, so a `*` or `#` inside a
//! sentence prints as written. A full Markdown parser would be a dependency for two rules.

/// One block of a section body, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Block {
    /// A paragraph; its source lines joined with single spaces.
    Paragraph(String),
    /// One `- ` list item, without the marker; continuation lines joined with single spaces.
    ListItem(String),
}

impl Block {
    /// The block's text.
    pub(crate) fn text(&self) -> &str {
        match self {
            Block::Paragraph(t) | Block::ListItem(t) => t,
        }
    }
}

/// Splits a body into blocks. A line starting with `- ` (after indentation) opens a list item;
/// the lines after it, up to a blank line or the next item, continue that item.
pub(crate) fn blocks(body: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut current: Option<Block> = None;
    for line in body.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            out.extend(current.take());
        } else if let Some(item) = trimmed.strip_prefix("- ") {
            out.extend(current.take());
            current = Some(Block::ListItem(item.trim().to_owned()));
        } else {
            match &mut current {
                Some(Block::Paragraph(t) | Block::ListItem(t)) => {
                    t.push(' ');
                    t.push_str(trimmed);
                }
                None => current = Some(Block::Paragraph(trimmed.to_owned())),
            }
        }
    }
    out.extend(current);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    fn p(t: &str) -> Block {
        Block::Paragraph(t.to_owned())
    }
    fn li(t: &str) -> Block {
        Block::ListItem(t.to_owned())
    }

    #[rstest]
    #[case::one_paragraph("One. Two.", vec![p("One. Two.")])]
    #[case::lines_join_with_a_space("One\ntwo", vec![p("One two")])]
    #[case::blank_lines_separate("One.\n\n\nTwo.", vec![p("One."), p("Two.")])]
    #[case::list_after_paragraph("Intro:\n- a\n- b", vec![p("Intro:"), li("a"), li("b")])]
    #[case::item_continues("- first\n  still first\n- second", vec![li("first still first"), li("second")])]
    #[case::paragraph_after_list("- a\n\nAfter.", vec![li("a"), p("After.")])]
    #[case::dash_inside_a_sentence("Call - or write.", vec![p("Call - or write.")])]
    #[case::rtl_item("- نص عربي", vec![li("نص عربي")])]
    #[case::empty("", vec![])]
    fn bodies_split_into_paragraphs_and_list_items(#[case] body: &str, #[case] want: Vec<Block>) {
        assert_eq!(blocks(body), want, "blocks of {body:?}");
    }
}
