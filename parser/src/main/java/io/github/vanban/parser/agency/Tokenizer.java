package io.github.vanban.parser.agency;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.vanban.parser.text.WordMap;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s in one linear pass, folding each word (case, marks,
 * {@code đ}) and writing out the abbreviations of the gazetteer ({@code UBND} → {@code uy
 * ban nhan dan}) as several words over the same source range. Stateless and thread-safe.
 */
final class Tokenizer {
  private static final char[] FOLD = foldTable();
  private static final String VA = "va";
  private static final int LETTER_OR_DIGIT = 1;
  private static final int LETTER = 2;
  private static final int UPPER = 4;
  private static final int MARK = 8;
  /**
   * A separator of layout that makes no token: white space other than a line break, and the
   * {@code *} of bold marks and {@code |} of web tables.
   */
  private static final int LAYOUT = 16;
  /**
   * {@link #foldAndKind} of every character below U+2000, computed once: the word loop reads
   * one table per character for both.
   */
  private static final int[] FOLD_AND_KIND = foldsAndKinds();
  private static final String[] MARKS = marks();

  /**
   * The folded words the gazetteer knows, each held once with its expansion if it is an
   * abbreviation: a word of the text that is one of them is given that string rather than a
   * copy of its own, so that tokenising allocates no string for it and its hash is computed
   * once. Filled while the gazetteer is built.
   */
  private final WordMap<Known> vocabulary = new WordMap<>();

  /**
   * A known folded word and, for an abbreviation, the words it stands for (else null); with
   * the token flags of the word and of each word of the expansion ({@link Token#KNOWN}, and
   * once {@link #markStarts} has run, the start flags); {@code keyWord} when it was learned
   * from a key of the gazetteer ({@link #learn}), not as a common word of running text
   * ({@link #learnCommon}).
   */
  private record Known(String word, ImmutableList<String> expansion, int flags,
      int[] expansionFlags, boolean keyWord) {
    Known(String word, ImmutableList<String> expansion) {
      this(word, expansion, Token.KNOWN, null, true);
    }
  }

  Tokenizer(ImmutableMap<String, ImmutableList<String>> abbreviations) {
    abbreviations.forEach((k, v) -> {
      ImmutableList.Builder<String> words = ImmutableList.builder();
      for (String w : v) {
        words.add(learn(w));
      }
      String key = learn(k);
      vocabulary.put(key, new Known(key, words.build()));
    });
  }

  /**
   * Adds a folded word to the vocabulary and returns its one shared instance; builder use
   * only (while the gazetteer is built, before the tokenizer is shared).
   */
  String learn(String word) {
    Known known = vocabulary.get(word);
    if (known != null) {
      if (!known.keyWord()) {
        vocabulary.put(word, new Known(known.word(), null));
      }
      return known.word();
    }
    vocabulary.put(word, new Known(word, null));
    return word;
  }

  /**
   * Adds a common folded word of running text ({@code trong}, {@code hien}) that is no word of
   * a key, so that a token of it is given one shared string and, once {@link #markStarts} has
   * run, start marks that refuse it without the lookups of its glued halves; builder use only.
   * What the tokens mean is unchanged: the marks say exactly what those lookups would.
   */
  void learnCommon(String word) {
    if (vocabulary.get(word) == null) {
      vocabulary.put(word, new Known(word, null, Token.KNOWN, null, false));
    }
  }

  /**
   * Marks every word of the vocabulary with the {@link Token#startFlag start flags} of the
   * {@code tries} it may begin a key of, so that a walk from a word that begins none is
   * refused without a lookup. Called once when the gazetteer is built, after the last key
   * was put: a word learned later would carry no marks.
   */
  void markStarts(List<TokenTrie<?>> tries) {
    List<String> words = new ArrayList<>();
    vocabulary.forEachKey(words::add);
    for (String w : words) {
      Known k = vocabulary.get(w);
      int[] expansionFlags = null;
      if (k.expansion() != null) {
        expansionFlags = new int[k.expansion().size()];
        for (int e = 0; e < expansionFlags.length; e++) {
          expansionFlags[e] = knownFlags(k.expansion().get(e), tries);
        }
      }
      vocabulary.put(w, new Known(k.word(), k.expansion(), knownFlags(w, tries), expansionFlags,
          k.keyWord()));
    }
  }

