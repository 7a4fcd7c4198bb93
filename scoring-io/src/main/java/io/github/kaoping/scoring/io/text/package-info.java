/** Text layout shared by the result writers and the command line; not exported. */
@NullMarked
package io.github.kaoping.scoring.io.text;

import org.jspecify.annotations.NullMarked;
