package io.github.vanban.parser.agency;

/**
 * One token of text as the agency matcher sees it: a word (folded: lower case, no marks,
 * {@code đ} as {@code d}; an abbreviation may stand as several words over the same range),
 * or a punctuation mark that either joins the words of a name ({@link #soft()}: comma,
 * hyphen, slash) or ends it ({@link #hard()}: semicolon, full stop, colon, brackets).
 *
 * @param start offset of the first character in the source
 * @param end offset after the last character in the source
 * @param fold the folded word, or the punctuation mark itself
 * @param flags {@link #WORD}, {@link #SOFT}, {@link #HARD}, {@link #CAPITAL}, {@link #UPPER},
 *     {@link #LINE_START}, {@link #NUMBER}, {@link #KNOWN}, {@link #VA}, {@link #STARTS_MARKED},
 *     {@link #SPLITS}, {@link #COLLECTIVE} and the
 *     {@link #startFlag start flags} of the tries the word may begin a key of
 */
record Token(int start, int end, String fold, int flags) {
  static final int WORD = 1;
  static final int SOFT = 2;
  static final int HARD = 4;
  /** The word begins with a capital letter. */
  static final int CAPITAL = 8;
  /** Every letter of the word is upper case. */
  static final int UPPER = 16;
  /** A line break comes before the token. */
  static final int LINE_START = 32;
  /** A digit-only word. */
  static final int NUMBER = 64;
  /**
   * A word of the gazetteer's vocabulary; a word without this flag is no word of any key
   * (though it may be two glued), so its lookups can be spared.
   */
  static final int KNOWN = 128;
  /**
   * A known word whose {@link #startFlag start flags} are set: a trie whose flag it lacks has
   * no key beginning with it, not even glued to the next word ({@link TokenTrie#mayBegin}).
   */
  static final int STARTS_MARKED = 1 << 15;
  /**
   * A known word with start marks that reads as two known words glued ({@code thanhpho}):
   * a marked word without this flag is never split ({@link TokenTrie}).
   */
  static final int SPLITS = 1 << 16;
  /** The word {@code và} (folded {@code va}, or {@code &}), which joins the words of a name. */
  static final int VA = 1 << 17;
  /**
   * A known word with start marks that is {@code các} or begins with it glued to the next word
   * ({@link MentionParser#collective}): a marked word without this flag opens no collective.
   */
  static final int COLLECTIVE = 1 << 18;
  /** How many tries can have a {@link #startFlag}. */
  static final int MAX_TRIES = 7;

  /** The flag of a known word that may begin a key of the trie numbered {@code trie}. */
  static int startFlag(int trie) {
    if (trie < 0 || trie >= MAX_TRIES) {
      throw new IllegalArgumentException("trie " + trie);
    }
    return 1 << (8 + trie);
  }

  boolean word() {
    return (flags & WORD) != 0;
  }

  boolean soft() {
    return (flags & SOFT) != 0;
  }

  boolean hard() {
    return (flags & HARD) != 0;
  }

  boolean capital() {
    return (flags & CAPITAL) != 0;
  }

  boolean upper() {
    return (flags & UPPER) != 0;
  }

  boolean lineStart() {
    return (flags & LINE_START) != 0;
  }

  boolean number() {
    return (flags & NUMBER) != 0;
  }

  boolean known() {
    return (flags & KNOWN) != 0;
  }

  /**
   * Whether no key of a trie with {@code startFlag} begins with this word, as the marks of
   * the vocabulary tell without a lookup; false when they do not tell (an unknown word).
   */
  boolean beginsNoKey(int startFlag) {
    return (flags & (STARTS_MARKED | startFlag)) == STARTS_MARKED;
  }

  /** Whether the {@link #startFlag start flags} of the word are set ({@link #STARTS_MARKED}). */
  boolean startsMarked() {
    return (flags & STARTS_MARKED) != 0;
  }

  /** Whether the word may be two words glued: false only when the marks say it is not. */
  boolean mayBeGlued() {
    return (flags & (STARTS_MARKED | SPLITS)) != STARTS_MARKED;
  }

  /**
   * Whether the word may open a collective ({@link MentionParser#collective}): false only when
   * its marks say it does not.
   */
  boolean mayBeCollective() {
    return (flags & (STARTS_MARKED | COLLECTIVE)) != STARTS_MARKED;
  }

  /** Whether the token is the word {@code và} ({@link #VA}). */
  boolean va() {
    return (flags & VA) != 0;
  }

  boolean is(String folded) {
    return fold.equals(folded);
  }
}
