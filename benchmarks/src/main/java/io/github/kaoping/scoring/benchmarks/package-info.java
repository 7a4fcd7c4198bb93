/** JMH benchmarks; each class's Javadoc gives the command that runs it. */
@NullMarked
package io.github.kaoping.scoring.benchmarks;

import org.jspecify.annotations.NullMarked;