  /**
   * The token flags of the known word {@code w}: {@link Token#KNOWN}, its start marks,
   * whether it {@link Token#SPLITS splits} and whether it opens a {@link Token#COLLECTIVE
   * collective}.
   */
  private int knownFlags(String w, List<TokenTrie<?>> tries) {
    int flags = Token.KNOWN | Token.STARTS_MARKED | (splits(w) ? Token.SPLITS : 0)
        | (MentionParser.collective(w) ? Token.COLLECTIVE : 0);
    for (TokenTrie<?> t : tries) {
      if (t.mayBegin(w)) {
        flags |= t.startFlag();
      }
    }
    return flags;
  }

  /**
   * Whether {@code w} reads as two key words of the vocabulary glued, the second maybe {@code
   * va}, cut as {@link TokenTrie} cuts glued words: only such a word can step a trie through
   * its halves.
   */
  private boolean splits(String w) {
    if (!TokenTrie.mayBeGlued(w)) {
      return false;
    }
    for (int p = TokenTrie.MIN_HALF; p <= w.length() - TokenTrie.MIN_HALF; p++) {
      if (isKeyWord(vocabulary.get(w, 0, p))
          && (TokenTrie.vaAfter(w, p) || isKeyWord(vocabulary.get(w, p, w.length())))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isKeyWord(Known k) {
    return k != null && k.keyWord();
  }

  /** Whether {@code word} (folded) is in the vocabulary, as {@link Token#KNOWN} says of a token. */
  boolean knows(String word) {
    return vocabulary.get(word) != null;
  }

  /** The tokens of {@code text[from, to)}. */
  List<Token> tokens(CharSequence text, int from, int to) {
    // about one token per 3.7 characters in documents: room for all, so the list is not copied
    List<Token> out = new ArrayList<>(Math.max(8, (to - from) / 3));
    // the characters read from an array: no bounds check and coder test per character
    char[] src = new char[to - from];
    if (text instanceof String s) {
      s.getChars(from, to, src, 0);
    } else {
      for (int k = from; k < to; k++) {
        src[k - from] = text.charAt(k);
      }
    }
    boolean newline = false;
    int i = from;
    char[] w = new char[32];
    while (i < to) {
      char c = src[i - from];
      int kc = kind(c);
      if ((kc & LETTER_OR_DIGIT) != 0) {
        int start = i;
        int len = 0;
        int hash = 0;
        boolean allUpper = true;
        boolean anyLetter = false;
        boolean digits = true;
        boolean capital = (kc & UPPER) != 0;
        while (i < to) {
          char d = src[i - from];
          int fk = foldAndKind(d);
          int kd = fk & KIND_BITS;
          if ((kd & LETTER_OR_DIGIT) != 0) {
            if ((kd & LETTER) != 0) {
              anyLetter = true;
              digits = false;
              if ((kd & UPPER) == 0) {
                allUpper = false;
              }
            }
            char f = (char) (fk >>> KIND_WIDTH);
            if (len == w.length) {
              w = java.util.Arrays.copyOf(w, len * 2);
            }
            w[len++] = f;
            hash = 31 * hash + f;
          } else if ((kd & MARK) == 0) {
            break;
          }
          i++;
        }
        int flags = Token.WORD
            | (capital ? Token.CAPITAL : 0)
            | (anyLetter && allUpper ? Token.UPPER : 0)
            | (newline ? Token.LINE_START : 0)
            | (digits ? Token.NUMBER : 0)
            | (len == 2 && w[0] == 'v' && w[1] == 'a' ? Token.VA : 0);
        newline = false;
        Known known = vocabulary.get(w, 0, len, hash);
        ImmutableList<String> expansion = known == null ? null : known.expansion();
        if (expansion != null && !(capital || allUpper) && len <= 2) {
          expansion = null; // "tp", "vn" … in lower case are ordinary words
        }
        if (expansion == null) {
          String folded = known != null ? known.word() : new String(w, 0, len);
          out.add(new Token(start, i, folded, flags | (known != null ? known.flags() : 0)));
        } else {
          for (int e = 0; e < expansion.size(); e++) {
            // each word of the expansion is known, with its own start marks once marked
            int own = known.expansionFlags() != null ? known.expansionFlags()[e] : Token.KNOWN;
            int va = expansion.get(e).equals(VA) ? Token.VA : 0;
            out.add(new Token(start, i, expansion.get(e), flags & ~Token.VA | own | va));
          }
        }
        continue;
      }
      if ((kc & LAYOUT) != 0) {
        // separators of layout: spaces, web tables, bold marks
      } else if (c == '\n' || c == '\r' || c == '\u2028') {
        newline = true;
      } else if (c == '&' || c == '+') {
        Known va = vocabulary.get(VA);
        out.add(new Token(i, i + 1, VA, Token.WORD | Token.VA | (va != null ? va.flags() : 0)
            | (newline ? Token.LINE_START : 0)));
        newline = false;
      } else if (c == ',' || c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2010'
          || c == '\u2011' || c == '/') {
        out.add(new Token(i, i + 1, c == '/' ? "/" : c == ',' ? "," : "-",
            Token.SOFT | (newline ? Token.LINE_START : 0)));
        newline = false;
      } else if (c == '.' && softDot(text, i, to, out)) {
        out.add(new Token(i, i + 1, ".", Token.SOFT | (newline ? Token.LINE_START : 0)));
        newline = false;
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.add(new Token(i, i + 1, c < MARKS.length ? MARKS[c] : String.valueOf(c), Token.HARD | (newline ? Token.LINE_START : 0)));
        newline = false;
      }
      i++;
    }
    return out;
  }

  /** A full stop inside an abbreviation ({@code TP.HCM}, {@code TX. Đồng Xoài}) joins words. */
  private static boolean softDot(CharSequence text, int i, int to, List<Token> out) {
    if (out.isEmpty()) {
      return false;
    }
    Token prev = out.get(out.size() - 1);
    if (!prev.word() || prev.end() != i) {
      return false;
    }
    if (i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
      return true;
    }
    int len = prev.end() - prev.start();
    return len <= 2 && prev.capital();
  }

  /** The folded form of one character. */
  static char fold(char c) {
    if (c < 0x80) {
      return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
    }
    if (c < FOLD.length) {
      return FOLD[c];
    }
    return Character.toLowerCase(c);
  }

  /** The folded form of a word or phrase (as tokens would give it, words joined by spaces). */
  static String foldWord(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        b.append(fold(c));
      }
    }
    return b.toString();
  }

  /**
   * What the tokenizer asks of a character: letter or digit, letter, upper case, non-spacing
   * mark, separator of layout.
   */
  private static int kind(char c) {
    return foldAndKind(c) & KIND_BITS;
  }

  /** How many low bits of {@link #foldAndKind} hold the kind. */
  private static final int KIND_WIDTH = 5;
  private static final int KIND_BITS = (1 << KIND_WIDTH) - 1;

  /** The {@link #fold} of a character above its {@link #kind}: {@code fold << KIND_WIDTH | kind}. */
  private static int foldAndKind(char c) {
    return c < FOLD_AND_KIND.length ? FOLD_AND_KIND[c] : fold(c) << KIND_WIDTH | kindOf(c);
  }

  private static int[] foldsAndKinds() {
    int[] t = new int[0x2000];
    for (int c = 0; c < t.length; c++) {
      t[c] = fold((char) c) << KIND_WIDTH | kindOf((char) c);
    }
    return t;
  }

  private static int kindOf(char c) {
    return (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0)
        | (Character.isLetter(c) ? LETTER : 0)
        | (Character.isUpperCase(c) ? UPPER : 0)
        | (Character.getType(c) == Character.NON_SPACING_MARK ? MARK : 0)
        | (layout(c) ? LAYOUT : 0);
  }

  /** Whether {@code c} separates words without making a token ({@link #LAYOUT}). */
  private static boolean layout(char c) {
    return c != '\n' && c != '\r' && c != '\u2028'
        && (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '*' || c == '|');
  }

  /** The one-character strings of ASCII, made once. */
  private static String[] marks() {
    String[] m = new String[0x80];
    for (char c = 0; c < m.length; c++) {
      m[c] = String.valueOf(c);
    }
    return m;
  }

  private static char[] foldTable() {
    char[] t = new char[0x2000];
    for (int c = 0; c < t.length; c++) {
      char ch = (char) c;
      if (ch == 'đ' || ch == 'Đ') {
        t[c] = 'd';
        continue;
      }
      String d = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
      t[c] = Character.toLowerCase(d.isEmpty() ? ch : d.charAt(0));
    }
    return t;
  }
}
