//! Page layout and PDF drawing.
//!
//! Every piece of text becomes a `parley` layout: parley itemises by script and bidi level,
//! picks a bundled font per character, shapes with HarfRust (a Rust port of HarfBuzz: Arabic
//! joining, Nastaliq, Ethiopic, Bengali conjuncts), breaks lines (UAX #14) and aligns them to
//! the paragraph's start (right for RTL). This module then flows the lines onto A4 pages and
//! hands each positioned glyph run to `krilla`, with the text range each glyph came from, so
//! the PDF's text can be searched, copied and read aloud.

use crate::PrintError;
use crate::PrintedLeaflet;
use crate::blocks::{Block, blocks};
use crate::fonts::{self, Fonts};
use krilla::Document;
use krilla::color::{luma, rgb};
use krilla::geom::{Path, PathBuilder, Point, Rect};
use krilla::metadata::{Metadata, TextDirection as PdfDirection};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Paint};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, Node, SpanTag, Tag, TagGroup,
    TagTree,
};
use krilla::text::{GlyphId, KrillaGlyph};
use parley::fontique::Language;
use parley::{
    Alignment, AlignmentOptions, BaseDirection, FontFamily, FontWeight, Layout, LayoutContext,
    LineHeight, PositionedLayoutItem, StyleProperty,
};
use std::collections::BTreeSet;
use std::num::NonZeroU16;
use std::ops::Range;
use waypoint_core::leaflets::{
    LanguageInfo, LegalReference, ReviewStatus, TextDirection, Translation,
};

/// A4 in PDF points.
const PAGE_WIDTH: f32 = 595.28;
const PAGE_HEIGHT: f32 = 841.89;
/// 20 mm side and top margins; the bottom one leaves room for the page number.
const MARGIN: f32 = 56.7;
const BOTTOM: f32 = PAGE_HEIGHT - 70.0;
const FOOTER_BASELINE: f32 = PAGE_HEIGHT - 36.0;
const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;
/// How far list items are indented from the paragraph's start edge.
const LIST_INDENT: f32 = 18.0;

const TITLE_SIZE: f32 = 20.0;
const HEADING_SIZE: f32 = 13.5;
const BODY_SIZE: f32 = 11.0;
const SMALL_SIZE: f32 = 9.0;
const FINE_SIZE: f32 = 8.0;

/// Text colours (grey levels, 0 = black).
const INK: u8 = 0;
const SECONDARY: u8 = 85;

/// How one piece of text is set.
#[derive(Clone, Copy)]
struct Style {
    families: &'static str,
    /// The text's language: shaping differs per language (Persian and Urdu digits, Sorani and
    /// Pashto letter forms) and so does line breaking.
    locale: Option<Language>,
    size: f32,
    bold: bool,
    grey: u8,
    rtl: bool,
    /// Line height as a multiple of the font size; `None`: the font's own line metrics.
    line_height: Option<f32>,
}

impl Style {
    /// English text for officers: status, legal basis, page numbers.
    fn english(size: f32) -> Self {
        Self {
            families: fonts::LATIN,
            locale: Language::parse("en").ok(),
            size,
            bold: false,
            grey: SECONDARY,
            rtl: false,
            line_height: Some(1.35),
        }
    }
}

/// A laid-out piece of text, its colour and its role in the document structure.
struct Text {
    layout: Layout<()>,
    text: String,
    grey: u8,
    role: Role,
}

/// What a text is, for the PDF's structure tree (screen readers, reflow, PDF/UA): headings,
/// paragraphs and list items are read in order; page furniture is marked as an artifact.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Title,
    Heading,
    Paragraph,
    ListItem,
    PageNumber,
}

/// Something drawn on a page, in page coordinates (points, y down).
enum Mark {
    /// One line of a text: `dy` moves the layout's coordinates onto the page.
    Line {
        text: usize,
        line: usize,
        x: f32,
        dy: f32,
    },
    Dot {
        centre: Point,
        radius: f32,
        paint: Paint,
    },
    Rule {
        y: f32,
    },
}

