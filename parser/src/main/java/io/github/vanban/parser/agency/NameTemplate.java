package io.github.vanban.parser.agency;

import com.google.common.base.CharMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * A name template of the gazetteer ({@code Sở Tư pháp {loc}}, {@code {U} {N}}) read once into
 * its pieces: the text between placeholders and the placeholder each slot takes. {@link #fill}
 * puts the values in and collapses white space, giving what the chain of replacements gives
 * ({@link #fillByChain}): {@code {loc}}, then {@code {N}}, {@code {U}}, {@code {P}} and
 * {@code {up}}, each over the result of the one before. Immutable and thread-safe.
 */
final class NameTemplate {

  private static final CharMatcher WHITE = CharMatcher.whitespace();

  /** The placeholders, in the order the chain of replacements replaces them. */
  private static final List<String> PLACEHOLDERS = List.of("{loc}", "{N}", "{U}", "{P}", "{up}");

  private final String template;
  /** The pieces in order: text where {@link #slots} holds -1, else the placeholder's value. */
  private final String[] pieces;
  /** For each piece, the index in {@link #PLACEHOLDERS} of the value it takes, or -1. */
  private final int[] slots;
  /**
   * Whether a brace of the template opens no placeholder: then a replacement may make a
   * placeholder that a later one replaces, and only the chain gives the name.
   */
  private final boolean chained;

  private NameTemplate(String template, String[] pieces, int[] slots, boolean chained) {
    this.template = template;
    this.pieces = pieces;
    this.slots = slots;
    this.chained = chained;
  }

  /** The template {@code template}, read into its pieces. */
  static NameTemplate of(String template) {
    List<String> pieces = new ArrayList<>();
    List<Integer> slots = new ArrayList<>();
    int i = 0;
    for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', i)) {
      int which = placeholderAt(template, open);
      if (which < 0) {
        return new NameTemplate(template, new String[0], new int[0], true);
      }
      if (open > i) {
        pieces.add(template.substring(i, open));
        slots.add(-1);
      }
      pieces.add(PLACEHOLDERS.get(which));
      slots.add(which);
      i = open + PLACEHOLDERS.get(which).length();
    }
    if (i < template.length()) {
      pieces.add(template.substring(i));
      slots.add(-1);
    }
    return new NameTemplate(template, pieces.toArray(new String[0]),
        slots.stream().mapToInt(Integer::intValue).toArray(), false);
  }

  /** The template as written. */
  String template() {
    return template;
  }

  /**
   * The name: the template with {@code loc} put for {@code {loc}}, {@code n} for {@code {N}},
   * {@code committee} for {@code {U}}, {@code p} for {@code {P}} and {@code up} for
   * {@code {up}}, white space trimmed and collapsed to single spaces. Where no value put in
   * holds a brace, no replacement makes a placeholder that a later one would replace, so the
   * pieces are joined once; else it takes the chain of replacements.
   */
  String fill(String loc, String n, String committee, String p, String up) {
    if (chained) {
      return fillByChain(template, loc, n, committee, p, up);
    }
    String[] filled = new String[pieces.length];
    for (int k = 0; k < pieces.length; k++) {
      String value = slots[k] < 0 ? pieces[k] : valueOf(slots[k], loc, n, committee, p, up);
      if (slots[k] >= 0 && value.indexOf('{') >= 0) {
        return fillByChain(template, loc, n, committee, p, up);
      }
      filled[k] = value;
    }
    return WHITE.trimAndCollapseFrom(String.join("", filled), ' ');
  }

  /** The value of the placeholder {@code PLACEHOLDERS.get(which)}. */
  private static String valueOf(int which, String loc, String n, String committee, String p,
      String up) {
    switch (which) {
      case 0:
        return loc;
      case 1:
        return n;
      case 2:
        return committee;
      case 3:
        return p;
      default:
        return up;
    }
  }

  /** The index in {@link #PLACEHOLDERS} of the placeholder at {@code at}, or -1. */
  private static int placeholderAt(String template, int at) {
    for (int k = 0; k < PLACEHOLDERS.size(); k++) {
      if (template.startsWith(PLACEHOLDERS.get(k), at)) {
        return k;
      }
    }
    return -1;
  }

  /** {@link #fill} as a chain of replacements, each over the result of the one before. */
  static String fillByChain(String template, String loc, String n, String committee,
      String p, String up) {
    String filled = template.replace("{loc}", loc).replace("{N}", n).replace("{U}", committee)
        .replace("{P}", p).replace("{up}", up);
    return WHITE.trimAndCollapseFrom(filled, ' ');
  }
}
