/**
 * Agencies: the bundled {@link io.github.vanban.parser.agency.Gazetteer} (provinces and cities
 * before and after 1 July 2025, national Party and State bodies, provincial, district and
 * commune bodies, Party boards, heads and collectives, all as resource files beside these
 * classes) and the {@link io.github.vanban.parser.agency.AgencyResolver} that turns a
 * mention in a document into canonical {@link io.github.vanban.core.Agency} values in the
 * {@link io.github.vanban.parser.agency.Locality} of that document, finds
 * {@link io.github.vanban.parser.agency.AgencyMention}s in running text, and reads the place
 * that issuer lines name. Matching works on folded words, so case, diacritics and
 * {@code ủy}/{@code uỷ} do not matter, and runs in linear time.
 */
@NullMarked
package io.github.vanban.parser.agency;

import org.jspecify.annotations.NullMarked;