/// Lays text out and flows its lines onto pages.
struct Composer<'a> {
    fonts: &'a mut Fonts,
    layout: &'a mut LayoutContext<()>,
    texts: Vec<Text>,
    pages: Vec<Vec<Mark>>,
    y: f32,
}

impl Composer<'_> {
    fn lay_out(&mut self, text: String, style: Style, width: f32) -> usize {
        let mut builder = self
            .layout
            .ranged_builder(&mut self.fonts.context, &text, 1.0, false);
        builder.push_default(StyleProperty::FontFamily(FontFamily::Source(
            style.families.into(),
        )));
        builder.push_default(StyleProperty::FontSize(style.size));
        if style.bold {
            builder.push_default(StyleProperty::FontWeight(FontWeight::BOLD));
        }
        builder.push_default(StyleProperty::LineHeight(match style.line_height {
            Some(factor) => LineHeight::FontSizeRelative(factor),
            None => LineHeight::MetricsRelative(1.0),
        }));
        builder.push_default(StyleProperty::Locale(style.locale));
        builder.set_base_direction(if style.rtl {
            BaseDirection::Rtl
        } else {
            BaseDirection::Ltr
        });
        let mut layout = builder.build(&text);
        layout.break_all_lines(Some(width));
        layout.align(Alignment::Start, AlignmentOptions::default());
        self.texts.push(Text {
            layout,
            text,
            grey: style.grey,
            role: Role::Paragraph,
        });
        self.texts.len() - 1
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN;
    }

    fn page(&mut self) -> &mut Vec<Mark> {
        if self.pages.is_empty() {
            self.new_page();
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Vertical space, dropped at the top of a page.
    fn gap(&mut self, points: f32) {
        if self.y > MARGIN {
            self.y += points;
        }
    }

    /// Starts a new page unless `height` more points fit on this one.
    fn keep(&mut self, height: f32) {
        if self.y + height > BOTTOM && self.y > MARGIN {
            self.new_page();
        }
    }

    /// Flows a laid-out text's lines at `x`, breaking pages between lines. Returns where its
    /// first line's baseline went (page index, y), for a list bullet.
    fn place(&mut self, text: usize, x: f32) -> (usize, f32) {
        let mut first = None;
        let metrics: Vec<_> = self.texts[text]
            .layout
            .lines()
            .map(|l| *l.metrics())
            .collect();
        for (index, m) in metrics.into_iter().enumerate() {
            let height = m.block_max_coord - m.block_min_coord;
            self.keep(height);
            let dy = self.y - m.block_min_coord;
            self.page().push(Mark::Line {
                text,
                line: index,
                x,
                dy,
            });
            first.get_or_insert((self.pages.len() - 1, m.baseline + dy));
            self.y += height;
        }
        first.unwrap_or((self.pages.len().saturating_sub(1), self.y))
    }

    fn first_line_height(&self, text: usize) -> f32 {
        self.texts[text]
            .layout
            .lines()
            .next()
            .map(|l| l.metrics().block_max_coord - l.metrics().block_min_coord)
            .unwrap_or(0.0)
    }
}

/// Lays out and writes the PDF.
pub(crate) fn print(
    fonts: &mut Fonts,
    layout: &mut LayoutContext<()>,
    t: &Translation,
    language: &LanguageInfo,
    legal_basis: &[LegalReference],
) -> Result<PrintedLeaflet, PrintError> {
    let code = language.code.as_str();
    let rtl = language.direction == TextDirection::Rtl;
    let locale = Language::parse(code).ok();
    let own = |size: f32, bold: bool| Style {
        families: fonts::families(code, &language.script),
        locale,
        size: size * fonts::size_factor(code),
        bold,
        grey: INK,
        rtl,
        line_height: Some(fonts::line_height(code)),
    };
    // Text in the leaflet's language, with numbers isolated in RTL text (see `isolate_numbers`).
    let own_text = |text: &str| {
        if rtl {
            isolate_numbers(text)
        } else {
            text.to_owned()
        }
    };
    let mut c = Composer {
        fonts,
        layout,
        texts: Vec::new(),
        pages: Vec::new(),
        y: MARGIN,
    };
    c.new_page();

    // Header: title, the language's name, then the review status and version in English, for
    // the officer, who explains a machine-drafted text orally (docs/leaflets.md).
    let title = c.lay_out(own_text(&t.title), own(TITLE_SIZE, true), CONTENT_WIDTH);
    c.texts[title].role = Role::Title;
    c.place(title, MARGIN);
    c.gap(2.0);
    let name = format!("{} · {}", language.endonym, language.english_name);
    let name_style = Style {
        grey: SECONDARY,
        ..own(SMALL_SIZE + 1.0, false)
    };
    let name = c.lay_out(name, name_style, CONTENT_WIDTH);
    c.place(name, MARGIN);
    c.gap(6.0);
    let (status, paint) = match t.status {
        ReviewStatus::MachineDrafted => (
            "Machine-drafted translation: not yet reviewed by a native speaker. \
             Explain the content orally.",
            Paint::from(rgb::Color::new(214, 120, 0)),
        ),
        ReviewStatus::Reviewed => (
            "Reviewed by a native speaker.",
            Paint::from(rgb::Color::new(30, 140, 70)),
        ),
    };
    let status = format!("{status} Version {}", t.version.short());
    let dot_space = 10.0;
    let status = c.lay_out(
        status,
        Style::english(SMALL_SIZE),
        CONTENT_WIDTH - dot_space,
    );
    let (page, baseline) = c.place(status, MARGIN + dot_space);
    c.pages[page].push(Mark::Dot {
        centre: Point::from_xy(MARGIN + 3.0, baseline - 0.33 * SMALL_SIZE),
        radius: 3.0,
        paint,
    });
    c.gap(8.0);
    let y = c.y;
    c.page().push(Mark::Rule { y });
    c.gap(14.0);

    // Sections.
    for (i, section) in t.sections.iter().enumerate() {
        if i > 0 {
            c.gap(12.0);
        }
        let heading = c.lay_out(
            own_text(&section.heading),
            own(HEADING_SIZE, true),
            CONTENT_WIDTH,
        );
        c.texts[heading].role = Role::Heading;
        let body: Vec<(Block, usize)> = blocks(&section.body)
            .into_iter()
            .map(|block| {
                let width = match block {
                    Block::Paragraph(_) => CONTENT_WIDTH,
                    Block::ListItem(_) => CONTENT_WIDTH - LIST_INDENT,
                };
                let text = c.lay_out(own_text(block.text()), own(BODY_SIZE, false), width);
                if let Block::ListItem(_) = block {
                    c.texts[text].role = Role::ListItem;
                }
                (block, text)
            })
            .collect();
        // A heading never ends a page: keep it with two lines of what follows.
        let follow = body
            .first()
            .map(|(_, text)| 2.0 * c.first_line_height(*text))
            .unwrap_or(0.0);
        let heading_height = c.texts[heading].layout.height();
        c.keep(heading_height + 4.0 + follow);
        c.place(heading, MARGIN);
        c.gap(4.0);
        for (j, (block, text)) in body.into_iter().enumerate() {
            if j > 0 {
                c.gap(6.0);
            }
            match block {
                Block::Paragraph(_) => {
                    c.place(text, MARGIN);
                }
                Block::ListItem(_) => {
                    // The indent is on the start side: left for LTR, right for RTL.
                    let (x, bullet_x) = if rtl {
                        (MARGIN, MARGIN + CONTENT_WIDTH - LIST_INDENT / 2.0)
                    } else {
                        (MARGIN + LIST_INDENT, MARGIN + LIST_INDENT / 2.0)
                    };
                    let (page, baseline) = c.place(text, x);
                    c.pages[page].push(Mark::Dot {
                        centre: Point::from_xy(bullet_x, baseline - 0.3 * BODY_SIZE),
                        radius: 1.8,
                        paint: Paint::from(luma::Color::black()),
                    });
                }
            }
        }
    }

    // Legal basis, in English, for officers and auditors.
    if !legal_basis.is_empty() {
        c.gap(18.0);
        c.keep(FINE_SIZE * 4.0);
        let y = c.y;
        c.page().push(Mark::Rule { y });
        c.gap(6.0);
        let references: Vec<String> = legal_basis
            .iter()
            .map(|r| match &r.article {
                Some(article) => format!("{}, {article}", r.instrument),
                None => r.instrument.clone(),
            })
            .collect();
        let legal = format!("Legal basis: {}.", references.join("; "));
        let legal = c.lay_out(legal, Style::english(FINE_SIZE), CONTENT_WIDTH);
        c.place(legal, MARGIN);
    }

    // Footers: the page number and the version, once the page count is known.
    let total = c.pages.len();
    for page in 0..total {
        let footer = format!("{} / {total}", page + 1);
        let footer = c.lay_out(footer, Style::english(SMALL_SIZE), CONTENT_WIDTH);
        let version = format!("Version {}", t.version.short());
        let version = c.lay_out(version, Style::english(FINE_SIZE), CONTENT_WIDTH);
        c.texts[footer].role = Role::PageNumber;
        c.texts[version].role = Role::PageNumber;
        for (text, align_right) in [(footer, true), (version, false)] {
            let layout = &c.texts[text].layout;
            let x = if align_right == rtl {
                MARGIN
            } else {
                MARGIN + CONTENT_WIDTH - layout.width()
            };
            let first_baseline = layout.first_baseline().unwrap_or(0.0);
            c.pages[page].push(Mark::Line {
                text,
                line: 0,
                x,
                dy: FOOTER_BASELINE - first_baseline,
            });
        }
    }

    draw(c.fonts, &c.texts, &c.pages, t, language)
}

/// Wraps each number of several groups (`+30 210 555 0123`, `0800-123-456`) in a left-to-right
/// isolate (U+2066 … U+2069), so that it reads as written inside right-to-left text.
///
/// Written by hand because it is a typographic convention, not part of the bidi algorithm:
/// by UAX #9, the spaces between digit groups take the paragraph's direction, so in an Arabic
/// paragraph `+30 210 555` shows its groups in reverse order (`555 210 30+`). Phone numbers
/// come from site settings, filled into the text before printing.
pub(crate) fn isolate_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        let plus = chars[i] == '+';
        let mut j = if plus { i + 1 } else { i };
        let mut groups = 0;
        let mut end = start;
        while j < chars.len() && chars[j].is_ascii_digit() {
            while j < chars.len() && chars[j].is_ascii_digit() {
                j += 1;
            }
            groups += 1;
            end = j;
            // A separator continues the number only if a digit follows it.
            if j + 1 < chars.len() && matches!(chars[j], ' ' | '-') && chars[j + 1].is_ascii_digit()
            {
                j += 1;
            } else {
                break;
            }
        }
        let starts_a_word = start == 0 || !chars[start - 1].is_alphanumeric();
        // After a left-to-right letter (`Site 210 555`), the digits already read left to right
        // (UAX #9 rule W7 makes them L); isolating them would split them from that word.
        let after_ltr = chars[..start]
            .iter()
            .rev()
            .find(|c| c.is_alphabetic())
            .is_some_and(|c| !is_rtl_letter(*c));
        if !after_ltr && ((groups > 1 && starts_a_word) || (plus && groups > 0)) {
            out.push('\u{2066}');
            out.extend(&chars[start..end]);
            out.push('\u{2069}');
            i = end;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their
/// presentation forms).
fn is_rtl_letter(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08ff}' | '\u{fb1d}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}')
}

