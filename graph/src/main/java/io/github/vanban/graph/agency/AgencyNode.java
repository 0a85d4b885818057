package io.github.vanban.graph.agency;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.vanban.core.Agency;
import io.github.vanban.core.AgencyKind;
import io.github.vanban.core.Level;
import java.util.Optional;

/**
 * A vertex of the agency graph: one body, under the canonical name it was first met with,
 * with the kind, level and locality the documents give it. Two nodes are equal when their
 * {@link #key()}s ({@link Agency#key()}, the folded name) are. Immutable.
 */
public final class AgencyNode implements Comparable<AgencyNode> {
  private final String key;
  private final String name;
  private final AgencyKind kind;
  private final Level level;
  private final Optional<String> locality;
  private final int mentions;

  AgencyNode(String key, String name, AgencyKind kind, Level level, Optional<String> locality, int mentions) {
    this.key = checkNotNull(key, "key");
    this.name = checkNotNull(name, "name");
    this.kind = checkNotNull(kind, "kind");
    this.level = checkNotNull(level, "level");
    this.locality = checkNotNull(locality, "locality");
    this.mentions = mentions;
  }

  /** The folded name: the identity of the body. */
  public String key() {
    return key;
  }

  /** The canonical name, as first met. */
  public String name() {
    return name;
  }

  /** What sort of body it is, the first kind other than OTHER that a document gives. */
  public AgencyKind kind() {
    return kind;
  }

  /** Its tier, the first known one. */
  public Level level() {
    return level;
  }

  /** The province or city it belongs to, if local. */
  public Optional<String> locality() {
    return locality;
  }

  /** How many times the corpus names it (issuer, task, obligation, citation). */
  public int mentions() {
    return mentions;
  }

  /** The node as a core {@link Agency} value. */
  public Agency toAgency() {
    return Agency.builder().name(name).kind(kind).level(level).locality(locality).build();
  }

  /** By name, then key. */
  @Override
  public int compareTo(AgencyNode o) {
    int c = name.compareTo(o.name);
    return c != 0 ? c : key.compareTo(o.key);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgencyNode && ((AgencyNode) o).key.equals(key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
