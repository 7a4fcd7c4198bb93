/** The scheme model, the calculator and standings. */
module io.github.kaoping.scoring.core {
  requires com.google.common;
  requires org.eclipse.collections.api;
  requires org.eclipse.collections.impl;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.kaoping.scoring;
  exports io.github.kaoping.scoring.standings;
  // internal text layout, shared with the writers of scoring-io
  exports io.github.kaoping.scoring.text to
      io.github.kaoping.scoring.io;
  // internal: a unit's facts made from an array a reader read, without the builder's copies
  exports io.github.kaoping.scoring.internal to
      io.github.kaoping.scoring.io;
}
