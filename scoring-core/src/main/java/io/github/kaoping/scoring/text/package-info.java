/**
 * Text layout shared by the standings, the result writers and the command line: tables aligned by
 * display width, and the nearest ids to suggest for a mistyped one. Internal: exported only to the
 * {@code scoring-io} module, not part of the public API.
 */
@NullMarked
package io.github.kaoping.scoring.text;

import org.jspecify.annotations.NullMarked;
