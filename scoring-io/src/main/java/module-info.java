/**
 * Schemes, facts and results as files (YAML, JSON, CSV), and the {@code scoring} command line.
 *
 * <p>Jackson is used only as a streaming parser and generator and for its node trees: it reflects
 * on none of this module's classes, so no package is opened to it. Picocli reflects on the command
 * classes, whose package is opened to it alone. Picocli is needed only by the command line: it is
 * an optional dependency, so a library user does not get it; on the module path the command line
 * runs with {@code --add-modules info.picocli}.
 */
module io.github.kaoping.scoring.io {
  requires transitive io.github.kaoping.scoring.core;
  requires io.github.kaoping.scoring.schemes;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.dataformat.csv;
  requires java.xml;
  requires org.dhatim.fastexcel;
  requires org.yaml.snakeyaml;
  requires static info.picocli;
  requires static org.jspecify;

  exports io.github.kaoping.scoring.io;

  opens io.github.kaoping.scoring.io.cli to
      info.picocli;
}
