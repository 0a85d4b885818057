/**
 * Runnable examples over the bundled corpus of real documents
 * ({@code examples/src/main/resources/corpus}).
 */
package io.github.vanban.examples;
