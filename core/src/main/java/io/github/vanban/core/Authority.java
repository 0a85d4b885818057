package io.github.vanban.core;

import java.util.Optional;

/**
 * The authority with which a signer signs (thẩm quyền ký), from the line above the title:
 * {@code TM.} for a collective, {@code KT.} on behalf of the head, {@code TL.} by order,
 * {@code TUQ.} by authorisation, {@code Q.} acting.
 */
public enum Authority {
  /** Thay mặt: on behalf of a collective body. */
  TM,
  /** Ký thay: a deputy signing for the head. */
  KT,
  /** Thừa lệnh: by order of the head. */
  TL,
  /** Thừa ủy quyền: by authorisation. */
  TUQ,
  /** Quyền: acting head. */
  Q;

  /**
   * The authority written as {@code code}, tolerant of the Party's slashes and of dots:
   * {@code "T/M"}, {@code "TM."}, {@code "K/T"}, {@code "tl"}.
   */
  public static Optional<Authority> parse(String code) {
    String c = code.replace("/", "").replace(".", "").trim().toUpperCase(java.util.Locale.ROOT);
    for (Authority a : values()) {
      if (a.name().equals(c)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