fn fill(paint: Paint) -> Option<Fill> {
    Some(Fill {
        paint,
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    })
}

/// A circle as four cubic Béziers (krilla's path builder has no circle).
fn circle(centre: Point, radius: f32) -> Option<Path> {
    const K: f32 = 0.552_284_8;
    let (x, y, r, k) = (centre.x, centre.y, radius, radius * K);
    let mut p = PathBuilder::new();
    p.move_to(x + r, y);
    p.cubic_to(x + r, y + k, x + k, y + r, x, y + r);
    p.cubic_to(x - k, y + r, x - r, y + k, x - r, y);
    p.cubic_to(x - r, y - k, x - k, y - r, x, y - r);
    p.cubic_to(x + k, y - r, x + r, y - k, x + r, y);
    p.close();
    p.finish()
}

fn draw(
    fonts: &Fonts,
    texts: &[Text],
    pages: &[Vec<Mark>],
    t: &Translation,
    language: &LanguageInfo,
) -> Result<PrintedLeaflet, PrintError> {
    let mut missing = BTreeSet::new();
    let mut document = Document::new();
    let mut metadata = Metadata::new()
        .title(t.title.clone())
        .language(language.code.to_string())
        .creator("Waypoint".to_owned());
    if language.direction == TextDirection::Rtl {
        metadata = metadata.text_direction(PdfDirection::RightToLeft);
    }
    document.set_metadata(metadata);
    let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
        .ok_or_else(|| PrintError::Pdf("invalid page size".into()))?;
    // The marked-content ids of each text's lines, for the structure tree.
    let mut tagged: Vec<Vec<Identifier>> = vec![Vec::new(); texts.len()];
    for marks in pages {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        for mark in marks {
            let tag = match mark {
                Mark::Line { text, .. } if texts[*text].role == Role::PageNumber => {
                    ContentTag::Artifact(Artifact::new(ArtifactType::PageNumber, None))
                }
                Mark::Line { .. } => ContentTag::Span(SpanTag::empty()),
                Mark::Dot { .. } | Mark::Rule { .. } => {
                    ContentTag::Artifact(Artifact::new(ArtifactType::Layout, None))
                }
            };
            let id = surface.start_tagged(tag);
            match mark {
                Mark::Line { text, line, x, dy } => {
                    tagged[*text].push(id);
                    draw_line(
                        &mut surface,
                        fonts,
                        &texts[*text],
                        *line,
                        *x,
                        *dy,
                        &mut missing,
                    )
                }
                Mark::Dot {
                    centre,
                    radius,
                    paint,
                } => {
                    if let Some(path) = circle(*centre, *radius) {
                        surface.set_fill(fill(paint.clone()));
                        surface.draw_path(&path);
                    }
                }
                Mark::Rule { y } => {
                    let rect = Rect::from_xywh(MARGIN, *y, CONTENT_WIDTH, 0.6);
                    if let Some(path) = rect.and_then(|r| {
                        let mut p = PathBuilder::new();
                        p.push_rect(r);
                        p.finish()
                    }) {
                        surface.set_fill(fill(luma::Color::new(170).into()));
                        surface.draw_path(&path);
                    }
                }
            }
            surface.end_tagged();
        }
        surface.finish();
        page.finish();
    }
    document.set_tag_tree(structure(texts, tagged, &t.title, language));
    let pdf = document
        .finish()
        .map_err(|e| PrintError::Pdf(format!("{e:?}")))?;
    Ok(PrintedLeaflet {
        pdf,
        pages: pages.len(),
        missing_glyphs: missing,
    })
}

