// The reader's tolerances, in one place, each with why it is what it is.
// Lengths in `…Em` are multiples of the line's font size, so that they hold
// for 6.5 pt tables and 11 pt tables alike; `…Pt` are absolute points.

export const READER = {
  /**
   * Digit groups drawn apart ("147 088 112" as three strings) are one number
   * when the gap between them is at most about a space of the font (0.25–0.33
   * em); amounts of neighbouring columns stand at least a column gap apart.
   * Used only to count numbers on a line, never to read a value.
   */
  digitGroupGapEm: 0.3,
  possibleTable: {
    /** The definition of a table-like block: three lines or more ... */
    minLines: 3,
    /** ... with two or more amounts each, in two or more aligned columns. */
    minColumns: 2,
    /** Rows with amounts follow each other within a few lines (a wrapped label between); a wider gap ends the block. */
    maxLineGapEm: 4,
    /**
     * Right edges (or centres) of one column's numbers agree to within a point
     * or two: the text layer places each glyph run exactly, but a run of several
     * words is split by character share, which can move a word by a point.
     */
    alignTolerancePt: 2,
  },
  label: {
    /**
     * Words of one label stand a word space apart (about 0.25–0.35 em, wider in
     * justified or letter-spaced text); a gap of one and a half em inside a
     * label is a column or text-column gap, so two texts were joined.
     */
    maxWordGapEm: 1.5,
  },
  carriedOver: {
    /**
     * A line carried over without a header whose number stands less than this
     * after its last word is prose, not a row: a word space is about 0.25–0.3 em
     * in PDF fonts and 0.5 em in the DOCX layout, while a row's label and first
     * amount have two cell margins or more between them.
     */
    proseNumberGapEm: 0.6,
  },
  codeColumn: {
    /**
     * A code column (Ansvar 30616, Funksjon 244) stands at least most of an em
     * from the labels after it, a word space (a quarter of an em) never does;
     * tight tables set the two columns 0.8–1.2 em apart.
     */
    minGapEm: 0.8,
    /** A gap this wide is a column gap whatever the labels do. */
    clearGapEm: 1.2,
    /** ... and the labels after the codes start at one edge, the label column's. */
    labelEdgeTolerancePt: 1.5,
    /** Most coded rows (an indented sub-row may stand further in) start there. */
    alignedShare: 0.6,
  },
  columnConsistency: {
    /**
     * The cells read into one column must line up by right edge, left edge or
     * centre to within this share of the font size; a cell a column pitch away
     * (two columns fused, a digit group given to the wrong column) does not.
     * A third of an em allows for a word split by character share (above).
     */
    spreadEm: 0.35,
    /** Fewer cells than this say nothing about a column's alignment. */
    minCells: 3,
    /**
     * A change column holds the difference of two years, typically a few per
     * cent of them; its typical number is far below a third of its neighbours'.
     */
    changeColumnRatio: 3,
  },
  /** Two text columns on one page (splitTextColumns.ts). */
  textColumns: {
    /** A gutter is at least this wide: word spaces, even in justified prose, are far narrower. */
    gutterMinEm: 1.2,
    /** A gutter is at most this wide: a page's columns are set close; a wider gap is a table's label column ending. */
    gutterMaxEm: 4,
    /** Points a column's left edge wanders between lines (jitter, rounding of positioned text). */
    edgeJitterPt: 2,
    /** Table labels and list bullets sit up to this far inside their column's left edge. */
    columnIndentEm: 1.2,
    /** An indented list in a column starts up to this far inside its edge. */
    listIndentEm: 4,
    /** Prose in a column ends within this of the column's edge; a table's corner cell beside header words ends further off. */
    shortOfEdgeEm: 3,
    /** A column goes on past the other's end while its lines follow within this; a wider gap ends the two columns. */
    columnGoesOnEm: 2.2,
    /** Lines each side needs before a stretch is two text columns: one stray gap is not a layout. */
    minColumnLines: 3,
    /** A line of running text has this many words or more; a table's text cell (a label, a country, a code) has fewer. */
    proseMinWords: 5,
    /** A gutter between text columns lies in this middle part of the page width (a code column's edge does not). */
    middle: { from: 0.3, to: 0.7 },
  },
  /** The lines of one wrapped label (rowsToLineItems.ts). */
  wrappedLabel: {
    /** Lines of one label are closer than this when the table gives no better measure. */
    gapEm: 1.45,
    /** A label's lines are set tighter than separate rows; a little under the row pitch allows for rounding. */
    rowPitchShare: 0.9,
    /**
     * A line that stops mid-phrase ("… barn i", "foreldre-") cannot end a label: it goes on on the next line
     * even where the table sets its lines far apart (tight Word tables put up to two lines' space between them).
     */
    openEndGapEm: 2.2,
  },
  /** A label's last token that may be an amount's first digit group (labelDigitGroups.ts). */
  labelDigitGroup: {
    /**
     * A label's words stand a word space apart (about a quarter em), a number's digit groups a space or thin
     * space apart: a group this much further from the label's text than from the number is the number's, and
     * the other way round.
     */
    apartEm: 0.5,
    /** Points by which right-aligned numbers of one column may differ in their left edge. */
    edgeJitterPt: 2,
  },
  accounts: {
    /**
     * A year typeset as a number gets a thousands space ("2 013"). A run split
     * into words by character share puts the digits after a narrow space up to
     * half an em on; the next column's year stands a column gap (2 em or more) away.
     */
    spacedYearGapEm: 0.6,
    /**
     * Ruled tables (InDesign, Word) leave an empty row under the header and
     * between sections. A gap of one empty row of the table's own height (two
     * row pitches) does not end the table; two empty rows (three pitches) do.
     */
    emptyRowPitches: 2.4,
    /**
     * Rows of ruled tables stand up to about two em apart (InDesign's 1.9 em);
     * a larger step between a table's first lines is a gap, not its pitch.
     */
    maxRowPitchEm: 2.2,
    /**
     * A "Note" column's cells are note numbers printed under the header word;
     * left-aligned or centred, they stand within a few points of its extent.
     */
    noteColumnSlackEm: 0.6,
    /** A heading set larger than the table's own type names the table when no caption does. */
    titleSizeRatio: 1.25,
  },
} as const;
