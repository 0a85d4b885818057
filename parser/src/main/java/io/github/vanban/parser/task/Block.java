package io.github.vanban.parser.task;

/**
 * One paragraph or item of a body: {@code [start, end)} of the source, the item marker it
 * opens with (if any) and where its words begin.
 *
 * @param start the offset of the block's first character (its marker, if any)
 * @param contentStart the offset of its first word after the marker
 * @param end the offset after its last non-blank character
 * @param marker the kind of item marker
 * @param parent the index of the enclosing item in the list of blocks, or -1
 */
record Block(int start, int contentStart, int end, Marker marker, int parent) {

  /** The item markers of Vietnamese administrative prose, with their nesting depth. */
  enum Marker {
    /** A plain paragraph. */
    NONE(-1),
    /** {@code I.}, {@code III. TỔ CHỨC THỰC HIỆN}, {@code Chương II}. */
    SECTION(0),
    /** {@code Điều 2.} */
    ARTICLE(1),
    /** {@code 1.}, {@code 2)}. */
    NUMBER(1),
    /** {@code Thứ nhất,} … {@code Thứ bảy,} (and OCR'd {@code Thú bảy}). */
    ORDINAL(1),
    /** {@code 1.1.}, {@code 2.3)}. */
    SUBNUMBER(2),
    /** {@code a)}, {@code b)}, {@code (1)}. */
    LETTER(3),
    /** {@code -}, {@code –}, {@code +}, {@code •}. */
    DASH(4);

    final int depth;

    Marker(int depth) {
      this.depth = depth;
    }
  }
}