/// The structure tree: texts in reading order (the order they were laid out in), consecutive
/// list items grouped in a list.
fn structure(
    texts: &[Text],
    tagged: Vec<Vec<Identifier>>,
    title: &str,
    language: &LanguageInfo,
) -> TagTree {
    let mut tree = TagTree::new().with_lang(Some(language.code.to_string()));
    let mut list: Option<TagGroup> = None;
    let level = |n: u16| NonZeroU16::new(n).unwrap_or(NonZeroU16::MIN);
    for (text, ids) in texts.iter().zip(tagged) {
        if text.role != Role::ListItem
            && let Some(l) = list.take()
        {
            tree.push(l);
        }
        let lines: Vec<Node> = ids.into_iter().map(Node::from).collect();
        match text.role {
            Role::PageNumber => {}
            Role::ListItem => {
                let body = TagGroup::with_children(Tag::LBody, lines);
                let item = TagGroup::with_children(Tag::LI, vec![body.into()]);
                list.get_or_insert_with(|| TagGroup::new(Tag::L(ListNumbering::Disc)))
                    .push(item);
            }
            Role::Title => tree.push(TagGroup::with_children(
                Tag::Hn(level(1), Some(title.to_owned())),
                lines,
            )),
            Role::Heading => tree.push(TagGroup::with_children(Tag::Hn(level(2), None), lines)),
            Role::Paragraph => tree.push(TagGroup::with_children(Tag::P, lines)),
        }
    }
    if let Some(l) = list {
        tree.push(l);
    }
    tree
}

