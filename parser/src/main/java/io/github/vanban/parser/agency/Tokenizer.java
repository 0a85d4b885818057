package io.github.vanban.parser.agency;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
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

  private final ImmutableMap<String, ImmutableList<String>> abbreviations;

  Tokenizer(ImmutableMap<String, ImmutableList<String>> abbreviations) {
    this.abbreviations = abbreviations;
  }

  /** The tokens of {@code text[from, to)}. */
  List<Token> tokens(CharSequence text, int from, int to) {
    List<Token> out = new ArrayList<>(Math.max(8, (to - from) / 4));
    boolean newline = false;
    int i = from;
    StringBuilder w = new StringBuilder(16);
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int start = i;
        w.setLength(0);
        boolean allUpper = true;
        boolean anyLetter = false;
        boolean digits = true;
        boolean capital = Character.isUpperCase(c);
        while (i < to) {
          char d = text.charAt(i);
          if (Character.isLetterOrDigit(d)) {
            if (Character.isLetter(d)) {
              anyLetter = true;
              digits = false;
              if (!Character.isUpperCase(d)) {
                allUpper = false;
              }
            }
            w.append(fold(d));
          } else if (Character.getType(d) != Character.NON_SPACING_MARK) {
            break;
          }
          i++;
        }
        int flags = Token.WORD
            | (capital ? Token.CAPITAL : 0)
            | (anyLetter && allUpper ? Token.UPPER : 0)
            | (newline ? Token.LINE_START : 0)
            | (digits ? Token.NUMBER : 0);
        newline = false;
        String folded = w.toString();
        ImmutableList<String> expansion = abbreviations.get(folded);
        if (expansion != null && !(capital || allUpper) && folded.length() <= 2) {
          expansion = null; // "tp", "vn" … in lower case are ordinary words
        }
        if (expansion == null) {
          out.add(new Token(start, i, folded, flags));
        } else {
          for (String e : expansion) {
            out.add(new Token(start, i, e, flags));
          }
        }
        continue;
      }
      if (c == '\n' || c == '\r' || c == '\u2028') {
        newline = true;
      } else if (c == '&' || c == '+') {
        out.add(new Token(i, i + 1, "va", Token.WORD | (newline ? Token.LINE_START : 0)));
        newline = false;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '*' || c == '|') {
        // separators of layout: web tables, bold marks
      } else if (c == ',' || c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2010'
          || c == '\u2011' || c == '/') {
        out.add(new Token(i, i + 1, String.valueOf(c == '/' ? '/' : c == ',' ? ',' : '-'),
            Token.SOFT | (newline ? Token.LINE_START : 0)));
        newline = false;
      } else if (c == '.' && softDot(text, i, to, out)) {
        out.add(new Token(i, i + 1, ".", Token.SOFT | (newline ? Token.LINE_START : 0)));
        newline = false;
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.add(new Token(i, i + 1, String.valueOf(c), Token.HARD | (newline ? Token.LINE_START : 0)));
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
