/**
 * The {@code vanban} command-line tool (picocli): {@code extract} writes
 * {@code vanban-extract/1} JSON; further subcommands query a corpus.
 */
package io.github.vanban.cli;
