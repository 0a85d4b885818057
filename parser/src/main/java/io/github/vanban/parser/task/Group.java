package io.github.vanban.parser.task;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Agency;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Names that stand together as one subject or object, joined by commas, {@code và} or
 * {@code cùng}: {@code Giám đốc các Sở, Chủ tịch UBND các huyện và các đơn vị liên quan}.
 *
 * @param start the offset of the first name
 * @param end the offset after the last name (or after a trailing catch-all)
 * @param members the names, in order
 */
record Group(int start, int end, ImmutableList<Mention> members) {

  /** Every body the group names, once each, in order; catch-alls name none. */
  ImmutableList<Agency> agencies() {
    if (members.size() == 1 && members.get(0).agencies().size() <= 1) {
      return members.get(0).agencies(); // most groups: one name of one body, nothing to merge
    }
    Map<String, Agency> out = new LinkedHashMap<>();
    for (Mention m : members) {
      for (Agency a : m.agencies()) {
        out.putIfAbsent(a.key(), a);
      }
    }
    return ImmutableList.copyOf(out.values());
  }
}
