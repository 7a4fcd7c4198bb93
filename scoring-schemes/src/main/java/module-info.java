/** The cited regulations as packaged schemes. */
module io.github.kaoping.scoring.schemes {
  requires transitive io.github.kaoping.scoring.core;
  requires com.google.common;
  requires static org.jspecify;

  exports io.github.kaoping.scoring.schemes;
}
