package dev.chorus.annotate.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StanceFileReaderTest {
  @TempDir Path dir;

  @Test
  void semEvalTsvWithCrlfAndOneCp1252LineStripsSemSt() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("ID\tTarget\tTweet\tStance\tOpinion towards\tSentiment\r\n".getBytes(StandardCharsets.UTF_8));
    b.writeBytes("1\tSolar Power\t\"Solar\" is great – really #SemST\tFAVOR\tTARGET\tPOSITIVE\r\n"
        .getBytes(StandardCharsets.UTF_8));
    b.writeBytes("2\tSolar Power\tCaf\u00e9 says \u201cno\u201d #SemST\tAGAINST\tTARGET\tNEGATIVE\r\n"
        .getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Path f = dir.resolve("s.txt");
    Files.write(f, b.toByteArray());
    StanceDataset d = StanceFileReader.read(f, StanceFormat.SEMEVAL);
    assertThat(d.examples()).extracting(StanceExample::text)
        .containsExactly("\"Solar\" is great – really", "Caf\u00e9 says \u201cno\u201d");
    assertThat(d.examples()).extracting(StanceExample::stance).containsExactly("favor", "against");
    assertThat(d.examples().get(1).line()).isEqualTo(3);
  }

  @Test
  void mawqifCsvWithBomSkipsEmptyStanceCells() throws Exception {
    String csv = "\uFEFFID,text,target,stance,stance:confidence,sarcasm,sentiment,datetime\r\n"
        + "1,\"اللقاح آمن\r\nومفيد\",Covid Vaccine,Favor,1,No,Positive,2021-01-01\r\n"
        + "2,الجو جميل,Covid Vaccine,,0.5,No,Neutral,2021-01-02\r\n"
        + "3,اللقاح خطير,Covid Vaccine,Against,1,No,Negative,2021-01-03\r\n";
    Path f = dir.resolve("m.csv");
    Files.writeString(f, csv);
    StanceDataset d = StanceFileReader.read(f, StanceFormat.MAWQIF);
    assertThat(d.skipped()).isEqualTo(1);
    assertThat(d.examples()).extracting(StanceExample::stance).containsExactly("favor", "against");
    assertThat(d.examples().get(0).text()).isEqualTo("اللقاح آمن\nومفيد");
    assertThat(d.targets()).containsExactly("Covid Vaccine");
  }

  @Test
  void unknownStanceNamesFileLineAndField() throws Exception {
    Path f = dir.resolve("g.csv");
    Files.writeString(f, "text,target,stance\nhello,Solar,favor\nbye,Solar,maybe\n");
    assertThatThrownBy(() -> StanceFileReader.read(f, StanceFormat.CSV)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("g.csv").hasMessageContaining("line 3").hasMessageContaining("'stance'");
  }

  @Test
  void missingColumnIsAClearError() throws Exception {
    Path f = dir.resolve("h.csv");
    Files.writeString(f, "text,stance\nhello,favor\n");
    assertThatThrownBy(() -> StanceFileReader.read(f, StanceFormat.CSV)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no column 'target'");
  }
}
