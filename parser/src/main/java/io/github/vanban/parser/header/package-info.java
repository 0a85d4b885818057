/**
 * The header reader: issuing body, number and symbol (State and Party forms), place and
 * date line, type heading, subject and addressees.
 */
@VanbanStyle
@NullMarked
package io.github.vanban.parser.header;

import io.github.vanban.core.VanbanStyle;
import org.jspecify.annotations.NullMarked;
