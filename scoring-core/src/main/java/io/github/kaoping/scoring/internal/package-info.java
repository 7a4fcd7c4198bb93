/**
 * What the readers of scoring-io need of the model beyond its public API: a unit's facts made from
 * an array they read, as given. Internal: exported only to the {@code scoring-io} module, not part
 * of the public API.
 */
@NullMarked
package io.github.kaoping.scoring.internal;

import org.jspecify.annotations.NullMarked;
