/**
 * Runnable examples over the bundled corpus of real documents
 * ({@code examples/src/main/resources/corpus}): who reports to whom by when
 * ({@link io.github.vanban.examples.WhoReportsToWhom}), the cascade of Chỉ thị 38-CT/TW
 * ({@link io.github.vanban.examples.CascadeOf38}), the agencies with the most obligations
 * ({@link io.github.vanban.examples.BusiestAgencies}); the JShell script
 * {@code examples/jshell/vanban.jsh} does the same interactively.
 */
package io.github.vanban.examples;
