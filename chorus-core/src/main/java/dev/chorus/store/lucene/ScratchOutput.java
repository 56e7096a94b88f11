package dev.chorus.store.lucene;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/**
 * A {@link DataOutput} into one growing array, for the few small binary doc values of a post ({@link
 * ShareDocValues}): the bytes {@code ByteBuffersDataOutput} writes, without its blocks and without encoding each
 * string to a temporary array first. {@code PostDocumentsFastPathsTest} holds it to {@code ByteBuffersDataOutput}.
 */
final class ScratchOutput extends DataOutput {
  private byte[] bytes = new byte[256];
  private int length;

  @Override
  public void writeByte(byte b) {
    ensure(1);
    bytes[length++] = b;
  }

  @Override
  public void writeBytes(byte[] b, int offset, int len) {
    ensure(len);
    System.arraycopy(b, offset, bytes, length, len);
    length += len;
  }

  /** As {@link DataOutput#writeString}: the UTF-8 length as a vInt, then the UTF-8 bytes, encoded in place. */
  @Override
  public void writeString(String s) throws IOException {
    if (s.length() < 128 / UnicodeUtil.MAX_UTF8_BYTES_PER_CHAR) { // under 128 bytes: a one-byte length, set after
      ensure(1 + UnicodeUtil.maxUTF8Length(s.length()));
      int start = length + 1;
      length = UnicodeUtil.UTF16toUTF8(s, 0, s.length(), bytes, start);
      bytes[start - 1] = (byte) (length - start);
      return;
    }
    int utf8Length = UnicodeUtil.calcUTF16toUTF8Length(s, 0, s.length());
    writeVInt(utf8Length);
    ensure(utf8Length);
    length = UnicodeUtil.UTF16toUTF8(s, 0, s.length(), bytes, length);
  }

  /** What was written since the last {@link #reset}, in an array of its own. */
  BytesRef copy() {
    return new BytesRef(Arrays.copyOf(bytes, length));
  }

  void reset() {
    length = 0;
  }

  private void ensure(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }
}
