/**
 * Agencies: the gazetteer of provinces, central bodies, departments and Party boards
 * (bundled as data), and the resolver that turns a mention in a document into a canonical
 * {@link io.github.vanban.core.Agency} in the locality of that document.
 */
@NullMarked
package io.github.vanban.parser.agency;

import org.jspecify.annotations.NullMarked;
