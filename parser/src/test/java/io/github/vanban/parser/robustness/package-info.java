/**
 * Robustness of the parser: properties over arbitrary and mutated documents (never throws,
 * spans in bounds and equal to their text, deterministic), adversarial inputs each finishing
 * within a bound, and thread safety.
 */
package io.github.vanban.parser.robustness;