/// Draws one line of a layout: each glyph run with its font, each glyph with the text it
/// shows (a ligature's glyph with all the characters it joins).
fn draw_line(
    surface: &mut Surface<'_>,
    fonts: &Fonts,
    text: &Text,
    line: usize,
    x: f32,
    dy: f32,
    missing: &mut BTreeSet<char>,
) {
    let Some(line) = text.layout.get(line) else {
        return;
    };
    surface.set_fill(fill(luma::Color::new(text.grey).into()));
    for item in line.items() {
        let PositionedLayoutItem::GlyphRun(run) = item else {
            continue;
        };
        let size = run.run().font_size();
        let Some(font) = fonts.pdf_font(run.run().font()) else {
            continue;
        };
        let mut glyphs = Vec::new();
        for cluster in run.run().visual_clusters() {
            let range = ligature_range(&cluster);
            for glyph in cluster.glyphs() {
                if glyph.id == 0 {
                    missing.extend(
                        text.text[range.clone()]
                            .chars()
                            .filter(|c| !c.is_whitespace() && !c.is_control()),
                    );
                }
                glyphs.push(KrillaGlyph::new(
                    GlyphId::new(glyph.id),
                    glyph.advance / size,
                    glyph.x / size,
                    // parley's offsets point down (screen), krilla's up (font units).
                    -glyph.y / size,
                    0.0,
                    range.clone(),
                    None,
                ));
            }
        }
        if glyphs.is_empty() {
            continue;
        }
        surface.draw_glyphs(
            Point::from_xy(x + run.offset(), dy + run.baseline()),
            &glyphs,
            font.clone(),
            &text.text,
            size,
            false,
        );
    }
}

