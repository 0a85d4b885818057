/**
 * Tasks and reporting obligations: who must do what, who must report to whom, through
 * whom, and by when.
 */
@NullMarked
package io.github.vanban.parser.task;

import org.jspecify.annotations.NullMarked;
