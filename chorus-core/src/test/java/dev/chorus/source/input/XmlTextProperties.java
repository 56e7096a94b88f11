package dev.chorus.source.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** XML text comes back as written, whatever encoding XML itself allows it to name or mark. */
class XmlTextProperties {
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withCharRange(' ', '~').withChars("éàüß“”—«»\u0647\u05d0\u4e2d")
        .ofMaxLength(80);
  }

  @Property(tries = 200)
  void unicodeEncodingsWithOrWithoutAMarkGiveTheText(@ForAll("texts") String body) {
    for (String name : new String[] {"UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
      String xml = "<?xml version=\"1.0\" encoding=\"" + name + "\"?><t>" + body + "</t>";
      Charset c = Charset.forName(name);
      byte[] plain = xml.getBytes(c);
      byte[] marked = ("\uFEFF" + xml).getBytes(c);
      assertThat(XmlText.decode(marked).text()).as(name + " with a mark").isEqualTo(xml);
      assertThat(XmlText.decode(plain).text()).as(name + " without a mark").isEqualTo(xml);
    }
  }

  @Property(tries = 200)
  void declaredSingleByteEncodingsGiveTheText(@ForAll("texts") String body) {
    for (String name : new String[] {"ISO-8859-1", "windows-1252"}) {
      Charset c = Charset.forName(name);
      String xml = "<?xml version=\"1.0\" encoding=\"" + name + "\"?>\n<t>" + body + "</t>";
      if (c.newEncoder().canEncode(xml)) {
        assertThat(XmlText.decode(xml.getBytes(c)).text()).as(name).isEqualTo(xml);
      }
    }
  }

  @Property(tries = 100)
  void anyBytesDecodeWithoutThrowing(@ForAll byte[] bytes) {
    assertThat(XmlText.decode(bytes).text()).isNotNull();
    assertThat(XmlText.decode(bytes).charset()).isNotNull();
  }
}
