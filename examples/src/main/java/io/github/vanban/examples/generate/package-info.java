/**
 * A deterministic generator of a synthetic national corpus: central directives carried down
 * to every province (Party letters, People's Committee plans, department and district
 * letters, copies), written with the header, citation, task, reporting and deadline shapes
 * of real documents and their noise, each file with the facts it planted as a gold file of
 * the {@code vanban-extract/1} format. The same seed gives byte-identical files.
 */
@NullMarked
package io.github.vanban.examples.generate;

import org.jspecify.annotations.NullMarked;