/// The text a cluster's glyphs stand for: a ligature's first cluster carries the glyphs of the
/// whole ligature (Arabic lam-alef, Bengali conjuncts), so it stands for its continuations too.
fn ligature_range(cluster: &parley::Cluster<'_, ()>) -> Range<usize> {
    let mut range = cluster.text_range();
    if cluster.is_ligature_start() {
        let mut next = cluster.next_logical();
        while let Some(c) = next.filter(|c| c.is_ligature_continuation()) {
            range.start = range.start.min(c.text_range().start);
            range.end = range.end.max(c.text_range().end);
            next = c.next_logical();
        }
    }
    range
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case::phone("تلفن: +30 210 555 0123.", "تلفن: \u{2066}+30 210 555 0123\u{2069}.")]
    #[case::hyphens("0800-123-456", "\u{2066}0800-123-456\u{2069}")]
    #[case::plus_alone("+30", "\u{2066}+30\u{2069}")]
    #[case::one_number("عمرك 6 سنوات", "عمرك 6 سنوات")]
    #[case::two_numbers_in_words("من 6 إلى 10 سنوات", "من 6 إلى 10 سنوات")]
    #[case::range_is_one_number("6-10", "\u{2066}6-10\u{2069}")]
    #[case::trailing_space("10 ", "10 ")]
    #[case::after_latin("Site9 210 555", "Site9 210 555")]
    #[case::after_latin_and_space("برای Site 210 555", "برای Site 210 555")]
    fn numbers_of_several_groups_are_isolated_left_to_right(
        #[case] text: &str,
        #[case] want: &str,
    ) {
        assert_eq!(isolate_numbers(text), want, "isolate_numbers({text:?})");
    }
}
