package io.github.vanban.parser.citation;

import io.github.vanban.core.DocumentNumber;
import io.github.vanban.core.DocumentType;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One place where a document names another: its type word, number (absent for a law cited
 * by name and date), date and issuer as written there. Offsets are into the source text.
 *
 * @param start where the mention begins (its type word)
 * @param numberEnd where its number (or type word) ends
 * @param end where its date and issuer end
 * @param type the type the mention names
 * @param number the number, if written
 * @param date the date written with it, if any
 * @param issuer the issuer written after {@code của}, if any
 * @param listHead whether it is the first of a list that shares one symbol
 * @param listed whether it is part of a shared-symbol list
 */
record Mention(int start, int numberEnd, int end, DocumentType type, Optional<DocumentNumber> number,
    Optional<LocalDate> date, Optional<String> issuer, boolean listHead, boolean listed) {

  /** The identity of the cited document, as {@link io.github.vanban.core.Citation#key()}. */
  String key() {
    return number.map(DocumentNumber::key)
        .orElseGet(() -> type.name() + "@" + date.map(LocalDate::toString).orElse("?"));
  }
}
