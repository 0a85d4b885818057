package io.github.vanban.graph.agency;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.io.Resources;
import io.github.vanban.core.AgencyKind;
import io.github.vanban.core.Level;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The rules that say where a body stands when no document declares its parent
 * ({@code structure.tsv}, bundled): a department of the provincial tier stands under the
 * provincial People's Committee of its locality, which stands under the provincial Party
 * committee, which answers to the central Party bodies. Immutable.
 */
public final class Structure {

  /** One rule: bodies of {@code childKind} at {@code childLevel} stand under one of {@code parentKind} at {@code parentLevel}. */
  public record Rule(AgencyKind childKind, Level childLevel, AgencyKind parentKind, Level parentLevel,
      boolean sameLocality) {

    /** Whether the rule applies to a body. */
    public boolean appliesTo(AgencyNode child) {
      return child.kind() == childKind && child.level() == childLevel;
    }

    /** Whether {@code parent} can stand above {@code child} under this rule. */
    public boolean admits(AgencyNode child, AgencyNode parent) {
      if (parent.equals(child) || parent.kind() != parentKind || parent.level() != parentLevel) {
        return false;
      }
      if (sameLocality) {
        return child.locality().isPresent() && parent.locality().isPresent()
            && AgencyGraph.sameLocality(child.locality().get(), parent.locality().get());
      }
      return parent.locality().isEmpty();
    }
  }

  private static final Structure STANDARD = load(Resources.getResource(Structure.class, "structure.tsv"));

  private final ImmutableList<Rule> rules;

  private Structure(ImmutableList<Rule> rules) {
    this.rules = rules;
  }

  /** The bundled rules. */
  public static Structure standard() {
    return STANDARD;
  }

  /** No rules: only declared parents make hierarchy edges. */
  public static Structure none() {
    return new Structure(ImmutableList.of());
  }

  /** The rules, in order of precedence. */
  public ImmutableList<Rule> rules() {
    return rules;
  }

  private static Structure load(URL url) {
    ImmutableList.Builder<Rule> b = ImmutableList.builder();
    try {
      for (String line : Resources.readLines(url, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> f = Splitter.on('\t').trimResults().splitToList(line);
        b.add(new Rule(AgencyKind.valueOf(f.get(0)), Level.valueOf(f.get(1)), AgencyKind.valueOf(f.get(2)),
            Level.valueOf(f.get(3)), f.get(4).equals("same")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Structure(b.build());
  }
}
