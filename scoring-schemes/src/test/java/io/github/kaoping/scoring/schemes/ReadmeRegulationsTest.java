package io.github.kaoping.scoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's table of packaged regulations and its lookups say what the catalogue holds. */
class ReadmeRegulationsTest {

  private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| `([\\w-]+)` \\| (.+) \\|$");

  @Test
  void theTableListsEveryRegulationWithItsIdAndTitle() throws IOException {
    List<Matcher> rows = readme().lines().map(ROW::matcher).filter(Matcher::matches).toList();
    assertThat(rows.stream().map(m -> m.group(1)))
        .containsExactlyElementsOf(Arrays.stream(Regulation.values()).map(Enum::name).toList());
    for (Matcher row : rows) {
      Regulation r = Regulation.valueOf(row.group(1));
      assertThat(row.group(2)).as("id of %s", r).isEqualTo(r.id());
      assertThat(row.group(3)).as("title of %s", r).startsWith(r.scheme().title());
      r.scheme()
          .info()
          .documentNumber()
          .ifPresent(number -> assertThat(row.group(3)).as("文号 of %s", r).endsWith(number));
    }
  }

  @Test
  void theSampleLookupsFindWhatTheirCommentsSay() {
    assertThat(Regulation.byDocumentNumber("岳政办发〔2007〕13号")).contains(Regulation.YUEYANG_2007);
    assertThat(Regulation.byId("zhangzhou-municipal")).contains(Regulation.ZHANGZHOU);
  }

  private static String readme() throws IOException {
    Path here = Path.of("").toAbsolutePath();
    while (here != null && !Files.exists(here.resolve("README.md"))) {
      here = here.getParent();
    }
    if (here == null) {
      throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
    }
    return Files.readString(here.resolve("README.md"), StandardCharsets.UTF_8);
  }
}
